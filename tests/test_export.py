"""`gpwatch export`: JSONL objects, CSV/Parquet unit rows, quotes and annotations when
present, and pseudonymised commenters that stay stable and hide names."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from app import cli
from corpora import store
from corpora.analysis_store import Annotation, Quote, replace_units, write_annotations
from corpora.export import export
from scraper.ingest import ingest_paths

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
NAMES = [
    "Helen Adeyemi",
    "Marcus Webb",
    "Dr J O’Connell",
    "Dr Priya Raman",
    "ruralgp42",
    "Sessional Sam",
    "Nadia Qureshi",
    "Old Partner",
    "ST3 in Kent",
]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "corpus.db"
    conn = store.connect(path)
    ingest_paths(conn, [PAGES / "new_layout.txt", PAGES / "old_layout.txt", PAGES / "wordpress.html"])
    # what the language pipeline and the models would add to one article
    article_id = conn.execute("SELECT id FROM articles WHERE url LIKE 'file:new_layout%'").fetchone()[0]
    paragraph = conn.execute(
        "SELECT id FROM paragraphs WHERE article_id = ? AND position = 3", (article_id,)
    ).fetchone()[0]
    replace_units(
        conn,
        article_id,
        [],
        [
            Quote(
                position=0,
                text="We want to support general practice, not replace it.",
                speaker="A spokesperson for the trust",
                speaker_role="spokesperson",
                speaker_org="the trust",
                cue="said",
                paragraph_id=paragraph,
            )
        ],
        pipeline_version="test",
    )
    comment = conn.execute(
        "SELECT id FROM comments WHERE article_id = ? AND author = 'Marcus Webb'", (article_id,)
    ).fetchone()[0]
    write_annotations(
        conn,
        article_id,
        [
            Annotation("article", article_id, article_id, "negative", {"negative": 0.7}, ["trusts"], {"trusts": 0.9}),
            Annotation("comment", comment, article_id, "negative", {"negative": 0.8}, ["locums"], {"locums": 0.6}),
        ],
        model_version="m1",
    )
    # a reply that names another commenter in full
    other = conn.execute("SELECT id FROM articles WHERE url LIKE 'https://primarycarenotes%'").fetchone()[0]
    conn.execute(
        "UPDATE comments SET text = 'Nadia Qureshi is right about this.' WHERE article_id = ? "
        "AND author = 'Old Partner'",
        (other,),
    )
    conn.close()
    return path


def jsonl(db: Path, **kw) -> list[dict]:
    conn = store.connect(db)
    buf = io.StringIO()
    n = export(conn, "jsonl", buf, **kw)
    conn.close()
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert n == len(lines)
    return lines


def test_jsonl_objects(db):
    articles = {a["title"][:12]: a for a in jsonl(db)}
    assert len(articles) == 3
    trust = articles["Trust-run pr"]
    assert set(trust) >= {
        "url",
        "source",
        "title",
        "published",
        "paragraphs",
        "comments_declared",
        "comments",
        "quotes",
        "themes",
        "sentiment",
    }
    assert trust["source"] == "pulse" and trust["comments_declared"] == 4 and len(trust["paragraphs"]) == 4
    assert trust["comments"][1] == {
        "author": "Marcus Webb",
        "posted": "2023-01-12T12:05:00",
        "moderated": True,
        "text": trust["comments"][1]["text"],
        "sentiment": "negative",
        "themes": ["locums"],
    }
    assert "sentiment" not in trust["comments"][0]
    assert trust["quotes"][0]["speaker"] == "A spokesperson for the trust" and trust["quotes"][0]["fragment"] is False
    assert (trust["sentiment"], trust["themes"]) == ("negative", ["trusts"])
    wp = articles["Chambers mod"]
    assert "quotes" not in wp and "sentiment" not in wp  # not analysed yet
    assert wp["published"] == "2024-05-14T07:30:00+01:00"


def test_pseudonymised_export_hides_names_and_is_stable(db):
    first = jsonl(db, pseudonymise=True)
    raw = json.dumps(first, ensure_ascii=False)
    for name in NAMES:
        assert name not in raw
    assert jsonl(db, pseudonymise=True) == first  # stable across runs
    authors = [c["author"] for a in first for c in a["comments"] if c["author"]]
    assert all(a.startswith("commenter-") and len(a) == len("commenter-") + 8 for a in authors)
    wp = next(a for a in first if a["title"].startswith("Chambers"))
    # one person, one pseudonym; their full name in a reply is replaced by the same pseudonym
    assert wp["comments"][0]["author"] == wp["comments"][2]["author"]
    assert wp["comments"][1]["text"] == f"{wp['comments'][0]['author']} is right about this."
    # quoted public figures and bylines keep their names
    trust = next(a for a in first if a["title"].startswith("Trust-run"))
    assert trust["quotes"][0]["speaker"] == "A spokesperson for the trust"
    assert wp["byline"] == "Tom Hadley"
    # the plain export still has the names
    assert "Helen Adeyemi" in json.dumps(jsonl(db), ensure_ascii=False)


def test_pseudonyms_depend_on_the_corpus_secret(db, tmp_path):
    other = tmp_path / "other.db"
    conn = store.connect(other)
    ingest_paths(conn, [PAGES / "new_layout.txt"])
    conn.close()
    mine = next(a for a in jsonl(db, pseudonymise=True) if a["title"].startswith("Trust-run"))
    theirs = jsonl(other, pseudonymise=True)[0]
    assert mine["comments"][0]["author"] != theirs["comments"][0]["author"]


def test_csv_and_parquet_rows_per_unit(db, tmp_path, capsys):
    out_csv, out_parquet = tmp_path / "out" / "corpus.csv", tmp_path / "corpus.parquet"
    assert cli.main(["export", "--db", str(db), "--format", "csv", "--out", str(out_csv), "--pseudonymise"]) == 0
    assert cli.main(["export", "--db", str(db), "--format", "parquet", "--out", str(out_parquet)]) == 0
    assert "exported 3 articles" in capsys.readouterr().err
    with open(out_csv, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    conn = store.connect(db)
    expected = {
        "paragraph": conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0],
        "comment": conn.execute("SELECT count(*) FROM comments").fetchone()[0],
        "quote": 1,
    }
    conn.close()
    units = {u: sum(r["unit"] == u for r in rows) for u in expected}
    assert units == expected
    assert all(r["title"] and r["article_url"] for r in rows)  # article columns repeated
    assert not any(r["author"] in NAMES for r in rows)
    table = pq.read_table(out_parquet).to_pylist()
    assert len(table) == len(rows)
    marcus = [r for r in table if r["author"] == "Marcus Webb"]
    assert marcus[0]["moderated"] is True and marcus[0]["sentiment"] == "negative"
    assert marcus[0]["article_sentiment"] == "negative" and marcus[0]["article_themes"] == "trusts"
    assert not list(tmp_path.rglob("*.part"))  # written atomically


def test_parquet_to_stdout_is_a_usage_error(db, capsys):
    assert cli.main(["export", "--db", str(db), "--format", "parquet"]) == 2
    assert "--out" in capsys.readouterr().err
