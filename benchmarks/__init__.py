"""gpwatch's benchmarks (``make bench`` / ``python -m benchmarks.run``).

Each ``benchmarks/bench_*.py`` module exposes ``run(workdir: Path, quick: bool) -> list[dict]``
returning rows ``{"benchmark", "metric", "value", "unit", "baseline", "baseline_value",
"ratio", "note"}``: every speed is reported beside a baseline measured in the same run.
"""
