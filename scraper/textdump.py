"""Parse a plain-text dump of a saved article page (what "select all, copy" or a
browser's "save as text" gives) into an :class:`ArticleRecord`.

Two comment layouts of Pulse are understood, as well as pages without comments:

* the older one: ``Readers' comments (N)``, then one bullet block per comment
  ending ``Unsuitable or offensive? Report this comment``.  The block's first
  line is the commenter's name only when it reads like a name (a single handle
  or one to four capitalised words, no sentence punctuation) *and* more text
  follows; one-line comments have no name.  A pagination footer
  (``View results 10 results per page ...``) and ``Have your say`` close it.
* the newer one: ``READERS' COMMENTS [N]``, a note line, then for each comment a
  header line ``Name D Month, YYYY H:MM am/pm`` and its text.  A ``Reply
  moderated`` line is not comment text: it marks the comment it closes (the one
  above it) as moderated.

The article body is every line before the comments heading, less site chrome
(the "intended for health professionals" line, the masthead, cover captions,
``Read the latest issue online``, ``Related images`` blocks) and a duplicated
title line.  Bullet lines become ``Paragraph(kind="bullet")``; short lines with
no sentence punctuation inside the body become ``heading`` paragraphs.

Title: the last headline-like line (short, no full stop) before the first
prose line.  Lines above it in that leading block (an issue's cover line, a
section label) are chrome.  A dump with no such line (the page was copied from
the first paragraph down) gets the first sentence of its first paragraph as the
title; the paragraph itself stays in the body.  Nothing is invented.

Identity: a dump has no URL, so unless the caller passes one the record's URL
is ``file:<file name>#<12 hex>`` where the hex is a hash of the title and the
body paragraphs (not the comments), so a re-saved page whose thread has grown
keeps its identity and only gains comments.
"""

from __future__ import annotations

import datetime as dt
import re

from corpora.records import ArticleRecord, CommentRecord, Paragraph, clean_text, content_hash
from scraper.errors import ParseError

MIN_BODY_WORDS = 20

