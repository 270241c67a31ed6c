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

import functools
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from corpora.integrity import checkpoint, integrity, row_count, snapshot, stale_runs  # noqa: F401
from corpora.resources import SOURCES_DIR

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
        return subprocess.run(
            gpwatch_command(*args), cwd=ROOT, env=_env(), stdout=out, stderr=subprocess.STDOUT, timeout=timeout
        ).returncode


# --------------------------------------------------------------------------- the store's content


def differences(got: dict[str, list[tuple]], want: dict[str, list[tuple]], limit: int = 3) -> list[str]:
    """What ``got`` lacks and has in excess of ``want``, table by table (empty: equal)."""
    out = []
    for table in want:
        g, w = Counter(got.get(table, [])), Counter(want[table])
        lost, extra = list((w - g).elements()), list((g - w).elements())
        if lost or extra:
            out.append(f"{table}: {len(lost)} lost {lost[:limit]}, {len(extra)} extra/duplicated {extra[:limit]}")
    return out


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
    killed: bool  # the SIGKILL landed on a running process
    rerun_status: int | None = None
    integrity: str = ""
    problems: list[str] = field(default_factory=list)  # differences from the uninterrupted run

    @property
    def survived(self) -> bool:
        return self.killed and self.rerun_status == 0 and self.integrity == "ok" and not self.problems

    def __str__(self) -> str:
        state = "survived" if self.survived else "FAILED"
        return (
            f"{self.command} killed {self.point} (landed: {self.killed}): rerun status {self.rerun_status}, "
            f"integrity {self.integrity}; {state} {'; '.join(self.problems)}"
        )


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
    template = (SOURCES_DIR / "wordpress.toml").read_text(encoding="utf-8")
    tables = template[template.index("[selectors]") :]
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sample.toml").write_text(
        f"""
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

{tables}""",
        encoding="utf-8",
    )
    return directory


