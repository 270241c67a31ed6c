"""Transcript turns: a speaker's label, a colon, then their words without quote marks (``Dr Shah: We lost two
partners last year.``, ``Q: Would you go back?`` / ``A: Not under this contract.``, ``DR KERR: ...``, Hansard's
``Dr Jane X (Westerby) (Lab): ...``, a committee's ``Q45 Chair: ...``).

A label and a colon open many lines that are nobody's words (``Pictured: Dr Shah``, ``Update: ...``,
``Dr Shah: a life in general practice`` as a crosshead, ``Dr Shah: GP partner, Leeds`` as a credit), so a
paragraph is a turn only in a transcript: an article with at least two paragraphs that open with a speaker's
label, each followed by a sentence (a finite verb, or a question) or by a quote; there, words that end as a
sentence does are a turn too (``A: Not under this contract.``). Which speaker a label names is
decided where the article is read (:mod:`nlp.quotes._attribution`); this module finds the turns, and the
paragraphs without a label that carry a turn on to the next labelled one (a turn over several paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from nlp.quotes._lexicon import (
    _HEADLINE_LABELS,
    _NOT_TURN_LABELS,
    _TITLES,
    _TURN_ANSWERS,
    _TURN_ASKING_POSTS,
    _TURN_ASKS,
    _TURN_POSTS,
)
from nlp.quotes._marks import Span

# a label, its colon and the words after it: "Dr Amira Shah:", "Q12 Chair:", "Dr Jane X (Westerby North) (Lab):",
# "Dr Olu Fashanu, GP partner, Tamebridge:"
_LABEL = re.compile(r"\s*(?P<number>Q\s?\d+\s+)?(?P<label>[A-Z][^:‘’“”\"\n]{0,100}?)\s*:[ \t]+(?P<words>\S.*)", re.S)
_QUOTE_MARKS = "‘“\"'"
# a stage note between turns, which is no one's words: "[Laughter]", "(Inaudible)"
_STAGE_NOTE = re.compile(r"\s*[\[(][^\])]{1,60}[\])]\s*\.?\s*")
_TITLED_NAME = re.compile(r"\b(?:" + _TITLES + r")\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
# a Hansard stage direction between turns, as no one's words: "Several hon. Members rose—", "Interruption."
_STAGE_LINE = re.compile(r"\s*(?:\S+\s+){0,7}\S+[—–]\s*|\s*[A-Z][a-z]+\.\s*")
_MAX_GAP = 3  # unlabelled paragraphs a turn may run on over, before the next labelled one


@dataclass(frozen=True)
class Turn:
    """A paragraph that opens with a speaker's label: the label (``Dr Shah``, ``Chair`` without its question
    number), where it and the words start, whether the words are one quote in marks (read as a quote is), and
    the unlabelled paragraphs that carry the turn on."""

    paragraph: int
    label: str
    label_start: int
    words_start: int
    quoted: bool
    continued: tuple[int, ...] = ()

    @property
    def speaks(self) -> bool:
        """Whether the turn's words are a quote to find here: not the interviewer's, not already in quote marks."""
        return not self.quoted and not self.asks

    def words(self, paragraphs: Sequence[str]) -> Span:
        """The turn's words, over the paragraphs that carry it on, as a quote's span."""
        first = [(self.paragraph, self.words_start, len(paragraphs[self.paragraph]))]
        return Span(
            "turn", (self.paragraph, self.words_start), first + [(k, 0, len(paragraphs[k])) for k in self.continued]
        )

    @property
    def asks(self) -> bool:
        """The interviewer's side: ``Q:``, ``Question:``, ``Interviewer:``."""
        return self.label.lower() in _TURN_ASKS

    @property
    def interviewer(self) -> bool:
        """The interviewer's side, by the label: ``Q:`` or a post that asks (``Host:``, ``PRESENTER:``)."""
        return self.asks or self.label.split()[-1].lower() in _TURN_ASKING_POSTS

    @property
    def answers(self) -> bool:
        """``A:`` or ``Answer:``: the interviewee."""
        return self.label.lower() in _TURN_ANSWERS

    @property
    def initials(self) -> bool:
        """``AP:``, for a name given with its initials (``Amanda Pike (AP)``) or introduced above."""
        return bool(re.fullmatch(r"[A-Z]{2,4}", self.label))


