"""Helpers shared by the app's pages: where the store is, safe rendering of untrusted
text, theme names, commenter pseudonyms, citations and links between pages.

Untrusted text (articles, comments, quotes, titles, names) is only ever shown through
:func:`text_block` / :func:`snippet_block` (HTML-escaped inside our own markup, never
markdown), ``st.code`` (citations), ``st.dataframe`` or ``st.text``.
"""

from __future__ import annotations

import functools
import html

import streamlit as st

from app import cache as q
from corpora import store
from corpora.pseudonyms import MASK, ThreadPseudonyms, pseudonym
from nlp import taxonomy

SENTIMENT_COLOURS = {"negative": "#c0392b", "neutral": "#7f8c8d", "positive": "#27ae60"}
DOCUMENT_PAGE = "pages/document.py"
SEARCH_PAGE = "pages/search.py"


def db_path() -> str:
    """The store to show: :func:`corpora.store.default_location` (``$GPWATCH_DB``, which
    :func:`app.serve.serve` sets to ``gpwatch app --db PATH``, else the default store)."""
    return str(store.default_location())


@functools.cache
def _taxonomy_names() -> dict[str, str]:
    """Theme id -> name from the codebook (read once, by :mod:`nlp.taxonomy`)."""
    try:
        codebook = taxonomy.load()
    except taxonomy.TaxonomyError:
        return {}
    return {t.id: t.name for t in codebook.themes}


def theme_catalogue(db: str) -> dict[str, str]:
    """Theme id -> display name: the codebook's themes plus any other the model used."""
    names = dict(_taxonomy_names())
    for theme in q.themes_in_store(db):
        names.setdefault(theme, theme.replace("_", " ").capitalize())
    return names


def theme_name(theme: str) -> str:
    return _taxonomy_names().get(theme, theme.replace("_", " ").capitalize())


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:&")


