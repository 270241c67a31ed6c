"""A deterministic, realistic scale corpus written straight into a store.

    python -m benchmarks.scale_corpus OUT.db [--articles 100000] [--comments 1000000] [--seed 0]

Ten years of articles (November 2016 to October 2026) on every theme and in every
sentiment, composed from the sample site's original phrase material
(:mod:`corpora.sample_site.generate`): trade-press quotes with named speakers, bullets,
headings, and comment threads whose sizes are long-tailed (many articles with a few
comments or none, a few with hundreds).  Quotes and annotations (the sentiment and themes
each unit was written with, under model version ``scale-corpus``) are stored with them so
searches, filters and the app's pages have realistic data to work on.  Same arguments,
same corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from corpora import store
from corpora.bulk import BulkAnnotation, BulkArticle, BulkCounts, bulk_insert, deferred_fts
from corpora.records import ArticleRecord, CommentRecord, Paragraph, Quote
from corpora.sample_site import phrases as P
from corpora.sample_site.generate import compose_article

ROOT = Path(__file__).resolve().parents[1]

GENERATOR_VERSION = "5"  # bump when the output changes, so cached stores are rebuilt (the schema is in the name)
MODEL_VERSION = "scale-corpus"
SOURCE = "scale.gpwatch.example"
START = dt.datetime(2016, 11, 1, 7, 0)
END = dt.datetime(2026, 10, 31, 18, 0)
MAX_THREAD = 2500


def thread_sizes(rng: random.Random, articles: int, comments: int) -> list[int]:
    """Long-tailed thread sizes summing exactly to ``comments``: about one article in six
    has none, most have a handful, a few have hundreds (capped at ``MAX_THREAD``)."""
    if articles <= 0:
        return []
    weights = [0.0 if rng.random() < 0.16 else rng.paretovariate(1.6) for _ in range(articles)]
    if not any(weights):
        weights[0] = 1.0
    total = sum(weights)
    sizes = [min(MAX_THREAD, int(w / total * comments)) for w in weights]
    short = comments - sum(sizes)
    open_ = [i for i, w in enumerate(weights) if w > 0]
    i = 0
    while short > 0:  # hand out the remainder one at a time to articles that have threads
        k = open_[i % len(open_)]
        if sizes[k] < MAX_THREAD or len(open_) * MAX_THREAD < comments:
            sizes[k] += 1
            short -= 1
        i += 1
    return sizes


def quote_span(paragraph: str, quote: str) -> dict:
    """A quote as the quote finder stores it: the words between the marks in its paragraph, with their
    offsets (a closing full stop the paragraph turned into a comma before "she added" left out); the text
    alone where the paragraph does not hold it."""
    for text in (quote, quote[:-1] if quote.endswith(".") else None):
        start = paragraph.find(text) if text else -1
        if start >= 0:
            return {"text": text, "start": start, "end": start + len(text)}
    return {"text": quote}


def generate(articles: int, comments: int, seed: int = 0) -> Iterator[BulkArticle]:
    """The scale corpus as :class:`BulkArticle` items, oldest first."""
    rng = random.Random(seed)
    sizes = thread_sizes(rng, articles, comments)
    span = (END - START).total_seconds()
    n_themes = len(P.THEMES)
    for i, size in enumerate(sizes):
        published = START + dt.timedelta(seconds=span * (i + rng.random() * 0.9) / max(1, articles))
        theme = P.THEMES[rng.randrange(n_themes)]
        secondary = P.THEMES[rng.randrange(n_themes)]
        sentiment = rng.choices(P.SENTIMENTS, weights=(5, 3, 2))[0]
        art = compose_article(
            rng,
            published=published.replace(microsecond=0).isoformat(),
            theme=theme,
            secondary=secondary,
            sentiment=sentiment,
            n_comments=size,
        )
        url = f"https://{SOURCE}/{art['published'][:4]}/{art['published'][5:7]}/{art['slug']}-{i}/"
        comments_out = []
        for k, c in enumerate(art["comments"]):
            parent = f"{i}-{c['reply_to'] - 1}" if c["reply_to"] else None
            comments_out.append(
                CommentRecord(
                    text=c["text"],
                    author=c["author"],
                    posted=c["posted"],
                    external_id=f"{i}-{k}",
                    parent_external_id=parent,
                )
            )
        record = ArticleRecord(
            url=url,
            source=SOURCE,
            title=art["title"],
            standfirst=art["standfirst"],
            byline=art["author"],
            section=art["section"],
            published=art["published"],
            comments_declared=size,
            paragraphs=[Paragraph(p["text"], p["kind"]) for p in art["paragraphs"]],
            comments=comments_out,
        )
        quotes = [
            Quote(
                position=k,
                paragraph_index=q["paragraph"],
                speaker=q["speaker"],
                speaker_name=q["speaker"],
                speaker_role=q["role"],
                speaker_org=q["org"],
                cue=q["cue"],
                **quote_span(art["paragraphs"][q["paragraph"]]["text"], q["text"]),
            )
            for k, q in enumerate(art["quotes"])
        ]
        annotations = [BulkAnnotation("article", 0, sentiment, art["themes"])]
        annotations += [
            BulkAnnotation("quote", k, q["sentiment"], art["themes"][:1]) for k, q in enumerate(art["quotes"])
        ]
        annotations += [
            BulkAnnotation("comment", k, c["sentiment"], c["themes"]) for k, c in enumerate(art["comments"])
        ]
        yield BulkArticle(record, quotes, annotations)


def copy_store(source: str | Path, path: str | Path) -> Path:
    """A copy of the SQLite store ``source`` at ``path`` (SQLite's online backup: a consistent copy
    even of a store in WAL mode), for work that writes to a store others read."""
    src, dst = sqlite3.connect(source), sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return Path(path)


def build_scale_store(
    path: str | Path,
    articles: int = 100_000,
    comments: int = 1_000_000,
    seed: int = 0,
    *,
    progress: Callable[[BulkCounts], None] | None = None,
) -> dict:
    """Create a new store at ``path`` holding the scale corpus; returns counts and timings.

    Refuses an existing file (the corpus is written with fresh ids)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path}: already exists; the scale corpus is written into a new store")
    started = time.perf_counter()
    conn = store.connect(path)
    try:
        store.set_cache_size(conn, 195)
        store.set_meta(
            conn, "scale_corpus", f"v{GENERATOR_VERSION} articles={articles} comments={comments} seed={seed}"
        )
        with deferred_fts(conn):  # a new store nobody else uses: index the text in one pass at the end
            counts = bulk_insert(
                conn,
                generate(articles, comments, seed),
                batch_size=2000,
                model_version=MODEL_VERSION,
                fetched="2026-11-01T00:00:00+00:00",
                on_batch=progress,
            )
        store.optimise(conn, checkpoint=True)
    finally:
        conn.close()
    seconds = time.perf_counter() - started
    return {
        "path": str(path),
        "articles": counts.articles,
        "paragraphs": counts.paragraphs,
        "comments": counts.comments,
        "quotes": counts.quotes,
        "annotations": counts.annotations,
        "seconds": round(seconds, 2),
        "bytes": path.stat().st_size,
    }


