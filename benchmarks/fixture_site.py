"""A small, hostile test site served over real HTTP on 127.0.0.1 for the scraper tests.

All of its text is written for these tests.  Two sources live on it:

* ``wpfix`` under ``/wp/``: a WordPress-like site with an RSS feed, a sitemap index and
  its sitemaps, the REST API (``/wp-json/wp/v2/posts`` and ``/comments?post=ID``, paged
  with ``X-WP-TotalPages`` at most :data:`WP_PAGE` items a page), article pages in
  WordPress's markup with threaded comments, a shortlink that redirects within the host,
  a page robots.txt forbids, a truncated page and a page that is not an article;
* ``pulsefix`` under ``/pulse/``: Pulse-like pages in both layouts: the WordPress one
  (comment pages linked by "Newer comments") and the old ``.article`` one (comments
  paged with ``PageNo``/``PageSize``/``SortOrder``), a feed whose links carry tracking
  parameters, a section archive with a next page, a story that answers 429 with
  ``Retry-After`` once, one that answers a burst of 500s, and one that redirects off
  the allowed hosts (to ``localhost``).

Also ``/down/`` (every request a 500) and ``/slow/`` (answers after :attr:`slow_seconds`).

Every response has an ETag and honours ``If-None-Match``; every request is logged with
its host, path and status so tests can assert exactly what was asked for.  Tests change
the site between runs with :meth:`FixtureSite.change_article` and
:meth:`FixtureSite.add_comments`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

WP_PAGE = 3  # REST API items per page (a real site allows 100; small here to exercise paging)
OLD_PAGE_SIZE = 10  # comments per page on the old .article layout


@dataclass
class Comment:
    cid: int
    author: str
    text: str
    days_ago: float
    parent: int = 0


@dataclass
class Article:
    slug: str
    path: str  # path on the site
    title: str
    standfirst: str
    byline: str
    paragraphs: list[str]
    days_ago: float  # published this long before the site's clock
    post_id: int = 0
    layout: str = "wp"  # wp | pulse_new | pulse_old
    comments: list[Comment] = field(default_factory=list)
    section: str = "News"


def _p(*sentences: str) -> str:
    return " ".join(sentences)


# --------------------------------------------------------------------------- content (original)


def _wp_articles() -> list[Article]:
    return [
        Article(
            "hub-contract",
            "/wp/2026/11/hub-contract-signed/",
            "ICB signs five-year contract for extended access hubs across three PCNs",
            "Federation will run evening and weekend appointments from two sites",
            "Harriet Okafor",
            [
                _p(
                    "An integrated care board in the East Midlands has signed a five-year contract with a GP",
                    "federation to run extended access hubs on behalf of three primary care networks.",
                ),
                _p(
                    "The federation will staff evening and Saturday clinics from two sites, with salaried GPs",
                    "and advanced nurse practitioners working to a shared rota.",
                ),
                _p(
                    "Local practice partners said the arrangement would free capacity in their own surgeries,",
                    "but warned that continuity of care could suffer if patients saw a different clinician each time.",
                ),
                _p(
                    "The ICB said the hubs would be reviewed after twelve months against patient experience",
                    "and attendance data.",
                ),
            ],
            days_ago=1,
            post_id=101,
            comments=[
                Comment(
                    9001,
                    "Dr Priya N",
                    "Hubs are fine for minor illness but my frail patients need someone who knows them.",
                    0.9,
                ),
                Comment(
                    9002,
                    "Salaried and tired",
                    "Who is going to staff these on a Saturday? The same ten of us, I suspect.",
                    0.8,
                ),
                Comment(
                    9003,
                    "Practice manager, Notts",
                    "We were never consulted on the site choice. Parking is dreadful.",
                    0.7,
                    parent=9001,
                ),
                Comment(
                    9004, "GP partner", "Continuity is the first casualty of every at-scale scheme I have seen.", 0.6
                ),
                Comment(9005, "Dr Priya N", "Agreed, and nobody measures it.", 0.5, parent=9004),
            ],
        ),
        Article(
            "arrs-roles",
            "/wp/2026/11/arrs-roles-review/",
            "Review finds additional roles staff unevenly spread between networks",
            "Some PCNs have filled every funded post while others struggle to recruit",
            "Tom Reilly",
            [
                _p(
                    "A review of the additional roles reimbursement scheme has found wide variation in how",
                    "many funded posts primary care networks have managed to fill.",
                ),
                _p(
                    "Networks in cities recruited pharmacists and physician associates quickly, while rural",
                    "networks reported long vacancies and heavy reliance on locum cover.",
                ),
                _p(
                    "The report recommends more flexibility so networks can spend the money on the roles",
                    "their practices actually need, including GPs.",
                ),
            ],
            days_ago=10,
            post_id=102,
        ),
        Article(
            "trust-takeover",
            "/wp/2026/11/trust-takeover-practices/",
            "Community trust to take over four struggling practices",
            "Partners hand back contracts after failing to recruit",
            "Harriet Okafor",
            [
                _p(
                    "A community trust will take over the contracts of four practices whose partners",
                    "have resigned, the local integrated care board has confirmed.",
                ),
                _p(
                    "Patients were told their surgeries would stay open and that the trust would employ",
                    "salaried GPs to cover the lists.",
                ),
                _p(
                    "The local medical committee said vertical integration should be a last resort and",
                    "asked for the arrangement to be reviewed within two years.",
                ),
            ],
            days_ago=1,
            post_id=103,
            comments=[
                Comment(
                    9101, "Retired GP", "I have seen this film before and it does not end well for the patients.", 0.9
                ),
                Comment(9102, "LMC member", "The trust has no track record in general practice at all.", 0.8),
            ],
        ),
        Article(
            "truncated",
            "/wp/2026/10/chambers-model-grows/",
            "GP chambers model grows as locums look for security",
            "Self-employed GPs pool admin and indemnity through a chambers",
            "Sam Whitfield",
            [
                _p(
                    "More locum GPs are joining chambers that share booking, indemnity and appraisal",
                    "support while leaving each doctor self-employed.",
                ),
                _p(
                    "Members said the model gave them the flexibility of locum work with some of the",
                    "peer support they had missed since leaving partnership.",
                ),
                _p("The third paragraph of this story is cut off by a broken connection and never arrives in full"),
            ],
            days_ago=20,
            post_id=104,
        ),
        Article("not-an-article", "/wp/2026/10/gallery-only/", "", "", "", [], days_ago=21, post_id=105),
        Article(
            "private",
            "/wp/private/members-briefing/",
            "Members-only briefing on the contract negotiations",
            "Not for crawlers",
            "Staff",
            [
                _p(
                    "This page is behind a robots.txt rule and must never be fetched by the crawler",
                    "even though the sitemap lists it for members.",
                )
            ],
            days_ago=5,
            post_id=106,
        ),
        Article(
            "shortlinked",
            "/wp/2026/09/virtual-practice-pilot/",
            "Virtual practice pilot reaches 20,000 registered patients",
            "Digital-first provider says most consultations are now by video",
            "Tom Reilly",
            [
                _p(
                    "A digital-first practice taking part in a regional pilot now has more than twenty",
                    "thousand registered patients, most of them of working age.",
                ),
                _p(
                    "Neighbouring practices said the provider was registering the healthiest patients and",
                    "leaving them with a more complex list for the same funding.",
                ),
                _p("The pilot's evaluation will report on access, safety and the effect on other practices."),
            ],
            days_ago=60,
            post_id=107,
            comments=[Comment(9201, "Urban GP", "Cherry-picking by another name.", 59)],
        ),
    ]


def _pulse_articles() -> list[Article]:
    old_comments = [
        Comment(
            5000 + i,
            f"Commenter {i + 1}" if i % 4 else "Anonymous",
            f"Comment number {i + 1} on the federation story: "
            + [
                "the federation took the money and the practices took the risk.",
                "our network clinical director spends more time on spreadsheets than patients.",
                "salaried posts in the hub are easier to fill than partnerships, which says it all.",
                "nobody asked the receptionists, who are the ones fielding the complaints.",
            ][i % 4],
            2300 - i,
        )
        for i in range(23)
    ]
    return [
        Article(
            "hub-story",
            "/pulse/news/hub-story/",
            "LMCs warn over plans to route same-day demand to network hubs",
            "Committees say practices will lose control of their own appointment books",
            "Rosa Lindqvist",
            [
                _p(
                    "Local medical committees have warned that plans to send same-day requests to network",
                    "hubs could leave practices unable to manage their own appointment books.",
                ),
                _p(
                    "Several committees said hubs were a sensible way to share pressure but should remain",
                    "optional for practices that already offer good same-day access.",
                ),
                _p("NHS England said the plans were at an early stage and that it would consult the profession."),
            ],
            days_ago=1,
            layout="pulse_new",
            comments=[
                Comment(
                    7000 + i,
                    ["Dr A Shah", "Partner, Kent", "Anon GP", "Locum Lou"][i % 4],
                    f"Reply {i + 1}: "
                    + [
                        "optional today, mandatory next year.",
                        "the hub cannot see our records properly.",
                        "we tried this in 2019 and it collapsed.",
                        "hub shifts pay better than my practice sessions.",
                    ][i % 4],
                    0.9 - i * 0.05,
                )
                for i in range(7)
            ],
        ),
        Article(
            "busy-story",
            "/pulse/news/busy-story/",
            "Practices report record demand as winter begins early",
            "Surveys show appointment numbers above last year's peak",
            "Rosa Lindqvist",
            [
                _p(
                    "Practices across England report appointment numbers already above last winter's peak,",
                    "according to a snapshot survey of partners and practice managers.",
                ),
                _p(
                    "Respondents said the extra demand fell on core practice staff rather than network",
                    "roles, which were often booked weeks in advance.",
                ),
            ],
            days_ago=3,
            layout="pulse_new",
        ),
        Article(
            "flaky-story",
            "/pulse/news/flaky-story/",
            "Federation payroll error leaves salaried GPs short",
            "A software change delayed payments to sixty staff",
            "Kofi Mensah",
            [
                _p(
                    "A payroll error at a GP federation left around sixty salaried GPs and nurses without",
                    "their full pay at the end of the month.",
                ),
                _p("The federation apologised and said the missing payments would be made within a week."),
            ],
            days_ago=4,
            layout="pulse_new",
        ),
        Article(
            "old-federation",
            "/pulse/news/federation-vote.article",
            "Practices vote to form county-wide federation",
            "Partners back a single organisation to bid for community contracts",
            "Kofi Mensah",
            [
                _p(
                    "Practices across the county have voted to form a single federation able to bid for",
                    "community services contracts on their behalf.",
                ),
                _p(
                    "Supporters said it was the only way general practice could compete with large providers,",
                    "while opponents feared losing the independence of the small partnership.",
                ),
            ],
            days_ago=2300,
            layout="pulse_old",
            comments=old_comments,
        ),
        Article(
            "old-chambers",
            "/pulse/news/locum-chambers.article",
            "Locum chambers offer an alternative to partnership",
            "A group of sessional GPs has set up a chambers modelled on the bar",
            "Sam Whitfield",
            [
                _p(
                    "A group of sessional GPs has set up a chambers that handles bookings, invoicing and",
                    "appraisal support for its members, modelled on barristers' chambers.",
                ),
                _p(
                    "Its founders said they wanted the stability of a team without the liabilities of", "a partnership."
                ),
            ],
            days_ago=2100,
            layout="pulse_old",
            comments=[Comment(6001, "Sessional GP", "Best decision I made after leaving my practice.", 2099)],
        ),
    ]


# --------------------------------------------------------------------------- rendering


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


class FixtureSite:
    def __init__(self, now: dt.datetime | None = None):
        self.now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        self.wp = {a.slug: a for a in _wp_articles()}
        self.pulse = {a.slug: a for a in _pulse_articles()}
        self.log: list[tuple[str, str, int, float]] = []  # (host header, path?query, status, time)
        self.lock = threading.Lock()
        self.slow_seconds = 1.0
        self.crawl_delay: float | None = None
        self.slow_paths: set[str] = set()  # pages that answer only after slow_seconds
        self.fail_paths: dict[str, int] = {}  # path -> how many more times it answers 500
        self.agents: set[str] = set()
        self.hits: dict[str, int] = {}
        self.busy_429_left = 1
        self.flaky_500_left = 2
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    # ------------------------------------------------------------- life cycle

    def start(self) -> FixtureSite:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def clear_log(self) -> None:
        with self.lock:
            self.log.clear()

    def requests(self, prefix: str = "") -> list[tuple[str, str, int, float]]:
        with self.lock:
            return [r for r in self.log if r[1].startswith(prefix)]

    # ------------------------------------------------------------- changes between runs

    def change_article(self, slug: str, paragraph: str) -> None:
        art = self.wp.get(slug) or self.pulse[slug]
        with self.lock:
            art.paragraphs = art.paragraphs + [paragraph]

    def add_comments(self, slug: str, comments: list[Comment]) -> None:
        art = self.wp.get(slug) or self.pulse[slug]
        with self.lock:
            art.comments = art.comments + comments

    def add_article(self, article: Article) -> None:
        with self.lock:
            (self.wp if article.path.startswith("/wp/") else self.pulse)[article.slug] = article

    # ------------------------------------------------------------- source configurations

    def write_sources(self, directory: Path, *, timeout: float = 5.0, rate: float = 500.0) -> Path:
        """TOML configurations for ``wpfix``, ``pulsefix`` and ``downfix`` pointing at this site."""
        directory.mkdir(parents=True, exist_ok=True)
        b = self.base
        (directory / "wpfix.toml").write_text(
            f"""
