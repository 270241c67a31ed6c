"""Article and comment extraction from HTML pages (BeautifulSoup with lxml).

The crawler and ``gpwatch ingest`` of saved ``.html`` pages share this code.
Per-site CSS selectors come from the source configuration
(:class:`scraper.sources.SourceConfig`); WordPress's standard comment markup
(``ol.comment-list > li.comment#comment-N`` with ``.comment-author .fn``,
``time[datetime]``, ``.comment-content`` and nested ``ul.children`` replies) is
understood by the default selectors.  Pages of unknown sites fall back to
trafilatura for the article text.

Both entry points either return a record or raise :class:`ParseError`; malformed
or truncated HTML never raises anything else.  :func:`parse_page` gives both results
for an article page from one parse (the crawler's path).

Speed: the page is parsed once per call and indexed (see :class:`_Page`), so the
dozens of CSS selectors asked per page cost a few dictionary look-ups each rather
than a walk of the whole tree; ``benchmarks/bench_crawl.py`` measures pages per second
against BeautifulSoup's tree building alone.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl, urljoin, urlsplit

from bs4 import BeautifulSoup, SoupStrainer, Tag
from dateutil import parser as dateparser

from corpora.records import ArticleRecord, CommentRecord, Paragraph, clean_text
from scraper._fastselect import Page as _Page
from scraper._fastselect import compiled as _compiled
from scraper.errors import ParseError
from scraper.sources import Selectors, SourceConfig
from scraper.textdump import _is_chrome
from scraper.urls import host_of, try_canonical, with_params

log = logging.getLogger("gpwatch.extract")

MIN_WORDS = 12
_NUMBER_WORDS = {
    w: i for i, w in enumerate("no one two three four five six seven eight nine ten eleven twelve".split())
}


@dataclass
class CommentPage:
    """The comments found on one page, the URL of the next comment page (if any)
    and the total the page declares (``Readers' comments (11)``)."""

    comments: list[CommentRecord] = field(default_factory=list)
    next_url: str | None = None
    declared: int | None = None
    page_urls: list[str] = field(default_factory=list)  # every comment page this one links to


# --------------------------------------------------------------------------- one parsed page
#
# The page is parsed once and indexed (:class:`scraper._fastselect.Page`, the one module
# that uses soupsieve's and BeautifulSoup's internals, behind its guard test).


# --------------------------------------------------------------------------- entry points


def extract_article(html: str | bytes, url: str, site: SourceConfig | None = None) -> ArticleRecord:
    """The article on ``html`` (fetched from ``url``) with the comments on that page."""
    return parse_page(html, url, site)[0]


def parse_page(html: str | bytes, url: str, site: SourceConfig | None = None) -> tuple[ArticleRecord, CommentPage]:
    """The article on ``html`` and its comment page, from one parse.

    The same as ``(extract_article(html, url, site), extract_comments(html, url, site))``
    at half the cost: the crawler needs both for an article page (the record, and the
    next comment page).  Raises :class:`ParseError` as :func:`extract_article` does.
    """
    soup = _soup(html)
    try:
        return _article(_Page(soup), html, url, site)
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - malformed markup must end in a clear error, never a crash
        log.debug("extraction failed on %s", url, exc_info=True)
        raise ParseError(f"cannot read the page ({exc.__class__.__name__}: {exc})") from exc


def extract_comments(html: str | bytes, url: str, site: SourceConfig | None = None) -> CommentPage:
    """The comments on one page (an article page or one of its comment pages)."""
    soup = _soup(html)
    try:
        return _comments(_Page(soup), url, site)
    except Exception as exc:  # noqa: BLE001
        log.debug("comment extraction failed on %s", url, exc_info=True)
        raise ParseError(f"cannot read the comments ({exc.__class__.__name__}: {exc})") from exc


def parse_date(value: str | None) -> str | None:
    """An ISO 8601 date-time (or date) from a machine or human date, else ``None``.

    Day-first for ambiguous numeric dates (UK sites); a zone is kept when given.
    """
    if not value:
        return None
    return _parse_date(value)


@lru_cache(maxsize=4096)
def _parse_date(value: str) -> str | None:
    """:func:`parse_date` for a non-empty string; cached (a pure function of its text, and
    dateutil's fuzzy parse is slow while the same stamps recur across a thread's pages)."""
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


def _select_one(page: _Page, root: Tag, selector: str) -> Tag | None:
    """The first match of the first comma-separated selector that matches (order = priority)."""
    for part in _parts(selector):
        fast = _compiled(part) if page.fast else None
        if fast is not None:
            found = next(page.iselect(root, fast), None)
        else:
            try:
                found = root.select_one(part)
            except Exception:  # noqa: BLE001 - a bad selector in a config must not stop extraction
                log.warning("bad CSS selector %r", part)
                continue
        if found is not None:
            return found
    return None


def _select(page: _Page, root: Tag, selector: str) -> list[Tag]:
    if not selector.strip():
        return []
    fast = _compiled(selector) if page.fast else None
    if fast is not None:
        return list(page.iselect(root, fast))
    try:
        return root.select(selector)
    except Exception:  # noqa: BLE001
        log.warning("bad CSS selector %r", selector)
        return []


@lru_cache(maxsize=512)
def _parts(selector: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r",(?![^\[]*\])", selector or "") if p.strip())


