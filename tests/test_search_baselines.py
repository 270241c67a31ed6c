"""The search benchmark's ``LIKE`` baselines (``corpora.sqlite_baselines``): the scan the app's
page is compared with has the app's own filters (for paragraphs the publication window alone:
the app has no section filter), and the fixed statements keep the news section."""

from __future__ import annotations

import sqlite3

import pytest

from corpora import sqlite_baselines as baselines
from tests.scale_stores import build_scale_corpus

WINDOW = ("2018-01-01", "2022-01-01")
PATTERN = "%practice%"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_scale_corpus(tmp_path_factory.mktemp("baselines") / "store.db", 40, 300, 7)


def _count(conn, scope: str, **kwargs) -> int:
    return baselines.run_search(conn, baselines.search_statements(scope, "like", True, **kwargs), [PATTERN, *WINDOW])


def _by_hand(conn, section: str | None) -> int:
    """Paragraphs matching the pattern whose article is in the window (and the section), in Python."""
    articles = {a: (published, s) for a, published, s in conn.execute("SELECT id, published, section FROM articles")}
    n = 0
    for article, text in conn.execute("SELECT article_id, text FROM paragraphs"):
        published, s = articles[article]
        if "practice" in text.lower() and published and WINDOW[0] <= published < WINDOW[1]:
            n += section is None or s == section
    return n


def test_the_app_baseline_for_paragraphs_is_the_window_alone(corpus):
    conn = sqlite3.connect(corpus)
    try:
        window_only = _count(conn, "paragraphs", app_filters=True)
        news_too = _count(conn, "paragraphs")
        assert window_only == _by_hand(conn, None)
        assert news_too == _by_hand(conn, "news")
    finally:
        conn.close()
    assert window_only > news_too > 0  # the corpus has matches outside the news section


@pytest.mark.parametrize("scope", ["comments", "quotes"])
def test_the_app_baseline_for_comments_and_quotes_is_the_fixed_statements(scope):
    assert baselines.search_statements(scope, "like", True, app_filters=True) == baselines.search_statements(
        scope, "like", True
    )
