"""Corpus health: refresh runs, errors by source, pages failing to fetch or parse,
and coverage (comments the pages declare against comments collected)."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from app import cache as q
from app import ui

db = ui.db_path()
st.title("Corpus health")

st.subheader("Refresh runs")
runs = q.runs(db, 50)
if runs:
    df = pd.DataFrame(runs)
    df["counts"] = df["counts"].map(lambda c: json.dumps(c, sort_keys=True))
    st.dataframe(df[["id", "kind", "status", "started", "finished", "errors", "counts"]], hide_index=True,
                 width="stretch")
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
        st.dataframe(pd.DataFrame(by_source), hide_index=True, width="stretch")
    else:
        st.success("No errors recorded.")
with right:
    st.subheader("Pages failing to fetch or parse")
    errors = q.recent_errors(db, 100)
    if errors:
        st.dataframe(pd.DataFrame(errors)[["at", "source", "location", "reason", "run_id"]], hide_index=True,
                     width="stretch")
    else:
        st.success("No failing pages.")

st.subheader("Coverage: declared against collected comments")
threads = q.thread_stats(db)
coverage = threads["coverage"]
if coverage:
    st.dataframe(pd.DataFrame(coverage)[["source", "articles", "declared", "collected", "short_threads", "coverage"]],
                 hide_index=True, width="stretch",
                 column_config={"coverage": st.column_config.ProgressColumn("Coverage", min_value=0, max_value=1,
                                                                            format="percent")})
    short = threads["short_threads"]
    if short:
        df = pd.DataFrame(short)
        df["open"] = df["id"].map(ui.document_url)
        st.caption("Threads with fewer comments collected than the page declares")
        st.dataframe(df[["title", "source", "declared", "collected", "open"]], hide_index=True, width="stretch",
                     column_config={"open": st.column_config.LinkColumn("Document", display_text="open")})
else:
    st.info("No articles stored yet.")
