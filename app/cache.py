"""The store's queries as the app's pages call them: over a read-only connection per
thread, each answer cached until the store changes.

The queries themselves (SQL) live in :mod:`corpora.queries` as plain ``fn(conn, ...)``
functions.  Here each becomes ``fn(db_path, ...)``, keyed in Streamlit's ``st.cache_data``
on the store's *generation* (:func:`corpora.queries.generation`), so that a refresh landing in
the store invalidates every cached answer while repeated renders of an unchanged corpus cost
nothing.  ``fn.plain`` is the uncached query.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from typing import Any

from corpora import queries
from corpora.backend import Connection
from corpora.queries import (  # noqa: F401 - the pages read these through this module
    COOCCURRENCE_WINDOW,
    COUNT_CAP,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    PROFILE_QUOTES,
    SCOPES,
    SEARCH_ORDERS,
    SEARCH_WINDOW,
    VOICES,
    SearchFilters,
    generation,
    timeline_from,
)
from corpora.store import Store, canonical_location

_local = threading.local()


def connection(db_path: str | os.PathLike) -> Connection:
    """A read-only connection to the store, one per thread (Streamlit runs sessions in threads)."""
    key = str(canonical_location(db_path))
    conns = getattr(_local, "conns", None)
    if conns is None:
        conns = _local.conns = {}
    conn = conns.get(key)
    if conn is None:
        conn = conns[key] = Store(key).connect(readonly=True)
    return conn


_REGISTRY: dict[str, Callable[..., Any]] = {}


def _cache_data():
    import streamlit as st

    return st.cache_data(show_spinner=False, max_entries=1024, ttl=3600)


@functools.cache
def _cached_runner() -> Callable[..., Any]:
    @_cache_data()
    def run_cached(name: str, db_path: str, gen: tuple, args: tuple, kwargs: tuple) -> Any:
        return _REGISTRY[name](connection(db_path), *args, **dict(kwargs))

    return run_cached


def cached(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Register ``fn(conn, ...)`` and return ``wrapper(db_path, ...)`` whose answers are
    cached per store generation.  ``wrapper.plain`` is the uncached function."""
    _REGISTRY[fn.__name__] = fn

    @functools.wraps(fn)
    def wrapper(db_path: str | os.PathLike, *args: Any, **kwargs: Any) -> Any:
        db_path = str(db_path)
        gen = generation(connection(db_path), db_path)
        return _cached_runner()(fn.__name__, db_path, gen, args, tuple(sorted(kwargs.items())))

    wrapper.plain = fn  # type: ignore[attr-defined]
    return wrapper


corpus_summary = cached(queries.corpus_summary)
last_refresh = cached(queries.last_refresh)
voice_month_sentiment = cached(queries.voice_month_sentiment)
theme_month_sentiment = cached(queries.theme_month_sentiment)
sentiment_by_voice = cached(queries.sentiment_by_voice)
theme_prevalence_by_month = cached(queries.theme_prevalence_by_month)
article_theme_months = cached(queries.article_theme_months)
compare_counts = cached(queries.compare_counts)
thread_stats = cached(queries.thread_stats)
most_discussed = cached(queries.most_discussed)
themes_in_store = cached(queries.themes_in_store)
theme_texts = cached(queries.theme_texts)
cooccurring_themes = cached(queries.cooccurring_themes)
representative_units = cached(queries.representative_units)
search = cached(queries.search)
search_count = cached(queries.search_count)
filter_options = cached(queries.filter_options)
speakers = cached(queries.speakers)
speaker_count = cached(queries.speaker_count)
article = cached(queries.article)
article_comments = cached(queries.article_comments)
find_articles = cached(queries.find_articles)
thread_names = cached(queries.thread_names)
units_to_label = cached(queries.units_to_label)
label_agreement = cached(queries.label_agreement)
runs = cached(queries.runs)
errors_by_source = cached(queries.errors_by_source)
recent_errors = cached(queries.recent_errors)


def theme_timeline(
    db_path: str | os.PathLike, themes: tuple[str, ...], start: str | None = None, end: str | None = None
) -> list[dict]:
    """Per month and voice: units tagged with any of ``themes`` (with their sentiment) and
    all annotated units of that voice, within [start, end] (both halves cached)."""
    if not themes:
        return []
    return timeline_from(
        theme_month_sentiment(db_path, tuple(themes), start, end), voice_month_sentiment(db_path, start, end)
    )


theme_timeline.plain = queries.theme_timeline  # type: ignore[attr-defined]
