"""A small WordPress-like web server for the sample site, on 127.0.0.1.

It renders :mod:`corpora.sample_site.content` the way a stock WordPress theme and
WordPress's REST API would, so the demo (and tests, and benchmarks) collect it
through exactly the code path a real crawl uses:

- ``/robots.txt``, ``/feed/`` (RSS 2.0, latest ten posts), ``/sitemap.xml`` (an
  index, also at ``/wp-sitemap.xml``) and one ``/sitemap-posts-YYYY.xml`` per year;
- ``/``, ``/page/N/`` and ``/category/SECTION/`` archives with next-page links;
- article pages at ``/YYYY/MM/slug/`` (``h1.entry-title``, ``.entry-content``,
  ``time.entry-date[datetime]``, ``rel=canonical``, ``ol.comment-list`` with nested
  ``ul.children``), comments paged 20 threads a page at ``/YYYY/MM/slug/comment-page-N/``
  with ``rel=next``/``rel=prev`` links;
- ``/wp-json/wp/v2/posts`` and ``/wp-json/wp/v2/comments?post=ID`` with
  ``X-WP-Total`` and ``X-WP-TotalPages``;
- ``ETag`` and ``Last-Modified`` on every page, and ``304 Not Modified`` on a
  matching conditional request.

``serve_sample_site()`` starts it on a background thread; every request is logged
in ``server.requests`` so callers can count what a crawl cost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import math
import re
import threading
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from corpora.sample_site.content import SiteArticle, SiteComment, load_articles

SITE_NAME = "Practice Matters"
SITE_TAGLINE = "News and views for UK general practice"
LONDON = ZoneInfo("Europe/London")
COMMENTS_PER_PAGE = 20  # top-level threads per comment page, as WordPress pages them
POSTS_PER_PAGE = 10
FEED_ITEMS = 10
SECTIONS = {"news": "News", "analysis": "Analysis", "views": "Views", "practice-business": "Practice business"}


# --------------------------------------------------------------------------- time helpers


def _local(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp).replace(tzinfo=LONDON)


def _iso(stamp: str) -> str:
    """Site-local ISO time with its UTC offset, as WordPress writes ``datetime``."""
    return _local(stamp).isoformat()


def _gmt(stamp: str) -> str:
    return _local(stamp).astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat()


def _http_date(stamp: str) -> str:
    return format_datetime(_local(stamp).astimezone(dt.timezone.utc), usegmt=True)


def _human_date(stamp: str) -> str:
    d = _local(stamp)
    return f"{d.day} {d.strftime('%B %Y')}"


def _human_time(stamp: str) -> str:
    d = _local(stamp)
    return f"{d.day} {d.strftime('%B %Y')} at {d.strftime('%I:%M').lstrip('0')} {d.strftime('%p').lower()}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --------------------------------------------------------------------------- the site


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str]
    last_modified: str | None = None  # site-local stamp


class Site:
    """The rendering of a list of articles; ``base`` is filled in once the port is known."""

    def __init__(self, articles: list[SiteArticle], base: str = ""):
        self.base = base
        self.set_articles(articles)

    def set_articles(self, articles: list[SiteArticle]) -> None:
        """Replace the content (tests use this to make an article change or comments arrive)."""
        self.articles = sorted(articles, key=lambda a: (a.published, a.id))
        self.newest_first = list(reversed(self.articles))
        self.by_path = {a.path: a for a in self.articles}
        self.by_id = {a.id: a for a in self.articles}

    # -- helpers

    def url(self, path: str) -> str:
        return self.base + path

    def _thread_pages(self, article: SiteArticle) -> list[list[SiteComment]]:
        """Top-level comments in pages of ``COMMENTS_PER_PAGE``, oldest first."""
        top = sorted((c for c in article.comments if not c.parent), key=lambda c: (c.posted, c.id))
        return [top[i : i + COMMENTS_PER_PAGE] for i in range(0, len(top), COMMENTS_PER_PAGE)] or [[]]

    def comment_page_url(self, article: SiteArticle, page: int) -> str:
        return self.url(article.path if page == 1 else f"{article.path}comment-page-{page}/")

    # -- dispatch

    def handle(self, path: str, query: dict[str, list[str]]) -> Response:
        if path == "/robots.txt":
            return self.robots()
        if path in ("/feed/", "/feed", "/?feed=rss2"):
            return self.feed()
        if path in ("/sitemap.xml", "/wp-sitemap.xml", "/sitemap_index.xml"):
            return self.sitemap_index()
        m = re.fullmatch(r"/sitemap-posts-(\d{4})\.xml", path)
        if m:
            return self.sitemap_year(m.group(1))
        if path.rstrip("/") == "/wp-json":
            return self.rest_index()
        if path.startswith("/wp-json/wp/v2/"):
            return self.rest(path[len("/wp-json/wp/v2/") :].strip("/"), query)
        if path == "/":
            return self.archive(None, 1)
        m = re.fullmatch(r"/page/(\d+)/?", path)
        if m:
            return self.archive(None, int(m.group(1)))
        m = re.fullmatch(r"/category/([a-z-]+)/(?:page/(\d+)/)?", path)
        if m and m.group(1) in SECTIONS:
            return self.archive(m.group(1), int(m.group(2) or 1))
        m = re.fullmatch(r"(/\d{4}/\d{2}/[a-z0-9-]+/)feed/?", path)
        if m and m.group(1) in self.by_path:
            return self.comment_feed(self.by_path[m.group(1)])
        m = re.fullmatch(r"(/\d{4}/\d{2}/[a-z0-9-]+/)(?:comment-page-(\d+)/)?", path)
        if m and m.group(1) in self.by_path:
            return self.article_page(self.by_path[m.group(1)], int(m.group(2) or 1))
        if re.fullmatch(r"/\d{4}/\d{2}/[a-z0-9-]+", path) and path + "/" in self.by_path:
            return Response(301, b"", "text/html; charset=UTF-8", {"Location": self.url(path + "/")})
        return self.not_found()

    def not_found(self) -> Response:
        body = self._page(
            f"Page not found – {SITE_NAME}",
            "",
            '<section class="error-404 not-found"><h1 class="page-title">'
            "Oops! That page can&rsquo;t be found.</h1></section>",
        )
        return Response(404, body, "text/html; charset=UTF-8", {})

    # -- plain files

    def robots(self) -> Response:
        text = (
            "User-agent: *\n"
            "Disallow: /wp-admin/\n"
            "Allow: /wp-admin/admin-ajax.php\n"
            "Disallow: /?s=\n"
            "Disallow: /search/\n"
            "\n"
            f"Sitemap: {self.url('/sitemap.xml')}\n"
        )
        return Response(200, text.encode(), "text/plain; charset=utf-8", {})

    # -- feeds and sitemaps

    def feed(self) -> Response:
        items = []
        for a in self.newest_first[:FEED_ITEMS]:
            link = self.url(a.path)
            content = self._content_html(a)
            items.append(f"""
	<item>
		<title>{_e(a.title)}</title>
		<link>{_e(link)}</link>
		<comments>{_e(link)}#respond</comments>
		<dc:creator><![CDATA[{a.author}]]></dc:creator>
		<pubDate>{_http_date(a.published)}</pubDate>
		<category><![CDATA[{SECTIONS.get(a.section, a.section)}]]></category>
		<guid isPermaLink="false">{_e(self.url(f"/?p={a.id}"))}</guid>
		<description><![CDATA[{a.standfirst}]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<wfw:commentRss>{_e(link)}feed/</wfw:commentRss>
		<slash:comments>{len(a.comments)}</slash:comments>
	</item>""")
        last = max((a.last_activity for a in self.articles), default="2015-01-01T00:00:00")
        newest = max((a.last_activity for a in self.newest_first[:FEED_ITEMS]), default=last)
        xml = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>{_e(SITE_NAME)}</title>
	<atom:link href="{_e(self.url("/feed/"))}" rel="self" type="application/rss+xml" />
	<link>{_e(self.url("/"))}</link>
	<description>{_e(SITE_TAGLINE)}</description>
	<lastBuildDate>{_http_date(newest)}</lastBuildDate>
	<language>en-GB</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.6.2</generator>{"".join(items)}
</channel>
</rss>
"""
        return Response(200, xml.encode(), "application/rss+xml; charset=UTF-8", {}, last_modified=newest)

    def comment_feed(self, a: SiteArticle) -> Response:
        """The RSS feed of one article's comments (newest first), as ``wfw:commentRss`` links to."""
        link = self.url(a.path)
        items = "".join(
            f"""
	<item>
		<title>{_e(f"By: {c.author or 'Anonymous'}")}</title>
		<link>{_e(link)}#comment-{c.id}</link>
		<dc:creator><![CDATA[{c.author or "Anonymous"}]]></dc:creator>
		<pubDate>{_http_date(c.posted)}</pubDate>
		<guid isPermaLink="false">{_e(link)}#comment-{c.id}</guid>
		<description><![CDATA[{c.text}]]></description>
	</item>"""
            for c in sorted(a.comments, key=lambda c: (c.posted, c.id), reverse=True)
        )
        xml = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>{_e(f"Comments on: {a.title}")}</title>
	<atom:link href="{_e(link)}feed/" rel="self" type="application/rss+xml" />
	<link>{_e(link)}</link>
	<description>{_e(SITE_TAGLINE)}</description>
	<language>en-GB</language>{items}
</channel>
</rss>
"""
        return Response(200, xml.encode(), "application/rss+xml; charset=UTF-8", {}, last_modified=a.last_activity)

    def _years(self) -> dict[str, list[SiteArticle]]:
        years: dict[str, list[SiteArticle]] = {}
        for a in self.articles:
            years.setdefault(a.published[:4], []).append(a)
        return years

    def sitemap_index(self) -> Response:
        entries = []
        last = None
        for year, articles in sorted(self._years().items()):
            lastmod = max(a.modified or a.published for a in articles)
            last = max(last or lastmod, lastmod)
            entries.append(
                f"<sitemap><loc>{_e(self.url(f'/sitemap-posts-{year}.xml'))}</loc>"
                f"<lastmod>{_iso(lastmod)}</lastmod></sitemap>"
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(entries)
            + "\n</sitemapindex>\n"
        )
        return Response(200, xml.encode(), "application/xml; charset=UTF-8", {}, last_modified=last)

    def sitemap_year(self, year: str) -> Response:
        articles = self._years().get(year)
        if not articles:
            return self.not_found()
        entries = [
            f"<url><loc>{_e(self.url(a.path))}</loc><lastmod>{_iso(a.modified or a.published)}</lastmod></url>"
            for a in articles
        ]
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(entries) + "\n</urlset>\n"
        )
        last = max(a.modified or a.published for a in articles)
        return Response(200, xml.encode(), "application/xml; charset=UTF-8", {}, last_modified=last)

    # -- HTML

    def _head_links(self) -> str:
        return (
            f'<link rel="alternate" type="application/rss+xml" title="{_e(SITE_NAME)} &raquo; Feed" '
            f'href="{_e(self.url("/feed/"))}" />\n'
            f'<link rel="https://api.w.org/" href="{_e(self.url("/wp-json/"))}" />\n'
        )

    def _page(self, title: str, head: str, main: str, body_class: str = "home blog") -> bytes:
        nav = "".join(
            f'<li class="menu-item"><a href="{_e(self.url(f"/category/{s}/"))}">{_e(n)}</a></li>'
            for s, n in SECTIONS.items()
        )
        page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{_e(title)}</title>
<meta name="generator" content="WordPress 6.6.2" />
{self._head_links()}{head}</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="{_e(self.url("/"))}" rel="home">{_e(SITE_NAME)}</a></p>
<p class="site-description">{_e(SITE_TAGLINE)}</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
</header>
<div class="cookie-notice">This site is intended for health professionals only.</div>
<div id="content" class="site-content"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Most read</h2><ul>
{"".join(f'<li><a href="{_e(self.url(a.path))}">{_e(a.title)}</a></li>' for a in self.newest_first[:5])}
</ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {_e(SITE_NAME)}. Proudly powered by WordPress.</div></footer>
</div>
</body>
</html>
"""
        return page.encode("utf-8")

    def _content_html(self, a: SiteArticle) -> str:
        out: list[str] = []
        bullets: list[str] = []
        for kind, text in a.paragraphs + [("end", "")]:
            if kind == "bullet":
                bullets.append(f"<li>{_e(text)}</li>")
                continue
            if bullets:
                out.append("<ul>\n" + "\n".join(bullets) + "\n</ul>")
                bullets = []
            if kind == "heading":
                out.append(f"<h2>{_e(text)}</h2>")
            elif kind == "text":
                out.append(f"<p>{_e(text)}</p>")
        return "\n".join(out)

    def archive(self, section: str | None, page: int) -> Response:
        articles = [a for a in self.newest_first if section is None or a.section == section]
        pages = max(1, math.ceil(len(articles) / POSTS_PER_PAGE))
        if page < 1 or page > pages:
            return self.not_found()
        root = "/" if section is None else f"/category/{section}/"

        def page_url(n: int) -> str:
            return self.url(root if n == 1 else f"{root}page/{n}/")

        chunk = articles[(page - 1) * POSTS_PER_PAGE : page * POSTS_PER_PAGE]
        posts = "\n".join(
            f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish hentry category-{a.section}">
<header class="entry-header"><h2 class="entry-title"><a href="{_e(self.url(a.path))}" rel="bookmark">{_e(a.title)}</a></h2>
<div class="entry-meta"><time class="entry-date published" datetime="{_iso(a.published)}">{_human_date(a.published)}</time></div></header>
<div class="entry-summary"><p>{_e(a.standfirst)}</p></div>
</article>"""
            for a in chunk
        )
        links, head = [], f'<link rel="canonical" href="{_e(page_url(page))}" />\n'
        if page > 1:
            links.append(
                f'<a class="prev page-numbers" rel="prev" href="{_e(page_url(page - 1))}">&laquo; Newer posts</a>'
            )
            head += f'<link rel="prev" href="{_e(page_url(page - 1))}" />\n'
        if page < pages:
            links.append(
                f'<a class="next page-numbers" rel="next" href="{_e(page_url(page + 1))}">Older posts &raquo;</a>'
            )
            head += f'<link rel="next" href="{_e(page_url(page + 1))}" />\n'
        title = SITE_NAME if section is None else f"{SECTIONS[section]} Archives – {SITE_NAME}"
        main = (
            f'<header class="page-header"><h1 class="page-title">{_e(SECTIONS.get(section or "", "Latest"))}</h1></header>\n'
            f'{posts}\n<nav class="navigation pagination"><div class="nav-links">{" ".join(links)}</div></nav>'
        )
        last = max((a.published for a in chunk), default=None)
        body_class = "home blog" if section is None else f"archive category category-{section}"
        return Response(
            200, self._page(title, head, main, body_class), "text/html; charset=UTF-8", {}, last_modified=last
        )

    def _comment_html(
        self, a: SiteArticle, c: SiteComment, children: dict[int, list[SiteComment]], depth: int, parity: list[int]
    ) -> str:
        kids = children.get(c.id, [])
        parity[0] += 1
        odd = "odd alt" if parity[0] % 2 else "even"
        classes = f"comment {odd} {'thread-' + odd.split()[0] + ' ' if depth == 1 else ''}depth-{depth}"
        if kids:
            classes += " parent"
        author = _e(c.author) if c.author else "Anonymous"
        text = "".join(f"<p>{_e(p)}</p>" for p in c.text.split("\n\n"))
        inner = ""
        if kids:
            inner = (
                '\n<ul class="children">\n'
                + "\n".join(self._comment_html(a, k, children, depth + 1, parity) for k in kids)
                + "\n</ul>"
            )
        return f"""<li id="comment-{c.id}" class="{classes}">
<article id="div-comment-{c.id}" class="comment-body">
<footer class="comment-meta">
<div class="comment-author vcard"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="avatar avatar-32 photo" height="32" width="32" /><b class="fn">{author}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="{_e(self.url(a.path))}#comment-{c.id}"><time datetime="{_iso(c.posted)}">{_human_time(c.posted)}</time></a></div>
</footer>
<div class="comment-content">{text}</div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={c.id}#respond" data-commentid="{c.id}" data-postid="{a.id}" aria-label="Reply to {author}">Reply</a></div>
</article>{inner}
</li>"""

    def article_page(self, a: SiteArticle, cpage: int) -> Response:
        pages = self._thread_pages(a)
        if cpage < 1 or cpage > len(pages):
            return self.not_found()
        children: dict[int, list[SiteComment]] = {}
        for c in sorted(a.comments, key=lambda c: (c.posted, c.id)):
            if c.parent:
                children.setdefault(c.parent, []).append(c)
        parity = [0]
        items = "\n".join(self._comment_html(a, c, children, 1, parity) for c in pages[cpage - 1])
        nav, head_links = "", ""
        if len(pages) > 1:
            links = []
            if cpage > 1:
                prev = self.comment_page_url(a, cpage - 1)
                links.append(
                    f'<div class="nav-previous"><a rel="prev" href="{_e(prev)}#comments">Older comments</a></div>'
                )
                head_links += f'<link rel="prev" href="{_e(prev)}" />\n'
            if cpage < len(pages):
                nxt = self.comment_page_url(a, cpage + 1)
                links.append(f'<div class="nav-next"><a rel="next" href="{_e(nxt)}#comments">Newer comments</a></div>')
                head_links += f'<link rel="next" href="{_e(nxt)}" />\n'
            nav = (
                '<nav class="navigation comment-navigation" aria-label="Comments"><h2 class="screen-reader-text">'
                f'Comments navigation</h2><div class="nav-links">{"".join(links)}</div></nav>'
            )
        n = len(a.comments)
        if n:
            title = f"{n} thought{'s' if n != 1 else ''} on &ldquo;{_e(a.title)}&rdquo;"
            comments = (
                f'<h2 class="comments-title">{title}</h2>\n{nav}\n<ol class="comment-list">\n{items}\n</ol>\n{nav}'
            )
        else:
            comments = ""
        canonical = self.url(a.path)
        modified = a.modified or a.published
        section = SECTIONS.get(a.section, a.section)
        head = f"""<link rel="canonical" href="{_e(canonical)}" />
{head_links}<link rel="alternate" type="application/json" href="{_e(self.url(f"/wp-json/wp/v2/posts/{a.id}"))}" />
<link rel="shortlink" href="{_e(self.url(f"/?p={a.id}"))}" />
<meta name="description" content="{_e(a.standfirst)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{_e(a.title)}" />
<meta property="og:description" content="{_e(a.standfirst)}" />
<meta property="og:url" content="{_e(canonical)}" />
<meta property="og:site_name" content="{_e(SITE_NAME)}" />
<meta property="article:published_time" content="{_iso(a.published)}" />
<meta property="article:modified_time" content="{_iso(modified)}" />
<meta property="article:section" content="{_e(section)}" />
<meta name="author" content="{_e(a.author)}" />
"""
        main = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-{a.section}">
<header class="entry-header">
<div class="cat-links"><a href="{_e(self.url(f"/category/{a.section}/"))}" rel="category tag">{_e(section)}</a></div>
<h1 class="entry-title">{_e(a.title)}</h1>
<div class="entry-meta"><span class="posted-on"><a href="{_e(canonical)}" rel="bookmark"><time class="entry-date published" datetime="{_iso(a.published)}">{_human_date(a.published)}</time><time class="updated" datetime="{_iso(modified)}">{_human_date(modified)}</time></a></span> <span class="byline">By <span class="author vcard"><a class="url fn n" href="{_e(self.url(f"/author/{_slugify(a.author)}/"))}">{_e(a.author)}</a></span></span></div>
<div class="entry-standfirst"><p class="standfirst">{_e(a.standfirst)}</p></div>
</header>
<div class="entry-content">
{self._content_html(a)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="{_e(self.url(f"/category/{a.section}/"))}" rel="category tag">{_e(section)}</a></span></footer>
</article>
<div id="comments" class="comments-area">
{comments}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="must-log-in">You must be <a href="{_e(self.url("/wp-login.php"))}">logged in</a> as a registered healthcare professional to post a comment.</p></div>
</div>"""
        page_title = f"{a.title} – {SITE_NAME}"
        body = self._page(page_title, head, main, f"post-template-default single single-post postid-{a.id}")
        return Response(200, body, "text/html; charset=UTF-8", {}, last_modified=a.last_activity)

    # -- REST API

    def rest_index(self) -> Response:
        data = {
            "name": SITE_NAME,
            "description": SITE_TAGLINE,
            "url": self.url(""),
            "home": self.url(""),
            "namespaces": ["oembed/1.0", "wp/v2"],
            "routes": {
                "/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET"]},
                "/wp/v2/comments": {"namespace": "wp/v2", "methods": ["GET"]},
            },
        }
        return self._json(200, data)

    def _json(
        self, status: int, data, headers: dict[str, str] | None = None, last_modified: str | None = None
    ) -> Response:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return Response(status, body, "application/json; charset=UTF-8", dict(headers or {}), last_modified)

    def _rest_error(self, code: str, message: str, status: int = 400) -> Response:
        return self._json(status, {"code": code, "message": message, "data": {"status": status}})

    def _post_json(self, a: SiteArticle, embed: bool) -> dict:
        data = {
            "id": a.id,
            "date": a.published,
            "date_gmt": _gmt(a.published),
            "guid": {"rendered": self.url(f"/?p={a.id}")},
            "modified": a.modified or a.published,
            "modified_gmt": _gmt(a.modified or a.published),
            "slug": a.slug,
            "status": "publish",
            "type": "post",
            "link": self.url(a.path),
            "title": {"rendered": _e(a.title)},
            "content": {"rendered": self._content_html(a) + "\n", "protected": False},
            "excerpt": {"rendered": f"<p>{_e(a.standfirst)}</p>\n", "protected": False},
            "author": 1 + sum(ord(ch) for ch in a.author) % 97,
            "comment_status": "open",
            "categories": [list(SECTIONS).index(a.section) + 2 if a.section in SECTIONS else 1],
            "_links": {"replies": [{"embeddable": True, "href": self.url(f"/wp-json/wp/v2/comments?post={a.id}")}]},
        }
        if embed:
            data["_embedded"] = {
                "author": [{"id": data["author"], "name": a.author, "slug": _slugify(a.author)}],
                "wp:term": [
                    [
                        {
                            "id": data["categories"][0],
                            "name": SECTIONS.get(a.section, a.section),
                            "slug": a.section,
                            "taxonomy": "category",
                        }
                    ]
                ],
            }
        return data

    def _comment_json(self, a: SiteArticle, c: SiteComment) -> dict:
        return {
            "id": c.id,
            "post": a.id,
            "parent": c.parent,
            "author": 0,
            "author_name": c.author or "Anonymous",
            "author_url": "",
            "date": c.posted,
            "date_gmt": _gmt(c.posted),
            "content": {"rendered": "".join(f"<p>{_e(p)}</p>\n" for p in c.text.split("\n\n"))},
            "link": self.url(f"{a.path}#comment-{c.id}"),
            "status": "approved",
            "type": "comment",
        }

    @staticmethod
    def _paging(query: dict[str, list[str]]) -> tuple[int, int] | str:
        try:
            per_page = int(query.get("per_page", ["10"])[0])
            page = int(query.get("page", ["1"])[0])
        except ValueError:
            return "per_page and page must be integers"
        if not 1 <= per_page <= 100:
            return "per_page must be between 1 (inclusive) and 100 (inclusive)"
        if page < 1:
            return "page must be greater than or equal to 1"
        return per_page, page

    def _paged(self, items: list, query: dict[str, list[str]], render, code: str) -> Response:
        paging = self._paging(query)
        if isinstance(paging, str):
            return self._rest_error("rest_invalid_param", f"Invalid parameter(s): {paging}")
        per_page, page = paging
        total = len(items)
        pages = math.ceil(total / per_page) if total else 0
        if page > max(pages, 1):
            return self._rest_error(code, "The page number requested is larger than the number of pages available.")
        chunk = items[(page - 1) * per_page : page * per_page]
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        links = []
        base_query = "&".join(f"{k}={v[0]}" for k, v in sorted(query.items()) if k != "page")
        route = "posts" if code == "rest_post_invalid_page_number" else "comments"
        if page > 1:
            links.append(f'<{self.url(f"/wp-json/wp/v2/{route}?{base_query}&page={page - 1}")}>; rel="prev"')
        if page < pages:
            links.append(f'<{self.url(f"/wp-json/wp/v2/{route}?{base_query}&page={page + 1}")}>; rel="next"')
        if links:
            headers["Link"] = ", ".join(links)
        return self._json(200, [render(x) for x in chunk], headers)

    def rest(self, route: str, query: dict[str, list[str]]) -> Response:
        embed = "_embed" in query
        if route == "posts":
            items = list(self.articles)
            try:
                for key, keep in (
                    ("after", lambda a, t: a.published > t),
                    ("before", lambda a, t: a.published < t),
                    ("modified_after", lambda a, t: (a.modified or a.published) > t),
                ):
                    if key in query:
                        bound = dt.datetime.fromisoformat(query[key][0].replace("Z", "+00:00"))
                        if bound.tzinfo is not None:
                            bound = bound.astimezone(LONDON).replace(tzinfo=None)
                        items = [a for a in items if keep(a, bound.isoformat())]
            except ValueError:
                return self._rest_error("rest_invalid_param", "Invalid parameter(s): after, before")
            if "categories" in query:
                wanted = set(query["categories"][0].split(","))
                items = [a for a in items if str(list(SECTIONS).index(a.section) + 2) in wanted]
            if "search" in query:
                needle = query["search"][0].lower()
                items = [
                    a for a in items if needle in a.title.lower() or any(needle in t.lower() for _, t in a.paragraphs)
                ]
            orderby = query.get("orderby", ["date"])[0]
            key = (lambda a: a.id) if orderby == "id" else (lambda a: (a.published, a.id))
            items.sort(key=key, reverse=query.get("order", ["desc"])[0] != "asc")
            return self._paged(items, query, lambda a: self._post_json(a, embed), "rest_post_invalid_page_number")
        m = re.fullmatch(r"posts/(\d+)", route)
        if m:
            a = self.by_id.get(int(m.group(1)))
            if a is None:
                return self._rest_error("rest_post_invalid_id", "Invalid post ID.", 404)
            return self._json(200, self._post_json(a, embed), last_modified=a.modified or a.published)
        if route == "comments":
            if "post" in query:
                try:
                    ids = [int(x) for x in query["post"][0].split(",")]
                except ValueError:
                    return self._rest_error("rest_invalid_param", "Invalid parameter(s): post")
                posts = [self.by_id[i] for i in ids if i in self.by_id]
            else:
                posts = list(self.articles)
            items = [(a, c) for a in posts for c in a.comments]
            if "parent" in query:
                parents = {int(x) for x in query["parent"][0].split(",") if x.isdigit()}
                items = [(a, c) for a, c in items if c.parent in parents]
            items.sort(key=lambda ac: (ac[1].posted, ac[1].id), reverse=query.get("order", ["desc"])[0] != "asc")
            return self._paged(items, query, lambda ac: self._comment_json(*ac), "rest_comment_invalid_page_number")
        return self._rest_error("rest_no_route", "No route was found matching the URL and request method.", 404)