name = "wpfix"
base_url = "{b}/wp/"
allowed_hosts = ["127.0.0.1"]
kind = "wordpress"
rate = {rate}
concurrency = 2
timeout = {timeout}
contact = "https://example.org/gpwatch-tests"

[discovery]
methods = ["feed", "sitemap", "wp_api"]
feeds = ["{b}/wp/feed/"]
sitemaps = ["{b}/wp/sitemap_index.xml"]
wp_api = "{b}/wp/wp-json/wp/v2/"
article_patterns = ['/wp/\\d{{4}}/\\d{{2}}/[a-z0-9-]+/$', '/wp/private/', '/wp/[?]p=\\d+$']

[comment_paging]
style = "wp_api"
""",
            encoding="utf-8",
        )
        (directory / "pulsefix.toml").write_text(
            f"""
name = "pulsefix"
base_url = "{b}/pulse/"
allowed_hosts = ["127.0.0.1"]
kind = "site"
rate = {rate}
concurrency = 2
timeout = {timeout}

[discovery]
methods = ["feed", "sitemap", "archive"]
feeds = ["{b}/pulse/feed/"]
sitemaps = ["{b}/pulse/sitemap.xml"]
archives = ["{b}/pulse/news/"]
article_patterns = ['/pulse/news/[a-z0-9-]+(/|\\.article)$']
exclude_patterns = ['/page/\\d+']

