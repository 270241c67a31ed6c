"""The SQLite backend (the default): one file, WAL, foreign keys, FTS5 full-text indexes kept
in step by triggers.  Every SQLite-specific statement and construct of the store lives here,
in :mod:`corpora.sqlite_schema` (its migrations) and in :mod:`corpora.sqlite_baselines` (the
plain-SQLite references of the benchmarks); ``tests/test_architecture.py`` checks.

It implements :class:`corpora.backend.Backend`; read that protocol for what each member
must do, and this module as the reference implementation.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from corpora.backend import FtsMatch, QueryTimeout, StoreError, register
from corpora.sqlite_schema import (
    FILTERED_FTS,
    MIGRATIONS,
    SECTION_TOKENS,
    SENTIMENT_UNIT,
    SLICE_ROWS,
    TOKEN_CHARS,
    batch_filter_tokens_sql,
    filter_tokens_sql,
)

MODELS_FOLDER = "models"
MMAP_BYTES = 1 << 30  # at most this much of a store is memory-mapped
#: the FTS5 index of each indexed table, and the columns it indexes
FTS_TABLES = {
    "paragraphs": ("text", "filters"),
    "comments": ("text", "filters"),
    "sentences": ("text",),
    "quotes": ("text", "speaker", "filters"),
}
#: a window longer than this many filter tokens is not written into the full-text query
MAX_DATE_TOKENS = 200
#: how many of a text's words :meth:`SQLiteBackend.fts_same_text` looks up
SAME_TEXT_WORDS = 4
# every ASCII character but letters and digits: a separator for the unicode61 tokenizer
_ASCII_SEPARATORS = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
#: the window plan of a filtered search counts at most this many full-text matches
WINDOW_PLAN_CAP = 200_000
_STORAGE_ERRORS = ("full", "disk i/o", "readonly", "read-only", "unable to open", "locked")
# the FTS5 insert triggers, each with the table whose index it keeps (its name's prefix: from migration 11
# the triggers of ``quotes`` and ``sentences`` are on their rows, ``quote_rows`` and ``sentence_rows``)
_FTS_INSERT_TRIGGERS = (
    "SELECT name, substr(name, 1, length(name) - 7), sql FROM sqlite_master "
    "WHERE type = 'trigger' AND name LIKE '%\\_fts\\_ai' ESCAPE '\\'"
)


def _fts_table(table: str) -> str:
    """The full-text index of ``table``; ValueError when it has none."""
    if table not in FTS_TABLES:
        raise ValueError(f"no full-text index on {table!r}")
    return f"{table}_fts"


def date_tokens(start: str | None, end: str | None) -> list[str] | None:
    """The fewest year and month tokens (migration 8) that cover the days in [start, end) (its
    first and last months whole: a superset), plus ``dx`` (an article date that does not start
    with a valid ``YYYY-MM-DD``: it may be in any window); None when the window is open or not two ISO days."""
    if not start or not end:
        return None
    try:
        first, stop = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
    except ValueError:
        return None
    tokens = ["dx"]
    if stop <= first:
        return tokens
    last = stop - dt.timedelta(days=1)
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        if month == 1 and year < last.year or (year == last.year and month == 1 and last.month == 12):
            tokens.append(f"y{year:04d}")
            year += 1
        else:
            tokens.append(f"m{year:04d}{month:02d}")
            year, month = year + month // 12, month % 12 + 1
    return tokens


class StoreConnection(sqlite3.Connection):
    """A SQLite connection that knows the :class:`~corpora.store.Store` it belongs to (``conn.store``)."""

    store: Any


def split_sql(script: str) -> list[str]:
    """Split a migration into statements (triggers contain semicolons)."""
    statements, current = [], []
    for line in script.splitlines():
        if not current and not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    if "\n".join(current).strip():
        raise ValueError("incomplete SQL statement in migration")
    return statements


class SQLiteBackend:
    """:class:`corpora.backend.Backend` for a SQLite file (a plain path, or ``sqlite:///PATH``)."""

    name = "sqlite"
    schemes = ("", "sqlite")
    Error = sqlite3.Error
    IntegrityError = sqlite3.IntegrityError
    row_order = "rowid"
    like = "LIKE"

    # ------------------------------------------------------------ locations and connections

    def parse(self, location: str | os.PathLike) -> Path:
        text = os.fspath(location)
        if isinstance(text, str) and text.lower().startswith("sqlite://"):
            text = text[len("sqlite://") :]
            if text.startswith("/") and not text.startswith("//"):
                text = text[1:]  # sqlite:///relative.db; sqlite:////abs.db
            elif text.startswith("//"):
                text = text[1:]
        return Path(text)

    def describe(self, location: Path) -> str:
        return str(location)

    def exists(self, location: Path) -> bool:
        return location.exists()

    def models_dir(self, location: Path) -> Path:
        return location.resolve().parent / MODELS_FOLDER

    def destroy(self, location: Path) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{location}{suffix}").unlink(missing_ok=True)

    def connect(self, location: Path, *, readonly: bool = False, timeout: float = 30.0) -> StoreConnection:
        path = location
        try:
            if readonly:
                if not path.exists():
                    raise StoreError(f"{path}: no such store")
                conn = sqlite3.connect(
                    f"file:{path}?mode=ro",
                    uri=True,
                    isolation_level=None,
                    check_same_thread=False,
                    timeout=timeout,
                    factory=StoreConnection,
                )
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(path, isolation_level=None, timeout=timeout, factory=StoreConnection)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            # read the file through a memory map (no read() call and no copy a page): a search
            # looks up thousands of scattered rows (bench_search: FTS5 p95 about 2x faster at 100k)
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            else:
                conn.execute("PRAGMA query_only = ON")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc.strerror or exc})") from exc
        return conn

    # ------------------------------------------------------------ schema

    def migrate(self, conn: sqlite3.Connection) -> int:
        version = self.schema_version(conn)
        if version > len(MIGRATIONS):
            raise StoreError(f"store schema version {version} is newer than this gpwatch ({len(MIGRATIONS)})")
        for number in range(version, len(MIGRATIONS)):
            with self.transaction(conn):
                for statement in split_sql(MIGRATIONS[number]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")
        return len(MIGRATIONS)

    def schema_version(self, conn: sqlite3.Connection) -> int:
        return conn.execute("PRAGMA user_version").fetchone()[0]

    # ------------------------------------------------------------ transactions and limits

    def _store_error(self, conn: sqlite3.Connection, exc: sqlite3.Error) -> StoreError:
        store = getattr(conn, "store", None)
        path = store.path if store is not None else "store"
        return StoreError(f"{path}: cannot write to the store ({exc})")

    @contextlib.contextmanager
    def transaction(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; SQLite has already rolled back what a failed
        transaction wrote when a storage error is raised."""
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._store_error(conn, exc) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            if isinstance(exc, sqlite3.OperationalError) and any(k in str(exc).lower() for k in _STORAGE_ERRORS):
                raise self._store_error(conn, exc) from exc
            raise

    @contextlib.contextmanager
    def time_limit(self, conn: sqlite3.Connection, seconds: float, *, every: int = 1000) -> Iterator[None]:
        """SQLite's progress handler, checked every ``every`` virtual-machine steps."""
        deadline = time.monotonic() + seconds
        conn.set_progress_handler(lambda: time.monotonic() > deadline, every)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc).lower():
                raise QueryTimeout(f"stopped after its {seconds:g}-second budget") from None
            raise
        finally:
            conn.set_progress_handler(None, every)

    # ------------------------------------------------------------ spellings

    def insert_id(self, conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> int:
        return conn.execute(sql, params).lastrowid

    def distinct_from(self, left: str, right: str) -> str:
        return f"{left} IS NOT {right}"

    def index_hint(self, index: str) -> str:
        return f" INDEXED BY {index}"

    def json_array_agg(self, expr: str) -> str:
        return f"json_group_array({expr})"

    # ------------------------------------------------------------ full-text search

    def fts(self, table: str) -> FtsMatch:
        fts = _fts_table(table)
        return FtsMatch(
            source=f"{fts} f JOIN {table} u ON u.id = f.rowid",
            where=f"{fts} MATCH ?",
            latest="f.rowid",
            rank=f"bm25({fts})",
            snippet=f"snippet({fts}, 0, char(2), char(3), '…', 40)",
        )

    def fts_window(self, table: str) -> FtsMatch:
        """Articles in the window first (``articles_published``), then their units (each unit
        table's index on ``article_id``), kept when their id is among the query's matches (the
        subquery reads the FTS5 index alone, no row of the unit table)."""
        fts = _fts_table(table)
        return FtsMatch(
            source=f"articles a CROSS JOIN {table} u ON u.article_id = a.id",
            where=f"+u.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)",  # +: a filter, never a seek
            latest="u.id",
            rank="",
            snippet="",
        )

    def fts_window_first(
        self, conn: sqlite3.Connection, table: str, query: str, start: str | None, end: str | None
    ) -> bool:
        """Counts the query's matches (up to :data:`WINDOW_PLAN_CAP`, reading the FTS5 index
        alone) and the window's units (up to as many): the window plan when the window holds
        fewer units than there are matches.  At 100k comments (negative comments or quotes, or
        paragraphs, of 2020, ten words and phrases; medians, forced plans): one month, 2-7x
        faster than the join; six months (about as many units as matches), 2-3x faster for
        comments and quotes, even for paragraphs; two years (4-10x more units than matches),
        2-5x slower, so the join is kept there.  Costs 0.1-1 ms."""
        if not start and not end:
            return False
        matches = self.fts_match_count(conn, table, query, WINDOW_PLAN_CAP)
        if matches < 2:
            return False
        conds, params = [], []
        if start:
            conds.append("a.published >= ?")
            params.append(start)
        if end:
            conds.append("a.published < ?")
            params.append(end)
        units = conn.execute(
            f"""SELECT count(*) FROM (SELECT 1 FROM articles a CROSS JOIN {table} u ON u.article_id = a.id
                WHERE {" AND ".join(conds)} LIMIT ?)""",
            (*params, matches),
        ).fetchone()[0]
        return units < matches

    def fts_match_count(self, conn: sqlite3.Connection, table: str, query: str, cap: int) -> int:
        fts = _fts_table(table)
        return conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH ? LIMIT ?)", (query, cap)
        ).fetchone()[0]

    def fts_query(self, table: str, query: str) -> str:
        # the text column only: never a quote's speaker, never a unit's filter tokens
        return f"text : ({query})" if len(FTS_TABLES.get(table, ())) > 1 else query

    def fts_same_text(self, table: str, text: str) -> str:
        # the SAME_TEXT_WORDS longest of the text's words, all of them: a phrase of the whole text
        # reads every position of its commonest words (5-25x slower on the 1M store's repeated
        # comments).  Only whole ASCII words between ASCII separators are taken, each certainly
        # one token of the index's tokenizer; a text without one is looked up as one phrase.
        words = sorted(
            {w for w in _ASCII_SEPARATORS.split(text or "") if w.isascii() and w.isalnum()}, key=lambda w: (-len(w), w)
        )[:SAME_TEXT_WORDS]
        query = " AND ".join(f'"{w}"' for w in words) if words else '"' + (text or "").replace('"', '""') + '"'
        return f"text : ({query})" if len(FTS_TABLES.get(table, ())) > 1 else query

    def fts_filtered_query(
        self,
        table: str,
        query: str,
        *,
        start: str | None = None,
        end: str | None = None,
        sentiment: str = "",
        section: str = "",
    ) -> str:
        """The query and, ANDed to it, the filter tokens (migration 8) of a window of publication
        (``start`` inclusive, ``end`` exclusive, ISO days; both or the window is left out), a
        sentiment (comments and quotes) and a section (paragraphs): a superset of the units that meet those
        conditions, so FTS5 intersects them with the query's matches; the caller keeps the
        conditions themselves."""
        parts = [f"({self.fts_query(table, query)})"]
        if table in FILTERED_FTS:
            dates = date_tokens(start, end)
            if dates is not None and len(dates) <= MAX_DATE_TOKENS:
                parts.append("filters : (" + " OR ".join(dates) + ")")
            if sentiment and table in SENTIMENT_UNIT:
                parts.append(f"filters : n{sentiment[:TOKEN_CHARS].encode().hex()}")
            if section and table in SECTION_TOKENS:
                parts.append(f"filters : s{section[:TOKEN_CHARS].encode().hex()}")
        return " AND ".join(parts) if len(parts) > 1 else self.fts_query(table, query)

    def fts_filters_exact(
        self,
        table: str,
        *,
        start: str | None = None,
        end: str | None = None,
        sentiment: str = "",
        sentiments: Sequence[str] = (),
    ) -> bool:
        """Whether the filter tokens of :meth:`fts_filtered_query` keep exactly the units that its
        conditions keep, units of an odd date aside (``dx``: the caller checks the query finds none).

        The window: no window, or both edges ISO days that are first days of months (its tokens
        cover its first and last months whole: a superset when an edge is inside a month; an
        empty window has no date token but ``dx``); a window of more than :data:`MAX_DATE_TOKENS`
        tokens has none.  The sentiment: its token holds the first :data:`TOKEN_CHARS` characters
        only, so no other value of ``sentiments`` (every sentiment stored for the table's units)
        may share them; and no token of them may end in ``e`` or ``d`` (hex digits): the porter
        stemmer of the index drops a final ``e`` or ``ed`` of a long enough token, which could make
        two values' tokens one (it leaves a token ending in any other letter or digit as it is)."""
        if not (start or end or sentiment):
            return True
        if table not in FILTERED_FTS:
            return False
        if start or end:
            dates = date_tokens(start, end)
            if dates is None or len(dates) > MAX_DATE_TOKENS:
                return False
            first, stop = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
            if start != first.isoformat() or end != stop.isoformat():
                return False  # the conditions compare the text as given
            if stop > first and (first.day != 1 or stop.day != 1):
                return False
        if sentiment:
            if table not in SENTIMENT_UNIT:
                return False
            prefix = sentiment[:TOKEN_CHARS]
            for value in {sentiment, *sentiments}:
                if value[:TOKEN_CHARS].encode().hex()[-1:] in ("d", "e"):
                    return False
                if value != sentiment and value[:TOKEN_CHARS] == prefix:
                    return False
        return True

    def fts_ids(self, conn: sqlite3.Connection, table: str, query: str, cap: int) -> list[int]:
        """The ids of the units that ``query`` matches, rising, up to ``cap`` of them (the lowest):
        read in the index's own order, a page at a time (newest first, FTS5 loads every doclist
        of a query of several terms whole)."""
        fts = _fts_table(table)
        return [r[0] for r in conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?", (query, cap))]

    def snapshot(self, conn: sqlite3.Connection) -> tuple[int, int]:
        """``PRAGMA data_version`` (changes when another connection commits) and the connection's
        own ``total_changes``: equal twice only if nothing was written in between."""
        return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes

    def id_set(self, ids: Sequence[int]) -> tuple[str, str]:
        """``(SELECT value FROM json_each(?))`` and its parameter: one JSON array, however many ids."""
        return "(SELECT value FROM json_each(?))", json.dumps([int(i) for i in ids])

    # ------------------------------------------------------------ maintenance and statistics

    def optimise(self, conn: sqlite3.Connection, *, checkpoint: bool = False) -> None:
        if checkpoint:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ANALYZE")

    def set_cache_size(self, conn: sqlite3.Connection, mebibytes: int) -> None:
        conn.execute(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")

    @contextlib.contextmanager
    def bulk_indexing(self, conn: sqlite3.Connection, firsts: Mapping[str, int]) -> Iterator[None]:
        """Drops the row-at-a-time FTS5 insert triggers of the tables of ``firsts`` and the
        comment-count trigger, then indexes the new rows with one set-based insert per FTS5
        table and puts the triggers back: the same index, 3-5x faster (bench_ingest), atomic
        with the caller's transaction (which restores the triggers if the block fails)."""
        triggers = self._drop_insert_triggers(conn, tuple(firsts))
        yield
        for name, table, sql in triggers:
            if name == "comments_count_ai":  # the per-article comment counts, one upsert an article
                conn.execute(
                    """INSERT INTO comment_counts(article_id, n)
                                SELECT article_id, count(*) FROM comments WHERE id >= ? GROUP BY article_id
                                ON CONFLICT(article_id) DO UPDATE SET n = n + excluded.n""",
                    (firsts[table],),
                )
                conn.execute(sql)
                continue
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table}_fts)")]
            cols = ", ".join(columns)
            with self._filters_filled(conn, table, columns, "id >= ?", (firsts[table],)):
                conn.execute(
                    f"INSERT INTO {table}_fts(rowid, {cols}) SELECT id, {cols} FROM {table} WHERE id >= ?",
                    (firsts[table],),
                )
            conn.execute(sql)

    def insert_units(
        self, conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: Sequence[Sequence[Any]]
    ) -> None:
        """With the filter tokens (migration 8) of a table that has them: each row written with its
        tokens rather than filled by the insert trigger's update after it (which grows every row it
        writes: page splits, about 7% of the unit tables in a bulk-built store), the tokens read
        set-wise for the batch (one query for its articles, one for its units' annotations) instead
        of by two subqueries a row (bench_ingest's bulk rows)."""
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        if table not in FILTERED_FTS or "filters" not in {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}:
            conn.executemany(f"INSERT INTO {table}({names}) VALUES ({marks})", rows)
            return
        if not rows:
            return
        unit_at, article_at = columns.index("id"), columns.index("article_id")
        articles_sql, sentiments_sql = batch_filter_tokens_sql(table)
        article_ids = [r[article_at] for r in rows]
        by_article = dict(conn.execute(articles_sql, (min(article_ids), max(article_ids))))
        by_unit: dict[int, str] = {}
        if sentiments_sql is not None:
            unit_ids = [r[unit_at] for r in rows]
            for unit_id, token in conn.execute(sentiments_sql, (min(unit_ids), max(unit_ids))):
                by_unit.setdefault(unit_id, token)
        conn.executemany(
            f"INSERT INTO {table}({names}, filters) VALUES ({marks}, ?)",
            (
                (
                    *r,
                    by_article.get(r[article_at], "")
                    + ("" if sentiments_sql is None else " n" + by_unit.get(r[unit_at], "")),
                )
                for r in rows
            ),
        )

    @contextlib.contextmanager
    def _filters_filled(
        self, conn: sqlite3.Connection, table: str, columns: list[str], where: str, params: tuple
    ) -> Iterator[None]:
        """Fill the filter tokens of the not-yet-indexed rows of ``table`` (``filters IS NULL``)
        that ``where`` selects, set-wise, with the index-update trigger off (the block indexes
        them set-wise)."""
        if "filters" not in columns:
            yield
            return
        au = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (f"{table}_fts_au",)
        ).fetchone()
        conn.execute(f'DROP TRIGGER "{table}_fts_au"')
        rows = self.rows_of(conn, table)
        conn.execute(
            f"UPDATE {rows} SET filters = {filter_tokens_sql(table, rows)} WHERE {where} AND filters IS NULL",
            params,
        )
        yield
        conn.execute(au[0])

    def _drop_insert_triggers(self, conn: sqlite3.Connection, tables: tuple[str, ...]) -> list[tuple[str, str, str]]:
        rows = conn.execute(_FTS_INSERT_TRIGGERS).fetchall()
        triggers = [(r[0], r[1], r[2]) for r in rows if r[1] in tables]
        count = conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name = 'comments_count_ai'"
        ).fetchone()
        if count is not None and "comments" in tables:
            triggers.append((count[0], count[1], count[2]))
        for name, _, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        return triggers

    @contextlib.contextmanager
    def deferred_indexing(self, conn: sqlite3.Connection) -> Iterator[None]:
        """Drops the FTS5 insert triggers; on leaving, rebuilds every FTS5 index from its table
        and puts the triggers back."""
        triggers = [(r[0], r[1], r[2]) for r in conn.execute(_FTS_INSERT_TRIGGERS).fetchall()]
        with self.transaction(conn):
            for name, _, _ in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            with self.transaction(conn):
                for _, table, sql in triggers:
                    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table}_fts)")]
                    with self._filters_filled(conn, table, columns, "1", ()):
                        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
                    conn.execute(sql)

    def integrity_check(self, location: Path) -> str:
        """``PRAGMA integrity_check`` and every FTS5 index's ``integrity-check`` (none in a store
        whose schema was never written: a run killed before its first migration)."""
        conn = sqlite3.connect(location)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                return f"integrity_check: {result}"
            if self.schema_version(conn) == 0:
                return "ok"
            for table in FTS_TABLES:
                fts = f"{table}_fts"
                try:
                    conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
                except sqlite3.DatabaseError as exc:
                    return f"{fts}: {exc}"
            return "ok"
        finally:
            conn.close()

    def rows_of(self, conn: sqlite3.Connection, table: str) -> str:
        """From migration 11 the rows under the views ``quotes`` and ``sentences`` (:data:`SLICE_ROWS`)."""
        rows = SLICE_ROWS.get(table)
        if rows and conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?", (table,)).fetchone():
            return rows
        return table

    def size_by_part(self, conn: sqlite3.Connection) -> dict[str, int]:
        """From ``dbstat``; the full-text part is named ``FTS5 indexes``."""
        parts: dict[str, int] = {}
        for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            if "_fts" in name:
                part = "FTS5 indexes"
            elif "annotation" in name or "score_keys" in name:
                part = "annotations, theme tags, rollups"
            elif name in (
                "articles",
                "paragraphs",
                "comments",
                "sentences",
                "quotes",
                *SLICE_ROWS.values(),
                "speakers",
            ):
                part = "text tables (rows)"
            else:
                part = "other indexes and tables"
            parts[part] = parts.get(part, 0) + size
        return parts

    def checkpoint(self, location: Path) -> None:
        """Fold the write-ahead log into the database file."""
        conn = sqlite3.connect(location)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()

    def change_marks(self, location: str | os.PathLike) -> tuple:
        """The modification times of the database and its write-ahead log (any commit touches the WAL)."""
        marks: list[int | None] = []
        for suffix in ("", "-wal"):
            try:
                marks.append(os.stat(f"{location}{suffix}").st_mtime_ns)
            except OSError:
                marks.append(None)
        return tuple(marks)


SQLITE = register(SQLiteBackend())
