"""Compare: sources (outlets) and voices side by side — article text, quoted speakers by
kind (government and NHS England, professional bodies and unions, think tanks, GPs and
practice staff) and commenters — on a theme's prevalence and on sentiment, each figure
with its n and 95% Wilson interval."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from app import cache as q
from app import series, ui
from corpora.speaker_kinds import kind_names, speaker_kind

db = ui.db_path()
st.title("Compare sources and voices")

catalogue = ui.theme_catalogue(db)
chosen = st.multiselect(
    "Themes",
    list(catalogue),
    default=[],
    format_func=lambda t: catalogue.get(t, t),
    key="themes",
    bind="query-params",
    placeholder="Any theme: compare sentiment only",
    help="With themes: each group's share of units tagged with any of them, and the sentiment "
    "of those units. Without: the sentiment of all their units.",
)
c1, c2 = st.columns(2)
start = c1.date_input("From", value=None, key="from", bind="query-params")
end = c2.date_input("To", value=None, key="to", bind="query-params")
themes = tuple(chosen)
rows = q.compare_counts(db, themes, ui.iso(start) or None, ui.iso(end) or None)
if not rows:
    st.info("No annotated units in this period: run `gpwatch analyze`, or widen the dates.")
    st.stop()

KINDS = kind_names()


def group_table(key, order: list[str]) -> pd.DataFrame:
    """Per group (``key(row)``; None leaves the row out): every unit, the tagged ones, share
    and net sentiment of the tagged, each with its n and Wilson interval."""
    totals, tagged = [], []
    for r in rows:
        group = key(r)
        if group is None:
            continue
        totals.append({"voice": group, "n": r["n"]})
        if r["tagged"]:
            tagged.append({"voice": group, "n": r["n"], "sentiment": r["sentiment"]})
    figures = series.period_totals(tagged, totals, voices=order)
    return pd.DataFrame(
        [{"group": g} | {k: v for k, v in f.items() if k != "voice"} for g, f in figures.items() if f["total"]]
    )


def voice_group(r: dict) -> str:
    if r["voice"] == "quote":
        return "Quotes: " + KINDS[speaker_kind(r["org"], r["role"])]
    return q.VOICES[r["voice"]]


def dot_chart(
    df: pd.DataFrame,
    field: str,
    lo: str,
    hi: str,
    n_field: str,
    title: str,
    fmt: str,
    domain: list,
    row: str,
    colour: str | None = None,
):
    data = df[df[field].notna()]
    y = alt.Y(f"{row}:N", title=None, sort=None, axis=alt.Axis(labelLimit=0))
    colour_enc = alt.Color(f"{colour}:N", title=None) if colour else alt.value("#4c78a8")
    offset = {"yOffset": alt.YOffset(f"{colour}:N")} if colour else {}
    base = alt.Chart(data).encode(y=y, color=colour_enc, **offset)
    tooltip = (
        [f"{row}:N"]
        + ([f"{colour}:N"] if colour else [])
        + [
            alt.Tooltip(f"{field}:Q", format=fmt),
            alt.Tooltip(f"{n_field}:Q", title="n"),
            alt.Tooltip(f"{lo}:Q", format=fmt, title="95% low"),
            alt.Tooltip(f"{hi}:Q", format=fmt, title="95% high"),
        ]
    )
    axis = alt.Axis(format="%") if fmt.endswith("%") else alt.Axis()
    bars = base.mark_rule().encode(
        x=alt.X(f"{lo}:Q", scale=alt.Scale(domain=domain), title=title, axis=axis), x2=f"{hi}:Q"
    )
    dots = base.mark_point(filled=True, size=60).encode(x=f"{field}:Q", tooltip=tooltip)
    label = base.mark_text(align="left", dx=8, dy=-7, fontSize=10).encode(
        x=f"{field}:Q", text=alt.Text(f"{n_field}:Q", format=",")
    )
    return bars + dots + label


def show(df: pd.DataFrame, name: str, row: str = "group", colour: str | None = None) -> None:
    left, right = st.columns(2)
    height = max(120, 28 * len(df) if colour else 34 * len(df))
    table = df.rename(columns={"total": "units"})
    with left:
        if themes:
            ui.chart(
                dot_chart(
                    df, "share", "share_lo", "share_hi", "total", "Share of units tagged", ".0%", [0, 1], row, colour
                ).properties(height=height),
                table,
                f"compare-{name}-share",
            )
    with right:
        net_title = "Net sentiment of the tagged units" if themes else "Net sentiment (positive − negative)"
        ui.chart(
            dot_chart(
                df, "net_sentiment", "net_lo", "net_hi", "tagged", net_title, "+.2f", [-1, 1], row, colour
            ).properties(height=height),
            table,
            f"compare-{name}-sentiment",
        )
    shown = pd.DataFrame(
        {
            "group": table[row] if not colour else table[row] + " · " + table[colour],
            "units": table["units"],
            "tagged": table["tagged"],
            "share": [ui.pct(v) for v in table["share"]],
            "share 95% CI": [f"{ui.pct(a)}–{ui.pct(b)}" for a, b in zip(table["share_lo"], table["share_hi"])],
            "net sentiment": ["–" if pd.isna(v) else f"{v:+.2f}" for v in table["net_sentiment"]],
            "net 95% CI": [
                "–" if pd.isna(a) else f"{a:+.2f} to {b:+.2f}" for a, b in zip(table["net_lo"], table["net_hi"])
            ],
        }
    )
    if not themes:
        shown = shown.drop(columns=["tagged", "share", "share 95% CI"])
    with st.expander("The figures"):
        st.dataframe(shown, hide_index=True, width="stretch")


what = (
    (
        "the share of their units tagged with "
        + ", ".join(catalogue.get(t, t) for t in themes)
        + " and the sentiment of those units"
    )
    if themes
    else "the sentiment of all their units"
)
st.caption(
    f"Each group: {what}. Dots are the estimate, lines the 95% Wilson interval (wide where n is small); "
    "the number beside each dot is its n."
)

st.subheader("Voices, with quoted speakers by kind")
VOICE_ORDER = [q.VOICES["article"]] + [f"Quotes: {name}" for name in KINDS.values()] + [q.VOICES["comment"]]
show(group_table(voice_group, VOICE_ORDER), "voices")

st.subheader("Sources (outlets), by voice")
by_source = []
for source in sorted({r["source"] for r in rows}):
    part = group_table(
        lambda r, source=source: q.VOICES[r["voice"]] if r["source"] == source else None, list(q.VOICES.values())
    )
    if not part.empty:
        by_source.append(part.assign(source=source).rename(columns={"group": "voice"}))
show(pd.concat(by_source, ignore_index=True), "sources", row="source", colour="voice")
