"""Issue 18, the app's filtered search page: :func:`corpora.queries.search` and
:func:`corpora.queries.search_count` read the window of a search from the full-text index in its
own order (the ids of its matches), skip the filters' conditions and count "over the cap" from the
index alone when the filter tokens are exact, and share one reading of the window between a page
and its count.  What must hold: every page (every kind, filter, order and page) and every count is
what the statements before this work give (tests/search_reference.py), on a real store, with the
window at its size and small enough for searches to fill it; on a store where the tokens are NOT
exact (a sentiment sharing its token's four characters, odd publication dates) as well; a shortcut
taken where it should not be would show (a partner test forces one); and a page's shared window
is never used after a write to the store.
"""

from __future__ import annotations

import pytest

from benchmarks import scale_corpus
from corpora import queries, sqlite_backend, store
from corpora.queries import SearchFilters
from tests import search_reference as reference
from tests.scale_stores import build_scale_corpus, copy_store

ARTICLES, COMMENTS, SEED = 80, 700, 5

QUERIES = ("practice", "partners", "retire*", '"last partner standing"', "triage OR continuity", "zzzunfound")

F = SearchFilters
FILTERS = (
    F(),
    F(start="2020-01-01", end="2021-12-31"),  # whole years: exact tokens
    F(start="2020-01-01", end="2021-12-31", sentiment="negative"),
    F(start="2018-03-01", end="2024-08-31", sentiment="positive"),  # whole months
    F(start="2019-02-17", end="2021-04-03", sentiment="negative"),  # edges inside months: a superset
    F(sentiment="neutral"),
    F(sentiment="negatory"),  # a sentiment no unit has, sharing its token with "negative"
    F(start="2019-01-01"),  # an open window: no date tokens
    F(end="2020-12-31", sentiment="negative"),
    F(start="2021-01-01", end="2020-01-01"),  # empty
    F(start="2017-01-01", end="2026-12-31", theme="workforce_supply"),
    F(start="2017-01-01", end="2026-12-31", source=scale_corpus.SOURCE, sentiment="negative"),
    F(start="2017-01-01", end="2026-12-31", speaker="a"),
)

ORDERS = ("newest", "oldest", "best")


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    path = tmp_path_factory.mktemp("plans") / "store.db"
    build_scale_corpus(path, ARTICLES, COMMENTS, SEED)
    return path


@pytest.fixture(scope="module")
def colliding(tmp_path_factory, plain):
    """The same store where some comments and quotes are "negatory" (its token is "negative"'s:
    the first four characters) and some articles have odd dates (``dx``)."""
    path = tmp_path_factory.mktemp("plans-colliding") / "store.db"
    copy_store(plain, path)
    conn = store.connect(path)
    try:
        for unit in ("comment", "quote"):
            conn.execute(
                "UPDATE annotations SET sentiment = 'negatory' WHERE unit_type = ? AND sentiment = 'negative' "
                "AND unit_id % 3 = 0",
                (unit,),
            )
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        for article, published in zip(
            ids[5::9], ("2020-13-45", "2020-06", "20201215", "2021-02-30T10:00"), strict=False
        ):
            conn.execute("UPDATE articles SET published = ? WHERE id = ?", (published, article))
    finally:
        conn.close()
    return path


def _page_and_count(mod, conn, scope, q, f, order, offset, count_first):
    if count_first:
        n = mod.search_count(conn, scope, q, f)
        page = mod.search(conn, scope, q, f, 20, offset, order)
    else:
        page = mod.search(conn, scope, q, f, 20, offset, order)
        n = mod.search_count(conn, scope, q, f)
    small = mod.search_count(conn, scope, q, f, cap=10)
    return page, n, small


def _compare(path, monkeypatch, windows=(5000, 30)) -> dict:
    """Every page and count, new and reference; returns what was found (for the partner checks)."""
    found: dict = {}
    conn = store.connect(path, readonly=True)
    try:
        for window in windows:
            with monkeypatch.context() as m:
                m.setattr(queries, "SEARCH_WINDOW", window)
                for scope in ("comment", "paragraph", "quote"):
                    for q in QUERIES:
                        for f in FILTERS:
                            for i, order in enumerate(ORDERS):
                                for offset in (0, 20) if order == "newest" else (0,):
                                    count_first = (i + offset) % 2 == 1
                                    key = (window, scope, q, f, order, offset)
                                    new = _page_and_count(queries, conn, scope, q, f, order, offset, count_first)
                                    old = _page_and_count(reference, conn, scope, q, f, order, offset, count_first)
                                    if order == "best":  # equal ranks may come in either order
                                        assert sorted(r["id"] for r in new[0]) == sorted(r["id"] for r in old[0]), key
                                        assert new[1:] == old[1:], key
                                    else:
                                        assert new == old, key
                                    found[key] = new
    finally:
        conn.close()
    return found


