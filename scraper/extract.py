"""Article and comment extraction from HTML pages (BeautifulSoup with lxml).

The crawler and ``gpwatch ingest`` of saved ``.html`` pages share this code.
Per-site CSS selectors come from the source configuration
(:class:`scraper.sources.SourceConfig`); WordPress's standard comment markup
(``ol.comment-list > li.comment#comment-N`` with ``.comment-author .fn``,
``time[datetime]``, ``.comment-content`` and nested ``ul.children`` replies) is
understood by the default selectors.  Pages of unknown sites fall back to
trafilatura for the article text.

Both entry points either return a record or raise :class:`ParseError`; malformed
or truncated HTML never raises anything else.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from dateutil import parser as dateparser

from corpora.records import ArticleRecord, CommentRecord, Paragraph, clean_text
from scraper.errors import ParseError
from scraper.sources import Selectors, SourceConfig
from scraper.textdump import _is_chrome
from scraper.urls import host_of, try_canonical, with_params

log = logging.getLogger("gpwatch.extract")

MIN_WORDS = 12
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "no one two three four five six seven eight nine ten eleven twelve".split())}


@dataclass
class CommentPage:
    """The comments found on one page, the URL of the next comment page (if any)
    and the total the page declares (``Readers' comments (11)``)."""

    comments: list[CommentRecord] = field(default_factory=list)
    next_url: str | None = None
    declared: int | None = None


# --------------------------------------------------------------------------- entry points


def extract_article(html: str | bytes, url: str, site: SourceConfig | None = None) -> ArticleRecord:
    """The article on ``html`` (fetched from ``url``) with the comments on that page."""
    soup = _soup(html)
    try:
        return _article(soup, html, url, site)
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - malformed markup must end in a clear error, never a crash
        log.debug("extraction failed on %s", url, exc_info=True)
        raise ParseError(f"cannot read the page ({exc.__class__.__name__}: {exc})") from exc


def extract_comments(html: str | bytes, url: str, site: SourceConfig | None = None) -> CommentPage:
    """The comments on one page (an article page or one of its comment pages)."""
    soup = _soup(html)
    try:
        return _comments(soup, url, site)
    except Exception as exc:  # noqa: BLE001
        log.debug("comment extraction failed on %s", url, exc_info=True)
        raise ParseError(f"cannot read the comments ({exc.__class__.__name__}: {exc})") from exc


def parse_date(value: str | None) -> str | None:
    """An ISO 8601 date-time (or date) from a machine or human date, else ``None``.

    Day-first for ambiguous numeric dates (UK sites); a zone is kept when given.
    """
    if not value:
        return None
    value = clean_text(value)
    value = re.sub(r"\s+at\s+", " ", value, flags=re.I)
    value = re.sub(r"^(posted|published|updated|on)\s*:?\s*", "", value, flags=re.I)
    if not re.search(r"(?<!\d)(19|20)\d{2}(?!\d)", value) or len(value) > 80:
        return None  # no year: dateutil would fill in today's, which would be invented
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            stamp = dateparser.isoparse(value)
        else:
            stamp = dateparser.parse(value, dayfirst=True, fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if stamp.year < 1990 or stamp.year > 2100:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or not re.search(r"\d:\d|\d\s*[ap]\.?m\b|T\d", value, re.I):
        return stamp.date().isoformat()  # a date without a time stays a date
    return stamp.isoformat()


# --------------------------------------------------------------------------- internals


def _soup(html: str | bytes) -> BeautifulSoup:
    if html is None or (isinstance(html, (str, bytes)) and not html.strip()):
        raise ParseError("empty page")
    if isinstance(html, bytes) and b"\x00" in html[:4096]:
        raise ParseError("binary data, not HTML")
    try:
        return BeautifulSoup(html, "lxml")
    except Exception as exc:  # noqa: BLE001
        raise ParseError(f"not HTML ({exc.__class__.__name__})") from exc


def _selectors(site: SourceConfig | None) -> Selectors:
    return site.selectors if site is not None else Selectors()


def _select_one(root: Tag, selector: str) -> Tag | None:
    """The first match of the first comma-separated selector that matches (order = priority)."""
    for part in _parts(selector):
        try:
            found = root.select_one(part)
        except Exception:  # noqa: BLE001 - a bad selector in a config must not stop extraction
            log.warning("bad CSS selector %r", part)
            continue
        if found is not None:
            return found
    return None


def _select(root: Tag, selector: str) -> list[Tag]:
    if not selector.strip():
        return []
    try:
        return root.select(selector)
    except Exception:  # noqa: BLE001
        log.warning("bad CSS selector %r", selector)
        return []


def _parts(selector: str) -> list[str]:
    return [p.strip() for p in re.split(r",(?![^\[]*\])", selector or "") if p.strip()]


def _text(tag: Tag | None, sep: str = " ") -> str:
    return clean_text(tag.get_text(sep)) if tag is not None else ""


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag is not None and tag.get("content") and clean_text(str(tag["content"])):
            return clean_text(str(tag["content"]))
    return None


def _json_ld(soup: BeautifulSoup) -> dict:
    """The first schema.org Article-like object in JSON-LD, if any."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and str(item.get("@type", "")).lower().endswith(("article", "posting")):
                return item
    return {}


def _canonical(soup: BeautifulSoup, url: str, site: SourceConfig | None) -> str:
    """``rel=canonical`` when it points to an allowed host (the page's own host for
    unknown sites), else the page URL; canonicalised when it is http(s)."""
    link = soup.find("link", rel=lambda v: v and "canonical" in (v if isinstance(v, list) else [v]))
    own = try_canonical(url) or url
    if link is not None and link.get("href"):
        target = try_canonical(str(link["href"]), url)
        if target:
            allowed = site.allows(target) if site is not None else host_of(target) == host_of(url)
            if allowed:
                return target
    return own


def _source_name(url: str, site: SourceConfig | None) -> str:
    if site is not None:
        return site.name
    host = host_of(url)
    return host.removeprefix("www.") if host else "saved"


def _article(soup: BeautifulSoup, html: str | bytes, url: str, site: SourceConfig | None) -> ArticleRecord:
    sel = _selectors(site)
    page = _comments(soup, url, site)
    record_url = _canonical(soup, url, site)
    ld = _json_ld(soup)

    # remove the comment thread and page furniture before reading the article
    for tag in _select(soup, sel.comment_list) + _select(soup, "#comments, .comments-area, #respond"):
        if not tag.decomposed:
            tag.decompose()

    title = (_text(_select_one(soup, sel.title)) or _meta(soup, "og:title", "twitter:title")
             or clean_text(str(ld.get("headline") or "")) or _title_tag(soup))
    published = (parse_date(_meta(soup, "article:published_time", "datePublished", "date", "dc.date"))
                 or parse_date(str(ld.get("datePublished") or ""))
                 or _published_from(soup, sel))
    byline = _meta(soup, "author", "article:author") or _ld_author(ld) or _text(_select_one(soup, sel.byline))
    if byline and byline.startswith(("http://", "https://")):
        byline = _text(_select_one(soup, sel.byline)) or None
    byline = re.sub(r"^by\s+", "", byline or "", flags=re.I) or None
    section = _meta(soup, "article:section") or _text(_select_one(soup, sel.section)) or None
    standfirst_tag = _select_one(soup, sel.standfirst) if sel.standfirst else None
    standfirst = _text(standfirst_tag) or None

    paragraphs: list[Paragraph] = []
    if site is not None:
        paragraphs = _paragraphs(soup, sel)
    if _words(paragraphs) < MIN_WORDS:
        paragraphs = _trafilatura(html, url) or paragraphs
    if site is None and _words(paragraphs) < MIN_WORDS:
        paragraphs = _paragraphs(soup, sel)
    skip = {t.casefold() for t in (title, standfirst) if t}
    paragraphs = [p for p in paragraphs if p.text.casefold() not in skip and not _is_chrome(p.text)]
    if _words(paragraphs) < MIN_WORDS:
        raise ParseError("no article text found")
    if not title:
        first = paragraphs[0].text
        title = first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "…"
    return ArticleRecord(
        url=record_url,
        source=_source_name(record_url, site),
        title=title,
        paragraphs=paragraphs,
        comments=page.comments,
        standfirst=standfirst,
        byline=byline[:200] if byline else None,
        section=section[:100] if section else None,
        published=published,
        comments_declared=page.declared,
        origin="crawl",
    )


def _words(paragraphs: list[Paragraph]) -> int:
    return sum(len(p.text.split()) for p in paragraphs)


def _title_tag(soup: BeautifulSoup) -> str | None:
    text = _text(soup.title) if soup.title else ""
    text = re.split(r"\s+[|–—-]\s+(?=[^|–—-]*$)", text)[0] if text else ""
    return text or None


def _ld_author(ld: dict) -> str | None:
    author = ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    return clean_text(author) if isinstance(author, str) and author.strip() else None


def _published_from(soup: BeautifulSoup, sel: Selectors) -> str | None:
    tag = _select_one(soup, sel.published)
    if tag is None:
        return None
    return parse_date(str(tag.get("datetime") or tag.get("content") or "")) or parse_date(_text(tag))


def _paragraphs(soup: BeautifulSoup, sel: Selectors) -> list[Paragraph]:
    """Paragraphs, bullets and headings inside the body container, in order."""
    body = _select_one(soup, sel.body)
    if body is None:
        return []
    for tag in _select(body, sel.drop):
        if not tag.decomposed:
            tag.decompose()
    chosen = _select(body, sel.paragraphs)
    chosen_ids = {id(t) for t in chosen}
    out: list[Paragraph] = []
    for tag in chosen:
        if any(id(parent) in chosen_ids for parent in tag.parents):
            continue  # nested inside another unit (a <p> inside an <li>)
        text = _text(tag)
        if not text:
            continue
        name = tag.name or ""
        kind = "bullet" if name == "li" else "heading" if re.fullmatch(r"h[1-6]", name) else "text"
        out.append(Paragraph(text, kind))
    return out


def _trafilatura(html: str | bytes, url: str) -> list[Paragraph]:
    """Generic fallback: trafilatura's main-text extraction, one paragraph a line."""
    try:
        import trafilatura

        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   favor_precision=True)
    except Exception:  # noqa: BLE001 - the fallback must never be the crash
        log.debug("trafilatura failed on %s", url, exc_info=True)
        return []
    out = []
    for line in (text or "").splitlines():
        line = clean_text(line)
        if not line:
            continue
        if line.startswith("- "):
            out.append(Paragraph(clean_text(line[2:]) or line, "bullet"))
        else:
            out.append(Paragraph(line, "text"))
    return out


# --------------------------------------------------------------------------- comments


def _comment_id(tag: Tag) -> str | None:
    for value in (tag.get("id"), tag.get("data-comment-id")):
        if value:
            m = re.search(r"(\d+)$", str(value))
            return m.group(1) if m else str(value)
    inner = tag.find(id=re.compile(r"^(div-)?comment-\d+$"))
    if inner is not None:
        return re.search(r"(\d+)$", str(inner["id"])).group(1)
    return None


def _own(tag: Tag, selector: str, comment_ids: set[int]) -> list[Tag]:
    """Matches of ``selector`` inside ``tag`` that do not belong to a nested reply."""
    out = []
    for part in _parts(selector):
        for found in _select(tag, part):
            owner = next((p for p in found.parents if id(p) in comment_ids), None)
            if owner is tag and id(found) not in comment_ids:
                out.append(found)
        if out:
            return out
    return out


_BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "blockquote", "br", "h1", "h2", "h3", "h4", "h5", "h6",
                         "article", "section", "footer", "header", "table", "tr", "pre"})
