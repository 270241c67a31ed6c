"""The app's numbers against direct counts on a real SQLite store of thin, gappy data:
shares count every unit of the period (months without a tag included), lines never join
across empty periods, the granularity follows the data (and the URL), every share and
net sentiment comes with its n and a Wilson interval."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pytest

from app import series
from corpora import analysis_store as an
from corpora import store
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from tests.test_app_pages import open_page, stats

THEME = "digital_first"
# (published, article themes, article sentiment, quotes [(themes, sentiment)], comments [(themes, sentiment)])
# Thin and gappy: one article in most months, none at all in March-May 2019, the theme absent from
# most months, so that a share computed over tagged months only would come out near 100%.
THIN = [
    ("2019-01-10", [THEME], "negative", [([THEME], "negative")], [([THEME], "negative"), ([], "neutral")]),
    ("2019-02-14", [], "neutral", [([], "neutral")], [([], "positive"), ([], "negative"), ([], "neutral")]),
    ("2019-06-03", [], "positive", [], [([], "neutral")]),
    ("2019-07-21", [THEME], "positive", [([THEME], "positive"), ([], "neutral")], [([THEME], "positive")]),
    ("2019-08-30", [], "neutral", [([], "negative")], [([], "negative"), ([], "negative")]),
    ("2020-01-05", [], "negative", [([], "neutral")], [([THEME], "negative")]),
    ("2020-02-11", [THEME], "neutral", [], [([], "neutral"), ([], "neutral")]),
    ("2020-09-09", [], "neutral", [([], "positive")], [([], "positive")]),
]


def _scores(sentiment: str) -> dict[str, float]:
    return {s: (0.8 if s == sentiment else 0.1) for s in an.SENTIMENTS}


def build_thin_store(path: Path, articles=THIN) -> None:
    conn = store.connect(path)
    for i, (published, themes, sentiment, quotes, comments) in enumerate(articles):
        record = ArticleRecord(
            url=f"https://thin.example/{i}",
            source="thin",
            title=f"Thin article {i}",
            published=published,
            paragraphs=[Paragraph(f"Paragraph of article {i}.")],
            comments=[
                CommentRecord(text=f"Comment {j} on article {i}.", author=f"reader{j}") for j in range(len(comments))
            ],
        )
        article_id = store.upsert_article(conn, record).article_id
        para = store.get_article(conn, article_id)["paragraphs"][0]["id"]
        an.replace_units(
            conn,
            article_id,
            [],
            [
                an.Quote(
                    position=j,
                    text=f"Quote {j} in article {i}.",
                    speaker=f"Speaker {j}",
                    speaker_name=f"Speaker {j}",
                    paragraph_id=para,
                )
                for j in range(len(quotes))
            ],
            pipeline_version="test",
        )
        units = an.units_for_article(conn, article_id)
        notes = [
            an.Annotation(
                "article", article_id, article_id, sentiment, _scores(sentiment), themes, {t: 0.9 for t in themes}
            )
        ]
        for kind, specs in (("quote", quotes), ("comment", comments)):
            for unit, (unit_themes, unit_sentiment) in zip(units[kind], specs):
                notes.append(
                    an.Annotation(
                        kind,
                        unit["id"],
                        article_id,
                        unit_sentiment,
                        _scores(unit_sentiment),
                        unit_themes,
                        {t: 0.9 for t in unit_themes},
                    )
                )
        an.write_annotations(conn, article_id, notes, model_version="test")
    conn.close()


@pytest.fixture(scope="module")
def thin_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("thin") / "thin.db"
    build_thin_store(path)
    return path


def direct(db: Path, voice: str, start: str, end: str) -> tuple[int, int, int, int]:
    """(all units of the voice, tagged with THEME, tagged positive, tagged negative) in
    [start, end], counted straight from the annotations."""
    conn = store.connect(db, readonly=True)
    total = conn.execute(
        """SELECT count(*) FROM annotations an JOIN articles a ON a.id = an.article_id
                            WHERE an.unit_type = ? AND a.published >= ? AND a.published <= ?""",
        (voice, start, end),
    ).fetchone()[0]
    tagged, pos, neg = conn.execute(
        """
        SELECT count(*), sum(an.sentiment = 'positive'), sum(an.sentiment = 'negative')
        FROM annotation_themes t JOIN annotations an ON an.unit_type = t.unit_type AND an.unit_id = t.unit_id
        JOIN articles a ON a.id = t.article_id
        WHERE t.theme = ? AND t.unit_type = ? AND a.published >= ? AND a.published <= ?""",
        (THEME, voice, start, end),
    ).fetchone()
    return total, tagged, pos or 0, neg or 0


def chart_frames(at) -> list:
    """The data of every chart on the page, as DataFrames."""
    return [
        pa.ipc.open_stream(ds.data.data).read_pandas() for el in at.get("vega_lite_chart") for ds in el.proto.datasets
    ]


VOICE_LABELS = {"article": "Article text", "quote": "Quoted speakers", "comment": "Commenters"}


def test_period_comparison_counts_every_unit_of_the_period(thin_db, monkeypatch):
    periods = {"a": ("2019-01-01", "2019-12-31"), "b": ("2020-01-01", "2020-12-31")}
    at = open_page(
        thin_db,
        "themes",
        monkeypatch,
        themes="Digital first",
        a_from=periods["a"][0],
        a_to=periods["a"][1],
        b_from=periods["b"][0],
        b_to=periods["b"][1],
    )
    cards = stats(at)
    assert len(cards) == 6, cards
    for (label, value, note), (name, voice) in zip(cards, [(p, v) for p in "ab" for v in VOICE_LABELS]):
        total, tagged, pos, neg = direct(thin_db, voice, *periods[name])
        assert label == VOICE_LABELS[voice]
        assert value == f"{tagged / total:.0%} of {total} units", (name, voice)
        expect_net = (
            f"net sentiment {(pos - neg) / tagged:+.2f} (n = {tagged})" if tagged else "net sentiment – (n = 0)"
        )
        assert note == expect_net, (name, voice)
    # the figures of the bug report: article text in 2019 is 2 of 5, not 2 of 2 (the tagged months only)
    assert cards[0][1] == "40% of 5 units"


def test_timeline_shares_have_every_unit_as_denominator_and_gaps_stay_gaps(thin_db, monkeypatch):
    at = open_page(thin_db, "themes", monkeypatch, themes="Digital first", by="month")
    assert "Over time, by voice (month)" in [s.value for s in at.subheader]
    prevalence = next(f for f in chart_frames(at) if "share" in f.columns)
    articles = prevalence[prevalence["voice"] == "Article text"].set_index("period")
    # a month with an article but no tag is an honest 0 of 1, not a missing point
    assert articles.loc["2019-02", "share"] == 0 and articles.loc["2019-02", "total"] == 1
    # a month without articles has no share, and the line does not join across it
    assert pd_isna(articles.loc["2019-04", "share"])
    assert articles.loc["2019-02", "share_segment"] != articles.loc["2019-06", "share_segment"]
    # every month's n is the direct count of every unit of the voice
    for voice, label in VOICE_LABELS.items():
        rows = prevalence[prevalence["voice"] == label]
        for _, r in rows.iterrows():
            start = r["start"]
            end = f"{start[:7]}-31"
            total, tagged, _, _ = direct(thin_db, voice, start, end)
            assert (r["total"], r["tagged"]) == (total, tagged), (voice, r["period"])
    # the Wilson band is there, and wide on n = 1
    one = articles.loc["2019-01"]
    assert one["total"] == 1 and one["share_lo"] < 0.25 and one["share_hi"] == 1


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def test_overview_prevalence_counts_periods_without_tags(thin_db, monkeypatch):
    at = open_page(thin_db, None, monkeypatch, granularity="year")
    frame = next(f for f in chart_frames(at) if "theme" in f.columns)
    digital = frame[frame["theme"] == "Digital first"].set_index("period")
    for year in ("2019", "2020"):
        total, tagged, _, _ = direct(thin_db, "article", f"{year}-01-01", f"{year}-12-31")
        assert (digital.loc[year, "tagged"], digital.loc[year, "total"]) == (tagged, total)
        assert digital.loc[year, "share"] == pytest.approx(tagged / total)
    assert digital.loc["2019", "share"] == pytest.approx(0.4)  # not 100%: three of five articles are untagged


def test_granularity_follows_the_data_and_the_url(thin_db, monkeypatch):
    at = open_page(thin_db, "themes", monkeypatch, themes="Digital first")
    assert "Over time, by voice (year)" in [s.value for s in at.subheader]  # one or two units a month: by year
    assert at.radio(key="by").value == "auto"
    at = open_page(thin_db, "themes", monkeypatch, themes="Digital first", by="quarter")
    assert "Over time, by voice (quarter)" in [s.value for s in at.subheader]
    prevalence = next(f for f in chart_frames(at) if "share" in f.columns)
    assert set(prevalence["period"]) >= {"2019 Q1", "2019 Q2", "2020 Q3"}


def test_choose_granularity_takes_the_finest_that_holds_enough_units():
    busy = [{"month": f"2020-{m:02d}", "voice": v, "n": 12} for m in range(1, 13) for v in ("article", "comment")]
    assert series.choose_granularity(busy) == "month"
    thin = [{"month": f"2020-{m:02d}", "voice": "article", "n": 4} for m in range(1, 13)]
    assert series.choose_granularity(thin) == "quarter"
    sparse = [{"month": f"20{y}-03", "voice": "article", "n": 3} for y in range(15, 25)]
    assert series.choose_granularity(sparse) == "year"


def test_wilson_interval_matches_the_textbook_values():
    lo, hi = series.wilson(0, 10)
    assert lo == 0 and hi == pytest.approx(0.2775, abs=1e-4)
    lo, hi = series.wilson(5, 10)
    assert (lo, hi) == (pytest.approx(0.2366, abs=1e-4), pytest.approx(0.7634, abs=1e-4))
    lo, hi = series.wilson(500, 1000)
    assert hi - lo < 0.07
    net_lo, net_hi = series.net_interval(1, 0, 1)
    assert net_lo == pytest.approx(0.2065 - 0.7935, abs=1e-3) and net_hi == 1  # one positive of one: wide


def test_series_fills_every_period_and_segments_around_gaps():
    totals = [{"month": "2019-01", "voice": "article", "n": 2}, {"month": "2019-03", "voice": "article", "n": 1}]
    tagged = [{"month": "2019-01", "voice": "article", "sentiment": "positive", "n": 1}]
    rows = series.series(tagged, totals, "month")
    assert [r["period"] for r in rows] == ["2019-01", "2019-02", "2019-03"]
    assert [r["share"] for r in rows] == [0.5, None, 0.0]
    assert rows[0]["share_segment"] != rows[2]["share_segment"]
    assert [r["net_sentiment"] for r in rows] == [1.0, None, None]


def test_n_is_shown_beside_every_share_in_the_totals_table(thin_db, monkeypatch):
    at = open_page(thin_db, "themes", monkeypatch, themes="Digital first")
    table = at.dataframe[0].value.set_index("voice")
    for voice, label in VOICE_LABELS.items():
        total, tagged, pos, neg = direct(thin_db, voice, "2000-01-01", "2100-01-01")
        assert (table.loc[label, "units"], table.loc[label, "tagged"]) == (total, tagged)
        assert table.loc[label, "share"] == f"{tagged / total:.0%}"
        assert re.fullmatch(r"\d+%–\d+%", table.loc[label, "share 95% CI"])


@pytest.mark.parametrize(
    ("page", "params"),
    [(None, {}), ("themes", {"themes": "Digital first"}), ("compare", {"themes": "Digital first"}), ("compare", {})],
)
def test_every_chart_downloads_as_png_svg_and_csv(thin_db, monkeypatch, page, params):
    at = open_page(thin_db, page, monkeypatch, **params)
    charts = len(at.get("vega_lite_chart"))
    labels = [b.label for b in at.get("download_button")]
    assert charts >= 2
    for label in ("Chart as PNG", "Chart as SVG", "Chart data (CSV)"):
        assert labels.count(label) == charts, (label, labels)


def test_a_chart_renders_to_svg_and_png_here():
    import altair as alt
    import pandas as pd

    from app import ui

    spec = alt.Chart(pd.DataFrame({"x": [1, 2], "y": [3, 4]})).mark_line().encode(x="x:Q", y="y:Q")
    svg = ui.chart_image(spec, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg") and "<path" in svg
    assert ui.chart_image(spec, "png").startswith(b"\x89PNG")
