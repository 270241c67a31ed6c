"""Crawling a real WordPress (Debian's package, benchmarks/wordpress_site.py) with its default
block theme and with a classic theme, the REST API open and with its comments closed:
what is stored must be exactly what was put in, comment for comment."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from benchmarks.wordpress_site import (
    _LONDON,
    DEBIAN_CONFIGS,
    SITE_NAME,
    missing_packages,
    public_comments,
    wordpress_servers,
)
from corpora import store
from scraper.crawl import crawl
from scraper.http import HttpConfig

pytestmark = [pytest.mark.wordpress, pytest.mark.slow]

HTTP = HttpConfig(backoff=0.02, rate_override=500.0)


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory):
    """The running WordPress sites (``servers.sites["block"]``, ``["classic"]``)."""
    missing = missing_packages()
    if missing:
        pytest.skip(
            f"Debian's WordPress packages are not installed ({', '.join(missing)}); `make system-deps` installs them"
        )
    if not os.access(DEBIAN_CONFIGS, os.W_OK):
        pytest.skip(
            f"{DEBIAN_CONFIGS} is not writable: Debian's wp-config.php reads each test site's "
            "settings from there (run the tests as root, as CI does)"
        )
    with wordpress_servers(tmp_path_factory.mktemp("wordpress")) as servers:
        yield servers


def local_time(date_gmt: str) -> str:
    """What the site shows for a GMT time: Europe/London time with its offset."""
    return dt.datetime.fromisoformat(date_gmt).replace(tzinfo=dt.timezone.utc).astimezone(_LONDON).isoformat()


def expected(site) -> dict[str, dict]:
    """{post URL: {"title", "comments": {comment id: (author, posted, text, parent id)}}}: what was put in
    that anyone may read (published posts, approved comments)."""
    out = {}
    for post in site.posts:
        if post.status != "publish":
            continue
        comments = {}
        for c in public_comments(post):
            parent = str(site.comment_ids[c.parent]) if c.parent else None
            comments[str(site.comment_ids[c.key])] = (c.author, local_time(c.date_gmt), "\n".join(c.paragraphs), parent)
        out[site.post_url(post)] = {"title": post.title, "comments": comments}
    return out


def collected(conn) -> dict[str, dict]:
    """The same shape, from the store."""
    out = {}
    for (article_id,) in conn.execute("SELECT id FROM articles ORDER BY id").fetchall():
        art = store.get_article(conn, article_id)
        by_id = {c["id"]: c for c in art["comments"]}
        comments = {}
        for c in art["comments"]:
            parent = by_id[c["parent_id"]]["external_id"] if c["parent_id"] else None
            comments[c["external_id"]] = (c["author"], c["posted"], c["text"], parent)
        out[art["url"]] = {"title": art["title"], "comments": comments}
    return out


def crawl_site(site, tmp_path, name: str):
    conn = store.connect(tmp_path / f"{name}.db")
    before = len(site.requests())
    report = crawl(conn, site.base + "/", http=HTTP)
    return conn, report, site.requests()[before:]


@pytest.mark.parametrize("theme", ["block", "classic"])
def test_wordpress_collected_exactly_rest_open_and_closed(wordpress, theme, tmp_path):
    site = wordpress.sites[theme]
    want = expected(site)
    assert [len(p["comments"]) for p in want.values()] == [16, 3, 0, 1, 2]
    assert len(want) == 5

    conn, report, asked = crawl_site(site, tmp_path, "open")
    got = collected(conn)
    assert got == want
    assert report.source == SITE_NAME
    assert [s["name"] for s in store_sources(conn)] == [SITE_NAME]
    broken = site.base + "/wp-sitemap-posts-post-1.xml"
    assert [u for u, _ in report.errors] == [broken] and not report.source_failed
    # the comments came from the REST API: no comment page was read
    assert any(p.startswith("/wp-json/wp/v2/comments?") for p, _ in asked)
    assert not [p for p, _ in asked if "/comment-page-" in p]
    assert report.new_comments == 22

    with site.rest_comments_closed():
        conn2, closed, asked2 = crawl_site(site, tmp_path, "closed")
    assert collected(conn2) == want  # the HTML agrees with the REST API, comment for comment
    assert order(conn2) == order(conn)  # and in the same (time) order
    assert closed.source == SITE_NAME
    refused = [s for p, s in asked2 if p.startswith("/wp-json/wp/v2/comments?")]
    assert set(refused) == {404} and len(refused) <= 2  # tried once (per article in flight), then the pages
    paged = sorted(p for p, _ in asked2 if "/comment-page-" in p)
    hub = site.post_url(site.posts[0]).removeprefix(site.base)
    assert paged == [f"{hub}comment-page-1/", f"{hub}comment-page-2/"]  # the post shows page 3, the newest


def order(conn) -> dict[str, list[str]]:
    """{article URL: its comments' ids in stored order}."""
    out: dict[str, list[str]] = {}
    for url, ext in conn.execute("""SELECT a.url, c.external_id FROM comments c JOIN articles a ON a.id = c.article_id
                                    ORDER BY a.url, c.position"""):
        out.setdefault(url, []).append(ext)
    return out


def store_sources(conn):
    return [dict(r) for r in conn.execute("SELECT name, base_url FROM sources").fetchall()]


def test_wordpress_crawl_again_asks_conditionally(wordpress, tmp_path):
    site = wordpress.sites["block"]
    conn, first, _ = crawl_site(site, tmp_path, "again")
    assert first.new_comments == 22
    before = len(site.requests())
    again = crawl(conn, site.base + "/", http=HTTP)
    asked = site.requests()[before:]
    assert again.new_articles == 0 and again.new_comments == 0
    assert ("/feed/", 304) in asked
    assert again.not_modified >= 1 and "not modified (unchanged since the last visit)" in again.summary()


def test_wordpress_rest_comments_paged_by_total_pages(wordpress, tmp_path, monkeypatch):
    """Five comments a REST page: the 16 of the busy post come in four pages, as X-WP-TotalPages says."""
    from scraper import discover

    monkeypatch.setattr(discover, "WP_PER_PAGE", 5)
    site = wordpress.sites["classic"]
    conn, report, asked = crawl_site(site, tmp_path, "paged")
    assert collected(conn) == expected(site)
    post = site.post_ids[site.posts[0].slug]
    pages = sorted(
        int(p.split("&page=")[1].split("&")[0])
        for p, s in asked
        if p.startswith("/wp-json/wp/v2/comments?") and f"post={post}&" in p + "&" and s == 200
    )
    assert pages == [1, 2, 3, 4]
