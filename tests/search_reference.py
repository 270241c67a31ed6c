"""The app's search page as it read before issue 18's filtered-page work (commit b4473c3): the
reference that tests/test_search_page_plans.py compares :func:`corpora.queries.search` and
:func:`corpora.queries.search_count` with.  The latest SEARCH_WINDOW matches are read newest
first by one statement (``ORDER BY <id> DESC LIMIT``), grouped by text, and counted the same
way; the page's rows are found by testing every full-text match's id.  It uses the store's
own helpers (the conditions, the full-text parameter, the window plan), so it follows any later
change to what a filter means; only how the window of matches is read is frozen here.
"""

from __future__ import annotations

import json

from corpora import queries
from corpora.backend import backend_of
from corpora.queries import SEARCH_TABLES, SearchFilters, _in, _rows, _search_sql, _window_first


def search(
    conn,
    scope: str,
    fts: str,
    filters: SearchFilters = SearchFilters(),
    limit: int = 20,
    offset: int = 0,
    order: str = "newest",
) -> list[dict]:
    """One page of matches in ``scope`` (quote, comment or paragraph), identical texts
    grouped into one result, each with a keyword-in-context snippet whose matches are
    wrapped in :data:`HIGHLIGHT_START` / :data:`HIGHLIGHT_END`.

    ``order``: ``newest`` (publication date, latest first), ``oldest``, or ``best`` (bm25
    rank; newest first when browsing without a search), among the latest
    :data:`SEARCH_WINDOW` matches stored: exact for any search with fewer matches, and
    bounded work for a search matching half the corpus.  Each result is the latest unit
    of its text, with ``units`` (how many carry that text), ``speakers`` (distinct speakers,
    quotes only) and ``articles`` (distinct articles)."""
    if order not in queries.SEARCH_ORDERS:
        raise ValueError(f"unknown search order {order!r}")
    params: list = []
    # "best" needs the rank, which only the plan driven by the full-text match has
    window = order != "best" and _window_first(conn, scope, fts, filters)
    body = _search_sql(conn, scope, fts, filters, params, window)
    backend = backend_of(conn)
    match = backend.fts_window(SEARCH_TABLES[scope]) if window else backend.fts(SEARCH_TABLES[scope])
    who = "coalesce(u.speaker_name, u.speaker)" if scope == "quote" else "NULL"
    # bm25 reads every match's positions and sizes: only "best" order needs it
    rank = match.rank if fts and not window and order == "best" else "0"
    sort = {
        "newest": "latest DESC, id DESC",
        "oldest": "earliest ASC, id ASC",
        "best": "best ASC, latest DESC, id DESC",
    }[order]
    latest = match.latest if fts else "u.id"
    groups = _rows(
        conn.execute(
            f"""
        WITH m AS MATERIALIZED (SELECT u.id, u.text, u.article_id, {who} AS who, coalesce(a.published, '') AS published,
                          {rank} AS rank {body} ORDER BY {latest} DESC LIMIT {int(queries.SEARCH_WINDOW)})
        SELECT max(id) AS id, count(*) AS units, count(DISTINCT who) AS speakers,
               count(DISTINCT article_id) AS articles, max(published) AS latest, min(published) AS earliest,
               min(rank) AS best
        FROM m GROUP BY text ORDER BY {sort} LIMIT ? OFFSET ?""",
            params + [limit, offset],
        )
    )
    if not groups:
        return []
    params = []
    body = _search_sql(conn, scope, fts, filters, params)
    snippet = (
        backend.fts(SEARCH_TABLES[scope]).snippet
        if fts
        else "CASE WHEN length(u.text) > 300 THEN substr(u.text, 1, 300) || '…' ELSE u.text END"
    )
    extra = {
        "quote": "u.speaker, u.speaker_name, u.speaker_role, u.speaker_org, NULL AS author, NULL AS posted,",
        "comment": "NULL AS speaker, NULL AS speaker_name, NULL AS speaker_role, NULL AS speaker_org, "
        "u.author, u.posted,",
        "paragraph": "NULL AS speaker, NULL AS speaker_name, NULL AS speaker_role, NULL AS speaker_org, "
        "NULL AS author, NULL AS posted,",
    }[scope]
    sentiment = (
        "NULL"
        if scope == "paragraph"
        else f"(SELECT sentiment FROM annotations an WHERE an.unit_type = '{scope}' AND an.unit_id = u.id)"
    )
    themes = (
        f"(SELECT themes FROM annotations an WHERE an.unit_type = '{scope}' AND an.unit_id = u.id)"
        if scope != "paragraph"
        else f"""(SELECT {backend.json_array_agg("DISTINCT t.theme")} FROM sentences x JOIN annotation_themes t
                  ON t.unit_type = 'sentence' AND t.unit_id = x.id WHERE x.paragraph_id = u.id)"""
    )
    ids = [g["id"] for g in groups]
    # with words, the page's ids are checked on each full-text match before its row is read (unary
    # +: a test, not a lookup the full-text index would do id by id); browsing looks the ids up
    key = f"+{backend.fts(SEARCH_TABLES[scope]).latest}" if fts else "u.id"
    rows = {
        r["id"]: r
        for r in _rows(
            conn.execute(
                f"""
        SELECT '{scope}' AS kind, u.id, u.article_id, u.text, {extra} {snippet} AS snippet,
               a.title, a.url, a.published, s.name AS source, {sentiment} AS sentiment, {themes} AS themes
        {body} AND {key} IN {_in(ids, params)}""",
                params,
            )
        )
    }
    for r in rows.values():
        r["themes"] = json.loads(r["themes"]) if r["themes"] else []
    return [
        rows[g["id"]] | {"units": g["units"], "speakers": g["speakers"], "articles": g["articles"]}
        for g in groups
        if g["id"] in rows
    ]


def search_count(
    conn, scope: str, fts: str, filters: SearchFilters = SearchFilters(), cap: int = queries.COUNT_CAP
) -> int:
    """How many results (identical texts counted once), up to ``cap + 1`` (the page shows
    "1,000+" beyond the cap).  Counted among the latest :data:`SEARCH_WINDOW` matches: a
    search with more matches than that counts as over the cap."""
    if fts and filters == SearchFilters():
        # no filter needs the rows: the full-text index alone says whether the window is full
        table = SEARCH_TABLES[scope]
        backend = backend_of(conn)
        if (
            backend.fts_match_count(conn, table, backend.fts_query(table, fts), queries.SEARCH_WINDOW)
            >= queries.SEARCH_WINDOW
        ):
            return cap + 1
    params: list = []
    window = _window_first(conn, scope, fts, filters)
    body = _search_sql(conn, scope, fts, filters, params, window)
    backend = backend_of(conn)
    match = backend.fts_window(SEARCH_TABLES[scope]) if window else backend.fts(SEARCH_TABLES[scope])
    latest = match.latest if fts else "u.id"
    matches, groups = conn.execute(
        f"""
        SELECT count(*), count(DISTINCT text) FROM (SELECT u.text {body} ORDER BY {latest} DESC LIMIT ?)""",
        params + [queries.SEARCH_WINDOW],
    ).fetchone()
    return cap + 1 if matches >= queries.SEARCH_WINDOW else min(groups, cap + 1)