class Spy:
    """Records what the plans decided (exactness, windows, shared windows taken)."""

    def __init__(self, monkeypatch):
        self.exact: list[bool] = []
        self.windows: list = []
        self.taken = 0
        exact, window, take = queries._exact, queries._window, queries._take

        def spy_exact(*a):
            self.exact.append(exact(*a))
            return self.exact[-1]

        def spy_window(*a):
            self.windows.append(window(*a))
            return self.windows[-1]

        def spy_take(*a):
            got = take(*a)
            self.taken += got is not None
            return got

        monkeypatch.setattr(queries, "_exact", spy_exact)
        monkeypatch.setattr(queries, "_window", spy_window)
        monkeypatch.setattr(queries, "_take", spy_take)


def test_every_page_and_count_is_what_the_statements_before_gave(plain, monkeypatch):
    spy = Spy(monkeypatch)
    found = _compare(plain, monkeypatch)
    # the searches find things, fill the small window, and are counted over the cap
    assert {k[1] for k, v in found.items() if v[0]} == {"comment", "paragraph", "quote"}
    assert any(v[1] == queries.COUNT_CAP + 1 or v[2] == 11 for v in found.values())
    assert any(0 < v[2] <= 10 for v in found.values())
    # every plan was taken: exact tokens and not, a window of the latest matches, every match, none
    assert True in spy.exact and False in spy.exact
    assert any(w is not None and w.full and w.exact for w in spy.windows)
    assert any(w is not None and not w.full and not w.exact for w in spy.windows)
    assert any(w is not None and not w.full and w.exact for w in spy.windows)
    assert None in spy.windows
    assert spy.taken > 100


def test_a_store_whose_tokens_are_not_exact_gives_the_same_pages_and_counts(colliding, monkeypatch):
    conn = store.connect(colliding, readonly=True)
    try:
        odd = conn.execute("SELECT count(*) FROM articles WHERE published IN ('2020-06', '20201215')").fetchone()[0]
        sentiments = queries._sentiments(conn, "comment")
        # "negatory" shares "negative"'s token: neither is exact; "neutral" still is
        assert {"negative", "negatory"} <= set(sentiments) and odd == 2
        assert not queries._exact(conn, "comment", "practice", F(sentiment="negative"))
        assert not queries._exact(conn, "quote", "practice", F(sentiment="negatory"))
        assert queries._exact(conn, "comment", "practice", F(sentiment="neutral"))
    finally:
        conn.close()
    _compare(colliding, monkeypatch)


def test_a_wrong_shortcut_would_show(colliding, monkeypatch):
    """The partner of the comparisons: taking the filter tokens as exact where they are not
    ("negatory" shares "negative"'s token) gives other pages and counts, which the comparison sees."""
    differ = []
    conn = store.connect(colliding, readonly=True)
    try:
        with monkeypatch.context() as m:
            m.setattr(queries, "_exact", lambda *a: True)
            for window in (5000, 30):
                m.setattr(queries, "SEARCH_WINDOW", window)
                for scope in ("comment", "quote"):
                    for q in QUERIES:
                        f = F(start="2017-01-01", end="2026-12-31", sentiment="negative")
                        new = queries.search(conn, scope, q, f), queries.search_count(conn, scope, q, f, cap=10)
                        old = reference.search(conn, scope, q, f), reference.search_count(conn, scope, q, f, cap=10)
                        differ.append(new != old)
    finally:
        conn.close()
    assert any(differ)


