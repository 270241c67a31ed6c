"""Crawling the fixture site end to end: what is stored, exactly."""

import datetime as dt

from benchmarks.fixture_site import site, sources_dir  # noqa: F401  (pytest fixtures)
from corpora import crawl_store, store
from scraper.crawl import crawl, next_check_after
from scraper.http import HttpConfig

HTTP = HttpConfig(backoff=0.02, rate_override=500.0)


def stored(conn):
    """{path: (title, comments stored, comments declared, paragraphs)} of every article."""
    rows = conn.execute("""SELECT a.url, a.title, a.comments_declared,
                                  (SELECT count(*) FROM comments c WHERE c.article_id = a.id),
                                  (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id)
                           FROM articles a""").fetchall()
    return {r[0].split(":", 2)[2].split("/", 1)[1]: (r[1], r[3], r[2], r[4]) for r in rows}


def comments_of(conn, url):
    aid = store.article_id_for_url(conn, url)
    return store.get_article(conn, aid)["comments"]


def test_crawl_stores_exactly_what_the_sites_hold(site, sources_dir, tmp_path):
    conn = store.connect(tmp_path / "c.db")
    wp = crawl(conn, "wpfix", sources_dir=sources_dir, http=HTTP)
    pulse = crawl(conn, "pulsefix", sources_dir=sources_dir, http=HTTP)
    got = stored(conn)
    assert got == {
        "wp/2026/11/hub-contract-signed/": (
            "ICB signs five-year contract for extended access hubs across three PCNs",
            5,
            5,
            4,
        ),
        "wp/2026/11/arrs-roles-review/": (
            "Review finds additional roles staff unevenly spread between networks",
            0,
            0,
            3,
        ),
        "wp/2026/11/trust-takeover-practices/": ("Community trust to take over four struggling practices", 2, 2, 3),
        "wp/2026/10/chambers-model-grows/": ("GP chambers model grows as locums look for security", 0, 0, 3),
        "wp/2026/09/virtual-practice-pilot/": ("Virtual practice pilot reaches 20,000 registered patients", 1, 1, 3),
        "pulse/news/hub-story/": ("LMCs warn over plans to route same-day demand to network hubs", 7, 7, 3),
        "pulse/news/busy-story/": ("Practices report record demand as winter begins early", 0, None, 2),
        "pulse/news/flaky-story/": ("Federation payroll error leaves salaried GPs short", 0, None, 2),
        "pulse/news/federation-vote.article": ("Practices vote to form county-wide federation", 23, 23, 2),
        "pulse/news/locum-chambers.article": ("Locum chambers offer an alternative to partnership", 1, 1, 2),
    }
    b = site.base
    # replies keep their parent (REST API), authors and times are kept
    hub = comments_of(conn, b + "/wp/2026/11/hub-contract-signed/")
    by_ext = {c["external_id"]: c for c in hub}
    assert by_ext["9003"]["parent_id"] == by_ext["9001"]["id"]
    assert by_ext["9005"]["parent_id"] == by_ext["9004"]["id"]
    assert by_ext["9001"]["author"] == "Dr Priya N" and by_ext["9001"]["posted"]
    # the old layout's three comment pages, in order, each comment once
    old = comments_of(conn, b + "/pulse/news/federation-vote.article")
    assert [c["external_id"] for c in old] == [str(5000 + i) for i in range(23)]
    assert old[0]["author"] == "Anonymous" and old[1]["author"] == "Commenter 2"
    # the truncated page keeps what arrived
    art = store.get_article(conn, store.article_id_for_url(conn, b + "/wp/2026/10/chambers-model-grows/"))
    assert art["paragraphs"][-1]["text"] == "The third paragraph of this story"
    # errors: the page that is not an article and the redirect off the allowed hosts; nothing else
    assert [(u.removeprefix(b), r) for u, r in wp.errors] == [
        ("/wp/2026/10/gallery-only/", "not an article: no article text found")
    ]
    assert [u.removeprefix(b) for u, _ in pulse.errors] == ["/pulse/news/syndicated-story/"]
    assert "leaves the allowed hosts" in pulse.errors[0][1]
    assert wp.failed and not wp.source_failed
    # robots.txt: the private page was never asked for; localhost was never asked
    assert site.requests("/wp/private/") == []
    assert all(r[0].startswith("127.0.0.1:") for r in site.requests())
    states = {r[0].removeprefix(b): (r[1], r[2]) for r in conn.execute("SELECT url, state, last_error FROM frontier")}
    assert states["/wp/private/members-briefing/"] == ("failed", "disallowed by robots.txt")
    assert states["/wp/2026/10/gallery-only/"][0] == "failed"
    assert crawl_store.frontier_counts(conn)["pending"] == 0
    # run records and error rows
    runs = conn.execute("SELECT kind, status, counts FROM runs ORDER BY id").fetchall()
    assert [(r[0], r[1]) for r in runs] == [("crawl", "partial"), ("crawl", "partial")]
    assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 2
    # the tracking-parameter twins and the shortlink gave one article each
    assert (
        conn.execute(
            "SELECT count(*) FROM articles WHERE url LIKE '%utm_%' OR url LIKE '%fbclid%' OR url LIKE '%?p=%'"
        ).fetchone()[0]
        == 0
    )

    # a second crawl finds nothing new and duplicates nothing
    before = store.counts(conn)
    again = crawl(conn, "pulsefix", sources_dir=sources_dir, http=HTTP)
    assert again.new_articles == 0 and again.new_comments == 0
    after = store.counts(conn)
    assert (after["articles"], after["comments"], after["paragraphs"]) == (
        before["articles"],
        before["comments"],
        before["paragraphs"],
    )


