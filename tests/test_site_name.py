"""A site crawled by URL is stored under its own name: the REST API index's ``name``, else the
home page's ``og:site_name``, else its feed's title; its host only when it names itself nowhere."""

from __future__ import annotations

import pytest

from corpora import store
from scraper.crawl import crawl
from scraper.http import HttpConfig
from tests.route_server import RouteServer

HTML = {"Content-Type": "text/html; charset=utf-8"}
FEED = (
    200,
    {"Content-Type": "application/rss+xml"},
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Title &amp; Co</title></channel></rss>',
)
HOME = (200, HTML, b'<html><head><meta property="og:site_name" content="Graph Name"></head><body></body></html>')
REST = (200, {"Content-Type": "application/json"}, b'{"name": "Rest Name &amp; Partners"}')


@pytest.mark.parametrize(
    "routes, name",
    [
        ({"/wp-json/?_fields=name": REST, "/": HOME, "/feed/": FEED}, "Rest Name & Partners"),
        ({"/": HOME, "/feed/": FEED}, "Graph Name"),
        ({"/feed/": FEED}, "Feed Title & Co"),
        ({}, "127.0.0.1"),
    ],
)
def test_site_name(routes, name, tmp_path):
    with RouteServer({"/robots.txt": (404, {}, b""), **routes}) as srv:
        conn = store.connect(tmp_path / "c.db")
        report = crawl(conn, srv.base + "/", sources_dir=tmp_path, http=HttpConfig(rate_override=500.0, retries=0))
    assert report.source == name
    if not routes:  # a site with no feed, sitemap, API or home page: a clear failure, not a crash
        assert "every discovery document failed (all" in report.source_failed
    assert [tuple(r) for r in conn.execute("SELECT name, base_url FROM sources")] == [(name, srv.base + "/")]
