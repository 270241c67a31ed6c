"""Themes: prevalence and sentiment over time by voice, distinctive phrases,
co-occurring themes, representative comments and quotes, two periods side by side."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from app import cache as q
from app import series, ui
from app.distinctive import distinctive_phrases

db = ui.db_path()
st.title("Themes")

catalogue = ui.theme_catalogue(db)
# opened without a choice, the page shows the debate gpwatch is about (at-scale models of care)
# when the model has used that theme, else the first theme it has used; an empty `themes=` clears it
present = q.themes_in_store(db)
default = ["at_scale_models"] if "at_scale_models" in present else present[:1]
chosen = st.multiselect(
    "Themes",
    list(catalogue),
    default=default,
    format_func=lambda t: catalogue.get(t, t),
    key="themes",
    bind="query-params",
    placeholder="Choose one or more themes",
    help="Units tagged with any of the chosen themes count.",
)
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


tagged_rows = q.theme_month_sentiment(db, themes, start_s or None, end_s or None)
total_rows = q.voice_month_sentiment(db, start_s or None, end_s or None)
auto = series.choose_granularity(total_rows)
granularity = ui.granularity_control(auto)
timeline = series.series(tagged_rows, total_rows, granularity, voices=list(q.VOICES))
st.subheader(f"Over time, by voice ({granularity})")
if not tagged_rows:
    st.info("No annotated units carry these themes in this period.")
else:
    df = pd.DataFrame(timeline)
    df["voice"] = df["voice"].map(q.VOICES)
    left, right = st.columns(2)
    with left:
        ui.chart(
            ui.series_chart(df, "share", "Share of the voice's units", "%", None, "Prevalence", "total"),
            df,
            "theme-prevalence",
        )
    with right:
        ui.chart(
            ui.series_chart(
                df,
                "net_sentiment",
                "Net sentiment (positive − negative share)",
                "+.2f",
                [-1, 1],
                "Sentiment of the tagged units",
                "tagged",
            ),
            df,
            "theme-sentiment",
        )
    st.caption(
        f"Each {granularity}: the share of every unit of the voice (article text, quotes, comments) "
        "tagged with the chosen themes, and the net sentiment of the tagged ones, each with its n; the "
        "band is the 95% Wilson interval, wide where n is small. A gap is a "
        f"{granularity} without units of that voice. Granularity chosen from the data ({auto}); "
        "change it above."
    )
    totals = series.period_totals(tagged_rows, total_rows, voices=list(q.VOICES))
    st.dataframe(ui.totals_table(totals), hide_index=True, width="stretch")

left, right = st.columns(2)
with left:
    st.subheader("Distinctive phrases")
    phrases = distinctive(themes, start_s, end_s)
    if phrases:
        st.dataframe(
            pd.DataFrame(phrases).rename(
                columns={
                    "phrase": "Phrase",
                    "z": "z-score",
                    "delta": "log-odds",
                    "target_count": "In theme",
                    "rest_count": "Elsewhere",
                }
            ),
            hide_index=True,
            width="stretch",
            column_config={
                "z-score": st.column_config.NumberColumn(format="%.2f"),
                "log-odds": st.column_config.NumberColumn(format="%.2f"),
            },
        )
        st.caption(
            "Log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008): comments, quotes "
            "and article sentences tagged with the theme against a sample of the rest."
        )
    else:
        st.info("Not enough tagged text for distinctive phrases.")
with right:
    st.subheader("Co-occurring themes")
    co = q.cooccurring_themes(db, themes, start_s or None, end_s or None)
    if co:
        df = pd.DataFrame(co)
        df["theme"] = df["theme"].map(ui.theme_name)
        ui.chart(
            alt.Chart(df)
            .mark_bar()
            .encode(
                x=alt.X("units:Q", title="Units tagged with both"),
                y=alt.Y("theme:N", sort="-x", title=None, axis=alt.Axis(labelLimit=0)),
                tooltip=["theme", "units"],
            ),
            df,
            "cooccurring-themes",
        )
        st.caption(
            f"Counted on the latest {q.COOCCURRENCE_WINDOW:,} units of each voice tagged with the "
            "chosen themes (in the chosen dates)."
        )
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
            header = (
                f"{who}{f' ({role})' if role else ''} · {u['title'] or '(untitled)'} · "
                f"{(u['published'] or '')[:10]}{ui.repeats(u)}"
            )
            cite = ui.citation(u | {"kind": unit_type}, db)
            shown.append(
                ui.result_html(
                    header,
                    ui.chips([], u["sentiment"]),
                    ui.esc(ui.comment_text(u["text"], u["article_id"], db) if unit_type == "comment" else u["text"]),
                    cite,
                    u["article_id"],
                )
            )
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
        totals = series.period_totals(
            q.theme_month_sentiment(db, themes, a or None, b or None),
            q.voice_month_sentiment(db, a or None, b or None),
            voices=list(q.VOICES),
        )
        if not any(t["tagged"] for t in totals.values()):
            st.caption("Nothing tagged in this period.")
            continue
        ui.stat_cards(
            [
                (
                    q.VOICES[voice],
                    ui.share_text(t["share"], t["tagged"], t["total"]),
                    ui.net_text(t["net_sentiment"], t["tagged"]),
                )
                for voice, t in totals.items()
                if t["total"]
            ]
        )
        top = distinctive(themes, a, b)[:8] if period_phrases else []
        if top:
            st.text("Distinctive phrases: " + ", ".join(d["phrase"] for d in top))