[selectors]
title = "h1.entry-title, .story-header h1, h1"
standfirst = ".standfirst, .story-summary"
byline = ".byline .author, .byline"
published = "time[datetime], .date-published"
body = ".entry-content, .storytext"
comments_declared = ".comments-title, .comments h2"
comment_list = "ol.comment-list, ul.comments"
comment = "li.comment, li.comment-item"
comment_author = ".comment-author .fn, .commenter-name"
comment_time = "time[datetime], .comment-date"
comment_text = ".comment-content, .comment-text"
comment_next = ".comment-navigation .nav-next a"

[comment_paging]
style = "query"
page_param = "PageNo"
size_param = "PageSize"
page_size = {OLD_PAGE_SIZE}
params = {{ SortOrder = "dateasc" }}
url_suffix = ".article"
""",
            encoding="utf-8",
        )
        (directory / "downfix.toml").write_text(
            f"""
name = "downfix"
base_url = "{b}/down/"
allowed_hosts = ["127.0.0.1"]
rate = {rate}
timeout = {timeout}

[discovery]
methods = ["feed", "archive"]
feeds = ["{b}/down/feed/"]
archives = ["{b}/down/news/", "{b}/down/more/", "{b}/down/extra/"]
""",
            encoding="utf-8",
        )
        return directory

    # ------------------------------------------------------------- pages

    def when(self, days_ago: float) -> dt.datetime:
        return self.now - dt.timedelta(days=days_ago)

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[int, str, str | bytes, dict[str, str]]:
        """(status, content type, body, extra headers) for a request."""
        q = {k: v[-1] for k, v in query.items()}
        if path == "/robots.txt":
            delay = f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay else ""
            return 200, "text/plain", f"User-agent: *\n{delay}Disallow: /wp/private/\n", {}
        if path == "/img/logo.png":
            return 200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), {}
        with self.lock:
            if self.fail_paths.get(path, 0) > 0:
                self.fail_paths[path] -= 1
                return 500, "text/html", "<p>temporary failure</p>", {}
        if path in self.slow_paths:
            time.sleep(self.slow_seconds)
        if path.startswith("/slow/"):
            time.sleep(self.slow_seconds)
            return 200, "text/html", "<html><body><p>late</p></body></html>", {}
        if path.startswith("/down/"):
            return 500, "text/html", "<h1>Internal Server Error</h1>", {}
        if path == "/wp/feed/":
            return 200, "application/rss+xml", self._feed(self.wp, "/wp/", tracking=False), {}
        if path == "/pulse/feed/":
            return 200, "application/rss+xml", self._feed(self.pulse, "/pulse/", tracking=True), {}
        if path == "/wp/sitemap_index.xml":
            newest = min(a.days_ago for a in self.wp.values())
            return (
                200,
                "application/xml",
                self._index([("/wp/post-sitemap.xml", self.when(newest)), ("/wp/page-sitemap.xml", self.when(400))]),
                {},
            )
        if path == "/wp/post-sitemap.xml":
            urls = [a.path for a in self.wp.values() if a.slug != "shortlinked"] + ["/wp/?p=107"]
            return 200, "application/xml", self._urlset(urls), {}
        if path == "/wp/page-sitemap.xml":
            return 200, "application/xml", self._urlset(["/wp/about-us/", "/wp/contact/"]), {}
        if path == "/pulse/sitemap.xml":
            return (
                200,
                "application/xml",
                self._urlset([a.path for a in self.pulse.values() if a.layout == "pulse_old"]),
                {},
            )
        if path == "/pulse/news/":
            return (
                200,
                "text/html",
                self._archive(
                    ["hub-story", "busy-story"],
                    extra=["/pulse/news/syndicated-story/"],
                    next_page="/pulse/news/page/2/",
                ),
                {},
            )
        if path == "/pulse/news/page/2/":
            return 200, "text/html", self._archive(["flaky-story", "old-chambers"], extra=[], next_page=None), {}
        if path == "/pulse/news/syndicated-story/":
            return 302, "text/html", "", {"Location": f"http://localhost:{self.port}/elsewhere/syndicated-story/"}
        if path == "/wp/" and q.get("p"):
            target = next((a for a in self.wp.values() if str(a.post_id) == q["p"]), None)
            if target:
                return 301, "text/html", "", {"Location": target.path}
            return 404, "text/html", "<p>not found</p>", {}
        if path == "/wp/":
            links = "".join(
                f'<li><a href="{a.path}">{_esc(a.title or "Gallery")}</a></li>'
                for a in self.wp.values()
                if a.slug != "private"
            )
            return (
                200,
                "text/html",
                (
                    f'<html><body><nav><a href="/wp/about-us/">About us</a> '
                    f'<a href="/wp/category/news/">News</a></nav><ul>{links}</ul></body></html>'
                ),
                {},
            )
        if path == "/wp/about-us/":
            return 200, "text/html", "<html><body><p>About us. Write to the newsroom.</p></body></html>", {}
        if path.startswith("/wp/wp-json/wp/v2/"):
            return self._api(path.removeprefix("/wp/wp-json/wp/v2/"), q)
        if path == "/pulse/news/busy-story/":
            with self.lock:
                if self.busy_429_left > 0:
                    self.busy_429_left -= 1
                    return 429, "text/html", "<p>slow down</p>", {"Retry-After": "1"}
        if path == "/pulse/news/flaky-story/":
            with self.lock:
                if self.flaky_500_left > 0:
                    self.flaky_500_left -= 1
                    return 500, "text/html", "<p>oops</p>", {}
        for art in list(self.wp.values()) + list(self.pulse.values()):
            if path == art.path:
                return self._article_page(art, q, page=1)
            if art.layout == "pulse_new" and path.startswith(art.path + "comment-page-"):
                page = path.removeprefix(art.path + "comment-page-").strip("/")
                if page.isdigit():
                    return self._article_page(art, q, page=int(page))
        return 404, "text/html", "<html><body><h1>Not found</h1></body></html>", {}

    def _feed(self, arts: dict[str, Article], prefix: str, *, tracking: bool) -> str:
        items = []
        listed = sorted(
            (a for a in arts.values() if a.layout != "pulse_old" and a.title and a.slug != "private"),
            key=lambda a: a.days_ago,
        )
        for a in listed:
            link = f"{self.base}{a.path}" + ("?utm_source=rss&utm_medium=feed&utm_campaign=daily" if tracking else "")
            items.append(f"""<item><title>{_esc(a.title)}</title><link>{_esc(link)}</link>