def _find(page: _Page, name: str, strainer: SoupStrainer, need: str | None = None, **filters) -> Tag | None:
    """``soup.find(name, **filters)``; ``strainer`` is the same filter, prebuilt, for the
    name index; ``need`` an attribute it requires."""
    if page.fast:
        return next(page.find_tags(name, strainer, need), None)
    return page.soup.find(name, **filters)


def _find_all(page: _Page, name: str, strainer: SoupStrainer, need: str | None = None, **filters) -> list[Tag]:
    """``soup.find_all(name, **filters)`` (see :func:`_find`)."""
    if page.fast:
        return list(page.find_tags(name, strainer, need))
    return page.soup.find_all(name, **filters)


def _is_canonical(value) -> bool:
    return bool(value and "canonical" in (value if isinstance(value, list) else [value]))


_LD_JSON = {"type": "application/ld+json"}
_LD_STRAINER = SoupStrainer("script", attrs=_LD_JSON)
_CANONICAL_STRAINER = SoupStrainer("link", rel=_is_canonical)
_TITLE_STRAINER = SoupStrainer("title")
_HREF_STRAINER = SoupStrainer("a", href=True)


@lru_cache(maxsize=64)
def _meta_strainer(attr: str, value: str) -> SoupStrainer:
    return SoupStrainer("meta", attrs={attr: value})


def _text(tag: Tag | None, sep: str = " ") -> str:
    return clean_text(tag.get_text(sep)) if tag is not None else ""


def _meta(page: _Page, *names: str) -> str | None:
    for name in names:
        tag = _find(page, "meta", _meta_strainer("property", name), "property", attrs={"property": name}) or _find(
            page, "meta", _meta_strainer("name", name), "name", attrs={"name": name}
        )
        if tag is not None and tag.get("content") and clean_text(str(tag["content"])):
            return clean_text(str(tag["content"]))
    return None


def _json_ld(page: _Page) -> dict:
    """The first schema.org Article-like object in JSON-LD, if any."""
    for script in _find_all(page, "script", _LD_STRAINER, "type", attrs=_LD_JSON):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and str(item.get("@type", "")).lower().endswith(("article", "posting")):
                return item
    return {}


def _canonical(page: _Page, url: str, site: SourceConfig | None) -> str:
    """``rel=canonical`` when it points to an allowed host (the page's own host for
    unknown sites), else the page URL; canonicalised when it is http(s)."""
    link = _find(page, "link", _CANONICAL_STRAINER, "rel", rel=_is_canonical)
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


