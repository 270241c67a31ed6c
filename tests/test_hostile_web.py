"""A hostile web against the crawler (issue 15 points 1, 2, 7 and 9), served for real on
127.0.0.1 by :class:`benchmarks.reliability_helpers.HostileServer`: servers that drip one
byte at a time (body, headers, robots.txt, a whole source during ``refresh``), stacked
content codings that inflate a few kilobytes to half a gigabyte, a store reached through
a symlink, and the messages for 429s and refusals."""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest

from benchmarks import reliability_helpers as rh
from corpora import store
from scraper import http
from scraper.crawl import crawl_source
from scraper.http import FetchError, HttpConfig, PoliteClient
from scraper.refresh import RefreshLocked, acquire_lock, refresh
from scraper.sources import load_source

HOSTS = ["127.0.0.1"]
PAGE = (
    b"<html><head><title>Hubs</title></head><body><article><h1 class='entry-title'>Hubs open</h1>"
    b"<div class='entry-content'><p>The network will run a weekend hub from April, the board paper says, "
    b"staffed by salaried GPs from the federation.</p></div></article></body></html>"
)


def fetch(url: str, **config):
    """One fetch through a fresh polite client: the result or the FetchError (and the client)."""
    cfg = HttpConfig(**{"rate": 500.0, "backoff": 0.02, "retries": 0, "timeout": 1.0, **config})

    async def main():
        async with PoliteClient(cfg) as client:
            try:
                return await asyncio.wait_for(client.fetch(url, allowed_hosts=HOSTS), 60), client
            except FetchError as exc:
                return exc, client

    return asyncio.run(main())


# --------------------------------------------------------------------------- 1. dripping servers


@pytest.mark.parametrize("drip_head", [False, True], ids=["body", "headers"])
def test_a_dripping_response_is_cut_at_the_whole_response_deadline(drip_head):
    body = PAGE * 4
    with rh.HostileServer({"/slow/": rh.Route(body, drip=0.05, drip_head=drip_head)}) as server:
        result, client = fetch(server.base + "/slow/", timeout=1.0)
        assert isinstance(result, FetchError), "a drip of a byte every 50 ms never hit the per-read timeout"
        assert result.reason == "timed out after 1s (after 1 attempt)"
        assert server.sent["/slow/"] < len(body)  # cut off, not read to the end


def test_a_dripping_robots_txt_closes_the_host_for_the_run():
    robots = b"User-agent: *\nAllow: /\n" * 4
    with rh.HostileServer(
        {"/robots.txt": rh.Route(robots, headers={"Content-Type": "text/plain"}, drip=0.05), "/news/": rh.Route(PAGE)}
    ) as server:
        result, _ = fetch(server.base + "/news/", timeout=1.0)
        # RFC 9309: an unreachable robots.txt closes the host for now (the page stays queued),
        # reported as unreachable, not as a rule
        assert isinstance(result, FetchError) and not result.permanent and not result.robots
        assert "robots.txt unreachable" in result.reason and "timed out" in result.reason
        assert server.hits == ["/robots.txt"]  # the article was never asked for


