"""One pseudonymisation for the export and the app (corpora.pseudonyms.ThreadPseudonyms): the
author fields and full-name mentions inside the same thread's comments, public figures kept."""

from __future__ import annotations

import html
import io
import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from corpora import analysis_store, store
from corpora.export import export
from corpora.pseudonyms import MASK, ThreadPseudonyms, pseudonym
from corpora.records import ArticleRecord, CommentRecord, Paragraph, Quote

APP = str(Path(__file__).resolve().parents[1] / "app" / "streamlit_app.py")
SECRET = "k" * 64


def test_authors_and_full_name_mentions_are_replaced_public_figures_kept():
    thread = ThreadPseudonyms(["Jane Partridge", "Sam", None, " Jane Partridge "], SECRET, public=["Helen Stokes"])
    jane = pseudonym("Jane Partridge", SECRET)
    assert thread.author("Jane Partridge") == thread.author(" Jane Partridge ") == jane
    assert thread.author(None) is None and thread.author("Sam") == pseudonym("Sam", SECRET)
    text = "As Jane Partridge said, and Helen Stokes agreed. Jane Partridgeson is someone else; so is Sam."
    assert thread.text(text) == (
        f"As {jane} said, and Helen Stokes agreed. Jane Partridgeson is someone else; so is Sam."
    )  # whole names only; names under four characters are not searched
    assert thread.text("Nothing to hide here.") == "Nothing to hide here."


def test_without_a_secret_every_name_is_masked_never_hashed_unkeyed():
    thread = ThreadPseudonyms(["Jane Partridge"], None)
    assert thread.author("Jane Partridge") == MASK
    assert thread.text("Thanks Jane Partridge.") == f"Thanks {MASK}."


def _store(path: Path) -> int:
    conn = store.connect(path)
    record = ArticleRecord(
        url="https://x.example/hubs",
        source="x",
        title="Hubs to take on extended access",
        published="2024-03-01",
        paragraphs=[Paragraph("The plan was announced on Monday."), Paragraph("‘It will help,’ said Helen Stokes.")],
        comments=[
            CommentRecord(
                "Hubs will not save general practice.",
                author="Jane Partridge",
                posted="2024-03-01T10:00:00",
                external_id="1",
            ),
            CommentRecord(
                "I agree with Jane Partridge, and Helen Stokes is wrong.",
                author="Sam Okoro",
                posted="2024-03-01T11:00:00",
                external_id="2",
            ),
        ],
    )
    article_id = store.upsert_article(conn, record).article_id
    analysis_store.replace_units(
        conn,
        article_id,
        [],
        [
            Quote(
                position=0, text="It will help", speaker="Helen Stokes", speaker_name="Helen Stokes", paragraph_index=1
            )
        ],
        pipeline_version="test",
    )
    conn.close()
    return article_id


def test_the_app_shows_what_the_export_writes(tmp_path, monkeypatch):
    db = tmp_path / "corpus.db"
    article_id = _store(db)
    out = io.StringIO()
    export(store.connect(db), "jsonl", out, pseudonymise=True)  # creates the corpus secret
    exported = json.loads(out.getvalue())["comments"]
    reply = exported[1]["text"]
    assert "Jane Partridge" not in reply and "Helen Stokes is wrong" in reply
    assert pseudonym("Jane Partridge", store.get_meta(store.connect(db, readonly=True), "pseudonym_secret")) in reply

    monkeypatch.setenv("GPWATCH_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params = {"article": str(article_id), "pseudonyms": "true"}
    at.run()
    at.switch_page("pages/document.py")
    at.query_params = {"article": str(article_id), "pseudonyms": "true"}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    shown = "\n".join(el.proto.body for el in at.get("html"))
    assert "Jane Partridge" not in shown and "Sam Okoro" not in shown
    for comment in exported:  # the same author and the same text as the export
        assert html.escape(comment["author"]) in shown and html.escape(comment["text"]) in shown
