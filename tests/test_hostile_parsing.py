"""Hostile pages and queries that used to stall or crash the parsers (issue 15 points
3, 6 and 8): reply threads nested thousands deep, markup nested 100,000 deep inside one
comment, searches of 300 parentheses or 166 prefix terms, and file names carrying
control characters.  Timing guards here are hang guards (a forked child with a hard
limit); the speed itself is measured in ``benchmarks/bench_reliability.py``."""

from __future__ import annotations

import pytest

from benchmarks import reliability_helpers as rh
from scraper import extract
from scraper.extract import parse_page

URL = "https://news.example/2024/05/hubs/"


def _thread(levels: int):
    return parse_page(rh.nested_thread_page(levels), URL)[0].comments


@pytest.mark.parametrize("levels", [400, 800, 3000])
def test_deep_reply_threads_parse_in_bounded_time_and_keep_every_comment(levels):
    measured = rh.measure(lambda: _thread(levels), timeout=20)
    assert measured.error is None, measured.error  # today's code: 800 levels 32 s, 3,000 never finish
    comments = _thread(levels)
    assert [c.external_id for c in comments] == [str(i) for i in range(levels)]
    assert [c.author for c in comments[:2]] == ["Dr Reply0", "Dr Reply1"]
    assert all(c.text == f"Reply {i}: the hub takes our same-day doctors." for i, c in enumerate(comments))


def test_replies_deeper_than_the_limit_are_kept_under_their_deepest_kept_parent():
    MAX_THREAD_DEPTH = extract.MAX_THREAD_DEPTH  # noqa: N806
    comments = _thread(MAX_THREAD_DEPTH + 20)
    parents = {c.external_id: c.parent_external_id for c in comments}
    # the structure is kept down to the limit ...
    assert parents["0"] is None
    assert all(parents[str(i)] == str(i - 1) for i in range(1, MAX_THREAD_DEPTH))
    # ... and every deeper reply is filed under the deepest kept ancestor, none lost
    deepest_kept = str(MAX_THREAD_DEPTH - 2)
    assert all(parents[str(i)] == deepest_kept for i in range(MAX_THREAD_DEPTH - 1, MAX_THREAD_DEPTH + 20))
    assert len(comments) == MAX_THREAD_DEPTH + 20


def test_a_comment_nested_100000_spans_deep_is_read_not_a_recursion_error():
    record, page = parse_page(rh.deep_span_comment_page(100_000), URL)
    assert [c.text for c in record.comments] == ["Locum rates are the real story here."]
    assert record.comments[0].author == "Dr Deep"
    assert "weekend hub" in record.paragraphs[0].text


def test_ingest_error_lines_escape_control_characters(tmp_path, capsys):
    from app import cli

    folder = tmp_path / "saved"
    folder.mkdir()
    hostile = folder / "bad\nname\x1b[2J\x1b[31m\u202eevil\r.html"
    hostile.write_bytes(b"\x00\x01binary, not a page")
    fine = folder / "fine.txt"
    fine.write_text(
        "Hubs to open at weekends\n\nThe network will run a weekend hub from April, the board paper "
        "says, staffed by salaried GPs from the federation.\n",
        encoding="utf-8",
    )
    status = cli.main(["ingest", "--db", str(tmp_path / "s.db"), str(folder), "-q"])
    err = capsys.readouterr().err
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == 1, lines  # one failed file, one line
    assert "\x1b" not in err and "\r" not in err and "\u202e" not in err
    assert lines[0].startswith("gpwatch: ") and "bad\\nname\\x1b[2J\\x1b[31m\\u202eevil\\r.html: " in lines[0]
    assert "binary" in lines[0]
