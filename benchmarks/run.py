"""Run the benchmarks and write ``benchmarks/results/latest.md`` and ``latest.json``.

    python -m benchmarks.run [--quick] [--only NAME ...] [--timeout SECONDS]

Discovers ``benchmarks/bench_*.py``; runs each module in its own Python process (so a
crash, a leak or one module's peak memory cannot touch the others) in a fresh working
folder ``benchmarks/work/<name>/``; a module that fails or times out is reported in the
results and the others still run.  With ``--only``, the other modules' rows are kept
from the previous ``latest.json`` (marked with the date they were measured), or, in a fresh
clone where only the committed ``latest.md`` exists, read back from that file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / "benchmarks"
WORK_DIR = BENCH_DIR / "work"
RESULTS_DIR = BENCH_DIR / "results"
FIELDS = ("benchmark", "metric", "value", "unit", "baseline", "baseline_value", "ratio", "note")


def discover(bench_dir: Path = BENCH_DIR) -> list[str]:
    """Names of the benchmark modules (``crawl`` for ``bench_crawl.py``), sorted."""
    return sorted(p.stem.removeprefix("bench_") for p in bench_dir.glob("bench_*.py"))


def normalise_rows(name: str, rows: object) -> list[dict]:
    """Check a module's rows: a list of dicts with at least a metric and a value."""
    if not isinstance(rows, list):
        raise TypeError(f"bench_{name}.run returned {type(rows).__name__}, not a list of rows")
    out = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or "metric" not in row or "value" not in row:
            raise TypeError(f"bench_{name}.run row {i} is not a dict with 'metric' and 'value'")
        clean = {f: row.get(f) for f in FIELDS}
        clean["benchmark"] = clean["benchmark"] or name
        if clean["ratio"] is None and isinstance(clean["value"], (int, float)) and clean["baseline_value"]:
            clean["ratio"] = round(clean["value"] / clean["baseline_value"], 3)
        out.append(clean)
    return out


# --------------------------------------------------------------------------- one module


def run_child(name: str, workdir: Path, quick: bool, out: Path) -> int:
    """Inside the child process: import and run one module, write its rows as JSON."""
    try:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        rows = normalise_rows(name, module.run(workdir, quick))
        result = {"status": "ok", "rows": rows}
    except BaseException as exc:  # noqa: BLE001 - report every failure, including SystemExit
        result = {
            "status": "failed",
            "error": f"{type(exc).__name__}: {exc}".strip(),
            "traceback": traceback.format_exc(limit=8),
            "rows": [],
        }
    out.write_text(json.dumps(result, default=str), encoding="utf-8")
    return 0 if result["status"] == "ok" else 1


def run_module(name: str, quick: bool, timeout: float | None) -> dict:
    """Run one module in a fresh process and working folder; never raises."""
    workdir = WORK_DIR / name
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    out = WORK_DIR / f".{name}.result.json"
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "benchmarks.run", "--child", name, "--workdir", str(workdir), "--out", str(out)]
    if quick:
        cmd.append("--quick")
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
        status_note = None if proc.returncode in (0, 1) else f"exit status {proc.returncode}"
    except subprocess.TimeoutExpired:
        status_note = f"timed out after {timeout:.0f} s"
    seconds = time.perf_counter() - started
    if out.exists():
        result = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
    else:
        result = {"status": "failed", "error": status_note or "no result written", "rows": []}
    result["seconds"] = round(seconds, 1)
    result["measured"] = _now()
    result["quick"] = quick
    return result