def md_escape(text: object) -> str:
    """Text made inert for Streamlit's markdown (st.error, st.info ...): every ASCII
    punctuation character that markdown could act on is backslash-escaped."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in ("" if text is None else str(text)))


def chips(themes: list[str], sentiment: str | None = None) -> str:
    """Our own HTML for theme and sentiment badges (theme names escaped)."""
    out = []
    if sentiment:
        colour = SENTIMENT_COLOURS.get(sentiment, "#555")
        out.append(
            f'<span style="background:{colour};color:#fff;border-radius:8px;padding:1px 7px;'
            f'font-size:0.8em;margin-right:4px">{esc(sentiment)}</span>'
        )
    for t in themes:
        out.append(
            '<span style="background:#e8eef7;color:#1f3b63;border-radius:8px;padding:1px 7px;'
            f'font-size:0.8em;margin-right:4px">{esc(theme_name(t))}</span>'
        )
    return "".join(out)


def stat_cards(cards: list[tuple[str, str, str]]) -> None:
    """A row of figures, each (label, value, note; note may be empty, and becomes the card's
    tooltip as well), as one HTML element.  Four ``st.metric`` in columns cost the browser
    about half a second to render in a new tab on a 2-core machine; this costs next to nothing."""
    out = []
    for label, value, note in cards:
        tip = f' title="{esc(note)}"' if note else ""
        out.append(
            f'<div class="gp-stat"{tip} style="flex:1 1 9em;min-width:9em">'
            f'<div class="gp-stat-label" style="font-size:0.875rem;opacity:0.75">{esc(label)}</div>'
            f'<div class="gp-stat-value" style="font-size:1.9rem;line-height:1.3">{esc(value)}</div>'
            + (f'<div class="gp-stat-note" style="font-size:0.8rem;opacity:0.75">{esc(note)}</div>' if note else "")
            + "</div>"
        )
    st.html(f'<div class="gp-stats" style="display:flex;flex-wrap:wrap;gap:1rem">{"".join(out)}</div>')


def table_html(headers: list[str], rows: list[list], css_class: str = "gp-table") -> str:
    """A small table in our own markup: each cell is text (escaped), a number (right-aligned,
    with thousands separators; None shows as a dash) or (text, href) for a link of our own.
    For short lists on a page's first screen, where a data grid's script costs more to load
    and render than the table is worth."""
    pad = "padding:3px 8px;border-bottom:1px solid rgba(128,128,128,0.25)"

    def cell(value) -> str:
        if isinstance(value, tuple):
            text, href = value
            return f'<td style="{pad}"><a href="{esc(href)}" target="_self">{esc(text)}</a></td>'
        if value is None:
            return f'<td style="{pad};text-align:right">–</td>'
        if isinstance(value, (int, float)):
            return f'<td style="{pad};text-align:right">{value:,}</td>'
        return f'<td style="{pad}">{esc(value)}</td>'

    head = "".join(
        f'<th style="text-align:left;border-bottom:1px solid rgba(128,128,128,0.5);padding:4px 8px">{esc(h)}</th>'
        for h in headers
    )
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    return (
        f'<table class="{css_class}" style="border-collapse:collapse;width:100%;font-size:0.9rem">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


_BOX = "border:1px solid rgba(128,128,128,0.35);border-radius:8px;padding:8px 12px;margin-bottom:8px"  # a listed unit's frame


def unit_html(text: str | None, *, header: str = "", badges: str = "", boxed: bool = False) -> str:
    """Untrusted text as inert text: HTML-escaped, whitespace kept, inside our own markup.
    ``header`` is plain text (escaped here); ``badges`` is markup built by :func:`chips`."""
    head = ""
    if header or badges:
        head = f'<div style="font-size:0.85em;opacity:0.75;margin-bottom:2px">{esc(header)} {badges}</div>'
    box = f' style="{_BOX}"' if boxed else ""
    return f'<div class="gp-unit"{box}>{head}<div style="white-space:pre-wrap">{esc(text)}</div></div>'


def text_block(text: str | None, *, header: str = "", badges: str = "") -> None:
    """Show untrusted text as inert text (see :func:`unit_html`)."""
    st.html(unit_html(text, header=header, badges=badges))


def snippet_html(snippet: str) -> str:
    """A search snippet with its matches (between the FTS5 snippet markers) as <mark>."""
    return esc(snippet).replace(q.HIGHLIGHT_START, "<mark>").replace(q.HIGHLIGHT_END, "</mark>")


def pseudonymising() -> bool:
    return bool(st.session_state.get("pseudonyms", False))


def corpus_secret(db: str) -> str | None:
    """The pseudonym secret, read on the read-only connection (the app never creates it)."""
    return store.get_meta(q.connection(db), "pseudonym_secret")


def thread_pseudonyms(article_id: int, db: str) -> ThreadPseudonyms:
    """The pseudonyms of one article's thread, exactly as ``gpwatch export --pseudonymise``
    makes them (:class:`corpora.pseudonyms.ThreadPseudonyms`).

    The app cannot create the corpus secret (it opens the store read-only); a corpus that
    never had one (nothing has pseudonymised it yet) shows every commenter as
    "commenter" rather than use an unkeyed hash that anyone could reverse from a list of names.
    """
    names = q.thread_names(db, int(article_id))
    return ThreadPseudonyms(names["commenters"], corpus_secret(db), names["speakers"])


def commenter(author: str | None, db: str) -> str:
    """How to name a commenter: as stored, or under their pseudonym when the setting is on."""
    if not author:
        return "Anonymous"
    if not pseudonymising():
        return author
    secret = corpus_secret(db)
    return pseudonym(author, secret) if secret else MASK


def comment_text(text: str | None, article_id: int, db: str) -> str | None:
    """A comment's text as shown: as stored, or with the full names of the thread's
    commenters replaced by their pseudonyms when the setting is on (as the export does).
    Search snippets (with match markers) are handled too: when a name is split by markers,
    the snippet loses its highlighting rather than show the name."""
    if not text or not pseudonymising():
        return text
    thread = thread_pseudonyms(article_id, db)
    replaced = thread.text(text)
    plain = text.replace(q.HIGHLIGHT_START, "").replace(q.HIGHLIGHT_END, "")
    plain_replaced = thread.text(plain)
    if (
        plain_replaced != plain
        and replaced.replace(q.HIGHLIGHT_START, "").replace(q.HIGHLIGHT_END, "") != plain_replaced
    ):
        return plain_replaced
    return replaced


def citation(row: dict, db: str) -> str:
    """A ready-to-paste citation for a search result, quote or comment."""
    date = (row.get("published") or "")[:10] or "undated"
    title = row.get("title") or "(untitled)"
    where = f"‘{title}’, {row.get('source') or 'unknown source'}, {date}, {row.get('url') or ''}".rstrip(", ")
    text = row.get("text") or ""
    if row.get("kind") == "comment" and row.get("article_id") is not None:
        text = comment_text(text, row["article_id"], db) or ""
    text = " ".join(text.split())
    if len(text) > 400:
        text = text[:399] + "…"
    kind = row.get("kind")
    if kind == "quote" or row.get("speaker_name") or row.get("speaker"):
        who = row.get("speaker_name") or row.get("speaker") or "unnamed speaker"
        role = ", ".join(x for x in (row.get("speaker_role"), row.get("speaker_org")) if x)
        return f"“{text}” — {who}{f' ({role})' if role else ''}, quoted in {where}"
    if kind == "comment":
        posted = f" on {row['posted'][:10]}" if row.get("posted") else ""
        return f"“{text}” — reader comment by {commenter(row.get('author'), db)}{posted}, under {where}"
    return f"“{text}” — {where}"


def document_link(article_id: int, label: str = "Open the document") -> None:
    st.page_link(DOCUMENT_PAGE, label=label, icon=":material/article:", query_params={"article": str(article_id)})


def document_url(article_id: int) -> str:
    """A relative link to the Document page, for link columns in tables and result lists;
    it keeps the pseudonym setting (a link opens a new session, which reads it from the URL)."""
    return f"./document?article={int(article_id)}" + ("&pseudonyms=true" if pseudonymising() else "")


def result_html(meta: str, badges: str, body_html: str, cite: str | None, article_id: int) -> str:
    """One search result or listed unit in our own markup: ``meta`` (plain text, escaped
    here) with ``badges`` (markup from :func:`chips`), the body (already escaped, e.g.
    :func:`snippet_html`), its citation behind a "Cite" disclosure (one click selects the
    whole citation, to copy) when given, and a link to its document.

    Pages show a list of these as one HTML element: Streamlit elements per result
    (container, popover, code block, page link) cost the browser several times as much to
    render, on every rerun."""
    cite_html = (
        ""
        if cite is None
        else '<details class="gp-cite" style="display:inline-block;margin-right:16px">'
        '<summary style="cursor:pointer">Cite</summary>'
        '<div style="user-select:all;background:rgba(128,128,128,0.12);border-radius:4px;padding:6px 8px;margin-top:4px">'
        f"{esc(cite)}</div></details>"
    )
    return (
        f'<div class="gp-result" style="{_BOX}"><div style="font-size:0.85em;opacity:0.75">{esc(meta)} {badges}</div>'
        f'<div style="white-space:pre-wrap;margin:4px 0">{body_html}</div>'
        f'<div style="font-size:0.85em">{cite_html}'
        f'<a href="{esc(document_url(article_id))}" target="_self">Open the document</a></div></div>'
    )


def iso(day) -> str:
    return day.isoformat() if day else ""


def no_store_message(db: str) -> bool:
    """Show a clear message and return True when the store cannot be opened."""
    try:
        q.connection(db)
    except store.StoreError as exc:
        st.error(
            f"Cannot open the corpus store: {exc}. Build one with `gpwatch ingest` or `gpwatch crawl`, "
            "or start the app with `gpwatch app --db PATH`."
        )
        return True
    return False


# --------------------------------------------------------------------------- series and charts

GRANULARITY_CHOICES = ("auto", "month", "quarter", "year")


def granularity_control(auto: str, key: str = "by") -> str:
    """A month / quarter / year choice kept in the URL (``?by=quarter``); ``auto`` (the
    default) is the granularity :func:`app.series.choose_granularity` chose from the data."""
    choice = st.radio(
        "Granularity",
        GRANULARITY_CHOICES,
        horizontal=True,
        key=key,
        bind="query-params",
        format_func=lambda g: f"auto ({auto})" if g == "auto" else g,
        help="Auto: the finest of month, quarter and year at which a typical period holds "
        "enough units of every voice to say something.",
    )
    return auto if choice in (None, "auto") else choice


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def share_text(share: float | None, tagged: int, total: int) -> str:
    """``48% of 120 units`` (every share with its n)."""
    return f"{pct(share)} of {total:,} units" if total else "no units"


def net_text(net: float | None, n: int) -> str:
    """``net sentiment +0.12 (n = 58)``."""
    return "net sentiment – (n = 0)" if net is None else f"net sentiment {net:+.2f} (n = {n:,})"


def totals_table(totals: dict[str, dict]):
    """A period's figures per voice, each share and net sentiment beside its n and interval."""
    import pandas as pd

    rows = []
    for voice, t in totals.items():
        share_ci = f"{pct(t['share_lo'])}–{pct(t['share_hi'])}" if t["share"] is not None else "–"
        net_ci = f"{t['net_lo']:+.2f} to {t['net_hi']:+.2f}" if t["net_sentiment"] is not None else "–"
        rows.append(
            {
                "voice": q.VOICES.get(voice, voice),
                "units": t["total"],
                "tagged": t["tagged"],
                "share": pct(t["share"]),
                "share 95% CI": share_ci,
                "positive": t["positive"],
                "neutral": t["neutral"],
                "negative": t["negative"],
                "net sentiment": "–" if t["net_sentiment"] is None else f"{t['net_sentiment']:+.2f}",
                "net 95% CI": net_ci,
            }
        )
    return pd.DataFrame(rows)


