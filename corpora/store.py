"""The corpus store: SQLite (WAL, foreign keys, FTS5) and the small repository
API that the scraper, the language pipeline and the app use.

:class:`Store` is the one object that knows where a corpus lives: the database file, its
connections (read-only and writable), its models folder, and every statement run against
it (through the functions of this module and of :mod:`corpora.analysis_store`,
:mod:`corpora.crawl_store`, :mod:`corpora.queries`, :mod:`corpora.bulk` and
:mod:`corpora.export`, which take one of its connections first, sqlite-utils style).
No module outside ``corpora/`` runs SQL (``tests/test_architecture.py`` checks).

A connection made here knows its store (``conn.store``), so code handed a connection
finds the store's models folder without asking SQLite where the file is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from corpora.records import ArticleRecord, CommentRecord, Paragraph, content_hash
from corpora.schema import MIGRATIONS

DEFAULT_DB = Path("data") / "gpwatch.db"


class StoreError(Exception):
    """The store cannot be opened or written (read-only, full disk, not a store)."""


ENV_DB = "GPWATCH_DB"
MODELS_FOLDER = "models"


class QueryTimeout(Exception):
    """A query ran past its time budget and was stopped (see :func:`time_limit`)."""


@contextlib.contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float, *, every: int = 1000) -> Iterator[None]:
    """Stop any statement on ``conn`` that runs longer than ``seconds`` in this block
    (SQLite's progress handler, checked every ``every`` virtual-machine steps), raising
    :class:`QueryTimeout`; the connection stays usable."""
    import time

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


def default_db_path() -> Path:
    """The store every command uses without ``--db``: ``$GPWATCH_DB``, else ``data/gpwatch.db``.
    The one place the default is worked out (the app gets ``--db`` through ``$GPWATCH_DB``)."""
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


class StoreConnection(sqlite3.Connection):
    """A SQLite connection that knows the :class:`Store` it belongs to (``conn.store``)."""

    store: Store


class Store:
    """One corpus store: its location, its connections, its models folder.

    ``Store(path)`` opens nothing; :attr:`writer` (created and migrated on first use) and
    :attr:`reader` (read-only, never creates anything) are opened when first asked for and
    kept; :meth:`connect` makes a new one (one per thread or process).  The models trained
    for this corpus live beside it in :attr:`models_dir`.

    The methods below are the operations commands need; the rest of the repository API is
    the functions of the ``corpora`` modules, each taking one of this store's connections.
    This class is the seam for a second backend: see "Another database" in the README.
    """

    backend = "sqlite"

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else default_db_path()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @classmethod
    def of(cls, conn: sqlite3.Connection) -> Store:
        """The store behind a connection made by :func:`connect` (or :meth:`connect`)."""
        store = getattr(conn, "store", None)
        if store is None:
            raise StoreError("this connection was not opened through corpora.store.connect")
        return store

    # ---------------------------------------------------------------- connections

    def connect(self, *, readonly: bool = False) -> StoreConnection:
        """A new connection (see :func:`connect`); the caller closes it."""
        return connect(self.path, readonly=readonly)

    @cached_property
    def writer(self) -> StoreConnection:
        """This store's writable connection (creates and migrates the store on first use)."""
        return self.connect()

    @cached_property
    def reader(self) -> StoreConnection:
        """This store's read-only connection (raises :class:`StoreError` when there is no store)."""
        return self.connect(readonly=True)

    def exists(self) -> bool:
        return self.path.exists()

    def close(self) -> None:
        for name in ("writer", "reader"):
            conn = self.__dict__.pop(name, None)
            if conn is not None:
                conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---------------------------------------------------------------- models

    @property
    def models_dir(self) -> Path:
        """Where this store's models live: ``<folder of the store>/models``."""
        return self.path.resolve().parent / MODELS_FOLDER

    # ---------------------------------------------------------------- runs

    def start_run(self, kind: str, args: dict | None = None) -> int:
        return start_run(self.writer, kind, args)

    def finish_run(self, run_id: int, status: str, counts: dict | None = None) -> None:
        finish_run(self.writer, run_id, status, counts)

    def record_error(self, run_id: int | None, location: str, reason: str, source: str | None = None) -> None:
        record_error(self.writer, run_id, location, reason, source)

    def close_stale_runs(self, kind: str | None = None) -> int:
        return close_stale_runs(self.writer, kind)

    def last_run(self, kind: str | None = None) -> dict | None:
        return last_run(self.reader, kind)

    # ---------------------------------------------------------------- articles and meta

    def upsert_article(self, record: ArticleRecord, *, fetched: str | None = None) -> UpsertResult:
        return upsert_article(self.writer, record, fetched=fetched)

    def get_article(self, article_id: int) -> dict | None:
        return get_article(self.reader, article_id)

    def counts(self) -> dict[str, int]:
        return counts(self.reader)

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        return get_meta(self.reader, key, default)

    def corpus_secret(self) -> str:
        return corpus_secret(self.writer)

    def summary(self) -> dict:
        return summary(self.reader)


def utcnow() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------------- connection


def connect(path: str | os.PathLike | None = None, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and for writers create and migrate) the store at ``path``.

    The connection is in autocommit mode; group writes with :func:`transaction`.
    A read-only connection never creates or migrates anything.
    """
    path = Path(path) if path is not None else default_db_path()
    try:
        if readonly:
            if not path.exists():
                raise StoreError(f"{path}: no such store")
            conn = sqlite3.connect(
                f"file:{path}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                timeout=30,
                factory=StoreConnection,
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, timeout=30, factory=StoreConnection)
        conn.store = Store(path)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
        else:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})") from exc
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store ({exc.strerror or exc})") from exc
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this store has not had yet; return the schema version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(f"store schema version {version} is newer than this gpwatch ({len(MIGRATIONS)})")
    for number in range(version, len(MIGRATIONS)):
        with transaction(conn):
            for statement in _split_sql(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
    return len(MIGRATIONS)


def _split_sql(script: str) -> list[str]:
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


_STORAGE_ERRORS = ("full", "disk i/o", "readonly", "read-only", "unable to open", "locked")


def _store_error(conn: sqlite3.Connection, exc: sqlite3.Error) -> StoreError:
    store = getattr(conn, "store", None)
    path = store.path if store is not None else "store"
    return StoreError(f"{path}: cannot write to the store ({exc})")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception.

    Nested use joins the outer transaction.  Storage failures (a full disk, a
    read-only file, a lock held too long) become a :class:`StoreError` naming the
    store; SQLite has already rolled back what the transaction wrote.
    """
    if conn.in_transaction:
        yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _store_error(conn, exc) from exc
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
            raise _store_error(conn, exc) from exc
        raise


# --------------------------------------------------------------------------- meta


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def corpus_secret(conn: sqlite3.Connection) -> str:
    """The per-corpus secret used to pseudonymise commenters (created on first use)."""
    with transaction(conn):
        value = get_meta(conn, "pseudonym_secret")
        if value is None:
            value = secrets.token_hex(32)
            conn.execute("INSERT INTO meta(key, value) VALUES ('pseudonym_secret', ?)", (value,))
    return value


# --------------------------------------------------------------------------- sources


def ensure_source(conn: sqlite3.Connection, name: str, base_url: str | None = None, kind: str = "site") -> int:
    row = conn.execute("SELECT id, base_url FROM sources WHERE name = ?", (name,)).fetchone()
    if row:
        if base_url and not row["base_url"]:
            conn.execute("UPDATE sources SET base_url = ? WHERE id = ?", (base_url, row["id"]))
        return row["id"]
    return conn.execute("INSERT INTO sources(name, base_url, kind) VALUES (?, ?, ?)", (name, base_url, kind)).lastrowid


# --------------------------------------------------------------------------- articles


@dataclass
class UpsertResult:
    article_id: int
    status: str  # new | updated | unchanged
    new_comments: int = 0
    updated_comments: int = 0


def upsert_article(conn: sqlite3.Connection, record: ArticleRecord, *, fetched: str | None = None) -> UpsertResult:
    """Store one article and its comments in one transaction.

    Idempotent: storing the same record twice changes nothing.  An article stored
    under its real URL supersedes file-identity copies of it (saved text dumps).  A changed article
    replaces its paragraphs; comments are matched by their key, so a changed page
    updates comments in place and never duplicates one.  Comments no longer on the
    page are kept (a page may show only some of a thread).
    """
    if not record.url:
        raise ValueError("an article needs a URL or an identity")
    fetched = fetched or utcnow()
    digest = record.hash
    with transaction(conn):
        source_id = ensure_source(conn, record.source, kind="file" if record.origin == "file" else "site")
        row = conn.execute(
            "SELECT id, content_hash, comments_declared, etag, last_modified FROM articles WHERE url = ?", (record.url,)
        ).fetchone()
        if row is None:
            article_id = conn.execute(
                """INSERT INTO articles(source_id, url, title, standfirst, byline, section, published, fetched,
                       content_hash, comments_declared, origin, etag, last_modified)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    source_id,
                    record.url,
                    record.title,
                    record.standfirst,
                    record.byline,
                    record.section,
                    record.published,
                    fetched,
                    digest,
                    record.comments_declared,
                    record.origin,
                    record.etag,
                    record.last_modified,
                ),
            ).lastrowid
            _insert_paragraphs(conn, article_id, record.paragraphs)
            status = "new"
        else:
            article_id = row["id"]
            status = "unchanged"
            if row["content_hash"] != digest:
                conn.execute(
                    """UPDATE articles SET source_id = ?, title = ?, standfirst = ?, byline = ?, section = ?,
                           published = ?, fetched = ?, content_hash = ?, origin = ? WHERE id = ?""",
                    (
                        source_id,
                        record.title,
                        record.standfirst,
                        record.byline,
                        record.section,
                        record.published,
                        fetched,
                        digest,
                        record.origin,
                        article_id,
                    ),
                )
                conn.execute("DELETE FROM paragraphs WHERE article_id = ?", (article_id,))
                _insert_paragraphs(conn, article_id, record.paragraphs)
                status = "updated"
            if record.comments_declared is not None and record.comments_declared != row["comments_declared"]:
                conn.execute(
                    "UPDATE articles SET comments_declared = ? WHERE id = ?", (record.comments_declared, article_id)
                )
            if (record.etag, record.last_modified) != (row["etag"], row["last_modified"]) and (
                record.etag or record.last_modified
            ):
                conn.execute(
                    "UPDATE articles SET etag = ?, last_modified = ? WHERE id = ?",
                    (record.etag, record.last_modified, article_id),
                )
        new, updated = _upsert_comments(conn, article_id, record.comments, fetched)
        if status == "unchanged" and (new or updated):
            status = "updated"
        if status != "unchanged" and not record.url.startswith("file:"):
            supersede_file_copies(conn, article_id)  # a saved dump of this page is now redundant
    return UpsertResult(article_id, status, new, updated)


def add_comments(
    conn: sqlite3.Connection, article_id: int, comments: list[CommentRecord], *, start_position: int | None = None
) -> tuple[int, int]:
    """Upsert comments found on a later comment page; returns (new, updated)."""
    with transaction(conn):
        return _upsert_comments(conn, article_id, comments, utcnow(), start_position=start_position)


def _insert_paragraphs(conn: sqlite3.Connection, article_id: int, paragraphs: list[Paragraph]) -> None:
    conn.executemany(
        "INSERT INTO paragraphs(article_id, position, kind, text) VALUES (?, ?, ?, ?)",
        [(article_id, i, p.kind, p.text) for i, p in enumerate(paragraphs)],
    )


def _upsert_comments(
    conn: sqlite3.Connection,
    article_id: int,
    comments: list[CommentRecord],
    now: str,
    *,
    start_position: int | None = None,
) -> tuple[int, int]:
    existing = {
        r["key"]: r
        for r in conn.execute(
            "SELECT id, key, position, content_hash FROM comments WHERE article_id = ?", (article_id,)
        )
    }
    if start_position is None:
        start_position = 0
    new = updated = 0
    ids_by_external: dict[str, int] = {}
    seen: set[str] = set()
    for offset, c in enumerate(comments):
        key = c.key
        if key in seen:  # the same comment twice on one page: keep the first
            continue
        seen.add(key)
        position = start_position + offset
        row = existing.get(key)
        if row is None:
            cid = conn.execute(
                """INSERT INTO comments(article_id, position, key, external_id, author, posted, text, moderated,
                       content_hash, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (article_id, position, key, c.external_id, c.author, c.posted, c.text, int(c.moderated), c.hash, now),
            ).lastrowid
            new += 1
        else:
            cid = row["id"]
            if row["content_hash"] != c.hash:
                conn.execute(
                    "UPDATE comments SET author = ?, posted = ?, text = ?, moderated = ?, content_hash = ? WHERE id = ?",
                    (c.author, c.posted, c.text, int(c.moderated), c.hash, cid),
                )
                updated += 1
        if c.external_id:
            ids_by_external[c.external_id] = cid
    # link replies to their parents (a parent may be on an earlier page, already stored)
    for c in comments:
        if not c.parent_external_id or not c.external_id:
            continue
        parent = ids_by_external.get(c.parent_external_id)
        if parent is None:
            found = conn.execute(
                "SELECT id FROM comments WHERE article_id = ? AND external_id = ?", (article_id, c.parent_external_id)
            ).fetchone()
            parent = found[0] if found else None
        if parent is not None:
            conn.execute(
                "UPDATE comments SET parent_id = ? WHERE id = ? AND parent_id IS NOT ?",
                (parent, ids_by_external[c.external_id], parent),
            )
    return new, updated


def article_id_for_url(conn: sqlite3.Connection, url: str) -> int | None:
    row = conn.execute("SELECT id FROM articles WHERE url = ?", (url,)).fetchone()
    return row[0] if row else None


def delete_article(conn: sqlite3.Connection, article_id: int) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def real_copy_of(conn: sqlite3.Connection, source: str, title: str | None) -> int | None:
    """The id of an article of ``source`` stored under a real URL (not ``file:``) with
    this title (case-insensitive), if any: a saved dump of it is then redundant."""
    if not title:
        return None
    row = conn.execute(
        """SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id
           WHERE s.name = ? AND a.url NOT LIKE 'file:%' AND lower(a.title) = lower(?) LIMIT 1""",
        (source, title),
    ).fetchone()
    return row[0] if row else None


def supersede_file_copies(conn: sqlite3.Connection, article_id: int) -> int:
    """Delete file-identity copies (``file:NAME#HASH``, from saved text dumps) of the
    article ``article_id`` now stored under its real URL: same source, same title
    (case-insensitive).  Returns how many were deleted.  Call after storing a page
    fetched from (or saved with) its real URL."""
    row = conn.execute("SELECT source_id, title, url FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None or not row["title"] or row["url"].startswith("file:"):
        return 0
    with transaction(conn):
        return conn.execute(
            """DELETE FROM articles WHERE source_id = ? AND url LIKE 'file:%' AND lower(title) = lower(?)
               AND id != ?""",
            (row["source_id"], row["title"], article_id),
        ).rowcount


def get_article(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """One article as a plain dict with its paragraphs and comments."""
    row = conn.execute(
        """SELECT a.*, s.name AS source FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?""",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    article = dict(row)
    article["paragraphs"] = [
        dict(r)
        for r in conn.execute(
            "SELECT id, position, kind, text FROM paragraphs WHERE article_id = ? ORDER BY position", (article_id,)
        )
    ]
    article["comments"] = [
        dict(r)
        for r in conn.execute(
            """SELECT id, position, external_id, parent_id, author, posted, text, moderated
               FROM comments WHERE article_id = ? ORDER BY position, id""",
            (article_id,),
        )
    ]
    return article


def iter_article_ids(conn: sqlite3.Connection) -> Iterator[int]:
    for (article_id,) in conn.execute("SELECT id FROM articles ORDER BY published, id").fetchall():
        yield article_id


def comments_digest(conn: sqlite3.Connection, article_id: int) -> str:
    """A digest of an article's comment thread: changes whenever a comment is added or edited."""
    rows = conn.execute(
        "SELECT key, content_hash FROM comments WHERE article_id = ? ORDER BY key", (article_id,)
    ).fetchall()
    return content_hash(*[f"{r[0]}={r[1]}" for r in rows])


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables, for summaries and health checks."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _COUNTED}


_COUNTED = (
    "sources",
    "articles",
    "paragraphs",
    "comments",
    "sentences",
    "quotes",
    "annotations",
    "labels",
    "runs",
    "errors",
)


def summary(conn: sqlite3.Connection, *, speakers: int = 5) -> dict:
    """What the store holds, for a command's closing lines: :func:`counts`, the first and last
    year of publication, annotations by unit type and sentiment, units per theme, and the
    most quoted speakers."""
    years = conn.execute("SELECT min(substr(published, 1, 4)), max(substr(published, 1, 4)) FROM articles").fetchone()
    by_sentiment: dict[str, dict[str, int]] = {}
    for unit_type, sentiment, n in conn.execute(
        "SELECT unit_type, sentiment, count(*) FROM annotations GROUP BY unit_type, sentiment ORDER BY 1, 2"
    ):
        by_sentiment.setdefault(unit_type, {})[sentiment] = n
    themes = conn.execute("SELECT theme, count(*) FROM annotation_themes GROUP BY theme ORDER BY 2 DESC").fetchall()
    quoted = conn.execute(
        "SELECT speaker_name, count(*) FROM quotes WHERE speaker_name IS NOT NULL "
        "GROUP BY speaker_name ORDER BY 2 DESC, 1 LIMIT ?",
        (speakers,),
    ).fetchall()
    return {
        "counts": counts(conn),
        "years": (years[0], years[1]) if years[0] else None,
        "sentiment": by_sentiment,
        "themes": {t: n for t, n in themes},
        "speakers": [(s, n) for s, n in quoted],
    }


def count_rows(conn: sqlite3.Connection, table: str) -> int:
    """Rows in one of the store's tables (a name from :func:`counts`)."""
    if table not in _COUNTED:
        raise ValueError(f"unknown table {table!r}")
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def max_article_id(conn: sqlite3.Connection) -> int:
    """The highest article id (0 in an empty store)."""
    return conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]


def optimise(conn: sqlite3.Connection, *, checkpoint: bool = False) -> None:
    """Refresh the query planner's statistics (``ANALYZE``) after a large load; with
    ``checkpoint``, also fold the write-ahead log into the database file."""
    if checkpoint:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")


def set_cache_size(conn: sqlite3.Connection, mebibytes: int) -> None:
    """The page cache of this connection (a large one speeds up bulk loads)."""
    conn.execute(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")


def article_content_hash(conn: sqlite3.Connection, article_id: int) -> str | None:
    """The stored content hash of an article (None once it is deleted)."""
    row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


# --------------------------------------------------------------------------- runs and errors


def start_run(conn: sqlite3.Connection, kind: str, args: dict | None = None) -> int:
    """Record a run as ``running``, with this process's pid and host (``args`` may name others),
    after closing the runs of any kind whose process is gone (:func:`close_stale_runs`)."""
    close_stale_runs(conn)
    args = {"pid": os.getpid(), "host": socket.gethostname(), **(args or {})}
    with transaction(conn):
        return conn.execute(
            "INSERT INTO runs(kind, started, args) VALUES (?, ?, ?)", (kind, utcnow(), json.dumps(args, default=str))
        ).lastrowid


def close_stale_runs(conn: sqlite3.Connection, kind: str | None = None) -> int:
    """Mark as ``interrupted`` the runs (of ``kind``, or of every kind) still ``running`` whose
    process on this host is gone (killed, or the machine went down), so ``runs`` and the health
    page tell the truth.  A run whose process is alive, or that was started on another host,
    is left alone; a run that recorded no pid (an older gpwatch) counts as gone.  Returns how
    many were closed.  :func:`start_run` calls this first, so every command that records a run
    cleans up after the ones that were killed."""
    sql = "SELECT id, args FROM runs WHERE status = 'running'" + (" AND kind = ?" if kind else "")
    here = socket.gethostname()
    closed = 0
    for run_id, args in conn.execute(sql, (kind,) if kind else ()).fetchall():
        try:
            info = json.loads(args or "{}")
        except ValueError:
            info = {}
        pid, host = info.get("pid"), info.get("host")
        if host not in (None, here) or (isinstance(pid, int) and _process_alive(pid)):
            continue
        with transaction(conn):
            closed += conn.execute(
                "UPDATE runs SET status = 'interrupted', finished = ? WHERE id = ? AND status = 'running'",
                (utcnow(), run_id),
            ).rowcount
    return closed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def finish_run(conn: sqlite3.Connection, run_id: int, status: str, counts: dict | None = None) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE runs SET finished = ?, status = ?, counts = ? WHERE id = ?",
            (utcnow(), status, json.dumps(counts or {}, default=str), run_id),
        )


def record_error(
    conn: sqlite3.Connection, run_id: int | None, location: str, reason: str, source: str | None = None
) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO errors(run_id, at, source, location, reason) VALUES (?, ?, ?, ?, ?)",
            (run_id, utcnow(), source, str(location), reason),
        )


def last_run(conn: sqlite3.Connection, kind: str | None = None) -> dict | None:
    sql = "SELECT * FROM runs" + (" WHERE kind = ?" if kind else "") + " ORDER BY id DESC LIMIT 1"
    row = conn.execute(sql, (kind,) if kind else ()).fetchone()
    if row is None:
        return None
    run = dict(row)
    run["counts"] = json.loads(run["counts"] or "{}")
    run["args"] = json.loads(run["args"] or "{}")
    return run
