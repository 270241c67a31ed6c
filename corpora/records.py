"""Plain records passed between the parsers, the scraper, the language pipeline and the
store: one record type per concept.

Parsers produce an :class:`ArticleRecord`; :func:`corpora.store.upsert_article` stores it.
The language pipeline produces :class:`Sentence` and :class:`Quote` records and the models
:class:`Annotation` records, which :mod:`corpora.analysis_store` stores.  Nothing here
touches the database or the network.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

PARAGRAPH_KINDS = ("text", "bullet", "heading")
#: The sentiment labels, in this order everywhere (scores, codebooks, charts).
SENTIMENTS = ("negative", "neutral", "positive")
#: The kinds of unit that are classified and annotated.
UNIT_TYPES = ("sentence", "comment", "article", "quote")

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean_text(text: str) -> str:
    """Normalise odd whitespace (non-breaking and exotic spaces, runs of blanks)
    inside a line; curly quotes and every other character are kept as they are."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    return _SPACES.sub(" ", text).strip()


def content_hash(*parts: object) -> str:
    """A stable hex digest of the given parts (None counts as the empty string)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(("" if part is None else str(part)).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


@dataclass
class Paragraph:
    text: str
    kind: str = "text"  # text | bullet | heading

    def __post_init__(self) -> None:
        if self.kind not in PARAGRAPH_KINDS:
            raise ValueError(f"unknown paragraph kind {self.kind!r}")


@dataclass
class CommentRecord:
    text: str
    author: str | None = None
    posted: str | None = None  # ISO 8601, local time of the site when no zone is known
    moderated: bool = False
    external_id: str | None = None  # the site's own comment id, when it has one
    parent_external_id: str | None = None  # the comment this one replies to

    @property
    def hash(self) -> str:
        return content_hash(self.author, self.posted, self.text, self.moderated)

    @property
    def key(self) -> str:
        """Identity of the comment within its article, stable across edits where
        the site gives us something stable (an id, or an author and a time)."""
        if self.external_id:
            return f"id:{self.external_id}"
        if self.author and self.posted:
            return f"at:{self.author}|{self.posted}"
        return f"h:{content_hash(self.author, self.text)[:24]}"


@dataclass
class ArticleRecord:
    url: str
    source: str
    title: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    comments: list[CommentRecord] = field(default_factory=list)
    standfirst: str | None = None
    byline: str | None = None
    section: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    comments_declared: int | None = None
    origin: str = "crawl"  # crawl | file
    etag: str | None = None
    last_modified: str | None = None

    @property
    def hash(self) -> str:
        """Hash of the article itself (not its comments, which change on their own)."""
        return content_hash(
            self.title,
            self.standfirst,
            self.byline,
            self.section,
            self.published,
            *[f"{p.kind}:{p.text}" for p in self.paragraphs],
        )


@dataclass
class Sentence:
    """A sentence of a paragraph (``paragraph_id``) or of a comment (``comment_id``), with its
    character offsets in that text."""

    position: int
    start: int
    end: int
    text: str
    paragraph_id: int | None = None
    comment_id: int | None = None


@dataclass
class Quote:
    """A direct quote in an article, and who said it.

    Where it is: ``paragraph_index`` is the position of its (first) paragraph in the article,
    which is what the quote finder and the bulk loader know; ``paragraph_id`` is that
    paragraph's row id in the store.  Give either: the store fills in ``paragraph_id`` from
    ``paragraph_index`` when it writes the quote.  ``start`` and ``end`` are character
    offsets in that paragraph; ``fragment`` marks a quoted fragment inside reported speech.
    """

    position: int
    text: str
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_role: str | None = None
    speaker_org: str | None = None
    cue: str | None = None
    fragment: bool = False
    paragraph_id: int | None = None
    start: int | None = None
    end: int | None = None
    paragraph_index: int | None = None

    #: The fields of a quote in ``gpwatch export`` (JSONL ``quotes``, and the quote rows of CSV/Parquet).
    EXPORTED = ("text", "speaker", "speaker_name", "speaker_role", "speaker_org", "cue", "fragment")

    def exported(self) -> dict:
        return {name: getattr(self, name) for name in self.EXPORTED}


@dataclass
class Annotation:
    """A model's themes and sentiment for one unit (``unit_type`` in :data:`UNIT_TYPES`)."""

    unit_type: str
    unit_id: int
    article_id: int
    sentiment: str
    sentiment_scores: dict[str, float]
    themes: list[str]
    theme_scores: dict[str, float]
