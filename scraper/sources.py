"""Source configurations: what to collect from a site and how to read its pages.

One TOML file per source in ``corpora/sources/`` (read with :mod:`tomllib`);
:func:`load_sources` turns them into :class:`SourceConfig` objects.  The crawler
(discovery, politeness) and the extractor (:mod:`scraper.extract`) both read
these plain dataclasses; nothing here touches the network.

A TOML file looks like::

    name = "pulse"
    base_url = "https://www.pulsetoday.co.uk/"
    start_urls = ["https://www.pulsetoday.co.uk/feed/"]
    allowed_hosts = ["www.pulsetoday.co.uk", "pulsetoday.co.uk"]
    sections = ["news"]
    rate = 1.0
    concurrency = 2

    [discovery]
    methods = ["feed", "sitemap", "wp_api", "archive"]
    feeds = ["https://www.pulsetoday.co.uk/feed/"]

    [filters]
    since = "2015-01-01"
    keywords = ["GP", "practice"]

    [selectors]
    title = "h1.entry-title"

    [comment_paging]
    style = "query"
    page_param = "PageNo"

Every field has a default, so a file only needs ``name`` and ``base_url``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from corpora.resources import SOURCES_DIR
from scraper.urls import host_allowed

DEFAULT_SOURCES_DIR = SOURCES_DIR
DEFAULT_USER_AGENT = "gpwatch/0.1 (research crawler; +https://github.com/gpwatch/gpwatch)"
DISCOVERY_METHODS = ("feed", "sitemap", "wp_api", "archive")


class SourceConfigError(ValueError):
    """A source configuration file is missing, unreadable or invalid."""


@dataclass
class Selectors:
    """CSS selectors (BeautifulSoup ``select``) for one site's article and comment markup.

    Each may hold several selectors separated by commas; the first match wins.  An
    empty string means "not on this site / use the generic fallback".
    """

    article: str = "article, main, .entry-content, .post"  # the article container
    title: str = "h1.entry-title, h1.wp-block-post-title, h1.article-title, article h1, h1"
    standfirst: str = ".standfirst, .entry-summary, .article-standfirst, p.lead"
    byline: str = ".byline .author, .author-name, a[rel=author], .entry-author, .byline"
    published: str = "time[datetime], .published, .entry-date, .date"
    section: str = ".section-name, .category a, a[rel='category tag']"
    body: str = ".entry-content, .wp-block-post-content, .article-body, .article-content, .story-body, article"
    paragraphs: str = "p, li, h2, h3"  # units inside ``body``
    drop: str = (
        "script, style, noscript, nav, header, footer, aside, form, figure, figcaption, "
        ".related, .share, .social, .advert, .ad, .newsletter, .comments, #comments, .comment-list, "
        ".commentlist, .sharedaddy, .jp-relatedposts"
    )  # removed from ``body`` before reading
    comments_declared: str = ".comments-title, .wp-block-comments-title, .comment-count, #comments h2, .comments h2"
    comment_list: str = (
        "ol.commentlist, ol.comment-list, ul.comment-list, .comment-list, .commentlist, "
        "ol.wp-block-comment-template"
    )  # the last: block themes (WordPress 5.9+)
    comment: str = "li.comment, article.comment, div.comment"
    comment_author: str = ".comment-author .fn, .comment-author cite, .wp-block-comment-author-name, .comment-author"
    comment_time: str = "time[datetime], .comment-metadata a, .comment-meta a, .commentmetadata a"
    comment_text: str = ".comment-content, .wp-block-comment-content, .comment-body > p, .comment-text"
    comment_moderated: str = ".comment-awaiting-moderation, .moderated"
    comment_next: str = "a.next, .comment-navigation .nav-next a, .nav-links a.next, a[rel=next]"
    #: every link among a thread's page links (classic ``.comments-pagination``, block themes'
    #: ``.wp-block-comments-pagination``): WordPress shows the newest page first by default, so
    #: the older pages are reached through these, not through a "next" link
    comment_pages: str = (
        ".wp-block-comments-pagination a, .comments-pagination a, .comment-navigation a, .comment-nav-links a"
    )


@dataclass
class CommentPaging:
    """How a site pages the comment thread under an article.

    ``style``: ``"none"`` (all on the article page), ``"link"`` (follow the
    ``comment_next`` link), ``"query"`` (add ``page_param=N`` and the extra
    ``params`` to the article URL, as Pulse's old ``.article`` pages do with
    ``PageNo``/``PageSize``/``SortOrder``) or ``"wp_api"`` (the REST API's
    ``/wp-json/wp/v2/comments?post=ID`` with its paging headers).
    """

    style: str = "link"
    page_param: str | None = None
    size_param: str | None = None
    page_size: int | None = None
    first_page: int = 1
    params: dict[str, str] = field(default_factory=dict)  # e.g. {"SortOrder": "1"}
    url_suffix: str | None = None  # only article URLs ending like this are paged this way (e.g. ".article");
    #                                other URLs of the source follow ``comment_next`` links ("link")
    max_pages: int = 50

    def style_for(self, url: str) -> str:
        """The paging style that applies to the article at ``url``."""
        if self.url_suffix and not urlsplit(url).path.endswith(self.url_suffix):
            return "link"
        return self.style


@dataclass
class Discovery:
    """Where new article URLs come from, tried in the order of ``methods``."""

    methods: list[str] = field(default_factory=lambda: ["feed", "sitemap"])
    feeds: list[str] = field(default_factory=list)  # RSS/Atom URLs
    sitemaps: list[str] = field(default_factory=list)  # sitemap or sitemap-index URLs
    wp_api: str | None = None  # e.g. https://site/wp-json/wp/v2/
    archives: list[str] = field(default_factory=list)  # section/archive pages with next-page links
    article_patterns: list[str] = field(default_factory=list)  # regexes an article URL must match (any)
    exclude_patterns: list[str] = field(default_factory=list)  # regexes that rule a URL out


@dataclass
class Filters:
    """What is worth fetching: all set filters must pass."""

    since: str | None = None  # ISO date: only articles published on or after
    until: str | None = None  # ISO date: only articles published on or before
    keywords: list[str] = field(default_factory=list)  # any of them in title/summary (case-insensitive)
    sections: list[str] = field(default_factory=list)  # URL path segments or section names


@dataclass
class SourceConfig:
    """One configured source.  Field names are an interface shared with the crawler."""

    name: str
    base_url: str
    start_urls: list[str] = field(default_factory=list)
    allowed_hosts: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    kind: str = "site"  # site | wordpress (generic WordPress on any base URL)
    rate: float = 1.0  # requests per second per host
    concurrency: int = 2  # simultaneous requests per source
    user_agent: str = DEFAULT_USER_AGENT
    contact: str | None = None  # contact URL or e-mail put into the User-Agent
    timeout: float = 20.0  # seconds per request
    max_bytes: int = 10_000_000  # response size cap
    tracking_params: list[str] = field(
        default_factory=lambda: [
            "utm_source",
            "utm_medium",
            "utm_campaign",
            "utm_term",
            "utm_content",
            "fbclid",
            "gclid",
            "mc_cid",
            "mc_eid",
        ]
    )
    discovery: Discovery = field(default_factory=Discovery)
    filters: Filters = field(default_factory=Filters)
    selectors: Selectors = field(default_factory=Selectors)
    comment_paging: CommentPaging = field(default_factory=CommentPaging)
    path: Path | None = None  # the TOML file it came from, if any
    named_by_site: bool = False  # a site given by URL: its own name (REST index, og:site_name,
    #                                         feed title) replaces the host name once read

    def __post_init__(self) -> None:
        if not self.allowed_hosts:
            host = urlsplit(self.base_url).hostname
            if host:
                self.allowed_hosts = [host] + ([host[4:]] if host.startswith("www.") else [f"www.{host}"])
        if not self.start_urls:
            self.start_urls = [self.base_url]
        if not self.filters.sections and self.sections:
            self.filters.sections = list(self.sections)

    @property
    def full_user_agent(self) -> str:
        """The User-Agent header: ``user_agent`` with the contact appended when set."""
        if self.contact and self.contact not in self.user_agent:
            return f"{self.user_agent} contact: {self.contact}"
        return self.user_agent

    def allows(self, url: str) -> bool:
        """Whether ``url`` is an http(s) URL on one of this source's hosts (an entry with a
        port, ``127.0.0.1:8765``, must match the port too)."""
        return host_allowed(url, self.allowed_hosts)


def _build(cls, data: dict, where: str):
    """Make dataclass ``cls`` from a TOML table, refusing unknown keys."""
    known = {f.name for f in fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise SourceConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    return cls(**data)


def source_from_dict(data: dict, where: str = "<source>") -> SourceConfig:
    """Build a :class:`SourceConfig` from a parsed TOML document."""
    data = dict(data)
    for key in ("name", "base_url"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise SourceConfigError(f"{where}: '{key}' is required")
    nested = {
        "discovery": Discovery,
        "filters": Filters,
        "selectors": Selectors,
        "comment_paging": CommentPaging,
    }
    for key, cls in nested.items():
        if key in data:
            if not isinstance(data[key], dict):
                raise SourceConfigError(f"{where}: [{key}] must be a table")
            data[key] = _build(cls, data[key], f"{where} [{key}]")
    methods = data.get("discovery").methods if "discovery" in data else []
    bad = [m for m in methods if m not in DISCOVERY_METHODS]
    if bad:
        raise SourceConfigError(f"{where}: unknown discovery method(s) {', '.join(bad)}")
    try:
        return _build(SourceConfig, data, where)
    except TypeError as exc:
        raise SourceConfigError(f"{where}: {exc}") from exc


def load_source(path: str | Path) -> SourceConfig:
    """Read one TOML source configuration."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceConfigError(f"{path}: {exc}") from exc
    config = source_from_dict(data, str(path))
    config.path = path
    return config