def test_dry_run_lists_and_writes_nothing(site, sources_dir, tmp_path):
    conn = store.connect(tmp_path / "c.db")
    report = crawl(conn, "pulsefix", dry_run=True, sources_dir=sources_dir, http=HTTP)
    listed = {u.removeprefix(site.base) for u in report.would_fetch}
    assert listed == {
        "/pulse/news/hub-story/",
        "/pulse/news/busy-story/",
        "/pulse/news/flaky-story/",
        "/pulse/news/federation-vote.article",
        "/pulse/news/locum-chambers.article",
        "/pulse/news/syndicated-story/",
    }
    assert "would fetch 6 articles" in report.summary()
    assert store.counts(conn)["articles"] == 0 and store.counts(conn)["runs"] == 0
    assert conn.execute("SELECT count(*) FROM frontier").fetchone()[0] == 0
    assert not [
        r for r in site.requests() if "/pulse/news/" in r[1] and "page/2" not in r[1] and r[1] != "/pulse/news/"
    ]  # no article was fetched


def test_max_pages_then_resume_loses_and_duplicates_nothing(site, sources_dir, tmp_path):
    conn = store.connect(tmp_path / "c.db")
    first = crawl(conn, "pulsefix", max_pages=2, sources_dir=sources_dir, http=HTTP)
    assert first.new_articles == 2 and first.pending == 4
    second = crawl(conn, "pulsefix", sources_dir=sources_dir, http=HTTP)
    assert second.new_articles == 3 and second.pending == 0
    assert len(stored(conn)) == 5
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 7 + 23 + 1


def test_since_filter(site, sources_dir, tmp_path):
    conn = store.connect(tmp_path / "c.db")
    report = crawl(conn, "pulsefix", since="2025-01-01", sources_dir=sources_dir, http=HTTP)
    assert set(stored(conn)) == {"pulse/news/hub-story/", "pulse/news/busy-story/", "pulse/news/flaky-story/"}
    assert report.skipped == 2  # the old pages (no dates in the sitemap) were read and ruled out by their date
    bad = crawl(conn, "pulsefix", since="last week", sources_dir=sources_dir, http=HTTP)
    assert bad.failed and "not a date" in bad.source_failed


def test_any_wordpress_site_by_base_url(site, sources_dir, tmp_path):
    conn = store.connect(tmp_path / "c.db")
    assert crawl(conn, site.base + "/wp/", sources_dir=sources_dir, dry_run=True, http=HTTP).source == "wpfix"
    (tmp_path / "none").mkdir()
    report = crawl(conn, site.base + "/wp/", sources_dir=tmp_path / "none", http=HTTP)
    assert report.source == "Fixture /wp/"  # the site's own name: no REST index, no og:site_name, its feed's title
    got = stored(conn)
    assert got["wp/2026/11/hub-contract-signed/"][1:3] == (5, 5)
    hub = comments_of(conn, site.base + "/wp/2026/11/hub-contract-signed/")
    by_ext = {c["external_id"]: c for c in hub}
    assert by_ext["9003"]["parent_id"] == by_ext["9001"]["id"]
    assert by_ext["9004"]["text"] == "Continuity is the first casualty of every at-scale scheme I have seen."
    assert site.requests("/wp/wp-json/wp/v2/comments")  # generic WordPress reads the REST API where it is open
    # links guessed from the home page that are not articles are skipped quietly, never reported
    assert report.errors == [] and report.skipped == 2 and not report.failed
    assert [r[2] for r in site.requests("/wp/about-us/")] == [200]
    assert site.requests("/wp/category/") == []  # WordPress furniture is not even fetched


