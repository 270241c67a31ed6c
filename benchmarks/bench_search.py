"""Search benchmarks: FTS5 latency against a LIKE scan of the same table, and its growth.

For comments, article paragraphs and quotes, each query does what a search page does:
the 20 newest matching units and the total count.  Unfiltered, and with filters (a
two-year window of publication plus negative sentiment for comments and quotes, or the
news section for paragraphs).  The same queries are run as ``LIKE '%term%'`` scans of
the same tables (the baseline); ``ratio`` = FTS5 latency / LIKE latency (below 1: FTS5
is faster).  The FTS5 statements search the text column, and filtered ones AND the filters'
tokens (migration 8: publication years, months and days, section, sentiment) into the full-text
query, as the app does, keeping the SQL conditions; the unfiltered count reads the index alone,
and the page, filtered or not, is read newest year (or month) first by
:func:`corpora.queries.newest_matches` (the year's or month's filter token; the same 20 ids as
the one statement of :func:`corpora.sqlite_baselines.search_statements`).  (The app's page, the ``app``
rows, is another search: groups among the latest-stored 5,000 matches, bounded by that window.)  Every scope orders by its
article's publication (``a.published DESC, u.id DESC``), as the app does.  Run on the scale corpus at 10k and 100k comments (and 1M in a full run),
built by bench_ingest or here (``benchmarks/work/_scale_cache``).

The ``app ... one month`` rows time the app's search with a one-month window (March 2020) against a
``LIKE`` scan of the same month with the same filters (a store without filter tokens drives such a search from the window:
:meth:`corpora.backend.Backend.fts_window_first`).  The ``app ...`` rows time what the app's search page runs for the same queries:
:func:`corpora.queries.search` (a page of 20 grouped results among the latest 5,000 matches)
plus :func:`corpora.queries.search_count` (counted up to 1,000), with the same date window and
sentiment (comments, quotes) or the date window alone (paragraphs: the app has no section
filter), against a ``LIKE`` scan with the same filters: for comments and quotes the scan of the rows
above, for paragraphs the window alone (the rows above also keep only the news section, a cheaper
scan; their p95 is in the note).  The page and its count share one reading of
the search's window (:func:`corpora.queries._shared`: whichever comes first reads it, the other
takes it), so each repetition reads the window once, as each search page the app shows does; a
filtered window is read from the ids the full-text index gives in its own order, without the
filters' conditions when the filter tokens are exact (:func:`corpora.queries._window`).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from benchmarks import scale_corpus
from corpora import queries, store
from corpora import sqlite_baselines as baselines

ROOT = Path(__file__).resolve().parents[1]

CACHE = ROOT / "benchmarks" / "work" / "_scale_cache"

#: (FTS5 query, LIKE pattern) pairs: words, a stemmed word, a prefix, phrases.
QUERIES = (
    ("burnout", "%burnout%"),
    ("partnership", "%partnership%"),
    ("pharmacists", "%pharmacist%"),
    ("continuity", "%continuity%"),
    ("federation", "%federation%"),
    ("retire*", "%retire%"),
    ('"last partner standing"', "%last partner standing%"),
    ('"real-terms cut"', "%real-terms cut%"),
    ("triage", "%triage%"),
    ("lease", "%lease%"),
)

WINDOW = ("2020-01-01", "2022-01-01")
#: a narrow window (issue 18): the app drives such a search from the window, not from the match
MONTH = ("2020-03-01", "2020-04-01")

SCOPES = tuple(baselines.SEARCH_SCOPES)


def time_queries(
    conn,
    scope: str,
    method: str,
    filtered: bool,
    reps: int,
    window: tuple[str, str] = WINDOW,
    *,
    app_filters: bool = False,
) -> tuple[list[float], int]:
    """Latencies in ms of (page + count) for every query, ``reps`` times each after a warm-up
    (``app_filters``: a ``LIKE`` scan with the filters of the app's search page)."""
    if app_filters and method != "like":
        raise ValueError("app_filters is for the LIKE baseline of the app's page")
    sql = baselines.search_statements(scope, method, filtered, app_filters=app_filters)
    params_extra = list(window) if filtered else []
    latencies, hits = [], 0
    for fts_q, like_q in QUERIES:
        match = baselines.fts_search_param(scope, fts_q, filtered, window) if method == "fts" else like_q
        params = [match, *params_extra]
        newest = {"window": window} if filtered else {}
        if method == "fts":  # newest year (or month) first: queries.newest_matches
            baselines.run_newest(conn, scope, fts_q, count=False, **newest)  # warm-up
        else:
            baselines.run_search(conn, sql, params, count=False)  # warm-up
        for _ in range(reps):
            started = time.perf_counter()
            if method == "fts":
                n = baselines.run_newest(conn, scope, fts_q, **newest)
            else:
                n = baselines.run_search(conn, sql, params)
            latencies.append((time.perf_counter() - started) * 1000)
        hits += n
    return latencies, hits


APP_SCOPES = {"comments": "comment", "paragraphs": "paragraph", "quotes": "quote"}


def app_filters(scope: str, filtered: bool, window: tuple[str, str] = WINDOW) -> queries.SearchFilters:
    if not filtered:
        return queries.SearchFilters()
    # the app's end date is inclusive: the day before the window's (exclusive) end
    end = (dt.date.fromisoformat(window[1]) - dt.timedelta(days=1)).isoformat()
    if scope == "paragraphs":
        return queries.SearchFilters(start=window[0], end=end)
    return queries.SearchFilters(start=window[0], end=end, sentiment="negative")


def time_app_queries(conn, scope: str, filtered: bool, reps: int, window: tuple[str, str] = WINDOW) -> list[float]:
    """Latencies in ms of the app's search page (a page of results + the count) for every query."""
    unit, filters = APP_SCOPES[scope], app_filters(scope, filtered, window)
    latencies = []
    for fts_q, _ in QUERIES:
        queries.search(conn, unit, fts_q, filters)  # warm-up
        for _ in range(reps):
            started = time.perf_counter()
            queries.search(conn, unit, fts_q, filters)
            queries.search_count(conn, unit, fts_q, filters)
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def _row(
    metric: str, value: float, baseline: str | None, baseline_value: float | None, note: str, unit: str = "ms"
) -> dict:
    ratio = value / baseline_value if baseline_value else None
    return {
        "benchmark": "search",
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
        "baseline": baseline,
        "baseline_value": None if baseline_value is None else round(baseline_value, 3),
        "ratio": None if ratio is None else round(ratio, 3),
        "note": note,
    }


def run(workdir: Path, quick: bool) -> list[dict]:
    levels = [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]
    reps = 3 if quick else 5
    rows: list[dict] = []
    first_p95: dict[tuple, float] = {}
    for comments in levels:
        path = scale_corpus.scale_store(comments, CACHE)
        conn = store.connect(path, readonly=True)
        label = f"{comments:,} comments"
        try:
            for scope in SCOPES:
                for filtered in (False, True):
                    fts, fts_hits = time_queries(conn, scope, "fts", filtered, reps)
                    like, like_hits = time_queries(conn, scope, "like", filtered, reps)
                    name = f"{scope}{' filtered' if filtered else ''}"
                    note = (
                        f"{len(QUERIES)} queries x {reps}; 20 newest + count; matches FTS {fts_hits:,} / "
                        f"LIKE {like_hits:,}"
                        + ("; 2020-21, " + ("news" if scope == "paragraphs" else "negative") if filtered else "")
                    )
                    p50, p95 = percentile(fts, 50), percentile(fts, 95)
                    rows.append(_row(f"{name} p50 @ {label}", p50, "LIKE scan p50", percentile(like, 50), note))
                    rows.append(_row(f"{name} p95 @ {label}", p95, "LIKE scan p95", percentile(like, 95), note))
                    app = time_app_queries(conn, scope, filtered, reps)
                    # the app's page against a LIKE scan with the app's filters, timed apart only where
                    # they differ from the rows above (paragraphs: the app has no section filter)
                    own_scan = filtered and baselines.search_statements(
                        scope, "like", True, app_filters=True
                    ) != baselines.search_statements(scope, "like", True)
                    like_app = time_queries(conn, scope, "like", True, reps, app_filters=True)[0] if own_scan else like
                    rows.append(
                        _row(
                            f"app {name} p95 @ {label}",
                            percentile(app, 95),
                            "LIKE scan p95" + (" (the app's filters)" if own_scan else ""),
                            percentile(like_app, 95),
                            f"{len(QUERIES)} queries x {reps}; queries.search (20 results) + search_count, as the "
                            "search page"
                            + ("; 2020-21" + ("" if scope == "paragraphs" else ", negative") if filtered else "")
                            + (
                                f"; LIKE with the same filters (the rows above also filter on news: "
                                f"p95 {percentile(like, 95):.1f} ms)"
                                if own_scan
                                else ""
                            ),
                        )
                    )
                    if filtered:  # one month: the app drives the search from the window
                        like_m, like_m_hits = time_queries(conn, scope, "like", True, reps, MONTH, app_filters=True)
                        app_m = time_app_queries(conn, scope, True, reps, MONTH)
                        rows.append(
                            _row(
                                f"app {name} one month p95 @ {label}",
                                percentile(app_m, 95),
                                "LIKE scan p95 (same month)",
                                percentile(like_m, 95),
                                f"{len(QUERIES)} queries x {reps}; as above, published in March 2020"
                                + ("" if scope == "paragraphs" else ", negative")
                                + f"; LIKE scan of the same month: {like_m_hits:,} matches",
                            )
                        )
                    app_key = ("app", scope, filtered)
                    if app_key not in first_p95:
                        first_p95[app_key] = percentile(app, 95)
                    elif comments == levels[-1]:
                        rows.append(
                            _row(
                                f"app {name} p95 growth {levels[0]:,} -> {comments:,}",
                                percentile(app, 95) / first_p95[app_key],
                                "corpus growth",
                                comments / levels[0],
                                "how much slower the app's search gets as the corpus grows (x)",
                                unit="x",
                            )
                        )
                    key = (scope, filtered)
                    if key not in first_p95:
                        first_p95[key] = p95
                    elif comments == levels[-1]:
                        rows.append(
                            _row(
                                f"{name} p95 growth {levels[0]:,} -> {comments:,}",
                                p95 / first_p95[key],
                                "corpus growth",
                                comments / levels[0],
                                "how much slower FTS5 gets as the corpus grows (x), against how much "
                                "the corpus grew (x)",
                                unit="x",
                            )
                        )
        finally:
            conn.close()
    return rows
