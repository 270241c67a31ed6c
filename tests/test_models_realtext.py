"""The real-text work on the models: feature functions for hedged praise, concessions and
evaluative metaphor, the general lexicon, the saved-model format (arrays + JSON, registered
factories, old pickles refused), evaluation split by kind with ambiguous units left out, and
the learning-curve benchmark's page-grouped folds.  Every sentence here is original."""

from __future__ import annotations

import json
from pathlib import Path

import joblib
import numpy as np
import pytest

from app import cli
from app.training import format_evaluation
from benchmarks.bench_classify import realdev_rows
from benchmarks.bench_learning import leads, page_folds
from nlp import artefact, classify, features
from nlp.evaluate import evaluate, sentiment_by_kind, themes_by_kind
from nlp.features import ClauseLexicon, GeneralLexicon, LexiconFeatures, cue_tokens, mark_negation, normalise, tokenize
from nlp.train import train

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "themes_small.jsonl"


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    return train([FIXTURE], out_dir=tmp_path_factory.mktemp("models"), search=False).folder


# --------------------------------------------------------------------------- features


def test_far_from_and_anything_but_open_a_negation_scope():
    toks = mark_negation(tokenize("The salaried doctors are far from satisfied with the new offer."))
    assert "NOT_satisfied" in toks and "NOT_offer" in toks
    assert "NOT_clear" in mark_negation(tokenize("The guidance is anything but clear."))
    # "far" and "from" apart negate nothing
    assert not any(t.startswith("NOT_") for t in mark_negation(tokenize("She drove from far away to the hub.")))


def test_a_sentence_initial_concession_puts_the_stance_after_its_comma():
    toks = normalise("Although the extra money is welcome, practices will still close.").split()
    assert toks.index("__but__") == toks.index(",") + 1  # the main clause carries the stance
    toks = normalise("But while we hope the deal helps, there is a long road ahead.").split()
    assert toks[toks.index(",") + 1] == "__but__" and toks.count("__but__") == 2  # "But" itself, then the comma
    # a concession after the main clause keeps the mark on the concessive word
    toks = normalise("The hub works well, although it costs more.").split()
    assert toks[toks.index("although") + 1] == "__but__"
    lex = LexiconFeatures()
    names = list(lex.get_feature_names_out())
    after_pos, after_neg = names.index("lex_pos_after_but"), names.index("lex_neg_after_but")
    row = lex.transform([normalise("While the pilot was a success, the staff are exhausted.")]).toarray()[0]
    assert row[after_neg] > 0 and row[after_pos] == 0


def test_evaluative_metaphors_are_critic_cues():
    assert "__critic__" in cue_tokens("Storm clouds are gathering over every practice in the county.")
    assert "__critic__" in cue_tokens("Small surgeries will wither on the vine without this money.")
    assert "__critic__" not in cue_tokens("The practice opened a second site in the town centre.")


def test_the_lexicon_block_does_not_count_length():
    lex = LexiconFeatures()
    short = "the network employ two pharmacist ."
    long = " ".join(["the network employ two pharmacist and a nurse ."] * 6)
    assert lex.transform([short]).shape[1] == len(features._LEX_NAMES) - 1
    assert np.allclose(lex.transform([short]).toarray(), lex.transform([long]).toarray())
    assert LexiconFeatures(length=True).transform([long]).toarray()[0, -1] > 0


def test_general_lexicon_counts_valence_with_negation_and_contrast():
    gl = GeneralLexicon(valences={"dreadful": -3.0, "superb": 3.0}).fit([])
    names = list(gl.get_feature_names_out())
    rows = gl.transform(["a dreadful plan", "NOT_superb", "superb __but__ dreadful", "the rota for may"]).toarray()
    assert rows[0, names.index("gen_neg")] > 0 and rows[0, names.index("gen_pos")] == 0
    assert rows[1, names.index("gen_pos_negated")] > 0 and rows[1, names.index("gen_pos")] == 0
    assert rows[2, names.index("gen_neg_after_but")] > 0 and rows[2, names.index("gen_pos_after_but")] == 0
    assert not rows[3].any()
    vader = GeneralLexicon().fit([])  # the table the vaderSentiment package ships
    assert vader.valence_["disaster"] < 0 < vader.valence_["excellent"] and len(vader.valence_) > 5000


