"""Schema migration 11 stores a sentence's or quote's text as NULL when it is the slice its offsets name in
its paragraph or comment: whatever the text (any script, astral characters, combining marks, control
characters) and whatever was written, the views read back exactly what was written."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpora import sqlite_backend, store
from corpora.records import ArticleRecord, CommentRecord, Paragraph

# any text SQLite stores (no lone surrogates, which UTF-8 cannot carry)
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("slices") / "slices.db"
    connection = store.connect(path)
    yield connection
    connection.close()
    assert sqlite_backend.SQLITE.integrity_check(path) == "ok"  # every FTS5 index agrees with its view


def _article(conn, paragraph: str, comment: str) -> tuple[int, int, int]:
    """A new article with one paragraph and one comment; their row ids."""
    n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    record = ArticleRecord(
        url=f"https://slices.example/{n}/",
        source="slices.example",
        title="t",
        paragraphs=[Paragraph(paragraph)],
        comments=[CommentRecord(text=comment, author="a", posted="2026-01-01T00:00:00")],
    )
    article_id = store.upsert_article(conn, record, fetched="2026-11-01T00:00:00+00:00").article_id
    pid = conn.execute("SELECT id FROM paragraphs WHERE article_id = ?", (article_id,)).fetchone()[0]
    cid = conn.execute("SELECT id FROM comments WHERE article_id = ?", (article_id,)).fetchone()[0]
    return article_id, pid, cid


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraph=_TEXT, comment=_TEXT, cut=st.tuples(st.integers(0, 60), st.integers(0, 60)), other=_TEXT)
def test_a_slice_or_any_other_text_reads_back_exactly(conn, paragraph, comment, cut, other):
    article_id, pid, cid = _article(conn, paragraph, comment)
    start, end = sorted(cut)
    rows = [  # (parent column, parent id, start, end, text): the slices, and texts that are not
        ("paragraph_id", pid, start, end, paragraph[start:end]),
        ("comment_id", cid, start, end, comment[start:end]),
        ("paragraph_id", pid, start, end, other),
        ("comment_id", cid, 0, len(comment), comment),
    ]
    with store.transaction(conn):
        for column, parent, a, b, text in rows:
            conn.execute(
                f'INSERT INTO sentences(article_id, {column}, position, start, "end", text) VALUES (?, ?, 0, ?, ?, ?)',
                (article_id, parent, a, b, text),
            )
        conn.execute(
            'INSERT INTO quotes(article_id, paragraph_id, position, start, "end", text, speaker) '
            "VALUES (?, ?, 0, ?, ?, ?, ?)",
            (article_id, pid, start, end, paragraph[start:end], other),
        )
    read = [r[0] for r in conn.execute("SELECT text FROM sentences WHERE article_id = ? ORDER BY id", (article_id,))]
    assert read == [r[4] for r in rows]
    quote = conn.execute("SELECT text, speaker FROM quotes WHERE article_id = ?", (article_id,)).fetchone()
    assert tuple(quote) == (paragraph[start:end], other)
    # a stored NULL is never a text other than the slice (the comparison is exact, byte for byte)
    stored = conn.execute("SELECT text FROM sentence_rows WHERE article_id = ? ORDER BY id", (article_id,)).fetchall()
    for (kept,), (_, _, _, _, text) in zip(stored, rows, strict=True):
        assert kept is None or kept == text


def test_plain_slices_are_stored_as_offsets_alone(conn):
    """The partner of the property above: ordinary slices (what the pipeline writes) are stored as NULL."""
    article_id, pid, cid = _article(conn, "Practices are closing. Patients wait longer.", "We are exhausted. Truly.")
    with store.transaction(conn):
        for column, parent, a, b, text in (
            ("paragraph_id", pid, 0, 22, "Practices are closing."),
            ("paragraph_id", pid, 23, 44, "Patients wait longer."),
            ("comment_id", cid, 0, 17, "We are exhausted."),
        ):
            conn.execute(
                f'INSERT INTO sentences(article_id, {column}, position, start, "end", text) VALUES (?, ?, 0, ?, ?, ?)',
                (article_id, parent, a, b, text),
            )
    stored = conn.execute("SELECT text FROM sentence_rows WHERE article_id = ?", (article_id,)).fetchall()
    assert [r[0] for r in stored] == [None, None, None]
    assert conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'exhausted'").fetchone()[0] >= 1