@contextmanager
def sample_site(workdir: Path, articles: int = 8) -> Iterator[Path]:
    """Serve a slice of the sample site on 127.0.0.1; yields the sources folder."""
    from corpora.sample_site.server import serve_sample_site

    server, base = serve_sample_site(port=0, articles=sample_articles(articles))
    report_error = server.handle_error

    def handle_error(request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            report_error(request, client_address)  # a killed crawler's dropped connection is expected

    server.handle_error = handle_error
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
    _remove_store(db, workdir / "reference-refresh.log")
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
            points.append(KillPoint(after=round(rng.uniform(0.2, 1.0), 2)))
    return points


def earlier(point: KillPoint) -> KillPoint:
    """A kill point half-way to ``point``."""
    if point.after is not None:
        return KillPoint(after=round(point.after / 2, 2))
    return KillPoint(table=point.table, rows=max(1, point.rows // 2))


def _remove_store(db: Path, *others: Path) -> None:
    """Delete a store (and its WAL, shared memory and any ``others``, e.g. its log)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    for other in others:
        other.unlink(missing_ok=True)


def refresh_kill_trials(workdir: Path, *, trials: int = 4, seed: int = 7, articles: int = 8) -> list[KillOutcome]:
    """Kill ``gpwatch refresh`` at ``trials`` seeded points, rerun each to completion and
    compare with an uninterrupted refresh of the same site."""
    workdir.mkdir(parents=True, exist_ok=True)
    outcomes = []
    with sample_site(workdir, articles) as sources:
        want = snapshot(reference_refresh(workdir, sources))
        for i, point in enumerate(refresh_points(random.Random(seed), trials, articles)):
            db = workdir / f"refresh-{i}.db"
            log = workdir / f"refresh-{i}.log"
            _remove_store(db, log)  # a fresh store every trial, whatever a previous run left here
            args = refresh_args(db, sources)
            killed = run_and_kill(args, db, point, log=log)
            if not killed:  # a fast machine finished first: try once more, earlier, on a fresh store
                point = earlier(point)
                _remove_store(db)
                killed = run_and_kill(args, db, point, log=log)
            outcome = KillOutcome("refresh", str(point), killed)
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
    (workdir / "reference-analyze.log").unlink(missing_ok=True)
    status = run_gpwatch(analyze_args(ref), log=workdir / "reference-analyze.log")
    if status != 0:
        raise RuntimeError(f"the uninterrupted analysis failed (status {status}); see {workdir}")
    want = snapshot(ref)
    total = len(want["processing"])
    db = workdir / "analyze-killed.db"
    _copy_store(base_db, db)
    log = workdir / "analyze-killed.log"
    log.unlink(missing_ok=True)
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, max(2, total)), k=min(trials - 1, max(1, total - 1))))
    points = [KillPoint(after=round(rng.uniform(0.3, 1.5), 2))] + [KillPoint(table="processing", rows=c) for c in cuts]
    landed = []
    for point in points[:trials]:
        killed = run_and_kill(analyze_args(db), db, point, log=log)
        problems = [p for p in (integrity(db),) if p != "ok"] + _whole_analyses(db, want)
        landed.append(KillOutcome("analyze", str(point), killed, problems=problems))
    status = run_gpwatch(analyze_args(db), log=log)
    final_integrity = integrity(db)
    final_problems = differences(snapshot(db), want)
    for outcome in landed:
        outcome.rerun_status, outcome.integrity = status, final_integrity
        outcome.problems += final_problems
    return landed


def _whole_analyses(db: Path, want: dict[str, list[tuple]]) -> list[str]:
    """Right after a kill: every article marked processed has all of its sentences and
    quotes, and no other article has any (an article is analysed whole or not at all)."""
    got = snapshot(db)
    done = {r[0] for r in got["processing"]}
    problems = []
    for table in ("sentences", "quotes"):
        mine = sorted(got[table])
        theirs = sorted(r for r in want[table] if r[0] in done)
        if mine != theirs:
            problems.append(f"partial {table} after the kill: {len(mine)} rows where {len(theirs)} were expected")
    return problems


def _copy_store(src: Path, dst: Path) -> None:
    """Copy a store (checkpointed first, so the main file holds everything)."""
    checkpoint(src)
    _remove_store(dst)
    shutil.copyfile(src, dst)


def concurrent_refreshes(workdir: Path, sources: Path) -> list[tuple[int, str]]:
    """Start two refreshes of one store at the same moment; returns each one's
    (status, output)."""
    db = workdir / "concurrent.db"
    _remove_store(db)
    procs = [
        subprocess.Popen(
            gpwatch_command(*refresh_args(db, sources)[:-1]),
            cwd=ROOT,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    return [(p.wait(timeout=300), p.stdout.read()) for p in procs]


# --------------------------------------------------------------------------- a hostile web server
#
# A raw-socket HTTP/1.1 server on 127.0.0.1 (an ephemeral port) whose answers misbehave at
# the byte level, as the http.server-based fixture sites cannot: headers or bodies dripped
# one byte at a time, stacked content codings, bodies that lie about their length.


@dataclass
class Route:
    """How the hostile server answers one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    drip: float | None = None  # seconds between bytes of the body (and of the head, if drip_head)
    drip_head: bool = False


class HostileServer:
    """``with HostileServer({"/feed/": Route(...)}) as server:`` serves ``server.base``;
    ``server.hits`` lists the paths asked for, ``server.sent`` the body bytes sent per path.
    An unknown path is a 404."""

    def __init__(self, routes: dict[str, Route]):
        import socket
        import threading

        self.routes = routes
        self.hits: list[str] = []
        self.sent: Counter = Counter()
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        import threading

        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn) -> None:
        try:
            conn.settimeout(5)
            request = b""
            while b"\r\n\r\n" not in request and len(request) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                request += chunk
            path = request.split(b" ", 2)[1].decode("latin-1").split("?")[0]
            self.hits.append(path)
            route = self.routes.get(path, Route(b"not here", status=404))
            headers = {"Content-Length": str(len(route.body)), "Connection": "close", **route.headers}
            head = (
                f"HTTP/1.1 {route.status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
            ).encode("latin-1")
            self._send(conn, head, route.drip if route.drip_head else None, None)
            self._send(conn, route.body, route.drip, path)
        except OSError:
            pass  # the client gave up (a deadline did its job)
        finally:
            conn.close()

    def _send(self, conn, data: bytes, drip: float | None, path: str | None) -> None:
        if drip is None:
            conn.sendall(data)
            if path:
                self.sent[path] += len(data)
            return
        for i in range(len(data)):
            if self._stop.wait(drip):
                return
            conn.sendall(data[i : i + 1])
            if path:
                self.sent[path] += 1


def compressed(data: bytes, codings: list[str]) -> bytes:
    """``data`` with the content codings applied in order (as ``Content-Encoding`` lists them)."""
    import gzip
    import zlib

    for coding in codings:
        data = gzip.compress(data, 6) if coding == "gzip" else zlib.compress(data, 6)
    return data


@functools.lru_cache(maxsize=4)
def zero_bomb(decoded: int, layers: int) -> bytes:
    """``decoded`` zero bytes gzipped ``layers`` times, one gzip member each (512 MB in two
    layers is a few kilobytes; built once per process, it takes seconds)."""
    import zlib

    first = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = bytes(1 << 24)
    parts = [first.compress(block) for _ in range(decoded >> 24)]
    parts.append(first.flush())
    return compressed(b"".join(parts), ["gzip"] * (layers - 1))


def hostile_source(
    directory: Path,
    name: str,
    base: str,
    *,
    feed: str = "/feed/",
    timeout: float = 30.0,
    max_bytes: int = 10_000_000,
    rate: float = 200.0,
) -> Path:
    """A source configuration (TOML) for a hostile server: discovery from one feed."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.toml").write_text(
        f"""
name = "{name}"
base_url = "{base}/"
allowed_hosts = ["127.0.0.1"]
rate = {rate}
timeout = {timeout}
max_bytes = {max_bytes}

[discovery]
methods = ["feed"]
feeds = ["{base}{feed}"]
""",
        encoding="utf-8",
    )
    return directory


def rss(base: str, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}{p}</link><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item>"
        for i, p in enumerate(paths)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


# --------------------------------------------------------------------------- parser fuzzing
#
# Documents built from the pieces real feeds, sitemaps and REST answers are made of, mixed
# with random text, broken markup, odd encodings, entities and truncation, so that random
# inputs reach the parsers' inner code and not just their first "not XML" check.

FUZZ_BASE = "https://news.example/feed/"


def _strategies():
    """Hypothesis strategies (built lazily: the benchmark imports this module too)."""
    from hypothesis import strategies as st

    junk = st.text(max_size=60)
    urls = st.one_of(
        junk,
        st.sampled_from(
            [
                "https://news.example/news/hubs/",
                "/news/relative/",
                "//other.example/x",
                "javascript:alert(1)",
                "mailto:x@y",
                "http://[::1",
                "https://news.example/a?utm_source=rss#frag",
                "",
                " ",
                "http://",
                "https://news.example/" + "a" * 3000,
                "https://news.example/ünïcode/",
                "data:text/html,<b>x</b>",
                "https://news.example/%zz",
                "ftp://news.example/f",
                "https://news.example:99999/",
            ]
        ),
    )
    dates = st.one_of(
        junk,
        st.sampled_from(
            [
                "Mon, 02 Nov 2026 09:00:00 GMT",
                "2026-11-02T09:00:00+00:00",
                "2026-13-45",
                "0000-00-00",
                "99999-01-01",
                "yesterday",
                "",
                "Tue, 31 Feb 2026 25:61:00 XYZ",
                "2026-11-02",
                "1e308",
                "-1",
            ]
        ),
    )
    texts = st.one_of(
        junk,
        st.sampled_from(
            [
                "Hubs to take same-day demand",
                "&amp;",
                "&#xZZ;",
                "&undefined;",
                "&#0;",
                "<![CDATA[<p>x</p>]]>",
                "<p>para</p><script>alert(1)</script>",
                "]]>",
                "<",
                "&lt;b&gt;bold&lt;/b&gt;",
                "\x00",
                "\ufeff",
            ]
        ),
    )
    esc = st.booleans()

    def x(text: str, escape: bool) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;") if escape else text

    @st.composite
    def truncated(draw, doc: str) -> str:
        if draw(st.booleans()):
            doc = doc[: draw(st.integers(0, len(doc)))]
        return doc

    @st.composite
    def feeds(draw) -> str | bytes:
        atom = draw(st.booleans())
        items = []
        for _ in range(draw(st.integers(0, 6))):
            e = draw(esc)
            link, title, date, body = draw(urls), draw(texts), draw(dates), draw(texts)
            if atom:
                items.append(
                    f'<entry><title>{x(title, e)}</title><link href="{x(link, True)}"/>'
                    f'<updated>{x(date, e)}</updated><summary type="html">{x(body, e)}</summary></entry>'
                )
            else:
                items.append(
                    f"<item><title>{x(title, e)}</title><link>{x(link, e)}</link>"
                    f"<pubDate>{x(date, e)}</pubDate><category>{x(draw(junk), e)}</category>"
                    f"<description>{x(body, e)}</description></item>"
                )
        head = draw(
            st.sampled_from(
                [
                    '<?xml version="1.0"?>',
                    '<?xml version="1.0" encoding="iso-8859-1"?>',
                    '<?xml version="1.0" encoding="utf-16"?>',
                    "",
                    "\ufeff",
                    '<!DOCTYPE rss [<!ENTITY e "expanded">]>',
                ]
            )
        )
        if atom:
            doc = f'{head}<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{"".join(items)}</feed>'
        else:
            doc = f'{head}<rss version="2.0"><channel><title>t</title>{"".join(items)}</channel></rss>'
        doc = draw(truncated(doc))
        encoding = draw(st.sampled_from(["utf-8", "latin-1", "utf-16", None]))
        return doc.encode(encoding, errors="replace") if encoding else doc

    @st.composite
    def sitemaps(draw) -> str | bytes:
        index = draw(st.booleans())
        outer, inner = ("sitemapindex", "sitemap") if index else ("urlset", "url")
        nodes = []
        for _ in range(draw(st.integers(0, 6))):
            e = draw(esc)
            parts = [f"<loc>{x(draw(urls), e)}</loc>"] if draw(st.integers(0, 5)) else []
            if draw(st.booleans()):
                parts.append(f"<lastmod>{x(draw(dates), e)}</lastmod>")
            if draw(st.booleans()):
                parts.append(
                    f"<{draw(st.sampled_from(['priority', 'news:news', 'image', 'loc']))}>"
                    f"{x(draw(texts), e)}</priority>"
                )
            nodes.append(f"<{inner}>{''.join(parts)}</{inner}>")
        ns = draw(
            st.sampled_from(
                [
                    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
                    "",
                    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"',
                    'xmlns="urn:x"',
                ]
            )
        )
        head = draw(
            st.sampled_from(
                [
                    '<?xml version="1.0" encoding="UTF-8"?>',
                    "",
                    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>',
                    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
                    '<?xml-stylesheet href="s.xsl"?>',
                ]
            )
        )
        doc = draw(truncated(f"{head}<{outer} {ns}>{''.join(nodes)}</{outer}>"))
        return doc.encode() if draw(st.booleans()) else doc

    json_values = st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), junk),
        lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(junk, inner, max_size=4)),
        max_leaves=12,
    )
    rendered = st.one_of(texts, json_values, st.fixed_dictionaries({"rendered": st.one_of(texts, json_values)}))

    @st.composite
    def wp_json(draw) -> str | bytes:
        """A page of posts or comments as WordPress answers it, with fields of the wrong
        types, missing, or the whole answer something else (an error object, HTML)."""
        kind = draw(st.integers(0, 3))
        if kind == 0:
            doc = json.dumps(draw(json_values))
        elif kind == 1:
            doc = draw(
                st.sampled_from(
                    [
                        '{"code": "rest_no_route", "data": {"status": 404}}',
                        "<html>oops</html>",
                        "[",
                        "",
                        "null",
                        "[1, 2, 3]",
                        '[{"id": 1}]',
                        "\ufeff[]",
                        "[" * 5000,
                    ]
                )
            )
        else:
            items = []
            for _ in range(draw(st.integers(0, 5))):
                item = {}
                for key, value in (
                    ("id", st.one_of(st.integers(-5, 10**12), json_values)),
                    ("link", st.one_of(urls, json_values)),
                    ("date", st.one_of(dates, json_values)),
                    ("title", rendered),
                    ("excerpt", rendered),
                    ("content", rendered),
                    ("parent", st.one_of(st.integers(-1, 50), json_values)),
                    ("author_name", st.one_of(texts, json_values)),
                    ("status", st.sampled_from(["approved", "hold", None, 3])),
                ):
                    if draw(st.integers(0, 4)):
                        item[key] = draw(value)
                items.append(item)
            doc = json.dumps(items)
        doc = draw(truncated(doc))
        return doc.encode() if draw(st.booleans()) else doc

    return {"feeds": feeds(), "sitemaps": sitemaps(), "wp_json": wp_json()}


def fuzz_strategies() -> dict:
    return _strategies()


def _is_url(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def check_feed(doc: str | bytes) -> None:
    """A feed gives candidates with crawlable URLs, or ValueError; nothing else."""
    from scraper.discover import Candidate, parse_feed

    try:
        found = parse_feed(doc, FUZZ_BASE)
    except ValueError as exc:
        assert str(exc)
        return
    assert all(isinstance(c, Candidate) and _is_url(c.url) and c.via == "feed" for c in found)
    assert all(c.published is None or isinstance(c.published, str) for c in found)


def check_sitemap(doc: str | bytes) -> None:
    """A sitemap gives (children, pages) with crawlable URLs, or ValueError; no entity is
    ever expanded from a file."""
    from scraper.discover import parse_sitemap

    try:
        children, pages = parse_sitemap(doc, FUZZ_BASE)
    except ValueError as exc:
        assert str(exc)
        return
    assert all(_is_url(u) and (m is None or isinstance(m, str)) for u, m in children)
    assert all(_is_url(p.url) for p in pages)
    assert not any("hostname" in u or "/etc/" in u for u, _ in children)


def check_wp_json(doc: str | bytes) -> None:
    """Both REST parsers: candidates / comment records of the right types, or ValueError."""
    from corpora.records import CommentRecord
    from scraper.discover import parse_wp_comments, parse_wp_posts

    try:
        posts = parse_wp_posts(doc, FUZZ_BASE)
    except ValueError as exc:
        assert str(exc)
    else:
        assert all(_is_url(p.url) and (p.post_id is None or isinstance(p.post_id, int)) for p in posts)
        assert all(p.title is None or isinstance(p.title, str) for p in posts)
    try:
        comments = parse_wp_comments(doc)
    except ValueError as exc:
        assert str(exc)
    else:
        for c in comments:
            assert isinstance(c, CommentRecord) and isinstance(c.text, str) and c.text
            assert isinstance(c.external_id, str)
            assert c.parent_external_id is None or isinstance(c.parent_external_id, str)


# -- big inputs: time and memory grow with the input, no more


def big_feed(items: int) -> bytes:
    body = "".join(
        f"<item><title>Story {i} on networks &amp; hubs</title>"
        f"<link>https://news.example/news/story-{i}/?utm_source=rss</link>"
        f"<pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;Practices in area {i} say the hub takes their "
        f"same-day demand.&lt;/p&gt;</description></item>"
        for i in range(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'.encode()


def big_sitemap(urls: int) -> bytes:
    body = "".join(
        f"<url><loc>https://news.example/{2015 + i % 10}/{i % 12 + 1:02d}/story-{i}/</loc>"
        f"<lastmod>2026-11-02T09:00:00+00:00</lastmod></url>"
        for i in range(urls)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{body}</urlset>"
    ).encode()


def big_wp_comments(comments: int, words: int = 60) -> bytes:
    text = " ".join(["The hub model moves work without the money to do it."] * (words // 11 + 1))
    return json.dumps(
        [
            {
                "id": i,
                "parent": i - 1 if i % 3 else 0,
                "author_name": f"GP {i}",
                "date": "2026-11-03T11:00:00",
                "content": {"rendered": f"<p>{text}</p><p>{i}</p>"},
            }
            for i in range(1, comments + 1)
        ]
    ).encode()


def big_comment_page(comments: int) -> str:
    items = "".join(
        f'<li class="comment" id="comment-{i}"><article><footer><div class="comment-author">'
        f'<b class="fn">Dr {i}</b></div><time datetime="2024-05-14T09:12:00+01:00">14 May</time>'
        f'</footer><div class="comment-content"><p>Comment {i}: the partnership model is '
        f"finished in our area.</p></div></article></li>"
        for i in range(comments)
    )
    return (
        f'<html><body><article><h1 class="entry-title">T</h1><div class="entry-content"><p>Body.</p></div>'
        f'</article><div id="comments"><h2 class="comments-title">{comments} thoughts</h2>'
        f'<ol class="comment-list">{items}</ol></div></body></html>'
    )


def big_text_dump(comments: int) -> str:
    """A saved page (text dump) in the new layout's register with a long comment thread."""
    head = (
        "This site is intended for health professionals only\n\nNetworks to take on weekend hubs\n\n"
        "Practices will hand their extended hours to the network from April, the board paper says.\n\n"
        "The federation will employ the salaried GPs who staff the hubs.\n\n"
        f"Readers' comments ({comments})\n\n"
    )
    thread = "".join(
        f"  • Dr Commenter{i} 4 March, 2022 9:{i % 60:02d} am\n"
        f"    Comment {i}: the hubs will take our same-day doctors and leave us the rest.\n"
        "Unsuitable or offensive? Report this comment\n"
        for i in range(comments)
    )
    return head + thread


def big_article_page(paragraphs: int) -> str:
    body = "".join(
        f"<p>Paragraph {i}: the trust's board heard that the practices it runs need locums "
        f"for {i % 30} sessions a week.</p>"
        for i in range(paragraphs)
    )
    return (
        f'<html><head><title>T</title></head><body><article><h1 class="entry-title">Trust runs practices</h1>'
        f'<time datetime="2024-05-14T09:12:00+01:00">14 May</time><div class="entry-content">{body}</div>'
        f"</article></body></html>"
    )


def deep_html(depth: int) -> str:
    return "<div>" * depth + '<li class="comment"><div class="comment-content">deep</div></li>' + "</div>" * depth


def nested_thread_page(levels: int) -> str:
    """An article page whose comment thread is one chain of ``levels`` replies, each
    nested in the one before (WordPress markup: ``li.comment > ul.children > li.comment``)."""
    opens = "".join(
        f'<li class="comment" id="comment-{i}"><article><footer><div class="comment-author">'
        f'<b class="fn">Dr Reply{i}</b></div><time datetime="2024-05-14T09:12:00+01:00">14 May</time>'
        f'</footer><div class="comment-content"><p>Reply {i}: the hub takes our same-day doctors.</p>'
        f'</div></article><ul class="children">'
        for i in range(levels)
    )
    return (
        '<html><body><article><h1 class="entry-title">Hubs</h1><div class="entry-content">'
        + "<p>The network will run the weekend hub from April, the board paper says, with salaried GPs.</p>" * 3
        + f'</div></article><div id="comments"><ol class="comment-list">{opens}{"</ul></li>" * levels}'
        "</ol></div></body></html>"
    )


def deep_span_comment_page(spans: int) -> str:
    """An article page with one comment whose text sits inside ``spans`` nested <span>s."""
    return (
        '<html><body><article><h1 class="entry-title">Hubs</h1><div class="entry-content">'
        + "<p>The network will run the weekend hub from April, the board paper says, with salaried GPs.</p>" * 3
        + '</div></article><div id="comments"><ol class="comment-list"><li class="comment" id="comment-1">'
        '<div class="comment-author"><b class="fn">Dr Deep</b></div><div class="comment-content"><p>'
        + "<span>" * spans
        + "Locum rates are the real story here."
        + "</span>" * spans
        + "</p></div></li></ol></div></body></html>"
    )


def billion_laughs() -> str:
    ents = '<!ENTITY a0 "laugh">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return f'<?xml version="1.0"?><!DOCTYPE r [{ents}]>'


#: Memory a parser may use on one input: a fixed allowance (expat stops an entity bomb
#: at its amplification limit, after some tens of MB) plus a multiple of the input's size.
MEMORY_ALLOWANCE = 100_000_000
MEMORY_PER_BYTE = 40


def memory_bound(size: int) -> int:
    return MEMORY_ALLOWANCE + MEMORY_PER_BYTE * size


@dataclass
class Measured:
    seconds: float = 0.0
    rss_growth: int = 0  # bytes the process's peak resident memory grew by
    error: str | None = None  # an exception other than the documented one, or a hang


def measure(fn: Callable[[], object], *, timeout: int = 120) -> Measured:
    """Run ``fn`` in a forked child (so its peak memory, C libraries' included, is its
    own) under a hard time limit; return how long it took and how much its peak resident
    memory grew."""
    import resource

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, report, leave without running any cleanup
        payload = {}
        try:
            os.close(read)
            signal.alarm(timeout)
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            started = time.perf_counter()
            fn()
            payload["seconds"] = time.perf_counter() - started
            payload["rss_growth"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            payload["error"] = f"{type(exc).__name__}: {str(exc)[:300]}"
        finally:
            os.write(write, json.dumps(payload).encode())
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        return Measured(error=f"the parser never finished (status {status:#x}, SIGALRM after the time limit)")
    return Measured(**json.loads(data))


def big_inputs(scale: float = 1.0) -> list[tuple[str, Callable[[], object], int]]:
    """(name, call, input size in bytes) for inputs larger than real ones (``scale`` 1:
    a 400-item feed, a 4,000-URL sitemap, 500 REST comments, a 500-comment page, a saved
    text dump with 1,000 comments, a 1,000-paragraph article, HTML nested 5,000 deep, and
    billion-laughs entity bombs in a feed and a sitemap)."""
    from scraper.discover import parse_feed, parse_sitemap, parse_wp_comments
    from scraper.errors import ParseError
    from scraper.extract import extract_article, extract_comments
    from scraper.textdump import parse_text_dump

    n = lambda k: max(1, int(k * scale))  # noqa: E731
    feed, sitemap, api, page, deep = (
        big_feed(n(400)),
        big_sitemap(n(4000)),
        big_wp_comments(n(500)),
        big_comment_page(n(500)),
        deep_html(5000),
    )
    dump, article = big_text_dump(n(1000)), big_article_page(n(1000))
    laughs_feed = (
        billion_laughs() + '<rss version="2.0"><channel><item><title>&a9;</title>'
        "<link>https://news.example/x/</link></item></channel></rss>"
    )
    laughs_map = billion_laughs() + "<urlset><url><loc>https://news.example/&a9;</loc></url></urlset>"

    def refusing(fn):
        def call():
            try:
                return fn()
            except (ValueError, ParseError):
                return None

        return call

    return [
        (f"feed, {n(400)} items", lambda: parse_feed(feed, FUZZ_BASE), len(feed)),
        (f"sitemap, {n(4000)} URLs", lambda: parse_sitemap(sitemap, FUZZ_BASE), len(sitemap)),
        (f"REST comments, {n(500)}", lambda: parse_wp_comments(api), len(api)),
        (
            f"comment page, {n(500)} comments",
            lambda: extract_comments(page, "https://news.example/a/", None),
            len(page),
        ),
        (f"saved text dump, {n(1000)} comments", lambda: parse_text_dump(dump, name="big.txt"), len(dump)),
        (
            f"article page, {n(1000)} paragraphs",
            lambda: extract_article(article, "https://news.example/a/", None),
            len(article),
        ),
        (
            "HTML nested 5,000 deep",
            refusing(lambda: extract_comments(deep, "https://news.example/a/", None)),
            len(deep),
        ),
        ("feed with a billion laughs", refusing(lambda: parse_feed(laughs_feed, FUZZ_BASE)), len(laughs_feed)),
        ("sitemap with a billion laughs", refusing(lambda: parse_sitemap(laughs_map, FUZZ_BASE)), len(laughs_map)),
    ]


# --------------------------------------------------------------------------- hostile input through the app

#: Every payload carries this word so a search finds it.
MARKER = "zebracorn"

XSS_PAYLOADS = [
    f"<script>window.__pwned = 1</script> {MARKER}",
    f'<img src=x onerror="alert(1)"> {MARKER}',
    f"<svg/onload=alert(1)> {MARKER}",
    f'"><script>alert(document.cookie)</script> {MARKER}',
    f'</div></div><iframe src="javascript:alert(1)"></iframe> {MARKER}',
    f'<a href="javascript:alert(1)">click</a> {MARKER}',
    f"![tracker](http://evil.example/x.png) [claim your prize](http://evil.example/win) {MARKER}",
    f"<style>body{{display:none}}</style> {MARKER}",
    f"&lt;script&gt;alert(1)&lt;/script&gt; {MARKER}",  # already-escaped text must stay as written
    f"<mark onclick=alert(1)>{MARKER}</mark>",
    f"\x02<b>bold</b>\x03 {MARKER} \x03</mark><script>x</script>",  # our own highlight markers, stored
    f'<!-- {MARKER} --><base href="http://evil.example/">',
    f"<details open ontoggle=alert(1)> {MARKER}",
    f"{MARKER} <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    f"{MARKER} \u202eRTL override\u202c and a zero\u200bwidth space",
    f"{MARKER} {{{{7*7}}}} ${{7*7}} <%= 7*7 %>",
    f"{MARKER} :red[coloured] **bold** <u>u</u> $$x$$",
]

HOSTILE_QUERIES = [
    "gp " * 34_000,  # 100 KB
    "(" * 5000 + MARKER + ")" * 5000,
    "(" * 300 + MARKER,
    "(" * 240 + MARKER + ")" * 240,  # nesting under the length limit (issue 15)
    " ".join(["a*"] * 166),
    " ".join(["ab*"] * 124),  # prefix terms that cost FTS5 seconds (issue 15)
    "\x00",
    f"{MARKER}\x00",
    "\x00\x00 AND \x00",
    '"',
    '"at scale',
    'hub"s',
    '"""',
    "“curly",
    "'single",
    "AND",
    "OR",
    "NOT",
    "NOT hubs",
    "hubs NOT",
    "hubs AND",
    "AND OR NOT",
    "hubs OR OR pcn",
    "( )",
    ")(",
    "((hubs)",
    "hubs)",
    "*",
    "**",
    "hub**",
    "*hub",
    "-",
    "--",
    "-hubs",
    "^hubs",
    "+hubs",
    "hubs:",
    ":",
    "text:hubs",
    "speaker:x",
    "{text speaker}: hubs",
    "NEAR(hubs pcn, 2)",
    "NEAR/2",
    "hubs + pcn",
    "hubs * pcn",
    "'); DROP TABLE articles; --",
    "1 OR 1=1",
    "%",
    "_",
    "%%_%",
    "\\",
    '\\"',
    "\ud800",
    "\U0001f600",
    "\u202e",
    "\u200b",
    "\t\n\r",
    " " * 1000,
    "<script>alert(1)</script>",
    MARKER,
    f"{MARKER}*",
    f'"{MARKER}"',
]

#: Text-box filters (speaker, organisation, a speaker or title search) a hostile link can set.
HOSTILE_FILTER_TEXT = ["x" * 100_000, "%" * 60_000, "_%" * 30_000, "\x00", "%", "_", "\\", "'", ""]


def build_hostile_store(path: Path) -> dict[str, list[str]]:
    """A store whose titles, paragraphs, comments, commenter names and quoted speakers
    are XSS payloads; returns the payload texts stored per kind."""
    from corpora import analysis_store, store
    from corpora.records import ArticleRecord, CommentRecord, Paragraph

    conn = store.connect(path)
    for i, payload in enumerate(XSS_PAYLOADS):
        record = ArticleRecord(
            url=f"https://hostile.example/news/{i}/",
            source="hostile",
            title=payload,
            published="2024-05-14",
            paragraphs=[Paragraph(f"The board paper on hubs says: {payload}"), Paragraph("Networks will merge.")],
            comments=[CommentRecord(payload, author=payload[:60], posted="2024-05-15T09:00:00", external_id=str(i))],
        )
        article_id = store.upsert_article(conn, record).article_id
        quote = analysis_store.Quote(
            position=0,
            text=payload,
            speaker=payload[:80],
            speaker_name=payload[:40],
            speaker_role="chair",
            speaker_org=payload[-40:],
            cue="said",
            paragraph_index=0,
        )
        analysis_store.replace_units(conn, article_id, [], [quote], pipeline_version="hostile-test")
    conn.close()
    return {"payloads": list(XSS_PAYLOADS)}


class _TagCollector:
    """Every start tag (name, attributes) in an HTML string, as a browser would parse them."""

    def __init__(self, html: str):
        from html.parser import HTMLParser

        self.tags: list[tuple[str, list]] = []
        collector = self

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                collector.tags.append((tag, attrs))

            def handle_startendtag(self, tag, attrs):
                collector.tags.append((tag, attrs))

        parser = P(convert_charrefs=True)
        parser.feed(html)
        parser.close()


def live_markup(html: str, allowed: set[str], links: str | None = None) -> list[str]:
    """Tags in ``html`` other than ``allowed`` ones, and any attribute that could run code
    or load something (on*, href, src, style with url(), ...); ``links`` (a regular
    expression) is the only form an ``<a href>`` of our own markup may take."""
    import re

    bad = []
    for tag, attrs in _TagCollector(html).tags:
        if tag not in allowed:
            bad.append(f"<{tag}>")
        for name, value in attrs:
            value = (value or "").lower()
            if tag == "a" and name == "href" and links and re.fullmatch(links, value):
                continue
            if (
                name.startswith("on")
                or name in ("href", "src", "srcdoc", "action", "formaction", "xlink:href")
                or "javascript:" in value
                or "url(" in value
            ):
                bad.append(f"<{tag} {name}={value!r}>")
    return bad


def rendered_search_results(db: Path) -> list[tuple[str, str]]:
    """(original text, HTML the search page shows for it) for every payload found by a
    search for :data:`MARKER` in every scope, through the app's own query and rendering
    functions."""
    from app import ui
    from app.search_syntax import parse_query
    from corpora import queries as q
    from corpora.store import Store

    conn = Store(db).connect(readonly=True)
    fts = parse_query(MARKER).fts
    out = []
    for scope in q.SCOPES:
        for row in q.search(conn, scope, fts, q.SearchFilters(), 1000, 0):
            out.append((row["text"], ui.snippet_html(row["snippet"])))
            out.append((row["title"], ui.esc(row["title"])))
            citation = ui.citation(row, str(db))
            out.append((citation, ui.esc(citation)))
            if row.get("speaker"):
                out.append((row["speaker"], ui.esc(row["speaker"])))
    return out


def check_rendered(original: str, html: str) -> list[str]:
    """Problems with one rendering: live markup, or visible text that is not the original's."""
    import html as htmllib
    import re

    problems = [f"live markup {m} from {original[:40]!r}" for m in live_markup(html, {"mark"})]
    visible = htmllib.unescape(re.sub(r"</?mark>", "", html)).replace("\x02", "").replace("\x03", "")
    core = original.replace("\x02", "").replace("\x03", "")
    if visible.replace("…", "").strip() and visible.replace("…", "").strip() not in core:
        problems.append(f"shown text {visible[:60]!r} is not the stored text {original[:60]!r}")
    return problems


def check_query(db: Path, query: str, filters=None) -> str:
    """Run ``query`` (and optional filters) the way the search page does: ``message``
    when the user gets a helpful message, ``ok`` when it searched; raises on anything else."""
    from app.search_syntax import SearchSyntaxError, parse_query
    from corpora import queries as q
    from corpora.store import Store

    filters = filters or q.SearchFilters()
    try:
        fts = parse_query(query).fts
    except SearchSyntaxError as exc:
        message = str(exc)
        assert message and len(message) < 300 and "Traceback" not in message, message
        return "message"
    from corpora.store import QueryTimeout

    conn = Store(db).connect(readonly=True)
    try:
        for scope in q.SCOPES:
            q.search(conn, scope, fts, filters, 20, 0)
            q.search_count(conn, scope, fts, filters)
    except QueryTimeout:
        return "message"  # the search page says it would take too long
    return "ok"


def check_filter_text(db: Path, text: str) -> None:
    """Hostile text in every free-text filter: searches, speaker and title look-ups answer."""
    from corpora import queries as q
    from corpora.store import Store

    conn = Store(db).connect(readonly=True)
    filters = q.SearchFilters(speaker=text, org=text, source=text, theme=text, sentiment=text)
    for scope in q.SCOPES:
        q.search(conn, scope, f'"{MARKER}"', filters, 20, 0)
        q.search_count(conn, scope, f'"{MARKER}"', filters)
    q.search(conn, "quote", "", filters, 20, 0)  # browse quotes by speaker, no search words
    q.speakers(conn, name_like=text)
    q.speaker_count(conn, name_like=text)
    q.find_articles(conn, title_like=text)


# --------------------------------------------------------------------------- issue 15: a hostile web, as scenarios
#
# The cases of ``tests/test_hostile_web.py``, ``test_hostile_parsing.py``,
# ``test_hostile_search.py`` and ``test_owed_analysis.py`` run as counted scenarios for
# ``benchmarks/bench_reliability.py``: each answers (passed, note).

HOSTILE_PAGE = (
    b"<html><head><title>Hubs</title></head><body><article><h1 class='entry-title'>Hubs open</h1>"
    b"<div class='entry-content'><p>The network will run a weekend hub from April, the board paper "
    b"says, staffed by salaried GPs from the federation.</p></div></article></body></html>"
)


@dataclass
class Scenario:
    name: str
    passed: bool
    note: str = ""
    value: float | None = None  # a measurement, when the scenario has one
    unit: str = ""
    limit: float | None = None  # the bound it is held to


def _fetch(url: str, **config):
    import asyncio

    from scraper.http import FetchError, HttpConfig, PoliteClient

    cfg = HttpConfig(**{"rate": 500.0, "backoff": 0.02, "retries": 0, "timeout": 1.0, **config})

    async def main():
        async with PoliteClient(cfg) as client:
            try:
                return await asyncio.wait_for(client.fetch(url, allowed_hosts=["127.0.0.1"]), 120), client
            except (TimeoutError, FetchError) as exc:
                return exc, client

    return asyncio.run(main())


def _drip_scenarios() -> list[Scenario]:
    from scraper.http import FetchError

    out = []
    for what, route in (
        ("body", Route(HOSTILE_PAGE * 4, drip=0.05)),
        ("headers", Route(HOSTILE_PAGE * 4, drip=0.05, drip_head=True)),
    ):
        with HostileServer({"/slow/": route}) as server:
            started = time.perf_counter()
            result, _ = _fetch(server.base + "/slow/")
            took = time.perf_counter() - started
        ok = isinstance(result, FetchError) and "timed out after 1s" in result.reason
        out.append(
            Scenario(
                f"a server dripping its {what} is cut at the 1 s response deadline",
                ok,
                f"gave up after {took:.1f} s (a full drip takes {len(route.body) * 0.05:.0f} s)",
            )
        )
    robots = Route(b"User-agent: *\nAllow: /\n" * 4, headers={"Content-Type": "text/plain"}, drip=0.05)
    with HostileServer({"/robots.txt": robots, "/news/": Route(HOSTILE_PAGE)}) as server:
        result, _ = _fetch(server.base + "/news/")
        hits = list(server.hits)
    out.append(
        Scenario(
            "a dripping robots.txt closes the host for now (RFC 9309: unreachable, not a rule)",
            isinstance(result, FetchError)
            and not result.robots
            and not result.permanent
            and "robots.txt unreachable" in result.reason
            and hits == ["/robots.txt"],
            f"requests: {hits}; {getattr(result, 'reason', result)}",
        )
    )
    return out


def _budget_scenario(workdir: Path, budget: float = 8.0) -> Scenario:
    from corpora import store
    from scraper.http import HttpConfig
    from scraper.refresh import acquire_lock, refresh

    drip = {
        "/feed/": Route(
            rss("http://127.0.0.1", ["/a/"]) * 50, drip=0.02, headers={"Content-Type": "application/rss+xml"}
        )
    }
    workdir = workdir / "budget"
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "budget.db"
    _remove_store(db)
    with HostileServer(drip) as server, sample_site(workdir, articles=3) as sources:
        hostile_source(sources, "drip", server.base, timeout=600)
        report = refresh(
            db, sources=["drip", "sample"], sources_dir=sources, http=HttpConfig(backoff=0.02), budget=budget
        )
    sample = next(r for r in report.sources if r.source == "sample")
    conn = store.connect(db)
    run = store.last_run(conn, "refresh")
    conn.close()
    acquire_lock(db).close()
    ok = (
        report.over_budget == ["drip"]
        and sample.new_articles == 3
        and run["finished"] is not None
        and report.seconds < budget + 30
    )
    return Scenario(
        "refresh with a dripping source ends within its budget; the other source is served",
        ok,
        f"{report.seconds:.1f} s for a {budget:.0f} s budget; sample site: {sample.new_articles} new "
        f"articles; run recorded '{run['status']}'",
        report.seconds,
        "s",
        budget,
    )


def _bomb_fetch(url: str) -> str:
    from scraper.http import FetchError

    result, _ = _fetch(url, timeout=120.0)
    if not isinstance(result, FetchError):
        raise AssertionError(f"the bomb was accepted ({len(result.content)} bytes)")
    return result.reason


def _bomb_scenarios(quick: bool) -> list[Scenario]:
    from scraper.http import FetchError

    decoded = (512 << 20) if quick else (2 << 30)
    bomb = zero_bomb(decoded, 2)
    route = Route(bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"})
    with HostileServer({"/bomb/": route}) as server:
        measured = measure(lambda: _bomb_fetch(server.base + "/bomb/"), timeout=300)
    mb = measured.rss_growth / 1e6
    out = [
        Scenario(
            f"'gzip, gzip' bomb ({decoded >> 20} MB in {len(bomb):,} bytes) refused at the 10 MB cap",
            measured.error is None and mb < 200,
            measured.error or f"peak resident memory grew {mb:.0f} MB (limit 200 MB), {measured.seconds:.2f} s",
            round(mb, 1),
            "MB",
            200,
        )
    ]
    codings = ["gzip"] * 3
    layered = Route(
        compressed(HOSTILE_PAGE, codings), headers={"Content-Type": "text/html", "Content-Encoding": ", ".join(codings)}
    )
    honest = Route(
        compressed(HOSTILE_PAGE, ["gzip"]), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    with HostileServer({"/x/": layered, "/ok/": honest}) as server:
        refused, _ = _fetch(server.base + "/x/")
        fine, _ = _fetch(server.base + "/ok/")
    out.append(
        Scenario(
            "three stacked content codings refused; one gzip layer decoded",
            isinstance(refused, FetchError)
            and "stacked content codings" in refused.reason
            and not isinstance(fine, FetchError)
            and fine.content == HOSTILE_PAGE,
            refused.reason if isinstance(refused, FetchError) else "accepted",
        )
    )
    return out


def _thread_scenarios() -> list[Scenario]:
    from scraper.extract import MAX_THREAD_DEPTH, parse_page

    url = "https://news.example/2024/05/hubs/"
    times = {}
    kept = {}
    for levels in (400, 800, 3000):
        page = nested_thread_page(levels)
        measured = measure(lambda page=page: parse_page(page, url), timeout=120)
        times[levels] = measured.seconds if measured.error is None else None
        kept[levels] = len(parse_page(page, url)[0].comments) if measured.error is None else 0
    ok = all(times.values()) and all(kept[n] == n for n in kept)
    ratio = times[3000] / (times[400] * 3000 / 400) if ok else None
    out = [
        Scenario(
            "reply threads nested 400, 800 and 3,000 deep parse in linear time, every comment kept",
            ok and ratio < 2,
            ", ".join(f"{n}: {t:.2f} s" if t else f"{n}: never finished" for n, t in times.items())
            + f"; stored depth at most {MAX_THREAD_DEPTH}",
            round(ratio, 2) if ratio else None,
            "x linear",
            2,
        )
    ]
    measured = measure(lambda: parse_page(deep_span_comment_page(100_000), url), timeout=120)
    out.append(
        Scenario(
            "a comment nested 100,000 spans deep is read",
            measured.error is None,
            measured.error or f"{measured.seconds:.2f} s",
        )
    )
    return out


def busy_store(db: Path, comments: int = 3000) -> Path:
    """A store with one article and ``comments`` comments that all mention hubs (and
    :data:`MARKER`): a search matching every comment, for the search budget and cost limits."""
    from corpora import store
    from corpora.records import ArticleRecord, CommentRecord, Paragraph

    conn = store.connect(db)
    store.upsert_article(
        conn,
        ArticleRecord(
            url="https://busy.example/hubs/",
            source="busy",
            title="Hubs",
            published="2024-05-14",
            paragraphs=[Paragraph("The board paper says weekend hubs will open in April.")],
            comments=[
                CommentRecord(
                    f"Comment {i}: hubs take our same-day doctors, {MARKER}.",
                    author=f"GP{i}",
                    posted="2024-05-15T09:00:00",
                    external_id=str(i),
                )
                for i in range(comments)
            ],
        ),
    )
    conn.close()
    return db


def _search_budget_scenario(workdir: Path) -> Scenario:
    from app.search_syntax import parse_query
    from corpora import queries as q
    from corpora import store

    db = workdir / "busy.db"
    _remove_store(db)
    busy_store(db)
    saved = q.SEARCH_BUDGET_S
    q.SEARCH_BUDGET_S = 0.0
    try:
        outcome = check_query(db, MARKER)
        try:
            q.search(
                store.Store(db).connect(readonly=True), "comment", parse_query(MARKER).fts, q.SearchFilters(), 20, 0
            )
            stopped = False
        except store.QueryTimeout:
            stopped = True
    finally:
        q.SEARCH_BUDGET_S = saved
    return Scenario(
        "a search over its time budget is stopped with a message",
        stopped and outcome == "message",
        "SQLite progress handler; budget set to 0 s on a 3,000-comment store",
    )


def _analysis_scenarios(workdir: Path, quick: bool) -> list[Scenario]:
    from corpora import integrity, store
    from corpora import queries as q
    from corpora.records import ArticleRecord, CommentRecord, Paragraph

    out = []
    workdir = workdir / "owed"
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "owed.db"
    log = workdir / "owed.log"
    _remove_store(db, log)
    with sample_site(workdir, articles=3) as sources:
        first = run_gpwatch(refresh_args(db, sources), log=log)  # --no-analyze: what a killed refresh leaves
        conn = store.connect(db)
        dead = subprocess.Popen(["true"])
        dead.wait()
        killed = store.start_run(conn, "analyze", {"pid": dead.pid, "host": __import__("socket").gethostname()})
        second = run_gpwatch(refresh_args(db, sources)[:-2] + ["-q"], log=log)  # with analysis
        conn.close()
        snap = integrity.snapshot(db)
        sentenced = len({row[0] for row in snap["sentences"]})
        articles = len(snap["articles"])
        status = next(r["status"] for r in q.runs(store.connect(db, readonly=True), limit=100) if r["id"] == killed)
    out.append(
        Scenario(
            "a refresh analyses what an earlier refresh stored and never analysed",
            first == 0 and second == 0 and sentenced == articles > 0,
            f"{sentenced} of {articles} articles analysed by a refresh that found nothing new",
        )
    )
    out.append(
        Scenario("a killed analyze run is closed by the next refresh", status == "interrupted", f"its status: {status}")
    )
    chars = 30_000 if quick else 1_000_001
    db = workdir / "long.db"
    _remove_store(db, workdir / "long.log")
    conn = store.connect(db)
    sentence = "Partners are handing back contracts because the sums no longer add up. "
    text = (sentence * (chars // len(sentence) + 1))[:chars]
    store.upsert_article(
        conn,
        ArticleRecord(
            url="https://gp-news.example/long/",
            source="gp-news",
            title="Contracts handed back",
            paragraphs=[Paragraph("Three practices have handed back their contracts this year, the ICB said.")],
            comments=[CommentRecord(text, author="Dr Long", posted="2024-03-01T09:00:00")],
        ),
    )
    conn.close()
    started = time.perf_counter()
    if quick:  # the real pipeline with max_length lowered: the same refusal, 30x less text
        code = (
            "import sys; from corpora import store; from nlp.pipeline import get_pipeline; "
            "from nlp.analyze import analyze; nlp = get_pipeline(); nlp.max_length = 10_000; "
            "r = analyze(store.connect(sys.argv[1]), nlp=nlp); sys.exit(1 if r.failed else 0)"
        )
        status = subprocess.run([sys.executable, "-c", code, str(db)], cwd=ROOT, env=_env(), timeout=600).returncode
    else:
        status = run_gpwatch(analyze_args(db), log=workdir / "long.log", timeout=1800)
    sentences = sum(1 for row in integrity.snapshot(db)["sentences"] if row[1].startswith("c:"))
    out.append(
        Scenario(
            f"a {chars:,}-character comment is analysed in pieces (spaCy max_length)",
            status == 0 and sentences > chars // len(sentence) - 2,
            f"analyze exit {status}, {sentences:,} sentences, {time.perf_counter() - started:.0f} s"
            + (" (max_length lowered to 10,000)" if quick else ""),
        )
    )
    return out


def _lock_scenario(workdir: Path) -> Scenario:
    from corpora import store
    from scraper.refresh import acquire_lock

    real = workdir / "data" / "corpus.db"
    real.parent.mkdir(parents=True, exist_ok=True)
    store.connect(real).close()
    link = workdir / "link.db"
    link.unlink(missing_ok=True)
    link.symlink_to(real)
    holder = acquire_lock(real)
    try:
        status = run_gpwatch(
            ["refresh", "--db", str(link), "--sources-dir", str(workdir), "--no-analyze", "-q"],
            log=workdir / "lock.log",
        )
    finally:
        holder.close()
    return Scenario(
        "a second refresh of the same store through a symlink is locked out", status == 3, f"exit status {status}"
    )


def _message_scenarios(workdir: Path) -> list[Scenario]:
    import logging

    from corpora import store
    from scraper.crawl import crawl_source
    from scraper.http import FetchError, HttpConfig
    from scraper.sources import load_source

    out = []
    folder = workdir / "ingest"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "bad\nname\x1b[2J\u202eevil\r.html").write_bytes(b"\x00binary")
    result = subprocess.run(
        gpwatch_command("ingest", "--db", str(workdir / "ingest.db"), str(folder), "-q"),
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        timeout=300,
    )
    err = result.stderr.decode("utf-8", "replace")
    out.append(
        Scenario(
            "an ingest error for a file name with control characters is one inert line",
            len(err.splitlines()) == 1 and "\x1b" not in err and "\\n" in err,
            err.strip()[-120:],
        )
    )
    busy = Route(b"slow down", status=429, headers={"Retry-After": "3600", "Content-Type": "text/plain"})
    with HostileServer({"/busy/": busy}) as server:
        result, _ = _fetch(server.base + "/busy/", retries=3)
        asked = server.hits.count("/busy/")
    reason = result.reason if isinstance(result, FetchError) else "accepted"
    out.append(
        Scenario(
            "a 429 asking for an hour reports the attempts really made",
            asked == 1 and reason.endswith("(after 1 attempt)"),
            reason,
        )
    )
    routes = {"/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})}
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    handler = Keep(logging.INFO)
    logger = logging.getLogger("gpwatch")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        with HostileServer(routes) as server:
            paths = ["/private/story/", "/big/story/", "/pdf/story/"]
            routes["/feed/"] = Route(rss(server.base, paths), headers={"Content-Type": "application/rss+xml"})
            routes["/big/story/"] = Route(HOSTILE_PAGE * 40)
            routes["/pdf/story/"] = Route(b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
            source = load_source(
                hostile_source(workdir / "refusing", "refusing", server.base, max_bytes=5_000) / "refusing.toml"
            )
            db = workdir / "refusing.db"
            _remove_store(db)
            conn = store.connect(db)
            crawl_source(conn, source, http=HttpConfig(backoff=0.02), run_id=store.start_run(conn, "crawl"))
            conn.close()
            said = {p: sum(server.base + p in r.getMessage() for r in records) for p in paths}
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    out.append(
        Scenario(
            "each refusal (robots.txt, size cap, content type) is logged once",
            all(n == 1 for n in said.values()),
            f"log lines per URL: {list(said.values())}",
        )
    )
    return out


def issue15_scenarios(workdir: Path, quick: bool) -> list[Scenario]:
    """Every case of issue 15, run once each (``quick``: a smaller bomb and long comment)."""
    workdir.mkdir(parents=True, exist_ok=True)
    scenarios = _drip_scenarios()
    scenarios.append(_budget_scenario(workdir))
    scenarios += _bomb_scenarios(quick)
    scenarios += _thread_scenarios()
    scenarios.append(_search_budget_scenario(workdir))
    scenarios += _analysis_scenarios(workdir, quick)
    scenarios.append(_lock_scenario(workdir))
    scenarios += _message_scenarios(workdir)
    return scenarios