def series_chart(df, field: str, y_title: str, fmt: str, domain: list | None, title: str, n_field: str):
    """Lines of ``field`` by voice over ``start`` with their 95% Wilson band, drawn within
    segments only (never across a period without a value), n in every tooltip."""
    import altair as alt

    lo, hi, segment = {
        "share": ("share_lo", "share_hi", "share_segment"),
        "net_sentiment": ("net_lo", "net_hi", "net_segment"),
    }[field]
    axis = alt.Axis(format="%") if fmt == "%" else alt.Axis()
    scale = alt.Scale(domain=domain) if domain else alt.Scale()
    base = (
        alt.Chart(df)
        .transform_filter(f"isValid(datum.{field})")
        .encode(x=alt.X("start:T", title=None), color=alt.Color("voice:N", title="Voice"), detail=f"{segment}:N")
    )
    tooltip = [
        "period:N",
        "voice:N",
        alt.Tooltip(f"{field}:Q", format=".1%" if fmt == "%" else fmt),
        alt.Tooltip(f"{n_field}:Q", title="n"),
        alt.Tooltip(f"{lo}:Q", format=".2f", title="95% low"),
        alt.Tooltip(f"{hi}:Q", format=".2f", title="95% high"),
    ]
    band = base.mark_area(opacity=0.15).encode(y=alt.Y(f"{lo}:Q", scale=scale), y2=f"{hi}:Q")
    line = base.mark_line(point=True).encode(
        y=alt.Y(f"{field}:Q", title=y_title, axis=axis, scale=scale), tooltip=tooltip
    )
    return (band + line).properties(title=title)


