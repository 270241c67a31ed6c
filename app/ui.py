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
    """The store to show: :func:`corpora.store.default_db_path` (``$GPWATCH_DB``, which
    :func:`app.serve.serve` sets to ``gpwatch app --db PATH``, else the default store)."""
    return str(store.default_db_path())


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
        out.append(f'<span style="background:{colour};color:#fff;border-radius:8px;padding:1px 7px;'
                   f'font-size:0.8em;margin-right:4px">{esc(sentiment)}</span>')
    for t in themes:
        out.append('<span style="background:#e8eef7;color:#1f3b63;border-radius:8px;padding:1px 7px;'
                   f'font-size:0.8em;margin-right:4px">{esc(theme_name(t))}</span>')
    return "".join(out)


def stat_cards(cards: list[tuple[str, str, str]]) -> None:
    """A row of figures, each (label, value, note; note may be empty, and becomes the card's
    tooltip as well), as one HTML element.  Four ``st.metric`` in columns cost the browser
    about half a second to render in a new tab on a 2-core machine; this costs next to nothing."""
    out = []
    for label, value, note in cards:
        tip = f' title="{esc(note)}"' if note else ""
        out.append(f'<div class="gp-stat"{tip} style="flex:1 1 9em;min-width:9em">'
                   f'<div class="gp-stat-label" style="font-size:0.875rem;color:#555">{esc(label)}</div>'
                   f'<div class="gp-stat-value" style="font-size:1.9rem;line-height:1.3">{esc(value)}</div>'
                   + (f'<div class="gp-stat-note" style="font-size:0.8rem;color:#555">{esc(note)}</div>' if note else "")
                   + "</div>")
    st.html(f'<div class="gp-stats" style="display:flex;flex-wrap:wrap;gap:1rem">{"".join(out)}</div>')


def table_html(headers: list[str], rows: list[list], css_class: str = "gp-table") -> str:
    """A small table in our own markup: each cell is text (escaped), a number (right-aligned,
    with thousands separators; None shows as a dash) or (text, href) for a link of our own.
    For short lists on a page's first screen, where a data grid's script costs more to load
    and render than the table is worth."""
    pad = "padding:3px 8px;border-bottom:1px solid #eee"

    def cell(value) -> str:
        if isinstance(value, tuple):
            text, href = value
            return f'<td style="{pad}"><a href="{esc(href)}" target="_self">{esc(text)}</a></td>'
        if value is None:
            return f'<td style="{pad};text-align:right">–</td>'
        if isinstance(value, (int, float)):
            return f'<td style="{pad};text-align:right">{value:,}</td>'
        return f'<td style="{pad}">{esc(value)}</td>'

    head = "".join(f'<th style="text-align:left;border-bottom:1px solid #ccc;padding:4px 8px">{esc(h)}</th>'
                   for h in headers)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    return (f'<table class="{css_class}" style="border-collapse:collapse;width:100%;font-size:0.9rem">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


_BOX = "border:1px solid #e3e3e8;border-radius:8px;padding:8px 12px;margin-bottom:8px"  # a listed unit's frame


def unit_html(text: str | None, *, header: str = "", badges: str = "", boxed: bool = False) -> str:
    """Untrusted text as inert text: HTML-escaped, whitespace kept, inside our own markup.
    ``header`` is plain text (escaped here); ``badges`` is markup built by :func:`chips`."""
    head = ""
    if header or badges:
        head = (f'<div style="font-size:0.85em;color:#555;margin-bottom:2px">'
                f'{esc(header)} {badges}</div>')
    box = f' style="{_BOX}"' if boxed else ""
    return f'<div class="gp-unit"{box}>{head}<div style="white-space:pre-wrap">{esc(text)}</div></div>'


def text_block(text: str | None, *, header: str = "", badges: str = "") -> None:
    """Show untrusted text as inert text (see :func:`unit_html`)."""
    st.html(unit_html(text, header=header, badges=badges))


def snippet_html(snippet: str) -> str:
    """A search snippet with its matches (between the FTS5 snippet markers) as <mark>."""
    return (esc(snippet).replace(q.HIGHLIGHT_START, "<mark>").replace(q.HIGHLIGHT_END, "</mark>"))


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
    if plain_replaced != plain and replaced.replace(q.HIGHLIGHT_START, "").replace(q.HIGHLIGHT_END, "") != plain_replaced:
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
    cite_html = ("" if cite is None else
                 '<details class="gp-cite" style="display:inline-block;margin-right:16px">'
                 '<summary style="cursor:pointer">Cite</summary>'
                 '<div style="user-select:all;background:#f6f6f9;border-radius:4px;padding:6px 8px;margin-top:4px">'
                 f'{esc(cite)}</div></details>')
    return (f'<div class="gp-result" style="{_BOX}"><div style="font-size:0.85em;color:#555">{esc(meta)} {badges}</div>'
            f'<div style="white-space:pre-wrap;margin:4px 0">{body_html}</div>'
            f'<div style="font-size:0.85em">{cite_html}'
            f'<a href="{esc(document_url(article_id))}" target="_self">Open the document</a></div></div>')


def iso(day) -> str:
    return day.isoformat() if day else ""


def no_store_message(db: str) -> bool:
    """Show a clear message and return True when the store cannot be opened."""
    try:
        q.connection(db)
    except store.StoreError as exc:
        st.error(f"Cannot open the corpus store: {exc}. Build one with `gpwatch ingest` or `gpwatch crawl`, "
                 "or start the app with `gpwatch app --db PATH`.")
        return True
    return False