_COMMENT_CHROME = re.compile(
    r"^(unsuitable or offensive\?\s*)?report this comment$|^reply( moderated)?$|^(like|report|flag)$", re.I)


def _block_lines(container: Tag) -> list[str]:
    """The text of ``container`` as lines: a new line at every block element or <br>,
    inline markup (<b>, <a>, <em>) kept within its line."""
    lines: list[str] = []
    current: list[str] = []

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                if child.name in ("script", "style", "noscript", "template"):
                    continue
                block = child.name in _BLOCK_TAGS
                if block and current:
                    lines.append("".join(current))
                    current.clear()
                walk(child)
                if block and current:
                    lines.append("".join(current))
                    current.clear()
            elif type(child).__name__ in ("NavigableString", "CData"):
                current.append(str(child))

    walk(container)
    if current:
        lines.append("".join(current))
    return [line for line in (clean_text(x) for x in lines) if line]


def _comment_text(tag: Tag, sel: Selectors, comment_ids: set[int]) -> str:
    containers = _own(tag, sel.comment_text, comment_ids)
    if not containers:
        containers = [p for p in tag.find_all("p") if next((x for x in p.parents if id(x) in comment_ids),
                                                           None) is tag]
    lines: list[str] = []
    for container in containers:
        lines.extend(_block_lines(container))
    return "\n".join(line for line in lines if line and not _COMMENT_CHROME.match(line))


