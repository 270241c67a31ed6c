"""Discovery: feeds, sitemaps, the WordPress REST API and archives, with the source filters."""

import asyncio
import dataclasses
import warnings

import pytest

from benchmarks.fixture_site import site, sources_dir  # noqa: F401  (pytest fixtures)
from corpora import crawl_store, store
from scraper.discover import (
    Candidate,
    discover,
    parse_archive,
    parse_feed,
    parse_sitemap,
    parse_wp_comments,
    parse_wp_posts,
    passes_filters,
    wp_post_id,
)
from scraper.http import HttpConfig, PoliteClient
from scraper.sources import SourceConfig, load_sources

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Hubs to take same-day demand</title><link>https://news.example/news/hubs/?utm_source=rss</link>
<pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate><category>News</category>
<description>&lt;p&gt;Committees warn of &lt;b&gt;lost control&lt;/b&gt;&lt;/p&gt;</description></item>
<item><title>No link here</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>Federation vote</title><link href="/news/federation-vote/"/><updated>2026-10-01T08:00:00Z</updated></entry>
</feed>"""


def test_parse_rss_and_atom():
    [c] = parse_feed(FEED, "https://news.example/feed/")
    assert c.url == "https://news.example/news/hubs/"
    assert c.published.startswith("2026-11-02T09:00:00")
    assert c.title == "Hubs to take same-day demand" and c.summary == "Committees warn of lost control"
    assert c.section == "News"
    [a] = parse_feed(ATOM, "https://news.example/feed/atom/")
    assert a.url == "https://news.example/news/federation-vote/" and a.published.startswith("2026-10-01")
    with pytest.raises(ValueError):
        parse_feed("<html><body>not a feed", "https://news.example/")


def test_an_unreadable_feed_date_gives_no_date_and_no_deprecation_warning():
    feed = FEED.replace("Mon, 02 Nov 2026 09:00:00 GMT", "the second of November")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # feedparser's fallback for a missing updated date warns
        [c] = parse_feed(feed, "https://news.example/feed/")
    assert c.url == "https://news.example/news/hubs/" and c.published is None


def test_parse_sitemap_and_index():
    index = """<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://news.example/post-sitemap.xml</loc><lastmod>2026-11-01</lastmod></sitemap></sitemapindex>"""
    children, pages = parse_sitemap(index, "https://news.example/")
    assert children == [("https://news.example/post-sitemap.xml", "2026-11-01T00:00:00")] and pages == []
    urlset = """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>https://news.example/a/#x</loc><lastmod>2025-01-02T10:00:00+00:00</lastmod></url>
    <url><loc>mailto:x@y</loc></url></urlset>"""
    children, pages = parse_sitemap(urlset, "https://news.example/")
    assert [(p.url, p.published[:10]) for p in pages] == [("https://news.example/a/", "2025-01-02")]
    for bad in ("<html></html>", "not xml at all"):
        with pytest.raises(ValueError):
            parse_sitemap(bad, "https://news.example/")
    # external entities are never resolved
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
        "<urlset><url><loc>https://news.example/&e;</loc></url></urlset>"
    )
    assert [p.url for p in parse_sitemap(xxe, "https://news.example/")[1]] in ([], ["https://news.example/"])


def test_parse_wp_api():
    posts = parse_wp_posts(
        '[{"id": 7, "link": "https://wp.example/2026/11/x/", "date": "2026-11-03T10:00:00",'
        ' "title": {"rendered": "Trust &amp; partners"}, "excerpt": {"rendered": "<p>Short</p>"}}]',
        "https://wp.example/",
    )
    assert posts == [
        Candidate(
            "https://wp.example/2026/11/x/", "wp_api", "2026-11-03T10:00:00", "Trust & partners", "Short", None, 7
        )
    ]
    comments = parse_wp_comments(
        '[{"id": 5, "parent": 0, "author_name": "Dr B", "date": "2026-11-03T11:00:00",'
        ' "content": {"rendered": "<p>One.</p><p>Two.</p>"}},'
        ' {"id": 6, "parent": 5, "author_name": "", "date": "2026-11-03T12:00:00",'
        ' "content": {"rendered": "<p>Reply</p>"}}]'
    )
    assert [(c.external_id, c.parent_external_id, c.author, c.text) for c in comments] == [
        ("5", None, "Dr B", "One.\nTwo."),
        ("6", "5", None, "Reply"),
    ]
    with pytest.raises(ValueError):
        parse_wp_posts('{"code": "rest_no_route"}', "https://wp.example/")
    assert wp_post_id('<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/42">') == 42
    assert wp_post_id('<body class="single postid-9">') == 9
    assert wp_post_id("<p>nothing</p>") is None


def test_parse_archive_uses_patterns_and_next_link():
    source = SourceConfig(name="n", base_url="https://news.example/news/")
    source.discovery.article_patterns = [r"/news/[a-z-]+/$"]
    html = """<a href="/news/one/?utm_source=x">One</a><a href="/news/one/">Again</a><a href="/about/">About</a>
              <a href="https://elsewhere.example/news/two/">Off</a><a class="next" href="/news/page/2/">Older</a>"""
    found, nxt = parse_archive(html, "https://news.example/news/", source)
    assert [c.url for c in found] == ["https://news.example/news/one/"]
    assert nxt == "https://news.example/news/page/2/"