def test_clause_lexicon_finds_the_clause_that_carries_the_stance():
    cl = ClauseLexicon(valences={"dreadful": -3.0, "superb": 3.0, "good": 2.0}).fit([])
    names = list(cl.get_feature_names_out())
    # three mildly good clauses and one dreadful one: the whole-unit sum is positive, the most
    # negative clause and the last clause are not
    doc = normalise("The hub is good. The staff are good. The rota is good. The outcome is dreadful.")
    row = ClauseLexicon(valences={"dreadful": -3.0, "good": 2.0}).fit([]).transform([doc]).toarray()[0]
    assert row[names.index("clause_most_negative")] > 0 and row[names.index("clause_last")] < 0
    assert row[names.index("clause_first")] > 0 and row[names.index("clause_most_positive")] > 0
    # a concession and its main clause are two clauses; negation flips a word's valence
    nets = ClauseLexicon.clause_valences(normalise("While the idea is superb, the plan is not good."), cl.valence_)
    assert len(nets) == 2 and nets[0] > 0 > nets[1]
    assert not cl.transform([normalise("The rota for May is on the board.")]).toarray().any()


# --------------------------------------------------------------------------- the saved form


def test_the_saved_model_is_arrays_and_json_naming_no_class(model_dir):
    spec_text = (model_dir / "model.json").read_text(encoding="utf-8")
    spec = json.loads(spec_text)
    assert spec["format"] == artefact.FORMAT
    factories = [spec["features"]["normalise"]["factory"]] + [b["factory"] for b in spec["features"]["blocks"]]
    assert set(factories) <= set(artefact.FACTORIES) and "gpwatch.general_lexicon" in factories
    assert "gpwatch.clause_lexicon" in factories
    assert "nlp." not in spec_text and "sklearn.feature_extraction" not in spec_text
    with np.load(model_dir / "arrays.npz", allow_pickle=False) as npz:  # no object arrays
        assert {"sentiment.coef", "themes.coef", "themes.intercept"} <= set(npz.files)
    assert not (model_dir / "model.joblib").exists()


def test_a_saved_model_still_loads_after_its_classes_are_renamed(model_dir, tmp_path):
    texts = [
        "Far from satisfied: the locums say the hub has no work for them.",
        "The federation will run the weekend hub from April, the board said.",
    ]
    before = classify.Classifier(model_dir).scores(texts)
    classes = (
        classify.Model,
        features.Normaliser,
        features.LexiconFeatures,
        features.GeneralLexicon,
        features.ClauseLexicon,
        features.PatternHits,
    )
    saved = [(cls, cls.__name__, cls.__qualname__, cls.__module__) for cls in classes]
    try:
        for cls in classes:  # as if each class had been renamed and moved to another module
            cls.__name__ = cls.__qualname__ = "Renamed" + cls.__name__
            cls.__module__ = "somewhere.else"
        loaded = artefact.load_model(model_dir)
        again = tmp_path / "copy"
        again.mkdir()
        artefact.save_model(loaded, again)
        reloaded = artefact.load_model(again)
    finally:
        for cls, name, qualname, module in saved:
            cls.__name__, cls.__qualname__, cls.__module__ = name, qualname, module
    X = reloaded.features.transform(texts)
    assert np.allclose(reloaded.sentiment_proba(X), before[0]) and np.allclose(reloaded.theme_proba(X), before[1])


def test_an_old_pickled_model_asks_for_a_retrain_in_one_line(tmp_path):
    old = tmp_path / "20250101T000000Z-deadbeef"
    old.mkdir()
    joblib.dump({"version": "old"}, old / "model.joblib")
    with pytest.raises(classify.ModelNotFound) as info:
        classify.Classifier(old)
    msg = str(info.value)
    assert "\n" not in msg and "model.joblib" in msg and "retrain" in msg and "gpwatch train" in msg
    (tmp_path / "CURRENT").write_text(old.name + "\n")  # found through CURRENT, the same message
    with pytest.raises(classify.ModelNotFound, match="retrain"):
        classify.Classifier(tmp_path)


def test_a_model_from_another_format_or_an_unknown_factory_is_refused(model_dir, tmp_path):
    import shutil

    for change, expected in (
        (lambda s: s.update(format="gpwatch-model/99"), "gpwatch-model/99"),
        (lambda s: s["features"]["blocks"][0].update(factory="someone.else"), "someone.else"),
    ):
        folder = tmp_path / expected.replace("/", "_")
        shutil.copytree(model_dir, folder)
        spec = json.loads((folder / "model.json").read_text())
        change(spec)
        (folder / "model.json").write_text(json.dumps(spec))
        with pytest.raises(classify.ModelNotFound, match=expected) as info:
            classify.Classifier(folder)
        assert "\n" not in str(info.value)


# --------------------------------------------------------------------------- evaluation by kind


