"""gpwatch's Streamlit app: the entry point that `gpwatch app` serves.

Pages live one per module under ``app/pages/``; this script sets the page up, adds the
sidebar settings shared by every page and hands over to ``st.navigation``.  The store is
opened read-only (see :mod:`app.cache`); its path comes from ``--db`` after ``--`` on
the ``streamlit run`` command line or ``$GPWATCH_DB``.
"""

from __future__ import annotations

import streamlit as st

from app import ui

# an emoji favicon is drawn in the page (a data: URL); a ":material/...:" one would be fetched from a font host
st.set_page_config(page_title="gpwatch", page_icon="🩺", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", url_path="overview", default=True),
    st.Page("pages/themes.py", title="Themes", icon=":material/category:", url_path="themes"),
    st.Page("pages/compare.py", title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    st.Page("pages/search.py", title="Quotes and search", icon=":material/search:", url_path="search"),
    st.Page("pages/document.py", title="Document", icon=":material/article:", url_path="document"),
    st.Page("pages/annotate.py", title="Annotate", icon=":material/label:", url_path="annotate"),
    st.Page("pages/health.py", title="Corpus health", icon=":material/monitor_heart:", url_path="health"),
]

page = st.navigation(PAGES)
with st.sidebar:
    st.toggle(
        "Show commenters under pseudonyms",
        key="pseudonyms",
        bind="query-params",
        help="Replace every commenter's name with a stable pseudonym (keyed hash with this corpus's "
        "secret), in the author fields and wherever a commenter's full name appears in a comment "
        "of the same thread, as `gpwatch export --pseudonymise` does. Quoted public figures keep "
        "their names; a first name on its own is not detected.",
    )
    st.caption(f"Store: {ui.md_escape(ui.db_path())} (read-only)")
if not ui.no_store_message(ui.db_path()):
    page.run()