def chart(spec, data, name: str) -> None:
    """Show an Altair chart with a *Download* menu: the chart as PNG or SVG (rendered here by
    vl-convert when asked, nothing fetched from elsewhere) and its data as CSV (UTF-8 with a
    byte-order mark, so that Excel opens it correctly)."""
    st.altair_chart(spec, width="stretch")
    downloads(spec, data, name)


def downloads(spec, data, name: str) -> None:
    """The *Download* menu of a chart (see :func:`chart`); ``spec`` None: its data only."""
    with st.popover("Download", icon=":material/download:"):
        if spec is not None:
            st.download_button(
                "Chart as PNG",
                lambda: chart_image(spec, "png"),
                file_name=f"gpwatch-{name}.png",
                mime="image/png",
                key=f"png-{name}",
            )
            st.download_button(
                "Chart as SVG",
                lambda: chart_image(spec, "svg"),
                file_name=f"gpwatch-{name}.svg",
                mime="image/svg+xml",
                key=f"svg-{name}",
            )
        st.download_button(
            "Chart data (CSV)", csv_bytes(data), file_name=f"gpwatch-{name}.csv", mime="text/csv", key=f"csv-{name}"
        )


def chart_image(spec, fmt: str) -> bytes:
    """An Altair chart rendered to PNG or SVG on this machine (vl-convert)."""
    import vl_convert as vlc

    vega_lite = spec.to_dict()
    if fmt == "svg":
        return vlc.vegalite_to_svg(vega_lite).encode("utf-8")
    return vlc.vegalite_to_png(vega_lite, scale=2)


def csv_bytes(data) -> bytes:
    """A DataFrame as CSV for spreadsheets: UTF-8 with a byte-order mark."""
    return data.to_csv(index=False).encode("utf-8-sig")


def repeats(row: dict) -> str:
    """`` · said by 3 · in 4 articles`` for a text that several units share (empty when one)."""
    parts = []
    if (row.get("speakers") or 0) > 1:
        parts.append(f"said by {row['speakers']}")
    if (row.get("articles") or 0) > 1:
        parts.append(f"in {row['articles']} articles")
    elif (row.get("units") or 0) > 1:
        parts.append(f"{row['units']} times")
    return "".join(f" · {p}" for p in parts)