_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙■□➢►\u2043*]|-(?=\s))\s*")
_OLD_HEADING = re.compile(r"^readers[’'`]?\s+comments\s*\((\d+)\)\s*$", re.I)
_NEW_HEADING = re.compile(r"^readers[’'`]?\s+comments\s*\[(\d+)\]\s*$", re.I)
_ANY_HEADING = re.compile(r"^readers[’'`]?\s+comments\s*(?:[(\[]\s*(\d+)\s*[)\]])?\s*$", re.I)
_REPORT = re.compile(r"^unsuitable or offensive\?\s*report this comment\s*$", re.I)
_MODERATED = re.compile(r"^reply\s+moderated\s*$", re.I)
_MONTHS = ("january february march april may june july august september october november december").split()
_HEADER = re.compile(
    r"^(?P<name>.*?)\s*(?P<day>\d{1,2})\s+(?P<month>" + "|".join(_MONTHS) + r"),?\s+(?P<year>\d{4})"
    r",?\s+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?\s*$",
    re.I,
)
_CHROME = [
    re.compile(p, re.I)
    for p in (
        r"^this site is intended for health ?care professionals( only)?\.?$",
        r"^this site is intended for health professionals( only)?\.?$",
        r"^at the heart of general practice since \d{4}$",
        r"^read the latest issue online$",
        r"^(subscribe|log ?in|sign ?in|register|share|tweet|email|print|save|menu|search|advertisement)$",
        r"\bcover\b.*\b\d{2,4}\s*x\s*\d{2,4}\s*(px)?\b",
        r"^\S.*\b\d{2,4}x\d{2,4}px$",
        r"^have your say$",
        r"^view results\b",
        r"\bresults per page\b",
        r"^please note,? only .* (are|is) permitted to (add|post) comments",
        r"^(you must|please) (log in|sign in|register) to (comment|add a comment)",
        r"^(related|recommended) (articles|stories)$",
    )
]
_FOOTER = [
    re.compile(p, re.I)
    for p in (
        r"^view results\b",
        r"\bresults per page\b",
        r"^(first|previous|next|last|prev)\b.*$",
        r"^(\d+\s*)+(next|›|»|>)?$",
        r"^(«|‹|<)?\s*(\d+\s*)+$",
        r"^sort by\b",
        r"^(oldest|newest) first$",
    )
]
_NOT_NAMES = {
    "agree",
    "agreed",
    "indeed",
    "exactly",
    "absolutely",
    "yes",
    "no",
    "well",
    "sadly",
    "hmm",
    "hmmm",
    "wow",
    "rubbish",
    "nonsense",
    "quite",
    "so",
    "oh",
    "ok",
    "okay",
    "true",
    "correct",
    "brilliant",
    "excellent",
    "great",
    "really",
    "hear hear",
    "spot on",
    "well said",
    "thanks",
    "thank you",
    "sigh",
    "what",
    "why",
    "how",
    "and",
    "but",
    "meanwhile",
    "again",
    "classic",
    "unbelievable",
    "shocking",
    "precisely",
    "interesting",
    "ha",
    "lol",
    "nope",
    "yep",
    "typical",
    "disgraceful",
    "appalling",
    "outrageous",
    "ridiculous",
    "pathetic",
    "amen",
    "ditto",
    "bingo",
    "hilarious",
    "predictable",
    "unsurprising",
    "incredible",
    "madness",
    "shameful",
    "honestly",
    "frankly",
    "seriously",
    "obviously",
    "clearly",
    "totally",
    "surely",
    "finally",
    "unfortunately",
    "hopefully",
    "apparently",
    "sorry",
    "cheers",
    "same",
    "same here",
    "me too",
    "good luck",
    "dream on",
    "here we go",
}
# words that make a short line read as a sentence, not a name ("Totally Agree", "We Are Leaving")
_SENTENCE_WORDS = {
    "agree",
    "agreed",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "not",
    "never",
    "i",
    "we",
    "you",
    "they",
    "it",
    "this",
    "that",
    "these",
    "those",
    "yes",
    "no",
    "thanks",
    "thank",
    "sorry",
    "totally",
    "absolutely",
    "exactly",
    "completely",
    "so",
    "very",
    "too",
    "what",
    "why",
    "how",
    "when",
    "where",
    "if",
    "but",
    "and",
    "or",
    "will",
    "would",
    "can",
    "cannot",
    "can't",
    "don't",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "my",
    "our",
    "your",
}
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s|$)")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|Dr\.?|[A-Z]{1,4}\.?|of|van|de|von|da|le|la|al|el|O'[A-Z]\w*)$")


def parse_text_dump(text: str, *, name: str, url: str | None = None, source: str | None = None) -> ArticleRecord:
    """Parse one text dump; raise :class:`ParseError` when it is not an article.

    ``name`` is the file name (used for the identity when ``url`` is not given);
    ``source`` overrides the guessed source name.
    """
    if text is None or not text.strip():
        raise ParseError("empty file")
    if "\x00" in text or _control_ratio(text) > 0.02:
        raise ParseError("binary data, not a text dump")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    body_lines, comment_lines, declared, layout = _split_comments(lines)
    title, paragraphs, byline, published = _parse_body(body_lines)
    words = sum(len(p.text.split()) for p in paragraphs)
    if words < MIN_BODY_WORDS or not any(len(p.text.split()) >= 6 for p in paragraphs):
        raise ParseError("not an article (too little prose)")
    if _letter_ratio(" ".join(p.text for p in paragraphs)) < 0.5:
        raise ParseError("not an article (mostly numbers or symbols)")

    if layout == "new":
        comments = _parse_new_comments(comment_lines)
    elif layout == "old":
        comments = _parse_old_comments(comment_lines)
    else:
        comments = []

    if url is None:
        digest = content_hash(title, *[p.text for p in paragraphs])[:12]
        url = f"file:{name}#{digest}"
    return ArticleRecord(
        url=url,
        source=source or guess_source(text),
        title=title,
        paragraphs=paragraphs,
        comments=comments,
        byline=byline,
        published=published,
        comments_declared=declared,
        origin="file",
    )


def guess_source(text: str) -> str:
    """``"pulse"`` when the dump carries Pulse's furniture, else ``"saved"``."""
    signals = (
        r"at the heart of general practice since 1960",
        r"unsuitable or offensive\? report this comment",
        r"readers[’']? comments \[\d+\]",
        r"\bpulsetoday\b",
        r"^\s*readers[’']? comments \(\d+\)",
    )
    head = text[:200_000]
    return "pulse" if any(re.search(s, head, re.I | re.M) for s in signals) else "saved"


