"""Analysis that is owed is never lost (issue 15 points 4 and 5): a refresh analyses
everything not yet analysed, not only what it found itself; a run left ``running`` by a
killed ``analyze`` is closed by the next command that starts a run; a text longer than
spaCy's ``max_length`` is parsed in pieces, never failed on every run."""

from __future__ import annotations

import os
import socket
import subprocess

import pytest

from app import cli
from benchmarks.fixture_site import site, sources_dir  # noqa: F401  (pytest fixtures)
from corpora import store
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from nlp.analyze import analyze
from scraper.http import HttpConfig
from scraper.refresh import refresh
from tests.nlp_fixtures import nlp_pipeline  # noqa: F401

HTTP = HttpConfig(backoff=0.02)


def _sentenced_articles(conn) -> int:
    return conn.execute("SELECT count(DISTINCT article_id) FROM sentences").fetchone()[0]


def test_a_refresh_analyses_what_an_earlier_refresh_stored_but_never_analysed(site, sources_dir, tmp_path):  # noqa: F811
    db = tmp_path / "r.db"
    # the state a refresh killed before its analysis step leaves: articles stored, none analysed
    first = refresh(db, sources=["wpfix"], sources_dir=sources_dir, http=HTTP, now=site.now)
    conn = store.connect(db)
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert first.totals["new_articles"] == stored == 5 and _sentenced_articles(conn) == 0
    # the next refresh finds nothing new, and still analyses everything owed
    second = refresh(db, sources=["wpfix"], analyse=cli._analyse_step, sources_dir=sources_dir, http=HTTP, now=site.now)
    assert second.totals["new_articles"] == 0
    assert "analysed 5 articles" in second.analysis
    assert _sentenced_articles(conn) == 5


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def _killed_analyze_run(conn) -> int:
    """A run as a kill -9'd ``gpwatch analyze`` leaves it: still 'running', its process gone."""
    return store.start_run(conn, "analyze", {"pid": _dead_pid(), "host": socket.gethostname()})


def _status(conn, run_id: int) -> str:
    return conn.execute("SELECT status FROM runs WHERE id = ?", (run_id,)).fetchone()[0]


def test_every_command_that_starts_a_run_closes_a_killed_analyze_run(site, sources_dir, tmp_path, capsys):  # noqa: F811
    db = tmp_path / "r.db"
    conn = store.connect(db)
    killed = _killed_analyze_run(conn)
    assert (
        cli.main(
            ["refresh", "--db", str(db), "--sources-dir", str(sources_dir), "--source", "wpfix", "--no-analyze", "-q"]
        )
        == 0
    )
    assert _status(conn, killed) == "interrupted"

    killed = _killed_analyze_run(conn)
    page = tmp_path / "saved.txt"
    page.write_text(
        "Hubs to open at weekends\n\nThe network will run a weekend hub from April, the board "
        "paper says, staffed by salaried GPs from the federation.\n",
        encoding="utf-8",
    )
    cli.main(["ingest", "--db", str(db), str(page), "-q"])
    assert _status(conn, killed) == "interrupted"

    killed = _killed_analyze_run(conn)
    crawl = ["crawl", "--db", str(db), "--sources-dir", str(sources_dir), "wpfix", "--max-pages", "1", "-q"]
    cli.main(crawl)
    assert _status(conn, killed) == "interrupted"
    # a run whose process is alive is left alone
    alive = store.start_run(conn, "analyze", {"pid": os.getpid(), "host": socket.gethostname()})
    cli.main(crawl)
    assert _status(conn, alive) == "running"
    capsys.readouterr()


def _long_comment(chars: int) -> str:
    """Whole sentences, twenty to a paragraph, until ``chars`` characters, then "The end."."""
    sentence = "Partners are handing back contracts because the sums no longer add up."
    count = chars // (len(sentence) + 1) + 1
    paragraphs = [" ".join([sentence] * min(20, count - i)) for i in range(0, count, 20)]
    return "\n\n".join(paragraphs) + " The end."


@pytest.fixture
def short_pipeline(nlp_pipeline):  # noqa: F811
    """The real pipeline with spaCy's ``max_length`` lowered, so a 30,000-character comment
    is over it (the same refusal a 1M-character comment meets at the default limit)."""
    saved = nlp_pipeline.max_length
    nlp_pipeline.max_length = 10_000
    try:
        yield nlp_pipeline
    finally:
        nlp_pipeline.max_length = saved


def test_a_comment_longer_than_max_length_is_analysed_in_pieces(tmp_path, short_pipeline):
    conn = store.connect(tmp_path / "s.db")
    text = _long_comment(30_000)
    store.upsert_article(
        conn,
        ArticleRecord(
            url="https://gp-news.example/long/",
            source="gp-news",
            title="Contracts handed back",
            paragraphs=[Paragraph("Three practices have handed back their contracts this year, the ICB said.")],
            comments=[
                CommentRecord(text, author="Dr Long", posted="2024-03-01T09:00:00"),
                CommentRecord("Short and to the point.", author="Dr Brief", posted="2024-03-01T10:00:00"),
            ],
        ),
    )
    report = analyze(conn, nlp=short_pipeline)
    assert (report.articles, report.failed) == (1, 0)  # today's code: 0 analysed, 1 failed, on every run
    rows = conn.execute("""SELECT s.start, s."end", s.text, c.text FROM sentences s JOIN comments c
                           ON c.id = s.comment_id WHERE c.author = 'Dr Long' ORDER BY s.position""").fetchall()
    # every sentence's offsets point into the whole comment, and together they cover all of it
    assert len(rows) > text.count("add up.") * 0.9
    assert all(parent[start:end] == sentence for start, end, sentence, parent in rows)
    covered = sum(end - start for start, end, _sentence, _parent in rows)
    assert covered >= len(text.replace(" ", "")) and max(end for _s, end, _t, _p in rows) == len(text)
    assert rows[-1][2] == "The end."
    assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
    again = analyze(conn, nlp=short_pipeline)
    assert (again.articles, again.failed) == (0, 0)  # done once, not owed again
