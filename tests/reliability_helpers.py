"""Reliability scenarios shared by the tests (``tests/test_kill_points.py``,
``tests/test_fuzz_feeds.py``, ``tests/test_hostile_input.py``) and the benchmark
(``benchmarks/bench_reliability.py``), written once so both run the same code.

* **Kill points**: ``gpwatch refresh`` (against the bundled sample site served on
  127.0.0.1) and ``gpwatch analyze`` run as real subprocesses on a real store and are
  killed with SIGKILL at seeded pseudo-random points (after a delay, or once the store
  holds a chosen number of rows); a rerun then completes the work and the store must
  pass ``PRAGMA integrity_check`` and the FTS5 integrity checks and hold exactly what an
  uninterrupted run stores (:func:`snapshot` compares content by natural keys, as
  multisets, so a lost or a duplicated row both show).
* **Parser fuzzing**: hypothesis strategies for feeds, sitemaps, WordPress REST JSON and
  HTML comment pages, and the checks each input must pass (only the documented error,
  ``ValueError``/``ParseError``; bounded time and memory).
* **Hostile input**: XSS payloads and malformed searches, and the checks that the app's
  own query and rendering functions keep them inert and answer with a helpful message.

Nothing here is a stand-in: real processes, a real HTTP server, real SQLite files.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------------- running gpwatch


def gpwatch_command(*args: str) -> list[str]:
    """``gpwatch ARGS`` as the installed console script runs it (the same entry point a
    cron job uses), falling back to ``python -m app.cli`` when no script is installed."""
    script = Path(sys.executable).parent / "gpwatch"
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "app.cli", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("GPWATCH_DB", None)
    return env


def run_gpwatch(args: list[str], *, log: Path, timeout: float = 300) -> int:
    """Run ``gpwatch ARGS`` to completion; its output goes to ``log``; returns its status."""
    with open(log, "ab") as out:
        return subprocess.run(gpwatch_command(*args), cwd=ROOT, env=_env(), stdout=out, stderr=subprocess.STDOUT,
                              timeout=timeout).returncode


# --------------------------------------------------------------------------- the store's content


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    return sorted(tuple(r) for r in conn.execute(sql).fetchall())


def snapshot(db: str | os.PathLike) -> dict[str, list[tuple]]:
    """Everything a run stores, by natural keys (URLs, positions, comment keys; never row
    ids, which differ between runs), as sorted lists so duplicates count."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        unit = """CASE WHEN s.paragraph_id IS NOT NULL
                       THEN 'p' || (SELECT position FROM paragraphs WHERE id = s.paragraph_id)
                       ELSE 'c:' || (SELECT key FROM comments WHERE id = s.comment_id) END"""
        snap = {
            "articles": _rows(conn, """SELECT url, title, standfirst, byline, section, published, content_hash,
                                              comments_declared FROM articles"""),
            "paragraphs": _rows(conn, """SELECT a.url, p.position, p.kind, p.text FROM paragraphs p
                                         JOIN articles a ON a.id = p.article_id"""),
            "comments": _rows(conn, """SELECT a.url, c.key, c.position, c.external_id,
                                              (SELECT key FROM comments x WHERE x.id = c.parent_id),
                                              c.author, c.posted, c.text, c.moderated, c.content_hash
                                       FROM comments c JOIN articles a ON a.id = c.article_id"""),
            "sentences": _rows(conn, f"""SELECT a.url, {unit}, s.position, s.start, s."end", s.text
                                        FROM sentences s JOIN articles a ON a.id = s.article_id"""),
            "quotes": _rows(conn, """SELECT a.url, (SELECT position FROM paragraphs WHERE id = q.paragraph_id),
                                            q.position, q.start, q."end", q.text, q.speaker, q.speaker_name,
                                            q.speaker_role, q.speaker_org, q.cue, q.fragment
                                     FROM quotes q JOIN articles a ON a.id = q.article_id"""),
            "processing": _rows(conn, """SELECT a.url, p.pipeline_version, p.content_hash, p.comments_hash,
                                                p.model_version FROM processing p
                                         JOIN articles a ON a.id = p.article_id"""),
            "annotations": _rows(conn, """SELECT a.url, an.unit_type, an.model_version, an.sentiment, an.themes
                                          FROM annotations an JOIN articles a ON a.id = an.article_id"""),
            "frontier": _rows(conn, "SELECT url, state FROM frontier"),
        }
    finally:
        conn.close()
    return snap


def differences(got: dict[str, list[tuple]], want: dict[str, list[tuple]], limit: int = 3) -> list[str]:
    """What ``got`` lacks and has in excess of ``want``, table by table (empty: equal)."""
    out = []
    for table in want:
        g, w = Counter(got.get(table, [])), Counter(want[table])
        lost, extra = list((w - g).elements()), list((g - w).elements())
        if lost or extra:
            out.append(f"{table}: {len(lost)} lost {lost[:limit]}, {len(extra)} extra/duplicated {extra[:limit]}")
    return out


FTS_TABLES = ("paragraphs_fts", "comments_fts", "sentences_fts", "quotes_fts")


def integrity(db: str | os.PathLike) -> str:
    """``ok`` when ``PRAGMA integrity_check`` and every FTS5 index's integrity check pass,
    else what failed."""
    conn = sqlite3.connect(db)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return f"integrity_check: {result}"
        for table in FTS_TABLES:
            try:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                return f"{table}: {exc}"
        return "ok"
    finally:
        conn.close()


def row_count(db: str | os.PathLike, table: str) -> int:
    """Rows in ``table`` now, read without disturbing the writer (-1 before the table exists)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return -1
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return -1
    finally:
        conn.close()


