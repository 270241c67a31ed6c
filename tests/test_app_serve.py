"""`gpwatch app` runs Streamlit as a child process: stopping the command, politely or by
kill -9, must not leave the server running (a leaked server kept its port and its pipe)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpora import store
from corpora.records import ArticleRecord, Paragraph

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _wait(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_stopping_gpwatch_app_stops_the_server(tmp_path, how):
    db = tmp_path / "s.db"
    conn = store.connect(db)
    store.upsert_article(
        conn, ArticleRecord(url="https://x.example/a", source="x", title="A", paragraphs=[Paragraph("Some text.")])
    )
    conn.close()
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "app", "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def listening() -> bool:
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", port)) == 0

        assert _wait(listening, 60), "the app never started listening"
        servers = _children(proc.pid)
        assert servers, "gpwatch app runs the server as a child process"
        os.kill(proc.pid, how)
        proc.wait(timeout=30)
        assert _wait(lambda: not any(_alive(p) for p in servers), 30), "the server outlived gpwatch app"
        assert _wait(lambda: not listening(), 10)
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in _children(proc.pid) if proc.poll() is None else []:
            os.kill(pid, signal.SIGKILL)
