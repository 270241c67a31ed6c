"""HTML extraction: WordPress markup with nested replies, Pulse's old .article pages,
a GPonline-like page, unknown sites (trafilatura) and broken HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.errors import ParseError
from scraper.extract import extract_article, extract_comments, parse_date
from scraper.sources import load_sources, wordpress_source

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
WP_URL = "https://primarycarenotes.example/2024/05/chambers-model-spreads/"
PULSE_URL = "https://www.pulsetoday.co.uk/news/workforce/pcn-clinical-directors-warn-of-burnout/20031234.article"


@pytest.fixture(scope="module")
def sources():
    return load_sources()


def html(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_wordpress_article_fields():
    site = wordpress_source("https://primarycarenotes.example")
    record = extract_article(html("wordpress.html"), WP_URL + "?utm_source=feed#comments", site)
    assert record.url == WP_URL  # rel=canonical, tracking and fragment gone
    assert record.source == "primarycarenotes.example"
    assert record.title == "Chambers model spreads as locums seek stability"
    assert record.published == "2024-05-14T07:30:00+01:00"
    assert record.byline == "Tom Hadley" and record.section == "Workforce"
    assert [p.kind for p in record.paragraphs] == ["text", "text", "heading", "bullet", "bullet", "text"]
    assert "chambers to share" in record.paragraphs[0].text  # &nbsp; normalised
    assert record.paragraphs[-1].text.startswith("“We are not an agency,”")  # curly quotes kept
    assert not any("Share this" in p.text or "Home" == p.text for p in record.paragraphs)
    assert record.comments_declared == 5


def test_wordpress_comments_with_nested_replies():
    page = extract_comments(html("wordpress.html"), WP_URL, wordpress_source("https://primarycarenotes.example"))
    got = [(c.external_id, c.parent_external_id, c.author, c.posted, c.moderated) for c in page.comments]
    assert got == [
        ("101", None, "Nadia Qureshi", "2024-05-14T09:12:00+01:00", False),
        ("102", "101", "Old Partner", "2024-05-14T10:02:00+01:00", False),
        ("103", "102", "Nadia Qureshi", "2024-05-14T11:45:00+01:00", False),
        ("104", None, "ST3 in Kent", "2024-05-15T21:20:00+01:00", True),
    ]
    # a parent's text does not swallow its replies; paragraphs become lines
    assert page.comments[0].text == "Joined a chambers last year.\nBest decision of my career so far."
    assert "awaiting moderation" not in page.comments[3].text
    assert page.next_url == WP_URL + "comment-page-2/"
    assert page.declared == 5


def test_canonical_on_a_foreign_host_is_ignored():
    page = html("wordpress.html").replace(
        "https://primarycarenotes.example/2024/05/chambers-model-spreads/", "https://elsewhere.example/copied/"
    )
    record = extract_article(page, WP_URL, wordpress_source("https://primarycarenotes.example"))
    assert record.url == WP_URL


def test_pulse_old_article_page_and_query_paging(sources):
    record = extract_article(html("pulse_old.article.html"), PULSE_URL, sources["pulse"])
    assert record.source == "pulse"
    assert record.title == "PCN clinical directors warn of burnout as DES workload grows"
    assert record.standfirst == "Two in five clinical directors say they will step down within a year"
    assert record.byline == "Aisha Patel" and record.published == "2019-09-12"
    assert len(record.paragraphs) == 3 and record.standfirst not in [p.text for p in record.paragraphs]
    assert record.comments_declared == 13
    assert [c.author for c in record.comments] == [None, "Dr K Osei", None]
    assert record.comments[1].posted == "2019-09-12T16:10:00"
    # inline markup stays in its line, <br> and blocks start new ones, the report link is not text
    assert record.comments[0].text == "Saw this coming from the first DES specification.\nNobody listened."
    assert record.comments[1].text == "I stepped down in July.\nThe network is better run by a manager anyway."
    page = extract_comments(html("pulse_old.article.html"), PULSE_URL, sources["pulse"])
    assert page.next_url == PULSE_URL + "?PageNo=2&PageSize=10&SortOrder=dateasc"
    # on the second page of 13 comments, 10 a page, there is no third
    last = extract_comments(html("pulse_old.article.html"), page.next_url, sources["pulse"])
    assert last.next_url is None


def test_gponline_like_page(sources):
    url = "https://www.gponline.com/super-partnership-merger-creates-120000-patient-group/article/1790001"
    record = extract_article(html("gponline.html"), url, sources["gponline"])
    assert record.url == url  # canonical had a tracking parameter
    assert record.published == "2021-11-03T06:00:00+00:00"  # JSON-LD
    assert record.byline == "Sam Whitfield" and record.section == "Workforce"
    assert len(record.paragraphs) == 3
    assert not any("Related:" in p.text for p in record.paragraphs)
    assert [(c.external_id, c.author) for c in record.comments] == [("9001", "Lisa M"), ("9002", "Anon GP")]
    assert record.comments_declared == 2


def test_unknown_site_falls_back_to_trafilatura():
    record = extract_article(html("unknown_site.html"), "https://notebook.example/left-partnership", None)
    assert record.source == "notebook.example"
    assert record.title == "Why I left partnership for a salaried post"
    assert len(record.paragraphs) == 3
    assert record.paragraphs[0].text.startswith("After eleven years as a partner")
    assert not any("Copyright" in p.text for p in record.paragraphs)


def test_truncated_html_gives_what_is_there():
    record = extract_article(html("truncated.html"), WP_URL, None)
    assert record.title == "Chambers model spreads as locums seek stability"
    assert record.paragraphs[0].text.startswith("Sessional GPs")
    assert record.comments == []


@pytest.mark.parametrize(
    "page", ["", "   ", "<html></html>", "<p>too short</p>", (PAGES / "malformed.html").read_text(encoding="utf-8")]
)
def test_no_article_is_a_parse_error(page):
    with pytest.raises(ParseError):
        extract_article(page, "https://example.org/x", None)


def test_binary_bytes_are_a_parse_error():
    with pytest.raises(ParseError):
        extract_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "https://example.org/x.png", None)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-05-14T09:12:00+01:00", "2024-05-14T09:12:00+01:00"),
        ("14 May 2024 at 9:12 am", "2024-05-14T09:12:00"),
        ("04/03/2022", "2022-03-04"),  # day first (UK)
        ("12 September 2019", "2019-09-12"),
        ("yesterday", None),
        ("12", None),  # no year: nothing invented
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected
