"""The corpus store: the small repository API that the scraper, the language pipeline and
the app use, over a storage backend (SQLite by default: :mod:`corpora.sqlite_backend`).

:class:`Store` is the one object that knows where a corpus lives: its location, its backend,
its connections (read-only and writable), its models folder, and every statement run against
it (through the functions of this module and of :mod:`corpora.analysis_store`,
:mod:`corpora.crawl_store`, :mod:`corpora.queries`, :mod:`corpora.bulk` and
:mod:`corpora.export`, which take one of its connections first, sqlite-utils style).
No module outside ``corpora/`` runs SQL (``tests/test_architecture.py`` checks).

The SQL of these modules is dialect-neutral; what differs between databases is asked of the
connection's backend (:func:`corpora.backend.backend_of`), see :class:`corpora.backend.Backend`.

A connection made here knows its store (``conn.store``), so code handed a connection
finds the store's models folder and backend without asking the database where it is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from corpora.backend import (  # QueryTimeout, StoreError: defined with the protocol, raised by every backend
    Backend,
    Connection,
    QueryTimeout,  # noqa: F401
    StoreError,
    backend_for,
    backend_of,
)
from corpora.records import ArticleRecord, CommentRecord, Paragraph, content_hash

DEFAULT_DB = Path("data") / "gpwatch.db"
ENV_DB = "GPWATCH_DB"


def time_limit(conn: Connection, seconds: float) -> contextlib.AbstractContextManager[None]:
    """Stop any statement on ``conn`` that runs longer than ``seconds`` in this block,
    raising :class:`QueryTimeout`; the connection stays usable (the backend's
    :meth:`~corpora.backend.Backend.time_limit`)."""
    return backend_of(conn).time_limit(conn, seconds)


def default_db_path() -> Path:
    """The store every command uses without ``--db``: ``$GPWATCH_DB``, else ``data/gpwatch.db``.
    The one place the default is worked out (the app gets ``--db`` through ``$GPWATCH_DB``)."""
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def location(text: str | os.PathLike) -> str | Path:
    """A store location as a command line gives it (``--db``, ``$GPWATCH_DB``): a URL
    (``SCHEME://...``, a backend's) stays text, anything else is a path."""
    text = os.fspath(text)
    return text if isinstance(text, str) and "://" in text else Path(text)


def default_location() -> str | Path:
    """:func:`default_db_path`, kept as text when ``$GPWATCH_DB`` is a URL (``SCHEME://...``)."""
    return location(os.environ.get(ENV_DB) or DEFAULT_DB)


def canonical_location(where: str | os.PathLike) -> str | Path:
    """One spelling per store: a path made absolute, a URL as it is (cache keys, ``$GPWATCH_DB``
    handed to the app)."""
    where = location(where)
    return where.resolve() if isinstance(where, Path) else where


class Store:
    """One corpus store: its location, its backend, its connections, its models folder.

    ``Store(location)`` opens nothing.  The location is a path (a SQLite file, as always) or
    a URL whose scheme a registered backend opens (:func:`corpora.backend.backend_for`);
    ``backend`` picks one by name instead.  :attr:`writer` (created and migrated on first
    use) and :attr:`reader` (read-only, never creates anything) are opened when first asked
    for and kept; :meth:`connect` makes a new one (one per thread or process).  The models
    trained for this corpus live in :attr:`models_dir`.

    The methods below are the operations commands need; the rest of the repository API is
    the functions of the ``corpora`` modules, each taking one of this store's connections.
    A second database plugs in below this class: see "Adding a storage backend" in the README.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, backend: str | Backend | None = None):
        location = path if path is not None else default_location()
        if backend is None:
            self.backend: Backend = backend_for(location)
        elif isinstance(backend, str):
            from corpora.backend import get_backend

            self.backend = get_backend(backend)
        else:
            self.backend = backend
        #: the backend's form of the location (a :class:`~pathlib.Path` for SQLite)
        self.path: Any = self.backend.parse(location)

    def __repr__(self) -> str:
        return f"Store({self.backend.describe(self.path)!r})"

    @classmethod
    def of(cls, conn: Connection) -> Store:
        """The store behind a connection made by :func:`connect` (or :meth:`connect`)."""
        store = getattr(conn, "store", None)
        if store is None:
            raise StoreError("this connection was not opened through corpora.store.connect")
        return store

    # ---------------------------------------------------------------- connections

    def connect(self, *, readonly: bool = False, timeout: float = 30.0) -> Connection:
        """A new connection in autocommit mode (group writes with :func:`transaction`); the
        caller closes it.  A writer creates and migrates the store; a read-only connection
        never creates or migrates anything (:class:`StoreError` when there is no store)."""
        backend = self.backend
        conn = backend.connect(self.path, readonly=readonly, timeout=timeout)
        conn.store = Store(self.path, backend=backend)
        if not readonly:
            try:
                backend.migrate(conn)
            except backend.Error as exc:
                conn.close()
                raise StoreError(f"{backend.describe(self.path)}: cannot open the store ({exc})") from exc
            except BaseException:
                conn.close()
                raise
        return conn

    @cached_property
    def writer(self) -> Connection:
        """This store's writable connection (creates and migrates the store on first use)."""
        return self.connect()

    @cached_property
    def reader(self) -> Connection:
        """This store's read-only connection (raises :class:`StoreError` when there is no store)."""
        return self.connect(readonly=True)

    def exists(self) -> bool:
        return self.backend.exists(self.path)

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
        """Where this store's models live (SQLite: ``<folder of the store>/models``)."""
        return self.backend.models_dir(self.path)

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


def connect(path: str | os.PathLike | None = None, *, readonly: bool = False) -> Connection:
    """Open (and for writers create and migrate) the store at ``path`` (:meth:`Store.connect`).

    The connection is in autocommit mode; group writes with :func:`transaction`.
    A read-only connection never creates or migrates anything.
    """
    return Store(path).connect(readonly=readonly)


def migrate(conn: Connection) -> int:
    """Apply the migrations this store has not had yet; return the schema version."""
    return backend_of(conn).migrate(conn)


def schema_version(conn: Connection) -> int:
    """How many schema migrations the store has had."""
    return backend_of(conn).schema_version(conn)


def transaction(conn: Connection) -> contextlib.AbstractContextManager[Connection]:
    """A write transaction, rolled back on any exception; nested use joins the outer one.

    Storage failures (a full disk, a read-only file, a lock held too long) become a
    :class:`StoreError` naming the store (the backend's
    :meth:`~corpora.backend.Backend.transaction`).
    """
    return backend_of(conn).transaction(conn)


# --------------------------------------------------------------------------- meta


def get_meta(conn: Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: Connection, key: str, value: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def corpus_secret(conn: Connection) -> str:
    """The per-corpus secret used to pseudonymise commenters (created on first use)."""
    with transaction(conn):
        value = get_meta(conn, "pseudonym_secret")
        if value is None:
            value = secrets.token_hex(32)
            conn.execute("INSERT INTO meta(key, value) VALUES ('pseudonym_secret', ?)", (value,))
    return value


# --------------------------------------------------------------------------- sources


def ensure_source(conn: Connection, name: str, base_url: str | None = None, kind: str = "site") -> int:
    row = conn.execute("SELECT id, base_url FROM sources WHERE name = ?", (name,)).fetchone()
    if row:
        if base_url and not row["base_url"]:
            conn.execute("UPDATE sources SET base_url = ? WHERE id = ?", (base_url, row["id"]))
        return row["id"]
    return backend_of(conn).insert_id(
        conn, "INSERT INTO sources(name, base_url, kind) VALUES (?, ?, ?)", (name, base_url, kind)
    )


# --------------------------------------------------------------------------- articles


@dataclass
class UpsertResult:
    article_id: int
    status: str  # new | updated | unchanged
    new_comments: int = 0
    updated_comments: int = 0


def upsert_article(conn: Connection, record: ArticleRecord, *, fetched: str | None = None) -> UpsertResult:
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
            article_id = backend_of(conn).insert_id(
                conn,
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
            )
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
    conn: Connection, article_id: int, comments: list[CommentRecord], *, start_position: int | None = None
) -> tuple[int, int]:
    """Upsert comments found on a later comment page; returns (new, updated)."""
    with transaction(conn):
        return _upsert_comments(conn, article_id, comments, utcnow(), start_position=start_position)


def _insert_paragraphs(conn: Connection, article_id: int, paragraphs: list[Paragraph]) -> None:
    conn.executemany(
        "INSERT INTO paragraphs(article_id, position, kind, text) VALUES (?, ?, ?, ?)",
        [(article_id, i, p.kind, p.text) for i, p in enumerate(paragraphs)],
    )


def _upsert_comments(
    conn: Connection,
    article_id: int,
    comments: list[CommentRecord],
    now: str,
    *,
    start_position: int | None = None,
) -> tuple[int, int]:
    existing = {
        r["key"]: r
        for r in conn.execute(
            "SELECT id, key, position, author, posted, text, moderated FROM comments WHERE article_id = ?",
            (article_id,),
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
            cid = backend_of(conn).insert_id(
                conn,
                """INSERT INTO comments(article_id, position, key, external_id, author, posted, text, moderated,
                       first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (article_id, position, key, c.external_id, c.author, c.posted, c.text, int(c.moderated), now),
            )
            new += 1
        else:
            cid = row["id"]
            if _stored_comment_hash(row) != c.hash:
                conn.execute(
                    "UPDATE comments SET author = ?, posted = ?, text = ?, moderated = ? WHERE id = ?",
                    (c.author, c.posted, c.text, int(c.moderated), cid),
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
                "UPDATE comments SET parent_id = ? WHERE id = ? AND "
                + backend_of(conn).distinct_from("parent_id", "?"),
                (parent, ids_by_external[c.external_id], parent),
            )
    return new, updated


def article_id_for_url(conn: Connection, url: str) -> int | None:
    row = conn.execute("SELECT id FROM articles WHERE url = ?", (url,)).fetchone()
    return row[0] if row else None


def delete_article(conn: Connection, article_id: int) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def real_copy_of(conn: Connection, source: str, title: str | None) -> int | None:
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


def supersede_file_copies(conn: Connection, article_id: int) -> int:
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


def get_article(conn: Connection, article_id: int) -> dict | None:
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


def iter_article_ids(conn: Connection) -> Iterator[int]:
    for (article_id,) in conn.execute("SELECT id FROM articles ORDER BY published, id").fetchall():
        yield article_id


def comments_digest(conn: Connection, article_id: int) -> str:
    """A digest of an article's comment thread: changes whenever a comment is added or edited."""
    rows = conn.execute(
        "SELECT key, author, posted, text, moderated FROM comments WHERE article_id = ? ORDER BY key", (article_id,)
    ).fetchall()
    return content_hash(*[f"{r['key']}={_stored_comment_hash(r)}" for r in rows])


def _stored_comment_hash(row) -> str:
    """A stored comment's :attr:`CommentRecord.hash` (sha256 of author, posted, text and
    moderated), computed from those columns: the store keeps no copy of it (migration 6)."""
    return content_hash(row["author"], row["posted"], row["text"], bool(row["moderated"]))


def counts(conn: Connection) -> dict[str, int]:
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


def summary(conn: Connection, *, speakers: int = 5) -> dict:
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


def count_rows(conn: Connection, table: str) -> int:
    """Rows in one of the store's tables (a name from :func:`counts`)."""
    if table not in _COUNTED:
        raise ValueError(f"unknown table {table!r}")
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def max_article_id(conn: Connection) -> int:
    """The highest article id (0 in an empty store)."""
    return conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]


def optimise(conn: Connection, *, checkpoint: bool = False) -> None:
    """Refresh the query planner's statistics after a large load; with ``checkpoint``, also
    fold any write-ahead log into the database file."""
    backend_of(conn).optimise(conn, checkpoint=checkpoint)


def set_cache_size(conn: Connection, mebibytes: int) -> None:
    """The page cache of this connection (a large one speeds up bulk loads)."""
    backend_of(conn).set_cache_size(conn, mebibytes)


def size_by_part(conn: Connection) -> dict[str, int]:
    """Bytes of the store's storage by part (text tables, full-text indexes, annotations, the rest)."""
    return backend_of(conn).size_by_part(conn)


def article_content_hash(conn: Connection, article_id: int) -> str | None:
    """The stored content hash of an article (None once it is deleted)."""
    row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


# --------------------------------------------------------------------------- runs and errors


def start_run(conn: Connection, kind: str, args: dict | None = None) -> int:
    """Record a run as ``running``, with this process's pid and host (``args`` may name others),
    after closing the runs of any kind whose process is gone (:func:`close_stale_runs`)."""
    close_stale_runs(conn)
    args = {"pid": os.getpid(), "host": socket.gethostname(), **(args or {})}
    with transaction(conn):
        return backend_of(conn).insert_id(
            conn,
            "INSERT INTO runs(kind, started, args) VALUES (?, ?, ?)",
            (kind, utcnow(), json.dumps(args, default=str)),
        )


def close_stale_runs(conn: Connection, kind: str | None = None) -> int:
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


def finish_run(conn: Connection, run_id: int, status: str, counts: dict | None = None) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE runs SET finished = ?, status = ?, counts = ? WHERE id = ?",
            (utcnow(), status, json.dumps(counts or {}, default=str), run_id),
        )


def record_error(conn: Connection, run_id: int | None, location: str, reason: str, source: str | None = None) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO errors(run_id, at, source, location, reason) VALUES (?, ?, ?, ?, ?)",
            (run_id, utcnow(), source, str(location), reason),
        )


def last_run(conn: Connection, kind: str | None = None) -> dict | None:
    sql = "SELECT * FROM runs" + (" WHERE kind = ?" if kind else "") + " ORDER BY id DESC LIMIT 1"
    row = conn.execute(sql, (kind,) if kind else ()).fetchone()
    if row is None:
        return None
    run = dict(row)
    run["counts"] = json.loads(run["counts"] or "{}")
    run["args"] = json.loads(run["args"] or "{}")
    return run
