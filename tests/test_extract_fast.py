"""The extractor's indexed selector engine answers exactly as soupsieve does, and
``parse_page`` gives exactly what ``extract_article`` and ``extract_comments`` give.

The fast path (``scraper.extract._Page``) replaces soupsieve's whole-tree walks with
an index of the page; these tests hold it to soupsieve's results, element for element
and in order, on every selector the shipped and fixture source configurations use,
from the document and from subtrees, and after parts of the tree are removed.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scraper import extract as ex
from scraper.errors import ParseError
from scraper.sources import Selectors, load_sources, wordpress_source

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
HTML_PAGES = sorted(PAGES.glob("*.html"))


@pytest.fixture(scope="module")
def sources():
    found = dict(load_sources())
    found["generic"] = wordpress_source("https://primarycarenotes.example")
    return found


@pytest.fixture(scope="module")
def selectors(sources):
    """Every selector (and each comma-separated part) of every configuration."""
    out: set[str] = set()
    for sel in [Selectors()] + [s.selectors for s in sources.values()]:
        for f in dataclasses.fields(sel):
            value = getattr(sel, f.name)
            if value.strip():
                out.add(value)
                out.update(ex._parts(value))
    out.update(["#comments, .comments-area, #respond", "ul.children > li", "div p", "a[rel='category tag']"])
    return sorted(out)


def _same(got, want) -> bool:
    return len(got) == len(want) and all(a is b for a, b in zip(got, want))


@pytest.mark.parametrize("path", HTML_PAGES, ids=lambda p: p.name)
def test_index_matches_soupsieve(path, selectors):
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    page = ex._Page(soup)
    assert page.fast
    tags = soup.find_all(True)
    roots = [soup] + tags[:: max(1, len(tags) // 8)]
    compiled = 0
    for selector in selectors:
        fast = ex._compiled(selector)
        if fast is None:
            continue
        compiled += 1
        for root in roots:
            assert _same(list(page.iselect(root, fast)), root.select(selector)), (selector, root.name)
    assert compiled >= len(selectors) - 2  # the configured selectors all take the fast path


def test_index_follows_removals():
    soup = BeautifulSoup((PAGES / "wordpress.html").read_text(encoding="utf-8"), "lxml")
    page = ex._Page(soup)
    first = soup.select("li.comment")
    assert len(first) >= 3
    first[0].decompose()
    first[1].extract()
    for selector in ("li.comment", ".comment-content", "p", "ol.comment-list li.comment .fn"):
        assert _same(list(page.iselect(soup, ex._compiled(selector))), soup.select(selector)), selector


def test_unsupported_selectors_go_to_soupsieve():
    for selector in ("a:not(.x)", "h1 + p", "*", "p:first-child", "svg|a", "li ~ li"):
        assert ex._compiled(selector) is None
    soup = BeautifulSoup("<div><p class=a>1</p><p>2</p></div>", "lxml")
    page = ex._Page(soup)
    assert [t.text for t in ex._select(page, soup, "p:not(.a)")] == ["2"]
    assert ex._select(page, soup, "p[") == []  # a bad selector is logged and matches nothing, as before
    template = ex._Page(BeautifulSoup("<template><p>x</p></template><p>y</p>", "lxml"))
    assert not template.fast  # <template> content rules are soupsieve's


@pytest.mark.parametrize("path", HTML_PAGES, ids=lambda p: p.name)
def test_parse_page_equals_both_entry_points(path, sources):
    text = path.read_text(encoding="utf-8")
    url = "https://www.pulsetoday.co.uk/news/workforce/story/20031234.article"
    for site in [None, *sources.values()]:
        try:
            article = ex.extract_article(text, url, site)
        except ParseError as exc:
            with pytest.raises(ParseError) as again:
                ex.parse_page(text, url, site)
            assert again.value.reason == exc.reason
            continue
        record, page = ex.parse_page(text, url, site)
        assert record == article
        assert page == ex.extract_comments(text, url, site)


ROOT = Path(__file__).resolve().parents[1]


def test_library_internals_are_fenced_in_one_private_module():
    """soupsieve's compiled selectors, BeautifulSoup's ``_decomposed`` and httpx's private
    response fields are used nowhere but ``scraper/_fastselect.py`` (whose answers the
    tests above hold to soupsieve's), and soupsieve is pinned to the version installed."""
    import re
    from importlib import metadata

    private = re.compile(r"soupsieve|sv_util|_decomposed|\._content\b")
    users = sorted(
        str(p.relative_to(ROOT))
        for folder in ("scraper", "nlp", "corpora", "app")
        for p in (ROOT / folder).rglob("*.py")
        if any(
            private.search(line) and not line.lstrip().startswith("#")
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    )
    assert users == ["scraper/_fastselect.py"]
    pins = re.findall(r'"soupsieve==([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pins == [metadata.version("soupsieve")]