def test_filters():
    source = SourceConfig(name="n", base_url="https://news.example/")
    source.filters.since = "2026-01-01"
    source.filters.keywords = ["federation"]
    source.filters.sections = ["news"]
    ok = Candidate("https://news.example/news/a/", "feed", "2026-03-01", "Federation grows", None)
    assert passes_filters(ok, source)
    assert not passes_filters(dataclasses.replace(ok, published="2025-12-31"), source)
    assert not passes_filters(dataclasses.replace(ok, title="Vaccines"), source)
    assert not passes_filters(dataclasses.replace(ok, url="https://news.example/opinion/a/"), source)
    assert passes_filters(dataclasses.replace(ok, title=None), source)  # unknown: checked after fetching
    assert not passes_filters(ok, source, since="2026-06-01")  # the later of the two dates applies


def _discover(conn, source, **kw):
    async def main():
        async with PoliteClient(HttpConfig(rate=500, backoff=0.02)) as client:
            return await discover(client, conn, source, **kw), client.stats

    return asyncio.run(main())


def test_discover_queues_each_article_once_and_is_incremental(site, sources_dir, tmp_path):
    conn = store.connect(tmp_path / "d.db")
    wp = load_sources(sources_dir)["wpfix"]
    report, stats = _discover(conn, wp, conditional=True)
    b = site.base
    expected = {
        b + p
        for p in (
            "/wp/2026/11/hub-contract-signed/",
            "/wp/2026/11/arrs-roles-review/",
            "/wp/2026/11/trust-takeover-practices/",
            "/wp/2026/10/chambers-model-grows/",
            "/wp/2026/10/gallery-only/",
            "/wp/private/members-briefing/",
            "/wp/2026/09/virtual-practice-pilot/",
            "/wp/?p=107",
        )
    }
    assert {c.url for c in report.candidates} == expected
    assert report.queued == len(expected) == crawl_store.frontier_counts(conn, "wpfix")["pending"]
    assert not report.errors
    # the REST API's first page has nothing new (the feed found it all): paging stops there
    assert [r[1].split("&page=")[1][:1] for r in site.requests("/wp/wp-json/wp/v2/posts")] == ["1"]

    site.clear_log()
    again, stats = _discover(conn, wp, conditional=True)
    assert again.candidates == [] and again.queued == 0
    assert [(r[1], r[2]) for r in site.requests()] == [
        ("/robots.txt", 200),
        ("/wp/feed/", 304),
        ("/wp/sitemap_index.xml", 304),
        (site.requests("/wp/wp-json")[0][1], 304),
    ]
    assert stats.not_modified == 3


def test_discover_dry_run_writes_nothing_and_honours_since(site, sources_dir, tmp_path):
    conn = store.connect(tmp_path / "d.db")
    pulse = load_sources(sources_dir)["pulsefix"]
    report, _ = _discover(conn, pulse, dry_run=True)
    urls = {c.url for c in report.candidates}
    assert site.base + "/pulse/news/hub-story/" in urls  # feed (utm_*) and archive (fbclid) give one URL
    assert len([u for u in urls if "hub-story" in u]) == 1
    assert site.base + "/pulse/about/" not in urls
    assert crawl_store.frontier_counts(conn)["pending"] == 0
    assert conn.execute("SELECT count(*) FROM http_cache").fetchone()[0] == 0

    site.clear_log()
    report, _ = _discover(conn, pulse, dry_run=True, since="2026-01-01")
    assert all(c.url.endswith("/") for c in report.candidates if c.via == "feed")
    assert not any(c.url.endswith(".article") and c.via == "feed" for c in report.candidates)


def test_generic_wordpress_skips_furniture(site, tmp_path):
    from scraper.sources import wordpress_source

    source = wordpress_source(site.base + "/wp/")
    conn = store.connect(tmp_path / "d.db")
    report, _ = _discover(conn, source, dry_run=True)
    urls = {c.url for c in report.candidates}
    assert site.base + "/wp/2026/11/hub-contract-signed/" in urls
    assert report.missing  # /wp/wp-sitemap.xml and /wp/sitemap.xml are not on this site: not errors
    assert not report.errors


def test_an_index_is_remembered_only_when_every_child_was_read(site, sources_dir, tmp_path):
    conn = store.connect(tmp_path / "d.db")
    wp = load_sources(sources_dir)["wpfix"]
    wp.discovery.methods = ["sitemap"]
    site.fail_paths = {"/wp/post-sitemap.xml": 10}
    report, _ = _discover(conn, wp, conditional=True)
    assert report.errors and crawl_store.get_validators(conn, site.base + "/wp/sitemap_index.xml") is None
    site.fail_paths = {}
    site.clear_log()
    report, _ = _discover(conn, wp, conditional=True)
    assert [r[2] for r in site.requests("/wp/sitemap_index.xml")] == [200]  # asked again in full
    assert site.base + "/wp/2026/11/hub-contract-signed/" in {c.url for c in report.candidates}
    assert crawl_store.get_validators(conn, site.base + "/wp/sitemap_index.xml") is not None
