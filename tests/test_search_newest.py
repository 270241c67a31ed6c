"""Issue 18: the unfiltered newest-first page read newest year first
(:func:`corpora.queries.newest_matches`) and the count read from the full-text index alone
(:func:`corpora.queries.search_count` when no filter needs the rows) give exactly what the one
statement gives, on a store whose articles span ten years, with undated articles (NULL) and
odd dates (``dx``: short, invalid, foreign or not a date at all, sorting above, inside and
below the years).
"""

from __future__ import annotations

import sqlite3

import pytest

from corpora import queries, sqlite_baselines, store
from corpora.backend import backend_of
from corpora.queries import SearchFilters
from tests.scale_stores import load_scale_corpus

ARTICLES, COMMENTS, SEED = 70, 600, 23

QUERIES = (
    "burnout",
    "partners",
    "retire*",
    '"last partner standing"',
    "triage OR continuity",
    "practice NOT lease",
    "the",
    "zzzunfound",
)

#: odd publication dates: above every year by text, inside a year, between years, below them
ODD = (
    "undated",
    "9999-99-99",
    "2020-13-45",
    "2020-02-30T10:00",
    "20201215",
    "2019",
    "2018-06",
    "0000-00-00",
    "1999-12-31",
    "Mar 2021",
    "",
)


@pytest.fixture(scope="module")
def odd_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("newest") / "store.db"
    conn = store.connect(path)
    try:
        load_scale_corpus(conn, ARTICLES, COMMENTS, SEED)
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        for article, published in zip(ids[::3], (*ODD, None, None, None, None), strict=False):
            conn.execute("UPDATE articles SET published = ? WHERE id = ?", (published, article))
        # two articles on one day: ties are broken by the unit's id
        conn.execute("UPDATE articles SET published = '2024-05-01' WHERE id IN (?, ?)", (ids[1], ids[2]))
    finally:
        conn.close()
    return path


def _years(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0][:4] for r in conn.execute("SELECT published FROM articles WHERE published IS NOT NULL")}
    finally:
        conn.close()


def test_the_store_spans_years_undated_and_odd_dates(odd_store):
    years = _years(odd_store)
    assert {str(y) for y in range(2017, 2027)} <= years
    assert {"9999", "unda", "Mar ", "0000", "1999"} <= years
    conn = sqlite3.connect(odd_store)
    try:
        assert conn.execute("SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0] >= 4
    finally:
        conn.close()


@pytest.mark.parametrize("sliced", [0, 30, queries.NEWEST_SLICED])
@pytest.mark.parametrize("table", ["comments", "paragraphs", "quotes"])
def test_newest_matches_are_those_of_the_one_statement(odd_store, table, sliced, monkeypatch):
    """``sliced``: searches with more matches than this are read year by year (0: all of them)."""
    monkeypatch.setattr(queries, "NEWEST_SLICED", sliced)
    conn = store.connect(odd_store, readonly=True)
    scope = table
    page_sql = sqlite_baselines.search_statements(scope, "fts", False)[0]
    found_any = found_odd = found_null = 0
    try:
        for q in QUERIES:
            match = backend_of(conn).fts_query(table, q)
            full = [r[0] for r in conn.execute(page_sql.replace("LIMIT 20", "LIMIT 100000"), (match,))]
            # the benchmark's fixed page statement is the same order, 20 at a time
            assert queries.newest_matches(conn, table, q, 20) == full[:20], q
            for limit, offset in ((1, 0), (5, 3), (50, 0), (50, 50), (200, 10), (10_000, 0), (3, 10_000)):
                got = queries.newest_matches(conn, table, q, limit, offset)
                assert got == full[offset : offset + limit], (q, limit, offset)
            with monkeypatch.context() as m:  # a store without filter tokens: the one statement itself
                m.setattr(queries, "has_filter_tokens", lambda conn: False)
                assert queries.newest_matches(conn, table, q, 30, 5) == full[5:35], q
            found_any += len(full)
            if full:
                marks = ",".join("?" * len(full))
                dates = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT a.published FROM {table} u JOIN articles a ON a.id = u.article_id "
                        f"WHERE u.id IN ({marks})",
                        full,
                    )
                ]
                found_odd += sum(d in ODD for d in dates)
                found_null += sum(d is None for d in dates)
    finally:
        conn.close()
    # the comparison means something: matches, among them odd and undated ones
    assert found_any > 100 and found_odd > 0 and found_null > 0


