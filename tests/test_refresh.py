"""The cron-safe incremental refresh against the fixture site: exact outcomes, the cost
of a no-change refresh, changes between runs, the lock and kill -9."""

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import cli
from benchmarks.fixture_site import Article, Comment, site, sources_dir  # noqa: F401  (pytest fixtures)
from corpora import store
from scraper.http import HttpConfig
from scraper.refresh import RefreshLocked, acquire_lock, refresh
from tests.test_crawl import stored

HTTP = HttpConfig(backoff=0.02)
ROOT = Path(__file__).resolve().parents[1]
BOTH = ["wpfix", "pulsefix"]

EXPECTED_COMMENTS = {
    "wp/2026/11/hub-contract-signed/": 5,
    "wp/2026/11/trust-takeover-practices/": 2,
    "wp/2026/09/virtual-practice-pilot/": 1,
    "pulse/news/hub-story/": 7,
    "pulse/news/federation-vote.article": 23,
    "pulse/news/locum-chambers.article": 1,
}


def comment_counts(conn):
    return {k: v[1] for k, v in stored(conn).items() if v[1]}


def last_refresh(conn):
    return store.last_run(conn, "refresh")


def test_refresh_is_incremental_and_picks_up_changes(site, sources_dir, tmp_path, capsys):
    db = tmp_path / "r.db"
    t0 = site.now
    report = refresh(db, sources=BOTH, sources_dir=sources_dir, http=HTTP, now=t0)
    assert not report.failed
    line = report.summary()
    assert line.startswith("refresh: 2 sources, 10 new articles") and "39 new comments" in line
    assert "\n" not in line
    conn = store.connect(db)
    assert len(stored(conn)) == 10 and comment_counts(conn) == EXPECTED_COMMENTS
    run = last_refresh(conn)
    assert run["status"] == "partial" and run["finished"]  # two pages failed, no source failed
    assert (run["counts"]["new_articles"], run["counts"]["new_comments"], run["counts"]["errors"]) == (10, 39, 2)
    assert conn.execute("SELECT count(*) FROM errors WHERE run_id = ?", (run["id"],)).fetchone()[0] == 2

    # nothing changed: robots.txt once per source, then only feeds, sitemaps, API and archive as 304s
    site.clear_log()
    assert not refresh(db, sources=BOTH, sources_dir=sources_dir, http=HTTP, now=t0).failed
    asked = [(r[1].split("?")[0], r[2]) for r in site.requests()]
    assert sorted(asked) == sorted(
        [
            ("/robots.txt", 200),
            ("/wp/feed/", 304),
            ("/wp/sitemap_index.xml", 304),
            ("/wp/wp-json/wp/v2/posts", 304),
            ("/robots.txt", 200),
            ("/pulse/feed/", 304),
            ("/pulse/sitemap.xml", 304),
            ("/pulse/news/", 304),
        ]
    )
    counts = last_refresh(conn)["counts"]
    assert (counts["requests"], counts["not_modified"], counts["pages_fetched"], counts["new_articles"]) == (8, 6, 0, 0)
    assert last_refresh(conn)["status"] == "ok"

    # two days later: an article changed, comments arrived, a new article was published
    site.change_article("trust-takeover", "The trust said on Friday that two of the practices would merge.")
    site.add_comments(
        "hub-contract",
        [
            Comment(9006, "Locum Lou", "Saturday hub shifts pay well, to be fair.", -1.0),
            Comment(9007, "Salaried and tired", "Only until the budget runs out.", -1.2, parent=9006),
        ],
    )
    site.add_comments("hub-story", [Comment(7100, "Dr A Shah", "Our LMC has now voted against it.", -1.0)])
    site.add_article(
        Article(
            "new-tender",
            "/wp/2026/11/hub-tender-reopened/",
            "ICB reopens tender for weekend hub after single bid",
            "Only one provider bid for the original contract",
            "Tom Reilly",
            [
                "An integrated care board has reopened the tender for a weekend hub after the first "
                "round attracted a single bid from an out-of-area provider.",
                "Local practices said the contract value did not cover the cost of GP sessions.",
            ],
            days_ago=-1.5,
            post_id=108,
        )
    )
    site.clear_log()
    later = t0 + dt.timedelta(days=2)
    assert not refresh(db, sources=BOTH, sources_dir=sources_dir, http=HTTP, now=later).failed
    counts = last_refresh(conn)["counts"]
    assert (counts["new_articles"], counts["updated_articles"], counts["new_comments"], counts["threads_checked"]) == (
        1,
        3,
        3,
        3,
    )
    got = stored(conn)
    assert len(got) == 11 and got["wp/2026/11/hub-tender-reopened/"][3] == 2
    expected = dict(EXPECTED_COMMENTS, **{"wp/2026/11/hub-contract-signed/": 7, "pulse/news/hub-story/": 8})
    assert comment_counts(conn) == expected
    art = store.get_article(conn, store.article_id_for_url(conn, site.base + "/wp/2026/11/trust-takeover-practices/"))
    assert [p["text"] for p in art["paragraphs"]][
        -1
    ] == "The trust said on Friday that two of the practices would merge."
    assert len(art["paragraphs"]) == 4
    hub = {
        c["external_id"]: c
        for c in store.get_article(
            conn, store.article_id_for_url(conn, site.base + "/wp/2026/11/hub-contract-signed/")
        )["comments"]
    }
    assert hub["9007"]["parent_id"] == hub["9006"]["id"]
    # the sitemap index changed: only the child sitemap its lastmod says changed was read again
    assert [r[2] for r in site.requests("/wp/sitemap_index.xml")] == [200]
    assert [r[2] for r in site.requests("/wp/post-sitemap.xml")] == [200]
    assert site.requests("/wp/page-sitemap.xml") == []
    # only the threads that were due were re-read (young articles); older ones were left alone
    pages = {r[1] for r in site.requests() if r[2] == 200}
    assert "/wp/2026/11/arrs-roles-review/" not in pages and "/pulse/news/busy-story/" not in pages
    assert {
        "/wp/2026/11/hub-contract-signed/",
        "/wp/2026/11/trust-takeover-practices/",
        "/pulse/news/hub-story/",
    } <= pages
    # threads older than eight weeks are never due again
    sched = {r[0].removeprefix(site.base): r[1] for r in conn.execute("SELECT url, next_check FROM articles")}
    assert sched["/pulse/news/federation-vote.article"] is None
    assert sched["/wp/2026/11/arrs-roles-review/"] is not None


