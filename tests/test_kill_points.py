"""kill -9 of ``gpwatch refresh`` and ``gpwatch analyze`` at seeded pseudo-random points,
then a rerun: the store passes its integrity checks and holds exactly what an
uninterrupted run stores (nothing lost, nothing duplicated).

Real subprocesses, a real store, the sample site served over HTTP on 127.0.0.1 and the
real spaCy model.  ``tests/test_refresh.py`` kills one refresh at one point on the
fixture site; here several points each (start-up, discovery, mid-article, mid-thread,
and for the analysis before, between and inside batches) are tried, and the FTS5
indexes are checked too.  The scenarios live in :mod:`benchmarks.reliability_helpers`,
shared with ``benchmarks/bench_reliability.py``.
"""

from __future__ import annotations

import pytest

from benchmarks import reliability_helpers as rh

ARTICLES = 8  # a small slice of the sample site keeps each run to a few seconds


@pytest.fixture(scope="module")
def refresh_trials(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("kill-refresh")
    return workdir, rh.refresh_kill_trials(workdir, trials=4, seed=7, articles=ARTICLES)


def test_refresh_killed_at_four_points_then_rerun_equals_an_uninterrupted_refresh(refresh_trials):
    workdir, outcomes = refresh_trials
    reference = rh.snapshot(workdir / "reference-refresh.db")
    # the reference itself is the whole slice: every article with its whole thread
    assert len(reference["articles"]) == ARTICLES
    assert len(reference["comments"]) == sum(len(a.comments) for a in rh.sample_articles(ARTICLES))
    assert {state for _, state in reference["frontier"]} == {"done"}
    assert len(outcomes) == 4
    for outcome in outcomes:
        assert outcome.killed, f"the kill never landed: {outcome}"
        assert outcome.survived, str(outcome)


def test_analyze_killed_at_four_points_then_rerun_equals_an_uninterrupted_analysis(refresh_trials, tmp_path):
    workdir, _ = refresh_trials
    outcomes = rh.analyze_kill_trials(tmp_path, workdir / "reference-refresh.db", trials=4, seed=11)
    reference = rh.snapshot(tmp_path / "reference-analyze.db")
    assert len(reference["processing"]) == ARTICLES
    assert reference["sentences"] and reference["quotes"]  # the slice has quoted speakers
    assert len(outcomes) == 4
    for outcome in outcomes:
        assert outcome.killed, f"the kill never landed: {outcome}"
        assert outcome.survived, str(outcome)