# --------------------------------------------------------------------------- helpers


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or ch == "\ufffd")
    return bad / max(1, len(sample))


def _letter_ratio(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in chars) / max(1, len(chars))


def _is_chrome(line: str) -> bool:
    return any(p.search(line) for p in _CHROME)


def _split_comments(lines: list[str]) -> tuple[list[str], list[str], int | None, str | None]:
    """Body lines, comment-section lines, the declared count and the layout."""
    for i, raw in enumerate(lines):
        line = clean_text(raw)
        if not line or len(line) > 40:
            continue
        if m := _NEW_HEADING.match(line):
            return lines[:i], lines[i + 1 :], int(m.group(1)), "new"
        if m := _OLD_HEADING.match(line):
            return lines[:i], lines[i + 1 :], int(m.group(1)), "old"
        if m := _ANY_HEADING.match(line):
            rest = lines[i + 1 :]
            layout = "new" if any(_HEADER.match(clean_text(r)) for r in rest[:20]) else "old"
            return lines[:i], rest, int(m.group(1)) if m.group(1) else None, layout
    return lines, [], None, None


def _is_prose(line: str) -> bool:
    """A line that reads as running text rather than a headline."""
    words = len(line.split())
    if words > 25:
        return True
    return bool(re.search(r"[.:;,][\"”’')\]]*$", line)) and words >= 4


def _first_sentence(text: str, limit: int = 200) -> str:
    m = _SENTENCE_END.search(text)
    sentence = text[: m.end()] if m else text
    if len(sentence) > limit:
        cut = sentence[:limit].rsplit(" ", 1)[0]
        sentence = cut + "…"
    return sentence.strip()


_BYLINE = re.compile(r"^[Bb]y\s+([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4})(?:\s*[,|–-].*)?$")
_DATE_LINE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+("
    + "|".join(_MONTHS)
    + r"|"
    + "|".join(m[:3] for m in _MONTHS)
    + r")\.?,?\s+(\d{4})$",
    re.I,
)


def _lead_date(line: str) -> str | None:
    """A dateline such as ``4 March 2022`` as an ISO date, else None."""
    m = _DATE_LINE.match(line)
    if not m:
        return None
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(m.group(2).lower()[:3]))
    try:
        return dt.date(int(m.group(3)), month, int(m.group(1))).isoformat()
    except ValueError:
        return None


def _parse_body(lines: list[str]) -> tuple[str | None, list[Paragraph], str | None, str | None]:
    """Drop chrome, find the title (and a byline or dateline near it), and turn the
    remaining lines into paragraphs."""
    items: list[tuple[str, bool]] = []  # (clean text, is bullet)
    in_related = False
    for raw in lines:
        bullet = bool(_BULLET.match(raw)) and bool(clean_text(_BULLET.sub("", raw, count=1)))
        line = clean_text(_BULLET.sub("", raw, count=1) if bullet else raw)
        if not line:
            continue
        if re.fullmatch(r"related (images|media|photos)", line, re.I):
            in_related = True
            continue
        if in_related:
            if bullet or len(line.split()) <= 12 and not _is_prose(line):
                continue  # image captions listed under "Related images"
            in_related = False
        if _is_chrome(line):
            continue
        items.append((line, bullet))

    # the leading block: headline-like lines before the first prose or bullet line
    lead_end = 0
    while lead_end < len(items) and not items[lead_end][1] and not _is_prose(items[lead_end][0]):
        lead_end += 1
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    lead = [line for line, _ in items[:lead_end]]
    items = items[lead_end:]
    while lead:  # a byline or dateline under the headline is not the title
        if (m := _BYLINE.match(lead[-1])) and byline is None:
            byline = m.group(1)
        elif (date := _lead_date(lead[-1])) and published is None:
            published = date
        else:
            break
        lead.pop()
    if lead:
        title = lead[-1]
    paragraphs: list[Paragraph] = []
    for line, bullet in items:
        if title and line.casefold() == title.casefold():
            continue  # duplicated title line
        if bullet:
            paragraphs.append(Paragraph(line, "bullet"))
        elif not _is_prose(line) and len(line.split()) <= 8 and not _SENTENCE_END.search(line):
            paragraphs.append(Paragraph(line, "heading"))
        else:
            paragraphs.append(Paragraph(line, "text"))
    if title is None:
        first = next((p.text for p in paragraphs if p.kind == "text"), None)
        title = _first_sentence(first) if first else None
    return title, paragraphs, byline, published