def _article(doc: _Page, html: str | bytes, url: str, site: SourceConfig | None) -> tuple[ArticleRecord, CommentPage]:
    sel = _selectors(site)
    soup = doc.soup
    page = _comments(doc, url, site)
    record_url = _canonical(doc, url, site)
    ld = _json_ld(doc)

    # remove the comment thread and page furniture before reading the article
    for tag in _select(doc, soup, sel.comment_list) + _select(doc, soup, "#comments, .comments-area, #respond"):
        if not doc.gone(tag):
            tag.decompose()

    title = (
        _text(_select_one(doc, soup, sel.title))
        or _meta(doc, "og:title", "twitter:title")
        or clean_text(str(ld.get("headline") or ""))
        or _title_tag(doc)
    )
    published = (
        parse_date(_meta(doc, "article:published_time", "datePublished", "date", "dc.date"))
        or parse_date(str(ld.get("datePublished") or ""))
        or _published_from(doc, sel)
    )
    byline = _meta(doc, "author", "article:author") or _ld_author(ld) or _text(_select_one(doc, soup, sel.byline))
    if byline and byline.startswith(("http://", "https://")):
        byline = _text(_select_one(doc, soup, sel.byline)) or None
    byline = re.sub(r"^by\s+", "", byline or "", flags=re.I) or None
    section = _meta(doc, "article:section") or _text(_select_one(doc, soup, sel.section)) or None
    standfirst_tag = _select_one(doc, soup, sel.standfirst) if sel.standfirst else None
    standfirst = _text(standfirst_tag) or None

    paragraphs: list[Paragraph] = []
    if site is not None:
        paragraphs = _paragraphs(doc, sel)
    if _words(paragraphs) < MIN_WORDS:
        paragraphs = _trafilatura(html, url) or paragraphs
    if site is None and _words(paragraphs) < MIN_WORDS:
        paragraphs = _paragraphs(doc, sel)
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
    ), CommentPage(list(page.comments), page.next_url, page.declared, list(page.page_urls))


def _words(paragraphs: list[Paragraph]) -> int:
    return sum(len(p.text.split()) for p in paragraphs)


def _title_tag(page: _Page) -> str | None:
    title = _find(page, "title", _TITLE_STRAINER)
    text = _text(title) if title else ""
    text = re.split(r"\s+[|–—-]\s+(?=[^|–—-]*$)", text)[0] if text else ""
    return text or None


def _ld_author(ld: dict) -> str | None:
    author = ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    return clean_text(author) if isinstance(author, str) and author.strip() else None


def _published_from(page: _Page, sel: Selectors) -> str | None:
    tag = _select_one(page, page.soup, sel.published)
    if tag is None:
        return None
    return parse_date(str(tag.get("datetime") or tag.get("content") or "")) or parse_date(_text(tag))


def _paragraphs(page: _Page, sel: Selectors) -> list[Paragraph]:
    """Paragraphs, bullets and headings inside the body container, in order."""
    body = _select_one(page, page.soup, sel.body)
    if body is None:
        return []
    for tag in _select(page, body, sel.drop):
        if not page.gone(tag):
            tag.decompose()
    chosen = _select(page, body, sel.paragraphs)
    chosen_ids = {id(t) for t in chosen}
    out: list[Paragraph] = []
    for tag in chosen:
        if _nearest(tag, chosen_ids) is not None:
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

        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
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


def _nearest(tag: Tag, ids: set[int]) -> Tag | None:
    """The closest ancestor of ``tag`` whose ``id()`` is in ``ids`` (a plain loop: the
    ``.parents`` generator costs more than the walk itself)."""
    parent = tag.parent
    while parent is not None:
        if id(parent) in ids:
            return parent
        parent = parent.parent
    return None


#: Reply threads nest at most this deep as stored: a reply nested deeper is kept, filed
#: under its deepest kept ancestor (the replies of a comment at this depth stay at this
#: depth), as WordPress itself shows threads deeper than its own setting.
MAX_THREAD_DEPTH = 50

_INNER_COMMENT_ID = re.compile(r"^(div-)?comment-(\d+)$")


