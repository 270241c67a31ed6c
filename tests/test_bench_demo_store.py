"""The demo benchmark's store-size row (benchmarks/bench_demo.py): an analysed store against the raw
text of its paragraphs and comments, with the sentences' own text counted."""

from __future__ import annotations

import sqlite3

from benchmarks.bench_demo import store_size_row
from tests.app_fixture import build_fixture_store


def test_the_analysed_store_row_measures_pages_against_the_raw_text(tmp_path):
    db = tmp_path / "store.db"
    build_fixture_store(db)
    row = store_size_row(db)
    conn = sqlite3.connect(db)
    try:
        pages = conn.execute("SELECT sum(pgsize) FROM dbstat").fetchone()[0]
        raw = sum(
            conn.execute(f"SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM {t}").fetchone()[0]
            for t in ("paragraphs", "comments")
        )
        sentences = conn.execute("SELECT count(*), sum(length(CAST(text AS BLOB))) FROM sentences").fetchone()
    finally:
        conn.close()
    assert sentences[0] > 0 and raw > 0  # the fixture store is analysed: it has sentences
    assert row["value"] == round(pages / 1e6, 2) and row["baseline_value"] == round(raw / 1e6, 3)
    assert row["ratio"] == round(pages / raw, 2) > 1
    assert f"{sentences[0]:,} sentences" in row["note"]
    assert f"the sentences' own text {sentences[1] / 1e6:.2f} MB" in row["note"]