def current_schema() -> int:
    """The schema version a new store gets from this gpwatch."""
    conn = store.connect(":memory:")
    try:
        return store.schema_version(conn)
    finally:
        conn.close()


def cached_path(comments: int, cache_dir: str | Path, *, seed: int = 0, articles: int | None = None) -> Path:
    """Where the cached scale store of this size lives. The schema version is in the name: a cached
    store from an older schema would be migrated in place on opening, and a migrated store's size
    and plans are not those of a new store."""
    articles = comments // 10 if articles is None else articles
    name = f"scale-v{GENERATOR_VERSION}-schema{current_schema()}-{articles}a-{comments}c-s{seed}.db"
    return Path(cache_dir) / name


def scale_store(comments: int, cache_dir: str | Path, *, seed: int = 0, articles: int | None = None) -> Path:
    """A scale store with ``comments`` comments (and a tenth as many articles), built once
    and reused from ``cache_dir`` (benchmarks share it: the corpus is deterministic)."""
    articles = comments // 10 if articles is None else articles
    path = cached_path(comments, cache_dir, seed=seed, articles=articles)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        tmp = path.with_name(path.name + ".building")
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        build_scale_store(tmp, articles, comments, seed)
        tmp.rename(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale_corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    def say(total: BulkCounts) -> None:
        print(f"\r{total.articles:,} articles, {total.comments:,} comments", end="", file=sys.stderr, flush=True)

    try:
        stats = build_scale_store(args.out, args.articles, args.comments, args.seed, progress=say)
    except FileExistsError as exc:
        print(f"gpwatch: {exc}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    print(
        f"{stats['articles']:,} articles, {stats['paragraphs']:,} paragraphs, {stats['comments']:,} comments, "
        f"{stats['quotes']:,} quotes in {stats['seconds']} s; {stats['bytes'] / 1e6:.0f} MB at {stats['path']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