def _owners(container: Tag, comment_ids: set[int]) -> dict[int, Tag | None]:
    """For every tag under ``container`` (by ``id()``), the nearest comment enclosing it
    (``None`` outside every comment), from one walk in document order with a stack of
    the open tags: linear in the size of the thread however deeply its replies nest."""
    owners: dict[int, Tag | None] = {}
    stack: list[tuple[Tag, Tag | None]] = [(container, None)]  # open tags, with the comment owning their insides
    for el in container.descendants:
        if not isinstance(el, Tag):
            continue
        parent = el.parent
        while len(stack) > 1 and stack[-1][0] is not parent:
            stack.pop()
        inside = stack[-1][1]
        owners[id(el)] = inside
        stack.append((el, el if id(el) in comment_ids else inside))
    return owners


def _comment_id(tag: Tag, comment_ids: set[int]) -> str | None:
    for value in (tag.get("id"), tag.get("data-comment-id")):
        if value:
            m = re.search(r"(\d+)$", str(value))
            return m.group(1) if m else str(value)
    for el in tag.descendants:  # its own markup, up to its first reply: linear over a thread
        if isinstance(el, Tag):
            if id(el) in comment_ids:
                break
            inner = _INNER_COMMENT_ID.match(str(el.get("id") or ""))
            if inner:
                return inner.group(2)
    return None


def _own_matches(
    page: _Page, container: Tag, selector: str, owners: dict[int, Tag | None], comment_ids: set[int]
) -> dict[int, list[Tag]]:
    """For each comment (by ``id()``), the matches of ``selector`` inside it that do not
    belong to a nested reply: those of the first comma-separated part that has any
    there (order = priority).  One query per part for the whole thread, not one per
    comment, so a thread costs its size, not its size times its depth."""
    chosen: dict[int, list[Tag]] = {}
    for part in _parts(selector):
        found: dict[int, list[Tag]] = {}
        for el in _select(page, container, part):
            owner = owners.get(id(el))
            if owner is not None and id(el) not in comment_ids:
                found.setdefault(id(owner), []).append(el)
        for key, tags in found.items():
            chosen.setdefault(key, tags)
    return chosen


_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "blockquote",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "article",
        "section",
        "footer",
        "header",
        "table",
        "tr",
        "pre",
    }
)
_COMMENT_CHROME = re.compile(
    r"^(unsuitable or offensive\?\s*)?report this comment$|^reply( moderated)?$|^(like|report|flag)$", re.I
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})


def _block_lines(container: Tag) -> list[str]:
    """The text of ``container`` as lines: a new line at every block element or <br>,
    inline markup (<b>, <a>, <em>) kept within its line.  An explicit stack, not
    recursion: markup nested any number of levels deep is read, not a RecursionError."""
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        if current:
            lines.append("".join(current))
            current.clear()

    stack: list[tuple[object, bool]] = [(child, False) for child in reversed(container.contents)]
    while stack:
        node, closing = stack.pop()
        if closing:  # the end of a block element
            end_line()
        elif isinstance(node, Tag):
            if node.name in _SKIPPED_TAGS:
                continue
            if node.name in _BLOCK_TAGS:
                end_line()
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node).__name__ in ("NavigableString", "CData"):
            current.append(str(node))
    end_line()
    return [line for line in (clean_text(x) for x in lines) if line]


