"""Checks of a whole store, for tests, benchmarks and operators: the database's and every
full-text index's integrity (the backend's :meth:`~corpora.backend.Backend.integrity_check`), a snapshot of what it holds by natural keys (to compare two stores made by
different runs), row counts read without disturbing a writer, and the runs still marked
``running``.  Each function takes the store's path and opens its own connection.
"""

from __future__ import annotations

import os

from corpora.backend import Connection, StoreError
from corpora.store import Store, schema_version


def _read_only(db: str | os.PathLike, timeout: float = 5.0) -> Connection:
    return Store(db).connect(readonly=True, timeout=timeout)


def _rows(conn: Connection, sql: str) -> list[tuple]:
    return sorted(tuple(r) for r in conn.execute(sql).fetchall())


SNAPSHOT_PARTS = (
    "articles",
    "paragraphs",
    "comments",
    "sentences",
    "quotes",
    "processing",
    "annotations",
    "frontier",
)


def snapshot(db: str | os.PathLike) -> dict[str, list[tuple]]:
    """Everything a run stores, by natural keys (URLs, positions, comment keys; never row
    ids, which differ between runs), as sorted lists so duplicates count.  A store whose
    schema was never written (a run killed between creating the file and its first
    migration) holds nothing: every list is empty."""
    conn = _read_only(db)
    try:
        if schema_version(conn) == 0:
            return {part: [] for part in SNAPSHOT_PARTS}
        unit = """CASE WHEN s.paragraph_id IS NOT NULL
                       THEN 'p' || (SELECT position FROM paragraphs WHERE id = s.paragraph_id)
                       ELSE 'c:' || (SELECT key FROM comments WHERE id = s.comment_id) END"""
        snap = {
            "articles": _rows(
                conn,
                """SELECT url, title, standfirst, byline, section, published, content_hash,
                                              comments_declared FROM articles""",
            ),
            "paragraphs": _rows(
                conn,
                """SELECT a.url, p.position, p.kind, p.text FROM paragraphs p
                                         JOIN articles a ON a.id = p.article_id""",
            ),
            "comments": _rows(
                conn,
                """SELECT a.url, c.key, c.position, c.external_id,
                                              (SELECT key FROM comments x WHERE x.id = c.parent_id),
                                              c.author, c.posted, c.text, c.moderated
                                       FROM comments c JOIN articles a ON a.id = c.article_id""",
            ),
            "sentences": _rows(
                conn,
                f"""SELECT a.url, {unit}, s.position, s.start, s."end", s.text
                                        FROM sentences s JOIN articles a ON a.id = s.article_id""",
            ),
            "quotes": _rows(
                conn,
                """SELECT a.url, (SELECT position FROM paragraphs WHERE id = q.paragraph_id),
                                            q.position, q.start, q."end", q.text, q.speaker, q.speaker_name,
                                            q.speaker_role, q.speaker_org, q.cue, q.fragment
                                     FROM quotes q JOIN articles a ON a.id = q.article_id""",
            ),
            "processing": _rows(
                conn,
                """SELECT a.url, p.pipeline_version, p.content_hash, p.comments_hash,
                                                p.model_version FROM processing p
                                         JOIN articles a ON a.id = p.article_id""",
            ),
            "annotations": _rows(
                conn,
                """SELECT a.url, an.unit_type, an.model_version, an.sentiment, an.themes
                                          FROM annotations an JOIN articles a ON a.id = an.article_id""",
            ),
            "frontier": _rows(conn, "SELECT url, state FROM frontier"),
        }
    finally:
        conn.close()
    return snap


def integrity(db: str | os.PathLike) -> str:
    """``ok`` when the database's own integrity check and every full-text index's pass, else what failed."""
    store = Store(db)
    return store.backend.integrity_check(store.path)


def row_count(db: str | os.PathLike, table: str) -> int:
    """Rows in ``table`` now, read without disturbing the writer (-1 before the table exists)."""
    store = Store(db)
    try:
        conn = _read_only(db, timeout=1)
    except (StoreError, store.backend.Error):
        return -1
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except store.backend.Error:
        return -1
    finally:
        conn.close()


def stale_runs(db: str | os.PathLike) -> int:
    """Runs still marked ``running`` (none should be once a rerun has finished)."""
    conn = _read_only(db)
    try:
        return conn.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()[0]
    finally:
        conn.close()


def checkpoint(db: str | os.PathLike) -> None:
    """Make the store's file hold everything committed (SQLite: fold the write-ahead log into
    the database file), so that copying the file copies everything."""
    store = Store(db)
    store.backend.checkpoint(store.path)
