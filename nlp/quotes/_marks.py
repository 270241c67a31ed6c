"""Stage 1 of the quote finder: quote marks.

Every quote mark of a paragraph is classified from its neighbours (:func:`classify_marks`) and
the marks of an article are paired into quotes (:func:`find_spans`), which may run over several
paragraphs.  See the package's docstring for the rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from nlp.quotes import _re as re

_FAMILY = {"‘": "s", "’": "s", "'": "s", "‛": "s", "“": "d", "”": "d", '"': "d", "„": "d"}
_OPENERS = {"s": "‘'’", "d": '“"„'}
_BULLET = re.compile(r"^\s*(?:[•·▪◦*\-–—]|\d+[.)])\s+")
_DECADE = re.compile(r"\d\ds\b")
# "’n’" between two words, for "and": "rock ’n’ roll", "fish ’n’ chips"
_ELIDED = re.compile(r"[’'‘]n[’']\s")


# words that follow a closing mark but never a plural's possessive mark: "‘rock and roll years’ were over"
_NEVER_AFTER_A_POSSESSIVE = frozenset(
    "were was is are be been have has had will would could should might must can do does did to in at on for with "
    "from by as that which who than because".split()
)


@dataclass
class _Mark:
    pos: int
    fam: str
    kind: str  # open | close | weak


def classify_marks(text: str) -> list[_Mark]:
    """Quote marks of one paragraph, apostrophes left out."""
    marks: list[_Mark] = []
    n = len(text)
    for i, c in enumerate(text):
        fam = _FAMILY.get(c)
        if fam is None:
            continue
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        after = text[i + 2] if i + 2 < n else ""
        space_before = not prev or prev.isspace() or prev in "([{—–-/‘“"
        if fam == "d":
            if c in "“„":
                marks.append(_Mark(i, fam, "open"))
            elif c == "”":
                marks.append(_Mark(i, fam, "close"))
            elif space_before and nxt and not nxt.isspace():
                marks.append(_Mark(i, fam, "open"))
            else:
                marks.append(_Mark(i, fam, "close"))
            continue
        # the single family: quote marks and apostrophes share these characters
        if prev.isalnum() and nxt.isalpha():
            continue  # don’t, GP’s, O’Brien
        if _DECADE.match(text, i + 1) and (c != "‘" or space_before):
            continue  # ’90s
        if _ELIDED.match(text, i) or (i >= 2 and _ELIDED.match(text, i - 2)):
            continue  # rock ’n’ roll: both marks stand for letters
        if c == "‘" or c == "‛":
            marks.append(_Mark(i, fam, "open"))
        elif space_before and nxt and not nxt.isspace():
            marks.append(_Mark(i, fam, "open"))  # a straight or misused ’ opening a quote
        elif prev in "sS" and i >= 2 and text[i - 2].isalpha() and nxt == " " and after.isalnum():
            word = re.match(r"[a-z]+", text[i + 2 :])
            # GPs’ pensions, or a close: ‘attract GPs’ and ...; but a verb or a preposition never follows a
            # possessive: ‘rock and roll years’ were over
            kind = "close" if word and word.group(0) in _NEVER_AFTER_A_POSSESSIVE else "weak"
            marks.append(_Mark(i, fam, kind))
        elif prev and not prev.isspace():
            marks.append(_Mark(i, fam, "close"))
    return marks


def _opens_with(text: str, fam: str) -> bool:
    body = _BULLET.sub("", text, count=1).lstrip()
    if not body or _FAMILY.get(body[0]) != fam:
        return False
    if body[0] in "’'" and _DECADE.match(body, 1):
        return False
    return body[0] in _OPENERS[fam] and len(body) > 1 and not body[1].isspace()


@dataclass
class Span:
    """One quote found by the mark state machine: content segments (paragraph index,
    start, end) with the marks excluded; ``close`` is where the closing mark is (or None
    when the quote ran to the end of its last paragraph)."""

    fam: str
    open_at: tuple[int, int]
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    close: tuple[int, int] | None = None

    @property
    def first(self) -> int:
        return self.open_at[0]

    @property
    def last(self) -> int:
        return self.segments[-1][0]


def find_spans(paragraphs: Sequence[str]) -> list[Span]:
    """Pair the quote marks of an article into quotes (see the module docstring)."""
    spans: list[Span] = []
    cur: Span | None = None
    seg_start = 0
    for pi, text in enumerate(paragraphs):
        marks = classify_marks(text)
        first = 0
        if cur is not None:  # a quote continued from the last paragraph: skip its opening mark
            first = 1
            seg_start = marks[0].pos + 1
        for i in range(first, len(marks)):
            m = marks[i]
            if cur is None:
                if m.kind == "open":
                    cur = Span(m.fam, (pi, m.pos))
                    seg_start = m.pos + 1
                continue
            if m.fam != cur.fam or m.kind == "open":
                continue  # nested quote of the other family, or a stray apostrophe-like mark
            if m.kind == "weak":
                later = [x for x in marks[i + 1 :] if x.fam == cur.fam]
                strong_later = False
                for x in later:
                    if x.kind == "open":
                        break
                    if x.kind in ("close", "weak"):
                        strong_later = True
                        break
                if strong_later:
                    continue
                opened_after = paragraphs[cur.first][: cur.open_at[1]].rstrip()
                if (
                    not later
                    and pi + 1 < len(paragraphs)
                    and _opens_with(paragraphs[pi + 1], cur.fam)
                    and re.search(r"[.!?…]\s*$", text)
                    and not _BULLET.match(text)
                    and (not opened_after or opened_after[-1] in ":,.!?")  # not "she had ‘no regrets’ about it."
                ):
                    continue  # the quote runs on into the next paragraph (which ends a full sentence)
            cur.segments.append((pi, seg_start, m.pos))
            cur.close = (pi, m.pos)
            spans.append(cur)
            cur = None
        if cur is not None:
            cur.segments.append((pi, seg_start, len(text)))
            if pi + 1 < len(paragraphs) and _opens_with(paragraphs[pi + 1], cur.fam):
                continue
            # left open: keep a quote opened by an unambiguous mark, to the paragraph's end
            op, opos = cur.open_at
            if paragraphs[op][opos] in "‘“„" and len(text[seg_start:].split()) >= 2:
                spans.append(cur)
            cur = None
    return spans
