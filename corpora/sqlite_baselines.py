"""What the benchmarks measure the SQLite store against: plain SQLite without the store's
schema, indexes or full-text indexes (part of the SQLite backend: it is SQLite by nature).  Only ``benchmarks/`` uses this; it lives here because every
SQL statement of the project lives in ``corpora/``.

* :func:`bare_insert`: the same rows written with one ``executemany`` per table into bare
  tables (no constraints, no triggers, no FTS5): the baseline of the ingest benchmark.
* :func:`search_statements` / :func:`run_search`: the search benchmark's page and count
  queries, by FTS5 ``MATCH`` or by ``LIKE`` scan of the same table.
* :func:`like_scan`: the app benchmark's ``LIKE`` baseline for a search.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from corpora import queries
from corpora.records import ArticleRecord
from corpora.sqlite_backend import SQLITE

BARE_SCHEMA = """
CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT, title TEXT, standfirst TEXT, byline TEXT, section TEXT,
                       published TEXT, content_hash TEXT);
CREATE TABLE paragraphs (id INTEGER PRIMARY KEY, article_id INTEGER, position INTEGER, kind TEXT, text TEXT);
CREATE TABLE comments (id INTEGER PRIMARY KEY, article_id INTEGER, position INTEGER, key TEXT, author TEXT,
                       posted TEXT, text TEXT, content_hash TEXT);
"""


def open_bare(path: str | Path) -> sqlite3.Connection:
    """A new database of bare tables (WAL, synchronous=NORMAL, as the store)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.executescript(BARE_SCHEMA)
    return conn


def bare_insert(conn: sqlite3.Connection, records: Iterable[ArticleRecord]) -> None:
    """Write articles, paragraphs and comments with one ``executemany`` per table, one transaction."""
    articles, paragraphs, comments = [], [], []
    for a_id, r in enumerate(records, 1):
        articles.append((a_id, r.url, r.title, r.standfirst, r.byline, r.section, r.published, r.hash))
        paragraphs.extend((a_id, i, p.kind, p.text) for i, p in enumerate(r.paragraphs))
        comments.extend((a_id, i, c.key, c.author, c.posted, c.text, c.hash) for i, c in enumerate(r.comments))
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", articles)
    conn.executemany("INSERT INTO paragraphs(article_id, position, kind, text) VALUES (?, ?, ?, ?)", paragraphs)
    conn.executemany(
        "INSERT INTO comments(article_id, position, key, author, posted, text, content_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        comments,
    )
    conn.execute("COMMIT")


def text_bytes(conn: sqlite3.Connection) -> int:
    """Bytes of UTF-8 text in the store's paragraphs and comments (the raw size of the corpus)."""
    return sum(
        conn.execute(f"SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM {t}").fetchone()[0]
        for t in ("paragraphs", "comments")
    )


def sentence_text_bytes(conn: sqlite3.Connection) -> int:
    """UTF-8 bytes of the stored sentences' own text (each a slice of its paragraph or comment)."""
    return conn.execute("SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM sentences").fetchone()[0]


# scope -> (unit table, fts table, SQL for the ordering date, joins, filter joins, filter SQL)
SEARCH_SCOPES = {
    "comments": (
        "comments",
        "comments_fts",
        "a.published",
        " JOIN articles a ON a.id = u.article_id",
        " JOIN articles a ON a.id = u.article_id JOIN annotations n ON n.unit_type = 'comment' AND n.unit_id = u.id",
        " AND a.published >= ? AND a.published < ? AND n.sentiment = 'negative'",
    ),
    "paragraphs": (
        "paragraphs",
        "paragraphs_fts",
        "a.published",
        " JOIN articles a ON a.id = u.article_id",
        " JOIN articles a ON a.id = u.article_id",
        " AND a.published >= ? AND a.published < ? AND a.section = 'news'",
    ),
    "quotes": (
        "quotes",
        "quotes_fts",
        "a.published",
        " JOIN articles a ON a.id = u.article_id",
        " JOIN articles a ON a.id = u.article_id JOIN annotations n ON n.unit_type = 'quote' AND n.unit_id = u.id",
        " AND a.published >= ? AND a.published < ? AND n.sentiment = 'negative'",
    ),
}


#: the filters the app's search page offers for each scope (the app has no section filter, so its
#: filtered paragraph search is the publication window alone)
APP_FILTER_SQL = {
    "comments": SEARCH_SCOPES["comments"][5],
    "paragraphs": " AND a.published >= ? AND a.published < ?",
    "quotes": SEARCH_SCOPES["quotes"][5],
}