WINDOWS = (
    ("2020-01-01", "2022-01-01"),
    ("2019-02-17", "2021-04-03"),
    ("2020-03-01", "2020-04-01"),
    ("2017-01-01", "2027-01-01"),
    ("2021-01-01", "2020-01-01"),
)


@pytest.mark.parametrize("sliced", [0, 10, queries.NEWEST_SLICED])
@pytest.mark.parametrize("table", ["comments", "paragraphs", "quotes"])
def test_filtered_newest_matches_are_those_of_the_filtered_statement(odd_store, table, sliced, monkeypatch):
    """The benchmark's filtered statements (a window, negative sentiment or the news section):
    the same page read slice by slice; open windows against the one statement."""
    monkeypatch.setattr(queries, "NEWEST_SLICED", sliced)
    conn = store.connect(odd_store, readonly=True)
    page_sql = sqlite_baselines.search_statements(table, "fts", True)[0]
    where, tokens = sqlite_baselines.SEARCH_CONDITIONS[table], sqlite_baselines.SEARCH_FILTERS[table]
    found = 0
    try:
        for q in QUERIES:
            for window in WINDOWS:
                param = sqlite_baselines.fts_search_param(table, q, True, window)
                full = [r[0] for r in conn.execute(page_sql.replace("LIMIT 20", "LIMIT 100000"), (param, *window))]
                for limit, offset in ((20, 0), (7, 4), (1000, 0)):
                    got = queries.newest_matches(
                        conn, table, q, limit, offset, start=window[0], end=window[1], where=where, **tokens
                    )
                    assert got == full[offset : offset + limit], (q, window, limit, offset)
                found += len(full)
            for start, end in (("2020-06-15", None), (None, "2019-01-01"), (None, None)):
                kwargs = {"start": start, "end": end, "where": where, **tokens}
                got = queries.newest_matches(conn, table, q, 40, 2, **kwargs)
                with monkeypatch.context() as m:
                    m.setattr(queries, "has_filter_tokens", lambda conn: False)
                    assert got == queries.newest_matches(conn, table, q, 40, 2, **kwargs), (q, start, end)
    finally:
        conn.close()
    assert found > 50


def test_the_count_from_the_index_is_the_count_of_the_rows(odd_store, monkeypatch):
    """With a window smaller than the matches, the index alone says "over the cap"; every
    search kind and filter counts as it does reading the rows."""
    filters = (
        SearchFilters(),
        SearchFilters(sentiment="negative"),
        SearchFilters(start="2019-01-01", end="2022-12-31"),
    )

    def counts(index_first: bool, window: int) -> dict:
        out = {}
        with monkeypatch.context() as m:
            m.setattr(queries, "SEARCH_WINDOW", window)
            if not index_first:  # every count read from the rows (queries._exact: the index alone never answers)
                m.setattr(queries, "_exact", lambda *a: False)
            for scope in ("comment", "paragraph", "quote"):
                for q in QUERIES:
                    for f in filters:
                        out[(scope, q, f)] = queries.search_count(conn, scope, q, f, cap=10)
        return out

    conn = store.connect(odd_store, readonly=True)
    try:
        for window in (5, 40, 5000):
            with_index = counts(True, window)
            assert with_index == counts(False, window), window
        # both outcomes occur: counts over the cap and exact counts below it
        assert 11 in with_index.values() and any(0 < n <= 10 for n in with_index.values())
    finally:
        conn.close()