<pubDate>{format_datetime(self.when(a.days_ago))}</pubDate><category>{_esc(a.section)}</category>
<description>{_esc(a.standfirst)}</description></item>""")
        return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fixture {prefix}</title>
<link>{self.base}{prefix}</link><description>Test feed</description>{"".join(items)}</channel></rss>"""

    def _index(self, entries: list[tuple[str, dt.datetime]]) -> str:
        maps = "".join(
            f"<sitemap><loc>{self.base}{p}</loc><lastmod>{when.isoformat()}</lastmod></sitemap>" for p, when in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'
        )

    def _urlset(self, paths: list[str]) -> str:
        urls = "".join(f"<url><loc>{_esc(self.base + p)}</loc></url>" for p in paths)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )

    def _archive(self, slugs: list[str], *, extra: list[str], next_page: str | None) -> str:
        links = []
        for slug in slugs:
            a = self.pulse[slug]
            href = a.path + ("?fbclid=IwAR0test#comments" if slug == "hub-story" else "")
            links.append(f'<li><a href="{_esc(href)}">{_esc(a.title)}</a></li>')
        links += [f'<li><a href="{p}">Syndicated</a></li>' for p in extra]
        links.append('<li><a href="/pulse/about/">About us</a></li>')
        nxt = f'<a class="next" rel="next" href="{next_page}">Older stories</a>' if next_page else ""
        return f"<html><body><h1>News</h1><ul>{''.join(links)}</ul>{nxt}</body></html>"

    def _api(self, endpoint: str, q: dict[str, str]) -> tuple[int, str, str, dict[str, str]]:
        page = int(q.get("page", "1") or 1)
        if endpoint == "posts":
            posts = sorted((a for a in self.wp.values() if a.title and a.slug != "private"), key=lambda a: a.days_ago)
            items = [
                {
                    "id": a.post_id,
                    "link": self.base + a.path,
                    "date": self.when(a.days_ago).isoformat(),
                    "title": {"rendered": _esc(a.title)},
                    "excerpt": {"rendered": f"<p>{_esc(a.standfirst)}</p>"},
                }
                for a in posts
            ]
        elif endpoint == "comments":
            art = next((a for a in self.wp.values() if str(a.post_id) == q.get("post")), None)
            if art is None:
                return 400, "application/json", json.dumps({"code": "rest_post_invalid_id"}), {}
            items = [
                {
                    "id": c.cid,
                    "post": art.post_id,
                    "parent": c.parent,
                    "author_name": c.author,
                    "date": self.when(c.days_ago).replace(tzinfo=None).isoformat(),
                    "status": "approved",
                    "content": {"rendered": f"<p>{_esc(c.text)}</p>\n"},
                }
                for c in sorted(art.comments, key=lambda c: -c.days_ago)
            ]
        else:
            return 404, "application/json", json.dumps({"code": "rest_no_route"}), {}
        pages = max(1, -(-len(items) // WP_PAGE))
        chunk = items[(page - 1) * WP_PAGE : page * WP_PAGE]
        if page > pages:
            return 400, "application/json", json.dumps({"code": "rest_post_invalid_page_number"}), {}
        return (
            200,
            "application/json; charset=UTF-8",
            json.dumps(chunk),
            {"X-WP-Total": str(len(items)), "X-WP-TotalPages": str(pages)},
        )

    def _article_page(self, a: Article, q: dict[str, str], page: int) -> tuple[int, str, str, dict[str, str]]:
        if a.slug == "not-an-article":
            return 200, "text/html", "<html><body><div class='gallery'><img src='x.jpg'><p>Photo</div></body>", {}
        if a.layout == "pulse_old":
            return 200, "text/html; charset=utf-8", self._old_page(a, q), {}
        published = self.when(a.days_ago)
        paras = "".join(f"<p>{_esc(p)}</p>" for p in a.paragraphs)
        comments_html = self._wp_comments(a, page) if a.comments else ""
        body = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{_esc(a.title)} | Fixture</title>
<link rel="canonical" href="{self.base}{a.path}">
<link rel="alternate" type="application/json" href="{self.base}/wp/wp-json/wp/v2/posts/{a.post_id}">
<meta property="article:published_time" content="{published.isoformat()}">
</head><body class="post-template-default single postid-{a.post_id}">
<header class="site-header"><nav><a href="/">Home</a> <a href="/wp/news/">News</a></nav></header>
<main><article id="post-{a.post_id}" class="post">
<h1 class="entry-title">{_esc(a.title)}</h1>
<p class="standfirst">{_esc(a.standfirst)}</p>
<div class="byline">By <span class="author">{_esc(a.byline)}</span></div>
<time datetime="{published.isoformat()}">{published:%d %B %Y}</time>
<div class="entry-content">{paras}</div>
</article>{comments_html}</main>
<footer class="site-footer"><p>Fixture site for tests</p></footer>
</body></html>"""
        if a.slug == "truncated":
            body = body[: body.index("The third paragraph") + len("The third paragraph of this story")]
        return 200, "text/html; charset=utf-8", body, {}

    def _wp_comments(self, a: Article, page: int) -> str:
        per_page = 5 if a.layout == "pulse_new" else 50
        ordered = sorted(a.comments, key=lambda c: -c.days_ago)
        pages = max(1, -(-len(ordered) // per_page))
        chunk = ordered[(page - 1) * per_page : page * per_page]
        ids = {c.cid for c in chunk}

        def render(c: Comment) -> str:
            kids = [k for k in chunk if k.parent == c.cid]
            children = f'<ul class="children">{"".join(render(k) for k in kids)}</ul>' if kids else ""
            at = self.when(c.days_ago)
            return (
                f'<li class="comment" id="comment-{c.cid}"><article class="comment-body">'
                f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{_esc(c.author)}</b>'
                f' <span class="says">says:</span></div><div class="comment-metadata">'
                f'<time datetime="{at.isoformat()}">{at:%d %B %Y at %H:%M}</time></div></footer>'
                f'<div class="comment-content"><p>{_esc(c.text)}</p></div></article>{children}</li>'
            )

        top = "".join(render(c) for c in chunk if c.parent not in ids)
        nav = ""
        if page < pages:
            nav = (
                f'<nav class="comment-navigation"><div class="nav-next">'
                f'<a href="{a.path}comment-page-{page + 1}/#comments">Newer comments</a></div></nav>'
            )
        return (
            f'<section id="comments" class="comments-area"><h2 class="comments-title">{len(a.comments)} '
            f'thoughts on &ldquo;{_esc(a.title)}&rdquo;</h2><ol class="comment-list">{top}</ol>{nav}</section>'
        )

    def _old_page(self, a: Article, q: dict[str, str]) -> str:
        page = int(q.get("PageNo", "1") or 1)
        size = int(q.get("PageSize", str(OLD_PAGE_SIZE)) or OLD_PAGE_SIZE)
        ordered = sorted(a.comments, key=lambda c: -c.days_ago)
        chunk = ordered[(page - 1) * size : page * size]
        pages = max(1, -(-len(ordered) // size))
        items = "".join(
            f'<li class="comment-item" id="c-{c.cid}"><span class="commenter-name">{_esc(c.author)}</span> '
            f'<span class="comment-date">{self.when(c.days_ago):%d %B %Y %H:%M}</span>'
            f'<div class="comment-text"><p>{_esc(c.text)}</p></div>'
            f'<a class="report" href="#">Unsuitable or offensive? Report this comment</a></li>'
            for c in chunk
        )
        links = " ".join(
            f'<a href="{a.path}?PageNo={n}&amp;PageSize={size}&amp;SortOrder=dateasc">{n}</a>'
            for n in range(1, pages + 1)
        )
        paras = "".join(f"<p>{_esc(p)}</p>" for p in a.paragraphs)
        published = self.when(a.days_ago)
        return f"""<html><head><title>{_esc(a.title)} | News | Pulse Fixture</title></head><body>
<div id="masthead">This site is intended for health professionals only</div>
<div class="story-header"><h1>{_esc(a.title)}</h1></div>
<div class="story-summary">{_esc(a.standfirst)}</div>
<div class="byline">By {_esc(a.byline)}</div><span class="date-published">{published:%d %B %Y}</span>
<div class="storytext">{paras}</div>
<div class="comments"><h2>Readers' comments ({len(a.comments)})</h2><ul class="comments">{items}</ul>
<div class="pager">View results {size} results per page {links}</div></div>
</body></html>"""


def _handler(site: FixtureSite):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            arrived = time.monotonic()
            parts = urlsplit(self.path)
            try:
                status, ctype, body, extra = site.route(parts.path, parse_qs(parts.query, keep_blank_values=True))
            except Exception as exc:  # noqa: BLE001 - a fixture bug shows as a 599 in the log
                status, ctype, body, extra = 599, "text/plain", f"fixture error {exc!r}", {}
            data = body.encode("utf-8") if isinstance(body, str) else body
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                status, data = 304, b""
            with site.lock:
                site.log.append((self.headers.get("Host", ""), self.path, status, arrived))
                site.agents.add(self.headers.get("User-Agent", ""))
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                if status in (200, 304):
                    self.send_header("ETag", etag)
                for k, v in extra.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


# --------------------------------------------------------------------------- pytest fixtures

import pytest  # noqa: E402


@pytest.fixture
def site():
    """A fresh fixture site per test (tests change it), stopped afterwards."""
    s = FixtureSite().start()
    try:
        yield s
    finally:
        s.stop()


@pytest.fixture
def sources_dir(site, tmp_path):
    return site.write_sources(tmp_path / "sources")
