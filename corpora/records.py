"""Plain records passed between the parsers, the scraper and the store.

Parsers produce an :class:`ArticleRecord`; :func:`corpora.store.upsert_article`
stores it.  Nothing here touches the database or the network.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

PARAGRAPH_KINDS = ("text", "bullet", "heading")

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
