"""Every page of the app on a small fixture store, through Streamlit's AppTest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app import cache as q
from corpora import analysis_store, sqlite_backend, store
from corpora.pseudonyms import pseudonym
from corpora.records import ArticleRecord, Paragraph
from tests.app_fixture import HOSTILE_COMMENT, SARCASTIC_COMMENT, build_fixture_store

APP = str(Path(__file__).resolve().parents[1] / "app" / "streamlit_app.py")


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("appstore") / "corpus.db"
    return path, build_fixture_store(path)


def open_page(db: Path, page: str | None, monkeypatch, **params: str) -> AppTest:
    monkeypatch.setenv("GPWATCH_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params = dict(params)  # a shared link: state comes from the URL on the first load
    at.run()
    if page:
        at.switch_page(f"pages/{page}.py")
    at.query_params = dict(params)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_bodies(at: AppTest) -> list[str]:
    return [el.proto.body for el in at.get("html")]


def stats(at: AppTest) -> list[tuple[str, str, str]]:
    """The (label, value, note) of every figure card shown (ui.stat_cards)."""
    from bs4 import BeautifulSoup

    out = []
    for body in html_bodies(at):
        for card in BeautifulSoup(body, "lxml").select(".gp-stat"):
            note = card.select_one(".gp-stat-note")
            out.append(
                (
                    card.select_one(".gp-stat-label").get_text(),
                    card.select_one(".gp-stat-value").get_text(),
                    note.get_text() if note else "",
                )
            )
    return out


def citations(at: AppTest) -> list[str]:
    """The citation text of every search result shown."""
    from bs4 import BeautifulSoup

    return [
        c.get_text()
        for body in html_bodies(at)
        if "gp-result" in body
        for c in BeautifulSoup(body, "lxml").select(".gp-cite div")
    ]


def test_overview_shows_sizes_last_refresh_and_most_discussed(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, None, monkeypatch)
    metrics = {label: value for label, value, _ in stats(at)}
    assert metrics == {"Articles": "3", "Comments": "7", "Quotes": "4", "Sources": "2"}
    assert "31 Jan 2019 to 3 Mar 2020" in at.caption[0].value
    box = at.warning[0].value.replace("\\", "")  # markdown-escaped; shown without the backslashes
    assert "refresh (run 2) finished with errors on" in box and box.endswith("; 1 error")
    from bs4 import BeautifulSoup

    table = next(
        BeautifulSoup(b, "lxml").select_one("table.gp-discussed") for b in html_bodies(at) if "gp-discussed" in b
    )
    assert [th.get_text() for th in table.select("th")] == [
        "Article",
        "Source",
        "Published",
        "Comments collected",
        "Declared",
    ]
    first = [td.get_text() for td in table.select("tbody tr")[0].select("td")]
    assert first == ["Practices told to join primary care networks by July", "pulse", "2019-01-31", "4", "4"]
    assert table.select_one("tbody tr a")["href"].startswith("./document?article=")
    assert len(at.get("vega_lite_chart")) == 2  # prevalence by month, sentiment by voice


def test_themes_split_by_voice_with_representative_units(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, "themes", monkeypatch, themes="At-scale models")
    totals = at.dataframe[0].value.set_index("voice")
    assert totals.loc["Commenters", "tagged"] == 3 and totals.loc["Commenters", "negative"] == 2
    assert totals.loc["Quoted speakers", "tagged"] == 1
    phrases = at.dataframe[1].value
    assert len(phrases) > 0 and (phrases["z-score"] > 0).all()
    bodies = "\n".join(html_bodies(at))
    assert "Amelia Hart (chair, RCGP)" in bodies
    assert "Our hub has been a success" in bodies
    # each representative quote comes with its citation (source included) and a document link
    quote_cites = [c for c in citations(at) if "Amelia Hart" in c]
    assert quote_cites and all(", pulse, 2019-01-31, https://pulse.example/news/" in c for c in quote_cites)
    periods = stats(at)  # the two periods side by side, each voice's share and net sentiment
    assert [label for label, _, _ in periods[:3]] == ["Article text", "Quoted speakers", "Commenters"]
    assert all(
        re.fullmatch(r"\d+% of \d+ units", value) and note.startswith("net sentiment ") for _, value, note in periods
    )


def test_search_finds_a_quote_with_its_speaker_highlight_and_citation(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, "search", monkeypatch, q="staff")
    assert at.caption[0].value == "Quotes: 1 · Comments: 0 · Article text: 1"
    from bs4 import BeautifulSoup

    results = [b for b in html_bodies(at) if "gp-result" in b]
    assert len(results) == 1, "a page of results is one HTML element"
    soup = BeautifulSoup(results[0], "lxml")
    assert len(soup.select(".gp-result")) == 1
    citation = soup.select_one(".gp-cite div").get_text()
    assert citation.startswith("“Networks could help practices share staff")
    assert "— Amelia Hart (chair, RCGP), quoted in ‘Practices told to join primary care networks by July’" in citation
    assert citation.endswith("2019-01-31, https://pulse.example/news/networks-by-july")
    assert "share <mark>staff</mark>" in results[0]
    assert "Amelia Hart (chair, RCGP) · Practices told to join" in soup.select_one(".gp-result div").get_text()
    link = soup.select_one(".gp-result a")
    assert link.get_text() == "Open the document" and link["href"].startswith("./document?article=")


def test_search_filters_comments_by_sentiment(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, "search", monkeypatch, q="hub*", scope="Comments", sentiment="positive")
    cited = citations(at)
    assert len(cited) == 1
    assert "Our hub has been a success" in cited[0]
    assert "reader comment by Anonymous" in cited[0]


def test_result_links_keep_the_pseudonym_setting(fixture_db, monkeypatch):
    """A result's document link opens a new session, which reads the setting from the URL."""
    from bs4 import BeautifulSoup

    db, _ = fixture_db
    for setting, expect in ((None, False), ("true", True)):
        params = {"q": "hub*", "scope": "Comments"} | ({"pseudonyms": setting} if setting else {})
        at = open_page(db, "search", monkeypatch, **params)
        links = [
            a["href"]
            for body in html_bodies(at)
            if "gp-result" in body
            for a in BeautifulSoup(body, "lxml").select(".gp-result a")
        ]
        assert links and all(href.startswith("./document?article=") for href in links)
        assert all(href.endswith("&pseudonyms=true") == expect for href in links)


