"""Crawl state in the corpus store: conditional-request validators (``http_cache``),
the persistent frontier (``frontier``) and the comment-thread re-check schedule
(``articles.comments_checked`` / ``articles.next_check``).

Only the scraper uses these; like :mod:`corpora.store`, each function takes an open
connection first and every write is its own short transaction, so a crawl killed at any
point leaves a consistent state to resume from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from corpora.backend import Connection, backend_of
from corpora.store import transaction, utcnow

#: A frontier entry is given up (state ``failed``) after this many failed attempts.
MAX_ATTEMPTS = 3


# --------------------------------------------------------------------------- http_cache


@dataclass
class Validators:
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    fetched: str | None = None  # ISO UTC, when these were stored

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


def get_validators(conn: Connection, url: str) -> Validators | None:
    """The ETag / Last-Modified last seen for ``url``, or ``None``."""
    row = conn.execute(
        "SELECT etag, last_modified, content_hash, fetched FROM http_cache WHERE url = ?", (url,)
    ).fetchone()
    return Validators(row[0], row[1], row[2], row[3]) if row else None


def save_validators(
    conn: Connection,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    status: int,
    content_hash: str | None = None,
) -> None:
    """Remember ``url``'s validators.  Call this only once what the response held is
    stored, so that a kill in between costs a re-download, never a lost page."""
    with transaction(conn):
        conn.execute(
            """INSERT INTO http_cache(url, etag, last_modified, status, content_hash, fetched)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                   status = excluded.status, content_hash = excluded.content_hash, fetched = excluded.fetched""",
            (url, etag, last_modified, status, content_hash, utcnow()),
        )


def forget_validators(conn: Connection, url: str) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM http_cache WHERE url = ?", (url,))


# --------------------------------------------------------------------------- frontier


@dataclass
class FrontierItem:
    url: str
    source: str
    kind: str
    attempts: int


def frontier_add(conn: Connection, source: str, urls: Iterable[str], kind: str = "article") -> int:
    """Queue ``urls`` (canonical) for ``source``; URLs already queued or already stored
    as articles are ignored.  Returns how many were new."""
    now = utcnow()
    added = 0
    with transaction(conn):
        for url in urls:
            if conn.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone():
                continue
            cur = conn.execute(
                "INSERT INTO frontier(url, source, kind, discovered) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (url, source, kind, now),
            )
            added += cur.rowcount
    return added


def frontier_pending(conn: Connection, source: str, limit: int | None = None) -> list[FrontierItem]:
    """Entries of ``source`` still to fetch, oldest first."""
    sql = (
        "SELECT url, source, kind, attempts FROM frontier WHERE source = ? AND state = 'pending' ORDER BY "
        + backend_of(conn).row_order
    )
    params: tuple = (source,)
    if limit is not None:
        sql += " LIMIT ?"
        params += (int(limit),)
    return [FrontierItem(*row) for row in conn.execute(sql, params).fetchall()]


def frontier_done(conn: Connection, url: str) -> None:
    with transaction(conn):
        conn.execute("UPDATE frontier SET state = 'done', last_error = NULL WHERE url = ?", (url,))


def frontier_failed(
    conn: Connection, url: str, reason: str, *, max_attempts: int = MAX_ATTEMPTS, permanent: bool = False
) -> str:
    """Count a failed attempt; the entry stays pending for a later run until
    ``max_attempts`` (or at once when ``permanent``).  Returns the new state."""
    with transaction(conn):
        row = conn.execute("SELECT attempts FROM frontier WHERE url = ?", (url,)).fetchone()
        attempts = (row[0] if row else 0) + 1
        state = "failed" if permanent or attempts >= max_attempts else "pending"
        conn.execute(
            "UPDATE frontier SET attempts = ?, state = ?, last_error = ? WHERE url = ?",
            (attempts, state, reason[:500], url),
        )
    return state


def frontier_counts(conn: Connection, source: str | None = None) -> dict[str, int]:
    sql = "SELECT state, count(*) FROM frontier" + (" WHERE source = ?" if source else "") + " GROUP BY state"
    counts = {"pending": 0, "done": 0, "failed": 0}
    counts.update({state: n for state, n in conn.execute(sql, (source,) if source else ()).fetchall()})
    return counts


def is_known(conn: Connection, url: str) -> bool:
    """Whether ``url`` is already stored as an article or queued in the frontier."""
    return bool(
        conn.execute(
            "SELECT 1 FROM articles WHERE url = ? UNION ALL SELECT 1 FROM frontier WHERE url = ?", (url, url)
        ).fetchone()
    )


# --------------------------------------------------------------------------- comment-thread schedule


@dataclass
class DueThread:
    article_id: int
    url: str
    published: str | None
    fetched: str
    comments_checked: str | None


def due_threads(conn: Connection, source: str, now: str, limit: int | None = None) -> list[DueThread]:
    """Crawled articles of ``source`` whose comment thread is due for a re-check at ``now``
    (ISO UTC): ``next_check`` is set and not later than ``now``.  Soonest first."""
    sql = """SELECT a.id, a.url, a.published, a.fetched, a.comments_checked FROM articles a
             JOIN sources s ON s.id = a.source_id
             WHERE s.name = ? AND a.origin = 'crawl' AND a.next_check IS NOT NULL AND a.next_check <= ?
             ORDER BY a.next_check, a.id"""
    params: tuple = (source, now)
    if limit is not None:
        sql += " LIMIT ?"
        params += (int(limit),)
    return [DueThread(*row) for row in conn.execute(sql, params).fetchall()]


def schedule_thread(conn: Connection, article_id: int, *, checked: str, next_check: str | None) -> None:
    """Record a check of an article's comment thread and when it is due next (``None``: never)."""
    with transaction(conn):
        conn.execute(
            "UPDATE articles SET comments_checked = ?, next_check = ? WHERE id = ?", (checked, next_check, article_id)
        )


def thread_schedule(conn: Connection, article_id: int) -> tuple[str | None, str | None]:
    row = conn.execute("SELECT comments_checked, next_check FROM articles WHERE id = ?", (article_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


# --------------------------------------------------------------------------- sources crawled by URL


@dataclass
class StoredSource:
    name: str
    base_url: str | None
    kind: str


def stored_sources(conn: Connection, *, files: bool = False) -> list[StoredSource]:
    """Every source in the store collected from a site (and from files too with ``files``), by name."""
    rows = conn.execute(
        "SELECT name, base_url, kind FROM sources WHERE kind != 'file' OR ? ORDER BY name", (files,)
    ).fetchall()
    return [StoredSource(r[0], r[1], r[2]) for r in rows]


def source_name_for_base(conn: Connection, base_url: str) -> str | None:
    """The name a site crawled from ``base_url`` is stored under, if it was crawled before."""
    row = conn.execute("SELECT name FROM sources WHERE base_url = ? ORDER BY id LIMIT 1", (base_url,)).fetchone()
    return row[0] if row else None


def remember_source(conn: Connection, name: str, base_url: str, kind: str) -> None:
    """Record a crawled source with its base URL (so a refresh can find it again)."""
    with transaction(conn):
        row = conn.execute("SELECT id, base_url FROM sources WHERE name = ?", (name,)).fetchone()
        if row is None:
            conn.execute("INSERT INTO sources(name, base_url, kind) VALUES (?, ?, ?)", (name, base_url, kind))
        elif not row[1]:
            conn.execute("UPDATE sources SET base_url = ? WHERE id = ?", (base_url, row[0]))