# --------------------------------------------------------------------------- HTTP


class _Handler(BaseHTTPRequestHandler):
    server: SampleSiteServer
    protocol_version = "HTTP/1.1"
    server_version = "Apache"
    sys_version = ""
    # A response goes out as two writes (headers, then body) on a kept-alive connection: with
    # Nagle's algorithm on, the body waits for the client's delayed ACK of the headers (about
    # 40 ms a response on Linux), which made the demo's crawl mostly waiting.  Real servers set
    # TCP_NODELAY too.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet by default
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        parts = urlsplit(self.path)
        path = parts.path or "/"
        query = parse_qs(parts.query)
        if path == "/" and query.get("feed") == ["rss2"]:
            path = "/feed/"
        with self.server.lock:
            response = self.server.site.handle(path, query)
        status, body = response.status, response.body
        headers = {"Content-Type": response.content_type, **response.headers}
        if status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            headers["ETag"] = etag
            if response.last_modified:
                headers["Last-Modified"] = _http_date(response.last_modified)
            if self._not_modified(etag, response.last_modified):
                status, body = 304, b""
                headers = {
                    "ETag": etag,
                    **({"Last-Modified": headers["Last-Modified"]} if "Last-Modified" in headers else {}),
                }
        if response.content_type.startswith("text/html") and status in (200, 304):
            headers["Link"] = f'<{self.server.site.url("/wp-json/")}>; rel="https://api.w.org/"'
        self.server.log_request_line(self.command, self.path, status)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304:
            self.wfile.write(body)

    def _not_modified(self, etag: str, last_modified: str | None) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims and last_modified:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=dt.timezone.utc)
            return _local(last_modified).replace(microsecond=0) <= since
        return False


