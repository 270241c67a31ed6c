"""The search box's query language: safe FTS5 for any input, helpful errors for bad input."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.search_syntax import SearchSyntaxError, parse_query

DOCS = [
    "Primary care networks will employ pharmacists and paramedics at scale",
    "Recruitment of GPs into partnership has fallen again",
    "Hubs offering evening appointments replaced the practice's own clinics",
    "Digital-first providers recruited salaried doctors",
    "NOT a single partner wanted the NEAR term contract",
]


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO f(rowid, text) VALUES (?, ?)", list(enumerate(DOCS, 1)))
    return db


def hits(db: sqlite3.Connection, query: str) -> set[int]:
    return {r[0] for r in db.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid", (parse_query(query).fts,))}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("pharmacists paramedics", {1}),
        ('"at scale"', {1}),
        ('"scale at"', set()),
        ("recruit*", {2, 4}),
        ("hubs OR digital", {3, 4}),
        ("recruit* NOT digital", {2}),
        ("recruit* AND NOT digital", {2}),
        ("recruit* -digital", {2}),
        ("(hubs OR networks) AND pharmacists", {1}),
        ('"primary care net"*', {1}),
        ("NEAR", {5}),  # FTS5 keywords typed as words are searched as words
        ("text:partner", set()),  # no column filter injection: the colon is just text
        ("practice's", {3}),
        ("GPs & partnership", {2}),  # lone punctuation is ignored
    ],
)
def test_queries_find_what_they_say(fts, query, expected):
    assert hits(fts, query) == expected


@pytest.mark.parametrize(
    "query, fragment",
    [
        ('"at scale', "Unbalanced quote"),
        ("(hubs OR pcn", "Unbalanced parentheses"),
        ("hubs)", "Unbalanced parentheses"),
        ("NOT hubs", "NOT needs something to exclude from"),
        ("hubs OR", "needs a search term after it"),
        ("OR hubs", "needs a search term on each side"),
        ("hubs AND OR pcn", "needs a search term on each side"),
        ("re*cruit", "goes at the end of a word"),
        ("*", "goes at the end of a word"),
        ("", "Type a word"),
        ("   ", "Type a word"),
        ("AND OR", "Operators alone"),
        ("()", "Empty parentheses"),
        ("!!! ---", "nothing searchable"),
    ],
)
def test_malformed_queries_give_help(query, fragment):
    with pytest.raises(SearchSyntaxError) as info:
        parse_query(query)
    assert fragment in str(info.value)


_ALPHABET = st.sampled_from(list("abc xyz\"()*-:^+'.,&NOTANDOR“”\t\n\x00é") + ["AND", "OR", "NOT", "NEAR", " "])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(_ALPHABET, max_size=14).map("".join)))
def test_any_input_is_a_valid_query_or_a_helpful_error(query):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO f VALUES ('abc xyz not and or near')")
    try:
        parsed = parse_query(query)
    except SearchSyntaxError as exc:
        assert str(exc) and len(str(exc)) < 300
        return
    db.execute("SELECT count(*) FROM f WHERE f MATCH ?", (parsed.fts,)).fetchone()
    assert parsed.terms
