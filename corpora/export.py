"""``gpwatch export``: the corpus as JSONL, CSV or Parquet.

* JSONL: one object per article: ``url``, ``source``, ``title``, ``published``,
  ``standfirst``, ``byline``, ``section``, ``paragraphs`` (list of strings),
  ``comments_declared``, ``comments`` (list of ``{author, posted, text,
  moderated}`` plus ``sentiment``/``themes`` when annotated), and once the
  language pipeline has run: ``quotes`` (``{text, speaker, speaker_name,
  speaker_role, speaker_org, cue, fragment}``) and the article's ``themes`` and
  ``sentiment``.
* CSV and Parquet: one row per unit (``unit`` = ``paragraph``, ``comment`` or
  ``quote``) with the article's columns repeated on every row.

Articles are read and written one at a time, so memory stays flat however big
the corpus.  A file is written beside its destination and renamed into place,
so a failed export never leaves half a file.

``pseudonymise=True`` replaces every commenter name (private people) with a
stable pseudonym, a keyed HMAC-SHA256 of the name with the corpus secret
(:class:`corpora.pseudonyms.ThreadPseudonyms`, which the app uses too), in the author
field and wherever the full name appears in a comment of the same article.  Quoted public figures (the
speakers of quotes) and journalists' bylines keep their names.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from corpora import analysis_store, store
from corpora.backend import Connection
from corpora.pseudonyms import ThreadPseudonyms

FORMATS = ("jsonl", "csv", "parquet")

ROW_COLUMNS = [
    "article_url",
    "source",
    "title",
    "published",
    "byline",
    "section",
    "comments_declared",
    "article_sentiment",
    "article_themes",
    "unit",
    "position",
    "kind",
    "text",
    "author",
    "posted",
    "moderated",
    "speaker",
    "speaker_name",
    "speaker_role",
    "speaker_org",
    "cue",
    "sentiment",
    "themes",
]
PARQUET_BATCH = 2000


# --------------------------------------------------------------------------- reading


def _annotation(conn: Connection, unit_type: str, unit_id: int) -> tuple[str | None, list[str] | None]:
    row = conn.execute(
        "SELECT sentiment, themes FROM annotations WHERE unit_type = ? AND unit_id = ?", (unit_type, unit_id)
    ).fetchone()
    if row is None:
        return None, None
    try:
        themes = json.loads(row["themes"] or "[]")
    except ValueError:
        themes = []
    return row["sentiment"], list(themes)


def _annotations_by_unit(conn: Connection, article_id: int, unit_type: str) -> dict[int, tuple[str, list]]:
    out = {}
    for row in conn.execute(
        "SELECT unit_id, sentiment, themes FROM annotations WHERE article_id = ? AND unit_type = ?",
        (article_id, unit_type),
    ):
        try:
            themes = json.loads(row["themes"] or "[]")
        except ValueError:
            themes = []
        out[row["unit_id"]] = (row["sentiment"], list(themes))
    return out


def iter_articles(conn: Connection, *, pseudonymise: bool = False) -> Iterator[dict[str, Any]]:
    """Each article as the JSONL object, one at a time (ordered by date, then id)."""
    secret = store.corpus_secret(conn) if pseudonymise else None
    for article_id in store.iter_article_ids(conn):
        article = store.get_article(conn, article_id)
        if article is None:  # deleted meanwhile
            continue
        quotes = [q.exported() for q in analysis_store.article_quotes(conn, article_id)]
        processed = analysis_store.is_processed(conn, article_id)
        comment_notes = _annotations_by_unit(conn, article_id, "comment")

        comments = []
        for c in article["comments"]:
            item: dict[str, Any] = {
                "author": c["author"],
                "posted": c["posted"],
                "text": c["text"],
                "moderated": bool(c["moderated"]),
            }
            if c["id"] in comment_notes:
                item["sentiment"], item["themes"] = comment_notes[c["id"]]
            comments.append(item)
        if secret:
            thread = ThreadPseudonyms(
                (c["author"] for c in comments),
                secret,
                [q["speaker_name"] for q in quotes] + [q["speaker"] for q in quotes],
            )
            for c in comments:
                c["author"], c["text"] = thread.author(c["author"]), thread.text(c["text"])

        obj: dict[str, Any] = {
            "url": article["url"],
            "source": article["source"],
            "title": article["title"],
            "published": article["published"],
            "standfirst": article["standfirst"],
            "byline": article["byline"],
            "section": article["section"],
            "paragraphs": [p["text"] for p in article["paragraphs"]],
            "comments_declared": article["comments_declared"],
            "comments": comments,
        }
        if quotes or processed:
            obj["quotes"] = quotes
        sentiment, themes = _annotation(conn, "article", article_id)
        if sentiment is not None:
            obj["sentiment"], obj["themes"] = sentiment, themes
        obj["_paragraph_kinds"] = [p["kind"] for p in article["paragraphs"]]
        yield obj


def iter_rows(conn: Connection, *, pseudonymise: bool = False) -> Iterator[list[dict]]:
    """For each article, its unit rows (paragraphs, comments, quotes) for CSV/Parquet."""
    for obj in iter_articles(conn, pseudonymise=pseudonymise):
        base = {
            "article_url": obj["url"],
            "source": obj["source"],
            "title": obj["title"],
            "published": obj["published"],
            "byline": obj["byline"],
            "section": obj["section"],
            "comments_declared": obj["comments_declared"],
            "article_sentiment": obj.get("sentiment"),
            "article_themes": ";".join(obj.get("themes") or []) or None,
        }
        rows = []
        for i, (text, kind) in enumerate(zip(obj["paragraphs"], obj["_paragraph_kinds"])):
            rows.append({**base, "unit": "paragraph", "position": i, "kind": kind, "text": text})
        for i, c in enumerate(obj["comments"]):
            rows.append(
                {
                    **base,
                    "unit": "comment",
                    "position": i,
                    "text": c["text"],
                    "author": c["author"],
                    "posted": c["posted"],
                    "moderated": c["moderated"],
                    "sentiment": c.get("sentiment"),
                    "themes": ";".join(c.get("themes") or []) or None,
                }
            )
        for i, q in enumerate(obj.get("quotes") or []):
            rows.append(
                {
                    **base,
                    "unit": "quote",
                    "position": i,
                    "kind": "fragment" if q["fragment"] else "quote",
                    "text": q["text"],
                    "speaker": q["speaker"],
                    "speaker_name": q["speaker_name"],
                    "speaker_role": q["speaker_role"],
                    "speaker_org": q["speaker_org"],
                    "cue": q["cue"],
                }
            )
        yield [{col: row.get(col) for col in ROW_COLUMNS} for row in rows]


# --------------------------------------------------------------------------- writing


@contextmanager
def _atomic(path: str | os.PathLike, mode: str) -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it into place on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({"encoding": "utf-8", "newline": ""} if "b" not in mode else {})) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def export(conn: Connection, fmt: str, out: str | os.PathLike | IO[str], *, pseudonymise: bool = False) -> int:
    """Write the corpus to ``out`` (a path, or a text stream for JSONL/CSV) in ``fmt``;
    return the number of articles written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        if not isinstance(out, (str, os.PathLike)):
            raise ValueError("Parquet needs an output file path")
        with _atomic(out, "wb") as fh:
            return _write_parquet(conn, fh, pseudonymise)
    writer = _write_jsonl if fmt == "jsonl" else _write_csv
    if isinstance(out, (str, os.PathLike)):
        with _atomic(out, "w") as fh:
            return writer(conn, fh, pseudonymise)
    return writer(conn, out, pseudonymise)


def _write_jsonl(conn: Connection, fh: IO[str], pseudonymise: bool) -> int:
    n = 0
    for obj in iter_articles(conn, pseudonymise=pseudonymise):
        obj.pop("_paragraph_kinds", None)
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    fh.flush()
    return n


def _write_csv(conn: Connection, fh: IO[str], pseudonymise: bool) -> int:
    writer = csv.DictWriter(fh, fieldnames=ROW_COLUMNS)
    writer.writeheader()
    n = 0
    for rows in iter_rows(conn, pseudonymise=pseudonymise):
        writer.writerows(rows)
        n += 1
    fh.flush()
    return n


def _parquet_schema():
    import pyarrow as pa

    types = {"position": pa.int32(), "comments_declared": pa.int32(), "moderated": pa.bool_()}
    return pa.schema([(col, types.get(col, pa.string())) for col in ROW_COLUMNS])


def _write_parquet(conn: Connection, fh: IO[bytes], pseudonymise: bool) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    batch: list[dict] = []
    with pq.ParquetWriter(fh, schema, compression="zstd") as writer:
        for rows in iter_rows(conn, pseudonymise=pseudonymise):
            batch.extend(rows)
            n += 1
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n
