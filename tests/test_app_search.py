"""Search a journalist can trust: newest first with a sort control, quotes matched on their
own words (speaker and organisation are filters), active filters always visible, identical
texts grouped; CSV exports with themes and a byte-order mark."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from app import cache as q
from corpora import analysis_store as an
from corpora import store
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from tests.test_app_pages import html_bodies, open_page

RECRUITING = "We are recruiting more GPs than ever before."
# stored out of date order, so that storage order and publication order differ
ARTICLES = [
    {
        "published": "2020-05-01",
        "title": "Training places to double",
        "paragraphs": ["Dr Jo Bloggs said training places must double.", f"The health minister said: ‘{RECRUITING}’"],
        "quotes": [
            (
                0,
                "Training places must double.",
                "Dr Jo Bloggs, chair of the BMA's GPs committee",
                "Jo Bloggs",
                "chair",
                "BMA",
            ),
            (1, RECRUITING, "Health minister Sam Reid", "Sam Reid", "health minister", "DHSC"),
        ],
        "comments": ["More training please, and soon."],
    },
    {
        "published": "2018-01-01",
        "title": "Morale survey",
        "paragraphs": ["Dr Jo Bloggs said morale is at rock bottom."],
        "quotes": [
            (
                0,
                "Morale is at rock bottom.",
                "Dr Jo Bloggs, chair of the BMA's GPs committee",
                "Jo Bloggs",
                "chair",
                "BMA",
            )
        ],
        "comments": ["Training training training: the answer to everything is more training."],
    },
    {
        "published": "2022-01-01",
        "title": "Recruitment drive",
        "paragraphs": [f"Sam Reid said: ‘{RECRUITING}’", f"Practice manager Ann Lee agreed: ‘{RECRUITING}’"],
        "quotes": [
            (0, RECRUITING, "Sam Reid", "Sam Reid", "health minister", "DHSC"),
            (1, RECRUITING, "Practice manager Ann Lee", "Ann Lee", "practice manager", None),
        ],
        "comments": ["Training matters but so does pay."],
    },
]


def build_search_store(path: Path) -> None:
    conn = store.connect(path)
    for i, spec in enumerate(ARTICLES):
        record = ArticleRecord(
            url=f"https://search.example/{i}",
            source="example",
            title=spec["title"],
            published=spec["published"],
            paragraphs=[Paragraph(t) for t in spec["paragraphs"]],
            comments=[CommentRecord(text=t, author=f"reader{j}") for j, t in enumerate(spec["comments"])],
        )
        article_id = store.upsert_article(conn, record).article_id
        paras = [p["id"] for p in store.get_article(conn, article_id)["paragraphs"]]
        an.replace_units(
            conn,
            article_id,
            [],
            [
                an.Quote(
                    position=j,
                    text=text,
                    speaker=speaker,
                    speaker_name=name,
                    speaker_role=role,
                    speaker_org=org,
                    paragraph_id=paras[para],
                )
                for j, (para, text, speaker, name, role, org) in enumerate(spec["quotes"])
            ],
            pipeline_version="test",
        )
        units = an.units_for_article(conn, article_id)
        notes = [an.Annotation("article", article_id, article_id, "neutral", {"neutral": 1.0}, [], {})]
        notes += [
            an.Annotation(
                kind,
                u["id"],
                article_id,
                "neutral",
                {"neutral": 0.6, "negative": 0.4},
                ["workforce_supply"],
                {"workforce_supply": 0.8},
            )
            for kind in ("quote", "comment")
            for u in units[kind]
        ]
        an.write_annotations(conn, article_id, notes, model_version="test")
    conn.close()


@pytest.fixture(scope="module")
def search_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("search") / "search.db"
    build_search_store(path)
    return path


def results(at) -> list[BeautifulSoup]:
    return [
        r for body in html_bodies(at) if "gp-result" in body for r in BeautifulSoup(body, "lxml").select(".gp-result")
    ]


def meta_dates(at) -> list[str]:
    return [r.select_one("div").get_text().split(" · ")[3][:10] for r in results(at)]


def test_results_come_newest_first_with_a_sort_control(search_db, monkeypatch):
    at = open_page(search_db, "search", monkeypatch, q="training", scope="Comments")
    assert meta_dates(at) == ["2022-01-01", "2020-05-01", "2018-01-01"]
    at = open_page(search_db, "search", monkeypatch, q="training", scope="Comments", sort="Oldest first")
    assert meta_dates(at) == ["2018-01-01", "2020-05-01", "2022-01-01"]
    at = open_page(search_db, "search", monkeypatch, q="training", scope="Comments", sort="Best match")
    assert "Training training training" in results(at)[0].get_text()


def test_a_quote_search_matches_the_quote_not_the_speaker(search_db, monkeypatch):
    at = open_page(search_db, "search", monkeypatch, q="GPs OR training", scope="Quotes", org="BMA")
    shown = results(at)
    texts = [r.get_text() for r in shown]
    assert len(shown) == 1 and "Training places must double" in texts[0]
    assert "Morale is at rock bottom" not in " ".join(texts)  # the speaker's title says GPs, the quote does not
    assert "<mark>Training</mark>" in str(shown[0])


def test_active_filters_show_as_chips_from_a_shared_link(search_db, monkeypatch):
    at = open_page(search_db, "search", monkeypatch, q="training", scope="Quotes", org="BMA", sentiment="neutral")
    chips = [
        c.get_text(" ", strip=True)
        for body in html_bodies(at)
        if "gp-chips" in body
        for c in BeautifulSoup(body, "lxml").select(".gp-chip")
    ]
    assert chips == ["Search: training", "In: Quotes", "Organisation: BMA", "Sentiment: neutral"]
    assert not at.expander[0].proto.expanded  # the filter panel is closed, the chips still say it all


def test_identical_quotes_are_one_result_said_by_several(search_db, monkeypatch):
    at = open_page(search_db, "search", monkeypatch, q="recruiting", scope="Quotes")
    shown = results(at)
    assert len(shown) == 1
    assert "said by 2 · in 2 articles" in shown[0].select_one("div").get_text()
    assert at.caption[0].value.startswith("Quotes: 1 ·")
    conn = store.connect(search_db, readonly=True)
    assert conn.execute("SELECT count(*) FROM quotes WHERE text = ?", (RECRUITING,)).fetchone()[0] == 3


def test_csv_export_has_themes_and_a_byte_order_mark(search_db):
    import csv
    import io

    from app import ui

    conn = store.connect(search_db, readonly=True)
    rows = q.search.plain(conn, "quote", '"recruiting"', q.SearchFilters(), 100, 0, "newest")
    data = ui.search_csv(rows, str(search_db))
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(table) == 1 and table[0]["themes"] == "Workforce supply"
    assert table[0]["same text"] == "said by 2 · in 2 articles"
    assert "‘" not in table[0]["text"] and table[0]["text"] == RECRUITING


def test_representative_quotes_group_identical_texts(search_db, monkeypatch):
    at = open_page(search_db, "themes", monkeypatch, themes="Workforce supply")
    quotes = [
        r
        for body in html_bodies(at)
        if "gp-results" in body
        for r in BeautifulSoup(body, "lxml").select(".gp-result")
        if "quoted in" in r.get_text()
    ]
    recruiting = [r for r in quotes if RECRUITING in r.get_text()]
    assert len(recruiting) == 1 and "said by 2 · in 2 articles" in recruiting[0].get_text()


def test_annotate_queue_shows_an_identical_text_once(search_db, tmp_path, monkeypatch):
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(search_db, db)
    seen = []
    at = open_page(db, "annotate", monkeypatch)
    for _ in range(8):
        if not at.subheader:
            break
        text = next(
            BeautifulSoup(b, "lxml").select_one(".gp-unit div + div, .gp-unit > div:last-child").get_text()
            for b in html_bodies(at)
            if "gp-unit" in b
        )
        seen.append(text)
        if text == RECRUITING:
            assert any("the same text said by 2 · in 2 articles" in b for b in html_bodies(at))
        skip = next(b for b in at.button if b.label == "Skip this unit")
        skip.click().run()
    assert seen.count(RECRUITING) == 1 and len(seen) == len(set(seen))
    assert RECRUITING in seen


def test_a_search_beyond_the_window_is_bounded_and_says_so(search_db, monkeypatch):
    conn = store.connect(search_db, readonly=True)
    assert q.search_count.plain(conn, "comment", '"training"', q.SearchFilters()) == 3
    from corpora import queries

    monkeypatch.setattr(queries, "SEARCH_WINDOW", 2)  # the query reads it where it is defined
    # more matches than the window: counted as over the cap, sorted among the latest stored two
    assert q.search_count.plain(conn, "comment", '"training"', q.SearchFilters(), cap=1000) == 1001
    rows = q.search.plain(conn, "comment", '"training"', q.SearchFilters(), 20, 0, "newest")
    assert [r["published"][:4] for r in rows] == ["2022", "2018"]
