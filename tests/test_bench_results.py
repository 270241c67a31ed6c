"""benchmarks.run keeps the other modules' rows on ``--only`` even in a fresh clone.

``latest.json`` is not committed; ``latest.md`` is.  The runner reads the markdown back when the
JSON is missing, so a partial run in a fresh clone does not wipe the committed figures.
"""

from __future__ import annotations

import json

from benchmarks import run

REPORT = {
    "date": "2026-12-03T04:00:00+00:00",
    "quick": True,
    "machine": {"processor": "cpu", "cpus": 2, "platform": "linux", "python": "3.11", "git_commit": "abc"},
    "modules": {
        "alpha": {
            "status": "ok",
            "seconds": 42.0,
            "measured": "2026-12-03T03:00:00+00:00",
            "quick": True,
            "rows": run.normalise_rows(
                "alpha",
                [
                    {"metric": "units/s classifying 10,000 units", "value": 3519.4, "unit": "units/s",
                     "baseline": "VADER | lexicon", "baseline_value": 15830, "note": "2.8 s for 10,000 units"},
                    {"metric": "f1", "value": 0.962, "unit": "ratio", "note": None},
                    {"metric": "share", "value": 0.0, "unit": "fraction"},
                ],
            ),
        },
        "beta": {"status": "ok", "seconds": 1391, "measured": "", "quick": False,
                 "rows": run.normalise_rows("beta", [{"metric": "time_ratio_vs_bare", "value": 1.04, "unit": "x"}])},
        "gamma": {"status": "failed", "error": "boom", "traceback": "Traceback ...", "seconds": 1.0, "rows": []},
    },
}  # fmt: skip


def _sections(md: str) -> str:
    return md[md.index("## Modules") :].split("## Failures")[0].rstrip()


def test_markdown_reads_back_to_the_same_tables():
    md = run.render_markdown(REPORT)
    modules = run.read_markdown(md)
    assert sorted(modules) == ["alpha", "beta"]  # a failed module is not carried over
    alpha = modules["alpha"]
    assert alpha["seconds"] == 42 and alpha["quick"] is True
    assert alpha["measured"] == "2026-12-03T03:00:00+00:00"
    first = alpha["rows"][0]
    assert first["metric"] == "units/s classifying 10,000 units"
    assert first["value"] == 3519 and first["baseline_value"] == 15830
    assert first["baseline"] == "VADER | lexicon"  # an escaped bar is not a cell separator
    assert alpha["rows"][1]["note"] is None and alpha["rows"][1]["value"] == 0.962
    assert modules["beta"]["quick"] is False
    again = run.render_markdown({**REPORT, "modules": modules})
    assert _sections(again) == _sections(md).replace("| gamma | **failed**: boom | 1.00 |  | quick |\n", "")


def test_previous_modules_take_each_module_from_the_file_that_measured_it_last(tmp_path):
    assert run.previous_modules(tmp_path) == {}
    (tmp_path / "latest.md").write_text(run.render_markdown(REPORT), encoding="utf-8")
    from_md = run.previous_modules(tmp_path)
    assert sorted(from_md) == ["alpha", "beta"]
    measured = from_md["alpha"]["measured"]
    older = {"measured": "2000-01-01T00:00:00+00:00", "rows": [{"metric": "stale"}]}
    newer = {"measured": "2999-01-01T00:00:00+00:00", "rows": [{"metric": "fresh"}]}
    local = {"alpha": older, "beta": newer, "only": {"measured": measured, "rows": []}}
    (tmp_path / "latest.json").write_text(json.dumps({"modules": local}), encoding="utf-8")
    modules = run.previous_modules(tmp_path)
    assert sorted(modules) == ["alpha", "beta", "only"]
    assert modules["alpha"] == from_md["alpha"]  # a merged latest.md measured it after the local JSON
    assert modules["beta"]["rows"] == [{"metric": "fresh"}]  # the local run is newer


def test_committed_results_read_back():
    """The committed latest.md is found and read: the modules it lists come back with rows."""
    md = (run.RESULTS_DIR / "latest.md").read_text(encoding="utf-8")
    modules = run.read_markdown(md)
    assert len(modules) >= 3
    assert all(mod["rows"] for mod in modules.values())
    assert all(isinstance(r["metric"], str) and r["metric"] for mod in modules.values() for r in mod["rows"])


def test_a_partial_run_says_which_modules_it_measured():
    whole = run.render_markdown(REPORT)
    assert "`python -m benchmarks.run --quick`)" in whole and "kept from their own runs" not in whole
    partial = run.render_markdown({**REPORT, "ran": ["alpha"]})
    assert "`python -m benchmarks.run --only alpha --quick`; the other modules' rows are kept" in partial