def filter_chips(active: list[tuple[str, str]]) -> None:
    """The active search and filters as chips above the results, whether the filter panel
    is open or not (a shared link shows what it filters on)."""
    shown = [(label, value) for label, value in active if value]
    if not shown:
        return
    chips_html = "".join(
        f'<span class="gp-chip" style="border:1px solid rgba(128,128,128,0.5);border-radius:12px;'
        f'padding:1px 9px;margin:0 6px 4px 0;display:inline-block;font-size:0.85em">'
        f'<span style="opacity:0.7">{esc(label)}:</span> {esc(value)}</span>'
        for label, value in shown
    )
    st.html(f'<div class="gp-chips">{chips_html}</div>')


def search_csv(rows: list[dict], db: str) -> bytes:
    """Search results as CSV with their themes and citations, UTF-8 with a byte-order mark
    (Excel then reads accents and curly quotes correctly)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "kind",
            "text",
            "speaker",
            "role",
            "organisation",
            "commenter",
            "posted",
            "title",
            "published",
            "source",
            "url",
            "sentiment",
            "themes",
            "same text",
            "citation",
        ]
    )
    for r in rows:
        text = comment_text(r["text"], r["article_id"], db) if r["kind"] == "comment" else r["text"]
        writer.writerow(
            [
                r["kind"],
                text,
                r["speaker_name"] or r["speaker"],
                r["speaker_role"],
                r["speaker_org"],
                commenter(r["author"], db) if r["kind"] == "comment" else "",
                r["posted"],
                r["title"],
                r["published"],
                r["source"],
                r["url"],
                r["sentiment"],
                "; ".join(theme_name(t) for t in r.get("themes") or []),
                repeats(r).strip(" ·"),
                citation(r, db),
            ]
        )
    return out.getvalue().encode("utf-8-sig")


UNIT_KINDS = {"sentence": "A sentence of the article", "comment": "A reader's comment on", "quote": "A quote in"}


def unit_name(unit_type: str, title: str | None) -> str:
    """A unit named by its kind and its article: ``A reader's comment on ‘Title’``."""
    return f"{UNIT_KINDS.get(unit_type, unit_type)} ‘{title or '(untitled)'}’"


# --------------------------------------------------------------------------- plain words


def when(stamp: str | None) -> str:
    """An ISO timestamp or day in plain words: ``2 Dec 2026, 14:05 UTC`` / ``2 Dec 2026``."""
    import datetime as dt

    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    day = f"{moment.day} {moment:%b %Y}"
    if len(stamp) <= 10:
        return day
    zone = " UTC" if moment.utcoffset() is not None and not moment.utcoffset() else ""
    return f"{day}, {moment:%H:%M}{zone}"


def took(start: str | None, end: str | None) -> str:
    """How long a run took, in words (``2 min 5 s``); empty when unknown."""
    import datetime as dt

    try:
        seconds = (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)).total_seconds()
    except (TypeError, ValueError):
        return ""
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs} s" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min"


def counts_text(counts: dict | None) -> str:
    """A run's counts in words: ``3 pages fetched, 3 new articles; pulse: 2 pages fetched``
    (numbers first, lists joined, per-source counts after a semicolon, zeros left out)."""
    parts: list[str] = []
    nested: list[str] = []
    for key, value in (counts or {}).items():
        label = str(key).replace("_", " ")
        if isinstance(value, bool):
            parts.append(label if value else f"no {label}")
        elif isinstance(value, (int, float)):
            if value:
                parts.append(f"{value:,} {label}")
        elif isinstance(value, dict):
            for name, inner in value.items():
                text = counts_text(inner) if isinstance(inner, dict) else str(inner)
                nested.append(f"{name}: {text}")
        elif isinstance(value, (list, tuple)):
            if value:
                parts.append(f"{label}: {', '.join(str(v) for v in value)}")
        elif value not in (None, ""):
            parts.append(f"{label}: {value}")
    return "; ".join([", ".join(parts)] * bool(parts) + nested) or "nothing counted"


RUN_KINDS = {"refresh": "Refresh", "crawl": "Crawl", "ingest": "Ingest", "analyze": "Analysis", "train": "Training"}
RUN_OUTCOMES = {
    "ok": "finished",
    "partial": "finished with errors",
    "failed": "failed",
    "running": "still running",
    "interrupted": "interrupted",
}
