"""Migration 7 (issue 18): filter tokens inside the full-text indexes of comments, paragraphs and
quotes, so FTS5 intersects a search with its date window, sentiment and section.

The tokens are a prefilter: a search keeps its SQL conditions.  So what must hold is (a) every
search finds exactly what it finds without the tokens (the same statements with the plain
full-text query), for windows of every shape, with sentiments and every other filter; (b) the
tokens cover the months of a window and no other; (c) the tokens stay in step with the rows they come
from (a unit inserted, re-annotated, its article re-dated or re-sectioned, deleted), by every
way of loading (row by row, bulk, deferred) and after an in-place upgrade from version 6, with
FTS5's own integrity check passing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3

import pytest

from benchmarks import scale_corpus
from corpora import queries, sqlite_backend, store
from corpora.bulk import deferred_fts
from corpora.queries import SearchFilters
from corpora.sqlite_schema import FILTERED_FTS, filter_tokens_sql
from tests.scale_stores import copy_store, load_scale_corpus

ARTICLES, COMMENTS, SEED = 60, 500, 11

QUERIES = ("burnout", "partners", "retire*", '"last partner standing"', "triage OR continuity", "practice NOT lease")

FILTERS = (
    SearchFilters(start="2020-01-01", end="2021-12-31"),
    SearchFilters(start="2020-01-01", end="2021-12-31", sentiment="negative"),
    SearchFilters(start="2020-03-01", end="2020-03-31", sentiment="negative"),
    SearchFilters(start="2019-02-17", end="2021-04-03"),  # edges mid-month: day and month tokens
    SearchFilters(start="2018-06-30", end="2018-07-01", sentiment="positive"),
    SearchFilters(sentiment="neutral"),
    SearchFilters(start="2024-06-01"),  # open windows: no date tokens
    SearchFilters(end="2017-12-31", sentiment="negative"),
    SearchFilters(start="2021-01-01", end="2020-01-01"),  # empty
    SearchFilters(start="2017-01-01", end="2022-12-31", theme="workforce_supply", sentiment="negative"),
    SearchFilters(start="2017-01-01", end="2026-12-31", source=scale_corpus.SOURCE),
)


def _load(path, *, deferred: bool = False) -> None:
    conn = store.connect(path)
    try:
        with deferred_fts(conn) if deferred else contextlib.nullcontext():
            load_scale_corpus(conn, ARTICLES, COMMENTS, SEED)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    path = tmp_path_factory.mktemp("tokens") / "store.db"
    _load(path)
    return path


@contextlib.contextmanager
def _tokens_used(monkeypatch, tokens: bool):
    """Within it, searches use the filter tokens when ``tokens``, else the statements without them."""
    with monkeypatch.context() as m:
        if not tokens:
            m.setattr(queries, "has_filter_tokens", lambda conn: False)
            m.setattr(sqlite_backend.SQLiteBackend, "fts_window_first", lambda self, *a: False)
        yield


def _searches(path, monkeypatch, tokens: bool) -> dict:
    out: dict = {}
    with _tokens_used(monkeypatch, tokens):
        conn = store.connect(path, readonly=True)
        try:
            for scope in ("paragraph", "comment", "quote"):
                for q in QUERIES:
                    for f in FILTERS:
                        for order in ("newest", "oldest"):
                            out[(scope, q, f, order)] = queries.search(conn, scope, q, f, limit=50, order=order)
                        out[(scope, q, f, "page 2")] = queries.search(conn, scope, q, f, limit=5, offset=5)
                        out[(scope, q, f, "count")] = queries.search_count(conn, scope, q, f)
                        best = queries.search(conn, scope, q, f, limit=500, order="best")
                        out[(scope, q, f, "best")] = sorted(r["id"] for r in best)
        finally:
            conn.close()
    return out


def _consistent(path) -> None:
    """Every indexed unit's tokens are what its article and annotation say now, and FTS5's
    integrity check (which compares the index with the content tables) passes."""
    conn = sqlite3.connect(path)
    try:
        for table in FILTERED_FTS:
            stale = conn.execute(
                f"SELECT count(*) FROM {table} WHERE filters IS NOT ({filter_tokens_sql(table, table)})"
            ).fetchone()[0]
            assert stale == 0, f"{table}: {stale} rows with stale filter tokens"
        for table in sqlite_backend.FTS_TABLES:
            conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
        # every trigger that keeps the tokens and the index in step is there (a load puts back what it drops)
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        expected = {f"{t}_fts_{k}" for t in FILTERED_FTS for k in ("ai", "ad", "au")}
        expected |= {
            "annotations_filters_ai",
            "annotations_filters_ad",
            "annotations_filters_au",
            "articles_filters_au",
        }
        expected |= {f"{t}_filters_au" for t in FILTERED_FTS}
        assert expected <= triggers, expected - triggers
    finally:
        conn.close()
    assert sqlite_backend.SQLITE.integrity_check(path) == "ok"


def test_every_filtered_search_finds_what_it_finds_without_the_tokens(fresh, monkeypatch):
    with_tokens = _searches(fresh, monkeypatch, True)
    without = _searches(fresh, monkeypatch, False)
    assert with_tokens == without
    found = {k for k, v in with_tokens.items() if v and k[3] == "newest"}
    assert {k[0] for k in found} == {"paragraph", "comment", "quote"}
    assert any(k[2].sentiment and k[2].start and k[2].end for k in found)
    assert any(k[2].start == "2019-02-17" for k in found)


def test_the_filtered_query_carries_the_tokens_and_finds_fewer_rows(fresh):
    backend = sqlite_backend.SQLITE
    q = backend.fts_filtered_query("comments", "practice", start="2020-01-01", end="2022-01-01", sentiment="negative")
    assert q.startswith("(text : (practice)) AND filters : (dx OR y2020 OR y2021)") and "n6e65" in q
    conn = store.connect(fresh, readonly=True)
    try:
        n_all = conn.execute("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'practice'").fetchone()[0]
        n_tok = conn.execute("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH ?", (q,)).fetchone()[0]
        exact = conn.execute(
            """SELECT count(*) FROM comments_fts f JOIN comments u ON u.id = f.rowid
               JOIN articles a ON a.id = u.article_id JOIN annotations n ON n.unit_type = 'comment' AND n.unit_id = u.id
               WHERE comments_fts MATCH 'practice' AND a.published >= '2020-01-01' AND a.published < '2022-01-01'
               AND n.sentiment = 'negative'""",
        ).fetchone()[0]
    finally:
        conn.close()
    assert 0 < exact == n_tok < n_all


def test_date_tokens_cover_the_days_of_a_window_and_no_month_outside_it():
    rng = random.Random(3)
    for _ in range(300):
        start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        end = start + dt.timedelta(days=rng.choice([0, 1, 5, 31, 59, 200, 365, 800, 2000]))
        tokens = sqlite_backend.date_tokens(start.isoformat(), end.isoformat())
        assert tokens[0] == "dx"
        months: set[tuple[int, int]] = set()
        for t in tokens[1:]:
            covered = {(int(t[1:]), m) for m in range(1, 13)} if t[0] == "y" else {(int(t[1:5]), int(t[5:]))}
            assert not covered & months, "tokens overlap"
            months |= covered
        window = {(d.year, d.month) for d in (start + dt.timedelta(days=i) for i in range((end - start).days))}
        assert months == window
        assert len(tokens) <= 1 + 11 + (end.year - start.year + 1) + 11
    assert sqlite_backend.date_tokens("2020-01-01", "2022-01-01") == ["dx", "y2020", "y2021"]
    assert sqlite_backend.date_tokens("2019-12-31", "2021-01-01") == ["dx", "m201912", "y2020"]
    assert sqlite_backend.date_tokens("2020-01-01", None) is None
    assert sqlite_backend.date_tokens("not a day", "2020-01-01") is None


def test_tokens_follow_reannotation_redating_and_deletion(fresh, tmp_path):
    path = tmp_path / "copy.db"
    copy_store(fresh, path)
    _consistent(path)
    conn = store.connect(path)
    try:
        cid, sentiment = conn.execute(
            "SELECT unit_id, sentiment FROM annotations WHERE unit_type = 'comment' AND sentiment != 'positive' LIMIT 1"
        ).fetchone()
        word = conn.execute("SELECT text FROM comments WHERE id = ?", (cid,)).fetchone()[0].split()[0].strip(".,‘’'")
        f_pos = SearchFilters(start="2000-01-01", end="2099-12-31", sentiment="positive")
        before = [r["id"] for r in queries.search(conn, "comment", f'"{word}"', f_pos, limit=500)]
        conn.execute(
            "UPDATE annotations SET sentiment = 'positive' WHERE unit_type = 'comment' AND unit_id = ?", (cid,)
        )
        after = [r["id"] for r in queries.search(conn, "comment", f'"{word}"', f_pos, limit=500)]
        assert cid not in before and cid in after or (cid in after and len(after) > len(before))
        _consistent(path)
        # a new article date moves its units' tokens; a new section too
        article = conn.execute("SELECT article_id FROM comments WHERE id = ?", (cid,)).fetchone()[0]
        conn.execute(
            "UPDATE articles SET published = '2031-05-06T10:00:00', section = 'opinion' WHERE id = ?", (article,)
        )
        moved = queries.search(
            conn, "comment", f'"{word}"', SearchFilters(start="2031-05-06", end="2031-05-06"), limit=500
        )
        assert cid in [r["id"] for r in moved]
        _consistent(path)
        # a re-annotation by delete and insert, a deleted annotation, a unit row by row, a deleted article
        conn.execute("DELETE FROM annotations WHERE unit_type = 'quote' AND unit_id = (SELECT min(id) FROM quotes)")
        conn.execute(
            "INSERT INTO comments(article_id, position, key, author, posted, text, first_seen) "
            "VALUES (?, 9999, 'k-new', 'someone', '2031-05-06T11:00:00', 'a brand new zebrafish comment', '2031')",
            (article,),
        )
        found = queries.search(conn, "comment", "zebrafish", SearchFilters(start="2031-05-01", end="2031-05-31"))
        assert [r["text"] for r in found] == ["a brand new zebrafish comment"]
        _consistent(path)
        # a unit moved to another article takes that article's date
        other = conn.execute("SELECT id FROM articles WHERE id != ? ORDER BY id LIMIT 1", (article,)).fetchone()[0]
        conn.execute("UPDATE comments SET article_id = ? WHERE key = 'k-new'", (other,))
        assert queries.search(conn, "comment", "zebrafish", SearchFilters(start="2031-05-01", end="2031-05-31")) == []
        assert queries.search(conn, "comment", "zebrafish") != []
        _consistent(path)
        conn.execute("UPDATE comments SET article_id = ? WHERE key = 'k-new'", (article,))
        conn.execute("DELETE FROM articles WHERE id = ?", (article,))
        assert queries.search(conn, "comment", "zebrafish") == []
    finally:
        conn.close()
    _consistent(path)


def test_a_deferred_load_indexes_the_same_tokens(tmp_path, fresh):
    path = tmp_path / "deferred.db"
    _load(path, deferred=True)
    _consistent(path)
    _consistent(fresh)


def test_a_version_6_store_upgrades_in_place(tmp_path, monkeypatch, fresh):
    path = tmp_path / "v6.db"
    with monkeypatch.context() as m:
        m.setattr(sqlite_backend, "MIGRATIONS", sqlite_backend.MIGRATIONS[:6])
        _load(path)
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        conn.close()
    store.connect(path).close()  # migrates in place
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(sqlite_backend.MIGRATIONS)
    conn.close()
    _consistent(path)
    assert _searches(path, monkeypatch, True) == _searches(fresh, monkeypatch, True)


def test_the_search_reads_tokens_from_the_migration_that_makes_them():
    """Renumbering migrations on a merge must move FILTER_TOKENS_VERSION with them."""
    made = [i + 1 for i, m in enumerate(sqlite_backend.MIGRATIONS) if "ADD COLUMN filters" in m]
    assert made == [queries.FILTER_TOKENS_VERSION]


def test_odd_publication_dates_are_found_by_every_window_that_holds_them(fresh, tmp_path, monkeypatch):
    """Dates compare as text: a short, invalid or foreign date may fall in a window by text (``dx``)."""
    path = tmp_path / "odd.db"
    copy_store(fresh, path)
    conn = store.connect(path)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id LIMIT 6")]
        odd = ("2020-03", "2020-13-45", "2020-02-30T10:00", "2020-12", "20201215", "2020-12-31 23:59")
        for article, published in zip(ids, odd, strict=True):
            conn.execute("UPDATE articles SET published = ? WHERE id = ?", (published, article))
    finally:
        conn.close()
    _consistent(path)
    windows = (
        SearchFilters(start="2020-02-15", end="2020-02-29"),
        SearchFilters(start="2020-12-01", end="2020-12-31"),
        SearchFilters(start="2020-02-01", end="2020-03-31", sentiment="negative"),
        SearchFilters(start="2020-01-01", end="2021-12-31"),
    )

    def found(tokens: bool) -> dict:
        out = {}
        with _tokens_used(monkeypatch, tokens):
            conn = store.connect(path, readonly=True)
            try:
                for scope in ("paragraph", "comment", "quote"):
                    for q in ("practice OR partners OR GP* OR the", "burnout"):
                        for f in windows:
                            out[(scope, q, f)] = queries.search(conn, scope, q, f, limit=500)
                            out[(scope, q, f, "n")] = queries.search_count(conn, scope, q, f)
            finally:
                conn.close()
        return out

    with_tokens = found(True)
    assert with_tokens == found(False)
    odd_hits = [r for k, v in with_tokens.items() if len(k) == 3 for r in v if r["published"] in odd]
    assert {r["published"] for r in odd_hits} >= {"2020-13-45", "2020-02-30T10:00", "2020-12"}
