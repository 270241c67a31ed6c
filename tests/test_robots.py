"""robots.txt per RFC 9309 against a real local server: redirects followed (up to five),
4xx means no rules, 5xx / 429 / unreachable means nothing is fetched for now and is
reported as unreachable (never as "disallowed by robots.txt"), one log line per URL."""

from __future__ import annotations

import asyncio
import logging
import socket

import pytest

from corpora import store
from scraper.crawl import crawl
from scraper.http import FetchError, HttpConfig, PoliteClient
from tests.route_server import RouteServer

HOSTS = ["127.0.0.1"]
HTML = {"Content-Type": "text/html; charset=utf-8"}
TEXT = {"Content-Type": "text/plain"}
PAGE = (200, HTML, b"<html><head><title>Open page</title></head><body><p>Hello</p></body></html>")
RULES = b"User-agent: *\nDisallow: /private/\n"


def fetch_all(urls: list[str]):
    """Fetch each URL in turn with one client; a FetchResult or a FetchError each."""

    async def main():
        out = []
        async with PoliteClient(HttpConfig(rate=500.0, backoff=0.01, retries=1, timeout=2.0)) as client:
            for url in urls:
                try:
                    out.append(await client.fetch(url, allowed_hosts=HOSTS))
                except FetchError as exc:
                    out.append(exc)
        return out

    return asyncio.run(main())


def test_redirected_robots_txt_is_followed_and_obeyed():
    routes = {
        "/robots.txt": (301, {"Location": "/a"}, b""),
        "/a": (302, {"Location": "{base}/rules.txt"}, b""),
        "/rules.txt": (200, TEXT, RULES),
        "/open/": PAGE,
        "/private/x": PAGE,
    }
    with RouteServer(routes) as srv:
        opened, private = fetch_all([srv.url("/open/"), srv.url("/private/x")])
    assert opened.status == 200
    assert isinstance(private, FetchError) and private.robots and private.permanent
    assert private.reason == "disallowed by robots.txt"
    assert srv.paths() == ["/robots.txt", "/a", "/rules.txt", "/open/"]  # read once; the private page never asked


def test_more_than_five_robots_redirects_is_unreachable():
    routes = {f"/r{i}": (302, {"Location": f"/r{i + 1}"}, b"") for i in range(10)}
    routes["/robots.txt"] = (302, {"Location": "/r0"}, b"")
    routes["/open/"] = PAGE
    with RouteServer(routes) as srv:
        (result,) = fetch_all([srv.url("/open/")])
    assert isinstance(result, FetchError) and not result.robots and not result.permanent
    assert result.reason == "robots.txt unreachable (more than 5 redirects); not fetched for now"
    assert srv.paths() == ["/robots.txt", "/r0", "/r1", "/r2", "/r3", "/r4"]  # the file and five redirects


@pytest.mark.parametrize("status", [404, 403, 401, 410])
def test_robots_txt_4xx_means_no_rules(status):
    with RouteServer({"/robots.txt": (status, TEXT, b"no"), "/private/x": PAGE}) as srv:
        (result,) = fetch_all([srv.url("/private/x")])
    assert not isinstance(result, FetchError) and result.status == 200
    assert srv.paths() == ["/robots.txt", "/private/x"]


@pytest.mark.parametrize("status", [500, 503, 429])
def test_robots_txt_5xx_or_429_means_nothing_for_now(status):
    with RouteServer({"/robots.txt": (status, TEXT, b"busy"), "/open/": PAGE}) as srv:
        first, second = fetch_all([srv.url("/open/"), srv.url("/open/")])
    for result in (first, second):
        assert isinstance(result, FetchError) and not result.robots and not result.permanent
        assert result.reason == f"robots.txt unreachable (HTTP {status}); not fetched for now"
        assert "disallowed" not in result.reason
    assert srv.paths() == ["/robots.txt"]  # asked once per run; the page never


def test_unreachable_host_robots():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (result,) = fetch_all([f"http://127.0.0.1:{port}/open/"])
    assert isinstance(result, FetchError) and not result.robots and not result.permanent
    assert result.reason == "robots.txt unreachable (connection failed: ConnectError); not fetched for now"


FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Robots test site</title>
<item><title>Open story</title><link>{base}/news/open-story/</link></item>
<item><title>Private story</title><link>{base}/private/private-story/</link></item>
</channel></rss>"""
ARTICLE = (
    "<html><head><title>Open story</title></head><body><article><h1 class='entry-title'>Open story</h1>"
    "<div class='entry-content'><p>"
    + "Practices across the network agreed a new rota for the winter months. " * 3
    + "</p></div></article></body></html>"
).encode()


def _site(robots: tuple) -> dict:
    return {
        "/robots.txt": robots,
        "/news/open-story/": (200, HTML, ARTICLE),
        "/private/private-story/": (200, HTML, ARTICLE),
    }


def _crawl(srv, tmp_path, caplog):
    routes = srv.routes
    routes["/feed/"] = (200, {"Content-Type": "application/rss+xml"}, FEED.replace(b"{base}", srv.base.encode()))
    (tmp_path / "none").mkdir(exist_ok=True)
    conn = store.connect(tmp_path / "c.db")
    with caplog.at_level(logging.INFO, logger="gpwatch"):
        report = crawl(
            conn,
            srv.base + "/",
            sources_dir=tmp_path / "none",
            http=HttpConfig(rate_override=500.0, backoff=0.01, retries=0),
        )
    return conn, report


def _lines_about(caplog, url: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith(url + ":")]


def test_crawl_logs_a_disallowed_page_once(tmp_path, caplog):
    with RouteServer(_site((200, TEXT, RULES))) as srv:
        conn, report = _crawl(srv, tmp_path, caplog)
    private = srv.url("/private/private-story/")
    assert report.new_articles == 1 and report.skipped == 1
    assert _lines_about(caplog, private) == [f"{private}: not fetched, disallowed by robots.txt"]
    assert "/private/private-story/" not in srv.paths()


def test_crawl_reports_unreachable_robots_not_as_disallowed(tmp_path, caplog):
    with RouteServer(_site((503, TEXT, b"down"))) as srv:
        conn, report = _crawl(srv, tmp_path, caplog)
    assert report.source_failed and "robots.txt unreachable (HTTP 503)" in report.source_failed
    assert "disallowed" not in report.summary()
    assert srv.paths() == ["/robots.txt"]
    robots_lines = _lines_about(caplog, srv.url("/robots.txt"))
    assert len(robots_lines) == 1 and "unreachable (HTTP 503)" in robots_lines[0]
    feed = srv.url("/feed/")
    assert len(_lines_about(caplog, feed)) == 1  # one line per URL, not two or three