def search_statements(scope: str, method: str, filtered: bool, *, app_filters: bool = False) -> tuple[str, str]:
    """(page SQL, count SQL) for one scope, method (fts | like) and filter setting.  Filtered
    statements take two more parameters: the start and end (exclusive) of publication.  With
    ``app_filters`` a filtered statement has the filters of the app's search page instead
    (:data:`APP_FILTER_SQL`), for the baseline of the app's own search."""
    table, fts, order, join, fjoin, fsql = SEARCH_SCOPES[scope]
    if app_filters:
        fsql = APP_FILTER_SQL[scope]
    joins = fjoin if filtered else join
    extra = fsql if filtered else ""
    if method == "fts":
        source = f"{fts} f JOIN {table} u ON u.id = f.rowid{joins}"
        where = f"{fts} MATCH ?"
    else:
        source = f"{table} u{joins}"
        where = "u.text LIKE ?"
    page = f"SELECT u.id FROM {source} WHERE {where}{extra} ORDER BY {order} DESC, u.id DESC LIMIT 20"
    if method == "fts" and not filtered:  # every indexed row has its unit: the index alone counts
        count = f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?"
    else:
        count = f"SELECT count(*) FROM {source} WHERE {where}{extra}"
    return page, count


#: the filters of the filtered search statements, as full-text filter tokens (migration 8)
SEARCH_FILTERS = {
    "comments": {"sentiment": "negative"},
    "paragraphs": {"section": "news"},
    "quotes": {"sentiment": "negative"},
}


def fts_search_param(scope: str, query: str, filtered: bool, window: tuple[str, str]) -> str:
    """The ``MATCH`` parameter of :func:`search_statements`' FTS5 statements: the query on the
    text column, and when ``filtered`` the filters' tokens (the statements keep the conditions)."""
    table = SEARCH_SCOPES[scope][0]
    if not filtered:
        return SQLITE.fts_query(table, query)
    return SQLITE.fts_filtered_query(table, query, start=window[0], end=window[1], **SEARCH_FILTERS[scope])


#: the filters' conditions of the filtered statements, on ``u`` and ``a`` alone (one annotation a unit)
SEARCH_CONDITIONS = {
    "comments": "EXISTS (SELECT 1 FROM annotations n WHERE n.unit_type = 'comment' AND n.unit_id = u.id "
    "AND n.sentiment = 'negative')",
    "paragraphs": "a.section = 'news'",
    "quotes": "EXISTS (SELECT 1 FROM annotations n WHERE n.unit_type = 'quote' AND n.unit_id = u.id "
    "AND n.sentiment = 'negative')",
}


def run_newest(
    conn: sqlite3.Connection, scope: str, query: str, *, count: bool = True, window: tuple[str, str] | None = None
) -> int:
    """The FTS5 search read newest year (or month) first (:func:`corpora.queries.newest_matches`:
    the same 20 ids as the page statement of :func:`search_statements`, without reading every
    match) and its count (unfiltered: from the full-text index alone; with ``window``, the
    filters of the filtered statements and their count statement); returns the count (or -1)."""
    table, fts = SEARCH_SCOPES[scope][:2]
    if window is None:
        queries.newest_matches(conn, table, query, 20)
        count_sql, params = f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", [SQLITE.fts_query(table, query)]
    else:
        queries.newest_matches(
            conn,
            table,
            query,
            20,
            start=window[0],
            end=window[1],
            where=SEARCH_CONDITIONS[scope],
            **SEARCH_FILTERS[scope],
        )
        count_sql = search_statements(scope, "fts", True)[1]
        params = [fts_search_param(scope, query, True, window), *window]
    return conn.execute(count_sql, params).fetchone()[0] if count else -1


def run_search(conn: sqlite3.Connection, statements: tuple[str, str], params: list, *, count: bool = True) -> int:
    """Run a page statement (and its count, unless ``count`` is False); returns the count (or -1)."""
    page_sql, count_sql = statements
    conn.execute(page_sql, params).fetchall()
    return conn.execute(count_sql, params).fetchone()[0] if count else -1


LIKE_TABLES = {"comment": "comments", "paragraph": "paragraphs", "quote": "quotes"}


def like_scan(conn: sqlite3.Connection, scope: str, pattern: str, cap: int) -> None:
    """A search as a ``LIKE`` scan: the count up to ``cap`` and the 20 newest rows."""
    table = LIKE_TABLES[scope]
    conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE text LIKE ? LIMIT ?)", (pattern, cap + 1)
    ).fetchone()
    conn.execute(f"SELECT id, text FROM {table} WHERE text LIKE ? ORDER BY id DESC LIMIT 20", (pattern,)).fetchall()