def _comments(soup: BeautifulSoup, url: str, site: SourceConfig | None) -> CommentPage:
    sel = _selectors(site)
    declared = _declared(soup, sel)
    container = _select_one(soup, sel.comment_list) or soup
    tags = [t for t in _select(container, sel.comment) if isinstance(t, Tag)]
    comment_ids = {id(t) for t in tags}
    comments: list[CommentRecord] = []
    for tag in tags:
        parent = next((p for p in tag.parents if id(p) in comment_ids), None)
        moderated_tags = _own(tag, sel.comment_moderated, comment_ids) if sel.comment_moderated else []
        for m in moderated_tags:
            m.extract()  # the notice is not comment text
        author_tag = next(iter(_own(tag, sel.comment_author, comment_ids)), None)
        author = re.sub(r"\s*(says|said|wrote)\s*:?\s*$", "", _text(author_tag), flags=re.I) or None
        time_tag = next(iter(_own(tag, sel.comment_time, comment_ids)), None)
        posted = None
        if time_tag is not None:
            inner_time = time_tag if time_tag.name == "time" else time_tag.find("time")
            posted = parse_date(str(inner_time.get("datetime") or "")) if inner_time is not None else None
            posted = posted or parse_date(_text(time_tag))
        text = _comment_text(tag, sel, comment_ids)
        if author and text.startswith(author):
            text = text[len(author):].lstrip(" :\n") or text
        if not text and not moderated_tags:
            continue
        comments.append(CommentRecord(
            text=text,
            author=author[:120] if author else None,
            posted=posted,
            moderated=bool(moderated_tags),
            external_id=_comment_id(tag),
            parent_external_id=_comment_id(parent) if parent is not None else None,
        ))
    return CommentPage(comments, _next_url(soup, url, site, sel, declared, len(comments)), declared)


