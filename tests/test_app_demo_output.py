"""What `make demo` prints: each step's time once, no "run gpwatch train" hint just before
it trains, and progress while training."""

from __future__ import annotations

import logging
import time

from app import console, demo


def test_each_step_time_is_printed_once(capsys):
    result = demo.DemoResult()
    demo._step(result, "analyse", lambda: "analysed 3 articles: 9 sentences, 0 failed; annotated 3 articles (12.3s)")
    line = capsys.readouterr().out.strip()
    import re

    assert line.startswith("demo: analyse: analysed 3 articles")
    assert len(re.findall(r"\(\d+(?:\.\d+)? ?s\)", line)) == 1, line
    assert "(12.3s)" not in line and result.steps["analyse"] == "ok"


def test_analysis_does_not_tell_the_demo_to_run_gpwatch_train(tmp_path, capsys, monkeypatch):
    from corpora import store
    from nlp import classify

    console.setup_logging()
    monkeypatch.setattr(classify, "load_current", lambda conn: None)  # no model yet: the demo trains next
    conn = store.connect(tmp_path / "d.db")
    message = demo.analyze_store(conn)
    captured = capsys.readouterr()
    assert "gpwatch train" not in captured.err + captured.out + message
    assert "annotation comes after training" in message
    assert logging.getLogger("gpwatch.analyze").level == logging.NOTSET  # put back


def test_a_long_step_says_it_is_still_working(capsys):
    with demo._still_working("train", every=0.05):
        time.sleep(0.18)
    out = capsys.readouterr().out
    assert out.count("demo: train: still working") >= 2
