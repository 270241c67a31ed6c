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
        st.session_state["article"] = int(chosen)


with st.expander("Find an article", expanded=False):
    title_like = st.text_input("Title contains", key="doc_find")
    found = q.find_articles(db, title_like.strip(), 50)
    labels = {r["id"]: f"{(r['published'] or '')[:10]} · {r['title'] or '(untitled)'} · {r['source']}" for r in found}
    st.selectbox("Article", [None] + list(labels), format_func=lambda i: "choose…" if i is None else labels[i],
                 key="doc_pick", on_change=_pick)
article_id = st.number_input("Article id", min_value=1, value=None, step=1, key="article", bind="query-params")
if article_id is None:
    st.info("Open an article from a search result, a table, or find one above.")
    st.stop()
doc = q.article(db, int(article_id))
if doc is None:
    st.error(f"There is no article {int(article_id)} in this corpus.")
    st.stop()

st.html(f"<h2 style='margin:0'>{ui.esc(doc['title'] or '(untitled)')}</h2>")
meta = " · ".join(x for x in (doc["source"], (doc["published"] or "")[:10], doc["byline"], doc["section"]) if x)
st.html(f"<div style='color:#555'>{ui.esc(meta)} {ui.chips(doc['themes'], doc['sentiment'])}</div>")
if doc["standfirst"]:
    ui.text_block(doc["standfirst"])
if (doc["url"] or "").startswith(("http://", "https://")):
    st.link_button("Original page", doc["url"], icon=":material/open_in_new:")
else:
    st.text(f"Stored from {doc['url']}")

quotes_by_paragraph: dict[int | None, list[dict]] = {}
for quote in doc["quotes"]:
    quotes_by_paragraph.setdefault(quote["paragraph_id"], []).append(quote)


def _marked(text: str, quotes: list[dict]) -> str:
    """The paragraph, escaped, with each quote's words highlighted and its speaker as a tooltip."""
    spans = []
    for quote in quotes:
        at = text.find(quote["text"].strip().rstrip(",")) if quote["text"] else -1
        if at >= 0:
            spans.append((at, at + len(quote["text"].strip().rstrip(",")), quote))
    spans.sort(key=lambda s: s[0])
    out, pos = [], 0
    for start, end, quote in spans:
        if start < pos:
            continue
        who = quote["speaker_name"] or quote["speaker"] or "unnamed speaker"
        out.append(ui.esc(text[pos:start]))
        out.append(f'<span style="background:#fff3c4" title="{ui.esc(who)}">{ui.esc(text[start:end])}</span>')
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
        f'<div style="font-size:0.85em;color:#7a5a00;margin-left:1em">“{ui.esc(qt["text"][:80])}{"…" if len(qt["text"]) > 80 else ""}” '
        f'— {ui.esc(qt["speaker_name"] or qt["speaker"] or "unnamed speaker")}'
        f'{ui.esc(" (" + ", ".join(x for x in (qt["speaker_role"], qt["speaker_org"]) if x) + ")") if (qt["speaker_role"] or qt["speaker_org"]) else ""}'
        f'{ui.esc(", " + qt["cue"]) if qt["cue"] else ""} {ui.chips(qt["themes"], qt["sentiment"])}</div>'
        for qt in quotes)
    paragraphs.append(f'<div class="gp-paragraph" style="margin-bottom:0.6em"><div style="{style};white-space:pre-wrap">'
                      f'{bullet}{_marked(p["text"], quotes)}</div><div>{ui.chips(p["themes"], sentiment)}</div>'
                      f'{speakers}</div>')
if paragraphs:
    st.html("".join(paragraphs))
orphans = quotes_by_paragraph.get(None, [])
if orphans:
    st.caption("Quotes not tied to a paragraph")
    for qt in orphans:
        ui.text_block(qt["text"], header=qt["speaker_name"] or qt["speaker"] or "unnamed speaker",
                      badges=ui.chips(qt["themes"], qt["sentiment"]))

declared = doc["comments_declared"]
st.subheader(f"Comments ({doc['comments_collected']:,} collected"
             + (f" of {declared:,} declared)" if declared is not None else ")"))
if doc["comments_collected"] == 0:
    st.caption("No comments collected for this article.")
else:
    pages = (doc["comments_collected"] + COMMENTS_PAGE - 1) // COMMENTS_PAGE
    page = 1
    if pages > 1:
        page = st.number_input("Comment page", min_value=1, max_value=pages, value=1, key="cpage",
                               bind="query-params")
    thread = []  # one HTML element for the page of comments, as for the paragraphs
    for c in q.article_comments(db, int(article_id), COMMENTS_PAGE, (int(page) - 1) * COMMENTS_PAGE):
        header = " · ".join(x for x in (ui.commenter(c["author"], db), (c["posted"] or "")[:16].replace("T", " "),
                                         "moderated" if c["moderated"] else "") if x)
        thread.append(ui.unit_html(ui.comment_text(c["text"], int(article_id), db), header=header, badges=ui.chips(c["themes"], c["sentiment"]),
                                   boxed=True))
    st.html("".join(thread))
