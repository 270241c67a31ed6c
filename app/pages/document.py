"""Document: one article with its paragraphs marked by theme, its quotes marked with
their speakers, then its comment thread with each comment's sentiment and themes."""

from __future__ import annotations

import streamlit as st

from app import cache as q
from app import ui

COMMENTS_PAGE = 200
db = ui.db_path()
st.title("Document")


def _pick() -> None:
    chosen = st.session_state.get("doc_pick")
    if chosen:
        st.session_state["doc_article"] = int(chosen)
        st.query_params["article"] = str(int(chosen))  # the view stays shareable: /document?article=42


def _article_param() -> int | None:
    try:
        value = int(st.query_params.get("article", ""))
    except ValueError:
        return None
    return value if value > 0 else None


article_id = st.session_state.get("doc_article") or _article_param()
with st.expander("Find an article by its title" if article_id else "Find an article", expanded=article_id is None):
    title_like = st.text_input(
        "Title contains",
        key="doc_find",
        placeholder="e.g. primary care networks",
        help="The latest articles whose title contains these words; leave empty for the latest.",
    )
    found = q.find_articles(db, title_like.strip(), 50)
    labels = {
        r["id"]: f"{r['title'] or '(untitled)'} · {r['source']} · {ui.when((r['published'] or '')[:10]) or 'undated'}"
        for r in found
    }
    pick_label = f"{len(found)} article(s): choose one" if found else "No article title matches"
    st.selectbox(
        "Article",
        [None] + list(labels),
        format_func=lambda i: labels.get(i, pick_label),
        key="doc_pick",
        on_change=_pick,
    )
if article_id is None:
    st.info("Find an article above by its title, or open one from a search result or a table.")
    st.stop()
doc = q.article(db, int(article_id))
if doc is None:
    st.error(f"There is no article {int(article_id)} in this corpus: find one above by its title.")
    st.stop()

st.html(f"<h2 style='margin:0'>{ui.esc(doc['title'] or '(untitled)')}</h2>")
meta = " · ".join(x for x in (doc["source"], (doc["published"] or "")[:10], doc["byline"], doc["section"]) if x)
st.html(f"<div style='opacity:0.75'>{ui.esc(meta)} {ui.chips(doc['themes'], doc['sentiment'])}</div>")
if doc["standfirst"]:
    ui.text_block(doc["standfirst"])
if (doc["url"] or "").startswith(("http://", "https://")):
    st.link_button("Original page", doc["url"], icon=":material/open_in_new:")
else:
    st.text(f"Stored from {doc['url']}")

quotes_by_paragraph: dict[int | None, list[dict]] = {}
for quote in doc["quotes"]:
    quotes_by_paragraph.setdefault(quote["paragraph_id"], []).append(quote)

# a quote that runs over several paragraphs is stored as its parts joined by line breaks, the
# first part in its own paragraph: each part is highlighted in the paragraph it comes from
position_of = {p["id"]: i for i, p in enumerate(doc["paragraphs"])}
parts_by_paragraph: dict[int, list[tuple[str, dict]]] = {}
for quote in doc["quotes"]:
    first = position_of.get(quote["paragraph_id"])
    if first is None or not quote["text"]:
        continue
    for k, part in enumerate(quote["text"].split("\n")):
        if first + k < len(doc["paragraphs"]) and part.strip():
            parts_by_paragraph.setdefault(doc["paragraphs"][first + k]["id"], []).append((part, quote))


def _marked(text: str, parts: list[tuple[str, dict]]) -> str:
    """The paragraph, escaped, with each quote's words highlighted and its speaker as a tooltip."""
    spans = []
    for part, quote in parts:
        words = part.strip().rstrip(",")
        at = text.find(words) if words else -1
        if at >= 0:
            spans.append((at, at + len(words), quote))
    spans.sort(key=lambda s: s[0])
    out, pos = [], 0
    for start, end, quote in spans:
        if start < pos:
            continue
        who = quote["speaker_name"] or quote["speaker"] or "unnamed speaker"
        out.append(ui.esc(text[pos:start]))
        out.append(
            f'<span class="gp-quote" style="background:#fff3c4;color:#1a1a1a" title="{ui.esc(who)}">'
            f"{ui.esc(text[start:end])}</span>"
        )
        pos = end
    out.append(ui.esc(text[pos:]))
    return "".join(out)


st.subheader("Article")
paragraphs = []  # shown as one HTML element (an element per paragraph costs the browser far more)
for p in doc["paragraphs"]:
    quotes = quotes_by_paragraph.get(p["id"], [])
    sentiment = max(p["sentiment"], key=p["sentiment"].get) if p["sentiment"] else None
    style = "font-weight:600;font-size:1.1em" if p["kind"] == "heading" else ""
    bullet = "• " if p["kind"] == "bullet" else ""
    speakers = "".join(
        f'<div style="font-size:0.85em;opacity:0.85;margin-left:1em">“{ui.esc(qt["text"][:80])}{"…" if len(qt["text"]) > 80 else ""}” '
        f"— {ui.esc(qt['speaker_name'] or qt['speaker'] or 'unnamed speaker')}"
        f"{ui.esc(' (' + ', '.join(x for x in (qt['speaker_role'], qt['speaker_org']) if x) + ')') if (qt['speaker_role'] or qt['speaker_org']) else ''}"
        f"{ui.esc(', ' + qt['cue']) if qt['cue'] else ''} {ui.chips(qt['themes'], qt['sentiment'])}</div>"
        for qt in quotes
    )
    paragraphs.append(
        f'<div class="gp-paragraph" style="margin-bottom:0.6em"><div style="{style};white-space:pre-wrap">'
        f"{bullet}{_marked(p['text'], parts_by_paragraph.get(p['id'], []))}</div><div>{ui.chips(p['themes'], sentiment)}</div>"
        f"{speakers}</div>"
    )
if paragraphs:
    st.html("".join(paragraphs))
orphans = quotes_by_paragraph.get(None, [])
if orphans:
    st.caption("Quotes not tied to a paragraph")
    for qt in orphans:
        ui.text_block(
            qt["text"],
            header=qt["speaker_name"] or qt["speaker"] or "unnamed speaker",
            badges=ui.chips(qt["themes"], qt["sentiment"]),
        )

declared = doc["comments_declared"]
st.subheader(
    f"Comments ({doc['comments_collected']:,} collected"
    + (f" of {declared:,} declared)" if declared is not None else ")")
)
if doc["comments_collected"] == 0:
    st.caption("No comments collected for this article.")
else:
    pages = (doc["comments_collected"] + COMMENTS_PAGE - 1) // COMMENTS_PAGE
    page = 1
    if pages > 1:
        page = st.number_input("Comment page", min_value=1, max_value=pages, value=1, key="cpage", bind="query-params")
    thread = []  # one HTML element for the page of comments, as for the paragraphs
    for c in q.article_comments(db, int(article_id), COMMENTS_PAGE, (int(page) - 1) * COMMENTS_PAGE):
        header = " · ".join(
            x
            for x in (
                ui.commenter(c["author"], db),
                (c["posted"] or "")[:16].replace("T", " "),
                "moderated" if c["moderated"] else "",
            )
            if x
        )
        thread.append(
            ui.unit_html(
                ui.comment_text(c["text"], int(article_id), db),
                header=header,
                badges=ui.chips(c["themes"], c["sentiment"]),
                boxed=True,
            )
        )
    st.html("".join(thread))
