"""Classifying: the `gpwatch classify` JSONL contract, finding the current model, and
annotating the store (re-annotating after a retrain)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from app import cli
from corpora import analysis_store, store
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from nlp import classify
from nlp import train as train_mod
from nlp.train import train
from tests.default_codebook import DEFAULT_THEME_IDS

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "themes_small.jsonl"
THEMES = list(DEFAULT_THEME_IDS)
CONTRACT_KEYS = {"id", "sentiment", "sentiment_scores", "themes", "theme_scores"}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    """A model trained on the small original fixture, in its own models folder."""
    return train([FIXTURE], out_dir=tmp_path_factory.mktemp("models"), search=False).folder


def _run_cli(argv, capsys) -> tuple[int, list[dict], str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_classify_contract_exactly(model_dir, tmp_path, capsys):
    lines = [
        {"id": "a1", "text": "Glad I got out before the networks swallowed us all."},
        {"id": 7, "text": "The federation will run the weekend hub from April, the board said."},
        {"id": "a3", "text": "", "extra": "ignored"},
        {"id": None, "text": "Great stuff, another app. Because that always works."},
    ]
    infile = tmp_path / "in.jsonl"
    infile.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    code, rows, err = _run_cli(["classify", str(infile), "--model", str(model_dir)], capsys)
    assert code == 0 and err == ""
    assert [r["id"] for r in rows] == ["a1", 7, "a3", None]
    clf = classify.Classifier(model_dir)
    for row in rows:
        assert set(row) == CONTRACT_KEYS
        assert set(row["sentiment_scores"]) == {"negative", "neutral", "positive"}
        assert abs(sum(row["sentiment_scores"].values()) - 1) < 1e-3
        assert row["sentiment"] == max(row["sentiment_scores"], key=row["sentiment_scores"].get)
        assert list(row["theme_scores"]) == THEMES
        assert all(0.0 <= p <= 1.0 for p in row["theme_scores"].values())
        assert set(row["themes"]) <= set(THEMES)
        for t in row["themes"]:
            assert row["theme_scores"][t] >= clf.model.thresholds[THEMES.index(t)] - 1e-4
        scores = [row["theme_scores"][t] for t in row["themes"]]
        assert scores == sorted(scores, reverse=True)
    # the same text through the library gives the same answer
    direct = clf.predict([lines[0]["text"]])[0]
    assert direct.sentiment == rows[0]["sentiment"] and direct.themes == rows[0]["themes"]


def test_bad_lines_are_reported_by_number_and_the_rest_goes_on(model_dir, tmp_path, capsys):
    infile = tmp_path / "mixed.jsonl"
    infile.write_text(
        '{"id": 1, "text": "Pay is frozen again."}\n'
        "not json at all\n"
        '{"id": 3}\n'
        '["a", "list"]\n'
        '{"text": "no id here"}\n'
        '{"id": 6, "text": "Patients wait weeks for an appointment."}\n',
        encoding="utf-8",
    )
    code, rows, err = _run_cli(["classify", str(infile), "--model", str(model_dir)], capsys)
    assert code == 1
    assert [r["id"] for r in rows] == [1, 6]
    errors = err.strip().splitlines()
    assert len(errors) == 4
    for lineno, line in zip((2, 3, 4, 5), errors):
        assert f"line {lineno}:" in line and "mixed.jsonl" in line


def test_classify_without_a_model_is_one_clear_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("GPWATCH_MODEL", raising=False)
    monkeypatch.setenv("GPWATCH_DB", str(tmp_path / "empty" / "gp.db"))
    infile = tmp_path / "in.jsonl"
    infile.write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")
    code = cli.main(["classify", str(infile)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "no trained model" in err and "gpwatch train" in err


def test_current_model_dir_and_environment_override(model_dir, tmp_path, monkeypatch):
    monkeypatch.delenv("GPWATCH_MODEL", raising=False)
    db = tmp_path / "gp.db"
    with pytest.raises(classify.ModelNotFound):
        classify.current_model_dir(db)
    root = classify.models_root(db)
    root.mkdir()
    (root / "CURRENT").write_text("missing-version\n")
    with pytest.raises(classify.ModelNotFound, match="missing-version"):
        classify.current_model_dir(db)
    monkeypatch.setenv("GPWATCH_MODEL", str(model_dir.parent))  # a models folder with CURRENT
    assert classify.current_model_dir(db) == model_dir
    monkeypatch.setenv("GPWATCH_MODEL", str(model_dir))
    assert classify.current_model_dir(db) == model_dir
    assert classify.Classifier(model_dir / "model.json").version == model_dir.name


def _store_with_article(path: Path) -> tuple[sqlite3.Connection, int]:
    conn = store.connect(path)
    rec = ArticleRecord(
        url="https://example.test/news/hubs",
        source="example",
        title="Federation to run weekend hubs",
        paragraphs=[
            Paragraph("A GP federation will run weekend hubs for 40,000 patients from April."),
            Paragraph("The chair said recruitment of salaried doctors for the hubs had begun."),
        ],
        comments=[
            CommentRecord("Thank God I retire next year. Hubs staffed by whom exactly?", author="GP partner"),
            CommentRecord("Our hub has been excellent for patients who work weekdays.", author="Salaried GP"),
        ],
    )
    article_id = store.upsert_article(conn, rec).article_id
    paras = [
        r["id"] for r in conn.execute("SELECT id FROM paragraphs WHERE article_id = ? ORDER BY position", (article_id,))
    ]
    comments = [
        (r["id"], r["text"])
        for r in conn.execute("SELECT id, text FROM comments WHERE article_id = ? ORDER BY position", (article_id,))
    ]
    sentences = [
        analysis_store.Sentence(0, 0, 70, rec.paragraphs[0].text, paragraph_id=paras[0]),
        analysis_store.Sentence(1, 0, 70, rec.paragraphs[1].text, paragraph_id=paras[1]),
        analysis_store.Sentence(2, 0, 30, comments[0][1].split(". ")[0] + ".", comment_id=comments[0][0]),
    ]
    quotes = [
        analysis_store.Quote(
            0, "recruitment of salaried doctors for the hubs had begun", speaker="The chair", paragraph_id=paras[1]
        )
    ]
    analysis_store.replace_units(conn, article_id, sentences, quotes, pipeline_version="test-1")
    return conn, article_id


def test_annotate_pending_writes_annotations_and_reannotates_after_a_retrain(tmp_path, monkeypatch):
    monkeypatch.delenv("GPWATCH_MODEL", raising=False)
    db = tmp_path / "data" / "gp.db"
    conn, article_id = _store_with_article(db)
    assert classify.load_current(conn) is None
    first = train([FIXTURE], out_dir=classify.models_root(db), search=False).folder
    clf = classify.load_current(conn)
    assert clf is not None and clf.version == first.name

    assert classify.annotate_pending(conn, clf) == 1
    rows = conn.execute(
        "SELECT unit_type, count(*) FROM annotations WHERE article_id = ? GROUP BY unit_type", (article_id,)
    ).fetchall()
    assert dict((r[0], r[1]) for r in rows) == {"sentence": 3, "quote": 1, "comment": 2, "article": 1}
    versions = {r[0] for r in conn.execute("SELECT model_version FROM annotations")}
    assert versions == {clf.version}
    themed = conn.execute("SELECT count(*) FROM annotation_themes WHERE article_id = ?", (article_id,)).fetchone()[0]
    tagged = sum(len(json.loads(r[0])) for r in conn.execute("SELECT themes FROM annotations"))
    assert themed == tagged > 0
    art = analysis_store.annotation(conn, "article", article_id)
    assert set(art["sentiment_scores"]) == {"negative", "neutral", "positive"}
    # the article's sentiment is the mean over its two body sentences
    body = [
        analysis_store.annotation(conn, "sentence", r[0])["sentiment_scores"]
        for r in conn.execute("SELECT id FROM sentences WHERE article_id = ? AND comment_id IS NULL", (article_id,))
    ]
    for label in ("negative", "neutral", "positive"):
        assert abs(art["sentiment_scores"][label] - sum(b[label] for b in body) / 2) < 1e-3
    assert classify.annotate_pending(conn, clf) == 0  # nothing new

    second = train([FIXTURE], out_dir=classify.models_root(db), search=False).folder
    assert second.name != first.name
    assert (classify.models_root(db) / "CURRENT").read_text().strip() == second.name
    clf2 = classify.load_current(conn)
    assert analysis_store.articles_needing_annotations(conn, clf2.version) == [article_id]
    seen = []
    assert (
        classify.annotate_pending(conn, clf2, progress=lambda it, total, description: (seen.append(total), it)[1]) == 1
    )
    assert seen == [1]
    assert {r[0] for r in conn.execute("SELECT model_version FROM annotations")} == {second.name}
    assert (
        conn.execute("SELECT model_version FROM processing WHERE article_id = ?", (article_id,)).fetchone()[0]
        == second.name
    )


def test_two_worker_processes_give_the_same_lines_in_the_same_order(model_dir):
    import io

    lines = "".join(
        json.dumps({"id": i, "text": t}) + "\n"
        for i, t in enumerate(
            [
                "Pay is frozen again.",
                "The hub opens on Saturdays.",
                "Locums everywhere.",
                "Nobody wants to be a partner now.",
            ]
            * 5
        )
    )
    outs, errors = [], []
    for workers in (1, 2):
        out = io.StringIO()
        failed = classify_stream_call(io.StringIO(lines), out, model_dir, workers, errors)
        assert failed == 0
        outs.append(out.getvalue())
    assert outs[0] == outs[1] and outs[0].count("\n") == 20
    assert [json.loads(x)["id"] for x in outs[1].splitlines()] == list(range(20))


def classify_stream_call(infile, outfile, model_dir, workers, errors):
    return classify.classify_stream(
        infile, outfile, model_path=model_dir, on_error=errors.append, workers=workers, batch_size=3
    )


def test_the_sentiment_model_ignores_the_theme_only_character_block(tmp_path, monkeypatch):
    # the character block serves the sentiment only when cross-validation prefers it by a margin
    # (nlp.train.SENTIMENT_CHARS_MARGIN); a margin no score can pass keeps it the themes' alone
    monkeypatch.setattr(train_mod, "SENTIMENT_CHARS_MARGIN", 1.0)
    report = train([FIXTURE], out_dir=tmp_path / "models", search=False)
    assert report.metrics["sentiment"]["character_block"]["used"] is False
    model = classify.Classifier(report.folder).model
    blocks = [name for name, _ in model.features.named_steps["union"].transformer_list]
    assert blocks[-1] == "theme_chars"
    X = model.features.transform(
        [
            "The federation will run the weekend hub from April.",
            "Great stuff, another reorganisation. Because that always works.",
        ]
    )
    k = model.sentiment_dims
    assert 0 < k < X.shape[1] and model.comment_column and model.sentiment_coef.shape == (3, k + 1)
    assert model.theme_coef.shape[0] == X.shape[1]
    zeroed = X.tolil()
    zeroed[:, k:] = 0
    zeroed = zeroed.tocsr()
    assert np.allclose(model.sentiment_proba(X), model.sentiment_proba(zeroed))
    assert not np.allclose(model.theme_proba(X), model.theme_proba(zeroed))
    # an artefact from before the field existed reads every column it is given
    older = dataclasses.replace(model, sentiment_dims=None)
    assert np.allclose(older.sentiment_proba(X[:, :k]), model.sentiment_proba(X))
