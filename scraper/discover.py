"""Discovery: which article URLs a source has, from its RSS/Atom feeds, XML sitemaps
(and sitemap indexes), the WordPress REST API and archive/section pages with next links.

The parsers (``parse_*``) are pure functions of a document's text; :func:`discover`
fetches the documents through the polite client, applies the source's filters and
queues what is new in the persistent frontier.  A discovery document's validators
(ETag / Last-Modified) are saved only after its URLs are queued, so a refresh that is
killed half-way re-reads it next time and loses nothing; an unchanged document costs a
304 and nothing more.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup
from dateutil import parser as dateparser
from lxml import etree

from corpora import crawl_store
from corpora.backend import Connection
from corpora.records import CommentRecord, clean_text
from scraper.http import FetchError, FetchResult, PoliteClient
from scraper.sources import SourceConfig
from scraper.urls import host_allowed, try_canonical, with_params

log = logging.getLogger("gpwatch.scraper.discover")

GUESS = "guess"  # frontier kind of a URL that may not be an article
MAX_API_PAGES = 100
MAX_ARCHIVE_PAGES = 20
MAX_SITEMAPS = 200
WP_PER_PAGE = 100


@dataclass
class Candidate:
    """An article URL found by discovery, with whatever the listing said about it."""

    url: str
    via: str  # feed | sitemap | wp_api | archive
    published: str | None = None  # ISO date or date-time
    title: str | None = None
    summary: str | None = None
    section: str | None = None
    post_id: int | None = None


@dataclass
class DiscoveryReport:
    candidates: list[Candidate] = field(default_factory=list)  # new URLs that pass the filters
    queued: int = 0
    documents: int = 0  # discovery documents asked for
    not_modified: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    missing: list[str] = field(default_factory=list)  # 404/410: an optional endpoint the site lacks

    @property
    def failed_entirely(self) -> bool:
        """Every discovery document failed or was missing."""
        return self.documents > 0 and len(self.errors) + len(self.missing) >= self.documents


# --------------------------------------------------------------------------- dates and filters


def iso_date(value: object) -> str | None:
    """An ISO 8601 string from a feed/sitemap/API date (struct_time, text), or None."""
    if value is None or value == "":
        return None
    try:
        if hasattr(value, "tm_year"):
            return dt.datetime(*value[:6], tzinfo=dt.timezone.utc).isoformat()  # type: ignore[index]
        text = str(value).strip()
        try:  # the common case (sitemap lastmod, REST dates) is already ISO 8601: skip dateutil
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
        parsed = dateparser.parse(text)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.isoformat() if parsed else None


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def effective_since(source: SourceConfig, since: str | None) -> str | None:
    """The later of the source's own ``since`` filter and the one asked for."""
    dates = [d for d in (_day(source.filters.since), _day(since)) if d]
    return max(dates) if dates else None


#: Without ``article_patterns``, URLs like these are never articles (WordPress furniture).
NOT_ARTICLES = re.compile(
    r"/(tag|category|author|feed|page/\d+|comments|wp-content|wp-json|wp-admin|wp-includes)(/|$)"
    r"|/wp-login\.php|/comment-page-\d+|[?&](replytocom|s|p|page_id|cat|attachment_id)=|\.(jpe?g|png|gif|pdf|zip)$"
    r"|^https?://[^/?#]+(/[^?#]*)?/(19|20)\d\d(/[01]\d(/[0-3]\d)?)?/?$",  # date archives: /2025/06/
    re.I,
)
NOT_ARTICLE_SITEMAPS = re.compile(r"taxonom|users|author|category|tag", re.I)


def looks_like_article(url: str, source: SourceConfig) -> bool:
    """Whether a URL found on a listing is an article of ``source`` (its hosts, its
    ``article_patterns`` if any, else not WordPress furniture; none of its ``exclude_patterns``)."""
    if not host_allowed(url, source.allowed_hosts):
        return False
    if any(re.search(p, url) for p in source.discovery.exclude_patterns):
        return False
    patterns = source.discovery.article_patterns
    if patterns:
        return any(re.search(p, url) for p in patterns)
    path = urlsplit(url).path
    if path.rstrip("/") == urlsplit(source.base_url).path.rstrip("/"):
        return False
    return not NOT_ARTICLES.search(url)


def passes_filters(c: Candidate, source: SourceConfig, since: str | None = None) -> bool:
    """The source's filters on what a listing tells us (unknown fields pass; the
    crawler checks again once the article itself is read)."""
    f = source.filters
    day = _day(c.published)
    since = effective_since(source, since)
    if day and since and day < since:
        return False
    if day and f.until and day > _day(f.until):
        return False
    if f.sections:
        segments = {s.lower() for s in c.url.split("/")[3:] if s}
        wanted = {s.lower() for s in f.sections}
        if not (segments & wanted or (c.section and c.section.lower() in wanted)):
            return False
    if f.keywords and (c.title or c.summary):
        text = f"{c.title or ''} {c.summary or ''}".lower()
        if not any(k.lower() in text for k in f.keywords):
            return False
    return True


def article_passes(
    source: SourceConfig, *, title: str | None, text: str, published: str | None, since: str | None = None
) -> bool:
    """The filters again, on an article that has been read (keywords anywhere in it)."""
    f = source.filters
    day = _day(published)
    since = effective_since(source, since)
    if day and since and day < since:
        return False
    if day and f.until and day > _day(f.until):
        return False
    if f.keywords:
        hay = f"{title or ''} {text}".lower()
        if not any(k.lower() in hay for k in f.keywords):
            return False
    return True


# --------------------------------------------------------------------------- parsers


def _html_text(fragment: str | None) -> str:
    if not fragment or not isinstance(fragment, str):  # JSON may hold a number, list ... here
        return ""
    return clean_text(BeautifulSoup(fragment, "lxml").get_text(" "))


