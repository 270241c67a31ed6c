"""The storage backend seam: what a database must supply for :class:`corpora.store.Store`.

The store's SQL is written once, in the common subset of SQL that SQLite and PostgreSQL
both run (plain ``SELECT`` / ``INSERT`` / ``UPDATE`` / ``DELETE`` with joins, subqueries, CTEs,
``INSERT ... ON CONFLICT``), with ``?`` placeholders.  Everything that differs between
databases is a member of :class:`Backend`, and one module implements it per database:
:mod:`corpora.sqlite_backend` (with its schema, :mod:`corpora.sqlite_schema`) today.  A second
database is one new module that implements :class:`Backend` and calls :func:`register`,
plus a run of ``tests/test_store_contract.py`` with ``GPWATCH_TEST_BACKENDS`` naming it
(see "Adding a storage backend" in the README).

A location (``--db``, ``$GPWATCH_DB``, ``Store(...)``) picks its backend here (:func:`backend_for`):
``SCHEME://...`` goes to the backend registered for that scheme (importing
``corpora/<scheme>_backend.py`` on first use, so a new backend needs no registry edit); a
plain path (every location gpwatch has ever used) is a SQLite file.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from corpora.store import Store


class StoreError(Exception):
    """The store cannot be opened or written (read-only, full disk, not a store)."""


class QueryTimeout(Exception):
    """A query ran past its time budget and was stopped (see :meth:`Backend.time_limit`)."""


class Cursor(Protocol):
    """What the store's code reads from ``conn.execute(...)`` (a DB-API 2 cursor).  Rows
    must answer both ``row[0]`` and ``row["column"]``, and ``dict(row)``."""

    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A backend's connection as the store's code uses it: ``execute`` / ``executemany`` with
    ``?`` placeholders (a backend whose driver spells them otherwise translates), autocommit
    outside :meth:`Backend.transaction`, ``in_transaction``, and ``store`` (the
    :class:`~corpora.store.Store` it belongs to, set by :meth:`Store.connect`)."""

    store: Store
    in_transaction: bool

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, seq: Sequence[Sequence[Any]], /) -> Cursor: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class FtsMatch:
    """The pieces of a full-text search over one indexed table (paragraphs, comments,
    sentences, quotes), as :meth:`Backend.fts` writes them for the unit table aliased ``u``:

    * ``source``: the FROM item(s) that bring in ``u`` (e.g. ``quotes_fts f JOIN quotes u ON ...``);
    * ``where``: the matching condition, taking one parameter, the query from :meth:`Backend.fts_query`;
    * ``latest``: the key that orders matches newest-stored first (``ORDER BY latest DESC``);
    * ``rank``: relevance, lower is better (``ORDER BY rank ASC``);
    * ``snippet``: text around the matches, each match wrapped in ``char(2)`` ... ``char(3)``
      (:data:`corpora.queries.HIGHLIGHT_START` / ``HIGHLIGHT_END``), about 40 words long.
    """

    source: str
    where: str
    latest: str
    rank: str
    snippet: str