def test_scores_by_kind_exactly():
    gold = ["negative", "negative", "neutral", "positive"]
    kinds = ["comment", "comment", "paragraph", "paragraph"]
    got = sentiment_by_kind(
        gold, {"gpwatch": ["negative", "positive", "neutral", "neutral"]}, kinds, ["negative", "neutral", "positive"]
    )
    assert got["comment"]["n"] == 2 and got["comment"]["gpwatch"]["accuracy"] == 0.5
    assert got["paragraph"]["gpwatch"]["accuracy"] == 0.5
    assert got["paragraph"]["gpwatch"]["per_class"]["neutral"] == pytest.approx(0.6667, abs=1e-4)
    th = themes_by_kind(
        [["skill_mix"], [], ["funding_pay"], []],
        {"gpwatch": [["skill_mix"], [], [], ["funding_pay"]]},
        kinds,
        ["skill_mix", "funding_pay"],
    )
    assert th["comment"]["gpwatch"]["micro_f1"] == 1.0 and th["paragraph"]["gpwatch"]["micro_f1"] == 0.0


def test_evaluate_leaves_out_ambiguous_units_and_reports_by_kind(model_dir, tmp_path):
    rows = [
        {
            "id": "p1",
            "kind": "paragraph",
            "sentiment": "neutral",
            "themes": ["at_scale_models"],
            "ambiguous": False,
            "text": "The two surgeries in the market town will merge into one partnership in the spring.",
        },
        {
            "id": "p2",
            "kind": "paragraph",
            "sentiment": "negative",
            "themes": ["workforce_supply"],
            "ambiguous": False,
            "text": "Local leaders warned the county is now desperately short of family doctors.",
        },
        {
            "id": "p3",
            "kind": "paragraph",
            "sentiment": "positive",
            "themes": ["digital_first"],
            "ambiguous": True,
            "text": "The board said the new online triage tool had been a mixed blessing so far.",
        },
        {
            "id": "c1",
            "kind": "comment",
            "sentiment": "negative",
            "themes": ["workload_morale"],
            "ambiguous": False,
            "text": "Sixty contacts a day and no break. I cannot keep doing this.",
        },
        {
            "id": "c2",
            "kind": "comment",
            "sentiment": "negative",
            "themes": ["skill_mix"],
            "ambiguous": False,
            "text": "Replacing doctors with cheaper staff is not the answer my patients deserve.",
        },
    ]
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = evaluate(model_dir, [path])
    assert report.units == 4 and report.ambiguous_left_out == 1
    assert report.kinds == {"comment": 2, "paragraph": 2}
    assert report.to_dict()["ambiguous_left_out"] == 1
    by_kind = report.sentiment["by_kind"]
    assert by_kind["comment"]["n"] == 2 and by_kind["paragraph"]["n"] == 2
    assert {"gpwatch", "vader", "textblob"} <= set(by_kind["comment"])
    assert set(report.themes["by_kind"]["paragraph"]) >= {"n", "gpwatch", "patterns"}
    text = format_evaluation(report)
    assert "1 unit(s) marked ambiguous left out" in text and "Sentiment by kind" in text and "Themes by kind" in text
    # a file without kinds has no by-kind section
    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(json.dumps({k: r[k] for k in ("text", "sentiment", "themes")}) + "\n" for r in rows))
    report = evaluate(model_dir, [plain])
    assert report.units == 5 and report.ambiguous_left_out == 0 and "by_kind" not in report.sentiment


