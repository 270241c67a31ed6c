"""Crawling a source: discover article URLs, fetch each article and every page of its
comment thread, and store them.

The unit of work is one article: its page and all its comment pages are read, then
stored with :func:`corpora.store.upsert_article` in one transaction, then its frontier
entry is marked done and its validators remembered.  A crawl killed at any point
therefore resumes from the frontier with nothing lost (an unfinished article is simply
fetched again) and nothing duplicated (upserts are idempotent, comments are matched by
their key).

``crawl`` is the one-off command (``gpwatch crawl``); :func:`crawl_source` is the library
entry the demo and :mod:`scraper.refresh` use; :func:`crawl_source_async` runs inside an
existing event loop and can also re-check the comment threads that are due.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from corpora import crawl_store, store
from corpora.backend import Connection
from corpora.records import ArticleRecord, CommentRecord
from scraper import discover as disc
from scraper.errors import ParseError
from scraper.http import FetchError, FetchResult, HttpConfig, PoliteClient
from scraper.sources import SourceConfig, load_sources, source_for_url, wordpress_source
from scraper.urls import host_allowed, host_of, try_canonical

if TYPE_CHECKING:
    from scraper.extract import CommentPage

log = logging.getLogger("gpwatch.scraper.crawl")

Progress = Callable[..., Iterator]

#: Comment threads are re-checked while the article is younger than this ...
RECHECK_HORIZON = dt.timedelta(weeks=8)
#: ... never sooner than this after the last check; otherwise when the article's age has doubled.
RECHECK_MIN = dt.timedelta(hours=6)


# --------------------------------------------------------------------------- report


@dataclass
class CrawlReport:
    source: str
    dry_run: bool = False
    would_fetch: list[str] = field(default_factory=list)
    requests: int = 0  # HTTP requests sent
    pages_fetched: int = 0  # 2xx responses
    not_modified: int = 0  # 304s
    new_articles: int = 0
    updated_articles: int = 0
    unchanged_articles: int = 0
    skipped: int = 0  # read but ruled out by the filters
    new_comments: int = 0
    threads_checked: int = 0
    discovered: int = 0  # new URLs queued by discovery
    pending: int = 0  # left in the frontier for a later run
    errors: list[tuple[str, str]] = field(default_factory=list)  # (URL, reason)
    paused_hosts: dict[str, str] = field(default_factory=dict)
    source_failed: str | None = None  # why the source failed entirely, if it did

    @property
    def failed(self) -> bool:
        return bool(self.source_failed or self.errors)

    def counts(self) -> dict[str, int]:
        return {
            "requests": self.requests,
            "pages_fetched": self.pages_fetched,
            "not_modified": self.not_modified,
            "new_articles": self.new_articles,
            "updated_articles": self.updated_articles,
            "new_comments": self.new_comments,
            "threads_checked": self.threads_checked,
            "discovered": self.discovered,
            "skipped": self.skipped,
            "pending": self.pending,
            "errors": len(self.errors),
        }

    def summary(self) -> str:
        if self.dry_run:
            lines = list(self.would_fetch)
            lines.append(
                f"{self.source}: dry run, would fetch {len(self.would_fetch)} articles "
                f"({self.requests} requests for discovery, {len(self.errors)} errors)"
            )
            return "\n".join(lines)
        text = (
            f"{self.source}: {self.new_articles} new articles, {self.updated_articles} updated, "
            f"{self.new_comments} new comments, {self.threads_checked} threads re-checked; "
            f"{self.pages_fetched} pages fetched, {self.not_modified} not modified"
            f"{' (unchanged since the last visit)' if self.not_modified else ''}, "
            f"{self.requests} requests, {len(self.errors)} errors"
        )
        if self.pending:
            text += f", {self.pending} left for later"
        if self.paused_hosts:
            text += f"; paused: {', '.join(self.paused_hosts)}"
        if self.source_failed:
            text += f"; FAILED: {self.source_failed}"
        return text


# --------------------------------------------------------------------------- schedule


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def next_check_after(published: str | None, first_seen: str | None, now: dt.datetime) -> dt.datetime | None:
    """When an article's comment thread is due again, checked at ``now``: once its age
    has doubled (at least :data:`RECHECK_MIN` later), never once it is older than
    :data:`RECHECK_HORIZON`.  Age counts from publication, else from when we first saw it."""
    born = _parse_time(published) or _parse_time(first_seen) or now
    age = now - born
    if age >= RECHECK_HORIZON:
        return None
    return now + max(RECHECK_MIN, age)


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------------- one source


def client_config(source: SourceConfig, base: HttpConfig | None = None) -> HttpConfig:
    """The client settings for ``source``: its rate, concurrency, timeout, size cap and
    User-Agent over ``base`` (retry and breaker settings)."""
    base = base or HttpConfig()
    rate = base.rate_override if base.rate_override is not None else source.rate
    return replace(
        base,
        user_agent=source.full_user_agent,
        rate=rate,
        per_host_concurrency=max(1, source.concurrency),
        concurrency=max(base.concurrency, source.concurrency),
        timeout=source.timeout,
        max_bytes=source.max_bytes,
        host_rates=dict(base.host_rates),
    )


_COMMENT_PAGE = re.compile(r"(?<=/)comment-page-\d+/?$")


def without_comment_page(url: str) -> str:
    """An article URL without WordPress's comment page (``/comment-page-3/``, ``?cpage=3``):
    WordPress puts the comment page that it shows first (the newest, by default) into the
    article's ``rel=canonical``, but the article is one page whichever comments it shows."""
    parts = urlsplit(url)
    path = _COMMENT_PAGE.sub("", parts.path)
    query = "&".join(p for p in parts.query.split("&") if p and not p.startswith("cpage="))
    if path == parts.path and query == parts.query:
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def _in_time_order(comments: list[CommentRecord]) -> list[CommentRecord]:
    """``comments`` sorted by when they were posted (zones honoured), the site's id breaking
    ties; unchanged when any has no usable time."""
    keyed = []
    for c in comments:
        when = _parse_time(c.posted)
        if when is None:
            return comments
        ident = int(c.external_id) if c.external_id and c.external_id.isdigit() else 0
        keyed.append((when, ident, c))
    return [c for _, _, c in sorted(keyed, key=lambda k: (k[0], k[1]))]


