"""Overview: corpus size and dates, the last refresh, theme prevalence by month,
sentiment of articles against comments, the most discussed articles."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from app import cache as q
from app import ui

db = ui.db_path()
st.title("Overview")

summary = q.corpus_summary(db)
ui.stat_cards([(label, f"{summary[key]:,}", "") for label, key in (
    ("Articles", "articles"), ("Comments", "comments"), ("Quotes", "quotes"), ("Sources", "sources"))])
if summary["first"]:
    st.caption(f"Published {summary['first'][:10]} to {summary['last'][:10]} · "
               f"{summary['annotated_articles']:,} articles analysed · {summary['labels']:,} human labels")

run = q.last_refresh(db)
if run is None:
    st.info("No refresh has run yet: collect pages with `gpwatch crawl` or `gpwatch ingest`.")
else:
    counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in run["counts"].items()) or "no counts"
    message = (f"Last {run['kind']} (run {run['id']}): {run['status']}, finished {run['finished'] or 'not yet'}"
               f" · {counts} · {run['errors']} error(s)")
    {"ok": st.success, "partial": st.warning, "running": st.info}.get(run["status"], st.error)(message)

st.subheader("Theme prevalence by month")
prevalence = q.theme_prevalence_by_month(db)
if prevalence:
    df = pd.DataFrame(prevalence)
    df["theme"] = df["theme"].map(ui.theme_name)
    chart = alt.Chart(df).mark_line(point=True).encode(
        x=alt.X("month:T", title="Month"),
        y=alt.Y("share:Q", title="Share of articles", axis=alt.Axis(format="%")),
        color=alt.Color("theme:N", title="Theme"),
        tooltip=["month", "theme", "tagged", "total", alt.Tooltip("share:Q", format=".1%")],
    )
    st.altair_chart(chart, width="stretch")
    st.caption("Share of the articles published each month that the model tags with each theme "
               "(the Themes page splits this by voice: article text, quoted speakers, commenters).")
else:
    st.info("No theme annotations yet: run `gpwatch analyze`.")

st.subheader("Sentiment: articles, quotes and comments")
sentiment = q.sentiment_by_voice(db)
if sentiment:
    df = pd.DataFrame(sentiment)
    df["voice"] = df["voice"].map(q.VOICES)
    chart = alt.Chart(df).mark_bar().encode(
        y=alt.Y("voice:N", title=None),
        x=alt.X("n:Q", stack="normalize", title="Share", axis=alt.Axis(format="%")),
        color=alt.Color("sentiment:N", scale=alt.Scale(domain=list(ui.SENTIMENT_COLOURS),
                                                       range=list(ui.SENTIMENT_COLOURS.values()))),
        tooltip=["voice", "sentiment", "n"],
    )
    st.altair_chart(chart, width="stretch")
else:
    st.info("No sentiment annotations yet: run `gpwatch analyze`.")

st.subheader("Most discussed articles")
discussed = q.most_discussed(db)
if discussed:
    st.html(ui.table_html(
        ["Article", "Source", "Published", "Comments collected", "Declared"],
        [[(r["title"] or "(untitled)", ui.document_url(r["id"])), r["source"], (r["published"] or "")[:10],
          r["comments"], r["comments_declared"]] for r in discussed], css_class="gp-table gp-discussed"))
else:
    st.info("No comments collected yet.")