class SampleSiteServer(ThreadingHTTPServer):
    """The threaded server; ``requests`` logs (method, path, status) of every request."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], site: Site):
        super().__init__(address, _Handler)
        self.site = site
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str, int]] = []

    def log_request_line(self, method: str, path: str, status: int) -> None:
        with self.lock:
            self.requests.append((method, path, status))

    def set_articles(self, articles: list[SiteArticle]) -> None:
        with self.lock:
            self.site.set_articles(articles)


def serve_sample_site(
    port: int = 0, articles: list[SiteArticle] | None = None, host: str = "127.0.0.1"
) -> tuple[SampleSiteServer, str]:
    """Start the sample site on a daemon thread; returns (server, base URL without a trailing slash).

    ``articles`` defaults to the bundled content.  Stop it with ``server.shutdown()``
    then ``server.server_close()``.
    """
    site = Site(load_articles() if articles is None else articles)
    server = SampleSiteServer((host, port), site)
    base = f"http://{host}:{server.server_address[1]}"
    site.base = base
    thread = threading.Thread(target=server.serve_forever, name="sample-site", daemon=True)
    thread.start()
    return server, base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the gpwatch sample site on 127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    server, base = serve_sample_site(args.port)
    print(f"sample site: {base}/ ({len(server.site.articles)} articles); Ctrl-C to stop")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
