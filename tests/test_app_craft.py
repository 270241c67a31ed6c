"""Craft: plain words instead of raw values, a Document page that finds articles by title,
units named by their article, tables without "None", quotes across paragraphs, dark-mode
safe colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpora import store
from tests.app_fixture import build_fixture_store
from tests.test_app_pages import html_bodies, open_page

ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
RAW = re.compile(r"[{}\[\]]|short_threads|pages_fetched|not_modified|per_source|None\b")


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("craft") / "corpus.db"
    build_fixture_store(path)
    conn = store.connect(path)  # a refresh with per-source counts and a list, as scraper/refresh.py records them
    run = store.start_run(conn, "refresh", {"sources": ["pulse"]})
    store.finish_run(
        conn,
        run,
        "ok",
        {
            "pages_fetched": 2,
            "not_modified": 1,
            "sources": ["pulse", "gponline"],
            "per_source": {"pulse": {"pages_fetched": 2, "not_modified": 1}},
        },
    )
    conn.close()
    return path


def shown_text(frame) -> str:
    return " ".join(str(v) for v in frame.astype(str).to_numpy().ravel()) + " " + " ".join(map(str, frame.columns))


def test_corpus_health_in_plain_words(fixture_db, monkeypatch):
    at = open_page(fixture_db, "health", monkeypatch)
    for frame in (d.value for d in at.dataframe):
        text = shown_text(frame)
        assert not ISO_STAMP.search(text), text
        assert not RAW.search(text.replace("Document", "")), text
    runs = at.dataframe[0].value
    assert runs.iloc[0]["What it did"] == (
        "2 pages fetched, 1 not modified, sources: pulse, gponline; pulse: 2 pages fetched, 1 not modified"
    )
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC", runs.iloc[0]["Started"])


def test_coverage_bar_is_not_red(fixture_db, monkeypatch):
    import json

    at = open_page(fixture_db, "health", monkeypatch)
    configs = [json.loads(d.proto.columns) for d in at.dataframe if "Coverage" in d.proto.columns]
    assert configs and configs[0]["Coverage"]["type_config"]["color"] == "green"


def test_last_refresh_box_has_no_raw_structures(fixture_db, monkeypatch):
    at = open_page(fixture_db, None, monkeypatch)
    box = at.success[0].value.replace("\\", "")  # the message is markdown-escaped; the page shows it without
    assert "Last refresh (run 3) finished on" in box
    assert not re.search(r"[{}\[\]']|per_source|pages_fetched|\d{4}-\d{2}-\d{2}T", box), box


def test_document_page_finds_an_article_by_its_title(fixture_db, monkeypatch):
    at = open_page(fixture_db, "document", monkeypatch)
    assert not at.number_input  # no id stepper
    at.text_input(key="doc_find").input("workload").run()
    box = at.selectbox(key="doc_pick")
    assert len(box.options) == 2 and box.options[1].startswith("Partners quit as workload soars · pulse · 3 Mar 2020")
    article_id = (
        store.connect(fixture_db, readonly=True)
        .execute("SELECT id FROM articles WHERE title = 'Partners quit as workload soars'")
        .fetchone()[0]
    )
    box.select(article_id).run()
    assert not at.exception
    assert "Comments (1 collected of 5 declared)" in [s.value for s in at.subheader]
    assert at.session_state["doc_article"] == article_id


def test_speakers_table_has_no_none(tmp_path, monkeypatch):
    from tests.test_app_search import build_search_store

    db = tmp_path / "speakers.db"
    build_search_store(db)  # Ann Lee has no organisation
    at = open_page(db, "search", monkeypatch, view="Speakers")
    table = at.dataframe[0].value.set_index("speaker")
    assert table.loc["Ann Lee", "organisation"] == ""
    assert "None" not in shown_text(table.reset_index())


def test_a_quote_over_two_paragraphs_is_highlighted_in_both(tmp_path, monkeypatch):
    from bs4 import BeautifulSoup

    from corpora import analysis_store as an
    from corpora.records import ArticleRecord, Paragraph
    from nlp.quotes import extract_quotes

    paragraphs = [
        "Dr Amelia Hart said: ‘We cannot go on like this. Practices are closing every week.",
        "‘Something must change before the winter,’ she added.",
    ]
    quotes = extract_quotes(paragraphs)
    assert len(quotes) == 1 and "\n" in quotes[0].text  # how the pipeline stores a quote over two paragraphs
    db = tmp_path / "two.db"
    conn = store.connect(db)
    article_id = store.upsert_article(
        conn,
        ArticleRecord(
            url="https://two.example/a",
            source="two",
            title="Two paragraphs",
            published="2024-01-02",
            paragraphs=[Paragraph(t) for t in paragraphs],
        ),
    ).article_id
    an.replace_units(conn, article_id, [], quotes, pipeline_version="test")  # the store finds the paragraph ids
    conn.close()
    at = open_page(db, "document", monkeypatch, article=str(article_id))
    body = next(b for b in html_bodies(at) if "gp-paragraph" in b)
    marked = [
        [m.get_text() for m in p.select(".gp-quote")] for p in BeautifulSoup(body, "lxml").select(".gp-paragraph")
    ]
    assert marked == [
        ["We cannot go on like this. Practices are closing every week."],
        ["Something must change before the winter"],
    ]


def test_page_markup_uses_no_fixed_text_colours_or_borders(fixture_db, monkeypatch):
    """Dark mode: text colour comes from the theme unless our markup also sets the background."""
    from bs4 import BeautifulSoup

    article = store.connect(fixture_db, readonly=True).execute("SELECT min(id) FROM articles").fetchone()[0]
    pages = [
        (None, {}),
        ("themes", {"themes": "At-scale models"}),
        ("search", {"q": "staff OR hub*"}),
        ("document", {"article": str(article)}),
        ("annotate", {}),
        ("compare", {}),
    ]
    checked = 0
    for page, params in pages:
        at = open_page(fixture_db, page, monkeypatch, **params)
        for body in html_bodies(at):
            for el in BeautifulSoup(body, "lxml").select("[style]"):
                style = el["style"].replace(" ", "")
                checked += 1
                if re.search(r"(?<![-\w])color:#", style):
                    assert "background:" in style, style
                if "background:#" in style:
                    assert re.search(r"(?<![-\w])color:", style), style
                assert not re.search(r"border[\w-]*:[^;]*#[0-9a-fA-F]", style), style
    assert checked > 50


def test_co_occurring_theme_labels_are_never_cut_off(fixture_db, monkeypatch):
    """Vega-Lite truncates axis labels at 180 px by default ("Partnership and the contr…");
    the co-occurrence chart's theme axis shows each theme's whole name."""
    import json

    at = open_page(fixture_db, "themes", monkeypatch, themes="At-scale models")
    specs = [json.loads(el.proto.spec) for el in at.get("vega_lite_chart")]
    assert specs, "the themes page drew no chart"
    co = [s for s in specs if "both" in str(s.get("encoding", {}).get("x", {}).get("title"))]
    assert co, "no co-occurrence chart on the themes page"
    y = co[0]["encoding"]["y"]
    assert y.get("axis", {}).get("labelLimit") == 0  # 0: no limit