def test_malformed_search_gives_help_not_a_traceback(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, "search", monkeypatch, q='"at scale')
    assert len(at.error) == 1 and "Unbalanced quote" in at.error[0].value
    at = open_page(db, "search", monkeypatch, q="NOT hubs")
    assert "NOT needs something to exclude from" in at.error[0].value
    # a shared link cannot smuggle markdown into the message: the echoed fragment is escaped
    at = open_page(db, "search", monkeypatch, q='"![x](http://evil.example/x.png)')
    assert "Unbalanced quote" in at.error[0].value
    assert "![x](" not in at.error[0].value and "\\!\\[x\\]\\(http" in at.error[0].value


def test_quotes_by_speaker_without_a_query(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, "search", monkeypatch, speaker="Hart")
    cited = citations(at)
    assert len(cited) == 2
    assert all("Amelia Hart (chair, RCGP)" in c for c in cited)


def test_speakers_view_counts_quotes_themes_and_sentiment(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, "search", monkeypatch, view="Speakers")
    table = at.dataframe[0].value.set_index("speaker")
    assert list(table.index) == ["Amelia Hart", "Mark Dunmore", "Priya Nandra"]
    assert table.loc["Amelia Hart", "quotes"] == 2 and table.loc["Amelia Hart", "organisation"] == "RCGP"
    assert "Workforce supply (1)" in table.loc["Amelia Hart", "themes"]
    assert table.loc["Priya Nandra", "negative"] == 1


def test_document_shows_paragraphs_quotes_and_inert_comments(fixture_db, monkeypatch):
    db, facts = fixture_db
    article_id = facts["articles"]["Practices told to join primary care networks by July"]
    at = open_page(db, "document", monkeypatch, article=str(article_id))
    assert "Comments (4 collected of 4 declared)" in [s.value for s in at.subheader]
    bodies = html_bodies(at)
    assert any('title="Amelia Hart">Networks could help practices share staff' in b for b in bodies)
    from bs4 import BeautifulSoup

    threads = [b for b in bodies if "gp-unit" in b]
    assert len(threads) == 1, "the page of comments is one HTML element"
    comments = [str(u) for u in BeautifulSoup(threads[0], "lxml").select(".gp-unit")]
    assert len(comments) == 4
    assert any("Tired Partner" in b for b in comments)
    hostile = next(b for b in comments if "Mallory" in b)
    assert "<script>" not in hostile and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in hostile
    assert "![tracker](http://evil.example/x.png)" in hostile and "<img" not in hostile
    assert not any(HOSTILE_COMMENT in m.value for m in at.markdown)


def test_pseudonym_setting_hides_commenter_names(fixture_db, monkeypatch):
    db, facts = fixture_db
    article_id = facts["articles"]["Practices told to join primary care networks by July"]
    at = open_page(db, "document", monkeypatch, article=str(article_id), pseudonyms="true")
    bodies = "\n".join(html_bodies(at))
    assert "Tired Partner" not in bodies and "Mallory" not in bodies
    assert pseudonym("Tired Partner", facts["secret"]) in bodies
    assert pseudonym("Tired Partner", facts["secret"]).startswith("commenter-")


