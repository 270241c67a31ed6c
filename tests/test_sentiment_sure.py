"""An honest "unsure": a sentiment whose top probability is under ``nlp.classify.UNSURE_BELOW``
is flagged, the flag follows from the scores `gpwatch classify` writes, and `gpwatch evaluate`
scores the sure and the unsure units apart (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app import cli
from app.training import format_evaluation
from nlp import classify
from nlp.evaluate import evaluate, sentiment_by_confidence
from nlp.train import train

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "themes_small.jsonl"
TEXTS = [
    "Glad I got out before the networks swallowed us all.",
    "The federation will run the weekend hub from April, the board said.",
    "Great stuff, another app. Because that always works.",
    "Our PCN pharmacist has been brilliant for the repeat prescriptions.",
    "Recruitment figures were published on Thursday.",
    "Partners are burnt out and nobody in Whitehall is listening.",
    "The hub is fine I suppose, but the continuity has gone.",
    "",
]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    return train([FIXTURE], out_dir=tmp_path_factory.mktemp("models"), search=False).folder


def test_the_rule_is_the_top_probability_against_the_stated_level():
    assert classify.UNSURE_BELOW == 0.6
    assert classify.sentiment_sure({"negative": 0.59, "neutral": 0.3, "positive": 0.11}) is False
    assert classify.sentiment_sure({"negative": 0.2, "neutral": 0.2, "positive": 0.6}) is True  # the level is sure
    assert classify.sentiment_sure({"a": 0.5, "b": 0.5}, below=0.5) is True
    assert classify.sentiment_sure({"a": 0.5, "b": 0.5}, below=0.51) is False
    assert classify.sentiment_sure({}) is None  # a themes-only model has no sentiment to be sure of


def test_predictions_carry_the_flag_their_own_scores_give(model_dir, monkeypatch):
    clf = classify.Classifier(model_dir)
    tops = sorted(max(p.sentiment_scores.values()) for p in clf.predict(TEXTS))
    # a level inside the fixture model's range, so that both sides of the rule are exercised
    level = float(np.median(tops))
    monkeypatch.setattr(classify, "UNSURE_BELOW", level)
    preds = clf.predict(TEXTS)
    flags = [p.sentiment_sure for p in preds]
    assert True in flags and False in flags
    for p in preds:
        assert p.sentiment_sure == (max(p.sentiment_scores.values()) >= level)
        assert p.sentiment_sure == classify.sentiment_sure(p.sentiment_scores)


def test_the_default_level_flags_some_units_of_a_weak_model(model_dir):
    # the small fixture model is unsure of much of what it reads: the real level finds some
    preds = classify.Classifier(model_dir).predict(TEXTS)
    assert any(p.sentiment_sure is False for p in preds)
    assert all(p.sentiment_sure is (max(p.sentiment_scores.values()) >= 0.6) for p in preds)


def test_scores_by_confidence_split_the_units_and_score_each_part():
    labels = ["negative", "neutral", "positive"]
    gold = ["negative", "negative", "neutral", "positive", "neutral", "negative"]
    pred = ["negative", "negative", "neutral", "neutral", "negative", "positive"]
    sure = [True, True, True, False, False, False]
    out = sentiment_by_confidence(gold, pred, sure, labels)
    assert out["sure"]["n"] == 3 and out["unsure"]["n"] == 3
    assert out["sure"]["share"] == 0.5 and out["sure"]["accuracy"] == 1.0 and out["sure"]["macro_f1"] > 0.6
    assert out["unsure"]["accuracy"] == 0.0 and out["unsure"]["macro_f1"] == 0.0
    none_unsure = sentiment_by_confidence(gold, pred, [True] * 6, labels)
    assert none_unsure["unsure"] == {"n": 0, "share": 0.0} and none_unsure["sure"]["accuracy"] == pytest.approx(0.5)


def test_evaluate_reports_the_sure_and_the_unsure_units_apart(model_dir, monkeypatch, capsys):
    clf = classify.Classifier(model_dir)
    report = evaluate(model_dir, [FIXTURE])
    conf = report.sentiment["by_confidence"]
    assert conf["unsure_below"] == 0.6
    assert conf["sure"]["n"] + conf["unsure"]["n"] == report.sentiment["n"]
    # the split is the predictions' own flags, each part scored on its units alone
    held = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    held = [r for r in held if r.get("split") == "test" and r.get("sentiment")]
    preds = clf.predict([r["text"] for r in held])
    for name, want in (("sure", True), ("unsure", False)):
        part = [(r, p) for r, p in zip(held, preds) if p.sentiment_sure is want]
        assert conf[name]["n"] == len(part)
        if part:
            right = sum(r["sentiment"] == p.sentiment for r, p in part)
            assert conf[name]["accuracy"] == pytest.approx(right / len(part), abs=1e-4)
    text = format_evaluation(report)
    assert "gpwatch sentiment by confidence (unsure: top probability under 0.60)" in text
    code = cli.main(["evaluate", "--model", str(model_dir), "--labels", str(FIXTURE), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["sentiment"]["by_confidence"] == conf


def test_the_classify_contract_is_unchanged_and_gives_the_flag_through_the_rule(model_dir, tmp_path, capsys):
    infile = tmp_path / "in.jsonl"
    infile.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    assert cli.main(["classify", str(infile), "--model", str(model_dir)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(set(r) == {"id", "sentiment", "sentiment_scores", "themes", "theme_scores"} for r in rows)
    direct = classify.Classifier(model_dir).predict(TEXTS)
    assert [classify.sentiment_sure(r["sentiment_scores"]) for r in rows] == [p.sentiment_sure for p in direct]
