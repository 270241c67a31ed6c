"""Stores of the scale corpus for the search and store tests: one way to build one and one way
to copy one, so that every test module loads the same rows the same way."""

from __future__ import annotations

from pathlib import Path

from benchmarks import scale_corpus
from benchmarks.scale_corpus import copy_store  # noqa: F401 - the tests' one way to copy a store
from corpora import store
from corpora.bulk import bulk_insert

FETCHED = "2026-11-01T00:00:00+00:00"


def load_scale_corpus(conn, articles: int, comments: int, seed: int) -> None:
    """The scale corpus (``articles`` articles, ``comments`` comments, ``seed``) with the annotations
    it was written with, into the open store ``conn`` through the bulk writer."""
    bulk_insert(
        conn,
        scale_corpus.generate(articles, comments, seed),
        model_version=scale_corpus.MODEL_VERSION,
        fetched=FETCHED,
    )


def build_scale_corpus(path: str | Path, articles: int, comments: int, seed: int) -> Path:
    """A new store at ``path`` holding the scale corpus (see :func:`load_scale_corpus`)."""
    conn = store.connect(path)
    try:
        load_scale_corpus(conn, articles, comments, seed)
    finally:
        conn.close()
    return Path(path)