class _SourceCrawl:
    """One pass over one source with one polite client."""

    def __init__(
        self,
        conn: Connection,
        source: SourceConfig,
        client: PoliteClient,
        *,
        since: str | None,
        now: dt.datetime,
        run_id: int | None,
    ):
        self.conn, self.source, self.client = conn, source, client
        self.since, self.now, self.run_id = since, now, run_id
        self.report = CrawlReport(source=source.name)
        self.rest_comments_closed = False  # the REST API refused comments once: read the pages

    # ------------------------------------------------------------- errors

    def error(self, url: str, reason: str) -> None:
        self.report.errors.append((url, reason))
        log.warning("%s: %s", url, reason)
        if self.run_id is not None:
            store.record_error(self.conn, self.run_id, url, reason, source=self.source.name)

    # ------------------------------------------------------------- fetching

    async def get(self, url: str, *, conditional: bool = False) -> FetchResult:
        cached = crawl_store.get_validators(self.conn, url) if conditional else None
        return await self.client.fetch(
            url,
            allowed_hosts=self.source.allowed_hosts,
            etag=cached.etag if cached else None,
            last_modified=cached.last_modified if cached else None,
        )

    def _extract(self, html: str, url: str) -> tuple[ArticleRecord, CommentPage]:
        """The article record and its first comment page (the next page and the other
        comment pages it links to), from one parse."""
        from scraper.extract import parse_page

        if self.source.kind == "wordpress" and disc.wp_listing_page(html):
            raise ParseError("a WordPress listing page (archive, home or search), not a post")
        record, first_page = parse_page(html, url, self.source)
        canonical = try_canonical(record.url or url, url, extra_tracking=self.source.tracking_params)
        canonical = without_comment_page(canonical) if canonical else None
        # rel=canonical is followed only when it stays on the source's hosts
        record.url = canonical if canonical and host_allowed(canonical, self.source.allowed_hosts) else url
        record.source = self.source.name
        record.origin = "crawl"
        return record, first_page

    async def _thread(
        self, record: ArticleRecord, html: str, page_url: str, first_page: CommentPage
    ) -> tuple[list[CommentRecord], str | None]:
        """Every comment of the article (the REST API where it is open, else the article
        page and every comment page it leads to) and, when part of the thread could not be
        read, why."""
        paging = self.source.comment_paging
        style = paging.style_for(page_url)
        if style == "wp_api":
            post_id = disc.wp_post_id(html)
            if post_id is not None and self.source.discovery.wp_api and not self.rest_comments_closed:
                try:
                    comments = await disc.fetch_wp_comments(self.client, self.source, post_id)
                except FetchError as exc:
                    if exc.status in (401, 403, 404, 410) and not exc.robots:
                        # the site closed the REST API's comments (a plugin, a firewall):
                        # its pages carry the same thread
                        self.rest_comments_closed = True
                        log.info(
                            "%s: the REST API's comments are closed (%s); reading the comment pages",
                            self.source.name,
                            exc.reason,
                        )
                    elif exc.robots:
                        self.rest_comments_closed = True
                        log.info("%s: robots.txt disallows the REST API; reading the comment pages", self.source.name)
                    else:
                        return list(record.comments), f"comments API {exc.url}: {exc.reason}"
                except ValueError as exc:
                    return list(record.comments), f"comments API for post {post_id}: {exc}"
                else:
                    if record.comments_declared is None:
                        record.comments_declared = len(comments)
                    return comments, None
            style = "link"
        comments = list(record.comments)
        try:
            return await self._comment_pages(record, comments, first_page, page_url, style), None
        except FetchError as exc:
            return comments, f"comment page {exc.url}: {exc.reason}"
        except ValueError as exc:  # ParseError included
            return comments, f"comment page after {page_url}: {exc}"

    async def _comment_pages(
        self, record: ArticleRecord, comments: list[CommentRecord], first_page: CommentPage, page_url: str, style: str
    ) -> list[CommentRecord]:
        """Read the comment pages the article page leads to (its next page and, where the
        thread shows page links, every page linked: WordPress opens on the newest page and
        links the older ones); ``comments`` grows in place."""
        from scraper.extract import extract_comments

        paging = self.source.comment_paging
        keys = {c.key for c in comments}
        if style == "none" or not comments:
            return comments  # no thread on the page, or threads that are not paged
        if record.comments_declared is not None and len(comments) >= record.comments_declared:
            return comments  # the whole thread is on the article page
        seen = {page_url, record.url}
        queue: list[str] = []

        def enqueue(urls) -> None:
            for raw in urls:
                url = try_canonical(raw, page_url, extra_tracking=self.source.tracking_params) if raw else None
                if url and url not in seen and url not in queue and host_allowed(url, self.source.allowed_hosts):
                    queue.append(url)

        # the next page first (for query-paged threads, Pulse's ".article" pages, the page
        # parameter advanced), then the other pages linked
        enqueue([first_page.next_url, *first_page.page_urls])
        fetched = 0
        while queue and fetched < max(0, paging.max_pages - 1):
            url = queue.pop(0)
            seen.add(url)
            fetched += 1
            result = await self.get(url)
            page = await asyncio.to_thread(extract_comments, result.text, result.final_url, self.source)
            fresh = [c for c in page.comments if c.key not in keys]
            keys.update(c.key for c in fresh)
            comments.extend(fresh)
            if record.comments_declared is not None and len(comments) >= record.comments_declared:
                break
            if not fresh and not page.page_urls:
                break  # a page with nothing new and no page links: the end of the thread (or a loop)
            enqueue([page.next_url, *page.page_urls])
        if fetched and first_page.page_urls:
            # pages read newest first (WordPress's default) and by links: put the thread back
            # in time order, as the site's REST API lists it (replies follow their parents)
            comments[:] = _in_time_order(comments)
        return comments

    async def article(self, url: str, *, recheck: crawl_store.DueThread | None = None, guess: bool = False) -> None:
        """Fetch, read and store one article with its whole thread.  ``guess``: the URL
        came from the generic link heuristics, so a page that is not an article is skipped
        quietly rather than reported."""
        try:
            result = await self.get(url, conditional=recheck is not None)
        except FetchError as exc:
            if recheck is None:
                crawl_store.frontier_failed(self.conn, url, exc.reason, permanent=exc.permanent)
            else:
                self._reschedule(recheck.article_id, recheck.published, recheck.fetched)
            if exc.robots:
                self.report.skipped += 1
                log.info("%s: not fetched, disallowed by robots.txt", url)
            else:
                self.error(url, exc.reason)
            return
        if result.not_modified:
            if recheck is not None:
                self.report.threads_checked += 1
                self._reschedule(recheck.article_id, recheck.published, recheck.fetched)
                return
            result = await self.get(url)  # no stored copy to fall back on: fetch it whole
        html = result.text
        try:
            # parsing runs in a worker thread so the next requests go out meanwhile
            record, first_page = await asyncio.to_thread(self._extract, html, result.final_url)
        except ParseError as exc:
            if guess and recheck is None:
                log.info("%s: not an article (%s), skipped", url, exc.reason)
                self.report.skipped += 1
                crawl_store.frontier_done(self.conn, url)
                return
            self._give_up(url, f"not an article: {exc.reason}", recheck)
            return
        except ValueError as exc:
            self._give_up(url, f"cannot read the page: {exc}", recheck)
            return
        comments, thread_problem = await self._thread(record, html, result.final_url, first_page)
        record.comments = comments
        record.etag, record.last_modified = result.etag, result.last_modified
        text = " ".join(p.text for p in record.paragraphs)
        if recheck is None and not disc.article_passes(
            self.source, title=record.title, text=text, published=record.published, since=self.since
        ):
            self.report.skipped += 1
            crawl_store.frontier_done(self.conn, url)
            return
        outcome = store.upsert_article(self.conn, record)
        if outcome.status == "new":
            self.report.new_articles += 1
        elif outcome.status == "updated":
            self.report.updated_articles += 1
        else:
            self.report.unchanged_articles += 1
        self.report.new_comments += outcome.new_comments
        if thread_problem:
            # what was read is stored; the article stays queued (or due) so the rest of its
            # thread is read on a later run, and no validator lets that run skip it
            self.error(url, thread_problem)
            if recheck is None:
                crawl_store.frontier_failed(self.conn, url, thread_problem)
            else:
                self.report.threads_checked += 1
            crawl_store.forget_validators(self.conn, record.url)
            article = store.get_article(self.conn, outcome.article_id)
            self._reschedule(
                outcome.article_id,
                article["published"] if article else record.published,
                article["fetched"] if article else None,
            )
            return
        if result.etag or result.last_modified:
            crawl_store.save_validators(
                self.conn,
                record.url,
                etag=result.etag,
                last_modified=result.last_modified,
                status=result.status,
                content_hash=record.hash,
            )
        if recheck is None:
            crawl_store.frontier_done(self.conn, url)
        else:
            self.report.threads_checked += 1
        article = store.get_article(self.conn, outcome.article_id)
        self._reschedule(
            outcome.article_id,
            article["published"] if article else record.published,
            article["fetched"] if article else None,
        )

    def _give_up(self, url: str, reason: str, recheck: crawl_store.DueThread | None, permanent: bool = True) -> None:
        if recheck is None:
            crawl_store.frontier_failed(self.conn, url, reason, permanent=permanent)
        else:
            self._reschedule(recheck.article_id, recheck.published, recheck.fetched)
        self.error(url, reason)

    def _reschedule(self, article_id: int, published: str | None, first_seen: str | None) -> None:
        nxt = next_check_after(published, first_seen, self.now)
        crawl_store.schedule_thread(
            self.conn, article_id, checked=_iso(self.now), next_check=_iso(nxt) if nxt else None
        )

    # ------------------------------------------------------------- the pass

    async def run(
        self,
        *,
        max_pages: int | None,
        dry_run: bool,
        conditional_discovery: bool,
        recheck_threads: bool,
        progress: Progress | None,
    ) -> CrawlReport:
        report = self.report
        report.dry_run = dry_run
        if self.source.named_by_site:
            await self._adopt_site_name()
        if not dry_run:
            crawl_store.remember_source(self.conn, self.source.name, self.source.base_url, self.source.kind)
        pending_before = crawl_store.frontier_pending(self.conn, self.source.name)
        # discovery queues everything it finds (a listing's validators are saved once it is
        # read, so stopping half-way would lose URLs); max_pages limits what is fetched
        found = await disc.discover(
            self.client, self.conn, self.source, since=self.since, conditional=conditional_discovery, dry_run=dry_run
        )
        report.discovered = found.queued
        for url, reason in found.errors:
            if not dry_run:
                self.error(url, reason)
            else:
                report.errors.append((url, reason))
        if dry_run:
            report.would_fetch = [i.url for i in pending_before] + [c.url for c in found.candidates]
            if max_pages is not None:
                report.would_fetch = report.would_fetch[:max_pages]
            self._stats()
            return report
        todo = crawl_store.frontier_pending(self.conn, self.source.name, limit=max_pages)
        await self._all(
            [self.article(item.url, guess=item.kind == disc.GUESS) for item in todo],
            progress,
            f"{self.source.name}: articles",
        )
        if recheck_threads:
            due = crawl_store.due_threads(self.conn, self.source.name, _iso(self.now))
            await self._all(
                [self.article(t.url, recheck=t) for t in due], progress, f"{self.source.name}: comment threads"
            )
        report.pending = crawl_store.frontier_counts(self.conn, self.source.name)["pending"]
        self._stats()
        report.paused_hosts = dict(self.client.paused_hosts)
        for key, why in report.paused_hosts.items():
            log.warning("%s: host %s paused for this run: %s", self.source.name, key, why)
        fetched_any = report.pages_fetched or report.not_modified
        if found.failed_entirely and not fetched_any:
            why = found.errors[0][1] if found.errors else f"all {len(found.missing)} are missing (HTTP 404/410)"
            report.source_failed = f"every discovery document failed ({why})"
        elif (
            todo
            and report.paused_hosts
            and not (report.new_articles or report.updated_articles or report.unchanged_articles)
        ):
            report.source_failed = "its host was paused after repeated failures"
        return report

    async def _adopt_site_name(self) -> None:
        """A site given by URL is stored under its own name (REST index ``name``,
        ``og:site_name`` or feed title), not its host; a site crawled before keeps the name
        it was stored under; another site of the same name gets its host added."""
        source = self.source
        name = crawl_store.source_name_for_base(self.conn, source.base_url)
        if name is None:
            found = await disc.site_name(self.client, source)
            if found:
                taken = {s.name: s.base_url for s in crawl_store.stored_sources(self.conn)}
                name = found if taken.get(found, source.base_url) == source.base_url else f"{found} ({source.name})"
        if name and name != source.name:
            log.info("%s: stored as %r (the site's own name)", source.base_url, name)
            self.source = replace(source, name=name, named_by_site=False)
            self.report.source = name

    async def _all(self, jobs: list, progress: Progress | None, description: str) -> None:
        """Run article jobs with the source's concurrency cap (the client spaces the requests)."""
        if not jobs:
            return
        gate = asyncio.Semaphore(max(1, self.source.concurrency))

        async def guarded(job):
            async with gate:
                try:
                    await job
                except store.StoreError:
                    raise
                except Exception as exc:  # one bad page never stops the rest of the batch
                    log.exception("unexpected error")
                    self.error(self.source.name, f"unexpected {type(exc).__name__}: {exc}")

        tasks = [asyncio.ensure_future(guarded(j)) for j in jobs]
        try:
            iterator: Iterable = asyncio.as_completed(tasks)
            if progress is not None:
                iterator = progress(iterator, total=len(tasks), description=description)
            for next_done in iterator:
                await next_done
        finally:
            for t in tasks:
                t.cancel()

    def _stats(self) -> None:
        s = self.client.stats
        self.report.requests = s.requests
        self.report.not_modified = s.not_modified
        self.report.pages_fetched = s.fetched


