"""Repository functions for what the language pipeline and the models derive
from the corpus: sentences, quotes, annotations, processing state and labels.

The articles, paragraphs and comments themselves live in :mod:`corpora.store`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from corpora.backend import Connection, backend_of
from corpora.bulk import delete_annotation_rows, write_annotation_rows
from corpora.records import SENTIMENTS, UNIT_TYPES, Annotation, Quote, Sentence  # noqa: F401 - re-exported
from corpora.scores import KeyLists, pack_sentiment_scores, pack_theme_scores, unpack_row
from corpora.store import comments_digest, transaction, utcnow

# --------------------------------------------------------------------------- units


def replace_units(
    conn: Connection, article_id: int, sentences: list[Sentence], quotes: list[Quote], *, pipeline_version: str
) -> None:
    """Replace an article's sentences and quotes and record what they were made from.

    One transaction: a crash leaves either the old units or the new ones.
    """
    with transaction(conn):
        delete_annotation_rows(conn, article_id, ("sentence", "quote"))
        # straight from the rows (under views from SQLite's migration 11), not row by row through a view's triggers
        rows_of = backend_of(conn).rows_of
        conn.execute(f"DELETE FROM {rows_of(conn, 'sentences')} WHERE article_id = ?", (article_id,))
        conn.execute(f"DELETE FROM {rows_of(conn, 'quotes')} WHERE article_id = ?", (article_id,))
        conn.executemany(
            """INSERT INTO sentences(article_id, paragraph_id, comment_id, position, start, "end", text)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [(article_id, s.paragraph_id, s.comment_id, s.position, s.start, s.end, s.text) for s in sentences],
        )
        paragraph_ids = (
            _paragraph_ids(conn, article_id)
            if any(q.paragraph_id is None and q.paragraph_index is not None for q in quotes)
            else []
        )
        conn.executemany(
            """INSERT INTO quotes(article_id, paragraph_id, position, start, "end", text, speaker, speaker_name,
                   speaker_role, speaker_org, cue, fragment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    article_id,
                    _paragraph_id(q, paragraph_ids),
                    q.position,
                    q.start,
                    q.end,
                    q.text,
                    q.speaker,
                    q.speaker_name,
                    q.speaker_role,
                    q.speaker_org,
                    q.cue,
                    int(q.fragment),
                )
                for q in quotes
            ],
        )
        row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        conn.execute(
            """INSERT INTO processing(article_id, pipeline_version, content_hash, comments_hash, model_version, updated)
               VALUES (?, ?, ?, ?, NULL, ?)
               ON CONFLICT(article_id) DO UPDATE SET pipeline_version = excluded.pipeline_version,
                   content_hash = excluded.content_hash, comments_hash = excluded.comments_hash,
                   model_version = NULL, updated = excluded.updated""",
            (article_id, pipeline_version, row[0] if row else None, comments_digest(conn, article_id), utcnow()),
        )


def _paragraph_ids(conn: Connection, article_id: int) -> list[int]:
    """The row ids of an article's paragraphs, by position."""
    return [
        r[0] for r in conn.execute("SELECT id FROM paragraphs WHERE article_id = ? ORDER BY position", (article_id,))
    ]


def _paragraph_id(quote: Quote, paragraph_ids: list[int]) -> int | None:
    if quote.paragraph_id is not None or quote.paragraph_index is None:
        return quote.paragraph_id
    if not 0 <= quote.paragraph_index < len(paragraph_ids):
        raise ValueError(f"quote {quote.position}: the article has no paragraph {quote.paragraph_index}")
    return paragraph_ids[quote.paragraph_index]


def article_quotes(conn: Connection, article_id: int) -> list[Quote]:
    """An article's stored quotes, in order."""
    return [
        Quote(
            position=r["position"],
            text=r["text"],
            speaker=r["speaker"],
            speaker_name=r["speaker_name"],
            speaker_role=r["speaker_role"],
            speaker_org=r["speaker_org"],
            cue=r["cue"],
            fragment=bool(r["fragment"]),
            paragraph_id=r["paragraph_id"],
            start=r["start"],
            end=r["end"],
        )
        for r in conn.execute(
            """SELECT position, text, speaker, speaker_name, speaker_role, speaker_org, cue, fragment,
                          paragraph_id, start, "end" FROM quotes WHERE article_id = ? ORDER BY position""",
            (article_id,),
        )
    ]


def is_processed(conn: Connection, article_id: int) -> bool:
    """Whether the language pipeline has processed the article (at any version)."""
    return conn.execute("SELECT 1 FROM processing WHERE article_id = ?", (article_id,)).fetchone() is not None


def articles_needing_units(conn: Connection, pipeline_version: str) -> list[int]:
    """Articles never processed, processed by another pipeline version, or changed since
    (article text or comment thread)."""
    rows = conn.execute(
        """SELECT a.id, a.content_hash, p.pipeline_version, p.content_hash AS done_hash, p.comments_hash
           FROM articles a LEFT JOIN processing p ON p.article_id = a.id ORDER BY a.id"""
    ).fetchall()
    todo = []
    for r in rows:
        if (
            r["pipeline_version"] != pipeline_version
            or r["done_hash"] != r["content_hash"]
            or r["comments_hash"] != comments_digest(conn, r["id"])
        ):
            todo.append(r["id"])
    return todo


def articles_needing_annotations(conn: Connection, model_version: str) -> list[int]:
    rows = conn.execute(
        "SELECT article_id FROM processing WHERE "
        + backend_of(conn).distinct_from("model_version", "?")
        + " ORDER BY article_id",
        (model_version,),
    ).fetchall()
    return [r[0] for r in rows]


def units_for_article(conn: Connection, article_id: int) -> dict[str, list[dict]]:
    """The units to classify for one article: its sentences, quotes and comments, and the
    article itself (title and paragraphs joined)."""
    sentences = [
        dict(r)
        for r in conn.execute(
            "SELECT id, text, paragraph_id, comment_id FROM sentences WHERE article_id = ? ORDER BY id", (article_id,)
        )
    ]
    quotes = [
        dict(r)
        for r in conn.execute("SELECT id, text FROM quotes WHERE article_id = ? ORDER BY position", (article_id,))
    ]
    comments = [
        dict(r)
        for r in conn.execute("SELECT id, text FROM comments WHERE article_id = ? ORDER BY position", (article_id,))
    ]
    art = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
    body = [
        r[0] for r in conn.execute("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", (article_id,))
    ]
    article = [{"id": article_id, "text": "\n".join(([art[0]] if art and art[0] else []) + body)}]
    return {"sentence": sentences, "quote": quotes, "comment": comments, "article": article}


# --------------------------------------------------------------------------- annotations


def write_annotations(
    conn: Connection, article_id: int, annotations: Iterable[Annotation], *, model_version: str
) -> None:
    """Replace every annotation of one article (all unit types) in one transaction and
    record the model version on the article's processing row."""
    annotations = list(annotations)
    with transaction(conn):
        lists = KeyLists(conn)
        key_id, compact = lists.key_id, lists.compact
        delete_annotation_rows(conn, article_id)
        write_annotation_rows(
            conn,
            [
                (
                    a.unit_type,
                    a.unit_id,
                    a.article_id,
                    model_version,
                    a.sentiment,
                    pack_sentiment_scores(a.sentiment_scores, key_id, compact=compact),
                    json.dumps(a.themes, separators=(",", ":")),
                    pack_theme_scores(a.theme_scores, a.themes, key_id, compact=compact),
                )
                for a in annotations
            ],
            [
                (a.unit_type, a.unit_id, a.article_id, t, a.theme_scores.get(t, 1.0))
                for a in annotations
                for t in a.themes
            ],
        )
        conn.execute(
            "UPDATE processing SET model_version = ?, updated = ? WHERE article_id = ?",
            (model_version, utcnow(), article_id),
        )


def annotation(conn: Connection, unit_type: str, unit_id: int) -> dict | None:
    row = conn.execute(
        "SELECT unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores, themes, theme_scores "
        "FROM annotations WHERE unit_type = ? AND unit_id = ?",
        (unit_type, unit_id),
    ).fetchone()
    if row is None:
        return None
    return unpack_row(dict(row), KeyLists(conn).keys_of)


# --------------------------------------------------------------------------- labels


def add_label(
    conn: Connection,
    text: str,
    *,
    sentiment: str | None = None,
    themes: list[str] | None = None,
    unit_type: str | None = None,
    unit_id: int | None = None,
    annotator: str | None = None,
) -> int:
    """Store one human label (from the app's Annotate page, or imported)."""
    if sentiment is not None and sentiment not in SENTIMENTS:
        raise ValueError(f"unknown sentiment {sentiment!r}")
    with transaction(conn):
        return backend_of(conn).insert_id(
            conn,
            "INSERT INTO labels(unit_type, unit_id, text, sentiment, themes, annotator, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (unit_type, unit_id, text, sentiment, None if themes is None else json.dumps(themes), annotator, utcnow()),
        )


def unlabelled_unit_texts(conn: Connection) -> list[str]:
    """Texts of the store's sentences (40-600 characters) and comments (40-1,500): the
    candidates for weak supervision when training."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT text FROM sentences WHERE length(text) BETWEEN 40 AND 600 UNION ALL "
            "SELECT text FROM comments WHERE length(text) BETWEEN 40 AND 1500"
        )
    ]


def iter_labels(conn: Connection) -> Iterator[dict]:
    """Every stored label, newest last; a unit labelled twice yields its latest label only."""
    rows = conn.execute(
        """SELECT * FROM labels l WHERE l.unit_id IS NULL OR l.id = (
               SELECT max(id) FROM labels m WHERE m.unit_type = l.unit_type AND m.unit_id = l.unit_id)
           ORDER BY l.id"""
    ).fetchall()
    for r in rows:
        out = dict(r)
        out["themes"] = None if out["themes"] is None else json.loads(out["themes"])
        yield out
