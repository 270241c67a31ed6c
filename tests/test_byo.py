"""Bringing your own codebook (issue 14): one test per friction a new user met training and
scoring a peer's labelled data with a codebook that is not ours.  The data here is small and
written for these tests; the peer's own data is measured in ``benchmarks/bench_byo.py``."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import numpy as np
import pytest

from app import cli
from app.training import format_evaluation
from nlp import classify
from nlp import taxonomy as taxonomy_mod
from nlp.evaluate import EvaluationReport, evaluate, score_themes
from nlp.train import DEFAULT_THEME_C, TrainReport, fit_sentiment, read_labels, search_c, train

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "themes_small.jsonl"


def _fixture_rows() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _codebook(path: Path, theme_ids: list[str], sentiments: list[str]) -> Path:
    lines = [f"sentiments = {json.dumps(sentiments)}"]
    for tid in theme_ids:
        lines += ["[[themes]]", f"id = {json.dumps(tid)}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# Short feedback comments in two themes, three sentiments, written for these tests.
CLINIC = [
    ("The receptionist was rude and kept me waiting at the desk.", "staff_manner", "negative"),
    ("Staff were kind and explained everything clearly.", "staff_manner", "positive"),
    ("The nurse was polite and friendly throughout.", "staff_manner", "positive"),
    ("The doctor barely looked at me and seemed annoyed.", "staff_manner", "negative"),
    ("A member of staff showed me to the waiting room.", "staff_manner", "neutral"),
    ("The porter took my details at the entrance.", "staff_manner", "neutral"),
    ("I waited two hours past my appointment time.", "waiting, delays", "negative"),
    ("The clinic ran late again and nobody told us why.", "waiting, delays", "negative"),
    ("I was seen exactly on time, no wait at all.", "waiting, delays", "positive"),
    ("The queue moved quickly and I was in within ten minutes.", "waiting, delays", "positive"),
    ("The appointment started at the time on the letter.", "waiting, delays", "neutral"),
    ("Waiting times were about what the letter said.", "waiting, delays", "neutral"),
    ("Lovely staff but the wait was far too long.", "staff_manner;waiting, delays", "negative"),
    ("Friendly nurses and a short wait, thank you.", "staff_manner;waiting, delays", "positive"),
    ("The car park was full so I parked on the road.", "", "neutral"),
    ("Good clean building with plenty of seating.", "", "positive"),
]


# --------------------------------------------------------------------------- 1. leakage guard


def test_1_cross_split_duplicates_are_counted_kept_by_default_and_can_be_dropped(tmp_path, capsys):
    rows = _fixture_rows()
    test_texts = [r for r in rows if r["split"] == "test"][:2]
    twins = [{**r, "id": r["id"] + "-twin", "split": "train"} for r in test_texts]
    labels = _write_jsonl(tmp_path / "twins.jsonl", rows + twins)

    kept = train([labels], out_dir=tmp_path / "keep", search=False)
    assert isinstance(kept, TrainReport)
    assert kept.duplicates.policy == "keep" and kept.duplicates.found == 2 and kept.duplicates.removed == 0
    assert kept.units["total"] == 47
    dropped = train([labels], out_dir=tmp_path / "drop", search=False, duplicates="drop")
    assert dropped.duplicates.found == 2 and dropped.duplicates.removed == 2 and dropped.units["total"] == 45
    meta = json.loads((dropped.folder / "meta.json").read_text())
    assert meta["duplicates"] == {"policy": "drop", "found": 2, "removed": 2}

    code = cli.main(
        [
            "train",
            "--labels",
            str(labels),
            "--out",
            str(tmp_path / "cli"),
            "--no-search",
            "--db",
            str(tmp_path / "none.db"),
            "--duplicates",
            "drop",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0 and re.search(r"2 training rows? whose text is also in the held-out split: removed", out)


# --------------------------------------------------------------------------- 2. rare themes


def test_2_a_theme_with_one_positive_keeps_cross_validation_and_thresholds_for_the_others(tmp_path):
    default = taxonomy_mod.load()
    tax = taxonomy_mod.Taxonomy(
        themes=default.themes + (taxonomy_mod.Theme(id="rare_one", name="Rare"),), sentiments=default.sentiments
    )
    rows = _fixture_rows() + [
        {
            "text": "A single example of the rare theme, about parking permits for locums.",
            "themes": ["rare_one"],
            "sentiment": "neutral",
            "split": "train",
        }
    ]
    labels = _write_jsonl(tmp_path / "rare.jsonl", rows)
    report = train([labels], taxonomy=tax, out_dir=tmp_path / "m", search=False)
    themes = report.metrics["themes"]
    assert isinstance(themes["cv_micro_f1"], float)
    assert set(themes["cv_f1"]) == set(default.theme_ids)  # every other theme cross-validated
    assert "rare_one" in report.rare_themes and "1 positive" in report.rare_themes["rare_one"]
    assert themes["C"] == DEFAULT_THEME_C
    thresholds = json.loads((report.folder / "meta.json").read_text())["thresholds"]
    assert thresholds["rare_one"] == 0.5
    assert any(t != 0.5 for tid, t in thresholds.items() if tid != "rare_one")  # tuned, not switched off


# --------------------------------------------------------------------------- 3 and 11. columns and two splits


def test_3_evaluate_takes_the_same_column_options_as_train(tmp_path, capsys):
    rows = [[text, themes, tone, "test" if i % 4 == 0 else "train"] for i, (text, themes, tone) in enumerate(CLINIC)]
    labels = _write_csv(tmp_path / "clinic.csv", ["body", "codes", "tone", "part"], rows)
    common = [
        "--labels",
        str(labels),
        "--text-column",
        "body",
        "--themes-column",
        "codes",
        "--sentiment-column",
        "tone",
        "--split-column",
        "part",
    ]
    assert (
        cli.main(["train", *common, "--out", str(tmp_path / "m"), "--no-search", "--db", str(tmp_path / "none.db")])
        == 0
    )
    capsys.readouterr()
    code = cli.main(["evaluate", "--model", str(tmp_path / "m"), *common, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    assert report["units"] == 4 and report["sentiment"]["n"] == 4 and report["themes"]["n"] == 4


def test_11_a_second_split_column_holds_sentiment_out_on_its_own_split(tmp_path, capsys):
    rows = [
        [text, themes, tone, "test" if i % 4 == 0 else "train", "test" if i % 4 == 1 else "train"]
        for i, (text, themes, tone) in enumerate(CLINIC)
    ]
    labels = _write_csv(tmp_path / "two.csv", ["text", "themes", "sentiment", "split", "sentiment_split"], rows)
    report = train([labels], out_dir=tmp_path / "m", search=False, sentiment_split_column="sentiment_split")
    assert report.units == {"total": 16, "themes": 12, "sentiment": 12}
    ev = evaluate(report.folder, [labels], sentiment_split_column="sentiment_split")
    gold_sent = [r[2] for i, r in enumerate(CLINIC) if i % 4 == 1]
    assert ev.sentiment["n"] == 4 and ev.themes["n"] == 4
    assert [sum(r) for r in ev.sentiment["systems"]["gpwatch"]["confusion"]["matrix"]] == [
        gold_sent.count(s) for s in ("negative", "neutral", "positive")
    ]
    code = cli.main(
        [
            "evaluate",
            "--model",
            str(report.folder),
            "--labels",
            str(labels),
            "--sentiment-split-column",
            "sentiment_split",
            "--json",
        ]
    )
    assert code == 0 and json.loads(capsys.readouterr().out)["sentiment"]["n"] == 4


# --------------------------------------------------------------------------- 4 and 5. label reading


def test_4_a_theme_id_with_a_comma_alone_in_its_cell_stays_one_theme(tmp_path):
    rows = [[text, themes, tone, "train"] for text, themes, tone in CLINIC]
    labels = _write_csv(tmp_path / "comma.csv", ["text", "themes", "sentiment", "split"], rows)
    codebook = _codebook(
        tmp_path / "clinic.toml", ["staff_manner", "waiting, delays"], ["negative", "neutral", "positive"]
    )
    units = read_labels(labels, known_themes={"staff_manner", "waiting, delays"})
    assert units[6].themes == ["waiting, delays"]
    assert units[12].themes == ["staff_manner", "waiting, delays"]
    report = train([labels], taxonomy=codebook, out_dir=tmp_path / "m", search=False)
    meta = json.loads((report.folder / "meta.json").read_text())
    assert meta["label_counts"]["themes"]["waiting, delays"] == 8
    assert not report.skipped


def test_5_sentiment_labels_match_the_codebook_ignoring_case_and_keep_its_spelling(tmp_path):
    rows = [[text, themes, tone.upper() if i % 2 else tone, "train"] for i, (text, themes, tone) in enumerate(CLINIC)]
    labels = _write_csv(tmp_path / "case.csv", ["text", "themes", "sentiment", "split"], rows)
    codebook = _codebook(
        tmp_path / "caps.toml", ["staff_manner", "waiting, delays"], ["Negative", "Neutral", "Positive"]
    )
    report = train([labels], taxonomy=codebook, out_dir=tmp_path / "m", search=False)
    assert report.units["sentiment"] == 16
    meta = json.loads((report.folder / "meta.json").read_text())
    assert meta["label_counts"]["sentiment"] == {"Negative": 5, "Neutral": 5, "Positive": 6}
    assert classify.Classifier(report.folder).predict(["Rude staff."])[0].sentiment in {
        "Negative",
        "Neutral",
        "Positive",
    }


# --------------------------------------------------------------------------- 6. themes-only model


def test_6_a_themes_only_model_emits_no_sentiment(tmp_path):
    rows = [[text, themes, "train"] for text, themes, _ in CLINIC]
    labels = _write_csv(tmp_path / "themes_only.csv", ["text", "themes", "split"], rows)
    report = train([labels], out_dir=tmp_path / "m", search=False)
    assert report.units["sentiment"] == 0
    (pred,) = classify.Classifier(report.folder).predict(["The receptionist was rude."])
    assert pred.sentiment is None and pred.sentiment_scores == {} and pred.sentiment_sure is None
    out = io.StringIO()
    classify.classify_stream(io.StringIO('{"id": 1, "text": "Kind staff."}\n'), out, model_path=report.folder)
    line = json.loads(out.getvalue())
    assert (
        line["sentiment"] is None
        and line["sentiment_scores"] == {}
        and set(line["theme_scores"]) == {"staff_manner", "waiting, delays"}
    )


# --------------------------------------------------------------------------- 7. baselines only where they fit


def test_7_vader_and_textblob_are_scored_only_against_the_three_standard_labels(tmp_path, capsys):
    five = ["very negative", "negative", "neutral", "positive", "very positive"]
    rows = [
        [text, tone if i % 3 else "very " + tone if tone != "neutral" else tone, "test" if i % 4 == 0 else "train"]
        for i, (text, _, tone) in enumerate(CLINIC)
    ]
    labels = _write_csv(tmp_path / "five.csv", ["text", "sentiment", "split"], rows)
    codebook = _codebook(tmp_path / "five.toml", ["staff_manner"], five)
    report = train([labels], taxonomy=codebook, out_dir=tmp_path / "m", search=False)
    ev = evaluate(report.folder, [labels])
    assert isinstance(ev, EvaluationReport)
    assert set(ev.sentiment["systems"]) == {"gpwatch"}
    assert any("VADER" in w and "TextBlob" in w and "not scored" in w for w in ev.warnings)
    assert cli.main(["evaluate", "--model", str(report.folder), "--labels", str(labels)]) == 0
    out, err = capsys.readouterr()
    assert "not scored" in err and "vader" not in out

    three = train([FIXTURE], out_dir=tmp_path / "m3", search=False)  # the partner: scored there
    assert {"vader", "textblob"} <= set(evaluate(three.folder, [FIXTURE]).sentiment["systems"])


# --------------------------------------------------------------------------- 8. physical line numbers


def test_8_error_lines_are_physical_lines_of_the_file(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text(
        "text,themes,sentiment\n"
        '"A comment that runs\nover three\nlines.",staff_manner,negative\n'
        ",staff_manner,neutral\n"
        '"Another one\nover two.",staff_manner,positive\n'
        "Fine text,staff_manner,\n"
        'Bad themes,"[not json",neutral\n',
        encoding="utf-8",
    )
    errors: list[str] = []
    units = read_labels(path, on_error=errors.append)
    assert len(units) == 3
    assert [e.split(": ")[0] for e in errors] == [f"{path}:5", f"{path}:9"]
    assert units[2].where == f"{path}:8"


# --------------------------------------------------------------------------- 9. progress


def test_9_training_reports_progress_through_a_callback_and_the_cli_shows_it(tmp_path, capsys):
    seen: list[tuple[str, int, int]] = []
    train(
        [FIXTURE],
        out_dir=tmp_path / "m",
        search=False,
        progress=lambda stage, done, total: seen.append((stage, done, total)),
    )
    stages = [s for s, _, _ in seen]
    assert any(s.startswith("themes") for s in stages) and any(s.startswith("features") for s in stages)
    themes = [(d, t) for s, d, t in seen if s.startswith("themes")]
    assert themes[-1][0] == themes[-1][1] > 0  # ends complete
    assert capsys.readouterr().out == ""  # the library prints nothing
    assert (
        cli.main(
            [
                "train",
                "--labels",
                str(FIXTURE),
                "--out",
                str(tmp_path / "c"),
                "--no-search",
                "--db",
                str(tmp_path / "none.db"),
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert re.search(r"train: themes.* \d+/\d+", err) and "features" in err


# --------------------------------------------------------------------------- 10. table alignment


def test_10_the_evaluate_table_aligns_long_theme_ids():
    ids = ["short", "a_theme_id_much_longer_than_twenty_two_characters", "mid_length_theme"]
    gold = [["short"], [ids[1]], [ids[2]], ["short", ids[1]]]
    pred = [["short"], [ids[1]], [], [ids[1]]]
    themes = {
        "n": 4,
        "theme_ids": ids,
        "systems": {"gpwatch": score_themes(gold, pred, ids), "patterns": score_themes(gold, pred, ids)},
    }
    report = EvaluationReport(model="v1", model_dir="m", units=4, label_files=[], sentiment=None, themes=themes)
    text = format_evaluation(report)
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("precision"))
    table = lines[start : start + 1 + len(ids) + 2]
    assert len({len(line) for line in table}) == 1, table  # every row the same width
    for line in table[1:]:
        assert re.match(r"^\S.*\S \s*\d\.\d{3}", line)
    assert len({line.index(".") for line in table[1:]}) == 1


# --------------------------------------------------------------------------- 12. sentiment C grid


def test_12_the_chosen_regularisation_is_never_on_the_edge_of_the_searched_grid():
    peak = 0.5
    best, scores = search_c(lambda c: -abs(np.log(c) - np.log(peak)), (2.0, 4.0, 8.0))
    assert best == peak and min(scores) < best < max(scores)
    best, scores = search_c(lambda c: -abs(np.log(c) - np.log(200.0)), (2.0, 4.0, 8.0))
    assert min(scores) < best < max(scores) and best >= 128
    best, scores = search_c(lambda c: 1.0, (2.0, 4.0, 8.0))  # flat: the middle, no widening
    assert best == 4.0 and set(scores) == {2.0, 4.0, 8.0}

    rng = np.random.default_rng(0)  # noisy labels want a small C
    from scipy import sparse

    X = sparse.csr_matrix(rng.random((90, 30)) * (rng.random((90, 30)) < 0.2))
    y = np.array(["negative", "neutral", "positive"] * 30)
    _, info = fit_sentiment(X, y, ["negative", "neutral", "positive"])
    searched = [float(c) for c in info["cv_by_C"]]
    assert min(searched) < info["C"] < max(searched), info


# --------------------------------------------------------------------------- the seam (issue 12 point 2)


def test_nlp_never_imports_app_and_the_cli_owns_printing():
    for path in (ROOT / "nlp").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from app\b|import app\b)", source, re.M), path.name
        assert "def train_command" not in source and "def evaluate_command" not in source, path.name


# --------------------------------------------------------------------------- the trainer on other people's codebooks


def _skewed_probabilities(rng, n: int = 1500, shift: float = 3.0):
    """Three labels, the last rare (8%), with out-of-fold-like probabilities that under-rate it."""
    y = rng.choice(3, size=n, p=[0.5, 0.42, 0.08])
    logits = rng.normal(0, 1.0, (n, 3))
    logits[np.arange(n), y] += 1.6
    logits[:, 2] -= shift  # the rare label's probability is systematically too low
    p = np.exp(logits - logits.max(1, keepdims=True))
    return y, p / p.sum(1, keepdims=True)


def test_label_offsets_lift_a_rare_sentiment_label_only_when_rows_they_were_not_chosen_on_agree():
    from nlp.train import _fast_macro_f1, sentiment_offsets

    rng = np.random.default_rng(0)
    y, p = _skewed_probabilities(rng)
    classes = np.array(["a", "b", "c"])
    offsets, gain = sentiment_offsets(p, classes[y], classes)
    assert offsets[0] == 0 and offsets[2] > 1.0, offsets  # the rare label is favoured
    before = _fast_macro_f1(y, p.argmax(1), 3)
    after = _fast_macro_f1(y, (np.log(p) + offsets).argmax(1), 3)
    assert after > before + 0.02 and gain > 0.01, (before, after, gain)

    # the partner: probabilities whose argmax is already right give no gain: no offsets used
    p2 = np.full((len(y), 3), 0.1)
    p2[np.arange(len(y)), y] = 0.8
    offsets2, gain2 = sentiment_offsets(p2, classes[y], classes)
    assert gain2 == 0 and (offsets2 == 0).all(), (gain2, offsets2)


def test_fit_sentiment_folds_the_label_offsets_into_the_intercepts():
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    from nlp.train import SENTIMENT_OFFSET_MARGIN, sentiment_weights

    rng = np.random.default_rng(2)
    n, d = 600, 40
    y = rng.choice(3, size=n, p=[0.55, 0.37, 0.08])
    centres = rng.normal(0, 1, (3, d))
    X = sparse.csr_matrix(centres[y] * 0.35 + rng.normal(0, 1, (n, d)))
    labels = ["negative", "neutral", "positive"]
    yl = np.array(labels)[y]
    clf, info = fit_sentiment(X, yl, labels, cs=(1.0,))
    off = info["label_offsets"]
    assert set(off) >= {"offsets", "cross_fitted_gain", "used", "cv_macro_f1_with"}
    plain = LogisticRegression(C=1.0, max_iter=2000).fit(X, yl)
    b = np.array([off["offsets"][lab] for lab in plain.classes_]) if off["used"] else np.zeros(3)
    assert off["used"] == (off["cross_fitted_gain"] > SENTIMENT_OFFSET_MARGIN)
    W, w0 = sentiment_weights(clf, labels)
    ours = (X @ W.T + w0).argmax(1)
    expected = (np.log(plain.predict_proba(X)) + b).argmax(1)
    assert (ours == expected).mean() > 0.99
    _, info_off = fit_sentiment(X, yl, labels, cs=(1.0,), offsets=False)
    assert "label_offsets" not in info_off
    # labels near an even share (our own codebook's rarest holds 23% of three) are left alone
    even = np.array(labels)[np.arange(n) % 3]
    _, info_even = fit_sentiment(X, even, labels, cs=(1.0,))
    assert info_even["label_offsets"]["used"] is False and "rarest label" in info_even["label_offsets"]["reason"]


def test_the_train_summary_says_whether_label_offsets_were_kept():
    from pathlib import Path as _P

    from app.training import format_train_report
    from nlp.train import DuplicateReport

    def report(offsets: dict | None) -> TrainReport:
        sent = {"cv_macro_f1": 0.7, "C": 8.0}
        if offsets is not None:
            sent["label_offsets"] = offsets
        return TrainReport(
            folder=_P("m/v"),
            version="v",
            units={"total": 10, "sentiment": 10, "themes": 0},
            duplicates=DuplicateReport("keep", 0, 0),
            metrics={"sentiment": sent, "themes": {}},
            rare_themes={},
            skipped=[],
            seconds=1.0,
        )

    kept = {"offsets": {"negative": 0.0, "neutral": 0.4}, "cross_fitted_gain": 0.0034, "used": True}
    text = "\n".join(format_train_report(report(kept)))
    assert "label offsets (neutral +0.4): kept, out-of-fold gain +0.0034" in text
    text = "\n".join(format_train_report(report({**kept, "used": False, "cross_fitted_gain": -0.001})))
    assert "not kept, out-of-fold gain -0.0010" in text
    assert "label offsets" not in "\n".join(format_train_report(report({"used": False, "reason": "even"})))


# --------------------------------------------------------------------------- the sentiment's own character block


def test_raw_char_ngrams_read_the_original_text_behind_the_normalised_one():
    import pickle

    from nlp.features import Normaliser, raw_char_ngrams

    (doc,) = Normaliser().transform(["Waited 3 Hours!!"])
    assert "hours" not in doc.split() and "hour" in doc.split()  # the blocks read lemmas...
    grams = raw_char_ngrams(doc)
    assert "hours" in grams and " 3 " in grams and "!!" in grams, grams  # ...this one the original
    assert all(g == g.lower() for g in grams)
    assert raw_char_ngrams("Hours") == raw_char_ngrams(Normaliser().transform(["Hours"])[0].raw)
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc and again.raw == "Waited 3 Hours!!"


def _clinic_model(tmp_path: Path, name: str):
    rows = [[text, themes, sentiment, "train"] for text, themes, sentiment in CLINIC * 3]
    labels = _write_csv(tmp_path / f"{name}.csv", ["text", "themes", "sentiment", "split"], rows)
    return train([labels], out_dir=tmp_path / name, search=False)


def test_the_sentiment_character_block_is_kept_only_when_cross_validation_says_so(tmp_path, monkeypatch):
    import nlp.train as train_mod
    from nlp.artefact import load_model

    texts = ["The receptionist was rude.", "Friendly nurses, short wait."]
    monkeypatch.setattr(train_mod, "SENTIMENT_CHARS_MARGIN", -1.0)  # any score keeps it
    kept = _clinic_model(tmp_path, "kept")
    info = kept.metrics["sentiment"]["sentiment_character_block"]
    assert info["used"] is True and info["cv_macro_f1_with"] is not None
    model = load_model(kept.folder)
    blocks = dict(model.features.named_steps["union"].transformer_list)
    assert train_mod.SENTIMENT_CHARS_BLOCK in blocks
    n = model.features.transform(texts).shape[1]
    start, stop = train_mod.sentiment_chars_span(model.features, n)
    assert stop - start > 100 and model.sentiment_dims == stop
    assert model.theme_skip == (start, stop)  # the themes do not read it
    assert model.theme_coef.shape[0] == n - (stop - start)
    preds = classify.Classifier(kept.folder).predict(texts)
    assert [p.sentiment for p in preds] == ["negative", "positive"]

    monkeypatch.setattr(train_mod, "SENTIMENT_CHARS_MARGIN", 1.0)  # no score keeps it
    dropped = _clinic_model(tmp_path, "dropped")
    assert dropped.metrics["sentiment"]["sentiment_character_block"]["used"] is False
    model = load_model(dropped.folder)
    blocks = dict(model.features.named_steps["union"].transformer_list)
    assert train_mod.SENTIMENT_CHARS_BLOCK not in blocks
    assert model.theme_coef.shape[0] == model.features.transform(texts).shape[1] and model.theme_skip is None
    # the themes are the same model either way
    a = classify.Classifier(kept.folder).scores(texts)[1]
    b = classify.Classifier(dropped.folder).scores(texts)[1]
    assert np.allclose(a, b, atol=1e-5)


def test_the_sentiment_character_block_is_not_tried_when_the_codebook_turns_it_off(tmp_path):
    ours = taxonomy_mod.load()
    assert ours.sentiment_character_ngrams is False  # our codebook turns it off (corpora/taxonomy.toml)
    assert taxonomy_mod.from_labels(["staff_manner"]).sentiment_character_ngrams is True
    with pytest.raises(taxonomy_mod.TaxonomyError, match="sentiment_character_ngrams must be true or false"):
        taxonomy_mod.Taxonomy.from_dict({"themes": [{"id": "a"}], "sentiment_character_ngrams": "no"}, "x.toml")

    rows = [[text, themes, sentiment, "train"] for text, themes, sentiment in CLINIC * 3]
    labels = _write_csv(tmp_path / "off.csv", ["text", "themes", "sentiment", "split"], rows)
    codebook = tmp_path / "off.toml"
    themes = sorted({t for _, ts, _ in CLINIC for t in ts.split(";") if t})
    codebook.write_text(
        "sentiment_character_ngrams = false\n" + "".join(f'[[themes]]\nid = "{t}"\n' for t in themes),
        encoding="utf-8",
    )
    off = train([labels], taxonomy=codebook, out_dir=tmp_path / "off", search=False)
    assert "sentiment_character_block" not in off.metrics["sentiment"]
    on = train([labels], out_dir=tmp_path / "on", search=False)
    assert "sentiment_character_block" in on.metrics["sentiment"]


def test_common_themes_are_weighted_softer_than_rare_ones_in_folds_and_final_fit():
    """A theme with THEME_SQRT_WEIGHT_FROM positives or more weighs its positives by
    sqrt(negatives / positives), a rarer one by the full ratio ("balanced"); the choice is made
    once on the whole training set, so a common theme's folds (two thirds of its positives) are
    weighted as its final fit is, and meta.json lists the themes weighted sqrt."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    from nlp.train import THEME_SQRT_WEIGHT_FROM, _fit_theme, fit_themes, nb_ratio, theme_weighting

    rng = np.random.default_rng(3)
    n = 1200
    common = (rng.random(n) < 0.12).astype(int)  # about 144 positives
    rare = np.zeros(n, dtype=int)
    rare[rng.choice(n, 30, replace=False)] = 1
    Y = np.column_stack([common, rare])
    assert Y[:, 0].sum() >= THEME_SQRT_WEIGHT_FROM > Y[:, 1].sum()
    assert theme_weighting(Y) == ["sqrt", "balanced"]
    # noisy features: a few columns lean towards each theme, the rest is noise
    dense = rng.random((n, 40)) < 0.08
    dense[:, :4] |= (Y[:, [0]] == 1) & (rng.random((n, 4)) < 0.4)
    dense[:, 4:8] |= (Y[:, [1]] == 1) & (rng.random((n, 4)) < 0.4)
    X = sparse.csr_matrix(dense.astype(np.float32))

    soft = _fit_theme(X, common, 10.0, weighting="sqrt")
    full = _fit_theme(X, common, 10.0, weighting="balanced")
    pos = common.sum()
    r = nb_ratio(X, common)
    direct = LogisticRegression(C=10.0, class_weight={0: 1.0, 1: float(np.sqrt((n - pos) / pos))}, solver="liblinear")
    direct.fit(X @ sparse.diags(r), common)
    assert soft[1] == pytest.approx(float(direct.intercept_[0]), abs=1e-6)
    assert soft[1] < full[1]  # the softer weight predicts a common theme less often

    _, intercepts, _, info = fit_themes(X, Y, ["common", "rare"], cs=(10.0,))
    assert info["class_weight"]["sqrt"] == ["common"]
    assert intercepts[0][0] == pytest.approx(soft[1], abs=1e-6)
    assert intercepts[0][1] == pytest.approx(_fit_theme(X, rare, 10.0, weighting="balanced")[1], abs=1e-6)


