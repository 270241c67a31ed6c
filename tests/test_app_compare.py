"""The Compare page: sources and voices side by side, quoted speakers by kind, each figure
against a direct count on a real store."""

from __future__ import annotations

import pytest

from corpora import store
from corpora.speaker_kinds import speaker_kind
from tests.test_app_pages import open_page
from tests.test_app_search import build_search_store


@pytest.fixture(scope="module")
def compare_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("compare") / "compare.db"
    build_search_store(path)
    return path


@pytest.mark.parametrize(
    ("org", "role", "kind"),
    [
        ("BMA", "chair", "professional"),
        ("DHSC", "health minister", "government"),
        (None, "health secretary", "government"),
        (None, "practice manager", "practice"),
        ("Nuffield Trust", "senior fellow", "think_tank"),
        ("The King’s Fund", None, "think_tank"),
        ("NHS England", "national director for primary care", "government"),
        (None, None, "other"),
        ("Acme Widgets", "spokesperson", "other"),
    ],
)
def test_speakers_are_sorted_into_kinds(org, role, kind):
    assert speaker_kind(org, role) == kind


def test_voices_and_kinds_side_by_side_match_direct_counts(compare_db, monkeypatch):
    at = open_page(compare_db, "compare", monkeypatch, themes="Workforce supply")
    voices = at.dataframe[0].value.set_index("group")
    conn = store.connect(compare_db, readonly=True)

    def count(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    assert voices.loc["Commenters", "units"] == count("SELECT count(*) FROM comments")
    assert voices.loc["Article text", "units"] == count("SELECT count(*) FROM articles")
    assert voices.loc["Article text", "share"] == "0%"  # the articles carry no theme in this store
    assert voices.loc["Quotes: Government and NHS England", "units"] == count(
        "SELECT count(*) FROM quotes WHERE speaker_org = 'DHSC'"
    )
    assert voices.loc["Quotes: Professional bodies and unions", "units"] == count(
        "SELECT count(*) FROM quotes WHERE speaker_org = 'BMA'"
    )
    assert voices.loc["Quotes: GPs and practice staff", "units"] == 1  # Ann Lee, practice manager
    assert list(voices.index)[0] == "Article text" and list(voices.index)[-1] == "Commenters"
    sources = at.dataframe[1].value
    assert list(sources["group"]) == ["example · Article text", "example · Quoted speakers", "example · Commenters"]
    assert len(at.get("vega_lite_chart")) == 4  # share and net sentiment, for voices and for sources
    assert sorted(b.label for b in at.get("download_button")) == sorted(
        ["Chart as PNG", "Chart as SVG", "Chart data (CSV)"] * 4
    )


def test_without_themes_the_page_compares_sentiment(compare_db, monkeypatch):
    at = open_page(compare_db, "compare", monkeypatch)
    voices = at.dataframe[0].value.set_index("group")
    assert "share" not in voices.columns
    assert voices.loc["Commenters", "net sentiment"] == "+0.00"  # every unit of this store is neutral
    assert len(at.get("vega_lite_chart")) == 2