def _label_names_a_speaker(label: str, text: str, start: int, persons: Sequence[tuple[int, int]], named: set[str]):
    """Whether ``label`` (at ``start`` in ``text``) can name who speaks: an interviewer's or interviewee's
    letter, initials, a title (``Dr Shah``), a person the tagger found in it, a post on its own (``Chair``,
    ``HOST``), a name in capitals (``DR KERR``), or a name the article gave a person before (``Amira``)."""
    low = label.lower()
    if low in _NOT_TURN_LABELS or low in _HEADLINE_LABELS:
        return False
    if low in _TURN_ASKS or low in _TURN_ANSWERS or re.fullmatch(r"[A-Z]{2,4}", label):
        return True
    if len(label.split()) > 14 or re.search(r"[!?;]|\.\s+[a-z]", label):
        return False
    if re.match(r"(?:The\s+)?(?:" + _TITLES + r")\.?\s+[A-Z]", label):
        return True
    end = start + len(label)
    if any(a < end and b > start for a, b in persons):
        return True
    words = re.findall(r"[A-Za-z’'-]+", label)
    if words and words[-1].lower() in _TURN_POSTS and len(words) <= 4:  # "Chair", "The Minister", "HOST"
        return True
    if re.fullmatch(r"[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}", label):  # "DR KERR", "PROFESSOR ASH"
        return True
    return bool(words) and len(words) <= 2 and all(w in named for w in words)  # "Amira", "Shah"


def transcript_turns(
    paragraphs: Sequence[str], docs: Sequence, heads: set[int], spans: Sequence[Span]
) -> dict[int, Turn]:
    """The article's turns by paragraph (see the module docstring): none unless two or more paragraphs open
    with a speaker's label. ``heads`` are the headline's and crossheads' paragraphs, ``spans`` the quotes in
    marks (a paragraph that opens inside a quote carried over is no turn)."""
    inside: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for s in spans:
        for pi, a, b in s.segments:
            inside[pi].append((a, b))
    named: set[str] = set()  # the words of the names the article gives people, as it goes
    turns: dict[int, Turn] = {}
    sentences = 0  # turns whose words are a sentence (or a quote): a transcript has two or more
    for pi, text in enumerate(paragraphs):
        persons = [(e.start_char, e.end_char) for e in docs[pi].ents if e.label_ == "PERSON"]
        m = _LABEL.match(text)
        if (
            m
            and pi not in heads
            and not any(a <= m.start("label") for a, b in inside[pi])
            and _label_names_a_speaker(m.group("label"), text, m.start("label"), persons, named)
        ):
            words_start = m.start("words")
            quoted = text[words_start] in _QUOTE_MARKS and any(
                a == words_start + 1 and not re.sub(r"[\s.,;:!?’”\"')\]]", "", text[b:]) for a, b in inside[pi]
            )
            said = [t for t in docs[pi] if t.idx >= words_start]
            sentence = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in said) or text.rstrip().endswith("?")
            if quoted or sentence:
                sentences += 1
            if quoted or sentence or re.search(r"[.!?…][’”\"']?\s*$", text):  # and "A: Not under this contract."
                turns[pi] = Turn(pi, m.group("label").strip(), m.start("label"), words_start, quoted)
        for a, b in persons:
            named.update(re.findall(r"[A-Z][\w’'-]+", text[a:b]))
        for titled in _TITLED_NAME.finditer(text):  # "Dr Marcus Bell", which the tagger may take for a body
            named.update(titled.group(1).split())
    if sentences < 2:
        return {}
    order = sorted(turns)
    for one, two in zip(order, order[1:]):  # the unlabelled paragraphs between two turns carry the first on
        between = range(one + 1, two)
        if not between or len(between) > _MAX_GAP or turns[one].quoted:
            continue
        if any(
            k in heads or paragraphs[k].lstrip()[:1] in _QUOTE_MARKS or _LABEL.match(paragraphs[k]) for k in between
        ):
            continue
        carried = tuple(
            k for k in between if not _STAGE_NOTE.fullmatch(paragraphs[k]) and not _STAGE_LINE.fullmatch(paragraphs[k])
        )
        turns[one] = replace(turns[one], continued=carried)
    return turns
