"""Loading the sample site's content files into plain records.

Hand-written articles are TOML files in ``articles/`` (a ``body`` string whose
blank-line-separated blocks are paragraphs; a block starting ``## `` is a heading
and lines starting ``• `` are bullets; ``[[comments]]`` with ``author``, ``posted``,
``text`` and an optional ``reply_to`` giving the 1-based number of the comment
answered).  Generated articles are JSON (one article a file) or JSON Lines (one a line) in
``articles/generated/`` with explicit paragraph kinds, written by
:mod:`corpora.sample_site.generate`.

Post and comment ids are assigned here, in order of publication, so they are stable
for as long as the content is.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from corpora.resources import SAMPLE_SITE_DIR

CONTENT_DIR = SAMPLE_SITE_DIR
FIRST_POST_ID = 1001
FIRST_COMMENT_ID = 20001


@dataclass
class SiteComment:
    id: int
    author: str | None  # None: posted anonymously
    posted: str  # site-local ISO date-time, no zone (Europe/London)
    text: str  # paragraphs separated by blank lines
    parent: int = 0  # id of the comment answered, 0 for a top-level comment


@dataclass
class SiteArticle:
    id: int
    slug: str
    title: str
    standfirst: str
    author: str
    section: str
    published: str  # site-local ISO date-time, no zone
    paragraphs: list[tuple[str, str]]  # (kind, text), kind in text | bullet | heading
    comments: list[SiteComment] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    modified: str | None = None

    @property
    def path(self) -> str:
        """The WordPress permalink path, ``/YYYY/MM/slug/``."""
        return f"/{self.published[:4]}/{self.published[5:7]}/{self.slug}/"

    @property
    def last_activity(self) -> str:
        """The latest of publication, modification and comment times."""
        times = [self.published, self.modified or ""] + [c.posted for c in self.comments]
        return max(times)


@dataclass
class RawArticle:
    """An article as read from its file, before ids are assigned."""

    slug: str
    title: str
    standfirst: str
    author: str
    section: str
    published: str
    paragraphs: list[tuple[str, str]]
    comments: list[dict]  # {author, posted, text, reply_to (1-based index or None)}
    themes: list[str]
    modified: str | None = None
    origin: str = ""


def parse_body(body: str) -> list[tuple[str, str]]:
    """Split a hand-written body into (kind, text) paragraphs."""
    paragraphs: list[tuple[str, str]] = []
    for block in re.split(r"\n\s*\n", body.strip()):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            paragraphs.append(("heading", block[3:].strip()))
        elif block.startswith("• "):
            for line in block.splitlines():
                line = line.strip()
                if line.startswith("• "):
                    paragraphs.append(("bullet", line[2:].strip()))
                elif line and paragraphs:  # a wrapped bullet line
                    kind, text = paragraphs[-1]
                    paragraphs[-1] = (kind, f"{text} {line}")
        else:
            paragraphs.append(("text", " ".join(line.strip() for line in block.splitlines())))
    return paragraphs


def _normalise_comment_text(text: str) -> str:
    blocks = [" ".join(line.strip() for line in b.splitlines()) for b in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(b for b in blocks if b)


def read_toml(path: Path) -> RawArticle:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    comments = [
        {
            "author": c.get("author") or None,
            "posted": str(c["posted"]).replace(" ", "T")[:19],
            "text": _normalise_comment_text(c["text"]),
            "reply_to": c.get("reply_to"),
        }
        for c in data.get("comments", [])
    ]
    return RawArticle(
        slug=data["slug"],
        title=data["title"],
        standfirst=data["standfirst"],
        author=data["author"],
        section=data.get("section", "news"),
        published=str(data["published"]).replace(" ", "T")[:19],
        paragraphs=parse_body(data["body"]),
        comments=comments,
        themes=list(data.get("themes", [])),
        modified=str(data["modified"]).replace(" ", "T")[:19] if data.get("modified") else None,
        origin=path.name,
    )


def read_json(path: Path) -> RawArticle:
    return _raw_from(json.loads(path.read_text(encoding="utf-8")), path.name)


def read_jsonl(path: Path) -> list[RawArticle]:
    """A file of generated articles, one JSON object a line."""
    return [
        _raw_from(json.loads(line), f"{path.name}:{n}")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip()
    ]


def _raw_from(data: dict, origin: str) -> RawArticle:
    return RawArticle(
        slug=data["slug"],
        title=data["title"],
        standfirst=data["standfirst"],
        author=data["author"],
        section=data["section"],
        published=data["published"],
        paragraphs=[(p["kind"], p["text"]) for p in data["paragraphs"]],
        comments=data["comments"],
        themes=data.get("themes", []),
        modified=data.get("modified"),
        origin=origin,
    )


def read_raw(content_dir: Path = CONTENT_DIR) -> list[RawArticle]:
    """Every content file under ``content_dir`` (TOML hand-written, JSON generated)."""
    raws = [read_toml(p) for p in sorted(content_dir.glob("*.toml"))]
    raws += [read_json(p) for p in sorted(content_dir.glob("generated/*.json"))]
    for path in sorted(content_dir.glob("generated/*.jsonl")):
        raws += read_jsonl(path)
    return raws


def assign_ids(raws: list[RawArticle]) -> list[SiteArticle]:
    """Give posts and comments WordPress-style ids in order of publication."""
    slugs = [r.slug for r in raws]
    duplicates = {s for s in slugs if slugs.count(s) > 1}
    if duplicates:
        raise ValueError(f"sample site: duplicate slugs {sorted(duplicates)}")
    articles: list[SiteArticle] = []
    next_comment = FIRST_COMMENT_ID
    for number, raw in enumerate(sorted(raws, key=lambda r: (r.published, r.slug))):
        comments: list[SiteComment] = []
        for index, c in enumerate(raw.comments):
            reply_to = c.get("reply_to")
            parent = 0
            if reply_to:
                if not 1 <= reply_to <= index:
                    raise ValueError(f"{raw.origin}: comment {index + 1} replies to {reply_to}, not an earlier one")
                parent = comments[reply_to - 1].id
            comments.append(SiteComment(next_comment, c.get("author"), c["posted"], c["text"], parent))
            next_comment += 1
        articles.append(
            SiteArticle(
                id=FIRST_POST_ID + number,
                slug=raw.slug,
                title=raw.title,
                standfirst=raw.standfirst,
                author=raw.author,
                section=raw.section,
                published=raw.published,
                paragraphs=raw.paragraphs,
                comments=comments,
                themes=raw.themes,
                modified=raw.modified,
            )
        )
    return articles


def load_articles(content_dir: Path = CONTENT_DIR) -> list[SiteArticle]:
    """The sample site's articles, oldest first, with ids assigned."""
    return assign_ids(read_raw(content_dir))
