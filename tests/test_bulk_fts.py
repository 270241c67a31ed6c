"""Bulk insert indexes each batch with set-based FTS5 inserts instead of the row triggers:
the indexes must be exactly what the triggers make, and the triggers must be back after."""

from __future__ import annotations

import sqlite3

import pytest

from benchmarks.scale_corpus import generate
from corpora import store
from corpora.bulk import BulkArticle, bulk_insert

TERMS = ("partner*", "pharmacist", "continuity", "retire*", "workload", '"primary care"', "federation", "locum*")
TABLES = ("paragraphs", "comments", "quotes")


def matches(conn, table: str, term: str) -> list[str]:
    return sorted(
        r[0]
        for r in conn.execute(
            f"SELECT t.text FROM {table}_fts f JOIN {table} t ON t.id = f.rowid WHERE {table}_fts MATCH ?", (term,)
        )
    )


def test_bulk_indexes_are_the_triggers_indexes_and_the_triggers_come_back(tmp_path):
    items = list(generate(40, 400, seed=3))
    bulk = store.connect(tmp_path / "bulk.db")
    bulk_insert(bulk, items[:30], batch_size=7)  # several batches, each appended to the index
    by_rows = store.connect(tmp_path / "rows.db")
    for item in items[:30]:  # the row-at-a-time path: every FTS row written by a trigger
        store.upsert_article(by_rows, item.record)
    found = 0
    for table in ("paragraphs", "comments"):
        for term in TERMS:
            got = matches(bulk, table, term)
            assert got == matches(by_rows, table, term), (table, term)
            found += len(got)
    assert found > 100  # the searches do find things
    for table in TABLES:  # the index agrees with its content table, row for row
        bulk.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
    assert bulk.execute("SELECT count(*) FROM quotes_fts").fetchone()[0] > 0

    # the insert triggers are back: a crawled article is indexed as usual
    triggers = {r[0] for r in bulk.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {f"{t}_fts_ai" for t in TABLES} <= triggers
    store.upsert_article(bulk, items[35].record)
    text = items[35].record.comments[0].text
    word = max(text.split(), key=len).strip(".,;:!?'\"")
    assert text in matches(bulk, "comments", f'"{word}"')


def test_a_failed_batch_leaves_index_and_triggers_as_they_were(tmp_path):
    conn = store.connect(tmp_path / "s.db")
    items = list(generate(6, 40, seed=2))
    bulk_insert(conn, items[:3], batch_size=10)
    before = conn.execute("SELECT count(*) FROM comments_fts").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        bulk_insert(conn, [items[3], BulkArticle(items[0].record)], batch_size=10)
    assert conn.execute("SELECT count(*) FROM comments_fts").fetchone()[0] == before
    conn.execute("INSERT INTO comments_fts(comments_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'comments_fts_ai'").fetchone()[0] == 1


def test_bulk_comment_counts_match_the_comments(tmp_path):
    conn = store.connect(tmp_path / "s.db")
    items = list(generate(30, 300, seed=4))
    bulk_insert(conn, items[:20], batch_size=6)
    store.upsert_article(conn, items[25].record)  # the trigger is back for crawled articles
    counts = dict(conn.execute("SELECT article_id, n FROM comment_counts WHERE n > 0"))
    grouped = dict(conn.execute("SELECT article_id, count(*) FROM comments GROUP BY article_id"))
    assert sorted(counts.items()) == sorted(grouped.items()) and sum(grouped.values()) >= 100
