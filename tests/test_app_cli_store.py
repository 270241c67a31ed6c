"""Reading commands never create an empty store: with no store at the path they say so
and exit 1, as `gpwatch stats` does."""

from __future__ import annotations

import pytest

from app.cli import main


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "csv"], ["stats"], ["analyze"], ["app"]])
def test_a_reading_command_without_a_store_says_so_and_exits_1(command, tmp_path, capsys, monkeypatch):
    missing = tmp_path / "nothing-here.db"
    monkeypatch.chdir(tmp_path)
    assert main(command + ["--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert f"{missing}: no such store" in err and err.count("\n") == 1
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_the_default_store_missing_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GPWATCH_DB", raising=False)
    assert main(["export"]) == 1
    assert "no such store" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
