"""Annotate: label units with themes and sentiment, the model's least confident first.

Labels go into the store's ``labels`` table through ``analysis_store.add_label`` on a
short-lived writable connection (the rest of the app reads through a read-only one);
``gpwatch train`` uses them.  The page also shows how far the model agrees with the
labels so far."""

from __future__ import annotations

import streamlit as st

from app import cache as q
from app import ui
from corpora import analysis_store, store
from nlp import classify

db = ui.db_path()
st.title("Annotate")

skipped: list[tuple[str, int]] = st.session_state.setdefault("annotate_skipped", [])
if flash := st.session_state.pop("annotate_flash", None):
    st.success(flash)

agreement = q.label_agreement(db)
ui.stat_cards(
    [
        ("Labels so far", f"{agreement['labels']:,}", ""),
        (
            "Sentiment agreement",
            f"{agreement['sentiment_accuracy']:.0%}" if "sentiment_accuracy" in agreement else "–",
            "share of labelled units where the model's sentiment matches the label",
        ),
        ("Cohen's kappa", f"{agreement['sentiment_kappa']:.2f}" if "sentiment_kappa" in agreement else "–", ""),
        (
            "Theme F1 (micro)",
            f"{agreement['theme_f1']:.2f}" if "theme_f1" in agreement else "–",
            "the model's themes against the labelled themes",
        ),
    ]
)

units = q.units_to_label(db, tuple(skipped), 1)
if not units:
    st.info(
        "Nothing left to label: every recently annotated unit has a label (or was skipped)."
        if skipped or agreement["labels"]
        else "No annotated units yet: run `gpwatch analyze` first."
    )
    if skipped and st.button("Show skipped units again"):
        skipped.clear()
        st.rerun()
    st.stop()

unit = units[0]
st.subheader(ui.unit_name(unit["unit_type"], unit["title"]))
same = ui.repeats(unit).strip(" ·")
ui.text_block(
    unit["text"],
    header=" · ".join(
        x for x in (f"{(unit['published'] or '')[:10] or 'undated'}", f"the same text {same}" if same else "") if x
    ),
)
ui.document_link(unit["article_id"])
sure = classify.sentiment_sure(unit["sentiment_scores"])
unsure = f" (unsure: under {classify.UNSURE_BELOW:.2f})" if sure is False else ""
confidence = f" with confidence {unit['confidence']:.2f}{unsure}" if unit["confidence"] is not None else ""
st.html(
    f"<div style='opacity:0.75'>Model ({ui.esc(unit['model_version'])}) says "
    f"{ui.chips(unit['themes'], unit['sentiment'])}{confidence}</div>"
)

catalogue = ui.theme_catalogue(db)
with st.form("label_form", clear_on_submit=True):
    themes = st.multiselect(
        "Themes",
        list(catalogue),
        default=[t for t in unit["themes"] if t in catalogue],
        format_func=lambda t: catalogue.get(t, t),
    )
    sentiment = st.radio(
        "Sentiment",
        list(analysis_store.SENTIMENTS),
        horizontal=True,
        index=list(analysis_store.SENTIMENTS).index(unit["sentiment"])
        if unit["sentiment"] in analysis_store.SENTIMENTS
        else 1,
    )
    annotator = st.text_input("Your initials", value=st.session_state.get("annotator_name", ""))
    saved = st.form_submit_button("Save label", type="primary")
if saved:
    try:
        conn = store.connect(db)
        try:
            label_id = analysis_store.add_label(
                conn,
                unit["text"],
                sentiment=sentiment,
                themes=list(themes),
                unit_type=unit["unit_type"],
                unit_id=unit["unit_id"],
                annotator=annotator.strip() or None,
            )
        finally:
            conn.close()
    except store.StoreError as exc:
        st.error(f"Could not save the label: {exc}")
    else:
        st.session_state["annotator_name"] = annotator.strip()
        st.session_state["annotate_flash"] = (
            f"Saved label {label_id}: {sentiment}; {', '.join(catalogue.get(t, t) for t in themes) or 'no themes'}."
        )
        st.rerun()
if st.button("Skip this unit"):
    skipped.append((unit["unit_type"], unit["unit_id"]))
    st.rerun()
