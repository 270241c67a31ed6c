"""Overview: corpus size and dates, the last refresh, theme prevalence by month,
sentiment of articles against comments, the most discussed articles."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from app import cache as q
from app import series, ui

db = ui.db_path()
st.title("Overview")

summary = q.corpus_summary(db)
ui.stat_cards(
    [
        (label, f"{summary[key]:,}", "")
        for label, key in (
            ("Articles", "articles"),
            ("Comments", "comments"),
            ("Quotes", "quotes"),
            ("Sources", "sources"),
        )
    ]
)
if summary["first"]:
    st.caption(
        f"Published {ui.when(summary['first'][:10])} to {ui.when(summary['last'][:10])} · "
        f"{summary['annotated_articles']:,} articles analysed · {summary['labels']:,} human labels"
    )

run = q.last_refresh(db)
if run is None:
    st.info("No refresh has run yet: collect pages with `gpwatch crawl` or `gpwatch ingest`.")
else:
    finished = f"on {ui.when(run['finished'])}" if run["finished"] else "not yet"
    errors = {0: "no errors", 1: "1 error"}.get(run["errors"], f"{run['errors']:,} errors")
    message = (
        f"Last {ui.RUN_KINDS.get(run['kind'], run['kind']).lower()} (run {run['id']}) "
        f"{ui.RUN_OUTCOMES.get(run['status'], run['status'])} {finished}: {ui.counts_text(run['counts'])}; "
        f"{errors}"
    )
    message = ui.md_escape(message)
    {"ok": st.success, "partial": st.warning, "running": st.info}.get(run["status"], st.error)(message)

article_rows = [r | {"voice": "article"} for r in q.article_theme_months(db)]
totals = [r for r in article_rows if r["theme"] == ""]
auto = series.choose_granularity(totals)
granularity = ui.granularity_control(auto, key="granularity")
st.subheader(f"Theme prevalence by {granularity}")
if any(r["theme"] for r in article_rows):
    frames = []
    for theme in sorted({r["theme"] for r in article_rows if r["theme"]}):
        for row in series.series([r for r in article_rows if r["theme"] == theme], totals, granularity):
            frames.append(row | {"theme": ui.theme_name(theme)})
    df = pd.DataFrame(frames)
    df = df[df["total"] > 0]
    heat = alt.Chart(df).encode(
        x=alt.X("period:O", title=None, sort=None),
        y=alt.Y("theme:N", title=None, axis=alt.Axis(labelLimit=0)),
        tooltip=[
            "period:N",
            "theme:N",
            alt.Tooltip("share:Q", format=".0%", title="share"),
            alt.Tooltip("tagged:Q", title="articles tagged"),
            alt.Tooltip("total:Q", title="n (articles)"),
            alt.Tooltip("share_lo:Q", format=".0%", title="95% low"),
            alt.Tooltip("share_hi:Q", format=".0%", title="95% high"),
        ],
    )
    chart = heat.mark_rect().encode(
        color=alt.Color("share:Q", title="Share", scale=alt.Scale(domain=[0, 1]), legend=alt.Legend(format="%"))
    )
    ui.chart(chart, df[["period", "theme", "tagged", "total", "share", "share_lo", "share_hi"]], "theme-prevalence")
    st.caption(
        f"Share of all the articles published each {granularity} (n in each tooltip) that the model tags "
        "with each theme; a blank column is a period without articles. The Themes page splits this by "
        "voice: article text, quoted speakers, commenters."
    )
else:
    st.info("No theme annotations yet: run `gpwatch analyze`.")

st.subheader("Sentiment: articles, quotes and comments")
sentiment = q.sentiment_by_voice(db)
if sentiment:
    df = pd.DataFrame(sentiment)
    df["voice"] = df["voice"].map(q.VOICES)
    chart = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            y=alt.Y("voice:N", title=None),
            x=alt.X("n:Q", stack="normalize", title="Share", axis=alt.Axis(format="%")),
            color=alt.Color(
                "sentiment:N",
                scale=alt.Scale(domain=list(ui.SENTIMENT_COLOURS), range=list(ui.SENTIMENT_COLOURS.values())),
            ),
            tooltip=["voice", "sentiment", "n"],
        )
    )
    ui.chart(chart, df, "sentiment-by-voice")
else:
    st.info("No sentiment annotations yet: run `gpwatch analyze`.")

st.subheader("Most discussed articles")
discussed = q.most_discussed(db)
if discussed:
    st.html(
        ui.table_html(
            ["Article", "Source", "Published", "Comments collected", "Declared"],
            [
                [
                    (r["title"] or "(untitled)", ui.document_url(r["id"])),
                    r["source"],
                    (r["published"] or "")[:10],
                    r["comments"],
                    r["comments_declared"],
                ]
                for r in discussed
            ],
            css_class="gp-table gp-discussed",
        )
    )
else:
    st.info("No comments collected yet.")