def load_sources(directory: str | Path | None = None) -> dict[str, SourceConfig]:
    """Every ``*.toml`` in ``directory`` (default ``corpora/sources``), by name.

    The generic ``wordpress`` template (``kind = "wordpress"`` with no real host)
    is included; use :func:`wordpress_source` to point it at a site.
    """
    directory = Path(directory) if directory is not None else DEFAULT_SOURCES_DIR
    sources: dict[str, SourceConfig] = {}
    for path in sorted(directory.glob("*.toml")):
        config = load_source(path)
        if config.name in sources:
            raise SourceConfigError(f"{path}: source name {config.name!r} is used twice")
        sources[config.name] = config
    return sources


def source_for_url(url: str, sources: dict[str, SourceConfig] | None) -> SourceConfig | None:
    """The configured source whose allowed hosts include ``url``'s host, if any."""
    for config in (sources or {}).values():
        if config.allows(url):
            return config
    return None


def wordpress_source(base_url: str, *, name: str | None = None, template: SourceConfig | None = None) -> SourceConfig:
    """A generic WordPress source for any site given only its base URL.

    Uses the feed (``/feed/``), the sitemap (``/wp-sitemap.xml``), the REST API
    (``/wp-json/wp/v2/``) and WordPress's standard comment markup.  ``template``
    (e.g. the loaded ``wordpress`` config) supplies selectors, rate and the rest.
    """
    if "://" not in base_url:
        base_url = "https://" + base_url
    if not base_url.endswith("/"):
        base_url += "/"
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if not host:
        raise SourceConfigError(f"{base_url}: not a site URL")
    if template is None:
        template_path = DEFAULT_SOURCES_DIR / "wordpress.toml"
        template = load_source(template_path) if template_path.exists() else None
    selectors = template.selectors if template else Selectors()
    paging = template.comment_paging if template else CommentPaging(style="link")
    filters = template.filters if template else Filters()
    return SourceConfig(
        name=name or host.removeprefix("www."),
        named_by_site=name is None,
        base_url=base_url,
        start_urls=[urljoin(base_url, "feed/")],
        allowed_hosts=[parts.netloc.lower()] if parts.port else [],
        kind="wordpress",
        rate=template.rate if template else 1.0,
        concurrency=template.concurrency if template else 2,
        user_agent=template.user_agent if template else DEFAULT_USER_AGENT,
        contact=template.contact if template else None,
        discovery=Discovery(
            methods=list(template.discovery.methods) if template else ["feed", "wp_api", "sitemap", "archive"],
            feeds=[urljoin(base_url, "feed/")],
            sitemaps=[urljoin(base_url, "wp-sitemap.xml"), urljoin(base_url, "sitemap.xml")],
            wp_api=urljoin(base_url, "wp-json/wp/v2/"),
            archives=[base_url],
        ),
        filters=Filters(
            since=filters.since, until=filters.until, keywords=list(filters.keywords), sections=list(filters.sections)
        ),
        selectors=Selectors(**{f.name: getattr(selectors, f.name) for f in fields(Selectors)}),
        comment_paging=CommentPaging(**{f.name: getattr(paging, f.name) for f in fields(CommentPaging)}),
    )