# --------------------------------------------------------------------------- reporting


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def machine_info() -> dict:
    info = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
    }
    if hasattr(os, "getloadavg"):
        info["load_average"] = round(os.getloadavg()[0], 1)  # other work on the machine skews timings
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["processor"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    try:
        info["git_commit"] = (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
            ).stdout.strip()
            or None
        )
    except (OSError, subprocess.SubprocessError):
        info["git_commit"] = None
    return info


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 1:
            return f"{value:,.2f}"
        return f"{value:.3g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict) -> str:
    m = report["machine"]
    ran = report.get("ran") or sorted(report["modules"])
    partial = set(ran) != set(report["modules"])
    command = "python -m benchmarks.run" + "".join(f" --only {n}" for n in ran if partial)
    command += " --quick" if report["quick"] else ""
    kept = "; the other modules' rows are kept from their own runs, dated in the table" if partial else ""
    lines = [
        "# gpwatch benchmark results",
        "",
        f"- date: {report['date']} ({'quick' if report['quick'] else 'full'} run; `{command}`{kept})",
        f"- machine: {m.get('processor')}, {m.get('cpus')} CPUs, {m.get('memory_gib', '?')} GiB memory; "
        f"{m.get('platform')}",
        f"- Python {m.get('python')}, SQLite {m.get('sqlite')}, commit {m.get('git_commit')}"
        + (" (of this run's modules)" if partial else ""),
        *(
            [
                f"- load average when the run started: {m['load_average']} on {m.get('cpus')} CPUs "
                "(timings are comparable within a run, not across loaded and idle machines)"
            ]
            if m.get("load_average") is not None
            else []
        ),
        "",
        "Each speed is measured beside its baseline in the same run; `ratio` is value / baseline value.",
        "",
        "## Modules",
        "",
        "| module | status | seconds | measured | sizes |",
        "| --- | --- | ---: | --- | --- |",
    ]
    for name, mod in sorted(report["modules"].items()):
        status = mod["status"] if mod["status"] == "ok" else f"**{mod['status']}**: {_fmt(mod.get('error'))}"
        sizes = "quick" if mod.get("quick", report["quick"]) else "full"
        lines.append(f"| {name} | {status} | {_fmt(mod.get('seconds'))} | {mod.get('measured', '')} | {sizes} |")
    for name, mod in sorted(report["modules"].items()):
        if not mod["rows"]:
            continue
        lines += [
            "",
            f"## {name}",
            "",
            "| metric | value | unit | baseline | baseline value | ratio | note |",
            "| --- | ---: | --- | --- | ---: | ---: | --- |",
        ]
        for r in mod["rows"]:
            lines.append(
                f"| {_fmt(r['metric'])} | {_fmt(r['value'])} | {_fmt(r['unit'])} | {_fmt(r['baseline'])} | "
                f"{_fmt(r['baseline_value'])} | {_fmt(r['ratio'])} | {_fmt(r['note'])} |"
            )
    failed = {n: m for n, m in report["modules"].items() if m["status"] != "ok"}
    if failed:
        lines += ["", "## Failures", ""]
        for name, mod in sorted(failed.items()):
            lines += [f"### {name}", "", "```", (mod.get("traceback") or mod.get("error") or "").rstrip(), "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def _cell(text: str):
    """A value as ``_fmt`` wrote it, back to a number where it was one."""
    text = text.strip().replace("\\|", "|")
    if text == "":
        return None
    plain = text.replace(",", "")
    for kind in (int, float):
        try:
            return kind(plain)
        except ValueError:
            pass
    return text


def _cells(line: str) -> list[str]:
    """The cells of one markdown table row (``\\|`` inside a cell is not a separator)."""
    body = line.strip().removeprefix("|").removesuffix("|")
    cells, cur, i = [], "", 0
    while i < len(body):
        if body[i] == "\\" and body[i + 1 : i + 2] == "|":
            cur += "\\|"
            i += 2
            continue
        if body[i] == "|":
            cells.append(cur)
            cur = ""
        else:
            cur += body[i]
        i += 1
    cells.append(cur)
    return [c.strip() for c in cells]


def read_markdown(text: str) -> dict[str, dict]:
    """The modules of a ``latest.md`` written by ``render_markdown``: status, seconds, date and rows.

    Used when ``latest.json`` is missing (it is not committed), so that ``--only`` in a fresh clone
    keeps the other modules' committed rows instead of dropping them.  Failed modules are not read
    back (their tracebacks live only in the JSON); a later full run measures them again.
    """
    modules: dict[str, dict] = {}
    section = None
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        if not line.startswith("|") or set(line.replace("|", "").strip()) <= set("-: "):
            continue
        cells = _cells(line)
        if section == "Modules":
            if cells[0] == "module" or len(cells) < 5 or cells[1] != "ok":
                continue
            modules[cells[0]] = {
                "status": "ok",
                "seconds": _cell(cells[2]),
                "measured": cells[3],
                "quick": cells[4] == "quick",
                "rows": [],
            }
        elif section in modules and len(cells) == 7 and cells[0] != "metric":
            row = dict(zip(FIELDS[1:], (_cell(c) for c in cells)))
            row["metric"] = "" if row["metric"] is None else str(row["metric"])
            modules[section]["rows"].append({"benchmark": section, **row})
    return modules


def previous_modules(results_dir: Path = RESULTS_DIR) -> dict[str, dict]:
    """The last measured rows of each module, from ``latest.json`` and ``latest.md``.

    ``latest.md`` is committed and merged from other branches' runs; ``latest.json`` is this
    checkout's own last run (not committed, and richer: failed modules keep their tracebacks).
    Each module comes from whichever file measured it last, so a stale local JSON never brings
    back rows that a merged ``latest.md`` has replaced."""
    js, md = results_dir / "latest.json", results_dir / "latest.md"
    modules: dict[str, dict] = {}
    try:
        if md.exists():
            modules = read_markdown(md.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        modules = {}
    try:
        local = json.loads(js.read_text(encoding="utf-8")).get("modules", {}) if js.exists() else {}
    except (OSError, ValueError):
        local = {}
    for name, mod in local.items():
        if name not in modules or str(mod.get("measured") or "") >= str(modules[name].get("measured") or ""):
            modules[name] = mod
    return modules


def write_results(report: dict, results_dir: Path = RESULTS_DIR) -> tuple[Path, Path]:
    results_dir.mkdir(parents=True, exist_ok=True)
    md, js = results_dir / "latest.md", results_dir / "latest.json"
    js.write_text(json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8")
    md.write_text(render_markdown(report), encoding="utf-8")
    return md, js


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (minutes, not tens of minutes)")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this module (repeatable)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds allowed per module")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return run_child(args.child, args.workdir, args.quick, args.out)

    names = discover()
    if args.only:
        wanted = [n.removeprefix("bench_").removesuffix(".py") for n in args.only]
        unknown = [n for n in wanted if n not in names]
        if unknown:
            print(f"benchmarks: no module bench_{unknown[0]}.py (have: {', '.join(names)})", file=sys.stderr)
            return 2
        names = wanted
    modules: dict[str, dict] = previous_modules() if args.only else {}
    machine = machine_info()  # before the run, so the load average is other work's, not ours
    for name in names:
        print(f"benchmarks: {name} ...", flush=True)
        result = run_module(name, args.quick, args.timeout)
        modules[name] = result
        if result["status"] == "ok":
            print(f"benchmarks: {name}: {len(result['rows'])} rows in {result['seconds']} s", flush=True)
        else:
            print(f"benchmarks: {name}: FAILED ({result.get('error')})", file=sys.stderr, flush=True)
    report = {"date": _now(), "quick": args.quick, "machine": machine, "modules": modules, "ran": names}
    md, js = write_results(report)
    print(f"benchmarks: wrote {md.relative_to(ROOT)} and {js.relative_to(ROOT)}")
    return 1 if any(modules[n]["status"] != "ok" for n in names) else 0


if __name__ == "__main__":
    sys.exit(main())
