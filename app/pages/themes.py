"""Themes: prevalence and sentiment over time by voice, distinctive phrases,
co-occurring themes, representative comments and quotes, two periods side by side."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from app import cache as q
from app import ui
from app.distinctive import distinctive_phrases

db = ui.db_path()
st.title("Themes")

catalogue = ui.theme_catalogue(db)
# opened without a choice, the page shows the debate gpwatch is about (at-scale models of care)
# when the model has used that theme, else the first theme it has used; an empty `themes=` clears it
present = q.themes_in_store(db)
default = ["at_scale_models"] if "at_scale_models" in present else present[:1]
chosen = st.multiselect("Themes", list(catalogue), default=default, format_func=lambda t: catalogue.get(t, t),
                        key="themes", bind="query-params", placeholder="Choose one or more themes",
                        help="Units tagged with any of the chosen themes count.")
c1, c2 = st.columns(2)
start = c1.date_input("From", value=None, key="from", bind="query-params")
end = c2.date_input("To", value=None, key="to", bind="query-params")
if not chosen:
    st.info("Choose one or more themes to see how each voice discusses them over time.")
    st.stop()
themes = tuple(chosen)
start_s, end_s = ui.iso(start), ui.iso(end)


@st.cache_data(show_spinner=False, max_entries=64)
def _distinctive(db: str, gen: tuple, themes: tuple[str, ...], start: str, end: str) -> list[dict]:
    texts = q.theme_texts(db, themes, start or None, end or None)
    return [d.__dict__ for d in distinctive_phrases(texts["target"], texts["rest"], top=15)]


def distinctive(themes: tuple[str, ...], start: str, end: str) -> list[dict]:
    return _distinctive(db, q.generation(q.connection(db), db), themes, start, end)


timeline = q.theme_timeline(db, themes, start_s or None, end_s or None)
st.subheader("Over time, by voice")
if not timeline:
    st.info("No annotated units carry these themes in this period.")
else:
    df = pd.DataFrame(timeline)
    df["voice"] = df["voice"].map(q.VOICES)
    base = alt.Chart(df).encode(x=alt.X("month:T", title="Month"), color=alt.Color("voice:N", title="Voice"))
    prevalence = base.mark_line(point=True).encode(
        y=alt.Y("share:Q", title="Share of the voice's units", axis=alt.Axis(format="%")),
        tooltip=["month", "voice", "tagged", "total", alt.Tooltip("share:Q", format=".1%")])
    sentiment = base.mark_line(point=True, strokeDash=[4, 2]).encode(
        y=alt.Y("net_sentiment:Q", title="Net sentiment (positive − negative share)", scale=alt.Scale(domain=[-1, 1])),
        tooltip=["month", "voice", "positive", "neutral", "negative", alt.Tooltip("net_sentiment:Q", format=".2f")])
    left, right = st.columns(2)
    left.altair_chart(prevalence.properties(title="Prevalence"), width="stretch")
    right.altair_chart(sentiment.properties(title="Sentiment of the tagged units"), width="stretch")
    totals = df.groupby("voice")[["tagged", "positive", "negative", "neutral"]].sum().reset_index()
    st.dataframe(totals, hide_index=True, width="stretch")

left, right = st.columns(2)
with left:
    st.subheader("Distinctive phrases")
    phrases = distinctive(themes, start_s, end_s)
    if phrases:
        st.dataframe(pd.DataFrame(phrases).rename(columns={
            "phrase": "Phrase", "z": "z-score", "delta": "log-odds", "target_count": "In theme",
            "rest_count": "Elsewhere"}), hide_index=True, width="stretch",
            column_config={"z-score": st.column_config.NumberColumn(format="%.2f"),
                           "log-odds": st.column_config.NumberColumn(format="%.2f")})
        st.caption("Log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008): comments, quotes "
                   "and article sentences tagged with the theme against a sample of the rest.")
    else:
        st.info("Not enough tagged text for distinctive phrases.")
with right:
    st.subheader("Co-occurring themes")
    co = q.cooccurring_themes(db, themes, start_s or None, end_s or None)
    if co:
        df = pd.DataFrame(co)
        df["theme"] = df["theme"].map(ui.theme_name)
        st.altair_chart(alt.Chart(df).mark_bar().encode(
            x=alt.X("units:Q", title="Units tagged with both"), y=alt.Y("theme:N", sort="-x", title=None),
            tooltip=["theme", "units"]), width="stretch")
        st.caption(f"Counted on the latest {q.COOCCURRENCE_WINDOW:,} units of each voice tagged with the "
                   "chosen themes (in the chosen dates).")
    else:
        st.info("No other theme appears on these units.")

st.subheader("Representative comments and quotes")
left, right = st.columns(2)
for column, unit_type, label in ((left, "comment", "Comments"), (right, "quote", "Quotes")):
    with column:
        st.markdown(f"**{label}**")
        units = q.representative_units(db, themes, unit_type, 5, start_s or None, end_s or None)
        if not units:
            st.caption(f"No {label.lower()} tagged with these themes.")
            continue
        shown = []
        for u in units:
            who = (u["speaker"] or "unnamed speaker") if unit_type == "quote" else ui.commenter(u["author"], db)
            role = ", ".join(x for x in (u.get("speaker_role"), u.get("speaker_org")) if x)
            header = f"{who}{f' ({role})' if role else ''} · {u['title'] or '(untitled)'} · {(u['published'] or '')[:10]}"
            cite = ui.citation(u | {"kind": unit_type}, db)
            shown.append(ui.result_html(header, ui.chips([], u["sentiment"]), ui.esc(ui.comment_text(u["text"], u["article_id"], db) if unit_type == "comment" else u["text"]),
                                        cite, u["article_id"]))
        st.html('<div class="gp-results">' + "".join(shown) + "</div>")

st.subheader("Compare two periods")
first = q.corpus_summary(db)["first"]
last = q.corpus_summary(db)["last"]
lo = dt.date.fromisoformat(first[:10]) if first else dt.date.today()
hi = dt.date.fromisoformat(last[:10]) if last else dt.date.today()
mid = lo + (hi - lo) / 2
cols = st.columns(2)
periods = []
for column, name, default in ((cols[0], "a", (lo, mid)), (cols[1], "b", (mid + dt.timedelta(days=1), hi))):
    with column:
        p1, p2 = st.columns(2)
        a = p1.date_input(f"Period {name.upper()} from", value=default[0], key=f"{name}_from", bind="query-params")
        b = p2.date_input(f"Period {name.upper()} to", value=default[1], key=f"{name}_to", bind="query-params")
        periods.append((column, ui.iso(a), ui.iso(b)))
period_phrases = st.toggle("Distinctive phrases of each period", key="period_phrases", bind="query-params")
for column, a, b in periods:
    with column:
        rows = q.theme_timeline(db, themes, a or None, b or None)
        if not rows:
            st.caption("Nothing tagged in this period.")
            continue
        df = pd.DataFrame(rows).groupby("voice")[["tagged", "total", "positive", "negative"]].sum()
        cards = []
        for voice, label in q.VOICES.items():
            if voice not in df.index:
                continue
            r = df.loc[voice]
            share = r["tagged"] / r["total"] if r["total"] else 0
            net = (r["positive"] - r["negative"]) / r["tagged"] if r["tagged"] else 0
            cards.append((label, f"{share:.0%} of units", f"net sentiment {net:+.2f}"))
        ui.stat_cards(cards)
        top = distinctive(themes, a, b)[:8] if period_phrases else []
        if top:
            st.text("Distinctive phrases: " + ", ".join(d["phrase"] for d in top))
