"""`gpwatch analyze` on a real SQLite store: sentences with offsets, quotes found through
full-text search, incremental runs, reprocessing, bad articles and crashes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import cli
from corpora import store
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from nlp import model, pipeline
from nlp.analyze import analyze
from tests.nlp_fixtures import nlp_pipeline  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
SURNAMES = ["Halloway", "Pemberton", "Okonjo", "Treharne", "Lindqvist", "Abernethy", "Castellano", "Mwangi"]


def surname(n: int) -> str:
    return SURNAMES[n % len(SURNAMES)] + ("" if n < len(SURNAMES) else "-" + SURNAMES[(n // len(SURNAMES)) % 8])


def article(n: int, extra: str = "") -> ArticleRecord:
    return ArticleRecord(
        url=f"https://gp-news.example/news/{n}",
        source="gp-news",
        title=f"Network story {n}",
        paragraphs=[
            Paragraph(f"Practices in area {n} have joined a primary care network. Partners say workload rose."),
            Paragraph(
                f"LMC chair Dr Wren {surname(n)} said: ‘GPs’ pensions and patients’ waits are both getting "
                f"worse.{extra}’"
            ),
            Paragraph("‘We were never consulted,’ she added."),
        ],
        comments=[
            CommentRecord(
                "Another reorganisation. Great stuff, really.", author=f"Dr X{n}", posted="2024-03-01T09:00:00"
            )
        ],
    )


@pytest.fixture
def conn(tmp_path):
    c = store.connect(tmp_path / "gpwatch.db")
    for n in range(3):
        store.upsert_article(c, article(n))
    return c


def unit_rows(conn):
    return conn.execute("SELECT id, article_id, text FROM sentences ORDER BY id").fetchall()


def test_units_offsets_quotes_and_search(conn, nlp_pipeline):  # noqa: F811
    report = analyze(conn, nlp=nlp_pipeline)
    assert (report.articles, report.failed) == (3, 0)
    assert "analysed 3 articles" in report.summary()
    rows = conn.execute(
        """SELECT s.*, COALESCE(p.text, c.text) AS parent FROM sentences s
           LEFT JOIN paragraphs p ON p.id = s.paragraph_id LEFT JOIN comments c ON c.id = s.comment_id"""
    ).fetchall()
    assert len(rows) == report.sentences >= 3 * 6
    for r in rows:
        assert r["parent"][r["start"] : r["end"]] == r["text"]
    comment_sents = [r["text"] for r in rows if r["comment_id"] is not None]
    assert comment_sents.count("Another reorganisation.") == 3
    assert (
        conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'reorganisation'").fetchone()[0] == 3
    )

    hits = conn.execute(
        """SELECT q.*, p.text AS parent FROM quotes_fts f JOIN quotes q ON q.id = f.rowid
           JOIN paragraphs p ON p.id = q.paragraph_id WHERE quotes_fts MATCH 'pensions' ORDER BY q.article_id"""
    ).fetchall()
    assert [h["speaker_name"] for h in hits] == ["Wren Halloway", "Wren Pemberton", "Wren Okonjo"]
    for h in hits:
        assert h["text"] == "GPs’ pensions and patients’ waits are both getting worse."
        assert h["parent"][h["start"] : h["end"]] == h["text"]
        assert (h["speaker_role"], h["speaker_org"], h["cue"], h["fragment"]) == ("LMC chair", None, "said", 0)
    added = conn.execute(
        "SELECT speaker, speaker_name, cue FROM quotes WHERE text = 'We were never consulted'"
    ).fetchall()
    assert [tuple(r) for r in added] == [("she", f"Wren {surname(n)}", "added") for n in range(3)]
    run = store.last_run(conn, "analyze")
    assert run["status"] == "ok" and run["counts"]["articles"] == 3


def test_incremental_and_reprocessing(conn, nlp_pipeline, monkeypatch):  # noqa: F811
    analyze(conn, nlp=nlp_pipeline)
    before = unit_rows(conn)
    again = analyze(conn, nlp=nlp_pipeline)
    assert again.articles == 0 and unit_rows(conn) == before  # nothing to do, nothing touched

    store.upsert_article(conn, article(1, extra=" Nobody listens."))  # one article changes
    changed = analyze(conn, nlp=nlp_pipeline)
    assert changed.articles == 1
    texts = [r[0] for r in conn.execute("SELECT text FROM quotes WHERE article_id = 2 ORDER BY position")]
    assert texts[0].endswith("Nobody listens.") and len(texts) == 2  # replaced, not duplicated

    store.add_comments(conn, 3, [CommentRecord("Burnout is the real story.", author="Dr Y", posted="2024-03-02")])
    assert analyze(conn, nlp=nlp_pipeline).articles == 1  # a new comment reprocesses its article
    assert conn.execute("SELECT count(*) FROM sentences WHERE text = 'Burnout is the real story.'").fetchone()[0] == 1

    monkeypatch.setattr(pipeline, "PIPELINE_VERSION", "gpwatch-nlp-next")
    assert analyze(conn, nlp=nlp_pipeline).articles == 3  # a new pipeline version reprocesses everything
    assert {r[0] for r in conn.execute("SELECT pipeline_version FROM processing")} == {"gpwatch-nlp-next"}
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 6


def test_the_pipeline_version_names_every_file_of_the_rules(tmp_path, monkeypatch):
    """Every module of the quote finder, its office holders and the unit rules shape the stored units: each is read for the
    version (none missing), and a change to any one of them gives a new version, so `analyze` reprocesses."""
    quote_modules = sorted((ROOT / "nlp" / "quotes").glob("*.py"))
    assert len(quote_modules) >= 2 and set(quote_modules) <= set(pipeline.RULES_FILES)
    assert ROOT / "nlp" / "units.py" in pipeline.RULES_FILES
    assert ROOT / "corpora" / "office_holders.jsonl" in pipeline.RULES_FILES  # the quote finder's office holders
    assert all(Path(p).is_file() for p in pipeline.RULES_FILES)
    copies = []
    for i, path in enumerate(pipeline.RULES_FILES):
        copy = tmp_path / f"{i}_{Path(path).name}"
        copy.write_bytes(Path(path).read_bytes())
        copies.append(copy)
    monkeypatch.setattr(pipeline, "RULES_FILES", tuple(copies))
    versions = {pipeline.pipeline_version()}
    for copy in copies:
        copy.write_bytes(copy.read_bytes() + b"\n# changed\n")
        versions.add(pipeline.pipeline_version())
    assert len(versions) == len(copies) + 1


def test_one_bad_article_is_recorded_and_the_rest_go_on(conn, nlp_pipeline, monkeypatch):  # noqa: F811
    long = ArticleRecord(
        url="https://gp-news.example/news/long",
        source="gp-news",
        title="Too long",
        paragraphs=[Paragraph("GPs are leaving. " * 40)],
    )
    store.upsert_article(conn, long)
    monkeypatch.setattr(nlp_pipeline, "max_length", 300)  # spaCy refuses texts over max_length
    report = analyze(conn, nlp=nlp_pipeline, batch_size=2)
    assert (report.articles, report.failed) == (3, 1)
    err = conn.execute("SELECT location, reason FROM errors").fetchone()
    assert err["location"] == "https://gp-news.example/news/long" and "analyze" in err["reason"]
    assert store.last_run(conn, "analyze")["status"] == "partial"
    monkeypatch.setattr(nlp_pipeline, "max_length", 1_000_000)
    assert analyze(conn, nlp=nlp_pipeline).articles == 1  # retried on the next run


def test_missing_model_is_one_clear_line(tmp_path, monkeypatch, capsys):
    db = tmp_path / "gpwatch.db"
    c = store.connect(db)
    store.upsert_article(c, article(7))
    monkeypatch.setattr(model, "MODEL_NAMES", ("en_core_web_sm_not_installed",))
    monkeypatch.setattr(pipeline, "get_pipeline", pipeline.build_pipeline)  # no cached pipeline
    assert cli.main(["analyze", "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "en_core_web_sm" in err[0] and "make install" in err[0]
    assert c.execute("SELECT count(*) FROM sentences").fetchone()[0] == 0
    assert store.last_run(c, "analyze")["status"] == "failed"


def test_kill_minus_nine_loses_and_duplicates_nothing(tmp_path, nlp_pipeline):  # noqa: F811
    db = tmp_path / "gpwatch.db"
    c = store.connect(db)
    for n in range(40):
        store.upsert_article(c, article(n))
    code = (
        "import sys; from corpora import store; from nlp.analyze import analyze; "
        "analyze(store.connect(sys.argv[1]), batch_size=1)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], cwd=ROOT, start_new_session=True)
    try:
        deadline = time.time() + 90
        while time.time() < deadline:
            done = c.execute("SELECT count(*) FROM processing").fetchone()[0]
            if done >= 2 or proc.poll() is not None:
                break
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    partial = c.execute("SELECT count(*) FROM processing").fetchone()[0]
    assert 2 <= partial < 40  # killed in the middle of the run
    killed = store.last_run(c, "analyze")
    assert killed["status"] == "running" and killed["args"]["pid"] == proc.pid
    alive = store.start_run(c, "analyze", {"pid": os.getppid()})  # another analysis, still going
    report = analyze(c, nlp=nlp_pipeline)
    status = dict(c.execute("SELECT id, status FROM runs WHERE kind = 'analyze'").fetchall())
    assert status[killed["id"]] == "interrupted" and status[alive] == "running"
    assert report.articles == 40 - partial and report.failed == 0
    per_article = c.execute("SELECT article_id, count(*) FROM quotes GROUP BY article_id").fetchall()
    assert len(per_article) == 40 and all(n == 2 for _, n in per_article)
    sent_counts = {n for _, n in c.execute("SELECT article_id, count(*) FROM sentences GROUP BY article_id")}
    assert len(sent_counts) == 1  # every article has exactly the same units as the others


def test_worker_processes_give_the_same_units(tmp_path, conn, nlp_pipeline):  # noqa: F811
    other = store.connect(tmp_path / "other.db")
    for n in range(3):
        store.upsert_article(other, article(n))
    analyze(conn, nlp=nlp_pipeline)
    report = analyze(other, nlp=nlp_pipeline, workers=2, batch_size=2)
    assert (report.articles, report.failed) == (3, 0)
    query = "SELECT article_id, position, start, end, text FROM sentences ORDER BY article_id, paragraph_id, comment_id, position"
    assert conn.execute(query).fetchall() == other.execute(query).fetchall()
    quotes = "SELECT article_id, text, speaker_name, cue FROM quotes ORDER BY article_id, position"
    assert conn.execute(quotes).fetchall() == other.execute(quotes).fetchall()
