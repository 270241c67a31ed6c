"""The benchmarks' scale corpus and the bulk loader behind it, on a small size."""

from __future__ import annotations

import random
import sqlite3

import pytest

from benchmarks.scale_corpus import build_scale_store, generate, thread_sizes
from corpora import store
from corpora.bulk import BulkArticle, bulk_insert
from corpora.sample_site import phrases


def test_thread_sizes_are_exact_and_long_tailed():
    sizes = thread_sizes(random.Random(3), 2000, 20000)
    assert sum(sizes) == 20000 and len(sizes) == 2000
    assert sizes.count(0) > 100  # some articles have no comments
    ordered = sorted(sizes)
    assert ordered[-1] > 10 * ordered[len(ordered) // 2]  # a long tail


def test_scale_store_is_deterministic_complete_and_consistent(tmp_path):
    a = build_scale_store(tmp_path / "a.db", 120, 1500, seed=5)
    assert (a["articles"], a["comments"]) == (120, 1500)
    again = [c.text for item in generate(120, 1500, seed=5) for c in item.record.comments]
    for path in (tmp_path / "a.db",):
        conn = store.connect(path, readonly=True)
        assert [r[0] for r in conn.execute("SELECT text FROM comments ORDER BY id")] == again  # deterministic
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the FTS indexes hold exactly the stored rows
        for table in ("comments", "paragraphs", "quotes"):
            n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert conn.execute(f"SELECT count(*) FROM {table}_fts").fetchone()[0] == n
        assert conn.execute("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'partner*'").fetchone()[0] > 0
        # the FTS insert triggers are back after the deferred indexing
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"comments_fts_ai", "paragraphs_fts_ai", "quotes_fts_ai"} <= triggers
        themes = {r[0] for r in conn.execute("SELECT DISTINCT theme FROM annotation_themes")}
        assert themes == set(phrases.THEMES)
        sentiments = {
            r[0] for r in conn.execute("SELECT DISTINCT sentiment FROM annotations WHERE unit_type='comment'")
        }
        assert sentiments == {"negative", "neutral", "positive"}
        years = conn.execute("SELECT count(DISTINCT substr(published, 1, 4)) FROM articles").fetchone()[0]
        assert years >= 10
        # replies point at an earlier comment of the same article
        bad = conn.execute("""SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_id
                              WHERE p.article_id != c.article_id OR p.position >= c.position""").fetchone()[0]
        assert bad == 0 and conn.execute("SELECT count(*) FROM comments WHERE parent_id IS NOT NULL").fetchone()[0]
        # every quote sits in the paragraph that contains it
        for text, para in conn.execute(
            "SELECT q.text, p.text FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id"
        ):
            assert text.rstrip(".") in para
        conn.close()
    with pytest.raises(FileExistsError):
        build_scale_store(tmp_path / "a.db", 10, 10)


def test_bulk_insert_rolls_back_a_batch_with_a_duplicate_url(tmp_path):
    conn = store.connect(tmp_path / "s.db")
    items = list(generate(6, 30, seed=1))
    assert bulk_insert(conn, items[:3], batch_size=10).articles == 3
    before = store.counts(conn)
    with pytest.raises(sqlite3.IntegrityError):
        bulk_insert(conn, [items[3], items[4], BulkArticle(items[0].record)], batch_size=10)
    assert store.counts(conn) == before
    # stored rows round-trip through the normal repository API
    art = store.get_article(conn, 1)
    assert art["title"] == items[0].record.title and len(art["comments"]) == len(items[0].record.comments)
