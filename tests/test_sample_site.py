"""The demo's sample site: its content and its WordPress-like server, over real HTTP."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET

import feedparser
import httpx
import pytest
from bs4 import BeautifulSoup

from corpora.sample_site import phrases
from corpora.sample_site.content import SiteComment, load_articles
from corpora.sample_site.server import COMMENTS_PER_PAGE, serve_sample_site

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def articles():
    return load_articles()


@pytest.fixture(scope="module")
def site():
    server, base = serve_sample_site(0)
    with httpx.Client(base_url=base, timeout=10) as client:
        yield server, base, client
    server.shutdown()
    server.server_close()


def _soup(response: httpx.Response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "lxml")


# --------------------------------------------------------------------------- content


def test_content_is_big_varied_and_consistent(articles):
    assert len(articles) >= 40
    comments = [c for a in articles for c in a.comments]
    assert len(comments) >= 400
    years = {int(a.published[:4]) for a in articles}
    assert min(years) == 2015 and max(years) == 2026 and len(years) >= 10
    assert {t for a in articles for t in a.themes} == set(phrases.THEMES)
    assert len({a.slug for a in articles}) == len(articles)
    assert len({c.id for c in comments}) == len(comments)
    assert any(c.author is None for c in comments) and any(c.author for c in comments)
    kinds = {k for a in articles for k, _ in a.paragraphs}
    assert kinds == {"text", "bullet", "heading"}
    # replies come after the comment they answer, within the same article
    for a in articles:
        by_id = {c.id: c for c in a.comments}
        for c in a.comments:
            if c.parent:
                assert c.parent in by_id and by_id[c.parent].posted <= c.posted
    # quotes in the trade-press register: "... said: ‘...’" somewhere in most articles
    quoted = sum(any(re.search(r"said: ‘", t) for _, t in a.paragraphs) for a in articles)
    assert quoted >= len(articles) * 0.8
    # some threads are long enough to be paged
    assert any(sum(1 for c in a.comments if not c.parent) > COMMENTS_PER_PAGE for a in articles)


# --------------------------------------------------------------------------- discovery


def test_robots_feed_and_sitemaps(site, articles):
    _, base, client = site
    robots = client.get("/robots.txt")
    assert robots.status_code == 200 and f"Sitemap: {base}/sitemap.xml" in robots.text
    assert "Disallow: /wp-admin/" in robots.text

    feed = feedparser.parse(client.get("/feed/").content)
    assert feed.bozo == 0 and feed.feed.title
    newest = sorted(articles, key=lambda a: a.published, reverse=True)[:10]
    assert [e.link for e in feed.entries] == [f"{base}{a.path}" for a in newest]
    assert int(feed.entries[0].slash_comments) == len(newest[0].comments)
    comments_feed = feedparser.parse(client.get(feed.entries[0].wfw_commentrss.removeprefix(base)).content)
    assert comments_feed.bozo == 0 and len(comments_feed.entries) == len(newest[0].comments)

    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert index.tag == f"{SM}sitemapindex"
    urls = []
    for loc in index.iter(f"{SM}loc"):
        sitemap = client.get(loc.text.removeprefix(base))
        assert sitemap.status_code == 200
        urls += [u.text for u in ET.fromstring(sitemap.content).iter(f"{SM}loc")]
    assert sorted(urls) == sorted(f"{base}{a.path}" for a in articles)


def test_archive_pages_link_to_the_next(site, articles):
    _, base, client = site
    seen, url = [], "/"
    while url:
        soup = _soup(client.get(url))
        seen += [a["href"] for a in soup.select("h2.entry-title a")]
        nxt = soup.select_one("a.next[rel=next]")
        url = nxt["href"].removeprefix(base) if nxt else None
    assert len(seen) == len(articles) == len(set(seen))


# --------------------------------------------------------------------------- article pages


def test_article_page_has_wordpress_markup(site, articles):
    _, base, client = site
    a = next(x for x in articles if any(k == "bullet" for k, _ in x.paragraphs) and x.comments)
    response = client.get(a.path)
    assert response.status_code == 200 and "api.w.org" in response.headers["link"]
    soup = _soup(response)
    assert soup.select_one("h1.entry-title").get_text() == a.title
    assert soup.select_one("link[rel=canonical]")["href"] == f"{base}{a.path}"
    assert soup.select_one("time.entry-date")["datetime"].startswith(a.published[:16])
    assert soup.select_one(".byline .fn").get_text() == a.author
    texts = [p.get_text() for p in soup.select(".entry-content p")]
    assert texts == [t for k, t in a.paragraphs if k == "text"]
    assert [li.get_text() for li in soup.select(".entry-content li")] == [t for k, t in a.paragraphs if k == "bullet"]
    first = a.comments[0]
    li = soup.select_one(f"li.comment#comment-{first.id}")
    assert li.select_one(".comment-author .fn").get_text() == (first.author or "Anonymous")
    assert li.select_one("time")["datetime"].startswith(first.posted[:16])
    assert li.select_one(".comment-content").get_text("\n\n") == first.text
    assert client.get(a.path.rstrip("/")).status_code == 301
    assert client.get("/2019/01/no-such-article/").status_code == 404


def test_comment_pages_hold_every_comment_once_with_replies_nested(site, articles):
    _, base, client = site
    a = max(articles, key=lambda x: len(x.comments))
    url, found, pages = a.path, {}, 0
    while url:
        soup = _soup(client.get(url))
        pages += 1
        for li in soup.select("li.comment"):
            parent_li = li.find_parent("li", class_="comment")
            found[int(li["id"].removeprefix("comment-"))] = (
                int(parent_li["id"].removeprefix("comment-")) if parent_li else 0
            )
        nxt = soup.select_one(".comment-navigation a[rel=next]")
        url = nxt["href"].split("#")[0].removeprefix(base) if nxt else None
        if url:
            assert re.search(r"/comment-page-\d+/$", url)
    top = sum(1 for c in a.comments if not c.parent)
    assert pages == -(-top // COMMENTS_PER_PAGE) and pages > 1
    assert found == {c.id: c.parent for c in a.comments}
    assert client.get(f"{a.path}comment-page-{pages + 1}/").status_code == 404


# --------------------------------------------------------------------------- REST API


def test_rest_posts_and_comments_are_paged_with_totals(site, articles):
    _, _, client = site
    first = client.get("/wp-json/wp/v2/posts", params={"per_page": 10, "_embed": 1})
    assert first.headers["x-wp-total"] == str(len(articles))
    pages = int(first.headers["x-wp-totalpages"])
    assert pages == -(-len(articles) // 10) and 'rel="next"' in first.headers["link"]
    ids = [p["id"] for p in first.json()]
    assert first.json()[0]["_embedded"]["author"][0]["name"]
    for page in range(2, pages + 1):
        ids += [p["id"] for p in client.get("/wp-json/wp/v2/posts", params={"per_page": 10, "page": page}).json()]
    assert sorted(ids) == sorted(a.id for a in articles)
    beyond = client.get("/wp-json/wp/v2/posts", params={"per_page": 10, "page": pages + 1})
    assert beyond.status_code == 400 and beyond.json()["code"] == "rest_post_invalid_page_number"
    assert client.get("/wp-json/wp/v2/posts", params={"per_page": 500}).status_code == 400

    a = max(articles, key=lambda x: len(x.comments))
    got = []
    page = 1
    while True:
        r = client.get("/wp-json/wp/v2/comments", params={"post": a.id, "per_page": 25, "page": page})
        assert r.headers["x-wp-total"] == str(len(a.comments))
        got += r.json()
        if page >= int(r.headers["x-wp-totalpages"]):
            break
        page += 1
    assert {c["id"]: c["parent"] for c in got} == {c.id: c.parent for c in a.comments}
    since = client.get("/wp-json/wp/v2/posts", params={"after": "2025-01-01T00:00:00", "per_page": 100})
    assert int(since.headers["x-wp-total"]) == sum(a.published >= "2025-01-01" for a in articles)


# --------------------------------------------------------------------------- conditional requests


def test_conditional_requests_get_304_until_a_comment_arrives(site, articles):
    server, _, client = site
    a = articles[-1]
    for path in (a.path, "/feed/", "/sitemap.xml", "/wp-json/wp/v2/posts"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["etag"]
        again = client.get(path, headers={"If-None-Match": r.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
    r = client.get(a.path)
    assert client.get(a.path, headers={"If-Modified-Since": r.headers["last-modified"]}).status_code == 304
    count_before = len(server.requests)

    changed = copy.deepcopy(articles)
    changed[-1].comments.append(SiteComment(99999, "Late reader", "2026-11-01T09:00:00", "A new comment."))
    server.set_articles(changed)
    try:
        fresh = client.get(a.path, headers={"If-None-Match": r.headers["etag"]})
        assert fresh.status_code == 200 and "comment-99999" in fresh.text
        assert client.get(a.path, headers={"If-Modified-Since": r.headers["last-modified"]}).status_code == 200
    finally:
        server.set_articles(articles)
    assert server.requests[count_before][1] == a.path and len(server.requests) == count_before + 2