def test_second_refresh_exits_with_status_3_while_one_holds_the_lock(sources_dir, tmp_path, capsys):
    db = tmp_path / "r.db"
    holder = acquire_lock(db)
    try:
        with pytest.raises(RefreshLocked):
            refresh(db, sources=BOTH, sources_dir=sources_dir)
        assert cli.main(["refresh", "--db", str(db), "--sources-dir", str(sources_dir), "--no-analyze"]) == 3
    finally:
        holder.close()
    assert "another refresh is running" in capsys.readouterr().err
    assert not db.exists()  # the locked-out refresh touched nothing


def test_a_source_that_fails_entirely_sets_the_exit_status(site, sources_dir, tmp_path, capsys):
    db = tmp_path / "r.db"
    report = refresh(
        db,
        sources=["downfix", "wpfix"],
        sources_dir=sources_dir,
        http=HttpConfig(backoff=0.01, retries=1),
        now=site.now,
    )
    assert report.failed
    out = report.summary()
    assert "FAILED: downfix" in out and "5 new articles" in out
    assert f"paused hosts: http://127.0.0.1:{site.port}" in out
    conn = store.connect(db)
    run = last_refresh(conn)
    assert run["status"] == "failed" and run["counts"]["failed_sources"] == ["downfix"]
    assert list(run["counts"]["paused_hosts"]) == ["downfix"]
    # the host was paused after three failures: the fourth listing was never asked for
    assert site.requests("/down/extra/") == []
    assert len(site.requests("/down/")) == 6


