"""The Store object: one place for a corpus's path, connections and models folder, and the one
stale-run clean-up every command that records a run goes through."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from corpora import store
from corpora.store import Store, StoreError


def test_a_store_owns_its_path_connections_and_models_folder(tmp_path, monkeypatch):
    corpus = Store(tmp_path / "a" / "corpus.db")
    assert not corpus.exists()
    with pytest.raises(StoreError, match="no such store"):
        corpus.reader  # noqa: B018 - a read-only connection never creates a store
    assert corpus.writer.execute("PRAGMA user_version").fetchone()[0] > 0 and corpus.exists()
    assert corpus.writer is corpus.writer and Store.of(corpus.writer).path == corpus.path
    assert Store.of(corpus.reader).path == corpus.path
    with pytest.raises(Exception, match="readonly|read-only"):
        corpus.reader.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
    assert corpus.models_dir == (tmp_path / "a" / "models").resolve()
    corpus.close()
    monkeypatch.setenv("GPWATCH_DB", str(tmp_path / "b" / "env.db"))
    assert Store().path == tmp_path / "b" / "env.db" == store.default_db_path()
    assert Store().models_dir == (tmp_path / "b" / "models").resolve()


def test_a_connection_knows_its_store_and_a_foreign_one_is_refused(tmp_path):
    import sqlite3

    conn = store.connect(tmp_path / "c.db")
    assert Store.of(conn).models_dir == tmp_path.resolve() / "models"
    with pytest.raises(StoreError):
        Store.of(sqlite3.connect(":memory:"))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _statuses(conn) -> dict[int, str]:
    return {r["id"]: r["status"] for r in conn.execute("SELECT id, status FROM runs")}


def test_runs_whose_process_is_gone_are_closed_of_every_kind_and_only_those(tmp_path):
    corpus = Store(tmp_path / "s.db")
    here, dead = socket.gethostname(), _dead_pid()
    killed_refresh = corpus.start_run("refresh", {"pid": dead})
    killed_ingest = corpus.start_run("ingest", {"pid": dead, "host": here})
    elsewhere = corpus.start_run("crawl", {"pid": dead, "host": "another-host.example"})
    alive = corpus.start_run("analyze", {"pid": os.getppid()})
    mine = corpus.start_run("ingest")  # this process: alive
    old = corpus.start_run("refresh")
    corpus.writer.execute("UPDATE runs SET args = '{}' WHERE id = ?", (old,))  # an older gpwatch: no pid recorded
    assert json.loads(corpus.writer.execute("SELECT args FROM runs WHERE id = ?", (mine,)).fetchone()[0]) == {
        "pid": os.getpid(),
        "host": here,
    }
    # each start_run closed the dead runs before it; the run without a pid is left to close
    assert corpus.close_stale_runs("analyze") == 0  # only the kind asked for
    assert corpus.close_stale_runs() == 1
    status = _statuses(corpus.writer)
    assert [status[r] for r in (killed_refresh, killed_ingest, old)] == ["interrupted"] * 3
    assert [status[r] for r in (elsewhere, alive, mine)] == ["running"] * 3
    assert corpus.close_stale_runs() == 0


def test_starting_a_run_closes_the_stale_ones_first(tmp_path):
    corpus = Store(tmp_path / "s.db")
    stale = corpus.start_run("crawl", {"pid": _dead_pid()})
    corpus.start_run("analyze")
    assert _statuses(corpus.writer)[stale] == "interrupted"
    assert store.last_run(corpus.reader, "crawl")["finished"] is not None


def test_the_corpora_package_exports_its_front_door():
    import corpora
    from corpora import pseudonyms, records

    assert sorted(corpora.__all__) == sorted(
        [
            "SENTIMENTS",
            "UNIT_TYPES",
            "Annotation",
            "ArticleRecord",
            "CommentRecord",
            "Paragraph",
            "Quote",
            "Sentence",
            "Store",
            "StoreError",
            "ThreadPseudonyms",
            "default_db_path",
            "pseudonym",
        ]
    )
    assert all(hasattr(corpora, name) for name in corpora.__all__)
    assert corpora.Store is Store and corpora.Quote is records.Quote and corpora.pseudonym is pseudonyms.pseudonym
    assert corpora.SENTIMENTS == ("negative", "neutral", "positive")
