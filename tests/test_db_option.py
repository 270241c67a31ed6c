"""Every subcommand run with ``--db`` pointing into another folder, from a third folder as the
working directory, really uses that store (and its models folder) and nothing in the working
directory: the rows it writes land there, the models it trains land beside it, and
``classify``/``evaluate`` use that store's model, not ``./data/models``."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import cli
from benchmarks.fixture_site import site  # noqa: F401  (pytest fixture)
from corpora import store
from corpora.records import ArticleRecord, Paragraph

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LABELS = FIXTURES / "themes_small.jsonl"
PAGE = FIXTURES / "pages" / "old_layout.txt"
SUBCOMMANDS = sorted(cli.build_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001
COVERED = {"ingest", "export", "stats", "analyze", "crawl", "refresh", "train", "evaluate", "classify", "app"}


def gpwatch(cwd: Path, *argv: str, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """``gpwatch ARGV`` in a fresh process, from ``cwd``, with no store or model named in the environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("GPWATCH_DB", "GPWATCH_MODEL")}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *argv],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def places(tmp_path) -> tuple[Path, Path]:
    """(the store, in its own folder; the working directory, an unrelated empty folder)."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "work").mkdir()
    return tmp_path / "elsewhere" / "corpus.db", tmp_path / "work"


def nothing_written_in(cwd: Path) -> bool:
    return not any(cwd.iterdir())


def test_every_subcommand_is_covered_here():
    assert set(SUBCOMMANDS) == COVERED, "a new subcommand needs its --db test in this file"


@pytest.mark.slow
def test_ingest_stats_export_and_analyze_use_the_store_named(places):
    db, cwd = places
    out = gpwatch(cwd, "ingest", str(PAGE), "--db", str(db))
    assert out.returncode == 0, out.stderr
    conn = store.connect(db, readonly=True)
    assert store.counts(conn)["articles"] == 1
    title = store.get_article(conn, 1)["title"]

    out = gpwatch(cwd, "stats", "--db", str(db))
    assert out.returncode == 0 and json.loads(out.stdout)["articles"] == 1

    out = gpwatch(cwd, "export", "--db", str(db))
    assert out.returncode == 0 and json.loads(out.stdout.splitlines()[0])["title"] == title

    out = gpwatch(cwd, "analyze", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert store.counts(conn)["sentences"] > 0 and store.last_run(conn, "analyze")["status"] == "ok"
    assert nothing_written_in(cwd)


def test_crawl_stores_into_the_store_named(places, site):  # noqa: F811
    db, cwd = places
    out = gpwatch(cwd, "crawl", site.base + "/wp/", "--max-pages", "1", "--db", str(db))
    assert out.returncode in (0, 1), out.stderr
    conn = store.connect(db, readonly=True)
    assert store.counts(conn)["articles"] == 1 and store.last_run(conn, "crawl") is not None
    assert nothing_written_in(cwd)


def test_refresh_locks_the_store_named(places, tmp_path):
    db, cwd = places
    empty = tmp_path / "no-sources"
    empty.mkdir()
    out = gpwatch(cwd, "refresh", "--sources-dir", str(empty), "--db", str(db))
    assert out.returncode == 1 and "no sources configured" in out.stderr
    assert (db.parent / (db.name + ".refresh.lock")).exists()  # the lock sits beside the store named
    assert nothing_written_in(cwd)


@pytest.mark.slow
def test_train_evaluate_and_classify_use_the_models_of_the_store_named(places, tmp_path):
    db, cwd = places
    store.connect(db).close()
    out = gpwatch(cwd, "train", "--labels", str(LABELS), "--db", str(db))
    assert out.returncode == 0, out.stderr
    models = db.parent / "models"
    version = (models / "CURRENT").read_text().strip()
    assert (models / version / "meta.json").exists()

    out = gpwatch(cwd, "evaluate", "--labels", str(LABELS), "--json", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["model"] == version

    lines = '{"id": 1, "text": "Partners are handing back their contracts."}\n'
    out = gpwatch(cwd, "classify", "-", "--db", str(db), stdin=lines)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["id"] == 1

    # another store, with no models beside it: both commands say so, naming its models folder
    other = tmp_path / "other" / "corpus.db"
    store.connect(other).close()
    for argv in (("classify", "-"), ("evaluate", "--labels", str(LABELS))):
        out = gpwatch(cwd, *argv, "--db", str(other), stdin=lines)
        assert out.returncode == 1 and str(other.parent / "models") in out.stderr, out.stderr
    assert nothing_written_in(cwd)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads the server's environment from /proc")
def test_app_serves_the_store_named(places):
    db, cwd = places
    conn = store.connect(db)
    store.upsert_article(
        conn, ArticleRecord(url="https://x.example/a", source="x", title="A", paragraphs=[Paragraph("Some text.")])
    )
    conn.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "GPWATCH_DB"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "app", "--db", str(db), "--port", str(port)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        first = proc.stdout.readline()
        assert str(db.resolve()) in first
        deadline = time.time() + 60
        while time.time() < deadline:  # listening: the server has long been exec'd with its environment
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        servers = _children(proc.pid)
        assert servers, "gpwatch app runs the server as a child process"
        environ = Path(f"/proc/{servers[0]}/environ").read_bytes().split(b"\0")
        assert f"GPWATCH_DB={db.resolve()}".encode() in environ  # what app.ui.db_path() reads
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert nothing_written_in(cwd)