def test_exact_filter_tokens():
    exact = sqlite_backend.SQLITE.fts_filters_exact
    words = ("negative", "neutral", "positive")
    assert exact("comments")
    assert exact("comments", start="2020-01-01", end="2022-01-01", sentiment="negative", sentiments=words)
    assert exact("comments", start="2020-03-01", end="2020-04-01")
    assert exact("paragraphs", start="2020-03-01", end="2020-03-01")  # empty: only odd dates, checked apart
    assert not exact("comments", start="2020-03-02", end="2020-04-01")  # a window inside its months
    assert not exact("comments", start="2020-03-01", end="2020-03-31")
    assert not exact("comments", start="2020-03-01")  # open: no date tokens
    assert not exact("comments", end="2020-03-01")
    assert not exact("comments", start="1700-01-01", end="2090-01-01")  # too many tokens: none written
    assert not exact("comments", start="20200101", end="2022-01-01")  # the conditions compare the text
    assert not exact("comments", sentiment="negative", sentiments=(*words, "negatory"))  # one token
    assert not exact("comments", sentiment="nega", sentiments=words)
    assert exact("comments", sentiment="neg", sentiments=words)  # shorter than the token's characters
    assert not exact("comments", sentiment="open", sentiments=("open", "closed"))  # hex 6f70656e: a final e
    assert not exact("comments", sentiment="negative", sentiments=(*words, "calm"))  # hex ...6d: a final d
    assert not exact("paragraphs", sentiment="negative", sentiments=words)  # no sentiment token
    assert not exact("sentences", start="2020-01-01", end="2021-01-01")


def test_a_page_and_its_count_read_the_window_once(plain, monkeypatch):
    reads = []
    groups = queries._window_groups

    def counted(*a):
        reads.append(a[1])
        return groups(*a)

    monkeypatch.setattr(queries, "_window_groups", counted)
    f = F(start="2020-01-01", end="2021-12-31", sentiment="negative")
    conn = store.connect(plain, readonly=True)
    try:
        page, n = queries.search(conn, "comment", "practice", f), queries.search_count(conn, "comment", "practice", f)
        assert page and n > 0 and len(reads) == 1
        n2, page2 = queries.search_count(conn, "comment", "practice", f), queries.search(conn, "comment", "practice", f)
        assert (page2, n2) == (page, n) and len(reads) == 2
        # the next call takes the window the last one read, and only that call
        second = queries.search(conn, "comment", "practice", f, offset=20)
        assert queries.search(conn, "comment", "practice", f, offset=20) == second and len(reads) == 3
        queries.search(conn, "comment", "practice", f, offset=40)
        assert len(reads) == 4
        # no limit (SQL's LIMIT -1), from the fourth result on
        wide = F(start="2017-01-01", end="2026-12-31")
        every = queries.search(conn, "comment", "the", wide, -1, 3)
        assert every == reference.search(conn, "comment", "the", wide, -1, 3) and len(every) > 20
    finally:
        conn.close()


@pytest.mark.parametrize("writer", ["same connection", "another connection"])
def test_a_shared_window_is_never_used_after_a_write(plain, tmp_path, writer):
    path = tmp_path / "store.db"
    copy_store(plain, path)
    f = F(start="2020-01-01", end="2021-12-31", sentiment="negative")
    conn = store.connect(path)
    other = store.connect(path) if writer == "another connection" else conn
    try:
        before = queries.search_count(conn, "comment", "zebrafish OR practice", f)  # keeps its window
        article = conn.execute("SELECT id FROM articles WHERE published >= '2021-06-01' ORDER BY id LIMIT 1").fetchone()
        other.execute(
            "INSERT INTO comments(article_id, position, key, author, posted, text, first_seen) "
            "VALUES (?, 9999, 'k-new', 'someone', '2021-06-02', 'a zebrafish comment', '2031')",
            (article[0],),
        )
        cid = other.execute("SELECT id FROM comments WHERE key = 'k-new'").fetchone()[0]
        other.execute(
            "INSERT INTO annotations(unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores, "
            "themes, theme_scores) VALUES ('comment', ?, ?, 'm', 'negative', '{}', '[]', '{}')",
            (cid, article[0]),
        )
        page = queries.search(conn, "comment", "zebrafish OR practice", f, limit=1000)
        assert cid in [r["id"] for r in page]
        assert page == reference.search(conn, "comment", "zebrafish OR practice", f, limit=1000)
        assert queries.search_count(conn, "comment", "zebrafish OR practice", f) == before + 1
    finally:
        if other is not conn:
            other.close()
        conn.close()
