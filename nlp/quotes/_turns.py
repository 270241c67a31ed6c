"""Transcript turns: a speaker's label, a colon, then their words without quote marks (``Dr Shah: We lost two
partners last year.``, ``Q: Would you go back?`` / ``A: Not under this contract.``, ``DR KERR: ...``, Hansard's
``Dr Jane X (Westerby) (Lab): ...``, a committee's ``Q45 Chair: ...``).

A label and a colon open many lines that are nobody's words (``Pictured: Dr Shah``, ``Update: ...``,
``Dr Shah: a life in general practice`` as a crosshead, ``Dr Shah: GP partner, Leeds`` as a credit), so a
paragraph is a turn only in a transcript: an article with at least two paragraphs that open with a speaker's
label, each followed by a sentence (a finite verb, or a question) or by a quote, one of them at least as people
talk (``I``, ``we``, ``you``, a question: a who's-who box, a list of officers, a checklist or a timeline speaks
of ``she`` and ``the board``); there, words that end as a sentence does are a turn too (``A: Not under this
contract.``). Words that open in lower case (``chair of X since 2021, she led ...``) or list a post's holder
(``Chair: Dr Amira X, who has led ...``) are no turn. Which speaker a label names is decided where the article
is read (:mod:`nlp.quotes._attribution`); this module finds the turns, and the paragraphs without a label that
carry a turn on to the next labelled one (a turn over several paragraphs), unless they are the reporter's
(naming someone, or ``she``/``he``/``they`` opening them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from nlp.quotes import _re as re
from nlp.quotes._lexicon import (
    _A_LISTING,
    _ABOUT_LABEL,
    _HEADLINE_LABELS,
    _LABEL_POST_THEN_NAME,
    _MINUTED,
    _NOT_TURN_LABELS,
    _OFFICE_THEN_HOLDER,
    _QUOTE_MARKS,
    _ROLE_CAPS,
    _ROLE_HEADS,
    _SAID_IN_LABEL,
    _SPEECH_OPENS,
    _STAGE_LINE,
    _STAGE_NOTE,
    _TALK,
    _TITLED_LABEL,
    _TITLED_NAME,
    _TURN_ANSWERS,
    _TURN_ASKING_POSTS,
    _TURN_ASKS,
    _TURN_LABEL,
    _TURN_POSTS,
    _WHAT_THEY_ARE,
)
from nlp.quotes._marks import Span

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
        return bool(re.fullmatch(r"[A-Z]{2,4}", self.label)) and self.label not in _ROLE_CAPS  # not "GP:", "MP:"


def _label_names_a_speaker(label: str, text: str, start: int, persons: Sequence[tuple[int, int]], named: set[str]):
    """Whether ``label`` (at ``start`` in ``text``) can name who speaks: an interviewer's or interviewee's
    letter, initials, a title (``Dr Shah``), a person the tagger found in it, a post on its own (``Chair``,
    ``HOST``), a name in capitals (``DR KERR``), or a name the article gave a person before (``Amira``)."""
    low = label.lower()
    if low in _NOT_TURN_LABELS or low in _HEADLINE_LABELS or _ABOUT_LABEL.match(label):
        return False
    if label in _ROLE_CAPS:  # "GP:" in a role-play, "MP:": a post's letters, no one's initials
        return False
    if low in _TURN_ASKS or low in _TURN_ANSWERS or re.fullmatch(r"[A-Z]{2,4}", label):
        return True
    if len(label.split()) > 14 or re.search(r"[!?;]|\.\s+[a-z]", label):
        return False
    if _TITLED_LABEL.match(label):
        return True
    end = start + len(label)
    if any(a < end and b > start for a, b in persons):
        return True
    words = re.findall(r"[A-Za-z’'-]+", label)
    if words and words[-1].lower() in _TURN_POSTS and len(words) <= 4:  # "Chair", "The Minister", "HOST"
        return True
    posted = _LABEL_POST_THEN_NAME.fullmatch(label)
    if posted and posted.group(1).lower() in _TURN_POSTS | _ROLE_HEADS:
        return True  # "Host Callum X", "Nurse Annie X": a name the tagger missed
    office = _OFFICE_THEN_HOLDER.fullmatch(label)
    if office and any(w.lower() in _TURN_POSTS | _ROLE_HEADS for w in re.findall(r"[A-Za-z]+", office.group(1))):
        return True  # "The Minister for Primary Care (Joanna X)", "Chief executive (Maria X)": a name it missed
    if re.fullmatch(r"[A-Z][A-Z’'.-]+", label):  # "SHAH", a surname the article gave before, not a round-up's
        return label.title() in named  # "PARKING" or "AWARD"
    if re.fullmatch(r"[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}", label):  # "DR KERR", "PROFESSOR ASH"
        return True
    return bool(words) and len(words) <= 2 and all(w in named for w in words)  # "Amira", "Shah"


def transcript_turns(
    paragraphs: Sequence[str], docs: Sequence, heads: set[int], spans: Sequence[Span]
) -> dict[int, Turn]:
    """The article's turns by paragraph (see the module docstring): none unless two or more paragraphs open
    with a speaker's label and a sentence, one of them at least as people talk (``I``, ``we``, ``you``, or a
    question: a who's-who box, a list of officers or a timeline says ``she`` and ``the board``). ``heads`` are the
    headline's and crossheads' paragraphs, ``spans`` the quotes in marks (a paragraph that opens inside a quote
    carried over is no turn)."""
    labelled = [
        pi
        for pi, text in enumerate(paragraphs)
        if pi not in heads and (m := _TURN_LABEL.match(text)) and not _SAID_IN_LABEL.search(m.group("label"))
    ]
    if len(labelled) < 2:
        return {}  # no transcript: fewer than two paragraphs open with a label, not "Dr X said:" (most articles)
    inside: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for s in spans:
        for pi, a, b in s.segments:
            inside[pi].append((a, b))
    named: set[str] = set()  # the words of the names the article gives people, as it goes
    turns: dict[int, Turn] = {}
    sentences = 0  # turns whose words are a sentence (or a quote): a transcript has two or more
    talk = 0  # turns whose words are as people talk
    for pi, text in enumerate(paragraphs):
        persons = [(e.start_char, e.end_char) for e in docs[pi].ents if e.label_ == "PERSON"]
        m = _TURN_LABEL.match(text)
        if (
            m
            and pi not in heads
            and not any(a <= m.start("label") for a, b in inside[pi])
            and _label_names_a_speaker(m.group("label"), text, m.start("label"), persons, named)
            and _SPEECH_OPENS.match(m.group("words"))  # not "chair of X since 2021, she led ..."
            and not _MINUTED.match(m.group("words"))  # not "LM: Noted that the ICB had again failed to respond"
            and not any(  # not "The committee’s chair, Dr X, said: ‘...’", a sentence whose verb comes before the colon
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.text.islower()
                for t in docs[pi]
                if m.start("label") <= t.idx < m.end("label")
            )
            and not _listing(m.group("words"), text[m.start("words") :], persons, m.start("words"))
        ):
            words_start = m.start("words")
            quoted = text[words_start] in _QUOTE_MARKS and any(
                a == words_start + 1 and not re.sub(r"[\s.,;:!?’”\"')\]]", "", text[b:]) for a, b in inside[pi]
            )
            said = [t for t in docs[pi] if t.idx >= words_start]
            sentence = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in said) or text.rstrip().endswith("?")
            if quoted or sentence:
                sentences += 1
            if quoted or _TALK.search(m.group("words")) or text.rstrip().endswith("?"):
                talk += 1
            if quoted or sentence or re.search(r"[.!?…][’”\"']?\s*$", text):  # and "A: Not under this contract."
                turns[pi] = Turn(pi, m.group("label").strip(), m.start("label"), words_start, quoted)
                label_words = re.findall(r"[A-Z][a-z][\w’'-]*", m.group("label"))
                if len(label_words) >= 2:  # "Host Callum X:", then "Callum:"
                    named.update(w for w in label_words if w.lower() not in _TURN_POSTS)
        for a, b in persons:
            named.update(re.findall(r"[A-Z][\w’'-]+", text[a:b]))
        for titled in _TITLED_NAME.finditer(text):  # "Dr Marcus Bell", which the tagger may take for a body
            named.update(titled.group(1).split())
    if sentences < 2 or talk < 1:
        return {}
    order = sorted(turns)
    for one, two in zip(order, order[1:]):  # the unlabelled paragraphs between two turns carry the first on
        between = range(one + 1, two)
        if not between or len(between) > _MAX_GAP or turns[one].quoted:
            continue
        if any(
            k in heads
            or paragraphs[k].lstrip()[:1] in _QUOTE_MARKS
            or _TURN_LABEL.match(paragraphs[k])
            or _narrates(paragraphs[k], docs[k])
            for k in between
        ):
            continue
        carried = tuple(
            k for k in between if not _STAGE_NOTE.fullmatch(paragraphs[k]) and not _STAGE_LINE.fullmatch(paragraphs[k])
        )
        turns[one] = replace(turns[one], continued=carried)
    return turns


def _listing(words: str, rest: str, persons: Sequence[tuple[int, int]], start: int) -> bool:
    """Words after a label that list who holds it (``Chair: Dr Amira X, who has led the committee since 2021.``):
    a name, a comma and what they are, with no one talked to or asked (``Chair: Kieran, the minister has promised
    to ... Has it been reset?`` asks him)."""
    if _TALK.search(words) or words.rstrip().endswith("?"):
        return False
    if _A_LISTING.match(words):
        return True
    return any(a == start and re.match(_WHAT_THEY_ARE, rest[b - a :]) for a, b in persons)


def _narrates(text: str, doc) -> bool:
    """A paragraph between two turns that is the reporter's, not the speaker's: it names someone (``The trust's
    medical director, Mr Adrian X, had been in post ...``), speaks of someone as ``she`` or ``he``, or is not as
    people talk (``The exchange became tense when the committee turned to premises.``): a speaker carries on as
    ``I`` or ``we``, or asks."""
    if _STAGE_NOTE.fullmatch(text) or _STAGE_LINE.fullmatch(text):
        return False
    return bool(
        re.match(r"\s*(?:She|He|They)\s", text)
        or any(e.label_ == "PERSON" for e in doc.ents)
        or _TITLED_NAME.search(text)
        or not (_TALK.search(text) or "?" in text)
    )
