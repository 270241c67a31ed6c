"""`gpwatch ingest`: the seeds, idempotency, changed pages, bad files among good ones,
--url, supersession by the real URL, and the run record."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import cli
from corpora import store
from scraper.ingest import IngestError, ingest_paths
from tests.shared_data import SEEDS, require

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


@pytest.fixture
def conn(tmp_path):
    c = store.connect(tmp_path / "corpus.db")
    yield c
    c.close()


def snapshot(conn) -> dict[str, list[tuple]]:
    """Every row of the corpus tables (ids included)."""
    return {
        t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")]
        for t in ("sources", "articles", "paragraphs", "comments")
    }


def comments_by_file(conn) -> dict[str, list]:
    out = {}
    for a in conn.execute("SELECT id, url FROM articles"):
        name = a["url"].removeprefix("file:").split("#")[0]
        out[name[:3]] = [
            tuple(r)
            for r in conn.execute(
                "SELECT author, posted, text FROM comments WHERE article_id = ? ORDER BY position", (a["id"],)
            )
        ]
    return out


def test_seeds_ingest_to_the_exact_counts_and_authors(conn):
    report = ingest_paths(conn, [require(SEEDS)])
    assert (report.new, report.failed, report.stored) == (3, 0, 3)
    got = comments_by_file(conn)
    assert [c[0] for c in got["000"]] == [None, "AlanAlmond", None, None, "Jmd"]
    assert len(got["002"]) == 27 and all(author and posted for author, posted, _ in got["002"])
    assert got["003"] == []
    declared = dict(conn.execute("SELECT substr(url, 6, 3), comments_declared FROM articles").fetchall())
    assert declared == {"000": 5, "002": 27, "003": None}
    run = store.last_run(conn, "ingest")
    assert run["status"] == "ok" and run["counts"]["new"] == 3 and run["counts"]["new_comments"] == 32


def test_ingesting_twice_changes_nothing(conn):
    ingest_paths(conn, [require(SEEDS), PAGES / "old_layout.txt", PAGES / "wordpress.html"])
    before = snapshot(conn)
    report = ingest_paths(conn, [require(SEEDS), PAGES / "old_layout.txt", PAGES / "wordpress.html"])
    assert (report.new, report.updated, report.unchanged) == (0, 0, 5)
    assert snapshot(conn) == before


def test_a_changed_page_updates_without_duplicating_comments(conn, tmp_path):
    page = tmp_path / "thread.txt"
    text = (PAGES / "new_layout.txt").read_text(encoding="utf-8")
    page.write_text(text, encoding="utf-8")
    ingest_paths(conn, [page])
    # the thread grows and one comment is edited: same identity, one new comment, one updated
    grown = text.replace("Seen this film before.", "Seen this film before, twice.") + (
        "\nPriya Shah 14 January, 2023 9:00 am\n\nWe were offered the same deal and said no.\n"
    )
    page.write_text(grown, encoding="utf-8")
    report = ingest_paths(conn, [page])
    assert (report.new, report.updated, report.new_comments) == (0, 1, 1)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    rows = conn.execute("SELECT author, text FROM comments ORDER BY position").fetchall()
    assert [r["author"] for r in rows] == ["Helen Adeyemi", "Marcus Webb", "Anonymous", "Dr J O’Connell", "Priya Shah"]
    assert rows[0]["text"].endswith("twice.")


def test_a_changed_article_with_its_url_is_updated_in_place(conn, tmp_path):
    page = tmp_path / "a.txt"
    text = (PAGES / "old_layout.txt").read_text(encoding="utf-8")
    page.write_text(text, encoding="utf-8")
    url = "https://www.pulsetoday.co.uk/news/federation-hub-pilot/20030001.article"
    ingest_paths(conn, [page], url=url)
    page.write_text(text.replace("East Midlands", "West Midlands"), encoding="utf-8")
    report = ingest_paths(conn, [page], url=url)
    assert report.updated == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 10
    assert conn.execute("SELECT count(*) FROM paragraphs WHERE text LIKE '%West Midlands%'").fetchone()[0] == 1


def test_bad_files_among_good_ones(tmp_path, capsys):
    batch = tmp_path / "batch"
    (batch / "sub").mkdir(parents=True)
    shutil.copy(PAGES / "old_layout.txt", batch / "good.txt")
    shutil.copy(PAGES / "gponline.html", batch / "sub" / "good.html")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (batch / "latin1.txt").write_bytes("Caf\xe9 culture in the surgery waiting room. ".encode("latin-1") * 20)
    (batch / "notes.txt").write_text("call the LMC\nbuy milk\n", encoding="utf-8")
    with open(batch / "huge.txt", "wb") as fh:  # sparse: the size is checked before reading
        fh.truncate(100 * 1024 * 1024)
    (batch / "ignored.json").write_text("{}", encoding="utf-8")
    db = tmp_path / "c.db"
    assert cli.main(["ingest", "--db", str(db), str(batch)]) == 1
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert len(errors) == 4
    reasons = {Path(line.split(": ", 2)[1]).name: line.split(": ", 2)[2] for line in errors}
    assert set(reasons) == {"empty.txt", "image.html", "notes.txt", "huge.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["image.html"]
    assert "not an article" in reasons["notes.txt"]
    assert "too large" in reasons["huge.txt"]
    # a Latin-1 file is read as a browser reads it (scraper.decode: detection), not refused
    assert "3 new" in captured.out and "4 failed" in captured.out
    conn = store.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM paragraphs WHERE text LIKE 'Café culture%'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 4
    assert store.last_run(conn, "ingest")["status"] == "partial"


def test_missing_path_and_url_with_several_files(tmp_path, capsys, conn):
    db = tmp_path / "c.db"
    assert cli.main(["ingest", "--db", str(db), str(tmp_path / "nope.txt")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert cli.main(["ingest", "--db", str(db), "--url", "https://x.example/a", str(PAGES)]) == 2
    assert "exactly one file" in capsys.readouterr().err
    with pytest.raises(IngestError):
        ingest_paths(conn, [PAGES / "old_layout.txt"], url="not a url")


def test_a_page_with_its_real_url_supersedes_the_text_dump(conn, tmp_path):
    ingest_paths(conn, [PAGES / "new_layout.txt"])
    assert conn.execute("SELECT url FROM articles").fetchone()[0].startswith("file:new_layout.txt#")
    page = tmp_path / "saved.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://www.pulsetoday.co.uk/news/trust-run-practices/">'
        "</head><body><article><h1 class='entry-title'>Trust-run practices ‘could solve the partnership crisis’, "
        "claims board paper</h1><div class='entry-content'><p>An acute trust in the North West has told its board "
        "that employing GPs directly could stabilise four practices whose partners are approaching retirement.</p>"
        "</div></article></body></html>",
        encoding="utf-8",
    )
    report = ingest_paths(conn, [page])
    assert report.new == 1
    urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
    assert urls == ["https://www.pulsetoday.co.uk/news/trust-run-practices/"]
    # and the dump, ingested again, is recognised as redundant
    again = ingest_paths(conn, [PAGES / "new_layout.txt"])
    assert (again.superseded, again.new) == (1, 0)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_source_follows_the_url_given(conn, tmp_path):
    page = tmp_path / "dump.txt"
    page.write_text((PAGES / "no_comments.txt").read_text(encoding="utf-8"), encoding="utf-8")
    ingest_paths(conn, [page], url="https://www.gponline.com/diagnostic-hubs/article/1790002")
    ingest_paths(conn, [PAGES / "no_comments.txt"], source="my-archive")
    rows = conn.execute(
        "SELECT a.url, s.name FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.id"
    ).fetchall()
    assert [r[1] for r in rows] == ["gponline", "my-archive"]