def test_annotate_saves_labels_least_confident_first(tmp_path, monkeypatch):
    db = tmp_path / "corpus.db"
    facts = build_fixture_store(db)
    at = open_page(db, "annotate", monkeypatch)
    # lowest confidence (0.40), named by its kind and article
    assert at.subheader[0].value == "A reader's comment on ‘Practices told to join primary care networks by July’"
    assert any(SARCASTIC_COMMENT in b for b in html_bodies(at))
    # a sentiment under nlp.classify.UNSURE_BELOW is called unsure; one at the level is not
    (said,) = [b for b in html_bodies(at) if "Model (" in b]
    assert said.endswith("with confidence 0.40 (unsure: under 0.60)</div>")
    at.multiselect[0].set_value(["access_continuity"])
    at.radio[0].set_value("negative")
    at.text_input[0].set_value("JT")
    at.button[0].click().run()
    assert not at.exception
    conn = store.connect(db, readonly=True)
    labels = list(analysis_store.iter_labels(conn))
    assert [(x["unit_type"], x["unit_id"], x["sentiment"], x["themes"], x["annotator"]) for x in labels] == [
        ("comment", facts["comments"][SARCASTIC_COMMENT], "negative", ["access_continuity"], "JT")
    ]
    assert "Saved label" in at.success[0].value
    assert not any(SARCASTIC_COMMENT in b for b in html_bodies(at))  # moved on
    (said,) = [b for b in html_bodies(at) if "Model (" in b]
    assert said.endswith("with confidence 0.60</div>")
    metrics = {label: value for label, value, _ in stats(at)}
    assert metrics["Labels so far"] == "1" and metrics["Sentiment agreement"] == "100%"
    assert metrics["Theme F1 (micro)"] == "0.67"  # model: 2 themes, label: 1 of them


def test_health_shows_runs_errors_and_coverage(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, "health", monkeypatch)
    frames = [d.value for d in at.dataframe]
    runs, by_source, errors, coverage, short = frames
    assert list(runs["Outcome"]) == ["finished with errors", "finished"]
    assert by_source.iloc[0]["Source"] == "pulse" and by_source.iloc[0]["Errors"] == 1
    assert errors.iloc[0]["Page"] == "https://pulse.example/news/broken-page"
    pulse = coverage.set_index("Source").loc["pulse"]
    assert (pulse["Comments declared"], pulse["Comments collected"], pulse["Threads short of their count"]) == (9, 5, 1)
    assert list(short["Article"]) == ["Partners quit as workload soars"]


@pytest.mark.parametrize("page", [None, "themes", "compare", "search", "document", "annotate", "health"])
def test_every_page_renders_on_an_empty_store(tmp_path, monkeypatch, page):
    db = tmp_path / "empty.db"
    store.connect(db).close()
    at = open_page(db, page, monkeypatch)
    assert at.title[0].value


def test_cache_invalidates_when_a_refresh_lands(tmp_path):
    db = tmp_path / "corpus.db"
    build_fixture_store(db)
    assert q.corpus_summary(db)["articles"] == 3
    conn = store.connect(db)
    run = store.start_run(conn, "refresh")
    store.upsert_article(
        conn,
        ArticleRecord(
            url="https://pulse.example/news/new",
            source="pulse",
            title="A new one",
            published="2020-04-01",
            paragraphs=[Paragraph("Fresh text about hubs.")],
        ),
    )
    store.finish_run(conn, run, "ok")
    conn.close()
    assert q.corpus_summary(db)["articles"] == 4


def test_pages_work_on_a_store_from_before_the_app_migrations(tmp_path, monkeypatch):
    """The app never migrates (read-only): a store made before migrations 2 and 3 still renders."""
    db = tmp_path / "old.db"
    # today's writer no longer fills comments.content_hash (migration 6 dropped it), so the
    # version-1 schema it writes into gives that column a default; nothing the app reads changes
    first = sqlite_backend.MIGRATIONS[0]
    marker = "    content_hash  TEXT NOT NULL,\n    first_seen"
    assert marker in first
    with monkeypatch.context() as m:
        m.setattr(
            sqlite_backend,
            "MIGRATIONS",
            [first.replace(marker, "    content_hash  TEXT NOT NULL DEFAULT '',\n    first_seen")],
        )
        build_fixture_store(db)
    assert store.connect(db, readonly=True).execute("PRAGMA user_version").fetchone()[0] == 1
    at = open_page(db, None, monkeypatch)
    assert {label: value for label, value, _ in stats(at)}["Comments"] == "7"
    at = open_page(db, "themes", monkeypatch, themes="At-scale models")
    assert at.dataframe[0].value.set_index("voice").loc["Commenters", "tagged"] == 3


def test_themes_page_opens_on_at_scale_models_and_an_empty_choice_clears_it(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_page(db, "themes", monkeypatch)
    assert at.multiselect(key="themes").value == ["at_scale_models"]
    assert at.dataframe[0].value.set_index("voice").loc["Commenters", "tagged"] == 3
    cleared = open_page(db, "themes", monkeypatch, themes="")
    assert cleared.multiselect(key="themes").value == []
    assert "Choose one or more themes" in cleared.info[0].value
