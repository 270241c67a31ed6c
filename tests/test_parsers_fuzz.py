"""Property tests: random text and random HTML never crash the parsers; they give an
ArticleRecord or a ParseError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpora.records import ArticleRecord
from scraper.errors import ParseError
from scraper.extract import CommentPage, extract_article, extract_comments
from scraper.sources import load_sources
from scraper.textdump import parse_text_dump

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOURCES = load_sources()

# lines in the registers of the real dumps, so the random documents reach the layout code
LINES = st.sampled_from(
    [
        "This site is intended for health professionals only",
        "Read the latest issue online",
        "Readers' comments (3)",
        "READERS' COMMENTS [2]",
        "Readers’ comments (0)",
        "READERS' COMMENTS []",
        "Unsuitable or offensive? Report this comment",
        "Reply moderated",
        "Have your say",
        "Related images",
        "View results 10 results per page",
        "Please note, only GPs are permitted to add comments to articles",
        "  • ",
        "  • AlanAlmond",
        "    The practice handed back its contract last month.",
        "Jo Bloggs 4 March, 2022 9:02 am",
        "X 31 February, 2022 13:99 pm",
        "Dr A 1 January, 1999 12:00 am",
        "GPs are leaving the partnership model.",
        "Federations will run the hubs, the board paper says, and practices will keep their lists.",
        "",
        "   ",
        "\u00a0",
        "\t•\t",
        "- ",
        "“",
        "‘quoted’",
    ]
)
TEXT = st.one_of(
    st.text(max_size=2000),
    st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=60).map("\n".join),
)


@SETTINGS
@given(TEXT)
def test_random_text_gives_an_article_or_a_parse_error(text):
    try:
        record = parse_text_dump(text, name="random.txt")
    except ParseError as exc:
        assert exc.reason
        return
    assert isinstance(record, ArticleRecord)
    assert record.url.startswith("file:random.txt#")
    assert record.paragraphs and all(p.text.strip() for p in record.paragraphs)
    assert all(isinstance(c.text, str) for c in record.comments)


TAGS = st.sampled_from(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "article",
        "h1",
        "h2",
        "span",
        "time",
        "a",
        "b",
        "table",
        "td",
        "script",
        "style",
        "section",
        "main",
        "footer",
        "nav",
        "em",
        "cite",
        "link",
        "meta",
    ]
)
ATTRS = st.sampled_from(
    [
        "",
        ' class="entry-content"',
        ' class="comment"',
        ' id="comment-12"',
        ' class="comment-list"',
        ' class="children"',
        ' class="fn"',
        ' class="comment-author"',
        ' class="comment-content"',
        ' datetime="2024-05-14T09:12:00+01:00"',
        ' datetime="not a date"',
        ' rel="canonical" href="https://x.example/a"',
        ' rel="canonical" href="javascript:alert(1)"',
        ' property="og:title" content="A title"',
        ' property="article:published_time" content="2099-99-99"',
        ' class="next" href="?PageNo=2"',
        ' class="comment-awaiting-moderation"',
        ' class="comments-title"',
        ' href="//[bad"',
    ]
)
WORDS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "GP partners are leaving in droves across the region this year.",
            "&nbsp;",
            "&#xZZ;",
            "&amp;",
            "<",
            "]]>",
            "<!--",
            "<![CDATA[",
            "Readers' comments (11)",
            "5 thoughts on",
            "14 May 2024 at 9:12 am",
            "\x00",
        ]
    ),
)


@st.composite
def html_documents(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        if depth < 4 and draw(st.booleans()):
            tag, attrs = draw(TAGS), draw(ATTRS)
            inner = draw(html_documents(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</div>"]))  # unclosed and stray tags
            parts.append(f"<{tag}{attrs}>{inner}{close}")
        else:
            parts.append(draw(WORDS))
    doc = "".join(parts)
    if depth == 0 and draw(st.booleans()):
        doc = doc[: draw(st.integers(0, max(0, len(doc))))]  # truncated
    return doc


URLS = st.sampled_from(
    [
        "https://www.pulsetoday.co.uk/news/a/20030001.article",
        "https://x.example/a",
        "https://www.gponline.com/x/article/1",
        "file:saved.html",
        "",
    ]
)


@SETTINGS
@given(html_documents(), URLS)
def test_random_html_gives_an_article_or_a_parse_error(html, url):
    from scraper.sources import source_for_url

    site = source_for_url(url, SOURCES)
    try:
        record = extract_article(html, url, site)
    except ParseError as exc:
        assert exc.reason
    else:
        assert isinstance(record, ArticleRecord) and record.paragraphs
    try:
        page = extract_comments(html, url, site)
    except ParseError as exc:
        assert exc.reason
    else:
        assert isinstance(page, CommentPage)
        assert all(isinstance(c.text, str) for c in page.comments)


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes_as_html_never_crash(data):
    try:
        extract_article(data, "https://x.example/a", None)
    except ParseError:
        pass