async def crawl_source_async(
    conn: Connection,
    source: SourceConfig,
    *,
    client: PoliteClient | None = None,
    http: HttpConfig | None = None,
    max_pages: int | None = None,
    since: str | None = None,
    dry_run: bool = False,
    conditional_discovery: bool = False,
    recheck_threads: bool = False,
    now: dt.datetime | None = None,
    run_id: int | None = None,
    progress: Progress | None = None,
) -> CrawlReport:
    """One pass over ``source`` inside a running event loop (see :func:`crawl_source`)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    own = client is None
    client = client or PoliteClient(client_config(source, http))
    try:
        job = _SourceCrawl(conn, source, client, since=since, now=now, run_id=run_id)
        return await job.run(
            max_pages=max_pages,
            dry_run=dry_run,
            conditional_discovery=conditional_discovery,
            recheck_threads=recheck_threads,
            progress=progress,
        )
    finally:
        if own:
            await client.aclose()


def crawl_source(
    conn: Connection,
    source: SourceConfig,
    *,
    http: HttpConfig | None = None,
    max_pages: int | None = None,
    since: str | None = None,
    dry_run: bool = False,
    recheck_threads: bool = False,
    conditional_discovery: bool = False,
    now: dt.datetime | None = None,
    run_id: int | None = None,
    progress: Progress | None = None,
) -> CrawlReport:
    """Crawl one configured source: discover, fetch what is new (at most ``max_pages``
    articles), store it.  The library entry the demo and the tests use."""
    return asyncio.run(
        crawl_source_async(
            conn,
            source,
            http=http,
            max_pages=max_pages,
            since=since,
            dry_run=dry_run,
            conditional_discovery=conditional_discovery,
            recheck_threads=recheck_threads,
            now=now,
            run_id=run_id,
            progress=progress,
        )
    )


def stored_site_sources(conn: Connection, configured: dict[str, SourceConfig]) -> list[SourceConfig]:
    """The sources in the store that no configuration describes but that were crawled from
    a site given by URL (``gpwatch crawl https://...``, the demo's sample site): rebuilt as
    generic WordPress sources from their stored base URL, under their stored name."""
    known_bases = {try_canonical(c.base_url) for c in configured.values()}
    template = configured.get("wordpress")
    out = []
    for stored in crawl_store.stored_sources(conn):
        if stored.name in configured or not stored.base_url or try_canonical(stored.base_url) in known_bases:
            continue
        try:
            out.append(wordpress_source(stored.base_url, name=stored.name, template=template))
        except ValueError:
            continue
    return out


def source_matches(asked: str, source: SourceConfig) -> bool:
    """Whether ``--source ASKED`` names ``source``: its name (as ``gpwatch stats`` and the app
    show it, any case), its base URL, or its host (with the port when it has one)."""
    text = asked.strip()
    if not text:
        return False
    if text == source.name or text.casefold() == source.name.casefold():
        return True
    base = try_canonical(source.base_url)
    url = try_canonical(text if "://" in text else f"http://{text}")
    if base and url and "://" in text and url.rstrip("/") == base.rstrip("/"):
        return True
    netloc = urlsplit(source.base_url).netloc.lower()
    return "://" not in text and text.lower().rstrip("/") in {netloc, netloc.removeprefix("www.")}


def resolve_target(target: str, sources: dict[str, SourceConfig] | None = None) -> SourceConfig:
    """A configured source by name, the configured source of a URL's host, or a generic
    WordPress source for any other base URL."""
    sources = load_sources() if sources is None else sources
    if target in sources:
        return sources[target]
    if "://" in target or "." in target:
        url = target if "://" in target else f"https://{target}"
        same_host = [
            s
            for s in sources.values()
            if source_for_url(url, {s.name: s}) is not None and not host_of(s.base_url).endswith(".example")
        ]
        canonical = try_canonical(url) or url
        under = [s for s in same_host if canonical.startswith(try_canonical(s.base_url) or s.base_url)]
        if under:
            return max(under, key=lambda s: len(s.base_url))
        if len(same_host) == 1 and (urlsplit(canonical).path or "/") == "/":
            return same_host[0]
        return wordpress_source(url, template=sources.get("wordpress"))
    raise ValueError(f"{target}: not a configured source ({', '.join(sorted(sources)) or 'none'}) nor a URL")


def crawl(
    conn: Connection,
    target: str,
    *,
    max_pages: int | None = None,
    since: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    sources_dir=None,
    http: HttpConfig | None = None,
) -> CrawlReport:
    """``gpwatch crawl URL_OR_SOURCE``: a one-off crawl recorded as a run."""
    try:
        source = resolve_target(target, load_sources(sources_dir))
    except ValueError as exc:
        report = CrawlReport(source=target, dry_run=dry_run, source_failed=str(exc))
        log.error("%s", exc)
        return report
    if since:
        try:
            dt.date.fromisoformat(since[:10])
        except ValueError:
            return CrawlReport(source=source.name, dry_run=dry_run, source_failed=f"--since {since!r}: not a date")
    run_id = (
        None if dry_run else store.start_run(conn, "crawl", {"target": target, "max_pages": max_pages, "since": since})
    )
    try:
        # as refresh does: listings are asked for with their validators (an unchanged one
        # costs a 304) and the comment threads that are due are re-checked, conditionally;
        # not with --since, which may ask for more than an earlier crawl queued
        report = crawl_source(
            conn,
            source,
            http=http,
            max_pages=max_pages,
            since=since,
            dry_run=dry_run,
            conditional_discovery=not dry_run and since is None,
            recheck_threads=not dry_run,
            run_id=run_id,
            progress=progress,
        )
    except BaseException:
        if run_id is not None:
            store.finish_run(conn, run_id, "failed")
        raise
    if run_id is not None:
        status = "failed" if report.source_failed else "partial" if report.errors else "ok"
        store.finish_run(conn, run_id, status, report.counts())
    return report
