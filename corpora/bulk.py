"""Bulk loading of many new articles at once (the benchmarks' scale corpus, large imports).

:func:`corpora.store.upsert_article` is the path for crawled pages: one article, one
transaction, idempotent.  :func:`bulk_insert` is for loading hundreds of thousands of
articles that are known to be new: ids are assigned here and rows are written with
``executemany`` in large transactions, the full-text indexes kept in step as usual.  It may also write quotes and annotations known by
construction (a generated corpus knows what it quoted and what sentiment it meant).

Inside each batch's transaction the backend indexes the batch's rows set-wise rather than
row by row (:meth:`corpora.backend.Backend.bulk_indexing`; SQLite: the per-row FTS5 insert
triggers are replaced by one insert per index and then restored), so the indexes end up
exactly as row-by-row maintenance would have left them.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from corpora.backend import Connection, backend_of
from corpora.records import SENTIMENTS, ArticleRecord, Quote
from corpora.scores import COMPACT_SINCE, pack_sentiment_scores, pack_theme_scores
from corpora.store import ensure_source, schema_version, transaction, utcnow


@dataclass
class BulkAnnotation:
    unit_type: str  # article | comment | quote
    index: int  # position of the comment or quote in its article (0 for the article)
    sentiment: str
    themes: list[str]


@dataclass
class BulkArticle:
    record: ArticleRecord
    quotes: list[Quote] = field(default_factory=list)  # each with its paragraph_index
    annotations: list[BulkAnnotation] = field(default_factory=list)


@dataclass
class BulkCounts:
    articles: int = 0
    paragraphs: int = 0
    comments: int = 0
    quotes: int = 0
    annotations: int = 0

    def add(self, other: BulkCounts) -> None:
        for name in ("articles", "paragraphs", "comments", "quotes", "annotations"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _scores(sentiment: str, compact: bool) -> str:
    return pack_sentiment_scores({s: (0.8 if s == sentiment else 0.1) for s in SENTIMENTS}, compact=compact)


def _next_id(conn: Connection, table: str) -> int:
    return (conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0] or 0) + 1


def _batches(items: Iterable[BulkArticle], size: int) -> Iterator[list[BulkArticle]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def insert_batch(
    conn: Connection, batch: list[BulkArticle], *, model_version: str = "bulk", fetched: str | None = None
) -> BulkCounts:
    """Write one batch of new articles in one transaction (all or nothing).

    Raises the backend's integrity error (SQLite: ``sqlite3.IntegrityError``) (and writes nothing) when an article's URL is already stored.
    """
    fetched = fetched or utcnow()
    counts = BulkCounts()
    compact = schema_version(conn) >= COMPACT_SINCE  # the scores as gpwatch analyze writes them there
    articles, paragraphs, comments, quotes, annotations, themes = [], [], [], [], [], []
    with transaction(conn):
        source_ids: dict[str, int] = {}
        article_id = _next_id(conn, "articles")
        paragraph_id = _next_id(conn, "paragraphs")
        comment_id = _next_id(conn, "comments")
        quote_id = _next_id(conn, "quotes")
        firsts = {"paragraphs": paragraph_id, "comments": comment_id, "quotes": quote_id}
        for item in batch:
            r = item.record
            if r.source not in source_ids:
                source_ids[r.source] = ensure_source(conn, r.source)
            articles.append(
                (
                    article_id,
                    source_ids[r.source],
                    r.url,
                    r.title,
                    r.standfirst,
                    r.byline,
                    r.section,
                    r.published,
                    fetched,
                    r.hash,
                    r.comments_declared,
                    r.origin,
                    r.etag,
                    r.last_modified,
                )
            )
            paragraph_ids = []
            for position, p in enumerate(r.paragraphs):
                paragraphs.append((paragraph_id, article_id, position, p.kind, p.text))
                paragraph_ids.append(paragraph_id)
                paragraph_id += 1
            by_external: dict[str, int] = {}
            comment_ids = []
            for position, c in enumerate(r.comments):
                parent = by_external.get(c.parent_external_id) if c.parent_external_id else None
                comments.append(
                    (
                        comment_id,
                        article_id,
                        position,
                        c.key,
                        c.external_id,
                        parent,
                        c.author,
                        c.posted,
                        c.text,
                        int(c.moderated),
                        fetched,
                    )
                )
                if c.external_id:
                    by_external[c.external_id] = comment_id
                comment_ids.append(comment_id)
                comment_id += 1
            quote_ids = []
            for position, q in enumerate(item.quotes):
                quotes.append(
                    (
                        quote_id,
                        article_id,
                        paragraph_ids[q.paragraph_index],
                        position,
                        q.start,
                        q.end,
                        q.text,
                        q.speaker,
                        q.speaker_name,
                        q.speaker_role,
                        q.speaker_org,
                        q.cue,
                    )
                )
                quote_ids.append(quote_id)
                quote_id += 1
            for a in item.annotations:
                unit_id = (
                    article_id
                    if a.unit_type == "article"
                    else {"comment": comment_ids, "quote": quote_ids}[a.unit_type][a.index]
                )
                theme_scores = {t: 0.9 for t in a.themes}
                annotations.append(
                    (
                        a.unit_type,
                        unit_id,
                        article_id,
                        model_version,
                        a.sentiment,
                        _scores(a.sentiment, compact),
                        json.dumps(a.themes, separators=(",", ":")),
                        pack_theme_scores(theme_scores, a.themes, compact=compact),
                    )
                )
                themes.extend((a.unit_type, unit_id, article_id, t, 0.9) for t in a.themes)
            article_id += 1
        with backend_of(conn).bulk_indexing(conn, firsts):
            _write_rows(conn, articles, paragraphs, comments, quotes, annotations, themes)
    counts.articles, counts.paragraphs, counts.comments = len(articles), len(paragraphs), len(comments)
    counts.quotes, counts.annotations = len(quotes), len(annotations)
    return counts


def _write_rows(conn: Connection, articles, paragraphs, comments, quotes, annotations, themes) -> None:
    """Articles first, then annotations (they name their unit by id), then the units: each unit row
    is written once with whatever the backend keeps beside it (SQLite: its filter tokens, read from
    its article and annotation), never grown by an update after it (bench_ingest's store rows)."""
    backend = backend_of(conn)
    conn.executemany(
        """INSERT INTO articles(id, source_id, url, title, standfirst, byline, section, published, fetched,
               content_hash, comments_declared, origin, etag, last_modified)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        articles,
    )
    write_annotation_rows(conn, annotations, themes)
    backend.insert_units(conn, "paragraphs", ("id", "article_id", "position", "kind", "text"), paragraphs)
    backend.insert_units(
        conn,
        "comments",
        (
            "id",
            "article_id",
            "position",
            "key",
            "external_id",
            "parent_id",
            "author",
            "posted",
            "text",
            "moderated",
            "first_seen",
        ),
        comments,
    )
    backend.insert_units(
        conn,
        "quotes",
        (
            "id",
            "article_id",
            "paragraph_id",
            "position",
            "start",
            "end",
            "text",
            "speaker",
            "speaker_name",
            "speaker_role",
            "speaker_org",
            "cue",
        ),
        quotes,
    )


def _stored_themes(text: str, code: dict[str, int]) -> str:
    """Migration 10's stored form of a JSON array of theme ids (corpora.sqlite_schema.themes_stored_sql):
    their codes (``,5,9``) when the view reads the same text back, which it does for a compact array of
    printable ASCII ids without quotes or backslashes; else the JSON itself."""
    names = json.loads(text)
    plain = isinstance(names, list) and all(
        isinstance(t, str) and t.isascii() and t.isprintable() and '"' not in t and "\\" not in t for t in names
    )
    if plain and text == json.dumps(names, separators=(",", ":")):
        return "".join(f",{code[t]}" for t in names)
    return text


def delete_annotation_rows(conn: Connection, article_id: int, unit_types: tuple[str, ...] = ()) -> None:
    """Delete an article's annotations and theme tags (of ``unit_types`` only, when given): on a store of
    migration 10 or later straight from the coded rows, not row by row through the views' INSTEAD OF
    triggers (the rollups' triggers are on the rows, so they follow either way)."""
    coded = schema_version(conn) >= 10
    for table in ("annotation_rows", "annotation_theme_rows") if coded else ("annotations", "annotation_themes"):
        where, params = "article_id = ?", [article_id]
        if unit_types:
            marks = ", ".join("?" * len(unit_types))
            unit = f"(SELECT id FROM annotation_codes WHERE name IN ({marks}))" if coded else f"({marks})"
            where += f" AND unit_type IN {unit}"
            params += list(unit_types)
        conn.execute(f"DELETE FROM {table} WHERE {where}", params)


def write_annotation_rows(conn: Connection, annotations, themes) -> None:
    """The annotations and theme tags of a batch (rows as the tables of schema 9 and the views of
    migration 10 take them); the bulk writer's and :func:`corpora.analysis_store.write_annotations`'."""
    if schema_version(conn) < 10:  # an older store (tests build them with this writer): the word tables
        conn.executemany(
            """INSERT INTO annotations(unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores,
                   themes, theme_scores) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            annotations,
        )
        conn.executemany(
            "INSERT INTO annotation_themes(unit_type, unit_id, article_id, theme, score) VALUES (?, ?, ?, ?, ?)",
            themes,
        )
        return
    # straight into the coded rows (migration 10), not through the views' INSTEAD OF triggers (about 4x
    # slower): each word's code is looked up here, the missing words added first
    words = {w for a in annotations for w in (a[0], a[3], a[4], *json.loads(a[6]))} | {t[3] for t in themes}
    conn.executemany(
        "INSERT INTO annotation_codes(name) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM annotation_codes WHERE name = ?)",
        [(w, w) for w in sorted(words)],
    )
    code = dict(conn.execute("SELECT name, id FROM annotation_codes").fetchall())
    conn.executemany(
        """INSERT INTO annotation_rows(unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores,
               themes, theme_scores) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (code[u], i, art, code[m], code[s], ss, _stored_themes(th, code), ts)
            for u, i, art, m, s, ss, th, ts in annotations
        ],
    )
    conn.executemany(
        "INSERT INTO annotation_theme_rows(unit_type, unit_id, article_id, theme, score) VALUES (?, ?, ?, ?, ?)",
        [(code[u], i, art, code[t], score) for u, i, art, t, score in themes],
    )


def bulk_insert(
    conn: Connection,
    items: Iterable[BulkArticle],
    *,
    batch_size: int = 2000,
    model_version: str = "bulk",
    fetched: str | None = None,
    on_batch: Callable[[BulkCounts], None] | None = None,
) -> BulkCounts:
    """Insert new articles (with comments, and optionally quotes and annotations) in
    transactions of ``batch_size`` articles; returns the totals.  A failing batch is
    rolled back whole; the batches before it stay stored."""
    total = BulkCounts()
    for batch in _batches(items, batch_size):
        counts = insert_batch(conn, batch, model_version=model_version, fetched=fetched)
        total.add(counts)
        if on_batch:
            on_batch(total)
    return total


def deferred_fts(conn: Connection) -> contextlib.AbstractContextManager[None]:
    """Context manager for loading a large amount into a store nobody else is using: no
    full-text index maintenance inside the block, and on leaving it (cleanly or not) every
    full-text index rebuilt from its table in one pass instead of one update a row (the
    backend's :meth:`~corpora.backend.Backend.deferred_indexing`)."""
    return backend_of(conn).deferred_indexing(conn)
