"""Training (the artefact and its metadata, a researcher's own codebook and columns, stored
labels, bad input) and evaluation beside VADER and TextBlob."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from app import cli
from app.training import format_evaluation
from corpora import analysis_store, store
from nlp import classify
from nlp.evaluate import evaluate
from nlp.train import parse_themes, read_labels, train
from tests.default_codebook import DEFAULT_THEME_IDS

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "themes_small.jsonl"
THEMES = list(DEFAULT_THEME_IDS)


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    """The full training run (with the search over C) on the small original fixture."""
    return train([FIXTURE], out_dir=tmp_path_factory.mktemp("models")).folder


def test_artefact_and_metadata(trained):
    root = trained.parent
    assert (root / "CURRENT").read_text().strip() == trained.name
    assert (trained / "model.json").stat().st_size > 1000 and (trained / "arrays.npz").stat().st_size > 1000
    meta = json.loads((trained / "meta.json").read_text())
    assert meta["version"] == trained.name and re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{8}", meta["version"])
    assert re.fullmatch(r"[0-9a-f]{64}", meta["data_hash"]) and meta["version"].endswith(meta["data_hash"][:8])
    assert meta["units"] == {"total": 45, "sentiment": 45, "themes": 45}  # the 6 test rows are held out
    assert {"python", "scikit-learn", "numpy", "spacy"} <= set(meta["libraries"])
    assert [t["id"] for t in meta["taxonomy"]["themes"]] == THEMES
    assert set(meta["thresholds"]) == set(THEMES) and all(0.1 <= t <= 0.9 for t in meta["thresholds"].values())
    assert meta["features"]["blocks"][-1] == "theme_chars"
    sent, themes = meta["metrics"]["sentiment"], meta["metrics"]["themes"]
    # the sentiment reads the character block only where cross-validation chose it
    chars = sent["character_block"]["used"]
    assert 0 < meta["features"]["sentiment_dimensions"] <= meta["features"]["dimensions"]
    assert (meta["features"]["sentiment_dimensions"] == meta["features"]["dimensions"]) == chars
    assert {"2.0", "4.0", "8.0", "16.0", "32.0"} <= set(sent["cv_by_C"]) and 0 <= sent["cv_macro_f1"] <= 1
    assert set(themes["cv_f1"]) == set(THEMES) and 0 <= themes["cv_micro_f1"] <= 1
    assert themes["weak_supervision"]["used"] is False
    assert meta["label_counts"]["sentiment"]["negative"] == sum(
        1 for line in FIXTURE.read_text().splitlines() if '"negative", "split": "train"' in line
    )


def test_same_labels_give_the_same_data_hash_and_a_new_current_version(trained, tmp_path):
    again = train([FIXTURE], out_dir=trained.parent, search=False).folder
    assert again != trained and again.parent == trained.parent
    assert (trained.parent / "CURRENT").read_text().strip() == again.name
    h1 = json.loads((trained / "meta.json").read_text())["data_hash"]
    h2 = json.loads((again / "meta.json").read_text())["data_hash"]
    assert h1 == h2
    other = tmp_path / "fewer.jsonl"
    other.write_text("".join(FIXTURE.read_text().splitlines(keepends=True)[1:]))
    h3 = json.loads((train([other], out_dir=tmp_path / "m", search=False).folder / "meta.json").read_text())[
        "data_hash"
    ]
    assert h3 != h1


def test_the_same_labels_train_the_same_model_bit_for_bit(trained, tmp_path):
    """A researcher who trains twice on the same labels gets the same model: every array, the
    thresholds and the cross-validated figures.  (Thread timing on larger fits: test_byo.py's
    test_theme_training_is_reproducible_with_its_fits_in_two_threads.)"""
    import numpy as np

    again = train([FIXTURE], out_dir=tmp_path / "again").folder
    a, b = np.load(trained / "arrays.npz"), np.load(again / "arrays.npz")
    assert sorted(a.files) == sorted(b.files) and len(a.files) >= 4
    for name in a.files:
        assert np.array_equal(a[name], b[name]), name
    m1, m2 = (json.loads((f / "meta.json").read_text()) for f in (trained, again))
    assert m1["thresholds"] == m2["thresholds"] and m1["metrics"] == m2["metrics"]


def test_themes_parse_from_lists_and_separated_strings():
    assert parse_themes(["a", " b "]) == ["a", "b"]
    assert parse_themes('["a", "b"]') == ["a", "b"]
    assert parse_themes("a; b") == ["a", "b"] and parse_themes("a|b") == ["a", "b"]
    assert parse_themes("") == [] and parse_themes(None) is None


def test_a_researchers_own_codebook_and_columns_work_unchanged(tmp_path, capsys):
    codebook = tmp_path / "codebook.toml"
    codebook.write_text(
        'name = "rural access study"\nsentiments = ["negative", "neutral", "positive"]\n'
        '[[themes]]\nid = "rural_access"\nname = "Rural access"\npatterns = ["bus", "mile*", "village"]\n'
        '[[themes]]\nid = "dispensing"\nname = "Dispensing practices"\npatterns = ["dispens*"]\n',
        encoding="utf-8",
    )
    rows = [
        ("The nearest surgery is now twelve miles away and the bus runs twice a day.", "rural_access", "Negative"),
        ("Villagers lost their branch surgery when the partners retired.", "rural_access", "negative"),
        ("A mobile clinic will visit the three villages every Thursday.", "rural_access", "neutral"),
        ("The new community transport scheme has made appointments reachable again.", "rural_access", "positive"),
        ("Dispensing doctors fear the change to drug tariffs will close their pharmacy.", "dispensing", "negative"),
        ("The dispensary fills about 900 items a week for outlying farms.", "dispensing", "neutral"),
        ("Our dispensing practice won an award for medicines safety.", "dispensing", "positive"),
        (
            "Patients in the hamlet can collect medicines from the dispensary on the way home from the bus.",
            "rural_access|dispensing",
            "positive",
        ),
        (
            "Losing the dispensary would mean a forty mile round trip for some patients.",
            "dispensing;rural_access",
            "negative",
        ),
        ("The parish council met on Monday to discuss the surgery.", "rural_access", "neutral"),
        ("The evening was quiet.", "", "neutral"),
        ("Awful news for the valley; the last doctor is leaving.", "rural_access", "negative"),
        ("A stocktake of the dispensary is due next week.", "dispensing", "neutral"),
        ("The outreach clinic is a brilliant idea and long overdue.", "rural_access", "positive"),
    ]
    labels = tmp_path / "study.csv"
    with open(labels, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["body", "codes", "tone"])
        w.writerows(rows)
        w.writerow(["", "dispensing", "neutral"])  # no text: reported and skipped
    out = tmp_path / "models"
    code = cli.main(
        [
            "train",
            "--labels",
            str(labels),
            "--taxonomy",
            str(codebook),
            "--text-column",
            "body",
            "--themes-column",
            "codes",
            "--sentiment-column",
            "tone",
            "--out",
            str(out),
            "--db",
            str(tmp_path / "no-store.db"),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert re.search(r"study\.csv:16: no text in column 'body'", captured.err)
    assert "written to" in captured.out
    clf = classify.Classifier(out)
    assert clf.theme_ids == ["rural_access", "dispensing"]
    assert clf.meta["taxonomy"]["name"] == "rural access study"
    assert clf.meta["units"]["total"] == len(rows)
    (pred,) = clf.predict(["The dispensary in the next village is closing."])
    assert set(pred.theme_scores) == {"rural_access", "dispensing"}
    assert set(pred.sentiment_scores) == {"negative", "neutral", "positive"}


def test_stored_labels_are_used_and_bad_label_files_fail_clearly(tmp_path, capsys):
    db = tmp_path / "gp.db"
    conn = store.connect(db)
    analysis_store.add_label(
        conn,
        "Our PCN pharmacist has been a godsend for the practice.",
        sentiment="positive",
        themes=["skill_mix", "at_scale_models"],
        annotator="tester",
    )
    conn.close()
    folder = train([FIXTURE], out_dir=tmp_path / "models", store_labels=db, search=False).folder
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["store_labels"] == 1 and meta["units"]["total"] == 46

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine", "sentiment": "neutral", "themes": []}\n{broken\n', encoding="utf-8")
    code = cli.main(["train", "--labels", str(bad), "--out", str(tmp_path / "m2"), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1 and "bad.jsonl" in err and "line 2" in err and len(err.strip().splitlines()) == 1
    code = cli.main(["train", "--labels", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "m3")])
    err = capsys.readouterr().err
    assert code == 1 and "missing.csv: no such file" in err
    assert not (tmp_path / "m2").exists() or not (tmp_path / "m2" / "CURRENT").exists()
    rows = read_labels(FIXTURE)
    assert sum(1 for r in rows if r.split == "test") == 6


def test_evaluate_scores_gpwatch_beside_vader_and_textblob(trained, capsys):
    report = evaluate(trained, [FIXTURE])
    assert report.units == 6 and report.model == trained.name
    sent = report.sentiment
    assert set(sent["systems"]) == {"gpwatch", "vader", "textblob"}
    for name, system in sent["systems"].items():
        assert set(system["per_class"]) == {"negative", "neutral", "positive"}
        matrix = system["confusion"]["matrix"]
        assert len(matrix) == 3 and sum(map(sum, matrix)) == 6
        assert 0 <= system["macro"]["f1"] <= 1 and 0 <= system["micro"]["f1"] <= 1
        assert abs(system["micro"]["f1"] - system["accuracy"]) < 1e-4
    # gold negatives: t01, t05, t06 (row sums of the confusion matrix are the gold counts)
    assert [sum(r) for r in sent["systems"]["gpwatch"]["confusion"]["matrix"]] == [3, 2, 1]
    themes = report.themes["systems"]
    assert set(themes) == {"gpwatch", "patterns"}
    assert set(themes["gpwatch"]["per_theme"]) == set(THEMES)
    assert themes["gpwatch"]["per_theme"]["digital_first"]["support"] == 1
    table = format_evaluation(report)
    assert "vader" in table and "textblob" in table and "confusion matrix" in table

    code = cli.main(["evaluate", "--model", str(trained), "--labels", str(FIXTURE), "--json"])
    out = capsys.readouterr().out
    assert code == 0 and json.loads(out)["sentiment"]["systems"]["vader"]["confusion"]["labels"] == [
        "negative",
        "neutral",
        "positive",
    ]