def test_evaluate_says_how_sure_its_figures_are_resampling_whole_pages(model_dir, tmp_path):
    texts = [
        (
            "negative",
            ["workforce_supply"],
            "Partners in the valley say they cannot recruit a single salaried GP this year.",
        ),
        ("neutral", ["at_scale_models"], "The federation will run the evening hub from the health centre from April."),
        ("positive", ["digital_first"], "Patients told the survey the online booking system had made things easier."),
        ("negative", ["workload_morale"], "I left at ten last night and the inbox was still full this morning."),
        ("neutral", ["funding_pay"], "The practice receives a fixed sum for each registered patient every quarter."),
        ("negative", ["skill_mix"], "Physician associates are no substitute for a doctor when a child is unwell."),
    ]
    rows = [
        {"url": f"https://news.example/{i // 2}", "kind": "paragraph", "sentiment": s, "themes": t, "text": text}
        for i, (s, t, text) in enumerate(texts)
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = evaluate(model_dir, [path])
    sent, themes = report.sentiment["interval"], report.themes["interval"]
    assert sent["over"] == themes["over"] == "pages" and sent["groups"] == themes["groups"] == 3
    assert sent["figure"] == "macro_f1" and themes["figure"] == "micro_f1"
    assert set(sent["systems"]) == {"gpwatch", "vader", "textblob"} and set(sent["lead"]) == {"vader", "textblob"}
    assert set(themes["systems"]) == {"gpwatch", "patterns"} and set(themes["lead"]) == {"patterns"}
    low, high = sent["systems"]["gpwatch"]
    assert low <= report.sentiment["systems"]["gpwatch"]["macro"]["f1"] <= high
    low, high = themes["systems"]["gpwatch"]
    assert low <= report.themes["systems"]["gpwatch"]["micro"]["f1"] <= high
    assert report.to_dict()["themes"]["interval"] == themes
    text = format_evaluation(report)
    assert "resamples of the 3 pages the units come from" in text and "gpwatch lead over patterns" in text
    notes = {r["metric"].split(" (")[0] + " / " + str(r["baseline"]): r["note"] for r in realdev_rows(model_dir, path)}
    assert "95% interval" in notes["sentiment macro-F1, realdev all / vader"]
    assert "(3 pages resampled); lead " in notes["theme micro-F1, realdev all / codebook patterns alone (keywords)"]
    # without a page column every unit is its own draw
    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(json.dumps({k: r[k] for k in ("text", "sentiment", "themes")}) + "\n" for r in rows))
    report = evaluate(model_dir, [plain])
    assert report.sentiment["interval"]["over"] == "units" and report.sentiment["interval"]["groups"] == 6
    assert "resamples of the 6 units;" in format_evaluation(report)
    # a page where one is given, each unit on its own where not: 3 pages and 3 units
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("".join(json.dumps({**r, "url": r["url"] if i % 2 else ""}) + "\n" for i, r in enumerate(rows)))
    report = evaluate(model_dir, [mixed])
    assert report.sentiment["interval"]["over"] == "pages and units" and report.sentiment["interval"]["groups"] == 6
    assert "6 pages, or units where no page is given; a lead" in format_evaluation(report)