def test_a_dripping_source_cannot_keep_refresh_beyond_its_budget(tmp_path):
    """One source drips its feed; the other (the sample site) is still served, the run ends
    at its budget, records its outcome and releases the lock."""
    drip = {
        "/feed/": rh.Route(
            rh.rss("http://127.0.0.1", ["/a/"]) * 50, drip=0.02, headers={"Content-Type": "application/rss+xml"}
        )
    }
    with rh.HostileServer(drip) as server, rh.sample_site(tmp_path, articles=3) as sources:
        rh.hostile_source(sources, "drip", server.base, timeout=600)  # only the run budget can stop it
        db = tmp_path / "r.db"
        outcome: dict = {}
        worker = threading.Thread(
            target=lambda: outcome.update(
                report=refresh(
                    db, sources=["drip", "sample"], sources_dir=sources, http=HttpConfig(backoff=0.02), budget=8
                )
            )
        )
        worker.start()
        worker.join(timeout=120)
        assert not worker.is_alive(), "refresh still running two minutes later"
        report = outcome["report"]
    assert report.over_budget == ["drip"] and report.failed
    assert report.seconds < 8 + 30  # the budget, plus the sample site's share it did not need to wait for
    sample = next(r for r in report.sources if r.source == "sample")
    assert sample.new_articles == 3 and not sample.source_failed
    conn = store.connect(db)
    run = store.last_run(conn, "refresh")
    assert run["status"] == "failed" and run["finished"] and run["counts"]["over_budget"] == ["drip"]
    assert conn.execute("SELECT count(*) FROM errors WHERE reason LIKE '%run budget%'").fetchone()[0] == 1
    acquire_lock(db).close()  # the lock was released


# --------------------------------------------------------------------------- 2. stacked compression


def _bomb_fetch(url: str):
    result, _ = fetch(url, timeout=60.0)
    if not isinstance(result, FetchError):
        raise AssertionError(f"the bomb was accepted ({len(result.content)} bytes)")
    return result.reason