def _declared(soup: BeautifulSoup, sel: Selectors) -> int | None:
    tag = _select_one(soup, sel.comments_declared) if sel.comments_declared else None
    text = _text(tag) if tag is not None else ""
    if not text:
        heading = soup.find(string=re.compile(r"readers[’']?\s+comments\s*[(\[]\s*\d+", re.I))
        text = clean_text(str(heading)) if heading else ""
    if not text:
        return None
    m = re.search(r"(\d[\d,]*)", text)
    if m:
        return int(m.group(1).replace(",", ""))
    word = re.match(r"\W*(\w+)", text.lower())
    return _NUMBER_WORDS.get(word.group(1)) if word else None


def _next_url(soup: BeautifulSoup, url: str, site: SourceConfig | None, sel: Selectors,
              declared: int | None, found: int) -> str | None:
    """The next comment page: a ``next`` link, or for query-paged sites (Pulse's old
    ``.article`` pages) the same URL with the page parameter advanced."""
    paging = site.comment_paging if site is not None else None
    if paging is not None and paging.style_for(url) == "query" and paging.page_param:
        query = dict(parse_qsl(urlsplit(url).query))
        try:
            page = int(query.get(paging.page_param, paging.first_page))
        except ValueError:
            page = paging.first_page
        size = paging.page_size or found
        index = page - paging.first_page + 1
        if page - paging.first_page + 1 >= paging.max_pages or not found or not size:
            return None
        more = declared is not None and index * size < declared
        linked = any(
            dict(parse_qsl(urlsplit(str(a["href"])).query)).get(paging.page_param) == str(page + 1)
            for a in soup.find_all("a", href=True)
        )
        if not (more or linked):
            return None
        params: dict[str, str | int] = {paging.page_param: page + 1, **paging.params}
        if paging.size_param and paging.page_size:
            params[paging.size_param] = paging.page_size
        try:
            return with_params(url, params)
        except ValueError:
            return None
    link = _select_one(soup, sel.comment_next) if sel.comment_next else None
    if link is None or not link.get("href"):
        return None
    target = try_canonical(str(link["href"]), url)
    if not target or target == try_canonical(url):
        return None
    allowed = site.allows(target) if site is not None else host_of(target) == host_of(url)
    return target if allowed else None


def join_url(base: str, href: str) -> str:
    """``href`` resolved against ``base`` (kept for callers building comment URLs)."""
    return urljoin(base, href)