def stale_runs(db: str | os.PathLike) -> int:
    """Runs still marked ``running`` (none should be once a rerun has finished)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()[0]
    finally:
        conn.close()


# --------------------------------------------------------------------------- killing at a point


@dataclass(frozen=True)
class KillPoint:
    """When to kill: ``after`` seconds from the start, or once ``table`` holds ``rows`` rows
    (then the kill lands while the writer is busy with the next rows)."""

    after: float | None = None
    table: str | None = None
    rows: int = 0

    def __str__(self) -> str:
        return f"after {self.after:.2f} s" if self.after is not None else f"at {self.rows} {self.table} rows"


def run_and_kill(args: list[str], db: Path, point: KillPoint, *, log: Path, timeout: float = 120) -> bool:
    """Start ``gpwatch ARGS`` and SIGKILL it at ``point``.  Returns True when the kill
    landed on a live process, False when the process had finished first."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(gpwatch_command(*args), cwd=ROOT, env=_env(), stdout=out, stderr=subprocess.STDOUT)
        started = time.monotonic()
        try:
            while proc.poll() is None:
                now = time.monotonic() - started
                if now > timeout:
                    break
                if point.after is not None:
                    if now >= point.after:
                        break
                    time.sleep(min(0.01, point.after - now))
                    continue
                if row_count(db, point.table) >= point.rows:
                    break
                time.sleep(0.005)
            if proc.poll() is not None:
                return False
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return proc.returncode == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@dataclass
class KillOutcome:
    command: str
    point: str
    killed: bool                   # the SIGKILL landed on a running process
    rerun_status: int | None = None
    integrity: str = ""
    problems: list[str] = field(default_factory=list)   # differences from the uninterrupted run

    @property
    def survived(self) -> bool:
        return self.killed and self.rerun_status == 0 and self.integrity == "ok" and not self.problems

    def __str__(self) -> str:
        state = "survived" if self.survived else "FAILED"
        return (f"{self.command} killed {self.point} (landed: {self.killed}): rerun status {self.rerun_status}, "
                f"integrity {self.integrity}; {state} {'; '.join(self.problems)}")


# --------------------------------------------------------------------------- the sample site


