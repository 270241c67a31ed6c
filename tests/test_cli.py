"""The gpwatch command: help everywhere, exit statuses, --db and GPWATCH_DB."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from corpora import store
from corpora.records import ArticleRecord, Paragraph

ROOT = Path(__file__).resolve().parents[1]
GPWATCH = Path(sys.executable).with_name("gpwatch")  # the console script of the environment running the tests
SUBCOMMANDS = sorted(cli.build_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001


def test_every_subcommand_named_in_the_issues_exists():
    for name in ("ingest", "export", "crawl", "refresh", "analyze", "train", "evaluate", "classify", "app"):
        assert name in SUBCOMMANDS


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_has_help_and_takes_db(name, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main([name, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "--db" in out and "--verbose" in out and "--quiet" in out


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["no-such-command"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        cli.main(["export", "--format", "xml"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def _make_store(path: Path) -> None:
    conn = store.connect(path)
    store.upsert_article(
        conn, ArticleRecord(url="https://x.example/a", source="x", title="A", paragraphs=[Paragraph("Some text.")])
    )
    conn.close()


def test_db_option_and_environment_variable(tmp_path, monkeypatch, capsys):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    _make_store(a)
    assert cli.main(["stats", "--db", str(a)]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1
    monkeypatch.setenv("GPWATCH_DB", str(a))
    assert cli.main(["stats"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1
    # --db wins over the environment; a missing store is one clear line and status 1
    assert cli.main(["stats", "--db", str(b)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "b.db" in err and "no such store" in err


def test_console_script_is_installed_and_runs():
    if not GPWATCH.exists():
        pytest.skip(
            f"{GPWATCH} not found: the tests run outside an environment with gpwatch installed "
            "(`make install` creates .venv with it)"
        )
    env = {k: v for k, v in os.environ.items() if k != "GPWATCH_DB"}
    out = subprocess.run([str(GPWATCH), "--help"], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0 and "ingest" in out.stdout
    out = subprocess.run(
        [sys.executable, "-m", "app.cli", "stats", "--db", "/nonexistent/x.db"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 1 and out.stderr.startswith("gpwatch: ")
