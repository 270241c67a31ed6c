"""Corpus health: refresh runs, errors by source, pages failing to fetch or parse,
and coverage (comments the pages declare against comments collected)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import cache as q
from app import ui

db = ui.db_path()
st.title("Corpus health")

st.subheader("Refresh runs")
runs = q.runs(db, 50)
if runs:
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "Run": r["id"],
                    "What": ui.RUN_KINDS.get(r["kind"], r["kind"].capitalize()),
                    "Outcome": ui.RUN_OUTCOMES.get(r["status"], r["status"]),
                    "Started": ui.when(r["started"]),
                    "Took": ui.took(r["started"], r["finished"]),
                    "Errors": r["errors"],
                    "What it did": ui.counts_text(r["counts"]),
                }
                for r in runs
            ]
        ),
        hide_index=True,
        width="stretch",
        column_config={"What it did": st.column_config.TextColumn(width="large")},
    )
    failed = sum(r["status"] in ("failed", "partial") for r in runs)
    if failed:
        st.warning(f"{failed} of the last {len(runs)} runs did not finish cleanly.")
else:
    st.info("No runs recorded yet.")

left, right = st.columns([1, 2])
with left:
    st.subheader("Errors by source")
    by_source = q.errors_by_source(db)
    if by_source:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Source": r["source"],
                        "Errors": r["errors"],
                        "Pages": r["locations"],
                        "Latest": ui.when(r["latest"]),
                    }
                    for r in by_source
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    else:
        st.success("No errors recorded.")
with right:
    st.subheader("Pages failing to fetch or parse")
    errors = q.recent_errors(db, 100)
    if errors:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "When": ui.when(r["at"]),
                        "Source": r["source"] or "unknown",
                        "Page": r["location"],
                        "Reason": r["reason"],
                        "Run": r["run_id"],
                    }
                    for r in errors
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    else:
        st.success("No failing pages.")

st.subheader("Coverage: comments the pages declare against comments collected")
threads = q.thread_stats(db)
coverage = threads["coverage"]
if coverage:
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "Source": r["source"],
                    "Articles": r["articles"],
                    "Comments declared": r["declared"],
                    "Comments collected": r["collected"],
                    "Threads short of their count": r["short_threads"],
                    "Coverage": r["coverage"],
                }
                for r in coverage
            ]
        ),
        hide_index=True,
        width="stretch",
        column_config={
            "Coverage": st.column_config.ProgressColumn(
                "Coverage",
                min_value=0,
                max_value=1,
                format="percent",
                color="green",
                help="Comments collected as a share of those the pages declare",
            )
        },
    )
    short = threads["short_threads"]
    if short:
        st.caption("Threads with fewer comments collected than the page declares")
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Article": r["title"],
                        "Source": r["source"],
                        "Declared": r["declared"],
                        "Collected": r["collected"],
                        "Document": ui.document_url(r["id"]),
                    }
                    for r in short
                ]
            ),
            hide_index=True,
            width="stretch",
            column_config={"Document": st.column_config.LinkColumn("Document", display_text="open")},
        )
else:
    st.info("No articles stored yet.")