def _comments(page: _Page, url: str, site: SourceConfig | None) -> CommentPage:
    sel = _selectors(site)
    soup = page.soup
    declared = _declared(page, sel)
    container = _select_one(page, soup, sel.comment_list) or soup
    tags = [t for t in _select(page, container, sel.comment) if isinstance(t, Tag)]
    comment_ids = {id(t) for t in tags}
    owners = _owners(container, comment_ids)
    moderated = (
        _own_matches(page, container, sel.comment_moderated, owners, comment_ids) if sel.comment_moderated else {}
    )
    for notices in moderated.values():
        for m in notices:
            m.extract()  # the notice is not comment text
    authors = _own_matches(page, container, sel.comment_author, owners, comment_ids)
    times = _own_matches(page, container, sel.comment_time, owners, comment_ids)
    texts = _own_matches(page, container, sel.comment_text, owners, comment_ids)
    bare_paragraphs: dict[int, list[Tag]] = {}
    if any(id(t) not in texts for t in tags):  # the fallback: a comment's own <p>s
        for p in container.find_all("p"):
            owner = owners.get(id(p))
            if owner is not None:
                bare_paragraphs.setdefault(id(owner), []).append(p)
    ids = {id(t): _comment_id(t, comment_ids) for t in tags}
    depth: dict[int, int] = {}
    kept_parent: dict[int, Tag | None] = {}
    comments: list[CommentRecord] = []
    for tag in tags:  # document order: a parent comes before its replies
        parent = owners.get(id(tag))
        if parent is None:
            depth[id(tag)] = 1
            kept_parent[id(tag)] = None
        elif depth[id(parent)] < MAX_THREAD_DEPTH:
            depth[id(tag)] = depth[id(parent)] + 1
            kept_parent[id(tag)] = parent
        else:  # deeper than the limit: a sibling of its parent, under their deepest kept ancestor
            depth[id(tag)] = depth[id(parent)]
            kept_parent[id(tag)] = kept_parent[id(parent)]
        parent = kept_parent[id(tag)]
        moderated_tags = moderated.get(id(tag), [])
        author_tag = next(iter(authors.get(id(tag), [])), None)
        author = re.sub(r"\s*(says|said|wrote)\s*:?\s*$", "", _text(author_tag), flags=re.I) or None
        time_tag = next(iter(times.get(id(tag), [])), None)
        posted = None
        if time_tag is not None:
            inner_time = time_tag if time_tag.name == "time" else time_tag.find("time")
            posted = parse_date(str(inner_time.get("datetime") or "")) if inner_time is not None else None
            posted = posted or parse_date(_text(time_tag))
        containers = texts.get(id(tag)) or bare_paragraphs.get(id(tag), [])
        lines = [line for container_tag in containers for line in _block_lines(container_tag)]
        text = "\n".join(line for line in lines if line and not _COMMENT_CHROME.match(line))
        if author and text.startswith(author):
            text = text[len(author) :].lstrip(" :\n") or text
        if not text and not moderated_tags:
            continue
        comments.append(
            CommentRecord(
                text=text,
                author=author[:120] if author else None,
                posted=posted,
                moderated=bool(moderated_tags),
                external_id=ids[id(tag)],
                parent_external_id=ids[id(parent)] if parent is not None else None,
            )
        )
    return CommentPage(
        comments,
        _next_url(page, url, site, sel, declared, len(comments)),
        declared,
        _page_urls(page, url, site, sel) if comments else [],
    )


def _page_urls(doc: _Page, url: str, site: SourceConfig | None, sel: Selectors) -> list[str]:
    """Every comment page linked from the thread's page links (``comment_pages``), in order,
    without the page itself: WordPress (classic and block themes) shows the newest page
    first by default and links the older ones, so a thread is read by visiting them all."""
    if not getattr(sel, "comment_pages", ""):
        return []
    own = try_canonical(url)
    out: list[str] = []
    for link in _select(doc, doc.soup, sel.comment_pages):
        href = link.get("href")
        target = try_canonical(str(href), url) if href else None
        if not target or target == own or target in out:
            continue
        if site.allows(target) if site is not None else host_of(target) == host_of(url):
            out.append(target)
    return out


def _declared(page: _Page, sel: Selectors) -> int | None:
    tag = _select_one(page, page.soup, sel.comments_declared) if sel.comments_declared else None
    text = _text(tag) if tag is not None else ""
    if not text:
        heading = page.soup.find(string=re.compile(r"readers[’']?\s+comments\s*[(\[]\s*\d+", re.I))
        text = clean_text(str(heading)) if heading else ""
    if not text:
        return None
    m = re.search(r"(\d[\d,]*)", text)
    if m:
        return int(m.group(1).replace(",", ""))
    word = re.match(r"\W*(\w+)", text.lower())
    return _NUMBER_WORDS.get(word.group(1)) if word else None


def _next_url(
    doc: _Page, url: str, site: SourceConfig | None, sel: Selectors, declared: int | None, found: int
) -> str | None:
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
            for a in _find_all(doc, "a", _HREF_STRAINER, "href", href=True)
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
    link = _select_one(doc, doc.soup, sel.comment_next) if sel.comment_next else None
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
