"""``gpwatch refresh`` covers every source in the store, sites first crawled by URL included
(the demo's own sample site), and ``--source`` takes the name ``gpwatch stats`` and the app
show (or the site's base URL or host)."""

from __future__ import annotations

import json

import pytest

from app import cli
from corpora import store
from corpora.sample_site.content import load_articles
from corpora.sample_site.server import SITE_NAME, serve_sample_site
from scraper.crawl import crawl
from scraper.http import HttpConfig
from scraper.refresh import refresh

FAST = HttpConfig(rate_override=500.0, backoff=0.02)


@pytest.fixture
def sample_site():
    server, base = serve_sample_site(port=0, articles=load_articles()[:6])
    try:
        yield server, base
    finally:
        server.shutdown()
        server.server_close()


def test_demo_source_crawled_by_url_is_refreshed_by_the_name_stats_shows(sample_site, tmp_path, capsys):
    server, base = sample_site
    db = tmp_path / "demo.db"
    conn = store.connect(db)
    first = crawl(conn, base + "/", http=FAST)  # as the demo does
    assert first.source == SITE_NAME and first.new_articles == 6
    conn.close()
    assert cli.main(["stats", "--db", str(db)]) == 0
    shown = json.loads(capsys.readouterr().out)["source_names"]
    assert shown == [SITE_NAME]

    server.requests.clear()
    report = refresh(db, sources=[shown[0]], http=FAST)  # collection only, as --no-analyze
    assert not report.failed
    line = report.summary()
    assert line.startswith("refresh: 1 sources, 0 new articles") and " 0 errors" in line
    asked = [(path, status) for _method, path, status in server.requests]
    assert asked and all(status in (200, 304) for _, status in asked)
    assert any(status == 304 for _, status in asked)  # its feed and sitemaps: unchanged since the crawl
    conn = store.connect(db)
    assert store.last_run(conn, "refresh")["args"]["sources"] == [SITE_NAME]
    conn.close()

    # the base URL, the host and any case of the name pick the same source; without
    # --source every configured source and this one are refreshed
    for asked_for in (base + "/", base.removeprefix("http://"), SITE_NAME.upper()):
        assert not refresh(db, sources=[asked_for], http=FAST).failed
        conn = store.connect(db)
        assert store.last_run(conn, "refresh")["args"]["sources"] == [SITE_NAME]
        conn.close()


def test_refresh_without_names_includes_sites_crawled_by_url(sample_site, tmp_path, capsys):
    server, base = sample_site
    db = tmp_path / "demo.db"
    conn = store.connect(db)
    crawl(conn, base + "/", http=FAST)
    conn.close()
    empty = tmp_path / "no-configs"
    empty.mkdir()
    assert not refresh(db, sources_dir=empty, http=FAST).failed
    conn = store.connect(db)
    assert store.last_run(conn, "refresh")["args"]["sources"] == [SITE_NAME]
    conn.close()
    unknown = refresh(db, sources=["no such site"], sources_dir=empty, http=FAST)
    assert unknown.failed and unknown.run_id is None
    err = "\n".join(unknown.problems)
    assert "unknown source 'no such site'" in err and SITE_NAME in err


def test_repeated_crawl_of_an_unchanged_site_costs_304s(sample_site, tmp_path):
    server, base = sample_site
    conn = store.connect(tmp_path / "demo.db")
    first = crawl(conn, base + "/", http=FAST)
    assert first.new_articles == 6 and first.not_modified == 0
    server.requests.clear()
    again = crawl(conn, base + "/", http=FAST)
    statuses = [status for _method, _path, status in server.requests]
    assert again.new_articles == 0 and again.new_comments == 0 and again.errors == []
    assert again.not_modified >= 3 and statuses.count(304) == again.not_modified
    assert again.pages_fetched <= 2  # robots.txt and the REST API's first page (it sends no validators)
    assert f"{again.not_modified} not modified (unchanged since the last visit)" in again.summary()
