"""Ingest benchmarks: how fast articles and comments get into the store, and how big it gets.

* ``upsert_*_per_s``: articles and comments stored per second through
  :func:`corpora.store.upsert_article` (one transaction per article, as the crawler
  stores pages), against a bare ``executemany`` of the same rows into plain tables
  without indexes, triggers or full-text indexes, in one transaction (the floor);
* ``bulk_*_per_s``: the same articles through :func:`corpora.bulk.bulk_insert`, against the same
  bare ``executemany``: the median of ``BULK_ROUNDS`` interleaved rounds of each;
* ``scale_build_comments_per_s`` and ``store_mb_per_million_comments`` at 10k, 100k
  (and 1M in a full run) comments: building the scale corpus (quotes and annotations
  included) and the size of the resulting store, against the raw UTF-8 size of its text.
  The stores built here are left in ``benchmarks/work/_scale_cache`` for bench_search.
* ``analysed_store_mb_per_million_comments @ 10,000 comments``: the 10k store put through
  ``gpwatch analyze`` (:func:`nlp.analyze.analyze`, the default model from the install-time
  cache), which adds every sentence and a whole-codebook annotation of every unit: what a
  real store holds beside the same text, which the scale corpus alone leaves out.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path

from benchmarks import scale_corpus
from corpora import sqlite_baselines as baselines
from corpora import store
from corpora.bulk import BulkArticle, bulk_insert

ROOT = Path(__file__).resolve().parents[1]

CACHE = ROOT / "benchmarks" / "work" / "_scale_cache"
BULK_ROUNDS = 5  # bare/bulk rounds for the bulk insert rows (median of each side)


def _row(metric: str, value: float, unit: str, baseline: str | None, baseline_value: float | None, note: str) -> dict:
    ratio = value / baseline_value if baseline_value else None
    return {
        "benchmark": "ingest",
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
        "baseline": baseline,
        "baseline_value": None if baseline_value is None else round(baseline_value, 3),
        "ratio": None if ratio is None else round(ratio, 3),
        "note": note,
    }


def bare_insert(path: Path, items: list[BulkArticle]) -> float:
    """Seconds to write the same rows with plain executemany into bare tables (the baseline)."""
    conn = baselines.open_bare(path)
    started = time.perf_counter()
    baselines.bare_insert(conn, (item.record for item in items))
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def upsert_all(path: Path, items: list[BulkArticle]) -> float:
    conn = store.connect(path)
    started = time.perf_counter()
    for item in items:
        store.upsert_article(conn, item.record, fetched="2026-11-01T00:00:00+00:00")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def bulk_all(path: Path, items: list[BulkArticle]) -> float:
    conn = store.connect(path)
    plain = [BulkArticle(i.record) for i in items]  # articles and comments only, as upsert stores
    started = time.perf_counter()
    bulk_insert(conn, plain, fetched="2026-11-01T00:00:00+00:00")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def space_by_part(path: Path) -> dict[str, int]:
    conn = store.connect(path, readonly=True)
    try:
        return store.size_by_part(conn)
    finally:
        conn.close()


def where_the_bytes_are(parts: dict[str, int]) -> str:
    """``where the bytes are: ...``: each part of :func:`corpora.store.size_by_part` as its share, largest first."""
    total = sum(parts.values()) or 1
    return "where the bytes are: " + ", ".join(
        f"{k} {v / total:.0%}" for k, v in sorted(parts.items(), key=lambda kv: -kv[1])
    )


def raw_text_bytes(path: Path) -> int:
    conn = store.connect(path, readonly=True)
    try:
        return baselines.text_bytes(conn)
    finally:
        conn.close()


def analysed_store_row(source: Path, workdir: Path) -> dict:
    """The store at ``source`` (a scale store) copied and analysed for real, against its raw text: sentences,
    quotes and annotations by ``gpwatch analyze`` with the default model from the install-time cache
    (``make install`` puts it there; without it the row says so and has no value)."""
    from nlp import model_cache
    from nlp.analyze import analyze

    path = workdir / "analysed.db"
    path.unlink(missing_ok=True)
    conn = store.connect(scale_corpus.copy_store(source, path))
    try:
        comments = store.counts(conn)["comments"]
        label = f"analysed_store_mb_per_million_comments @ {comments:,} comments"
        cached = model_cache.cached()
        if cached is None:
            return _row(label, 0.0, "MB", None, None, "no cached default model: run `make install`")
        model_cache.install(cached, store.Store.of(conn).models_dir)
        started = time.perf_counter()
        report = analyze(conn, workers=max(1, min(2, os.cpu_count() or 1)))
        seconds = time.perf_counter() - started
        store.optimise(conn, checkpoint=True)
        raw = baselines.text_bytes(conn)
        parts = store.size_by_part(conn)
        counts = {unit: sum(by.values()) for unit, by in store.summary(conn)["sentiment"].items()}
    finally:
        conn.close()
    size = path.stat().st_size
    return _row(
        label,
        size / 1e6 / comments * 1e6,
        "MB",
        "raw UTF-8 text of paragraphs and comments",
        raw / 1e6 / comments * 1e6,
        f"the {comments:,}-comment scale store through gpwatch analyze ({report.sentences:,} sentences, "
        f"{report.quotes:,} quotes, {sum(counts.values()):,} annotations, {counts.get('sentence', 0):,} of them "
        f"sentences; {seconds:.0f} s): {size / 1e6:.1f} MB; " + where_the_bytes_are(parts),
    )


def run(workdir: Path, quick: bool) -> list[dict]:
    n_articles = 300 if quick else 2000
    items = list(scale_corpus.generate(n_articles, n_articles * 10, seed=1))
    n_comments = sum(len(i.record.comments) for i in items)
    note = f"{n_articles} generated articles with {n_comments} comments; upsert: one transaction per article"
    upsert = upsert_all(workdir / "upsert.db", items)
    # The bulk rows time about a second against about half a second: one pair of runs was at the
    # mercy of whatever else the machine did in that second (0.29x-0.52x between full runs).  So
    # BULK_ROUNDS rounds, each writing fresh files, in the order bare, bulk, bulk, bare, ..., and
    # the median of each side.
    bare_times, bulk_times = [], []
    for r in range(BULK_ROUNDS):
        order = (
            (("bare", bare_insert), ("bulk", bulk_all)) if r % 2 == 0 else (("bulk", bulk_all), ("bare", bare_insert))
        )
        for name, fn in order:
            path = workdir / f"{name}-{r}.db"
            for old in workdir.glob(f"{name}-{r}.db*"):
                old.unlink()
            (bare_times if name == "bare" else bulk_times).append(fn(path, items))
    bare, bulk = statistics.median(bare_times), statistics.median(bulk_times)
    bulk_note = (
        f"corpora.bulk.bulk_insert, 2,000 articles a transaction, FTS triggers on; median of {BULK_ROUNDS} "
        f"rounds in the order bare, bulk, bulk, bare, ... (bulk {', '.join(f'{t:.2f}' for t in bulk_times)} s; "
        f"bare {', '.join(f'{t:.2f}' for t in bare_times)} s)"
    )
    rows = [
        _row("upsert_articles_per_s", n_articles / upsert, "articles/s", "bare executemany", n_articles / bare, note),
        _row("upsert_comments_per_s", n_comments / upsert, "comments/s", "bare executemany", n_comments / bare, note),
        _row(
            "bulk_articles_per_s",
            n_articles / bulk,
            "articles/s",
            "bare executemany",
            n_articles / bare,
            bulk_note,
        ),
        _row(
            "bulk_comments_per_s",
            n_comments / bulk,
            "comments/s",
            "bare executemany",
            n_comments / bare,
            bulk_note,
        ),
    ]
    levels = [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]
    first_rate = None
    CACHE.mkdir(parents=True, exist_ok=True)
    for comments in levels:
        path = workdir / f"scale-{comments}.db"
        stats = scale_corpus.build_scale_store(path, comments // 10, comments, seed=0)
        rate = stats["comments"] / stats["seconds"]
        first_rate = first_rate or rate
        label = f"{comments:,} comments"
        rows.append(
            _row(
                f"scale_build_comments_per_s @ {label}",
                rate,
                "comments/s",
                "same at 10,000 comments",
                first_rate,
                f"{stats['articles']:,} articles, {stats['paragraphs']:,} paragraphs, {stats['quotes']:,} quotes, "
                f"{stats['annotations']:,} annotations in {stats['seconds']} s",
            )
        )
        mb_per_million = stats["bytes"] / 1e6 / stats["comments"] * 1e6
        raw = raw_text_bytes(path) / 1e6 / stats["comments"] * 1e6
        rows.append(
            _row(
                f"store_mb_per_million_comments @ {label}",
                mb_per_million,
                "MB",
                "raw UTF-8 text of paragraphs and comments",
                raw,
                f"whole store (FTS5 indexes, quotes, annotations included): {stats['bytes'] / 1e6:.1f} MB",
            )
        )
        parts = space_by_part(path)
        total = sum(parts.values()) or 1
        rows.append(
            _row(
                f"store_fts_share @ {label}",
                parts.get("FTS5 indexes", 0) / total,
                "fraction of the store",
                None,
                None,
                where_the_bytes_are(parts),
            )
        )
        if comments == levels[0]:
            rows.append(analysed_store_row(path, workdir))
        cached = scale_corpus.cached_path(comments, CACHE)
        if not cached.exists():
            shutil.move(str(path), cached)
        else:
            path.unlink()
    return rows
