"""Hostile input through the app: XSS payloads stored as titles, paragraphs, comments,
commenter names and quoted speakers come out of the app's query and rendering functions
inert; huge, malformed and FTS5-breaking searches and filters give a helpful message or
a result, never an exception.

``tests/test_search_syntax.py`` fuzzes the query parser against a bare FTS5 table and
``tests/test_app_pages.py`` checks one hostile comment on the Document page; this file
runs a catalogue of payloads and queries through ``corpora.queries`` (through ``app.cache``) on the real schema (joins,
filters, snippets) and the search page itself.  Payloads and checks live in
:mod:`benchmarks.reliability_helpers`, shared with ``benchmarks/bench_reliability.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cache as q
from benchmarks import reliability_helpers as rh
from tests.app_test_pages import search_page


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "corpus.db"
    rh.build_hostile_store(path)
    return path


def test_every_payload_is_found_and_rendered_inert(hostile_db):
    rendered = rh.rendered_search_results(hostile_db)
    # each payload is found as a quote, a comment and a paragraph (with its title and speaker)
    assert len(rendered) >= 3 * 2 * len(rh.XSS_PAYLOADS)
    problems = [p for original, html in rendered for p in rh.check_rendered(original, html)]
    assert not problems, problems[:5]
    # the search match itself is highlighted with our own <mark>, nothing else
    assert sum("<mark>" in html for _, html in rendered) >= 3 * len(rh.XSS_PAYLOADS)


def test_live_markup_detector_sees_what_a_browser_would_run():
    """The check above is only as good as this detector."""
    assert rh.live_markup('<img src=x onerror="alert(1)">', {"mark"}) == [
        "<img>",
        "<img src='x'>",
        "<img onerror='alert(1)'>",
    ]
    assert rh.live_markup("&lt;script&gt;x&lt;/script&gt; <mark>hit</mark>", {"mark"}) == []
    document = r"\./document\?article=\d+"
    assert rh.live_markup('<a href="./document?article=12">open</a>', {"a"}, links=document) == []
    assert rh.live_markup('<a href="javascript:alert(1)">x</a>', {"a"}, links=document) == [
        "<a href='javascript:alert(1)'>"
    ]
    assert rh.live_markup('<a href="./document?article=1&x=javascript:1">x</a>', {"a"}, links=document) != []
    assert rh.check_rendered("a <b>", "a &lt;b&gt;") == []
    assert rh.check_rendered("a <b>", "a <b>") != []


@pytest.mark.parametrize("query", rh.HOSTILE_QUERIES, ids=lambda s: repr(s[:20]))
def test_hostile_searches_give_a_message_or_results(hostile_db, query):
    assert rh.check_query(hostile_db, query) in ("message", "ok")


def test_huge_and_unbalanced_searches_say_what_is_wrong(hostile_db):
    assert rh.check_query(hostile_db, "gp " * 34_000) == "message"
    for query in ('"at scale', "hubs OR", "NOT hubs", "(hubs", "hubs)", "re*cruit", "\x00"):
        assert rh.check_query(hostile_db, query) == "message", query


@pytest.mark.parametrize("text", rh.HOSTILE_FILTER_TEXT, ids=lambda s: repr(s[:12]))
def test_hostile_filter_text_never_raises(hostile_db, text):
    rh.check_filter_text(hostile_db, text)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=60),
        st.lists(
            st.sampled_from(
                [
                    '"',
                    "(",
                    ")",
                    "*",
                    "-",
                    "^",
                    ":",
                    "+",
                    "AND",
                    "OR",
                    "NOT",
                    "NEAR",
                    rh.MARKER,
                    "hub",
                    " ",
                    "\x00",
                    "{",
                    "}",
                    ",",
                    "'",
                ]
            ),
            max_size=16,
        ).map(" ".join),
    ),
    st.sampled_from(["", "Dr", "%", "_", "\x00", "x" * 70_000]),
)
def test_any_search_with_any_speaker_filter_answers(hostile_db, query, speaker):
    assert rh.check_query(hostile_db, query, q.SearchFilters(speaker=speaker)) in ("message", "ok")


def test_search_page_shows_payloads_inert_and_hostile_links_give_messages(hostile_db, monkeypatch):
    at = search_page(hostile_db, monkeypatch, q=rh.MARKER, scope="comment")
    assert not at.exception, [e.value for e in at.exception]
    bodies = [el.proto.body for el in at.get("html")]
    assert sum(body.count('class="gp-result"') for body in bodies) >= len(rh.XSS_PAYLOADS)
    own = {"div", "span", "mark", "details", "summary", "a"}  # our result markup; links only to documents
    live = [m for body in bodies for m in rh.live_markup(body, own, links=r"\./document\?article=\d+")]
    assert not live, live[:5]
    assert any("&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in b for b in bodies)

    huge = search_page(hostile_db, monkeypatch, q="gp " * 34_000)
    assert not huge.exception, [e.value for e in huge.exception]
    assert any("too long" in e.value for e in huge.error)

    # a shared link that sets a 100 KB speaker filter (no search words: browse quotes)
    browse = search_page(hostile_db, monkeypatch, scope="quote", speaker="x" * 100_000)
    assert not browse.exception, [e.value for e in browse.exception]


def test_tables_and_figure_cards_show_hostile_text_inert():
    """ui.table_html and ui.stat_cards escape every cell; the only link is the one we build."""
    from app import ui

    hostile = '<img src=x onerror="alert(1)"> [x](javascript:alert(1))'
    table = ui.table_html(["Article", "Comments"], [[(hostile, "./document?article=3"), 5], [hostile, None]])
    live = rh.live_markup(table, {"table", "thead", "tbody", "tr", "th", "td", "a"}, links=r"\./document\?article=\d+")
    assert not live, live
    assert table.count("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;") == 2
    assert ">5</td>" in table and ">–</td>" in table
    # a link target cannot break out of its attribute
    broken = ui.table_html(["h"], [[("x", '" onmouseover="alert(1)')]])
    assert rh.live_markup(broken, {"table", "thead", "tbody", "tr", "th", "td", "a"}, links=".*") == []