@runtime_checkable
class Backend(Protocol):
    """Everything the store needs from a database that is not in the common SQL subset.

    A backend is a stateless object (one per process); the store's modules reach it with
    :func:`backend_of` ``(conn)``.  Members, by concern:

    **Locations and connections.**  ``name``, ``schemes``, ``Error`` and ``IntegrityError``
    (the driver's DB-API classes: gpwatch catches these, never a driver's own exception types),
    :meth:`parse`, :meth:`describe`, :meth:`exists`, :meth:`models_dir`, :meth:`destroy`,
    :meth:`connect`.

    **Schema.**  :meth:`migrate` creates or upgrades the schema (the tables, indexes,
    full-text indexes and the triggers that keep ``annotation_rollup``,
    ``annotation_rollup_month`` and ``comment_counts`` exact, see :mod:`corpora.sqlite_schema`
    for the reference); :meth:`schema_version` says which migration a store has had (the app
    reads older stores the slower way).

    **Transactions and limits.**  :meth:`transaction`, :meth:`time_limit`.

    **Spellings** used inside the common SQL: :meth:`insert_id`, :meth:`distinct_from`,
    ``row_order``, ``like``, :meth:`index_hint`, :meth:`json_array_agg`.

    **Full-text search.**  :meth:`fts`, :meth:`fts_query`, :meth:`fts_same_text`, :meth:`fts_filtered_query`.

    **Maintenance and statistics.**  :meth:`optimise`, :meth:`set_cache_size`,
    :meth:`bulk_indexing`, :meth:`insert_units`, :meth:`deferred_indexing`, :meth:`integrity_check`,
    :meth:`size_by_part`, :meth:`checkpoint`, :meth:`change_marks`.
    """

    #: short name: the key of :data:`BACKENDS` and of ``$GPWATCH_TEST_BACKENDS``
    name: ClassVar[str]
    #: the URL schemes this backend opens (``postgresql`` ...); "" marks the plain-path backend
    schemes: ClassVar[tuple[str, ...]]
    #: the driver's DB-API ``Error`` base class, and its ``IntegrityError`` (a constraint broken)
    Error: ClassVar[type[Exception]]
    IntegrityError: ClassVar[type[Exception]]
    #: an expression (column) that grows with insertion order in every table, usable as
    #: ``alias.{row_order}``: the tables without an integer id (``annotations``, ``frontier``)
    #: are read "latest first" by it.  SQLite: ``rowid``; a backend without one adds such a
    #: column to those tables in its schema and names it here.
    row_order: ClassVar[str]
    #: the case-insensitive ``LIKE`` operator (SQLite's ``LIKE`` is; PostgreSQL's is ``ILIKE``)
    like: ClassVar[str]

    # -- locations and connections

    def parse(self, location: str | os.PathLike) -> Any:
        """The backend's form of a location (a :class:`~pathlib.Path` for a file database,
        the URL for a server); kept as ``Store.path``."""

    def describe(self, location: Any) -> str:
        """The location as error messages name it (a URL without its password)."""

    def exists(self, location: Any) -> bool:
        """Whether a store exists there (a read-only open never creates one)."""

    def models_dir(self, location: Any) -> Path:
        """The folder of the models trained for this store."""

    def destroy(self, location: Any) -> None:
        """Remove the store and everything in it, if it exists (the contract tests start each
        test from nothing with it; gpwatch itself never calls it)."""

    def connect(self, location: Any, *, readonly: bool = False, timeout: float = 30.0) -> Connection:
        """A new connection in autocommit mode, rows answering ``row[0]`` and ``row["col"]``,
        foreign keys enforced.  A writer creates the store if needed and runs :meth:`migrate`;
        a reader never creates or changes anything and fails (``Error``, or :class:`OSError`)
        when there is no store.  ``timeout``: how long to wait for another writer's lock."""

    # -- schema

    def migrate(self, conn: Connection) -> int:
        """Apply the schema migrations the store has not had; return the latest version.
        Raise :class:`StoreError` for a store newer than this gpwatch."""

    def schema_version(self, conn: Connection) -> int:
        """How many migrations the store has had."""

    # -- transactions and limits

    def transaction(self, conn: Connection) -> contextlib.AbstractContextManager[Connection]:
        """A write transaction (taking the write lock at once), committed on a clean exit and
        rolled back on any exception; nested use joins the outer one.  Storage failures (a
        full disk, a read-only store, a lock held too long) raise
        :class:`StoreError` naming the store."""

    def time_limit(self, conn: Connection, seconds: float) -> contextlib.AbstractContextManager[None]:
        """Stop any statement on ``conn`` running longer than ``seconds`` inside the block with
        :class:`QueryTimeout`; the connection stays usable."""

    # -- spellings

    def insert_id(self, conn: Connection, sql: str, params: Sequence[Any]) -> int:
        """Run one ``INSERT`` into a table with an integer ``id`` and return the new row's id."""

    def distinct_from(self, left: str, right: str) -> str:
        """The null-safe inequality ``left IS DISTINCT FROM right``."""

    def index_hint(self, index: str) -> str:
        """A clause after a table name that makes the planner read it along ``index``
        (SQLite ``INDEXED BY``), or "" where the database has no such hint."""

    def json_array_agg(self, expr: str) -> str:
        """An aggregate giving a JSON array text of ``expr`` (``expr`` may start with DISTINCT)."""

    # -- full-text search

    def fts(self, table: str) -> FtsMatch:
        """The full-text search of ``table`` (``paragraphs``, ``comments``, ``sentences``, ``quotes``)."""

    def fts_window(self, table: str) -> FtsMatch:
        """The same search driven from a date window of publication: ``source`` brings in
        ``articles a`` and then ``u`` (the caller adds the window's conditions on
        ``a.published``), ``where`` keeps the units the query matches; ``rank`` and
        ``snippet`` are not available (empty strings), ``latest`` orders as :meth:`fts`'s."""

    def fts_window_first(self, conn: Connection, table: str, query: Any, start: str | None, end: str | None) -> bool:
        """Whether :meth:`fts_window` is the cheaper plan: the window (``start`` inclusive,
        ``end`` exclusive, either may be None) holds fewer units of ``table`` than ``query``
        (from :meth:`fts_query`) matches.  Both plans find the same rows."""

    def fts_match_count(self, conn: Connection, table: str, query: Any, cap: int) -> int:
        """How many units of ``table`` match ``query`` (from :meth:`fts_query` or
        :meth:`fts_filtered_query`), up to ``cap``, read from the full-text index alone (every
        indexed row has its unit: no unit row is read)."""

    def fts_query(self, table: str, query: str) -> Any:
        """The parameter of :attr:`FtsMatch.where` for a search text.  The text is in FTS5
        query syntax (bare words, ``"phrases"``, ``prefix*``, ``AND`` / ``OR`` / ``NOT``,
        parentheses), as :mod:`app.search_syntax` writes it; a quote matches on its ``text``
        column only, never on its speaker."""

    def fts_same_text(self, table: str, text: str) -> Any:
        """The parameter of :attr:`FtsMatch.where` that finds every unit whose text is exactly
        ``text``, and maybe others: the caller compares the text itself."""

    def fts_filtered_query(
        self,
        table: str,
        query: str,
        *,
        start: str | None = None,
        end: str | None = None,
        sentiment: str = "",
        section: str = "",
    ) -> Any:
        """The parameter of :attr:`FtsMatch.where` for ``query`` (as :meth:`fts_query`) that may
        also keep only units published in [``start``, ``end``) (ISO days), of that ``sentiment``
        (comments, quotes) and article ``section``, so the full-text index applies the filters:
        it must find every unit that the query and those conditions find (it may find more: the
        caller keeps the conditions); a backend may return :meth:`fts_query`'s value."""

    def fts_filters_exact(
        self,
        table: str,
        *,
        start: str | None = None,
        end: str | None = None,
        sentiment: str = "",
        sentiments: Sequence[str] = (),
    ) -> bool:
        """Whether :meth:`fts_filtered_query` with these filters finds exactly the units that the
        query and the filters' conditions find, given ``sentiments`` (every sentiment stored for
        the table's units), units of an odd publication date aside (the caller checks that the
        query finds none of them: :meth:`fts_filtered_query` with an empty window finds only
        those); True with no filter; False whenever unsure (a backend may always say False)."""

    def fts_ids(self, conn: Connection, table: str, query: Any, cap: int) -> list[int]:
        """The ids of the units of ``table`` that ``query`` matches, rising, up to ``cap`` of them
        (the lowest), read from the full-text index alone."""

    def snapshot(self, conn: Connection) -> Any:
        """A value that changes whenever the store does (a commit by any connection, a write by
        this one), cheap enough to read before every search."""

    def id_set(self, ids: Sequence[int]) -> tuple[str, Any]:
        """An SQL set of ``ids`` for ``x IN <set>``, with one ``?``, and the value of that parameter."""

    # -- maintenance and statistics

    def optimise(self, conn: Connection, *, checkpoint: bool = False) -> None:
        """Refresh the planner's statistics after a large load (``checkpoint``: also fold any
        write-ahead log into the main file)."""

    def set_cache_size(self, conn: Connection, mebibytes: int) -> None:
        """This connection's page cache (a no-op where the server owns it)."""

    def bulk_indexing(self, conn: Connection, firsts: Mapping[str, int]) -> contextlib.AbstractContextManager[None]:
        """Inside a caller's transaction: rows inserted in the block into the tables of
        ``firsts`` (table -> first new id) are indexed for full-text search, and counted in
        ``comment_counts``, set-wise at the end of the block rather than row by row; the
        result is exactly what the row-at-a-time maintenance would have written.  The rows
        come with explicit ids: a backend whose ids come from a sequence moves it past them."""

    def insert_units(
        self, conn: Connection, table: str, columns: tuple[str, ...], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Insert new rows of ``table`` (paragraphs, comments, quotes...), one value per name in
        ``columns`` (``id`` and ``article_id`` among them), each written with what the backend
        keeps beside the row, computed from the unit's article and annotation as stored when it
        runs (SQLite: the filter tokens of migration 8), so that the row is written once at its
        full size."""

    def deferred_indexing(self, conn: Connection) -> contextlib.AbstractContextManager[None]:
        """For loading into a store nobody else uses: no full-text index maintenance inside
        the block, every full-text index rebuilt from its table on leaving it (exception or not)."""

    def integrity_check(self, location: Any) -> str:
        """``ok`` when the database's own checks and every full-text index's pass, else what
        failed (opening its own connection: a damaged store is reported, not raised)."""

    def rows_of(self, conn: Connection, table: str) -> str:
        """The table that holds the rows ``table`` reads: ``table`` itself, unless the backend keeps them
        under a view (SQLite from migration 11: ``sentences`` and ``quotes``), for a statement that
        writes them set-wise rather than row by row through the view."""

    def size_by_part(self, conn: Connection) -> dict[str, int]:
        """Bytes of storage by part: ``text tables (rows)``, ``full-text indexes``,
        ``annotations, theme tags, rollups``, ``other indexes and tables``."""

    def checkpoint(self, location: Any) -> None:
        """Make the store's main file(s) hold everything committed (so a file copy is whole)."""

    def change_marks(self, location: Any) -> tuple:
        """Cheap values that change on any commit (file modification times), for
        :func:`corpora.queries.generation`; ``()`` where the SQL part suffices."""


#: the registered backends by name; :mod:`corpora.sqlite_backend` registers itself on import
BACKENDS: dict[str, Backend] = {}
DEFAULT_BACKEND = "sqlite"
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)