def looks_like_name(line: str) -> bool:
    """Whether a short first line of an old-layout comment reads like a commenter's name:
    a single handle (``AlanAlmond``, ``gp_partner99``) or one to four capitalised words
    (``Dr Jane Okafor``, ``Salaried GP``), with no sentence punctuation."""
    line = line.strip()
    if not line or len(line) > 40 or line.casefold() in _NOT_NAMES:
        return False
    if re.search(r"[.!?,;:…\"“”()]$", line) or re.search(r"[!?;:…\"“”]", line):
        return False
    words = line.split()
    if len(words) == 1:
        word = words[0]
        return bool(re.fullmatch(r"[\w][\w.'’\-]{1,29}", word)) and not word.isdigit()
    if len(words) > 4 or any(w.casefold() in _SENTENCE_WORDS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words) and words[0][0].isupper()


def _clean_block(lines: list[str]) -> list[str]:
    return [clean_text(line) for line in lines if clean_text(line)]


def _parse_old_comments(lines: list[str]) -> list[CommentRecord]:
    """Bullet blocks ending with the report line (or, in a copy without report lines,
    starting at each bullet that is not indented like continuation text)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    has_report = any(_REPORT.match(clean_text(raw)) for raw in lines)
    for raw in lines:
        line = clean_text(raw)
        if re.fullmatch(r"have your say", line, re.I):
            break
        if _REPORT.match(line):
            blocks.append(current)
            current = []
            continue
        if not has_report and current and _BULLET.match(raw) and len(raw) - len(raw.lstrip()) <= 2:
            blocks.append(current)
            current = []
        if not current and not line:
            continue
        if not current and any(p.search(line) for p in _FOOTER):
            continue
        current.append(raw)
    if current:  # a last comment whose report line was cut off
        tail = [line for line in current if not any(p.search(clean_text(line)) for p in _FOOTER)]
        if any(clean_text(line) for line in tail):
            blocks.append(tail)

    comments = []
    for block in blocks:
        if block:
            block = [_BULLET.sub("", block[0], count=1)] + block[1:]
        text_lines = _clean_block(block)
        if not text_lines:
            continue
        author = None
        if len(text_lines) > 1 and looks_like_name(text_lines[0]):
            author, text_lines = text_lines[0], text_lines[1:]
        comments.append(CommentRecord(text="\n".join(text_lines), author=author))
    return comments


def _posted(m: re.Match) -> str | None:
    hour, minute = int(m["hour"]), int(m["minute"])
    ampm = (m["ampm"] or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        stamp = dt.datetime(int(m["year"]), _MONTHS.index(m["month"].lower()) + 1, int(m["day"]), hour, minute)
    except ValueError:
        return None
    return stamp.isoformat()


def _parse_new_comments(lines: list[str]) -> list[CommentRecord]:
    """Header lines ``Name D Month, YYYY H:MM am/pm`` followed by the comment's text."""
    comments: list[CommentRecord] = []
    author: str | None = None
    posted: str | None = None
    body: list[str] = []
    moderated = False
    started = False

    def flush() -> None:
        if started and (body or moderated):
            comments.append(CommentRecord(text="\n".join(body), author=author, posted=posted, moderated=moderated))

    for raw in lines:
        line = clean_text(raw)
        if not line:
            continue
        m = _HEADER.match(line) if len(line) < 160 else None
        if m:
            flush()
            started = True
            author = clean_text(m["name"]).rstrip(",") or None
            posted = _posted(m)
            body, moderated = [], False
            continue
        if not started:
            continue  # the note line(s) under the heading
        if _MODERATED.match(line):
            moderated = True
            continue
        if re.fullmatch(r"(reply|report|report comment|like|\d+ likes?)", line, re.I):
            continue
        body.append(line)
    flush()
    return comments