def _refresh_cmd(db, sources):
    return [
        sys.executable,
        "-m",
        "app.cli",
        "refresh",
        "--db",
        str(db),
        "--sources-dir",
        str(sources),
        "--no-analyze",
        "--source",
        "wpfix",
        "--source",
        "pulsefix",
    ]


def test_kill_9_mid_crawl_then_rerun_loses_and_duplicates_nothing(site, tmp_path):
    sources = site.write_sources(tmp_path / "slow-sources", rate=25.0)
    db = tmp_path / "r.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    log = open(tmp_path / "killed-refresh.log", "wb")
    proc = subprocess.Popen(_refresh_cmd(db, sources), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        stored_now = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                    stored_now = ro.execute("SELECT count(*) FROM articles").fetchone()[0]
                    ro.close()
                except sqlite3.OperationalError:
                    stored_now = 0
            if stored_now >= 2:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the refresh finished before it could be killed"
        # a second refresh while the first runs: a message and the distinct status
        with pytest.raises(RefreshLocked):
            refresh(db, sources=BOTH, sources_dir=sources)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    assert proc.returncode == -signal.SIGKILL

    conn = store.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    killed_with = len(stored(conn))
    assert 2 <= killed_with < 10
    assert not refresh(db, sources=BOTH, sources_dir=sources, http=HTTP).failed
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(stored(conn)) == 10 and comment_counts(conn) == EXPECTED_COMMENTS
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == sum(EXPECTED_COMMENTS.values())
    assert conn.execute("SELECT count(*) FROM frontier WHERE state = 'pending'").fetchone()[0] == 0
    runs = [
        (r["status"], json.loads(r["counts"] or "{}").get("new_articles"))
        for r in conn.execute("SELECT status, counts FROM runs WHERE kind = 'refresh' ORDER BY id")
    ]
    assert runs[0][0] == "interrupted" and runs[1] == ("partial", 10 - killed_with)


def test_refresh_analyses_what_is_new(site, sources_dir, tmp_path):
    db = tmp_path / "r.db"
    report = refresh(db, sources=["wpfix"], analyse=cli._analyse_step, sources_dir=sources_dir, http=HTTP, now=site.now)
    assert not report.failed
    out = report.summary()
    assert "5 new articles" in out and "analysed 5 articles" in out
    conn = store.connect(db)
    assert conn.execute("SELECT count(DISTINCT article_id) FROM sentences").fetchone()[0] == 5
    # nothing new the second time: the analysis step finds nothing owed
    report = refresh(db, sources=["wpfix"], analyse=cli._analyse_step, sources_dir=sources_dir, http=HTTP, now=site.now)
    assert "analysed 0 articles" in report.summary()


def test_bad_configurations_are_reported_and_the_rest_refreshed(site, sources_dir, tmp_path, capsys):
    (sources_dir / "downfix.toml").unlink()
    (sources_dir / "broken.toml").write_text('name = "broken"\nbase_url = \n', encoding="utf-8")
    db = tmp_path / "r.db"
    report = refresh(db, sources_dir=sources_dir, http=HTTP, now=site.now)
    assert report.failed
    assert any("broken.toml" in p for p in report.problems)
    assert "10 new articles" in report.summary()  # wpfix and pulsefix were still refreshed
    conn = store.connect(db)
    assert (
        conn.execute("SELECT count(*) FROM errors WHERE location LIKE ?", (f"%{sources_dir.name}%",)).fetchone()[0] == 1
    )
    assert cli.main(["refresh", "--db", str(db), "--sources-dir", str(tmp_path / "nowhere"), "--no-analyze"]) == 1
    assert "no such folder" in capsys.readouterr().err
    assert (
        cli.main(["refresh", "--db", str(db), "--sources-dir", str(sources_dir), "--source", "nosuch", "--no-analyze"])
        == 1
    )
    assert "unknown source 'nosuch'" in capsys.readouterr().err
