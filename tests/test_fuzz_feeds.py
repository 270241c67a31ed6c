"""Fuzzing the discovery parsers (feeds, sitemaps, WordPress REST JSON) with hypothesis,
and every parser on inputs far larger than real ones: no crash other than the documented
``ValueError`` (``ParseError`` is one), no hang, memory bounded.

``tests/test_parsers_fuzz.py`` already fuzzes saved text dumps and article/comment HTML
with small random documents; this file adds the discovery documents, archive pages and
the big and hostile inputs (a 5,000-deep nesting, entity bombs) for all of them.  The
strategies and checks live in :mod:`benchmarks.reliability_helpers`, shared with
``benchmarks/bench_reliability.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import reliability_helpers as rh
from scraper.discover import parse_archive, wp_post_id
from scraper.sources import SourceConfig

# a deadline far above any real parse, so only a hang fails it
SETTINGS = settings(max_examples=200, deadline=5000, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
STRATEGIES = rh.fuzz_strategies()


@SETTINGS
@given(STRATEGIES["feeds"])
def test_random_feeds_give_candidates_or_a_value_error(doc):
    rh.check_feed(doc)


@SETTINGS
@given(STRATEGIES["sitemaps"])
def test_random_sitemaps_give_urls_or_a_value_error(doc):
    rh.check_sitemap(doc)


@SETTINGS
@given(STRATEGIES["wp_json"])
def test_random_rest_answers_give_posts_and_comments_or_a_value_error(doc):
    rh.check_wp_json(doc)


ARCHIVE_SOURCE = SourceConfig(name="n", base_url="https://news.example/news/")
ANCHORS = st.lists(
    st.tuples(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                [
                    "/news/a/",
                    "https://news.example/news/b/?utm_source=x",
                    "javascript:void(0)",
                    "#top",
                    "//evil.example/x",
                    "?page=2",
                    "/news/page/2/",
                    "https://news.example/wp-json/wp/v2/posts",
                ]
            ),
        ),
        st.sampled_from(["", ' rel="next"', ' class="next"', ' rel="nofollow next"']),
        st.text(max_size=20),
    ),
    max_size=8,
)


@SETTINGS
@given(ANCHORS, st.booleans())
def test_random_archive_pages_never_crash(anchors, truncate):
    html = "<html><body>" + "".join(f'<a href="{h}"{attrs}>{text}</a>' for h, attrs, text in anchors) + "</body>"
    if truncate:
        html = html[: len(html) // 2]
    candidates, nxt = parse_archive(html, "https://news.example/news/", ARCHIVE_SOURCE)
    assert all(c.url.startswith(("http://", "https://")) and c.via == "archive" for c in candidates)
    assert nxt is None or nxt.startswith(("http://", "https://"))
    assert nxt not in {c.url for c in candidates}
    assert wp_post_id(html) is None or isinstance(wp_post_id(html), int)


def test_known_hostile_discovery_documents():
    """Hand-picked shapes hypothesis may not reach: each a clean result or a ValueError."""
    for doc in [
        "",
        "\x00" * 100,
        "<rss",
        "<?xml version='1.0'?><rss version='2.0'><channel>" * 200,
        b"\xff\xfe<\x00r\x00s\x00s\x00",
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="' + "a" * 100_000 + '"/></entry></feed>',
    ]:
        rh.check_feed(doc)
        rh.check_sitemap(doc)
        rh.check_wp_json(doc)
    for doc in ["[" * 100_000 + "]" * 100_000, '{"a":' * 50_000, "[" + "1," * 100_000 + "1]"]:
        rh.check_wp_json(doc)  # deep nesting is a ValueError (RecursionError is not one: it must not leak)


BIG = rh.big_inputs()


@pytest.mark.parametrize("case", range(len(BIG)), ids=[name for name, _, _ in BIG])
def test_big_and_hostile_inputs_finish_with_bounded_memory(case):
    name, call, size = BIG[case]
    measured = rh.measure(call)
    assert measured.error is None, f"{name}: {measured.error}"
    assert measured.rss_growth <= rh.memory_bound(size), (
        f"{name}: peak memory grew {measured.rss_growth / 1e6:.0f} MB on a {size / 1e3:.0f} KB input"
    )