def test_unknown_target_is_a_clear_failure(tmp_path, sources_dir):
    conn = store.connect(tmp_path / "c.db")
    report = crawl(conn, "no-such-source", sources_dir=sources_dir)
    assert report.failed and "not a configured source" in report.source_failed


def test_recheck_schedule_decays_and_stops():
    now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)
    day = dt.timedelta(days=1)
    assert next_check_after((now - dt.timedelta(hours=1)).isoformat(), None, now) == now + dt.timedelta(hours=6)
    assert next_check_after((now - 3 * day).isoformat(), None, now) == now + 3 * day
    assert next_check_after((now - 20 * day).isoformat(), None, now) == now + 20 * day
    assert next_check_after((now - 57 * day).isoformat(), None, now) is None
    assert next_check_after(None, (now - 2 * day).isoformat(), now) == now + 2 * day
    assert next_check_after("2026-11-21", None, now) == now + dt.timedelta(days=2, hours=12)


def test_cli_crawl_dry_run_and_crawl(site, sources_dir, tmp_path, capsys):
    from app.cli import main

    db = tmp_path / "cli.db"
    assert main(["crawl", "pulsefix", "--db", str(db), "--sources-dir", str(sources_dir), "--dry-run", "-q"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("pulsefix: dry run, would fetch 6 articles")
    assert sorted(out[:-1])[0] == site.base + "/pulse/news/busy-story/"
    status = main(["crawl", "pulsefix", "--db", str(db), "--sources-dir", str(sources_dir), "--max-pages", "1", "-q"])
    assert status == 0
    assert capsys.readouterr().out.startswith("pulsefix: 1 new articles")


def test_a_page_that_times_out_stays_queued_for_the_next_run(site, tmp_path):
    sources = site.write_sources(tmp_path / "sources", timeout=1.0)
    site.busy_429_left = site.flaky_500_left = 0
    site.slow_paths = {"/pulse/news/busy-story/"}
    site.slow_seconds = 2.5
    conn = store.connect(tmp_path / "c.db")
    report = crawl(conn, "pulsefix", sources_dir=sources, http=HttpConfig(backoff=0.02, retries=1))
    slow_url = site.base + "/pulse/news/busy-story/"
    assert (slow_url, "timed out after 1s (after 2 attempts)") in report.errors
    assert report.pending == 1 and "1 left for later" in report.summary()
    assert report.new_articles == 4 and not report.source_failed
    row = conn.execute("SELECT state, attempts FROM frontier WHERE url = ?", (slow_url,)).fetchone()
    assert tuple(row) == ("pending", 1)
    site.slow_paths = set()
    again = crawl(conn, "pulsefix", sources_dir=sources, http=HttpConfig(backoff=0.02, retries=1))
    assert again.new_articles == 1 and again.pending == 0 and again.errors == []
    assert len(stored(conn)) == 5


def test_a_failed_comment_page_keeps_what_was_read_and_is_retried(site, sources_dir, tmp_path):
    site.busy_429_left = site.flaky_500_left = 0
    site.fail_paths = {"/pulse/news/hub-story/comment-page-2/": 1}
    conn = store.connect(tmp_path / "c.db")
    http = HttpConfig(backoff=0.02, retries=0)
    first = crawl(conn, "pulsefix", sources_dir=sources_dir, http=http)
    hub = site.base + "/pulse/news/hub-story/"
    assert any(u == hub and "comment page" in r and "HTTP 500" in r for u, r in first.errors)
    assert stored(conn)["pulse/news/hub-story/"][1:3] == (5, 7)  # the first page is kept, 7 declared
    assert first.pending == 1
    second = crawl(conn, "pulsefix", sources_dir=sources_dir, http=http)
    assert second.errors == [] and second.pending == 0 and second.new_comments == 2
    assert stored(conn)["pulse/news/hub-story/"][1:3] == (7, 7)
