"""The plain-text dump parser: the seeds' exact results and the edge cases of both layouts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scraper.errors import ParseError
from scraper.textdump import looks_like_name, parse_text_dump
from tests.shared_data import SEEDS, require

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
CHROME = (
    "intended for health professionals",
    "read the latest issue online",
    "at the heart of general practice",
    "unsuitable or offensive",
    "have your say",
    "related images",
    "results per page",
    "reply moderated",
)


def seed(prefix: str):
    path = next(require(SEEDS).glob(f"{prefix}_*.txt"))
    return parse_text_dump(path.read_text(encoding="utf-8"), name=path.name)


def page(name: str, **kw):
    return parse_text_dump((PAGES / name).read_text(encoding="utf-8"), name=name, **kw)


def all_text(record) -> str:
    return "\n".join([record.title or ""] + [p.text for p in record.paragraphs] + [c.text for c in record.comments])


# --------------------------------------------------------------------------- the seeds


def test_seed_000_old_layout_authors():
    record = seed("000")
    assert len(record.comments) == 5
    assert record.comments_declared == 5
    assert [c.author for c in record.comments] == [None, "AlanAlmond", None, None, "Jmd"]
    assert all(c.text and c.posted is None for c in record.comments)
    assert record.source == "pulse" and record.origin == "file"


def test_seed_002_new_layout_every_comment_has_author_and_time():
    record = seed("002")
    assert len(record.comments) == 27
    assert record.comments_declared == 27
    assert all(c.author for c in record.comments)
    assert all(c.posted and ISO_DATETIME.match(c.posted) for c in record.comments)
    assert sum(c.moderated for c in record.comments) == 1
    # a duplicated title line is stored once, as the title
    assert record.title and all(p.text != record.title for p in record.paragraphs)


def test_seed_003_has_no_comments_and_a_title_from_its_first_sentence():
    record = seed("003")
    assert record.comments == [] and record.comments_declared is None
    assert record.title and record.paragraphs[0].text.startswith(record.title)
    assert [p.kind for p in record.paragraphs[1:5]] == ["bullet"] * 4


@pytest.mark.parametrize("prefix", ["000", "002", "003"])
def test_seeds_lose_site_chrome_and_odd_spaces(prefix):
    record = seed(prefix)
    text = all_text(record).lower()
    for chrome in CHROME:
        assert chrome not in text
    assert "\u00a0" not in all_text(record)
    assert not any(re.search(r"\d+x\d+px", p.text) for p in record.paragraphs)


# --------------------------------------------------------------------------- older layout


def test_old_layout_names_only_when_they_read_like_names():
    record = page("old_layout.txt")
    assert [c.author for c in record.comments] == [
        None,
        "Dr Priya Raman",
        None,
        None,
        "ruralgp42",
        None,
        "Sessional Sam",
        None,
        None,
        "Burnt Out Partner",
    ]
    # a short first line that is not a name stays in the text
    assert record.comments[2].text.startswith("Not convinced\n")
    assert record.comments[3].text.startswith("Agree\n")
    # a multi-paragraph comment keeps both paragraphs
    assert record.comments[1].text.count("\n") == 1


def test_old_layout_ten_of_eleven_declared_is_not_an_error():
    record = page("old_layout.txt")
    assert record.comments_declared == 11
    assert len(record.comments) == 10


def test_old_layout_title_bullets_and_chrome():
    record = page("old_layout.txt")
    assert record.title == "Federation to take over three struggling practices in pilot 'hub' scheme"
    kinds = [p.kind for p in record.paragraphs]
    assert kinds.count("bullet") == 3
    text = all_text(record)
    assert "Partners Under Pressure" not in text  # the cover line
    assert "stock image" not in text and "3x2" not in text  # Related images captions
    assert "‘Nobody wants to see practices close" in text  # curly quotes kept


# --------------------------------------------------------------------------- newer layout


def test_new_layout_headers_times_and_moderated_reply():
    record = page("new_layout.txt")
    assert [c.author for c in record.comments] == ["Helen Adeyemi", "Marcus Webb", "Anonymous", "Dr J O’Connell"]
    assert [c.posted for c in record.comments] == [
        "2023-01-12T08:15:00",
        "2023-01-12T12:05:00",
        "2023-01-13T00:40:00",
        "2023-01-13T18:30:00",
    ]
    assert [c.moderated for c in record.comments] == [False, True, False, False]
    assert all("moderated" not in c.text.lower() for c in record.comments)
    assert "Please note" not in all_text(record)
    assert record.comments[3].text == (
        "Partnership is not dead, it is being starved. Fund it properly and see what "
        "happens.\nThey never try that option."
    )


def test_new_layout_duplicated_title_and_nbsp():
    record = page("new_layout.txt")
    assert record.title == "Trust-run practices ‘could solve the partnership crisis’, claims board paper"
    assert [p.text for p in record.paragraphs].count(record.title) == 0
    assert len(record.paragraphs) == 4
    assert "with NHS pension terms" in record.paragraphs[1].text  # two nbsp -> one space
    assert "\u00a0" not in all_text(record)


# --------------------------------------------------------------------------- no comments, identity, bad input


def test_article_without_comments_headings_and_bullets():
    record = page("no_comments.txt")
    assert record.comments == [] and record.comments_declared is None
    assert record.title.startswith("The health secretary has promised") and record.title.endswith("waits.")
    assert [(p.kind, p.text) for p in record.paragraphs if p.kind == "heading"] == [("heading", "Dr Ravi Menon")]
    assert sum(p.kind == "bullet" for p in record.paragraphs) == 3
    assert record.source == "saved"


def test_identity_is_file_name_and_content_hash_unless_url_given():
    text = (PAGES / "old_layout.txt").read_text(encoding="utf-8")
    a = parse_text_dump(text, name="old_layout.txt")
    assert re.fullmatch(r"file:old_layout\.txt#[0-9a-f]{12}", a.url)
    assert parse_text_dump(text, name="old_layout.txt").url == a.url
    # the thread growing does not change the identity; the article text changing does
    grown = text.replace(
        "View results",
        "  • One more voice from the back row here.\n\n"
        "    Unsuitable or offensive? Report this comment\n\nView results",
    )
    assert parse_text_dump(grown, name="old_layout.txt").url == a.url
    assert len(parse_text_dump(grown, name="old_layout.txt").comments) == 11
    edited = text.replace("East Midlands", "West Midlands")
    assert parse_text_dump(edited, name="old_layout.txt").url != a.url
    given = parse_text_dump(text, name="x.txt", url="https://www.pulsetoday.co.uk/a.article")
    assert given.url == "https://www.pulsetoday.co.uk/a.article"
    assert parse_text_dump(text, name="x.txt", source="mine").source == "mine"


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "empty"),
        ("   \n\n \t", "empty"),
        ("\x00\x01\x02binary\x00" * 20, "binary"),
        ((PAGES / "not_article.txt").read_text(encoding="utf-8"), "not an article"),
        ("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25.\n" * 3, "not an article"),
    ],
)
def test_not_an_article_is_a_parse_error(text, reason):
    with pytest.raises(ParseError) as info:
        parse_text_dump(text, name="bad.txt")
    assert reason in info.value.reason


@pytest.mark.parametrize(
    "line, expected",
    [
        ("AlanAlmond", True),
        ("Jmd", True),
        ("ruralgp42", True),
        ("Dr Priya Raman", True),
        ("Sessional Sam", True),
        ("Agree", False),
        ("Not convinced", False),
        ("Really?", False),
        ("Well said.", False),
        ("This is utter nonsense", False),
        ("One Two Three Four Five", False),
        ("", False),
        ("Totally Agree", False),
        ("Exactly", False),
        ("We Are Leaving", False),
        ("Nadia Q", True),
        ("The Old Partner", True),
    ],
)
def test_looks_like_name(line, expected):
    assert looks_like_name(line) is expected


def test_byline_and_dateline_under_the_headline_are_not_the_title():
    text = (
        "At the heart of general practice since 1960\n\nHubs to take on weekend clinics\n\n"
        "By Sarah Jones, senior reporter\n\n4 March 2022\n\n"
        "Practices in the county will hand their Saturday clinics to a new network hub from next month, "
        "the board has agreed.\n\nThe LMC said it would watch the effect on continuity of care closely.\n"
    )
    record = parse_text_dump(text, name="hub.txt")
    assert (record.title, record.byline, record.published) == (
        "Hubs to take on weekend clinics",
        "Sarah Jones",
        "2022-03-04",
    )
    assert len(record.paragraphs) == 2


def test_old_layout_copied_without_report_lines_splits_at_bullets():
    text = (PAGES / "old_layout.txt").read_text(encoding="utf-8")
    stripped = "\n".join(line for line in text.splitlines() if "Report this comment" not in line)
    record = parse_text_dump(stripped, name="old.txt")
    assert len(record.comments) == 10
    assert record.comments[1].author == "Dr Priya Raman" and record.comments[1].text.count("\n") == 1