def test_theme_training_is_reproducible_with_its_fits_in_two_threads(monkeypatch):
    """The per-theme fits run in two threads; the same data must give the same model, bit for
    bit, whatever the threads' timing.  (liblinear's dual solver, 1.7-2.4x cheaper on the binary
    view, fails this: every liblinear fit reseeds one generator shared by the process, and the
    dual solver draws its visiting order from it: benchmarks/FINDINGS.md.)"""
    from scipy import sparse

    from nlp import train as train_mod

    monkeypatch.setattr(train_mod, "_workers", lambda: 2)
    rng = np.random.default_rng(5)
    n, d, k = 600, 2000, 6
    Y = (rng.random((n, k)) < 0.2).astype(int)
    dense = rng.random((n, d)) < 0.01
    for j in range(k):
        dense[:, 20 * j : 20 * j + 20] |= (Y[:, [j]] == 1) & (rng.random((n, 20)) < 0.2)
    X = sparse.csr_matrix(dense * rng.random((n, d)), dtype=np.float64)
    ids = [f"t{j}" for j in range(k)]
    runs = [train_mod.fit_themes(X, Y, ids, cs=(10.0, 30.0)) for _ in range(3)]
    for coef, intercept, thresholds, info in runs[1:]:
        for a, b in zip(coef + intercept, runs[0][0] + runs[0][1]):
            assert np.array_equal(a, b)
        assert thresholds == runs[0][2] and info["cv_by_C"] == runs[0][3]["cv_by_C"]
    assert np.abs(runs[0][0][1]).max() > 0 and len(set(runs[0][2])) > 1  # fitted, thresholds chosen
