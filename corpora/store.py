"""The corpus store: SQLite (WAL, foreign keys, FTS5) and the small repository
API that the scraper, the language pipeline and the app use.

No other module writes SQL against these tables' rows directly: add a function
here instead.  Functions take an open connection first, sqlite-utils style.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from corpora.records import ArticleRecord, CommentRecord, Paragraph, content_hash
from corpora.schema import MIGRATIONS

DEFAULT_DB = Path("data") / "gpwatch.db"


class StoreError(Exception):
    """The store cannot be opened or written (read-only, full disk, not a store)."""


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
    return Path(os.environ.get("GPWATCH_DB") or DEFAULT_DB)


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
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False, timeout=30)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, timeout=30)
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
    try:
        path = conn.execute("PRAGMA database_list").fetchone()[2] or "store"
    except sqlite3.Error:
        path = "store"
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
    return conn.execute(
        "INSERT INTO sources(name, base_url, kind) VALUES (?, ?, ?)", (name, base_url, kind)
    ).lastrowid


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
        row = conn.execute("SELECT id, content_hash, comments_declared, etag, last_modified FROM articles WHERE url = ?",
                           (record.url,)).fetchone()
        if row is None:
            article_id = conn.execute(
                """INSERT INTO articles(source_id, url, title, standfirst, byline, section, published, fetched,
                       content_hash, comments_declared, origin, etag, last_modified)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (source_id, record.url, record.title, record.standfirst, record.byline, record.section,
                 record.published, fetched, digest, record.comments_declared, record.origin,
                 record.etag, record.last_modified),
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
                    (source_id, record.title, record.standfirst, record.byline, record.section,
                     record.published, fetched, digest, record.origin, article_id),
                )
                conn.execute("DELETE FROM paragraphs WHERE article_id = ?", (article_id,))
                _insert_paragraphs(conn, article_id, record.paragraphs)
                status = "updated"
            if record.comments_declared is not None and record.comments_declared != row["comments_declared"]:
                conn.execute("UPDATE articles SET comments_declared = ? WHERE id = ?",
                             (record.comments_declared, article_id))
            if (record.etag, record.last_modified) != (row["etag"], row["last_modified"]) and (
                record.etag or record.last_modified
            ):
                conn.execute("UPDATE articles SET etag = ?, last_modified = ? WHERE id = ?",
                             (record.etag, record.last_modified, article_id))
        new, updated = _upsert_comments(conn, article_id, record.comments, fetched)
        if status == "unchanged" and (new or updated):
            status = "updated"
        if status != "unchanged" and not record.url.startswith("file:"):
            supersede_file_copies(conn, article_id)  # a saved dump of this page is now redundant
    return UpsertResult(article_id, status, new, updated)


def add_comments(conn: sqlite3.Connection, article_id: int, comments: list[CommentRecord],
                 *, start_position: int | None = None) -> tuple[int, int]:
    """Upsert comments found on a later comment page; returns (new, updated)."""
    with transaction(conn):
        return _upsert_comments(conn, article_id, comments, utcnow(), start_position=start_position)


def _insert_paragraphs(conn: sqlite3.Connection, article_id: int, paragraphs: list[Paragraph]) -> None:
    conn.executemany(
        "INSERT INTO paragraphs(article_id, position, kind, text) VALUES (?, ?, ?, ?)",
        [(article_id, i, p.kind, p.text) for i, p in enumerate(paragraphs)],
    )


def _upsert_comments(conn: sqlite3.Connection, article_id: int, comments: list[CommentRecord], now: str,
                     *, start_position: int | None = None) -> tuple[int, int]:
    existing = {
        r["key"]: r
        for r in conn.execute("SELECT id, key, position, content_hash FROM comments WHERE article_id = ?",
                              (article_id,))
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
                (article_id, position, key, c.external_id, c.author, c.posted, c.text, int(c.moderated),
                 c.hash, now),
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
            found = conn.execute("SELECT id FROM comments WHERE article_id = ? AND external_id = ?",
                                 (article_id, c.parent_external_id)).fetchone()
            parent = found[0] if found else None
        if parent is not None:
            conn.execute("UPDATE comments SET parent_id = ? WHERE id = ? AND parent_id IS NOT ?",
                         (parent, ids_by_external[c.external_id], parent))
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
        dict(r) for r in conn.execute(
            "SELECT id, position, kind, text FROM paragraphs WHERE article_id = ? ORDER BY position", (article_id,))
    ]
    article["comments"] = [
        dict(r) for r in conn.execute(
            """SELECT id, position, external_id, parent_id, author, posted, text, moderated
               FROM comments WHERE article_id = ? ORDER BY position, id""", (article_id,))
    ]
    return article


def iter_article_ids(conn: sqlite3.Connection) -> Iterator[int]:
    for (article_id,) in conn.execute("SELECT id FROM articles ORDER BY published, id").fetchall():
        yield article_id


def comments_digest(conn: sqlite3.Connection, article_id: int) -> str:
    """A digest of an article's comment thread: changes whenever a comment is added or edited."""
    rows = conn.execute("SELECT key, content_hash FROM comments WHERE article_id = ? ORDER BY key",
                        (article_id,)).fetchall()
    return content_hash(*[f"{r[0]}={r[1]}" for r in rows])


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables, for summaries and health checks."""
    tables = ("sources", "articles", "paragraphs", "comments", "sentences", "quotes", "annotations", "labels",
              "runs", "errors")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


# --------------------------------------------------------------------------- runs and errors


def start_run(conn: sqlite3.Connection, kind: str, args: dict | None = None) -> int:
    with transaction(conn):
        return conn.execute("INSERT INTO runs(kind, started, args) VALUES (?, ?, ?)",
                            (kind, utcnow(), json.dumps(args or {}, default=str))).lastrowid


def finish_run(conn: sqlite3.Connection, run_id: int, status: str, counts: dict | None = None) -> None:
    with transaction(conn):
        conn.execute("UPDATE runs SET finished = ?, status = ?, counts = ? WHERE id = ?",
                     (utcnow(), status, json.dumps(counts or {}, default=str), run_id))


def record_error(conn: sqlite3.Connection, run_id: int | None, location: str, reason: str,
                 source: str | None = None) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO errors(run_id, at, source, location, reason) VALUES (?, ?, ?, ?, ?)",
                     (run_id, utcnow(), source, str(location), reason))


def last_run(conn: sqlite3.Connection, kind: str | None = None) -> dict | None:
    sql = "SELECT * FROM runs" + (" WHERE kind = ?" if kind else "") + " ORDER BY id DESC LIMIT 1"
    row = conn.execute(sql, (kind,) if kind else ()).fetchone()
    if row is None:
        return None
    run = dict(row)
    run["counts"] = json.loads(run["counts"] or "{}")
    run["args"] = json.loads(run["args"] or "{}")
    return run