def test_a_stacked_gzip_bomb_is_refused_at_the_cap_within_200_mb():
    bomb = rh.zero_bomb(512 << 20, 2)
    assert len(bomb) < 20_000
    route = rh.Route(bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"})
    with rh.HostileServer({"/bomb/": route}) as server:
        measured = rh.measure(lambda: _bomb_fetch(server.base + "/bomb/"), timeout=120)
    assert measured.error is None, measured.error
    assert measured.rss_growth < 200_000_000, f"peak memory grew {measured.rss_growth / 1e6:.0f} MB"
    with rh.HostileServer({"/bomb/": route}) as server:
        reason = _bomb_fetch(server.base + "/bomb/")
    assert reason == "response decoded (gzip) larger than the 10000000-byte cap"


def test_more_layers_of_content_coding_than_allowed_are_refused():
    codings = ["gzip"] * (http.MAX_CONTENT_CODINGS + 1)
    route = rh.Route(
        rh.compressed(PAGE, codings), headers={"Content-Type": "text/html", "Content-Encoding": ", ".join(codings)}
    )
    with rh.HostileServer({"/x/": route, "/br/": rh.Route(PAGE, headers={"Content-Encoding": "br"})}) as server:
        result, client = fetch(server.base + "/x/")
        assert isinstance(result, FetchError) and "3 stacked content codings" in result.reason
        result, client = fetch(server.base + "/br/")
        assert isinstance(result, FetchError) and result.reason == "content coding 'br' is not supported"
        assert client.stats.refused == 1


@pytest.mark.parametrize("codings", [[], ["gzip"], ["deflate"], ["gzip", "gzip"], ["deflate", "gzip"]])
def test_honest_compressed_pages_are_decoded(codings):
    headers = {"Content-Type": "text/html; charset=utf-8"}
    if codings:
        headers["Content-Encoding"] = ", ".join(codings)
    with rh.HostileServer({"/page/": rh.Route(rh.compressed(PAGE, codings), headers=headers)}) as server:
        result, client = fetch(server.base + "/page/")
    assert not isinstance(result, FetchError), result
    assert result.content == PAGE and client.stats.bytes == len(PAGE)


def test_a_page_just_under_the_cap_passes_and_just_over_is_refused():
    body = b"<p>" + b"x" * 9_993 + b"</p>"  # 10,000 bytes
    gz = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    routes = {
        "/at/": rh.Route(rh.compressed(body, ["gzip"]), headers=gz),
        "/over/": rh.Route(rh.compressed(body + b" ", ["gzip"]), headers=gz),
    }
    with rh.HostileServer(routes) as server:
        result, _ = fetch(server.base + "/at/", max_bytes=10_000)
        assert result.content == body
        result, _ = fetch(server.base + "/over/", max_bytes=10_000)
        assert isinstance(result, FetchError) and "larger than the 10000-byte cap" in result.reason


# --------------------------------------------------------------------------- 7. the lock through a symlink


def test_the_same_store_through_a_symlink_shares_one_refresh_lock(tmp_path, capsys):
    from app import cli

    real = tmp_path / "data" / "corpus.db"
    real.parent.mkdir()
    store.connect(real).close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "link.db"
    link.symlink_to(real)
    holder = acquire_lock(real)
    try:
        with pytest.raises(RefreshLocked):
            refresh(link, sources_dir=tmp_path / "no-sources")
        assert cli.main(["refresh", "--db", str(link), "--sources-dir", str(tmp_path), "--no-analyze"]) == 3
        assert (
            cli.main(
                [
                    "refresh",
                    "--db",
                    str(tmp_path / "data" / ".." / "data" / "corpus.db"),
                    "--sources-dir",
                    str(tmp_path),
                    "--no-analyze",
                ]
            )
            == 3
        )
    finally:
        holder.close()
    assert "another refresh is running" in capsys.readouterr().err


# --------------------------------------------------------------------------- 9. messages


def test_a_429_that_asks_for_an_hour_says_it_was_asked_once():
    route = rh.Route(b"slow down", status=429, headers={"Retry-After": "3600", "Content-Type": "text/plain"})
    with rh.HostileServer({"/busy/": route}) as server:
        result, client = fetch(server.base + "/busy/", retries=3)
        assert server.hits.count("/busy/") == 1
    assert isinstance(result, FetchError)
    assert result.reason == "HTTP 429 asking to wait 3600s, longer than 300s (after 1 attempt)"
    assert client.stats.requests == 2 and client.stats.retries == 0  # robots.txt and the one request


def test_each_refusal_is_logged_once(tmp_path, caplog):
    routes = {"/robots.txt": rh.Route(b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})}
    with rh.HostileServer(routes) as server:
        base = server.base
        paths = ["/private/story/", "/big/story/", "/pdf/story/", "/away/story/"]
        routes["/feed/"] = rh.Route(rh.rss(base, paths), headers={"Content-Type": "application/rss+xml"})
        routes["/big/story/"] = rh.Route(PAGE * 40)
        routes["/pdf/story/"] = rh.Route(b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
        routes["/away/story/"] = rh.Route(b"", status=302, headers={"Location": "http://localhost:1/elsewhere/"})
        source = load_source(
            rh.hostile_source(tmp_path / "sources", "refusing", base, max_bytes=5_000) / "refusing.toml"
        )
        conn = store.connect(tmp_path / "c.db")
        with caplog.at_level(logging.DEBUG, logger="gpwatch"):
            report = crawl_source(conn, source, http=HttpConfig(backoff=0.02), run_id=store.start_run(conn, "crawl"))
    assert report.skipped == 1 and len(report.errors) == 3
    for path in paths:
        said = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO and base + path in r.getMessage()]
        assert len(said) == 1, (path, said)


def test_a_refused_discovery_document_is_logged_once(tmp_path, caplog):
    routes = {"/robots.txt": rh.Route(b"User-agent: *\nDisallow: /feed/\n", headers={"Content-Type": "text/plain"})}
    with rh.HostileServer(routes) as server:
        source = load_source(rh.hostile_source(tmp_path / "sources", "closed", server.base) / "closed.toml")
        conn = store.connect(tmp_path / "c.db")
        with caplog.at_level(logging.DEBUG, logger="gpwatch"):
            report = crawl_source(conn, source, http=HttpConfig(backoff=0.02), run_id=store.start_run(conn, "crawl"))
        feed = server.base + "/feed/"
    assert report.errors == [(feed, "disallowed by robots.txt")]
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO and feed in r.getMessage()]
    assert said == [f"{feed}: disallowed by robots.txt"]
