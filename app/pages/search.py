"""Quotes and search: full-text search over quotes, comments and article text with
filters, highlighted keyword-in-context results, citations, paging and CSV export;
and the Speakers view (everyone quoted, how often, on what, in what mood)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import cache as q
from app import ui
from app.search_syntax import SearchSyntaxError, parse_query
from corpora.store import QueryTimeout

TOO_SLOW = (
    "Cannot search for that: it would take more than a second. Use fewer or longer prefix* terms, "
    "a phrase, or a filter (source, dates) to narrow it."
)

PAGE_SIZE = 20
SPEAKERS_PAGE_SIZE = 50
db = ui.db_path()
st.title("Quotes and search")
view = st.radio(
    "View", ["Search", "Speakers"], horizontal=True, key="view", bind="query-params", label_visibility="collapsed"
)


def export_csv(scope: str, fts: str, filters: q.SearchFilters, order: str = "newest") -> bytes:
    """Every result (up to the count cap) as CSV, built only when the button is pressed."""
    return ui.search_csv(q.search.plain(q.connection(db), scope, fts, filters, q.COUNT_CAP, 0, order), db)


def show_search() -> None:
    query = st.text_input(
        "Search",
        key="q",
        bind="query-params",
        placeholder='e.g. "primary care network" NOT digital, recruit*, (hub OR hubs) AND weekend',
        help='Words must all appear; "quoted phrases"; prefix*; AND, OR, NOT in capitals; '
        "parentheses. Leave empty to browse quotes by speaker or organisation.",
    )
    scope = st.radio(
        "Search in", list(q.SCOPES), format_func=q.SCOPES.get, horizontal=True, key="scope", bind="query-params"
    )
    options = q.filter_options(db)
    catalogue = ui.theme_catalogue(db)
    with st.expander("Filters", expanded=False):
        c = st.columns(3)
        speaker = c[0].text_input("Speaker", key="speaker", bind="query-params", help="Quotes only")
        org = c[1].selectbox("Organisation", [""] + options["orgs"], key="org", bind="query-params", help="Quotes only")
        source = c[2].selectbox("Source", [""] + options["sources"], key="source", bind="query-params")
        c = st.columns(4)
        start = c[0].date_input("From", value=None, key="from", bind="query-params")
        end = c[1].date_input("To", value=None, key="to", bind="query-params")
        theme = c[2].selectbox(
            "Theme",
            [""] + list(catalogue),
            format_func=lambda t: catalogue.get(t, "any"),
            key="theme",
            bind="query-params",
        )
        sentiment = c[3].selectbox(
            "Sentiment",
            ["", "negative", "neutral", "positive"],
            format_func=lambda s: s or "any",
            key="sentiment",
            bind="query-params",
        )
    filters = q.SearchFilters(
        speaker=speaker.strip(),
        org=org,
        source=source,
        start=ui.iso(start),
        end=ui.iso(end),
        theme=theme,
        sentiment=sentiment,
    )
    if scope != "quote" and (filters.speaker or filters.org):
        st.caption("Speaker and organisation filters apply to quotes only; they are ignored here.")
        filters = q.SearchFilters(source=source, start=filters.start, end=filters.end, theme=theme, sentiment=sentiment)
    ui.filter_chips(
        [
            ("Search", query.strip()),
            ("In", q.SCOPES[scope]),
            ("Speaker", filters.speaker),
            ("Organisation", filters.org),
            ("Source", filters.source),
            ("From", filters.start),
            ("To", filters.end),
            ("Theme", catalogue.get(filters.theme, filters.theme) if filters.theme else ""),
            ("Sentiment", filters.sentiment),
        ]
    )
    if query.strip():
        try:
            fts = parse_query(query).fts
        except SearchSyntaxError as exc:
            st.error(f"Cannot search for that: {ui.md_escape(exc)}")
            return
    elif scope == "quote" and (filters.speaker or filters.org):
        fts = ""
    else:
        st.info("Type a search above, or filter quotes by speaker or organisation.")
        return

    try:
        counts = (
            {s: q.search_count(db, s, fts, filters if s == scope else _general(filters)) for s in q.SCOPES}
            if fts
            else {scope: q.search_count(db, scope, fts, filters)}
        )
    except QueryTimeout:
        st.error(TOO_SLOW)
        return
    st.caption(" · ".join(f"{q.SCOPES[s]}: {_fmt_count(n)}" for s, n in counts.items()))
    total = counts[scope]
    if total == 0:
        st.warning(f"No {q.SCOPES[scope].lower()} match this search.")
        return
    pages = max(1, (min(total, q.COUNT_CAP) + PAGE_SIZE - 1) // PAGE_SIZE)
    top = st.columns([1, 1, 1, 2])
    order = top[2].selectbox(
        "Sort",
        list(q.SEARCH_ORDERS),
        format_func=q.SEARCH_ORDERS.get,
        key="sort",
        bind="query-params",
        help="Publication date, or best match (bm25 rank of the words)",
    )
    page = top[0].number_input(
        "Page",
        min_value=1,
        max_value=pages,
        value=1,
        step=1,
        key="page",
        bind="query-params",
        help=f"{pages} page(s) of {PAGE_SIZE}",
    )
    top[1].download_button(
        "Export CSV",
        data=lambda: export_csv(scope, fts, filters, order or "newest"),
        file_name="gpwatch-search.csv",
        mime="text/csv",
        icon=":material/download:",
        help=f"All results up to {q.COUNT_CAP:,}, with citations",
    )
    try:
        rows = q.search(db, scope, fts, filters, PAGE_SIZE, (int(page) - 1) * PAGE_SIZE, order or "newest")
    except QueryTimeout:
        st.error(TOO_SLOW)
        return
    results = []
    for r in rows:
        if r["kind"] == "quote":
            role = ", ".join(x for x in (r["speaker_role"], r["speaker_org"]) if x)
            who = (r["speaker_name"] or r["speaker"] or "unnamed speaker") + (f" ({role})" if role else "")
        elif r["kind"] == "comment":
            who = "Comment by " + ui.commenter(r["author"], db)
        else:
            who = "Article text"
        meta = f"{who} · {r['title'] or '(untitled)'} · {r['source']} · {(r['published'] or '')[:10]}"
        meta += ui.repeats(r)
        snippet = ui.comment_text(r["snippet"], r["article_id"], db) if r["kind"] == "comment" else r["snippet"]
        results.append(
            ui.result_html(
                meta, ui.chips([], r["sentiment"]), ui.snippet_html(snippet), ui.citation(r, db), r["article_id"]
            )
        )
    st.html('<div class="gp-results">' + "".join(results) + "</div>")
    if total > q.COUNT_CAP:
        st.caption(
            f"Over {q.COUNT_CAP:,} results: grouped and sorted among the latest {q.SEARCH_WINDOW:,} matches "
            "stored. Narrow the search (words, dates, filters) for an exact order."
        )
    st.caption(
        "“Cite” opens each result's citation (one click selects it all, to copy); "
        "the CSV export has the citations of every result."
    )


def _general(filters: q.SearchFilters) -> q.SearchFilters:
    """The filters that apply to every scope (for the counts of the other scopes)."""
    return q.SearchFilters(
        source=filters.source, start=filters.start, end=filters.end, theme=filters.theme, sentiment=filters.sentiment
    )


def _fmt_count(n: int) -> str:
    return f"{q.COUNT_CAP:,}+" if n > q.COUNT_CAP else f"{n:,}"


def show_speakers() -> None:
    name = st.text_input("Speaker name contains", key="who", bind="query-params")
    total = q.speaker_count(db, name.strip())
    if total == 0:
        st.info("Nobody quoted yet matches." if name else "No quotes with named speakers yet: run `gpwatch analyze`.")
        return
    pages = max(1, (total + SPEAKERS_PAGE_SIZE - 1) // SPEAKERS_PAGE_SIZE)
    page = st.number_input(
        "Page", min_value=1, max_value=pages, value=1, key="spage", bind="query-params", help=f"{total:,} speakers"
    )
    rows = q.speakers(db, SPEAKERS_PAGE_SIZE, (int(page) - 1) * SPEAKERS_PAGE_SIZE, name.strip())
    table = pd.DataFrame(
        [
            {
                "speaker": r["speaker"],
                "role": r["role"] or "",
                "organisation": r["org"] or "",
                "quotes": r["quotes"],
                "themes": ", ".join(f"{ui.theme_name(t)} ({n})" for t, n in list(r["themes"].items())[:4]),
                "negative": r["sentiment"].get("negative", 0),
                "neutral": r["sentiment"].get("neutral", 0),
                "positive": r["sentiment"].get("positive", 0),
                "their quotes": "./search?view=Search&scope=Quotes&speaker=" + _url_quote(r["speaker"]),
            }
            for r in rows
        ]
    )
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            "speaker": st.column_config.TextColumn(width="medium"),
            "role": st.column_config.TextColumn(width="medium"),
            "organisation": st.column_config.TextColumn(width="small"),
            "quotes": st.column_config.NumberColumn(width="small"),
            "themes": st.column_config.TextColumn(width="large"),
            "negative": st.column_config.NumberColumn(width="small"),
            "neutral": st.column_config.NumberColumn(width="small"),
            "positive": st.column_config.NumberColumn(width="small"),
            "their quotes": st.column_config.LinkColumn(display_text="quotes", width="small"),
        },
    )
    st.caption(
        f"{total:,} people quoted, most quoted first; themes and sentiment (the model's reading) "
        f"of each speaker's latest {q.PROFILE_QUOTES} quotes."
    )


def _url_quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text or "", safe="")


if view == "Speakers":
    show_speakers()
else:
    show_search()