def register(backend: Backend) -> Backend:
    """Make ``backend`` available by its name and URL schemes (call at import of its module)."""
    BACKENDS[backend.name] = backend
    return backend


def get_backend(name: str) -> Backend:
    """A backend by name: registered already, or registered by importing its module
    ``corpora/<name>_backend.py`` (:class:`KeyError` with the known names otherwise)."""
    _load_builtin()
    _load_module(name)
    try:
        return BACKENDS[name]
    except KeyError:
        raise KeyError(f"no storage backend {name!r} (registered: {', '.join(sorted(BACKENDS))})") from None


def backend_for(location: str | os.PathLike) -> Backend:
    """The backend of a location: by its URL scheme (``postgresql://...``) when it has one
    that a backend registered, else the default (SQLite: a plain path, as always)."""
    _load_builtin()
    match = _SCHEME.match(str(location)) if not isinstance(location, Path) else None
    if match:
        scheme = match.group(1).lower()
        _load_module(scheme)
        for backend in BACKENDS.values():
            if scheme in backend.schemes:
                return backend
        known = sorted(s for b in BACKENDS.values() for s in b.schemes if s)
        raise ValueError(f"{location}: no storage backend for {scheme}:// (known: {', '.join(known) or 'none'})")
    return BACKENDS[DEFAULT_BACKEND]


def backend_of(conn: Any) -> Backend:
    """The backend of a connection made by the store (the default for any other one)."""
    store = getattr(conn, "store", None)
    if store is not None:
        return store.backend
    _load_builtin()
    return BACKENDS[DEFAULT_BACKEND]


def _load_module(name: str) -> None:
    """Import ``corpora.<name>_backend`` (which registers itself) unless a backend of that name
    or scheme is registered already: a new backend needs no edit here."""
    if name in BACKENDS or any(name in b.schemes for b in BACKENDS.values()) or not name.isidentifier():
        return
    try:
        importlib.import_module(f"corpora.{name}_backend")
    except ModuleNotFoundError as exc:
        if exc.name != f"corpora.{name}_backend":
            raise  # the module exists but its driver is not installed: say so


def _load_builtin() -> None:
    if DEFAULT_BACKEND not in BACKENDS:
        import corpora.sqlite_backend  # noqa: F401 - registers itself
