"""bench_ingest's analysed-store row: a scale store put through gpwatch analyze for real (sentences, quotes
and a whole-codebook annotation of every unit), measured against the raw text of its paragraphs and comments."""

from __future__ import annotations

import sqlite3

from benchmarks import scale_corpus
from benchmarks.bench_ingest import analysed_store_row
from nlp import model_cache


def test_the_analysed_store_row_measures_a_store_that_analysis_has_filled(tmp_path):
    assert model_cache.cached() is not None, "make install trains the default model into the cache"
    source = tmp_path / "scale.db"
    scale_corpus.build_scale_store(source, 12, 60, seed=0)
    work = tmp_path / "work"
    work.mkdir()
    row = analysed_store_row(source, work)
    analysed = work / "analysed.db"
    conn = sqlite3.connect(analysed)
    try:
        sentences = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        kinds = dict(conn.execute("SELECT unit_type, count(*) FROM annotations GROUP BY unit_type").fetchall())
        raw = sum(
            conn.execute(f"SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM {t}").fetchone()[0]
            for t in ("paragraphs", "comments")
        )
    finally:
        conn.close()
    source_conn = sqlite3.connect(source)
    try:  # the scale store itself is left as it was: no sentences
        assert source_conn.execute("SELECT count(*) FROM sentences").fetchone()[0] == 0
    finally:
        source_conn.close()
    assert sentences > 60 and kinds["sentence"] == sentences and kinds["comment"] == 60
    assert row["metric"] == "analysed_store_mb_per_million_comments @ 60 comments"
    assert row["baseline_value"] == round(raw / 1e6 / 60 * 1e6, 3)
    assert row["value"] == round(analysed.stat().st_size / 1e6 / 60 * 1e6, 3)
    assert row["ratio"] > 1 and f"{sentences:,} sentences" in row["note"]