def parse_feed(text: str | bytes, base: str) -> list[Candidate]:
    """Entries of an RSS or Atom feed (newest first, as the feed lists them)."""
    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not a feed ({type(parsed.bozo_exception).__name__})")
    out = []
    for entry in parsed.entries:
        raw = (entry.get("link") or "").strip()
        link = try_canonical(raw, base) if raw else None
        if not link:
            continue
        tags = entry.get("tags") or []
        out.append(
            Candidate(
                url=link,
                via="feed",
                # dict.get: feedparser maps a missing `updated_parsed` to `published_parsed` with a
                # DeprecationWarning (its issue 310); an entry without either has no date
                published=iso_date(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")),
                title=clean_text(entry.get("title") or "") or None,
                summary=_html_text(entry.get("summary")) or None,
                section=(tags[0].get("term") if tags else None),
            )
        )
    return out


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(text: str | bytes, base: str) -> tuple[list[tuple[str, str | None]], list[Candidate]]:
    """A sitemap or sitemap index: (child sitemaps with lastmod, page URLs)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        root = etree.fromstring(
            data, parser=etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
        )
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not a sitemap (XML error: {exc})") from None
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise ValueError(f"not a sitemap (root element <{kind}>)")
    children: list[tuple[str, str | None]] = []
    pages: list[Candidate] = []
    for node in root:
        if _local(node.tag) not in ("sitemap", "url"):
            continue
        loc = lastmod = None
        for child in node:
            name = _local(child.tag)
            if name == "loc":
                loc = (child.text or "").strip()
            elif name == "lastmod":
                lastmod = iso_date((child.text or "").strip())
        url = try_canonical(loc, base) if loc else None
        if not url:
            continue
        if kind == "sitemapindex":
            children.append((url, lastmod))
        else:
            pages.append(Candidate(url=url, via="sitemap", published=lastmod))
    return children, pages


def _json_list(text: str | bytes, endpoint: str) -> list:
    """The JSON list a REST endpoint answers; ValueError for anything else."""
    try:
        value = json.loads(text)
    except RecursionError:  # nesting deeper than the interpreter's stack: hostile, not JSON we read
        raise ValueError("not JSON (nested too deeply)") from None
    except ValueError as exc:
        raise ValueError(f"not JSON ({exc})") from None
    if not isinstance(value, list):
        raise ValueError(f"the {endpoint} endpoint did not answer a list")
    return value


def parse_wp_posts(text: str | bytes, base: str) -> list[Candidate]:
    """A page of ``/wp-json/wp/v2/posts``."""
    posts = _json_list(text, "posts")
    out = []
    for post in posts:
        if not isinstance(post, dict):
            continue
        url = try_canonical(str(post.get("link") or ""), base)
        if not url:
            continue
        title = post.get("title")
        excerpt = post.get("excerpt")
        out.append(
            Candidate(
                url=url,
                via="wp_api",
                published=iso_date(post.get("date")),
                title=_html_text(title.get("rendered") if isinstance(title, dict) else title) or None,
                summary=_html_text(excerpt.get("rendered") if isinstance(excerpt, dict) else excerpt) or None,
                post_id=post.get("id") if isinstance(post.get("id"), int) else None,
            )
        )
    return out


def wp_comment_time(item: dict) -> str | None:
    """A REST comment's time as its page shows it: the site's local ``date`` with the
    offset that ``date`` and ``date_gmt`` imply (``2025-07-07T10:05:00+01:00``, what a
    theme's ``<time datetime>`` holds); the local time alone when ``date_gmt`` is missing."""
    local = iso_date(item.get("date"))
    gmt = iso_date(item.get("date_gmt"))
    if not local:
        return gmt and dt.datetime.fromisoformat(gmt).replace(tzinfo=dt.timezone.utc).isoformat()
    if not gmt:
        return local
    try:
        local_dt = dt.datetime.fromisoformat(local)
        gmt_dt = dt.datetime.fromisoformat(gmt)
    except ValueError:
        return local
    if local_dt.tzinfo is not None:
        return local
    offset = local_dt - gmt_dt.replace(tzinfo=None)
    if abs(offset) > dt.timedelta(hours=18):
        return local
    return local_dt.replace(tzinfo=dt.timezone(offset)).isoformat()


def _comment_lines(html: str) -> str:
    """A rendered comment's text, a line per paragraph or line break (as the HTML
    extraction reads a comment's markup)."""
    soup = BeautifulSoup(html, "lxml")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    blocks = soup.find_all(["p", "li", "blockquote", "h2", "h3", "h4", "pre"])
    if not blocks:
        blocks = [soup]
    lines: list[str] = []
    for block in blocks:
        if block.find_parent(["p", "li", "blockquote"]) is not None and block.name != "blockquote":
            continue
        for line in block.get_text("").split("\n"):
            line = clean_text(line)
            if line:
                lines.append(line)
    return "\n".join(lines)


def parse_wp_comments(text: str | bytes) -> list[CommentRecord]:
    """A page of ``/wp-json/wp/v2/comments?post=ID``, replies linked to their parent."""
    items = _json_list(text, "comments")
    out = []
    for item in items:
        if not isinstance(item, dict) or item.get("id") is None:
            continue
        content = item.get("content")
        html = content.get("rendered") if isinstance(content, dict) else content
        body = _comment_lines(html if isinstance(html, str) else "")
        if not body:
            continue
        parent = item.get("parent")
        out.append(
            CommentRecord(
                text=body,
                author=clean_text(str(item.get("author_name") or "")) or None,
                posted=wp_comment_time(item),
                moderated=item.get("status") not in (None, "approved"),
                external_id=str(item["id"]),
                parent_external_id=str(parent) if parent else None,
            )
        )
    return out


_BODY_CLASS = re.compile(r"<body\b[^>]*?\bclass\s*=\s*[\"']([^\"']*)[\"']", re.I)
_LISTING_CLASSES = frozenset({"archive", "blog", "search", "error404", "date", "category", "tag", "author"})


def wp_listing_page(html: str) -> bool:
    """Whether a WordPress page is a listing (home, archive, search, 404), not one post:
    WordPress names the template in the ``<body>`` classes (``single`` for a post)."""
    m = _BODY_CLASS.search(html)
    if not m:
        return False
    classes = set(m.group(1).split())
    return bool(classes & _LISTING_CLASSES) and not classes & {"single", "page", "singular"}


def wp_post_id(html: str) -> int | None:
    """The WordPress post id of an article page (REST alternate link, shortlink or body class)."""
    for pattern in (r"/wp-json/wp/v2/posts/(\d+)", r'[?&]p=(\d+)["\'&]', r"\bpostid-(\d+)\b", r'\bid="post-(\d+)"'):
        m = re.search(pattern, html)
        if m:
            return int(m.group(1))
    return None


def parse_archive(html: str, base: str, source: SourceConfig) -> tuple[list[Candidate], str | None]:
    """Article links on an archive/section page and its next-page link."""
    soup = BeautifulSoup(html, "lxml")
    seen: set[str] = set()
    out = []
    for a in soup.find_all("a", href=True):
        url = try_canonical(a["href"], base, extra_tracking=source.tracking_params)
        if not url or url in seen or url.rstrip("/") == base.rstrip("/"):
            continue
        seen.add(url)
        if looks_like_article(url, source):
            out.append(Candidate(url=url, via="archive", title=clean_text(a.get_text(" ")) or None))
    nxt = None
    for node in soup.select("link[rel~=next], a[rel~=next], a.next, .nav-links a.next, .pagination a.next"):
        href = node.get("href")
        if href:
            nxt = try_canonical(href, base)
            if nxt:
                break
    archive_hrefs = {c.url for c in out}
    if nxt in archive_hrefs:
        out = [c for c in out if c.url != nxt]
    return out, nxt


# --------------------------------------------------------------------------- discovery run


Fetcher = Callable[..., object]


class _Run:
    """State of one source's discovery pass."""

    def __init__(
        self,
        client: PoliteClient,
        conn: Connection,
        source: SourceConfig,
        *,
        since: str | None,
        conditional: bool,
        dry_run: bool,
        limit: int | None,
    ):
        self.client, self.conn, self.source = client, conn, source
        self.since, self.conditional, self.dry_run, self.limit = since, conditional, dry_run, limit
        self.report = DiscoveryReport()
        self.seen: set[str] = set()

    @property
    def full(self) -> bool:
        return self.limit is not None and len(self.report.candidates) >= self.limit

    async def get(self, url: str) -> FetchResult | None:
        """Fetch a discovery document (conditionally when refreshing); None on 304 or failure."""
        self.report.documents += 1
        cached = crawl_store.get_validators(self.conn, url) if self.conditional else None
        try:
            result = await self.client.fetch(
                url,
                allowed_hosts=self.source.allowed_hosts,
                etag=cached.etag if cached else None,
                last_modified=cached.last_modified if cached else None,
            )
        except FetchError as exc:
            if exc.status in (404, 410):
                self.report.missing.append(url)
                log.info("%s: not on this site (HTTP %s)", url, exc.status)
            else:
                self.report.errors.append((url, exc.reason))
                log.debug("%s: %s", url, exc.reason)  # the crawl reports it (one line per URL)
            return None
        if result.not_modified:
            self.report.not_modified += 1
            return None
        return result

    def done_with(self, result: FetchResult) -> None:
        """Remember a processed document's validators (after its URLs are queued; never in
        a run that stopped at a limit, which has not queued all of them)."""
        if not self.dry_run and self.limit is None and (result.etag or result.last_modified):
            crawl_store.save_validators(
                self.conn, result.url, etag=result.etag, last_modified=result.last_modified, status=result.status
            )

    def offer(self, candidates: list[Candidate], *, check_pattern: bool) -> int:
        """Queue the new candidates that pass the filters; returns how many were new."""
        new = []
        for c in candidates:
            if self.full:
                break
            if c.url in self.seen:
                continue
            self.seen.add(c.url)
            if not host_allowed(c.url, self.source.allowed_hosts):
                continue
            if check_pattern and not looks_like_article(c.url, self.source):
                continue
            if any(re.search(p, c.url) for p in self.source.discovery.exclude_patterns):
                continue
            if not passes_filters(c, self.source, self.since):
                continue
            if crawl_store.is_known(self.conn, c.url):
                continue
            new.append(c)
            self.report.candidates.append(c)
        if new and not self.dry_run:
            # links taken from a page by the generic heuristics (no article_patterns) may be
            # pages that are not articles: queued as guesses, they are skipped quietly if so
            guessed = {"archive", "sitemap"} if not self.source.discovery.article_patterns else set()
            for kind in ("article", GUESS):
                urls = [c.url for c in new if (GUESS if c.via in guessed else "article") == kind]
                if urls:
                    self.report.queued += crawl_store.frontier_add(self.conn, self.source.name, urls, kind=kind)
        return len(new)

    def bad_document(self, url: str, reason: str) -> None:
        self.report.errors.append((url, reason))
        log.debug("%s: %s", url, reason)  # the crawl reports it (one line per URL)

    # ------------------------------------------------------------- methods

    async def feeds(self) -> None:
        for url in self.source.discovery.feeds:
            result = await self.get(url)
            if result is None:
                continue
            try:
                self.offer(parse_feed(result.content, result.final_url), check_pattern=False)
            except ValueError as exc:
                self.bad_document(url, str(exc))
                continue
            self.done_with(result)

    async def sitemaps(self) -> None:
        seen: set[str] = set()
        for url in self.source.discovery.sitemaps:
            await self._sitemap(url, seen, depth=0)

    async def _sitemap(self, url: str, seen: set[str], depth: int) -> bool:
        """Read a sitemap or an index and its children; True when all of it was read (or
        was unchanged), so that an index is remembered only when no child failed."""
        if url in seen or len(seen) >= MAX_SITEMAPS or depth > 3 or self.full:
            return True
        seen.add(url)
        errors_before = len(self.report.errors)
        result = await self.get(url)
        if result is None:  # unchanged, missing or failed
            return len(self.report.errors) == errors_before
        try:
            children, pages = parse_sitemap(result.content, result.final_url)
        except ValueError as exc:
            self.bad_document(url, str(exc))
            return False
        since = effective_since(self.source, self.since)
        complete = True
        for child, lastmod in children:
            if since and lastmod and lastmod[:10] < since:
                continue  # nothing in it is recent enough
            if not self.source.discovery.article_patterns and NOT_ARTICLE_SITEMAPS.search(child):
                continue  # WordPress's tag, category and user sitemaps
            if self.conditional and lastmod and self._read_since(child, lastmod):
                continue  # the index says it has not changed since we last read it
            complete = await self._sitemap(child, seen, depth + 1) and complete
        self.offer(pages, check_pattern=True)
        if complete:
            self.done_with(result)
        return complete

    def _read_since(self, url: str, lastmod: str) -> bool:
        """Whether ``url`` was read (and its URLs queued) after ``lastmod``."""
        cached = crawl_store.get_validators(self.conn, url)
        if not cached or not cached.fetched:
            return False
        try:
            read = dt.datetime.fromisoformat(cached.fetched)
            changed = dt.datetime.fromisoformat(lastmod)
        except ValueError:
            return False
        if changed.tzinfo is None:
            changed = changed.replace(tzinfo=dt.timezone.utc)
        return read >= changed

    async def wp_api(self) -> None:
        api = self.source.discovery.wp_api
        if not api:
            return
        since = effective_since(self.source, self.since)
        params: dict[str, str | int] = {
            "per_page": WP_PER_PAGE,
            "orderby": "date",
            "order": "desc",
            "_fields": "id,link,date,title,excerpt",
        }
        if since:
            params["after"] = f"{since}T00:00:00"
        page, total = 1, 1
        while page <= min(total, MAX_API_PAGES) and not self.full:
            url = with_params(urljoin(api, "posts"), {**params, "page": page})
            result = await self.get(url)
            if result is None:
                return
            try:
                posts = parse_wp_posts(result.content, result.final_url)
            except ValueError as exc:
                self.bad_document(url, str(exc))
                return
            header = result.headers.get("x-wp-totalpages") or result.headers.get("X-WP-TotalPages")
            total = int(header) if header and header.isdigit() else page
            new = self.offer(posts, check_pattern=False)
            self.done_with(result)
            if self.conditional and new == 0:
                return  # newest first: a page with nothing new means the rest is known
            page += 1

    async def archives(self) -> None:
        for start in self.source.discovery.archives:
            url: str | None = start
            pages = 0
            while url and pages < MAX_ARCHIVE_PAGES and not self.full:
                pages += 1
                result = await self.get(url)
                if result is None:
                    break
                candidates, nxt = parse_archive(result.text, result.final_url, self.source)
                new = self.offer(candidates, check_pattern=False)
                self.done_with(result)
                if self.conditional and new == 0:
                    break
                url = nxt if nxt and nxt != url else None


async def discover(
    client: PoliteClient,
    conn: Connection,
    source: SourceConfig,
    *,
    since: str | None = None,
    conditional: bool = False,
    dry_run: bool = False,
    limit: int | None = None,
) -> DiscoveryReport:
    """Run the source's discovery methods in order; queue new article URLs in the frontier
    (not when ``dry_run``).  ``conditional`` sends stored validators (incremental refresh);
    ``limit`` stops once that many new URLs are found."""
    run = _Run(client, conn, source, since=since, conditional=conditional, dry_run=dry_run, limit=limit)
    methods = {"feed": run.feeds, "sitemap": run.sitemaps, "wp_api": run.wp_api, "archive": run.archives}
    for name in source.discovery.methods:
        if run.full:
            break
        method = methods.get(name)
        if method is not None:
            await method()
    return run.report


async def site_name(client: PoliteClient, source: SourceConfig) -> str | None:
    """The site's own name: the REST API index's ``name``, else the home page's
    ``og:site_name``, else the feed's title (the first that answers), or ``None``."""
    base = source.base_url
    api = source.discovery.wp_api
    root = api[: api.index("wp/v2/")] if api and "wp/v2/" in api else urljoin(base, "wp-json/")
    attempts = [("rest", with_params(root, {"_fields": "name"})), ("page", base)]
    attempts += [("feed", feed) for feed in source.discovery.feeds[:1]]
    for kind, url in attempts:
        try:
            result = await client.fetch(url, allowed_hosts=source.allowed_hosts)
        except FetchError as exc:
            log.debug("%s: no site name here (%s)", url, exc.reason)
            continue
        name = None
        try:
            if kind == "rest":
                value = json.loads(result.content)
                name = value.get("name") if isinstance(value, dict) else None
            elif kind == "page":
                tag = BeautifulSoup(result.text, "lxml").find("meta", attrs={"property": "og:site_name"})
                name = tag.get("content") if tag is not None else None
            else:
                name = feedparser.parse(result.content).feed.get("title")
        except (ValueError, RecursionError):
            continue
        name = clean_text(_html_text(name)) if isinstance(name, str) else ""
        if name:
            return name[:120]
    return None


async def fetch_wp_comments(client: PoliteClient, source: SourceConfig, post_id: int) -> list[CommentRecord]:
    """Every public comment of a WordPress post through the REST API (all pages, oldest
    first; ``X-WP-TotalPages`` says how many).  A :class:`FetchError` with the status
    when the API refuses (a site that closed it answers 401, 403 or 404)."""
    api = source.discovery.wp_api
    if not api:
        raise ValueError(f"{source.name}: no wp_api configured")
    comments: list[CommentRecord] = []
    page, total = 1, 1
    while page <= min(total, MAX_API_PAGES):
        url = with_params(
            urljoin(api, "comments"),
            {"post": post_id, "per_page": WP_PER_PAGE, "page": page, "orderby": "date_gmt", "order": "asc"},
        )
        result = await client.fetch(url, allowed_hosts=source.allowed_hosts)
        comments.extend(parse_wp_comments(result.content))
        header = result.headers.get("x-wp-totalpages")
        total = int(header) if header and header.isdigit() else page
        page += 1
    return comments