def test_evaluate_against_a_second_model_scores_both_on_the_same_draws(model_dir, tmp_path, capsys):
    themes_only = tmp_path / "themes_only.jsonl"
    themes_only.write_text(
        "".join(
            json.dumps({k: v for k, v in json.loads(line).items() if k != "sentiment"}) + "\n"
            for line in FIXTURE.read_text(encoding="utf-8").splitlines()
        ),
        encoding="utf-8",
    )
    other = train([themes_only], out_dir=tmp_path / "models", search=False).folder
    same = evaluate(model_dir, [FIXTURE], against=model_dir)
    assert same.against == same.model and same.to_dict()["against"] == same.model
    for task in (same.sentiment, same.themes):
        assert task["systems"]["against"] == task["systems"]["gpwatch"]
        assert task["interval"]["lead"]["against"] == [0.0, 0.0]
    assert '("against": model' in format_evaluation(same)
    report = evaluate(model_dir, [FIXTURE], against=other)
    assert "against" not in report.sentiment["systems"] and "against" in report.themes["interval"]["lead"]
    assert any("has no sentiment" in w for w in report.warnings)
    code = cli.main(
        ["evaluate", "--model", str(model_dir), "--against", str(other), "--labels", str(FIXTURE), "--json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["against"] == other.name and "against" in out["themes"]["systems"]
    assert cli.main(["evaluate", "--model", str(model_dir), "--against", str(tmp_path / "none")]) == 1
    assert "none: no such model folder" in capsys.readouterr().err


# --------------------------------------------------------------------------- the learning-curve folds


def test_learning_curve_folds_keep_pages_whole_and_balanced():
    units = [{"url": f"https://example.test/{i % 23}", "text": str(i)} for i in range(217)]
    for k in (2, 12):
        folds = page_folds(units, k)
        assert sorted(i for f in folds for i in f) == list(range(217))
        for f in folds:
            pages = {units[i]["url"] for i in f}
            assert all(units[j]["url"] not in pages for g in folds if g is not f for j in g)
        sizes = [len(f) for f in folds]
        assert max(sizes) - min(sizes) <= 10
    assert page_folds(units, 12) == page_folds(units, 12)  # deterministic


# --------------------------------------------------------------------------- readers' text


def test_learning_curve_gains_are_read_on_the_same_pages_before_and_after():
    from types import SimpleNamespace

    labels = ["negative", "neutral", "positive"]
    units = [
        {"url": f"https://example.test/{i // 3}", "sentiment": labels[i % 3], "themes": ["skill_mix"] if i % 2 else []}
        for i in range(90)
    ]
    right = [SimpleNamespace(sentiment=u["sentiment"], themes=u["themes"]) for u in units]
    wrong = [SimpleNamespace(sentiment=labels[(i + 1) % 3], themes=[]) if i % 2 else r for i, r in enumerate(right)]
    gain = leads(units, right, wrong, ["skill_mix"])
    assert "over 30 pages" in gain["sentiment"] and gain["sentiment"].endswith("(shown)")
    assert gain["themes"].endswith("(shown)")
    same = leads(units, right, right, ["skill_mix"])
    assert same["sentiment"].endswith("+0.000 to +0.000 (not shown)")


def test_the_comment_column_reaches_the_contract_and_the_saved_form(model_dir, tmp_path):
    import io

    model = artefact.load_model(model_dir)
    assert model.comment_column  # trained models always have the column
    W = model.sentiment_coef[:, :-1]
    # a model whose comment column pushes readers' text towards negative
    push = np.array([[3.0] if lab == "negative" else [-3.0] for lab in model.sentiment_labels])
    model.sentiment_coef, model.comment_column = np.hstack([W, push]), True
    folder = tmp_path / "with-comments"
    folder.mkdir()
    artefact.save_model(model, folder)
    text = "The network hub opened on Saturday with two salaried doctors."
    lines = [
        {"id": "a", "text": text},
        {"id": "b", "text": text, "kind": "comment"},
        {"id": "c", "text": text, "kind": "paragraph"},
    ]
    out = io.StringIO()
    classify.classify_stream(io.StringIO("".join(json.dumps(x) + "\n" for x in lines)), out, model_path=folder)
    rows = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert rows["a"]["sentiment_scores"] == rows["c"]["sentiment_scores"]
    assert rows["b"]["sentiment_scores"]["negative"] > rows["a"]["sentiment_scores"]["negative"] + 0.2
    # the original model (trained without comments in its data) gives the column no weight
    plain = classify.Classifier(model_dir)
    assert np.allclose(plain.scores([text], ["comment"])[0], plain.scores([text])[0])


def test_unit_kinds_come_from_register_columns_and_stored_label_types(tmp_path):
    from corpora import analysis_store, store
    from nlp.train import read_labels, store_label_units, unit_kinds

    path = tmp_path / "mine.jsonl"
    path.write_text(
        json.dumps({"text": "Nobody I trained with is a partner now.", "sentiment": "negative", "register": "comment"})
        + "\n"
        + json.dumps({"text": "The board met on Tuesday.", "sentiment": "neutral", "register": "news"})
        + "\n"
        + json.dumps({"text": "A plain unit with no register.", "sentiment": "neutral"})
        + "\n",
        encoding="utf-8",
    )
    conn = store.connect(tmp_path / "s.db")
    analysis_store.add_label(conn, "Sick of it all, frankly.", sentiment="negative", unit_type="comment", unit_id=4)
    analysis_store.add_label(
        conn, "The trust runs four practices.", sentiment="neutral", unit_type="sentence", unit_id=9
    )
    units = read_labels(path) + store_label_units(conn)
    assert unit_kinds(units, conn) == ["comment", "news", None, "comment", "sentence"]
    assert classify.comment_flags(unit_kinds(units, conn)).tolist() == [1.0, 0.0, 0.0, 1.0, 0.0]


def test_the_sentiment_c_is_the_most_regularised_one_the_folds_cannot_tell_from_the_best():
    from nlp.train import most_regularised_within

    scores = {2.0: 0.80, 4.0: 0.83, 8.0: 0.834, 16.0: 0.8349, 32.0: 0.8373, 64.0: 0.8389, 128.0: 0.8399, 256.0: 0.83}
    assert most_regularised_within(scores, 0.005) == 16.0
    assert most_regularised_within(scores, 0.0) == 128.0  # no margin: the best
    # the lowest C searched is taken only when it is itself the best
    assert most_regularised_within({1.0: 0.80, 2.0: 0.801, 4.0: 0.79}, 0.005) == 2.0
    assert most_regularised_within({1.0: 0.81, 2.0: 0.80, 4.0: 0.79}, 0.005) == 1.0
    # compared at four decimals, as the C search compares scores
    assert most_regularised_within({8.0: 0.83, 16.0: 0.834894, 32.0: 0.8373, 128.0: 0.839941}, 0.005) == 16.0


def test_an_outlet_name_is_not_a_theme_word():
    told = normalise("Three partners told GP Online they would hand back the contract.").split()
    assert "online" not in told and "gponline" in told
    assert "online" in normalise("The GP online services went live in May.").split()
