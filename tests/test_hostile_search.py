"""Searches that used to crash or stall the app (issue 15 point 6): 300 open
parentheses (RecursionError and a traceback on the page), 166 ``a*`` prefix terms
(12 s), and any search that would still run past its one-second budget."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import search_syntax
from app.search_syntax import SearchSyntaxError, parse_query
from benchmarks import reliability_helpers as rh
from corpora import queries as q
from corpora import store
from tests.app_test_pages import search_page


@pytest.fixture(scope="module")
def busy_db(tmp_path_factory) -> Path:
    """A store with one article and 3,000 comments that all mention hubs."""
    return rh.busy_store(tmp_path_factory.mktemp("busy") / "corpus.db")


@pytest.mark.parametrize("query", ["(" * 300 + "hubs", "(" * 240 + "hubs" + ")" * 240, "(" * 21 + "x" + ")" * 21])
def test_deeply_nested_parentheses_get_a_message_not_a_recursion_error(query):
    with pytest.raises(SearchSyntaxError, match="nested parentheses"):
        parse_query(query)


def test_nesting_up_to_the_limit_still_searches():
    inner = "(" * search_syntax.MAX_NESTING + "hubs OR pcn" + ")" * search_syntax.MAX_NESTING
    assert parse_query(inner).fts == '("hubs" OR "pcn")'


@pytest.mark.parametrize(
    "query", [" ".join(["a*"] * 166), " ".join(["ab*"] * 124), "hubs a*", " ".join(f"w{i}x*" for i in range(9))]
)
def test_costly_prefix_searches_get_a_message(query):
    assert search_syntax.MAX_PREFIX_TERMS < 9
    with pytest.raises(SearchSyntaxError) as exc:
        parse_query(query)
    assert "prefix" in str(exc.value) and len(str(exc.value)) < 200


def test_prefix_searches_within_the_limits_still_find(busy_db):
    fts = parse_query(" ".join(["hu*", "doct*", "same*"] + ["comm*"] * (search_syntax.MAX_PREFIX_TERMS - 3))).fts
    assert (
        q.search_count(store.Store(busy_db).connect(readonly=True), "comment", fts) == 1001
    )  # counted up to the cap + 1


def test_time_limit_stops_a_runaway_statement_and_the_connection_survives(tmp_path):
    conn = store.connect(tmp_path / "s.db")
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    with pytest.raises(store.QueryTimeout):
        with store.time_limit(conn, 0.2):
            conn.execute(endless).fetchone()
    assert conn.execute("SELECT 1").fetchone()[0] == 1
    with store.time_limit(conn, 5):  # a quick statement under a budget answers as usual
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    with pytest.raises(sqlite3.OperationalError):  # other errors are not mistaken for the budget
        with store.time_limit(conn, 5):
            conn.execute("SELECT * FROM no_such_table")


def test_a_search_over_its_budget_is_stopped_and_the_page_says_so(busy_db, monkeypatch):
    monkeypatch.setattr(q, "SEARCH_BUDGET_S", 0.0)
    conn = store.Store(busy_db).connect(readonly=True)
    with pytest.raises(store.QueryTimeout):
        q.search_count(conn, "comment", parse_query(rh.MARKER).fts)  # counts 1,001 matches: thousands of steps
    assert rh.check_query(busy_db, rh.MARKER) == "message"
    at = search_page(busy_db, monkeypatch, q=rh.MARKER, scope="comment")
    assert not at.exception, [e.value for e in at.exception]
    assert any("more than a second" in e.value for e in at.error)


def test_the_search_page_answers_300_parentheses_with_a_message(busy_db, monkeypatch):
    at = search_page(busy_db, monkeypatch, q="(" * 300 + "hubs")
    assert not at.exception, [e.value for e in at.exception]
    assert any("nested parentheses" in e.value for e in at.error)
