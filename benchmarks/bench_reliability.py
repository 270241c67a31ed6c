"""Reliability counts for the benchmark report: kill points survived, inputs fuzzed,
hostile payloads tried, and the failures among them.

The scenarios are the tests' own (:mod:`benchmarks.reliability_helpers`), run with more
points and inputs (``quick``: fewer):

* ``gpwatch refresh`` and ``gpwatch analyze`` killed with SIGKILL at seeded points, then
  rerun: a point is *survived* when the kill landed, the rerun exited 0, the store passed
  ``PRAGMA integrity_check`` and the FTS5 checks, and it holds exactly what an
  uninterrupted run stores;
* two refreshes of one store started together: one runs, the other exits with status 3;
* hypothesis-generated feeds, sitemaps and WordPress REST answers through the discovery
  parsers, and big/hostile inputs (entity bombs, deep nesting) with their peak memory;
* XSS payloads rendered by the app and hostile searches and filters through its queries;
* a hostile web (issue 15), each case a scenario counted once: servers dripping a byte
  at a time (body, headers, robots.txt, a whole source during a budgeted refresh), a
  stacked ``gzip, gzip`` bomb (with its peak memory), too many content codings, reply
  threads 400/800/3,000 deep (time against linear) and 100,000 nested spans, a search
  over its time budget, analysis owed after a killed refresh or analyze, a comment over
  spaCy's ``max_length`` (1,000,001 characters; ``quick``: 30,000 under a lowered
  limit), a store locked through a symlink, control characters in an ingest error line,
  honest 429 attempt counts and refusals logged once.

Each count is a row whose baseline is how many were tried (``ratio`` = survived or passed
/ tried; 1.0 is the target).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from benchmarks import reliability_helpers as rh

ROOT = Path(__file__).resolve().parents[1]


def _row(metric: str, passed: int, tried: int, unit: str, note: str = "") -> dict:
    return {
        "benchmark": "reliability",
        "metric": metric,
        "value": passed,
        "unit": unit,
        "baseline": "tried",
        "baseline_value": tried,
        "ratio": round(passed / tried, 3) if tried else None,
        "note": note,
    }


def _failures(note_items: list[str]) -> str:
    return "; ".join(note_items[:2])[:300]


def kill_rows(workdir: Path, quick: bool) -> list[dict]:
    refresh_trials, analyze_trials = (2, 2) if quick else (8, 5)
    started = time.perf_counter()
    refresh = rh.refresh_kill_trials(workdir / "refresh", trials=refresh_trials, seed=101)
    refresh_s = time.perf_counter() - started
    started = time.perf_counter()
    analyze = rh.analyze_kill_trials(
        workdir / "analyze", workdir / "refresh" / "reference-refresh.db", trials=analyze_trials, seed=202
    )
    analyze_s = time.perf_counter() - started
    rows = []
    for name, outcomes, seconds in (("refresh", refresh, refresh_s), ("analyze", analyze, analyze_s)):
        survived = sum(o.survived for o in outcomes)
        failed = [str(o) for o in outcomes if not o.survived]
        points = ", ".join(o.point for o in outcomes)
        rows.append(
            _row(
                f"gpwatch {name}: kill -9 points survived",
                survived,
                len(outcomes),
                "points",
                _failures(failed) or f"points: {points}; {seconds:.0f} s",
            )
        )
    return rows


def concurrent_row(workdir: Path) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    with rh.sample_site(workdir, articles=4) as sources:
        results = rh.concurrent_refreshes(workdir, sources)
    statuses = sorted(status for status, _ in results)
    locked_out = [out for status, out in results if status == 3]
    ok = statuses == [0, 3] and any("another refresh is running" in out for out in locked_out)
    note = f"exit statuses {statuses}" + ("" if ok else f"; outputs: {[o[-150:] for _, o in results]}")
    return _row("two refreshes started together: one ran, one exited cleanly", int(ok), 1, "pairs", note)


def _fuzz(check, strategy, examples: int) -> tuple[int, list[str]]:
    from hypothesis import HealthCheck, given, settings

    seen = [0]
    failures: list[str] = []

    @settings(
        max_examples=examples, deadline=5000, database=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    @given(strategy)
    def run(doc):
        seen[0] += 1
        check(doc)

    try:
        run()
    except Exception as exc:  # noqa: BLE001 - a failure is a count and a note, not a crash
        failures.append(f"{type(exc).__name__}: {str(exc)[:200]}")
    return seen[0], failures


def fuzz_rows(quick: bool) -> list[dict]:
    examples = 60 if quick else 500
    strategies = rh.fuzz_strategies()
    rows = []
    for name, check in (("feeds", rh.check_feed), ("sitemaps", rh.check_sitemap), ("wp_json", rh.check_wp_json)):
        seen, failures = _fuzz(check, strategies[name], examples)
        rows.append(
            _row(
                f"fuzzed {name} handled (result or ValueError)",
                seen - len(failures),
                seen,
                "inputs",
                _failures(failures) or "hypothesis, derandomized",
            )
        )
    big = rh.big_inputs(scale=0.5 if quick else 4.0)
    passed, notes, worst = 0, [], 0.0
    for name, call, size in big:
        measured = rh.measure(call)
        bound = rh.memory_bound(size)
        worst = max(worst, measured.rss_growth / bound)
        if measured.error is None and measured.rss_growth <= bound:
            passed += 1
        else:
            notes.append(f"{name}: {measured.error or f'{measured.rss_growth / 1e6:.0f} MB'}")
    rows.append(
        _row(
            "big and hostile inputs within time and memory bounds",
            passed,
            len(big),
            "inputs",
            _failures(notes) or f"worst peak-memory growth {worst:.0%} of its bound",
        )
    )
    return rows


def hostile_rows(workdir: Path) -> list[dict]:
    db = workdir / "hostile.db"
    rh.build_hostile_store(db)
    rendered = rh.rendered_search_results(db)
    problems = [(o, p) for o, html in rendered for p in rh.check_rendered(o, html)]
    bad_renderings = {o for o, _ in problems}
    rows = [
        _row(
            "XSS payloads rendered inert (search results, titles, speakers)",
            len(rendered) - len(bad_renderings),
            len(rendered),
            "renderings",
            _failures([p for _, p in problems])
            or f"{len(rh.XSS_PAYLOADS)} payloads, each stored as title, paragraph, comment and quote",
        )
    ]
    answered, notes, messages = 0, [], 0
    for query in rh.HOSTILE_QUERIES:
        try:
            outcome = rh.check_query(db, query)
        except Exception as exc:  # noqa: BLE001 - counted
            notes.append(f"{query[:20]!r}: {type(exc).__name__}: {exc}")
            continue
        answered += 1
        messages += outcome == "message"
    rows.append(
        _row(
            "hostile searches answered (a message or results, no exception)",
            answered,
            len(rh.HOSTILE_QUERIES),
            "queries",
            _failures(notes) or f"{messages} got a helpful message",
        )
    )
    answered, notes = 0, []
    for text in rh.HOSTILE_FILTER_TEXT:
        try:
            rh.check_filter_text(db, text)
            answered += 1
        except Exception as exc:  # noqa: BLE001 - counted
            notes.append(f"{text[:12]!r}: {type(exc).__name__}: {exc}")
    rows.append(
        _row(
            "hostile filter text answered (speaker, organisation, title)",
            answered,
            len(rh.HOSTILE_FILTER_TEXT),
            "filters",
            _failures(notes),
        )
    )
    return rows


def hostile_web_rows(workdir: Path, quick: bool) -> list[dict]:
    rows = []
    for s in rh.issue15_scenarios(workdir, quick):
        note = s.note if s.value is None else f"{s.note}; measured {s.value} {s.unit} against {s.limit} {s.unit}"
        rows.append(_row(f"hostile web: {s.name}", int(s.passed), 1, "cases", note))
    return rows


def run(workdir: Path, quick: bool) -> list[dict]:
    workdir = Path(workdir)
    rows = kill_rows(workdir / "kill", quick)
    rows.append(concurrent_row(workdir / "concurrent"))
    rows += fuzz_rows(quick)
    rows += hostile_rows(workdir)
    rows += hostile_web_rows(workdir / "hostile-web", quick)
    tried = sum(r["baseline_value"] for r in rows)
    failed = sum(r["baseline_value"] - r["value"] for r in rows)
    rows.append(
        {
            "benchmark": "reliability",
            "metric": "failures, all scenarios",
            "value": failed,
            "unit": "failures",
            "baseline": "tried",
            "baseline_value": tried,
            "ratio": None,
            "note": "ratio: the failure rate; 0 is the target",
        }
    )
    return rows


if __name__ == "__main__":
    import json
    import shutil

    work = ROOT / "benchmarks" / "work" / "reliability"
    shutil.rmtree(work, ignore_errors=True)  # as benchmarks/run.py does: a fresh working folder
    print(json.dumps(run(work, "--quick" in sys.argv), indent=1))