def sample_articles(count: int):
    """A small, fixed slice of the bundled sample site: the ``count`` articles spread
    evenly over its years, always including one whose thread runs over two comment pages."""
    from corpora.sample_site.content import load_articles
    from corpora.sample_site.server import COMMENTS_PER_PAGE

    articles = load_articles()
    paged = [a for a in articles if sum(1 for c in a.comments if not c.parent) > COMMENTS_PER_PAGE]
    paged = min(paged, key=lambda a: len(a.comments))
    others = [a for a in articles if a is not paged]
    step = max(1, len(others) // max(1, count - 1))
    chosen = [paged] + others[::step][: count - 1]
    return sorted(chosen, key=lambda a: a.id)


def write_sample_source(directory: Path, base: str, *, rate: float = 200.0) -> Path:
    """A source configuration (TOML) for the sample site at ``base`` on 127.0.0.1: the
    generic WordPress selectors, its feed, sitemap index and REST API."""
    template = (ROOT / "corpora" / "sources" / "wordpress.toml").read_text(encoding="utf-8")
    tables = template[template.index("[selectors]"):]
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sample.toml").write_text(f"""
name = "sample"
base_url = "{base}/"
allowed_hosts = ["127.0.0.1"]
kind = "wordpress"
rate = {rate}
concurrency = 4
timeout = 10
contact = "https://example.org/gpwatch-reliability-tests"

[discovery]
methods = ["feed", "sitemap", "wp_api"]
feeds = ["{base}/feed/"]
sitemaps = ["{base}/sitemap.xml"]
wp_api = "{base}/wp-json/wp/v2/"

{tables}""", encoding="utf-8")
    return directory


@contextmanager
def sample_site(workdir: Path, articles: int = 8) -> Iterator[Path]:
    """Serve a slice of the sample site on 127.0.0.1; yields the sources folder."""
    from corpora.sample_site.server import serve_sample_site

    server, base = serve_sample_site(port=0, articles=sample_articles(articles))
    try:
        yield write_sample_source(workdir / "sources", base)
    finally:
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------- kill scenarios


def refresh_args(db: Path, sources: Path) -> list[str]:
    return ["refresh", "--db", str(db), "--sources-dir", str(sources), "--no-analyze", "-q"]


def reference_refresh(workdir: Path, sources: Path) -> Path:
    """An uninterrupted refresh into a fresh store: what every killed-and-rerun one must equal."""
    db = workdir / "reference-refresh.db"
    status = run_gpwatch(refresh_args(db, sources), log=workdir / "reference-refresh.log")
    if status != 0:
        raise RuntimeError(f"the uninterrupted refresh failed (status {status}); see {workdir}/reference-refresh.log")
    return db


def _whole_articles(db: Path, want: dict[str, list[tuple]]) -> list[str]:
    """Right after a kill: every article stored so far has all of its paragraphs and
    comments (an article is stored whole or not at all)."""
    got = snapshot(db)
    stored = {r[0] for r in got["articles"]}
    problems = []
    for table in ("paragraphs", "comments"):
        mine = sorted(r for r in got[table] if r[0] in stored)
        theirs = sorted(r for r in want[table] if r[0] in stored)
        if mine != theirs:
            problems.append(f"partial {table} after the kill: {len(mine)} rows where {len(theirs)} were expected")
    return problems


def refresh_points(rng: random.Random, n: int, articles: int) -> list[KillPoint]:
    """``n`` seeded kill points for a refresh: during discovery (frontier rows), at a row
    count of articles or comments, or after a delay that may land in start-up."""
    points = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            points.append(KillPoint(table="frontier", rows=rng.randint(1, articles)))
        elif kind == 1:
            points.append(KillPoint(table="articles", rows=rng.randint(1, max(1, articles - 3))))
        elif kind == 2:
            points.append(KillPoint(table="comments", rows=rng.randint(1, 60)))
        else:
            points.append(KillPoint(after=round(rng.uniform(0.5, 2.5), 2)))
    return points


def refresh_kill_trials(workdir: Path, *, trials: int = 4, seed: int = 7, articles: int = 8
                        ) -> list[KillOutcome]:
    """Kill ``gpwatch refresh`` at ``trials`` seeded points, rerun each to completion and
    compare with an uninterrupted refresh of the same site."""
    workdir.mkdir(parents=True, exist_ok=True)
    outcomes = []
    with sample_site(workdir, articles) as sources:
        want = snapshot(reference_refresh(workdir, sources))
        for i, point in enumerate(refresh_points(random.Random(seed), trials, articles)):
            db = workdir / f"refresh-{i}.db"
            log = workdir / f"refresh-{i}.log"
            args = refresh_args(db, sources)
            outcome = KillOutcome("refresh", str(point), run_and_kill(args, db, point, log=log))
            if db.exists():
                outcome.problems += [p for p in (integrity(db),) if p != "ok"]
                outcome.problems += _whole_articles(db, want)
            outcome.rerun_status = run_gpwatch(args, log=log)
            outcome.integrity = integrity(db)
            outcome.problems += differences(snapshot(db), want)
            if stale_runs(db):
                outcome.problems.append("a run is still marked running after the rerun")
            outcomes.append(outcome)
    return outcomes


def analyze_args(db: Path, batch_size: int = 1) -> list[str]:
    return ["analyze", "--db", str(db), "--batch-size", str(batch_size), "-q"]


def analyze_kill_trials(workdir: Path, base_db: Path, *, trials: int = 4, seed: int = 11) -> list[KillOutcome]:
    """Kill ``gpwatch analyze`` on a copy of ``base_db`` at ``trials`` seeded points, one
    after another on the same store (each run resumes what the killed one left, so the
    model load is paid once a point), then rerun it to completion; compare with an
    uninterrupted analysis of another copy.

    Points are row counts of ``processing`` (articles done), rising from run to run, so
    every killed run has done new work when it dies (one article a batch, so the kill
    lands inside the next article's work); the first is a delay that lands in start-up
    or while the model loads."""
    workdir.mkdir(parents=True, exist_ok=True)
    ref = workdir / "reference-analyze.db"
    _copy_store(base_db, ref)
    status = run_gpwatch(analyze_args(ref), log=workdir / "reference-analyze.log")
    if status != 0:
        raise RuntimeError(f"the uninterrupted analysis failed (status {status}); see {workdir}")
    want = snapshot(ref)
    total = len(want["processing"])
    db = workdir / "analyze-killed.db"
    _copy_store(base_db, db)
    log = workdir / "analyze-killed.log"
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, max(2, total)), k=min(trials - 1, max(1, total - 1))))
    points = [KillPoint(after=round(rng.uniform(0.5, 2.5), 2))] + [KillPoint(table="processing", rows=c) for c in cuts]
    landed = []
    for point in points[:trials]:
        killed = run_and_kill(analyze_args(db), db, point, log=log)
        problems = [p for p in (integrity(db),) if p != "ok"]
        landed.append(KillOutcome("analyze", str(point), killed, problems=problems))
    status = run_gpwatch(analyze_args(db), log=log)
    final_integrity = integrity(db)
    final_problems = differences(snapshot(db), want)
    for outcome in landed:
        outcome.rerun_status, outcome.integrity = status, final_integrity
        outcome.problems += final_problems
    return landed


def _copy_store(src: Path, dst: Path) -> None:
    """Copy a store (checkpointed first, so the main file holds everything)."""
    conn = sqlite3.connect(src)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(src, dst)


def concurrent_refreshes(workdir: Path, sources: Path) -> list[tuple[int, str]]:
    """Start two refreshes of one store at the same moment; returns each one's
    (status, output)."""
    db = workdir / "concurrent.db"
    procs = [subprocess.Popen(gpwatch_command(*refresh_args(db, sources)[:-1]), cwd=ROOT, env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    return [(p.wait(timeout=300), p.stdout.read()) for p in procs]


# --------------------------------------------------------------------------- counting for the benchmark


def count_calls(check: Callable[..., None]) -> tuple[Callable[..., None], list[int]]:
    """Wrap ``check`` so the benchmark can report how many inputs it saw."""
    seen = [0]

    def wrapped(*args, **kwargs):
        seen[0] += 1
        return check(*args, **kwargs)

    return wrapped, seen


def jsonable(outcomes: list[KillOutcome]) -> str:
    return json.dumps([str(o) for o in outcomes], indent=1)
