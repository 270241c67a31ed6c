"""Who said what: direct quotes and their speakers in an article's paragraphs.

Two stages.

1. **Quote marks** (:func:`find_spans`): every ``‘ ’ ' “ ” "`` is classified from its
   neighbours as an opening mark, a closing mark, a *weak* closing mark (``GPs’ pensions``:
   a plural possessive or a real close) or an apostrophe (``don’t``, ``GP’s``, ``’90s``).
   A small state machine pairs them per article: the other family nests inside a quote,
   a weak close only closes when no strong close of the same family follows in the
   paragraph, and a quote left open at the end of a paragraph continues when the next
   paragraph opens with the same family (the press convention for a quote that runs over
   several paragraphs: each new one opens, only the last closes).

2. **Attribution** (:func:`extract_quotes`): the text around each quote, read with the
   quote contents masked out, gives the cue verb and the speaker phrase:
   ``X said: ‘...’`` (full), ``‘...,’ X said`` / ``said X`` (full), ``X said it was
   ‘...’`` (a fragment inside reported speech), an intro paragraph ending in a colon
   (``It said the proposals included:``) followed by quoted bullets, and unattributed
   quotes that follow on from the last speaker.  The parser's tags confirm cue verbs and
   its subjects mark who is in focus; the entities (spaCy's PERSON and ORG plus our
   domain labels) give names and organisations.  A speaker phrase is split into name,
   role and organisation (``RCGP chair Professor Helen Stokes-Lampard``); pronouns and
   short forms (``he``, ``it``, ``Dr Vautrey``, ``the plan``) resolve to the last full
   mention of that speaker earlier in the article, and a named person keeps the role and
   organisation any earlier mention gave them.  Role-only mentions (``the minister``,
   ``the review chair``, ``the BMA chair``) resolve to the last named person whose role
   has that head noun and whose role or organisation holds the other words.  Layouts
   without a cue verb: a speaker line above a quote (``Dr X, GP partner, Leeds`` or
   ``Dr X:``, as in Q&A and vox pops), ``‘...’ – Dr X``, ``‘...’ Dr X, chair of Y, was
   speaking at ...`` (in the same paragraph or the next), and a quote paragraph right
   after ``Dr X said the ...`` (or a quote opening a sentence after it in the same
   paragraph).  Nouns that attribute as a cue does (``That was the verdict of X``, ``The
   message from X was clear:``, ``X’s message was simple:``) and the agent of a passive cue
   (``were told to ‘...’ by X``) are read too.  Parties of one kind before the cue (``Dr A
   and Dr B, partners at X, said``; ``GP partners Dr A and Dr B``; ``Health secretary X and
   NHS England chief executive Y``; ``the RCGP, the BMA and the Patients Association``) are
   one joint speaker named ``A and B``, with a role or organisation only where they share
   it; a role the sentence gives its subject (``Dr X is a GP partner in Hull.``, ``The
   patient group chair, Maureen X, 71, said ...``) is the person's role for a later ``she``.
   ``he`` and ``she`` pass over a person the article has already called the other, or whose
   title says so (``Mr``, ``Dame``); ``the former``, ``the latter`` and ``the pair`` are the
   last two people named; a post in a body named only by its kind (``The trust's director``,
   ``Committee chair X``, ``Its GP committee chair``, ``A spokesperson for the ICB``, a
   spokesperson just after ``NHS England published ...``) belongs to the body of that kind
   the article named before; ``X's office`` speaks for X, not as X; and ``... said it was
   ‘...’ and added: ‘...’`` keeps its speaker.  A body named by its kind or by what it does
   (``the company``, ``the practice``, ``the college``, ``the regulator``, ``the think
   tank``) is the body of that kind named before (an acronym's long form counts: the RCGP is
   a college); a document in whose words a body spoke (``In a letter to members, X said``, ``X
   published its report``) is named after it, so ``the letter added`` finds it; a post that
   was only a sentence's subject (``The health minister visited ...``, ``Her manager ...``)
   and a relative (``His wife, also a GP, agrees``) are the ``she`` or ``he`` who follows.
   Cues without a cue verb: how they put it before a colon (``Dr X was blunt:``), a
   gesture before a quote (``Dr X nods. ‘...’``), whose reply it was (``‘...,’ was Dr X’s
   reply``), whose view a sentence gives (``For Professor X, the figures are ‘...’``).

   Organisations are checked (:func:`clean_org`) before they are stored, because the
   search page's organisation filter lists them: a relative clause is cut (``Tamebridge
   LMC, which led the survey``), several-word names from the entities and the entity
   patterns are never split at their ``and`` (``Department of Health and Social Care``),
   nor are bodies named after two places (``Kent and Medway ICB``); of two posts joined by
   ``and`` the first that names its organisation is kept with it (``GP partner at the Elms
   Surgery and chair of ...``: the Elms Surgery; ``a GP in Leeds and chair of Westmoor
   LMC``: Westmoor LMC); what has no name of its own (``When``, ``One``, ``Dr Ana``,
   ``Trust``, ``Report``, ``Gloucester GP``, a place such as ``in Yorkshire`` or ``from
   Llanberis``, a member's seat such as ``MP for Westerby``, a role's own word such as
   ``Campaigners``) is no organisation; a generic word stays with the role (``trust chief
   executive``), as does an unnamed kind of NHS body (``ICB chief medical officer``), which
   takes the body of that kind the article named before, if any.

Quotes come back as :class:`corpora.records.Quote` with ``paragraph_index`` the
paragraph's index in the list given (the store finds the paragraph's row id from it) and
``start``/``end`` the quote text's offsets in that (first) paragraph, marks excluded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from corpora.records import Quote

# --------------------------------------------------------------------------- quote marks

_FAMILY = {"‘": "s", "’": "s", "'": "s", "‛": "s", "“": "d", "”": "d", '"': "d", "„": "d"}
_OPENERS = {"s": "‘'’", "d": '“"„'}
_BULLET = re.compile(r"^\s*(?:[•·▪◦*\-–—]|\d+[.)])\s+")
_DECADE = re.compile(r"\d\ds\b")


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
        if c == "‘" or c == "‛":
            marks.append(_Mark(i, fam, "open"))
        elif space_before and nxt and not nxt.isspace():
            marks.append(_Mark(i, fam, "open"))  # a straight or misused ’ opening a quote
        elif prev in "sS" and i >= 2 and text[i - 2].isalpha() and nxt == " " and after.isalnum():
            marks.append(_Mark(i, fam, "weak"))  # GPs’ pensions, or a close: ‘attract GPs’ and ...
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


# --------------------------------------------------------------------------- lexicons

_CUE_VERBS = (
    "said says say added adds told tells warned warns claimed claims stressed stresses argued argues "
    "explained explains insisted insists admitted admits commented comments noted notes wrote writes "
    "stated states continued continues concluded concludes urged urges suggested suggests believes believe "
    "asked asks responded responds replied replies acknowledged acknowledges recommended recommends "
    "pledged pledges promised promises agreed agrees announced announces emphasised emphasises emphasized "
    "highlighted highlights cautioned cautions revealed reveals predicted predicts maintained maintains "
    "accepted accepts conceded concedes complained complains vowed vows confirmed confirms reiterated "
    "reiterates described describes included includes welcomed welcomes criticised criticises advised "
    "advises proposed proposes called calls found finds concluded hopes hoped expects expected "
    "thinks thought feels felt reads read saying speaking talking writing tweeted tweets posted disagreed "
    "disagrees countered counters retorted laughed laughs joked jokes quipped quips sighed sighs recalled recalls "
    "remarked remarks observed observes reflected reflects pressed write argue warn claim note insist admit stress "
    "explain conclude concede praised praises hailed hails remembers remembered declared declares lamented laments "
    "protested mused muses wondered wonders asserted asserts boasted boasts recounted recounts answered objected "
    "shouted shouts heckled yelled"
).split() + ["put it", "summed it up", "summed up", "pointed out", "points out", "went on", "goes on"]
# "Dr X put it bluntly:", "As Dr X put it:", "Dr X pointed out:"
# a member of a legislature, whose seat follows "for": "Conservative MP for Westerby", "the hon. Member for Leeds"
_SEAT = r"\b(?:MP|MSP|MS|MLA|[Mm]ember)"
# a party after a councillor's or member's name: "Cllr Sam Okafor (Lab)"
_PARTY_TAG = r"\s*\((?:Lab|Con|LD|Lib Dem|SNP|Green|Ind|PC|Plaid|Reform|DUP|SDLP|UUP|Alliance)(?:,\s*[^(),]{2,40})?\)"
# passive cues whose agent follows the quote: "GPs were told to ‘do more with less’ by ..."
_PASSIVE_CUES = r"told|described|called|branded|labelled|labeled|dubbed|criticised|urged|warned|accused|advised"
# what a speaker does before a quote, in a feature: "Dr Hollis nods. ‘She is right.’"
_GESTURES = (
    r"nods|nodded|shrugs|shrugged|smiles|smiled|grins|grinned|grimaces|grimaced|winces|winced|frowns|frowned|"
    r"pauses|paused|hesitates|hesitated"
)
# how a speaker put it, before a colon: "Dr X was blunt: ‘...’"
_STANCE = (
    r"(?:blunt|clear|candid|adamant|emphatic|defiant|scathing|unequivocal|frank|direct|unrepentant|unapologetic|"
    r"philosophical|upbeat|optimistic|pessimistic|sceptical|skeptical|cautious|critical|damning|forthright|"
    r"in\s+no\s+doubt|not\s+convinced|unconvinced|unimpressed|less\s+sure|not\s+(?:so\s+)?sure|more\s+positive|"
    r"more\s+cautious)"
)
# participles that carry one speaker on to a second quote: "‘...’, adding: ‘...’"
_GOING_ON = r"(adding|saying|continuing|concluding)"
_PROGRESSIVE = {"speaking", "talking", "writing"}  # cues only as "X was speaking at ..."
_CUE_RE = re.compile(
    r"\b(?:(?P<according>[Aa]ccording to|[Ii]n the words of|(?:(?:[Tt]hat|[Tt]his|[Ss]uch)\s+(?:was|is)\s+)?[Tt]he\s+"
    r"(?:(?:blunt|stark|simple|clear|firm|damning|considered)\s+)?"
    r"(?:verdict|message|warning|assessment|conclusion|answer|response|reply)\s+(?:of|from))|(?<!-)(?P<verb>"
    + "|".join(sorted(set(_CUE_VERBS), key=len, reverse=True))
    + r")(?P<object>\s+(?:(?:the|a|an)\s+(?:[a-z]+\s+)?(?:conference|committee|meeting|audience|webinar|briefing|"
    r"event|summit|inquiry|hearing)|him|her|them|(?:the\s+)?(?:Pulse|BMJ|MPs|peers|delegates|journalists|reporters|[A-Z][\w’'&-]+"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'&-]+)*)))?)\b"
)
_CUE_SET = frozenset(_CUE_VERBS)
# words passed over when a phrase's own words are read ("several GPs" -> GPs, "one GP"); quantifiers included
_DETERMINERS = {"the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "its", "their"}
_ARTICLES = ("the", "a", "an")
# words dropped from the front of a name ("its latest report", "this chair")
_NOUN_DETERMINERS = (*_ARTICLES, "this", "its", "their")
_ROLE_CAPS = {"GP", "NHS", "Dr", "A&E", "PA", "ANP", "CD", "CEO", "MP", "PM"}
_PREFIX_ENTS = {"ROLE", "NHS_ORG", "PROF_BODY", "THINK_TANK", "ORG"}
_OBJECT_VERBS = {"told", "tells", "asked", "asks", "warned", "warns", "urged", "urges", "advised", "advises"}
_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "thing", "we": "thing", "i": "person"}
# a person named by age or family ("the 58-year-old", "the mother-of-two"): read like "she" or "he"
_EPITHET = re.compile(
    r"the\s+(?:\d{1,3}-year-old|(?:grand)?(?:mother|father)-of-(?:one|two|three|four|five|\d))(?:\s+[a-z]+)?"
)
_EPITHET_MARK = "epithet"
_TITLES = (
    r"(?:Dr|Prof|Professor|professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady|Baroness|Baron|Cllr|Councillor|Rt Hon)\.?"
)
_TITLE_RE = re.compile(r"^(?:" + _TITLES + r"\s+)+")
_NAME_PARTICLES = r"(?:ap|ab|de|da|van|von|der|bin|al|le|du)"  # "Mabon ap Gwynfor", "Anna van der Berg"
_TITLED_NAME = re.compile(
    r"\b" + _TITLES + r"\s+((?:[A-Z][\w’'-]+)(?:\s+(?:" + _NAME_PARTICLES + r"\s+)*[A-Z][\w’'-]+)*)"
)
# an office in capitals, then its holder's name of two words: "Minister for Care Stephen Larkin", "Secretary of
# State for Health and Social Care Dr Gideon Marlow"
_OFFICE_THEN_NAME = re.compile(
    r"((?:Minister|Secretary\s+of\s+State|Minister\s+of\s+State|Cabinet\s+Secretary)\s+(?:for|of)\s+[A-Z][\w’'-]*"
    r"(?:\s+(?:and\s+|for\s+|of\s+)?[A-Z][\w’'-]*)*?)\s+((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
)
# a judge's office before the surname, as courts and tribunals write it: "Employment Judge Hartley"
_JUDGE_THEN_NAME = re.compile(r"((?:(?:Employment|District|Circuit|Deputy|Tribunal)\s+)?Judge)\s+([A-Z][\w’'-]+)")
_DOC_NOUNS = {
    "report",
    "plan",
    "document",
    "paper",
    "survey",
    "study",
    "review",
    "guidance",
    "letter",
    "statement",
    "contract",
    "strategy",
    "consultation",
    "analysis",
    "framework",
    "agreement",
    "white",
    "specification",
    "briefing",
    "blog",
    "foreword",
    "manifesto",
    "motion",
    "research",
    "audit",
    "evaluation",
    "bulletin",
    "update",
    "stocktake",
    "announcement",
    "memo",
    "email",
    "minutes",
    "circular",
    "leaflet",
    "website",
    "poll",
    "petition",
    "newsletter",
    "submission",
}
# words dropped from a document's name: "its latest report" -> "report"
_DOC_MODIFIERS = ("new", "latest", "recent", "leaked")
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "source", "representative"}
_AUX_TAIL = re.compile(
    r"\s+(?:also|then|has|have|had|previously|today|yesterday|recently|would|will|was|is|both|all|jointly|"
    r"further|once|later|last\s+week|this\s+week|earlier|however|now|(?:was|were|is|has\s+been)\s+(?:quoted|reported)\s+as|"
    r"(?!(?:family|assembly|ally|rally|supply|reply)\s*$)(?-i:[a-z]+ly))\s*$",  # "officials privately concede"
    re.I,
)
_CLAUSE_SPLIT = re.compile(
    r"[;:–—(\[,]|\b(?:which|that|and|but|while|whereas|although|though|because|"
    r"as|so|if|when|after|before|since|where|yet|however|meanwhile|what|whom)\b|\b(?:said|says|told|added|claimed|"
    r"warned|argued|insisted|stressed|shows?|showed|reveals?|revealed)\b|\bwho\b(?=\s+(?:said|says|told|added))"
)
# an NHS body named after two places: "Kent and Medway ICB", "Guy’s and St Thomas’ NHS Foundation Trust"
_PLACE_PAIR_BODY = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'-]*\s+){1,3}and\s+(?:[A-Z][\w’'-]*\s+){1,4}?"
    r"(?:NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust|(?:University\s+)?Health\s+Board|Integrated\s+Care\s+"
    r"Board|ICB|ICS|LMCs?|PCNs?|CCG|Trust|Council|Federation|Partnership|Hospitals?)(?![\w’'])"
)
# acronyms for a kind of NHS body, not one body: "an LMC chair", "PCN clinical director"
_KIND_OF_BODY = frozenset({"PCN", "LMC", "ICB", "ICS", "CCG"})
# words that open an office written in capitals: "Cabinet Secretary for Health", "Chief Medical Officer"
_OFFICE_WORDS = frozenset(
    "cabinet health shadow deputy chief prime first junior public medical nursing executive general national "
    "clinical finance policy primary care social home".split()
)
# words that make another office of a role: a shadow minister is not the minister
_OFFICE_MODIFIERS = r"\b(?:shadow|deputy|acting|interim|former|senior|assistant|associate|joint|vice|outgoing|incoming)"
# a photo caption's pointer after a name: "Dr Lorna Fitch (pictured), a GP partner in Bristol, said"
_CAPTION_POINTER = (
    r"\s*\((?i:pictured|left|right|above|below|inset|centre|center|top|bottom|not\s+(?:her|his|their)\s+real\s+name)"
    r"(?:[ ,]+\w+)?\)"
)
_CAPTION = re.compile(_CAPTION_POINTER + r"(?=\s*$|,)")
_LEAD_WORDS = re.compile(
    r"^(?:but|and|however|meanwhile|also|now|yet|so|still|instead|separately|while|whereas|although|though|as)\b[,\s]*",
    re.I,
)
# not after a title's full stop: "Dr. Emily X"
_NOT_A_TITLE = (
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bCllr)(?<!\bet al)"  # nor "Smith et al. (2021)"
    # nor a middle initial after a capitalised name or a title: "Dr John P. Oakes", "Dr A. Simpson"
    + "".join(rf"(?<!\b[A-Z][a-z]{{{n}}}\s[A-Z])" for n in range(1, 12))
)
_SENT_END = re.compile(_NOT_A_TITLE + r"(?:[.!?]+[’'”\")\]]*\s+(?=[A-Z‘“'\"(•\d])|[.!?]+[’'”\")\]]*\s*$)")
# head nouns of a person's role: "the review chair", "the minister", "a GP locum in the Midlands"
_ROLE_HEADS = frozenset(
    (
        "chair chairman chairwoman co-chair vice-chair president vice-president secretary minister director executive "
        "officer partner gp gps locum patient resident carer manager lead leader fellow author researcher nurse "
        "pharmacist doctor clinician practitioner spokesperson spokesman spokeswoman representative member founder "
        "trustee adviser advisor analyst economist commissioner registrar trainee consultant surgeon associate "
        "campaigner councillor mp chief head governor chancellor professor lecturer paramedic physiotherapist "
        "receptionist administrator editor correspondent dean coordinator organiser organizer boss owner principal "
        "superintendent coroner ombudsman inspector auditor midwife dentist source official respondent participant "
        "interviewee delegate reader commenter caller listener insider pensioner villager volunteer retiree "
        "student teacher colleague"
    ).split()
)
# words that are never an organisation's own name: "Trust", "Report", "the Department"
# descriptive words that open a phrase but never name a body
_DESCRIPTIVE = frozenset(
    (
        "anonymous another local senior junior former retired national regional leading fellow frontline opposition "
        "veteran general"
    ).split()
)
# entity labels that name a person or a body: a titled name inside one is not read again as a person
_NAMING_LABELS = frozenset({"PERSON", "ORG", "NHS_ORG", "PROF_BODY", "THINK_TANK", "ROLE", "POLICY"})
# the tagger's labels that a body's name ending in "Surgery" or "Trust" sometimes gets ("the Beech Tree Surgery": LAW)
_NOT_A_BODY_LABELS = ("LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC")
# people named by how they took part, whose apposition says what they are: "One reader, a GP partner in Kent"
_VOICES = frozenset(
    "reader readers respondent respondents participant participants interviewee interviewees commenter caller "
    "listener".split()
)
# a relative, by whom they are related to: "His wife, Jane"
_KIN = frozenset(
    "wife husband partner daughter son mother father sister brother widow widower niece nephew granddaughter "
    "grandson grandmother grandfather aunt uncle cousin friend neighbour".split()
)
_KIN_GENDER = {
    **dict.fromkeys("wife mother daughter sister widow niece granddaughter grandmother aunt".split(), "she"),
    **dict.fromkeys("husband father son brother widower nephew grandson grandfather uncle".split(), "he"),
}
# nouns for a kind of body: "the trust", and the last word of a body's name ("Harcourt Forum")
_BODY_NOUNS = frozenset(
    (
        "trust council board committee college department practice practices surgery network networks "
        "federation government ministry service services group team union party agency authority body "
        "institute foundation association society partnership hospital clinic charity company firm "
        "organisation organization office system centre center unit panel forum alliance coalition commission "
        "inquiry taskforce review university school think tank campaign petition project programme scheme "
        "conference tribunal cabinet"
    ).split()
)
_GENERIC_ORG = _BODY_NOUNS | _DESCRIPTIVE
# the subjects that may be a body the tagger missed, a post or a relative: "The Elmfield Surgery", "The minister"
_SUBJECT_WORDS = _BODY_NOUNS | _KIN | _ROLE_HEADS | {w + "s" for w in _ROLE_HEADS}
# "the practice" after "The Elmfield Surgery": the words a body of that kind ends its name with
_SAME_KIND_OF_BODY = {
    w: frozenset({"practice", "surgery", "partnership", "centre", "center"}) for w in ("practice", "surgery")
}
# a body that says "the company" of itself: a provider, which the entity patterns rarely know by name
_A_BUSINESS = frozenset({"company", "firm", "provider", "practice", "surgery", "partnership"})
# a body that says "the charity" or "the group" of itself: a voluntary body, not the NHS, a government or a
# professional body (those the entity patterns know by name, and they call themselves otherwise)
_A_VOLUNTARY_BODY = frozenset({"charity", "group", "campaign"})
# a post held in a body named only by its kind: "Professor X, who chairs the college"
_WHO_HOLDS_THE = re.compile(r",\s+who\s+(?:chairs|leads|heads|runs)\s+the\s+([a-z]+)$", re.I)
# a body's word that a post before a name stands for: "College chair Professor X" is the RCGP's chair
_NAMED_FOR_BODY = frozenset({"college", "union", "association", "charity"})
_STATUTORY_WORDS = frozenset("nhs icb ccg department government ministry council commission parliament".split())
# what joins a document to the body that wrote it: "report by think tank Policy Exchange", "survey from the BMA";
# the document mentions and their description read it alike
_BY_BODY = r"\s+(?:by|from|of)\s+(?:the\s+)?(?:think[- ]tank\s+)?"


@lru_cache(maxsize=1)
def _entity_rows() -> tuple[dict, ...]:
    """The entity patterns file's rows, read once for every lexicon below."""
    from nlp.pipeline import ENTITIES_PATH, read_patterns

    return tuple(read_patterns(ENTITIES_PATH))


@lru_cache(maxsize=4)
def _lexicons(entities_path: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Organisation and role phrases from the entity patterns (longest first)."""
    from nlp.pipeline import ORG_LABELS, read_patterns

    orgs, roles = set(), set()
    for row in read_patterns(entities_path) if entities_path else _entity_rows():
        if row["label"] in ORG_LABELS:
            orgs.add(row["phrase"])
        elif row["label"] == "ROLE":
            roles.add(row["phrase"])
    by_len = lambda s: (-len(s), s)  # noqa: E731
    return tuple(sorted(orgs, key=by_len)), tuple(sorted(roles, key=by_len))


@lru_cache(maxsize=4)
def _entity_phrases(*labels: str) -> frozenset[str]:
    """The entity patterns' phrases with one of ``labels``, lower-cased: ``THINK_TANK`` for what ``the think tank``
    may point back to; the NHS, professional and think-tank labels for the bodies no charity is."""
    return frozenset(r["phrase"].lower() for r in _entity_rows() if r["label"] in labels)


# a body named by what it does: "The CQC has rated the practice inadequate ... the regulator said"
_EPITHET_BODIES = {
    "regulator": frozenset(
        "cqc|care quality commission|gmc|general medical council|nmc|nursing and midwifery council".split("|")
    ),
    "watchdog": frozenset({"cqc", "care quality commission", "national audit office", "nao", "healthwatch england"}),
    "union": frozenset({"bma", "british medical association"}),
}


# --------------------------------------------------------------------------- speakers


@dataclass
class Speaker:
    """A speaker phrase and what it tells: ``kind`` is person, role, org, doc, pronoun or other."""

    written: str
    kind: str
    name: str | None = None
    role: str | None = None
    org: str | None = None
    pronoun: str | None = None

    @property
    def short(self) -> bool:
        """A short form that needs the last full mention: ``Dr Vautrey``, ``the plan``."""
        if self.kind == "person":
            return bool(self.name) and len(self.name.split()) == 1
        if self.kind == "doc":
            head = self.written.split(",")[0].split()  # "The report, which looked at ..."
            return (
                bool(head)
                and head[0].lower() in {"the", "this", "its", "their", "that"}
                and len(head) <= 3
                and not any(w[:1].isupper() for w in head[1:])
            )
        return False


def _find_phrase(text: str, phrases: Sequence[str], exact_upper: bool = True) -> re.Match | None:
    """The first of ``phrases`` in ``text`` as a whole word or words (the earliest; at the
    same place the longest, then the first listed); all-capital phrases match in their own
    case when ``exact_upper``, others in any case."""
    if not phrases:
        return None
    return _phrase_regex(tuple(phrases), exact_upper).search(text)


@lru_cache(maxsize=64)
def _phrase_regex(phrases: tuple[str, ...], exact_upper: bool) -> re.Pattern:
    """One alternation for :func:`_find_phrase`: the regex engine takes the leftmost place
    where any phrase matches and there the first alternative that does, so the phrases
    are listed longest first (a stable sort keeps the given order among equals)."""
    alternatives = [
        re.escape(p) if (p.isupper() and exact_upper) else f"(?i:{re.escape(p)})"
        for p in sorted(phrases, key=len, reverse=True)
    ]
    return re.compile(r"(?<![\w’'])(?:" + "|".join(alternatives) + r")(?![\w’'])")


def _drop_leading(text: str, words: tuple[str, ...] = _ARTICLES, *, repeat: bool = False) -> str:
    """``text`` without the leading word (any case) from ``words`` and the space after it: ``the review chair`` ->
    ``review chair``; with ``repeat``, every such word in a row (``its new report`` -> ``report``)."""
    lead = "(?:" + "|".join(words) + r")\s+"
    return re.sub(f"^(?:{lead})+" if repeat else f"^{lead}", "", text, flags=re.I)


def _org_alone(org: str) -> str:
    """The organisation without a second role joined to it (``Elms Surgery and chair of the local
    federation`` -> ``Elms Surgery``) or a possessive ending."""
    org = re.split(r"\s+and\s+(?=(?:the\s+|a\s+|an\s+)?[a-z])", org.strip())[0]
    for m in re.finditer(r"\s+and\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w’'&-]*\s+){1,3}(?=[a-z])", org):
        role_m = _find_phrase(org[m.start() :].split(None, 1)[1], _lexicons()[1])
        if role_m and not _drop_leading(role_m.string[: role_m.start()]).strip():
            org = org[: m.start()]  # "Heath Practice and PCN clinical director for Southby"
            break
    return re.sub(r"[’']s$", "", org.strip())


# a nation is no organisation: "England’s chief medical officer" is the chief medical officer for England
_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "UK"})
# the words of a minister's or secretary's portfolio: "Health and Care secretary" is no body's secretary
_PORTFOLIO_WORDS = frozenset("health care social and public primary mental the".split())
# a rank's first word, capitalised before the post it qualifies: "Detective Inspector Laura Bell"
_RANK_WORDS = frozenset({"Detective", "Police", "Assistant", "Deputy", "Acting", "Interim"})


def _split_role_org(text: str) -> tuple[str | None, str | None]:
    """``RCGP chair`` -> (chair, RCGP); ``Health Foundation chief executive`` ->
    (chief executive, Health Foundation); ``chair of Northshire LMC`` -> (chair, Northshire LMC); a nation or a
    rank word is no organisation (``England’s chief medical officer``, ``Detective Inspector``)."""
    role, org = _split_post(text)
    if org in _NATIONS:  # "Wales’s Cabinet Secretary for Health": Cabinet Secretary for Health, Wales
        return (f"{role}{', ' if ' for ' in role else ' for '}{org}" if role else None), None
    if org in _RANK_WORDS and role:
        return f"{org.lower()} {role}", None
    if (
        org and role in ("secretary", "minister", "secretary of state") and set(org.lower().split()) <= _PORTFOLIO_WORDS
    ):  # "Health and Care secretary Jeremy Hunt": a portfolio, not a body
        return f"{org} {role}", None
    return role, org


def _split_post(text: str) -> tuple[str | None, str | None]:
    """:func:`_split_role_org` as the words give it."""
    orgs, roles = _lexicons()
    text = re.sub(
        r"^(?:then|the|a|an|its|his|her|their|another|one(?!\s+of\b))\b\s*", "", text.strip(" ,"), flags=re.I
    ).strip()
    first = re.match(r"[A-Z][a-z-]+", text)
    if first and (
        (_is_role_head(first.group(0).lower()) and not re.match(r"[A-Z][a-z-]+\s+[A-Z][a-z]", text))
        or (_role_word(first.group(0)) and re.match(r"[A-Z][a-z-]+(?:\s+[a-z][\w-]*){1,3}\s+(?:of|at|for)\s", text))
    ):  # "Chair of the Royal College of GPs", "Practice manager at the Hill Surgery", not "Chief Medical Officer"
        text = text[0].lower() + text[1:]
    run = re.match(r"((?:[A-Z][a-z-]+\s+){0,3}[A-Z][a-z-]+)(?=\s+(?:of|at)\s)", text)
    if run and all(_role_word(w) for w in run.group(1).split()):
        text = run.group(1).lower() + text[run.end() :]  # "Vice Chair of the RCGP", as press releases write posts
    if not text:
        return None, None
    one_of = re.match(r"one\s+of\s+(?:the|its|their|[a-z]+|\d+)\s+(.+?)s\b(.*)$", text)
    if one_of and _is_role_head(one_of.group(1).split()[-1].lower()):  # "one of the salaried GPs": a salaried GP
        text = one_of.group(1) + one_of.group(2)
    kind_owns = re.match(r"([a-z]+)[’']s\s+(.+)$", text)
    if kind_owns and kind_owns.group(1) in _BODY_NOUNS:  # "the union’s GP committee chair": the union's committee
        role, org = _split_role_org(kind_owns.group(2))
        if org:
            return role, org
    owned = re.match(r"(?P<org>(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)[’']s\s+(?P<role>[A-Z].*)$", text)
    if (
        owned
        and not _possessive_names().match(text)
        and clean_org(owned.group("org"))
        and _is_role_phrase(owned.group("role"))
        and all(_role_word(w) for w in re.split(r"\s+(?:for|of)\s+", owned.group("role"))[0].split())
    ):  # "NHS England’s National Medical Director for Primary Care": the body's, then its post as written; not
        # "Queen's Nursing Institute chief executive", whose possessive is inside the body's name
        return owned.group("role"), clean_org(owned.group("org"))
    two = re.match(r"(?P<a>.+?)\s+and\s+(?:a\s+|an\s+|the\s+)?(?P<b>.+)$", text)
    if two and _is_role_phrase(two.group("a")) and _is_role_phrase(two.group("b")):
        # two posts: "GP partner at X and PCN clinical director for Y", "a GP in Leeds and chair of Westmoor LMC":
        # the first that names its organisation, with it; neither: both, as the role
        (role_a, org_a), (role_b, org_b) = _split_role_org(two.group("a")), _split_role_org(two.group("b"))
        if role_a is None and org_a and org_a.split()[-1].rstrip("s") in _ROLE_CAPS:
            org_a = None  # "Lambeth GP and LMC chair": a GP in Lambeth, no body
        if org_a and org_a.lower() in _BODY_NOUNS and not org_b:  # "Board member and local GP": the sentence's capital
            return text[:1].lower() + text[1:], None
        if org_a or org_b:
            return (role_a, org_a) if org_a else (role_b, org_b)
        return text, None
    group = re.fullmatch(r"(?P<role>[a-z][\w-]*s)\s+from\s+(?:the\s+)?(?P<org>[A-Z].*)", text)
    if group and _is_role_head(group.group("role")) and not _a_place(text[group.end("role") :]):
        return group.group("role"), _org_alone(group.group("org"))  # "Campaigners from Keep Our NHS Public"
    only_org = re.match(r"(?:of|at|from|with)\s+(?:the\s+)?(?P<org>[A-Z].*)$", text)
    if only_org:  # "Professor X, of the Nuffield Trust"
        return None, None if _a_place(only_org.group(0)) else _org_alone(only_org.group("org"))
    # "partner at super-partnership Our Health Partnership": what kind of body it is may stand before its name
    m = re.match(
        r"(?P<role>[^,]+?)\s+(?:of|at|for)\s+(?:the\s+)?"
        r"(?:(?!(?:of|at|for|in|on|and|to|from|with|by|two|three|four|five|six)\s)[a-z][\w-]*\s+){0,2}?"
        r"(?P<org>[A-Z].*)$",
        text,
    )
    named = _find_phrase(text, orgs)
    if (
        m
        and named
        and named.start() < m.start("org") < named.end()
        and re.search(r"\s(?:at|of|for)\s", text[named.start() : m.start("org")])
    ):  # "lead GP at Babylon GP at Hand": the split fell inside a name
        m = re.match(
            r"(?P<role>[^,]+?)\s+(?:at|of|for)\s+(?:the\s+)?(?:(?!at\b|of\b|for\b)[a-z][\w-]*\s+){0,3}(?P<org>"
            + re.escape(named.group(0))
            + ")",
            text,
        )
    if m and re.search(_SEAT + "$", m.group("role")) and text[m.end("role") :].startswith(" for "):
        return text, None  # "Member for Wensleydale", "Conservative MP for Westerby": a seat, not a body
    if (
        m
        and re.fullmatch(r"(?:[Hh]ealth\s+)?(?:[Mm]inister|(?:[Cc]abinet\s+)?[Ss]ecretary)", m.group("role"))
        and text[m.end("role") :].startswith(" for ")
        and not _find_phrase(m.group("org"), orgs)
        and m.group("org").split()[-1].lower() not in _BODY_NOUNS
    ):  # "Minister for Care", "Cabinet Secretary for Health": a portfolio, not a body, in the capitals of its name
        return re.sub(r"^minister(?= for [A-Z])", "Minister", text), None
    if m and not any(
        w[:1].isupper() and w.rstrip("s") not in _ROLE_CAPS | _KIND_OF_BODY for w in m.group("role").split()[:1]
    ):  # "LMC chair of Severnside LMC": the kind of body is part of the role
        role = m.group("role").strip()
        org = re.sub(r"^(?:GP|NHS)\s+(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])", "", m.group("org"))  # "GP provider company X"
        org = re.sub(r"^[A-Z]\w*-based\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])", "", org)  # "Lewisham-based federation X"
        return _unnamed_body(role, _org_alone(org))
    role_m = _find_phrase(text, roles)
    role = org = None
    rest = text
    if role_m:
        role = role_m.group(0)
        org_m = _find_phrase(role, orgs)
        place = re.search(r"((?:[A-Z][\w’'&-]*\s+){1,4})$", text[: role_m.start()])
        if place and not clean_org(place.group(1)):
            place = None  # capitalised words before the role that name no body
        if org_m and org_m.group(0).rstrip("s") in _KIND_OF_BODY and not place:
            org_m = None  # "PCN clinical director at a network in Oxley Cross": which PCN is not said
        if org_m and org_m.start() == 0 and org_m.end() < len(role):
            role = role[org_m.end() :].strip()
            org = org_m.group(0)
            more = re.match(r"((?:[A-Z][\w’'&-]*\s+)+)(?=\S)", role)
            if more and not _common_word(more.group(1).split()[0]):
                org = f"{org} {more.group(1).strip()}"  # "GPC England chair": the GPC England's chair
                role = role[more.end() :]
            if place:  # "Mid Mersey LMC medical secretary"
                org = place.group(1) + org
                text = text[: place.start()] + text[place.end() :]
                role_m = _find_phrase(text, roles)
        rest = (text[: role_m.start()] + " " + text[role_m.end() :]).strip()
        portfolio = re.search(r"(?:^|\s)((?:[a-z][\w-]*\s+){1,3})$", text[: role_m.start()])
        if (
            portfolio and role.lower() in _SPOKES and not any(w in STOP_WORDS for w in portfolio.group(1).split())
        ):  # "Lib Dem health spokesperson": the brief is part of the post
            rest = (text[: portfolio.start(1)] + " " + text[role_m.end() :]).strip()
            role = portfolio.group(1) + role
        modifier = re.search(_OFFICE_MODIFIERS + r"\s+$", text[: role_m.start()], re.I)
        if modifier and role is not None and not role.startswith(modifier.group(0).strip()):
            role = f"{modifier.group(0).strip()} {role}"  # "Labour’s shadow health minister"
            rest = (text[: modifier.start()] + " " + text[role_m.end() :]).strip()
    own_apostrophe = _find_phrase(re.sub(r"[’']s$", "", rest), orgs)  # "The King’s Fund’s chief executive"
    if org is None and own_apostrophe and re.search(r"[’']s\b", own_apostrophe.group(0)):
        org = _drop_leading(own_apostrophe.group(0), ("the", "The"))
    rest = re.sub(r"[’']s\b", "", rest).strip(" ,")
    if rest:
        words = rest.split()
        caps = []
        for w in words:
            if w[:1].isupper() or w in ("of", "and", "for", "&") and caps:
                caps.append(w)
            else:
                break
        while caps and caps[-1] in ("of", "and", "for", "&"):
            caps.pop()
        plain = caps[:]
        while len(plain) > 1 and _common_word(plain[0]):
            plain.pop(0)
        if (
            caps
            and all(w.rstrip("s") in _ROLE_CAPS for w in plain)
            and not any(w.lower() in _BODY_NOUNS for w in caps[:-1])  # "National Association of Sessional GPs"
        ):
            caps = []  # "GP in Hull", "GP partner", "Local MP": a role, not an organisation
        office = next((i for i, w in enumerate(caps) if i and w[1:].islower() and w.lower() in _ROLE_HEADS), None)
        if caps and office is not None and role is None and org is None:
            # "Scotland Cabinet Secretary for Health": a place or body, then an office in capitals, or the office
            # alone ("Cabinet Secretary for Health and Social Care")
            j = office
            while j > 0 and caps[j - 1].lower() in _OFFICE_WORDS:
                j -= 1
            org, role, caps = " ".join(caps[:j]) or None, " ".join(caps[j:]), []
        if caps:
            cap_text = " ".join(caps)
            org_m = _find_phrase(rest, orgs)
            leftover = " ".join(words[len(caps) :]).strip()
            if org is None and org_m and len(org_m.group(0)) > len(cap_text):
                org = org_m.group(0)  # "BMA GP committee England chair": a name with a lower-case word
                leftover = (rest[: org_m.start()] + " " + rest[org_m.end() :]).strip()
            elif org is None:
                org = cap_text
        else:
            org_m = _find_phrase(rest, orgs)
            if org_m and org is None:
                org = org_m.group(0)
                leftover = (rest[: org_m.start()] + rest[org_m.end() :]).strip()
            else:
                leftover = rest
        if role is None and leftover:
            role = re.sub(r"\s+(?:on|of|at|for|from|in|with)(?:\s+(?:the|a|an))?$", "", leftover)  # "MPs on the"
    if role and org and re.fullmatch(r"[A-Z]{2,}s?", org):  # "clinical lead for access in Southby ICB"
        tail = re.search(r"\s+(?:in|at|of|for|from)\s+((?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,3}[A-Z][\w’'-]*)$", role)
        if tail and f"{tail.group(1)} {org}" in text:
            role, org = role[: tail.start()], f"{tail.group(1)} {org}"
    elif role and leftover_place(text, role):
        role = leftover_place(text, role)
    if (
        role
        and role[:1].isupper()
        and not any(c.isupper() for c in role.split()[0][1:])  # "GPs", "MPs": an acronym keeps its capitals
        and _common_word(role.split()[0])
        and not any(w[:1].isupper() and not w.rstrip("s").isupper() for w in role.split()[1:])
    ):
        role = role[:1].lower() + role[1:]  # "Chief executive", "Local MP", but not "England chair" or "Prime Minister"
    if org:
        org = re.sub(r"(?<=s)[’']$", "", org)  # "NHS Providers’ deputy chief executive"
        lead = re.match(r"(former|then|outgoing|incoming|acting|interim)\s+(?=[A-Z])", org, re.I)
        if lead and role:  # "Former NHS England chief executive": a former chief executive of NHS England
            org, role = org[lead.end() :], f"{lead.group(1).lower()} {role}"
    body = re.match(r"(committee|council|board|panel|network|forum)\s+(\S.*)$", role or "")
    if org and body and _is_role_head(body.group(2).split()[-1].lower()) and org.split()[-1].lower() != body.group(1):
        org, role = f"{org} {body.group(1)}", body.group(2)  # "BMA Northern Ireland GP committee chair"
    return _unnamed_body(re.sub(r"\s{2,}", " ", role) if role else None, org or None)


def _without_possessives(text: str) -> str:
    """``The King’s Fund’s senior fellow`` -> ``The King’s Fund senior fellow``: possessive marks dropped, but not
    inside a body's own name."""
    keep = [m.span() for m in _possessive_names().finditer(text)]
    return re.sub(
        r"[’']s\b|(?<=s)[’'](?=\s)", lambda m: m.group(0) if any(a <= m.start() < b for a, b in keep) else "", text
    )


# a region of the country, which is no organisation: "the North East", "the Midlands"
_REGION = (
    r"(?:the\s+)?(?:(?:North|South)(?:[\s-](?:East|West))?|East|West|(?:East\s+|West\s+)?Midlands|East\s+Anglia|"
    r"Home\s+Counties|South\s+Coast)"
)


def _a_place(text: str) -> bool:
    """``from Llanberis``, ``of Bristol``: one capitalised word after ``from`` or ``of`` that names no body we know
    (no acronym, no entity pattern, no kind of body) is where a person lives or works, not an organisation."""
    if re.fullmatch(_REGION, re.sub(r"^(?:from|of|in)\s+", "", text.strip(" ,"))):
        return True  # "a GP partner from the North East"
    m = re.fullmatch(r"(?:from|of)\s+([A-Z][a-z][\w’'-]*)", text.strip(" ,"))
    return bool(m) and m.group(1).lower() not in _org_names_lower() and m.group(1).lower() not in _BODY_NOUNS


def _unnamed_body(role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """A kind of NHS body named by its kind alone stays in the role: ``the ICB’s chief medical officer`` ->
    (ICB chief medical officer, None), as ``LMC chair`` is read; which ICB is not said."""
    if (
        org
        and role
        and org.rstrip("s") in _KIND_OF_BODY
        and re.search(r"\b(?:of|from)(?:\s+the)?(?:\s+all|\s+\d+)?$", role)
    ):
        return f"{role} {org}", None  # "the chairs of the 42 ICBs": many bodies of the kind
    if org and role and org.rstrip("s") in _KIND_OF_BODY:
        return f"{org} {role}", None
    return role, org


def _is_role_head(word: str) -> bool:
    """A role's head noun, singular or plural (``chair``, ``partners``, ``GPs``); ``word`` lower-cased."""
    return word in _ROLE_HEADS or (word.endswith("s") and word[:-1] in _ROLE_HEADS)


def _role_word(word: str) -> bool:
    """A word of a post, in any case: ``Vice``, ``Chair``, ``Medical``, ``Director``."""
    w = word.lower()
    return _is_role_head(w) or w in _ROLE_MODIFIERS or w in _role_words() or w in ("vice", "chief", "national")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The lower-case words of the entity patterns' roles."""
    return frozenset(x for r in _lexicons()[1] for x in r.split() if x == x.lower())


def _common_word(word: str) -> bool:
    """A word that is capitalised only because it opens a phrase (``Chief``, ``Senior``)."""
    w = word.lower()
    return (
        w in STOP_WORDS
        or _is_role_head(w)  # "Partners say"
        or w in _GENERIC_ORG
        or w in _ROLE_MODIFIERS
        or w in _role_words()
        or w in _DOC_NOUNS
    )


def leftover_place(text: str, role: str) -> str | None:
    """``GP partner in Grimsby``: a role followed by where it is held."""
    m = re.search(re.escape(role) + r"\s+((?:in|based in)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$", text)
    return f"{role} {m.group(1)}" if m else None


# a capitalised word that only opens a description: an adverb ("Newly qualified GP") or a hyphened adjective whose
# last part is lower case ("Long-serving partner"; not "Stoke-on-Trent")
_A_MODIFIER = re.compile(r"[A-Z][a-z]{2,}(?<!l)ly|[A-Z][a-z]*(?:-[a-z]+)+")


def clean_org(org: str | None) -> str | None:
    """An organisation name, or None when ``org`` names none.

    A relative clause or second apposition is cut off (``Tamebridge LMC, which led the
    survey`` -> ``Tamebridge LMC``), as are a leading article, a possessive and dangling
    connectors (``Royal College of``); what is left must hold a name of its own: an
    acronym, a phrase from the entity patterns, or a capitalised word that is neither a
    stop word (``When``, ``One``), a title (``Dr Ana``) nor a generic noun (``Trust``,
    ``Report``)."""
    if not org:
        return None
    org = re.split(
        r",|;|\s+[–—]\s+|(?:^|\s+)(?:which|who|whose|that|where|when|after|as|in|since|before|until)\b"
        r"|\s+for\s+(?:\d+|[a-z]+)\s+(?:years?|months?|decades?)\b",  # "Old Mill Surgery for 22 years"
        org.strip(),
    )[0]
    org = re.sub(r"^(?:from|of|at|for|with)\s+", "", org)  # "from Northfield LMC"; "in Yorkshire" is a place
    org = re.sub(r"^(?:the\s+)?local\s+(?=[A-Z])", "", org)  # "The local LMC": an LMC, as "The LMC" is
    org = re.sub(
        r"\s+(?:(?:last|this|next)\s+(?:week|month|year)|yesterday|today)$", "", org
    )  # "of the LMC last month"
    org = _drop_leading(org.strip(" ,.;:"), _NOUN_DETERMINERS)
    org = re.sub(r"[’']s$", "", org).strip(" ,.;:")
    org = re.sub(r"(?:\s+(?:of|and|for|the|&|at|in|on|to))+$", "", org).strip()
    if not org or _TITLE_RE.match(org + " ") or re.match(r"professor\b", org, re.I):
        return None
    if re.search(_SEAT + r"\s+for\b", org):
        return None  # "Conservative MP for Westerby": a member's seat, not a body
    if re.fullmatch(_REGION, org):
        return None  # "a GP partner from the North East"
    if org.lower() in _org_names_lower() and org != org.lower():
        return org  # a name from the entity patterns ("integrated care system" in lower case is a kind of body)
    last = org.split()[-1]
    if (last.lower() in _ROLE_HEADS or last.rstrip("s") in _ROLE_CAPS) and not any(
        w.lower() in _BODY_NOUNS for w in org.split()[:-1]
    ):  # not "National Association of Sessional GPs"
        return None  # "Gloucester GP", "practice manager": a description of a person
    own = [w for w in re.findall(r"[\w&’'-]+", org) if w[:1].isupper() or w[:1].isdigit()]
    own = [
        w
        for w in own
        if (w.isupper() and len(w) > 1 and w.rstrip("s") not in _ROLE_CAPS - {"NHS"})
        or (
            w.lower() not in STOP_WORDS
            and re.sub(r"[’']s$", "", w).lower().rstrip("s") not in _GENERIC_ORG
            and w.lower() not in _GENERIC_ORG
            and w.lower() not in _DOC_NOUNS
            and w.lower() not in _ROLE_HEADS
            and w.rstrip("s") not in _ROLE_CAPS
            and not _A_MODIFIER.fullmatch(w)
        )
    ]
    return org if own else None


def _generic_org_words(org: str | None) -> str | None:
    """``Trust`` or ``Report`` as a role's qualifier: lower-cased, or None."""
    if not org:
        return None
    words = org.split()
    if all(w.lower() in _GENERIC_ORG or w.lower() in _DOC_NOUNS for w in words) and len(words) <= 2:
        return org.lower()
    return None


def _is_role_phrase(text: str) -> bool:
    """``chair of the RCGP``, ``a GP partner in Leeds``, ``the LMC’s medical secretary``."""
    _orgs, roles = _lexicons()
    np = re.split(r"\s+(?:in|at|from|for|of|on|with|based)\s+", text.strip())[0]
    words = [w for w in np.split() if w.lower() not in _DETERMINERS]
    if not words:
        return False
    last = re.sub(r"[’']s$", "", words[-1]).lower()
    return _is_role_head(last) or any(np.lower().endswith(r.lower()) for r in roles)


def _inside_org_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` part of an organisation's name rather than a person's?
    (``Department of Health and Social Care``, ``Royal College of General Practitioners``,
    ``the Midlands``)"""
    if re.search(r"(?:^|\s)(?:the|of|for|in|at|think[- ]tank)\s*$", text[:start], re.I):
        return True
    words = text[start:end].split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in _BODY_NOUNS:
        return True  # "Harcourt Forum", "Westmoor Trust": a body's name that the tagger took for a person's
    return any(m.start() <= start and end <= m.end() for m in _org_names_in(text))


@lru_cache(maxsize=1)
def _org_names_lower() -> frozenset[str]:
    return frozenset(o.lower() for o in _lexicons()[0])


def _may_call_itself(word: str, org: str) -> bool:
    """May ``org`` be what ``the company`` or ``the charity`` points back to?  A company is a body the entity
    patterns do not know (they know the national ones); a charity or a group is no NHS, government or professional
    body."""
    low = org.lower()
    if word in _A_BUSINESS:
        return low not in _org_names_lower()
    return low not in _entity_phrases("NHS_ORG", "PROF_BODY", "THINK_TANK") and not _STATUTORY_WORDS & set(low.split())


@lru_cache(maxsize=1)
def _long_forms() -> dict[str, frozenset[str]]:
    """An acronym among the entity patterns' organisations -> the lower-cased words of the names it abbreviates
    (``RCGP`` -> royal, college, of, general, practitioners), found by their initials."""
    orgs = _lexicons()[0]
    out: dict[str, set[str]] = {}
    for name in orgs:
        words = name.split()
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if len(words) > 1 and initials in orgs and initials.isupper():
            out.setdefault(initials, set()).update(w.lower() for w in words)
    return {k: frozenset(v) for k, v in out.items()}


def _long_form_words(org: str) -> frozenset[str]:
    return _long_forms().get(org, frozenset())


@lru_cache(maxsize=1)
def _multiword_orgs() -> re.Pattern:
    """The entity patterns' organisation names of several words, longest first, as one pattern."""
    names = [p for p in _lexicons()[0] if " " in p]
    return re.compile(r"(?<![\w’'])(?:" + "|".join(re.escape(p) for p in names) + r")(?![\w’'])", re.I)


@lru_cache(maxsize=1)
def _possessive_names() -> re.Pattern:
    """The entity patterns' organisation names that hold a possessive mark (``The King’s Fund``)."""
    from nlp.pipeline import ORG_LABELS

    names = [  # "The King’s Fund", not "BMA’s GP committee", whose own name is "BMA GP committee"
        row["phrase"]
        for row in _entity_rows()
        if row["label"] in ORG_LABELS and re.search(r"[’']s\b", row["phrase"]) and re.search(r"[’']s\b", row["id"])
    ]
    return re.compile(r"(?<![\w’'])(?:" + "|".join(re.escape(p) for p in names) + r")", re.I)


@lru_cache(maxsize=1)
def _possessive_ids() -> dict[str, str]:
    """The entity patterns' organisation phrases written with a possessive whose id is another name (``BMA’s GP
    committee`` -> ``BMA GP committee``), lower-cased."""
    from nlp.pipeline import ORG_LABELS

    return {
        row["phrase"].lower(): row["id"]
        for row in _entity_rows()
        if row["label"] in ORG_LABELS and re.search(r"[’']s\b", row["phrase"]) and row["id"] != row["phrase"]
    }


def _org_names_in(text: str) -> Iterator[re.Match]:
    """Organisation names of several words in ``text``: the entity patterns' and bodies named after two places."""
    yield from _multiword_orgs().finditer(text)
    yield from _PLACE_PAIR_BODY.finditer(text)


def describe(phrase: str, persons: Sequence[str] = ()) -> Speaker:
    """Split a speaker phrase into name, role and organisation (see :func:`_describe`);
    the organisation is checked with :func:`clean_org`: a generic word that is no name
    (``Trust chief executive``) stays with the role.  The same phrase and persons give the
    same speaker (a phrase recurs: its mention, then its attribution), so it is worked out once."""
    return _described(phrase, tuple(persons))


@lru_cache(maxsize=8192)
def _described(phrase: str, persons: tuple[str, ...]) -> Speaker:
    sp = _describe(phrase, persons)
    if sp.role and all(w.lower() in STOP_WORDS for w in re.findall(r"[\w’'-]+", sp.role)):
        sp = replace(sp, role=None)  # "when Hunt first pledged": no role
    if sp.role and re.fullmatch(r"(?:now\s+)?(?:retired|semi-retired)", sp.role):
        sp = replace(sp, role=None)  # "Dr X, now retired, still lives in the village": no post, the one before stays
    if sp.role:  # "a GP in Tower Hamlets for more than 30 years": how long is not the post
        sp = replace(
            sp,
            role=re.sub(
                r"\s+(?:for|since)\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|some\s+)?\S+\s+(?:years|decades)"
                r"(?=$|\s+and\s)",
                "",
                sp.role,
            ),
        )
    both = re.fullmatch(r"(?:both|all)\s+(.+?)s(\s+(?:at|in|of|for|from)\s.*)?", sp.role or "")
    if both and _is_role_head(both.group(1).split()[-1].lower()):  # "Dr A and Dr B, both partners at X": a partner
        sp = replace(sp, role=both.group(1) + (both.group(2) or ""))
    relative = re.search(r"\s+(?:who|whose|which|that)\s", sp.role or "")
    if relative and relative.start() > 0:  # "The GP who blew the whistle on the practice, Dr X": a GP; "a partner
        # at a practice in Oldham that recently merged with two neighbours": a partner at a practice in Oldham
        sp = replace(sp, role=sp.role[: relative.start()])
    org = clean_org(sp.org)
    if org is not None and sp.role and org.lower() == _drop_leading(sp.role).lower():
        org = None  # "Campaigners said": the role's own word, capitalised to open a sentence
    owner = re.match(r"(.+?)[’']s\s+(\S.*)$", org or "")
    if (
        owner
        and (owner.group(1).split()[0].isupper() or owner.group(1).lower() in _org_names_lower())
        and org.lower() not in _possessive_ids()
    ):  # "the RCGP’s Scottish council" -> RCGP Scottish council; "the NHS Confederation’s primary care network"
        org = f"{owner.group(1)} {owner.group(2)}"
    if org is not None and org.lower() in _possessive_ids():
        org = _possessive_ids()[org.lower()]  # "BMA's GP committee" -> "BMA GP committee", its patterns' id
        if sp.kind == "org" and sp.name == sp.org:
            sp = replace(sp, name=org)
    if org == sp.org:
        return sp
    role = sp.role
    qualifier = _generic_org_words(sp.org)
    if qualifier and role and qualifier not in role.lower():
        role = f"{qualifier} {role}"
    words = re.split(r"\s+for\s+", sp.org or "")[0].split()  # "Conservative MP for Westerby": the MP
    if (
        role is None
        and org is None
        and words
        and (words[-1].lower() in _ROLE_HEADS or words[-1].rstrip("s") in _ROLE_CAPS)
    ):
        role = _drop_leading(sp.org)  # "Bob Hodges, a Gloucester GP"
    if sp.kind == "org":
        if org is None:
            return Speaker(sp.written, "other", name=sp.name)
        return replace(sp, name=org, org=org)
    return replace(sp, role=role, org=org)


def _without_postnominal(name: str) -> str:
    """``Lena Marsh MP`` -> ``Lena Marsh``: letters after a name are not part of it."""
    post = re.search(r"\s+(?:MP|MSP|MS|AM|MLA|KC|QC|OBE|MBE|CBE|FRCGP|FRCP)$", name)
    return name[: post.start()] if post and len(name[: post.start()].split()) >= 2 else name


def _rewritten(written: str, persons: Sequence[str]) -> Speaker | None:
    """A speaker phrase read as another that says the same: the lead of a team, a party tag, a role in brackets,
    two people sharing a workplace, an apposition between dashes; None when none applies."""
    if not (" and " in written or "(" in written or "–" in written or "—" in written or " - " in written):
        return None  # the common case, decided without a pattern
    short = re.sub(r"\s*\([A-Z]{2,6}s?\)(?=\s+[a-z])", "", written)
    if short != written:  # "The Royal College of GPs (RCGP) chair, Professor X": the acronym is said twice
        return replace(_describe(short, persons), written=written)
    team = re.sub(r"\s+and\s+(?:her\s+|his\s+|their\s+)?(?:colleagues|co-authors|team)(?=\s|$)", "", written)
    if team != written:  # "Dr Kavita Rao and colleagues at the University of Leeds": the lead, where they work
        return replace(
            _describe(re.sub(r"\s+(?:at|from|of)\s+(?:the\s+)?(?=[A-Z])", ", of the ", team, count=1), persons),
            written=written,
        )
    untagged = re.sub(_PARTY_TAG, "", written)
    seat = re.fullmatch(r"(.+?)\s*\(([A-Z][^()]{2,60})\)", untagged) if untagged != written else None
    if seat and _looks_like_name(seat.group(1)):  # "Dr X (Sleaford and North Hykeham) (Con)": Hansard's seat
        return replace(_describe(seat.group(1), persons), written=written, role=f"MP for {seat.group(2)}")
    if untagged != written:  # "Cllr Sam Okafor (Lab)": the party, as councils and Hansard write it
        return replace(_describe(untagged, persons), written=written)
    paren = re.fullmatch(r"(.+?)\s*\(([^()]{2,80})\)", written)
    if paren and not re.fullmatch(_CAPTION_POINTER, f" ({paren.group(2)})"):  # "Dr Ray Lock (GP partner, Hull)"
        return replace(_describe(f"{paren.group(1)}, {paren.group(2)}", persons), written=written)
    both_of = re.fullmatch(r"(.+?),?\s+(?:both|all)\s+(?:of|at|from)\s+(?:the\s+)?([A-Z].+)", written)
    if both_of and " and " in both_of.group(1):  # "Dr A, GP partner, and Dr B, practice manager, both of X"
        pair = _describe(both_of.group(1), persons)
        if pair.kind == "person" and pair.name and " and " in pair.name:
            return replace(pair, written=written, org=clean_org(both_of.group(2)) or pair.org)
    dash = re.fullmatch(r"(.+?)(?:\s+[–—-]\s+|[–—])(.+?)(?:\s+[–—-]|[–—])?", written)
    if dash and _is_role_phrase(dash.group(2)) and not _SENT_END.search(dash.group(2)):
        # "Dr Ruth Ashdown – a GP in Hastings for 30 years – warned": an apposition between dashes
        return replace(_describe(f"{dash.group(1)}, {dash.group(2)}", persons), written=written)
    return None


def _plain_apposition(app: str) -> str:
    """The apposition after a name as a role: relative clauses that give a post made into one (``who chairs X`` ->
    ``chair of X``, ``who sits on X`` -> ``member of X``, ``who became a partner at X in 2015`` -> ``partner at X``),
    other relative clauses, ages and ``one of`` dropped."""
    app = re.sub(r"^(?:also|herself|himself|itself|themselves)\s+", "", app)  # "Dr Tom X, also a GP"
    if not app or not ("who" in app or "one of" in app or "ly " in app or any(c.isdigit() for c in app)):
        return app  # the common case, decided without a pattern
    if re.match(r"(?:formerly|previously|until\s+recently)\s+(?:of|at|with|from)\b", app):
        return ""  # "Sarah X, formerly of Seaforth ICB": where she worked, not where she works
    app = re.sub(r"^(?:formerly|previously)\s+(?:an?\s+|the\s+)?", "former ", app)  # "formerly chief executive of X"
    chairs = re.match(
        r"who\s+(chair|lead|head)(s|ed)\s+(?:the\s+)?(?!an?\s)(.+?)(?:\s+(?:until|till|between)\b.*|\s+(?:from|in)\s+\d{4}\b.*)?$",
        app,
    )
    if chairs:  # "Dr Ade Ogun, who chairs Harbourside Primary Care Network"; "who chaired it until 2019": former
        app = f"{'former ' if chairs.group(2) == 'ed' else ''}{chairs.group(1)} of {chairs.group(3)}"
    app = re.sub(r"(?<=\S)\s+who\s+(?:now\s+|currently\s+)?(chair|lead|head)s\s+(?:the\s+)?", r" and \1 of the ", app)
    # "who sits on the Welsh GP committee", also after a role ("a GP partner in Cardiff who sits on ..."): a member
    app = re.sub(
        r"(?:^|(?<=\S)\s+)who\s+(?:sits|serves)\s+on\s+",
        lambda m: " and member of " if m.start() else "member of ",
        app,
    )
    runs = re.match(
        r"who\s+(?:now\s+|also\s+)?(?P<verb>runs?|manages?|owns?|founded|set\s+up)\s+(?:the\s+)?(?P<body>[A-Z].*)$", app
    )
    if runs:  # "Ian X, who runs the Lambeth GP Federation": the body he works for; "who founded X": its founder
        app = f"{'founder ' if runs.group('verb') in ('founded', 'set up') else ''}of {runs.group('body')}"
    became = re.match(r"who\s+(?:became|is|has\s+been|was)\s+(?:an?|the)\s+(?P<post>.+)$", app)
    if became:  # "Dr X, who became a partner at the Priory Practice in Bath in 2015": the post, without its when
        post = re.sub(
            r"\s+(?:in|since|from)\s+\d{4}\b.*$|\s+(?:after|before|when|until)\s.*$", "", became.group("post")
        )
        app = ("former " if re.match(r"who\s+was\b", app) else "") + post
    app = re.sub(r"(?<=\S)\s+who\s+.*$", "", app)  # "a salaried GP who works four sessions at Moorside"
    works = re.match(r"who\s+(?:now\s+|still\s+)?(?:works|practises|practices)\s+as\s+(?:an?\s+)(.+)$", app)
    if works:  # "Dr Rupert Vance, who now works as a locum"
        app = works.group(1)
    app = re.sub(r"^\d+(?:,\s*|$)", "", app)  # "Dave Hay, 57, a scientist from Yorkshire": the age is no role
    # "one of six partners at the practice", "one of the founders of X": a partner, a founder
    app = re.sub(r"^one\s+of\s+(?:the\s+|its\s+|\w+\s+)?([a-z][\w-]*?)s\b", r"\1", app)
    app = re.sub(r",\s*\d{1,3}$", "", app)  # "The patient group chair, Maureen Flett, 71"
    return app


def _together(written: str, head: str, app: str, persons: Sequence[str]) -> Speaker | None:
    """Two or more people or bodies who said it together (``Dr A and Dr B``, ``GP partners Dr A and Dr B``, ``the
    RCGP, the BMA and the Patients Association``, ``Health secretary X and NHS England chief executive Y``); a role
    or organisation only where they share it.  ``head`` and ``app`` are the phrase before and after its first comma."""
    if " and " not in written:
        return None
    bodies = _BODY_LIST_RE.fullmatch(written)
    if bodies:  # "the RCGP, the BMA and the Patients Association": three or more bodies together
        names = [*bodies.group(1).split(","), bodies.group(2), bodies.group(3)]
        names = [_drop_leading(n.strip()) for n in names if n.strip()]
        if all(_party(n) == "org" for n in names):
            return Speaker(written, "org", name=", ".join(names[:-1]) + " and " + names[-1])
    both = re.fullmatch(r"(.+?,\s+.+?),?\s+and\s+((?:" + _TITLES + r"\s+)?[A-Z].+?,\s+.+)", written)
    if both:  # "Dr Leah Moss, a GP in Bristol, and Dr Tariq Aziz, a GP in Leeds": two people, each described
        a, b = _describe(both.group(1), persons), _describe(both.group(2), persons)
        if a.kind == b.kind == "person" and a.name and b.name and " and " not in a.name + b.name:
            return _pair_of(written, a, b)
    joint = _JOINT_RE.fullmatch(head)
    if joint and joint.group(1) and not _is_role_phrase(joint.group(1)):
        joint = None
    if joint and _joint(joint.group(2), joint.group(3)):  # "Dr Nadia Shah and Dr Ben Cole": said together
        a, b = _describe(joint.group(2), persons), _describe(joint.group(3), persons)
        if a.kind == b.kind == "person" and a.name and b.name:  # their post after them, or before them
            role, org = _split_role_org(app or joint.group(1)) if app or joint.group(1) else (None, None)
            return Speaker(written, "person", name=f"{a.name} and {b.name}", role=role, org=org)
        if a.kind == b.kind == "org" and a.name and b.name:
            return Speaker(written, "org", name=f"{_drop_leading(a.name)} and {_drop_leading(b.name)}")
    pair = _PAIR_RE.fullmatch(head)
    a, b = (None, None)
    if pair and not app:
        a = _role_and_name(pair.group(1)) or (_describe(pair.group(1)) if _party(pair.group(1)) == "person" else None)
        b = _role_and_name(pair.group(2))
    if a and b and a.name and b.name:  # "Health secretary X and NHS England chief executive Y": two posts, so
        return _pair_of(written, a, b)  # neither is the pair's; not "Lambeth GP and LMC chair Dr X", one person
    return None


def _pair_of(written: str, a: Speaker, b: Speaker) -> Speaker:
    """Two people as one speaker, named ``A and B``, with a role or organisation only where they share it."""
    return Speaker(
        written,
        "person",
        name=f"{a.name} and {b.name}",
        role=a.role if a.role == b.role else None,
        org=a.org if a.org == b.org else None,
    )


def _describe(phrase: str, persons: Sequence[str] = ()) -> Speaker:
    """Split a speaker phrase into name, role and organisation.

    ``persons`` are the PERSON entity texts the parser found inside the phrase.
    """
    written = phrase.strip(" ,.;:–—")  # "Dr Joe X – a partner in Leeds –"
    written = _LEAD_WORDS.sub("", written).strip()
    if re.match(r"\d[\d,.]*\s*(?:%|per\s*cent)|(?:half|two-thirds|three-quarters|a third|a quarter)\b", written, re.I):
        return Speaker(written, "other")  # "87 per cent said it was ‘good’": a share of those asked, no name
    initial = re.match(r"(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z]\.?(?=,|$)", written)
    if initial:  # "Mr T, 67, who has diabetes": a patient the article names by an initial, title kept
        rest = re.sub(r"^,\s*(?:\d{1,3},\s*)?", "", written[initial.end() :]).strip()
        role, org = _split_role_org(rest) if rest and _is_role_phrase(rest) else (None, None)
        return Speaker(written, "person", name=initial.group(0).rstrip("."), role=role, org=org)
    if _CITATION.fullmatch(written):  # "Smith et al. (2021)", "Baird and Price (2019)": the authors
        return Speaker(written, "person", name=re.sub(r"\s*\(\d{4}[a-z]?\)$", "", written))
    joint = re.fullmatch(
        r"(?:a|the)\s+(?:joint\s+)?(?P<noun>[a-z]+)\s+(?:from|by)\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+)",
        written,
        re.I,
    )
    if (
        joint
        and joint.group("noun").lower() in _DOC_NOUNS
        and clean_org(joint.group("a"))
        and clean_org(joint.group("b"))
    ):
        # "A joint statement from the RCGP and the BMA": both bodies', so no single organisation
        a, b = clean_org(joint.group("a")), clean_org(joint.group("b"))
        return Speaker(written, "doc", name=f"{a} and {b} {joint.group('noun').lower()}")
    named_after = re.fullmatch(  # "A spokesperson for the system’s supplier, CallWave": the body named after
        r"(?i:a|an|the)\s+(?P<role>(?i:spokesperson|spokesman|spokeswoman|representative))\s+for\s+(?:the\s+)?"
        r"[a-z][^,]*,\s+(?P<org>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4})",
        written,
    )
    if named_after and clean_org(named_after.group("org")):
        return Speaker(written, "role", role=named_after.group("role").lower(), org=clean_org(named_after.group("org")))
    rewritten = _rewritten(written, persons)
    if rewritten is not None:
        return rewritten
    low = written.lower()
    if low in _PRONOUNS:
        return Speaker(written, "pronoun", pronoun=low)
    if _EPITHET.fullmatch(low):  # "The 58-year-old said", "the mother-of-two added": the person last in focus
        return Speaker(written, "pronoun", pronoun=_EPITHET_MARK)
    office_of = re.fullmatch(r"(.+?)[’']s\s+(office|department|aides?|spokes(?:man|woman|person))", written)
    if office_of:  # "Mr Hunt's office said", "Health minister X's department said": it speaks for them, not they
        owner = _describe(office_of.group(1), persons)
        if owner.kind == "person" and owner.name:
            word = office_of.group(2)
            return Speaker(written, "role", role=f"{word} {'for' if word.startswith('spokes') else 'of'} {owner.name}")
    if re.match(r"(?:(?:a|one|two)\s+)?(?:sources?|insiders?|allies|friends?|aides?)\s+close\s+to\b", low):
        # "Sources close to the health secretary": not the secretary
        return Speaker(written, "role", role=_drop_leading(low, ("a", "one", "two")))
    head, sep, app = written.partition(", ")
    aged = bool(re.fullmatch(r"\d{1,3}", app.strip()))  # "Sheila, 67"
    app = _plain_apposition(app)
    if re.match(
        r"(?:who|which|whose|when|while|as|after|before|speaking|talking|writing|responding|commenting|addressing|"
        r"signing|calling|describing|"
        r"asked|although|but|and)\b",
        app,
        re.I,
    ):  # "Dr Maya Finch, writing in the BMJ, said": what she was doing, not her role
        app = ""
    head = head.strip()
    kind_first = re.match(
        r"(?i:the\s+)?(?i:(?:campaign|pressure|patient|patients’|lobby)\s+group|think[- ]tank|charity|union|regulator|"
        r"watchdog|provider|federation|company|firm)\s+(?=[A-Z])",
        head,
    )
    if kind_first and not app:  # "Campaign group Keep Our NHS Public said": what kind of body, then its name
        named_body = _describe(head[kind_first.end() :], persons)
        if named_body.kind == "org":
            return replace(named_body, written=written)
    persons_doc = re.fullmatch(
        r"(?:[Tt]he\s+)?(?P<owner>(?:" + _TITLES + r"\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[’']s\s+"
        r"(?P<np>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+))",
        head,
    )
    if (
        persons_doc
        and persons_doc.group("noun") in _DOC_NOUNS
        and persons_doc.group("noun") not in ("letter", "statement", "email", "post", "blog", "tweet", "column")
        and _TITLE_RE.match(persons_doc.group("owner") + " ")
        and not _find_phrase(persons_doc.group("owner"), _lexicons()[0])
    ):  # "Lord Darzi’s report": the document, named after its author as the press names it ("Darzi report")
        noun = _drop_leading(persons_doc.group("np"), _DOC_MODIFIERS, repeat=True)
        return Speaker(written, "doc", name=f"{persons_doc.group('owner').split()[-1]} {noun}")
    owned_person = re.fullmatch(
        r"(?:[Tt]he\s+)?(?P<org>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})[’']s\s+(?P<name>(?:"
        + _TITLES
        + r"\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})",
        head,
    )
    if owned_person and _looks_like_name(owned_person.group("name")):
        body = owned_person.group("org")
        known = _find_phrase(body, _lexicons()[0])
        if known and known.group(0) == body and not any(_role_word(w) for w in owned_person.group("name").split()):
            # "The King’s Fund’s Beccy X", a name the tagger did not take for a person: whose, then who
            role, _org = _split_role_org(app) if app and _is_role_phrase(app) else (None, None)
            name = _without_postnominal(_TITLE_RE.sub("", owned_person.group("name")))
            return Speaker(written, "person", name=name, role=role, org=body)
    together = _together(written, head, app, persons)
    if together is not None:
        return together
    judge = _JUDGE_THEN_NAME.fullmatch(head)
    if judge:  # "Employment Judge Hartley": the office and a surname, which the tagger may take as one name
        return Speaker(written, "person", name=judge.group(2), role=judge.group(1).lower(), org=None)
    owned_office = re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+(.+)", head)
    office = _OFFICE_THEN_NAME.fullmatch(owned_office.group(1) if owned_office else head)  # "Scotland's Cabinet ..."
    if office:  # "Minister for Care Stephen Larkin": an office in capitals whose field the tagger takes for a name
        name = _TITLE_RE.sub("", office.group(2))
        return Speaker(written, "person", name=name, role=office.group(1), org=None)
    # a person: a PERSON entity, a titled name, or a trailing run of capitalised words after a role
    name_m = None
    orgs, _roles = _lexicons()
    found = []
    for p in persons:
        p_clean = _TITLE_RE.sub("", p).strip()
        if re.fullmatch(_TITLES, p_clean):
            continue  # "Professor Dame Clare X", where the tagger's person is "Dame"
        idx = head.rfind(p_clean)
        after_name = re.fullmatch(r"\s+([a-z]+)", head[idx + len(p_clean) :]) if idx >= 0 else None
        if after_name and after_name.group(1) in _DOC_NOUNS:
            continue  # "A Healthwatch Tamebridge report": a document the tagger's person wrote, or is named after
        if idx > 0 and re.search(r"\b(?:in|at|from|near)\s+(?:[a-z]+\s+)?$", head[:idx]):
            continue  # "a GP in rural Lincolnshire", where the tagger took the county for a person
        kind_after = re.match(r"\s+([A-Z]{2,4})s?\b", head[idx + len(p_clean) :]) if idx >= 0 else None
        if kind_after and kind_after.group(1) in _KIND_OF_BODY and not _TITLE_RE.match(p):
            continue  # "a Tamebridge ICB spokesperson": the place in a body's name, which the tagger took for a person
        if re.search(r"[’']s$", p_clean) and _looks_like_name(app) and _is_role_phrase(head[idx + len(p_clean) :]):
            continue  # "Healthwatch Kent's chief executive, Robbie X": whose post it is, then the name
        if p_clean and idx >= 0 and p_clean[:1].isupper() and not _inside_org_name(head, idx, idx + len(p_clean)):
            found.append((idx, idx + len(p_clean)))
    titled = [f for f in found if re.search(_TITLES + r"\s+$", head[: f[0]])]
    if found and not titled:  # "Tamebridge LMC chair Dr Rufus Okoye": the tagger took the place, not the name
        titled = [m.span(1) for m in _TITLED_NAME.finditer(head) if not any(a <= m.start(1) < b for a, b in found)]
    if found:  # a titled one first: the tagger also takes "Lib Dem" in "Lib Dem leader Sir Ed Davey" for a person,
        name_m = titled[0] if titled else max(found)  # else the last: "Local Healthwatch manager Tara Quigley"
    if name_m is None:
        m = None
        for m in _TITLED_NAME.finditer(head):
            pass
        if m:
            name_m = m.span(1)
    words = head.split()
    for k in (len(words) - 2, len(words) - 3) if name_m is None and all(w[:1].isupper() for w in words) else ():
        # "Local MP Rhian Pugh", "Patient Edna Holloway": a capitalised role, then a name of two or three words
        name = " ".join(words[k:])
        if (
            1 <= k <= 3
            and _is_role_phrase(" ".join(words[:k]))
            and _looks_like_name(name)
            and not _find_phrase(name, orgs)
        ):
            if any(_common_word(w) for w in words[k:]):
                continue  # "GP Partner Association": a body's name, not a person's
            name_m = (head.rfind(name), len(head))
            break
    if name_m is not None:  # a role word the tagger took into the name
        first = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*$)", head[name_m[0] : name_m[1]])
        if first and first.group(1).lower() in _ROLE_HEADS:
            name_m = (name_m[0] + first.end(), name_m[1])
        for m in _TITLED_NAME.finditer(head):  # "Dr Tilly Okonkwo MP", where the tagger's person is "Dr Tilly"
            if m.start(1) <= name_m[0] and m.end(1) > name_m[1]:
                name_m = m.span(1)
    if name_m is None and app and _looks_like_name(head) and not _find_phrase(head, orgs) and _is_role_phrase(app):
        name_m = (0, len(head))  # "Marguerite Okafor, chair of the RCGP": a name the tagger missed
    app_at = re.fullmatch(r"(.+?),?\s+(?:from|of|at)\s+(?:the\s+)?([A-Z].*)", app)
    if (
        app_at
        and _looks_like_name(app_at.group(1))
        and not _looks_like_name(app)
        and not all(_role_word(w) for w in app_at.group(1).split())  # "Vice Chair of the RCGP": a post
    ):
        # "Another GP, Dr Sadia Mirza from Luton": a town is no organisation
        app, app_org = app_at.group(1), None if _a_place(app[len(app_at.group(1)) :]) else clean_org(app_at.group(2))
    else:
        app_org = None
    # "The coroner", "Her Liberal Democrat counterpart": a description whose head is a common noun
    described = re.fullmatch(r"(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*", head, re.I)
    named = app.partition(", ")[0].strip()  # "The group's chief executive, Mark X, a former trust director"
    kin = (
        described
        and head.split()[-1].lower() in _KIN
        and re.fullmatch(r"[A-Z][a-z]+", named)
        and named.lower() not in STOP_WORDS
    )  # "His wife, Jane, added": a relative named by the first name alone
    one_of = re.fullmatch(r"(?:one|another)\s+of\s+(?:them|those|the\s+([a-z]+?)s)", head, re.I)
    if one_of and named and _looks_like_name(named) and named.lower() not in STOP_WORDS:
        # "One of them, Mary X, 78, said"; "One of the partners, Dr Y": a person, their post the group's
        post = one_of.group(1) if one_of.group(1) and _is_role_head(one_of.group(1)) else None
        return Speaker(written, "person", name=_TITLE_RE.sub("", named), role=post)
    pair = re.fullmatch(r"(.+?)\s+and\s+(.+)", named) if " and " in named else None
    if (
        name_m is None
        and pair
        and all(_TITLE_RE.match(p) and _looks_like_name(p) for p in pair.groups())
        and _is_role_phrase(head)
    ):  # "Partners at the Riverside Practice in Hull, Dr Ali X and Dr Jo Y": their shared post, then both
        role, org = _split_role_org(_without_possessives(head))
        names = [_without_postnominal(_TITLE_RE.sub("", p).strip()) for p in pair.groups()]
        return Speaker(written, "person", name=" and ".join(names), role=role, org=org)
    if (
        name_m is None
        and named
        and (_looks_like_name(named) or kin)
        and (
            kin
            or _TITLE_RE.match(named)
            or _is_role_phrase(head)
            or (named in persons and described and head.split()[-1] not in _DOC_NOUNS)
        )
    ):  # "The BMA’s GP committee chair, Dr Katie X"; "The coroner, Alison Reddy"
        seat = re.match(r"(?:[A-Z][\w-]*\s+){0,3}(?:MP|MSP|MS|MLA|AM)\s+(?=[A-Z])", named)
        name = _without_postnominal(_TITLE_RE.sub("", named[seat.end() if seat else 0 :]).strip())  # "Labour MP X"
        role, org = _split_role_org(_without_possessives(head))  # "the BMA’s", "the RCGPs’", not "The King’s Fund"
        post = _plain_apposition(app.partition(", ")[2])
        if head.split()[-1].lower() in _KIN and post and _is_role_phrase(post):
            role, org = _split_role_org(post)  # "Her husband, Dr Tom X, also a GP": his post, not whose husband
        return Speaker(written, "person", name=name, role=role, org=org or app_org)
    post_name = next((p for p in persons if app.endswith(p) and len(p.split()) >= 2), None) if app else None
    if name_m is None and post_name and _is_role_phrase(app[: -len(post_name)]):
        # "Her colleague, assistant manager Dean X": who they are to someone, then their post and name
        role, org = _split_role_org(app[: -len(post_name)])
        return Speaker(written, "person", name=post_name, role=role, org=org)
    if name_m is None:
        m = re.search(r"(?:^|\s)((?:[A-Z][a-z][\w’'-]*\s+){1,3}[A-Z][a-z][\w’'-]*)$", head)
        if (
            m
            and re.search(r"\b[a-z]", head[: m.start(1)])
            and not _find_phrase(m.group(1), orgs)
            and not _inside_org_name(head, *m.span(1))
        ):
            name_m = m.span(1)
    if name_m is not None:
        while True:  # "Dr Aled Morgan" where the tagger kept only "Morgan": take the first name too
            prev = re.search(r"(?:^|\s)([A-Z][a-z][\w’'-]*)\s+$", head[: name_m[0]])
            if (
                not prev
                or (  # "Health Secretary for Northern Ireland Mike Nesbitt": the tagger's name is whole
                    len(head[name_m[0] : name_m[1]].split()) >= 2
                    and head[name_m[0] : name_m[1]] in persons
                    and re.search(r"\b(?:for|of|in)\s+(?:[A-Z][\w’'-]*\s+)*$", head[: name_m[0]])
                )
                or prev.group(1).lower() in STOP_WORDS
                or re.fullmatch(_TITLES, prev.group(1))
                or prev.group(1).lower() in _ROLE_HEADS
                or prev.group(1).lower() in _GENERIC_ORG
                or _find_phrase(prev.group(1), orgs)
                or re.search(r"-[a-z]", prev.group(1))  # "Mother-of-two Lisa X": a description
                or name_m[1] - prev.start(1) > 40
                or len(head[prev.start(1) : name_m[1]].split()) > 3
            ):
                break
            name_m = (prev.start(1), name_m[1])
        name = head[name_m[0] : name_m[1]].strip()
        name = _TITLE_RE.sub("", name) or name  # "Professor Dame Clare X": the titles after the first too
        name = re.sub(r"[’']s$", "", name)
        name = _without_postnominal(name)
        prefix = re.sub(r"\s*(?:" + _TITLES + r"\s*)+$", "", head[: name_m[0]]).strip()  # titles are not roles
        role, org = _split_role_org(prefix) if prefix else (None, None)
        if role is None and org and re.search(_SEAT + r"$", org) and org == prefix:
            role, org = prefix, None  # "Labour MP Dr X, a GP": the seat is the post, before the apposition's
        if re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)+", prefix):  # "Mother-of-two", "Father-to-be"
            role, org = prefix.lower(), None
        after = re.match(r"\s+(?:from|of|at)\s+(?:the\s+)?(?P<org>[A-Z].*)$", head[name_m[1] :])
        if org is None and after and not _a_place(after.group(0).strip()):  # "Dr Finn Harte from Northfield LMC"
            org = clean_org(after.group("org"))
        if app:
            first, _sep, rest = app.partition(", ")
            a_role, a_org = _split_role_org(app)
            if a_org == app and re.fullmatch(r"[A-Z][a-z][\w’'-]*", app) and _a_place(f"of {app}"):
                a_role, a_org = None, None  # "Dr Ruth Lee, Bristol:": where they work, no organisation
            if rest and _is_role_phrase(first):  # "GP partner, Tamebridge": a role, then where
                a_role, a_org = _split_role_org(first)
                if a_org is None and len(rest.split()) > 1 and clean_org(rest) and rest[:1].isupper():
                    a_org = clean_org(rest)
            role = role or a_role
            org = org or a_org
        return Speaker(written, "person", name=name, role=role, org=org)
    seen = re.match(
        r"(.+?)\s+(?:seen|obtained|leaked\s+to|shared\s+with|sent\s+to|signed|written|backed|drafted)\s+(?:by\s+)?",
        head,
    )
    if seen and re.sub(r"[’']s$", "", seen.group(1).split()[-1].lower()) in _DOC_NOUNS:
        head = seen.group(1)  # "a leaked NHS England briefing seen by the HSJ": the document, not who saw it
    words = head.split()
    last = re.sub(r"[’']s$", "", words[-1].lower()) if words else ""
    doc_m = re.match(
        r"^(?P<np>(?:(?:"
        + "|".join(_NOUN_DETERMINERS)
        + r")\s+)?(?:[\w’'-]+\s+){0,4}?(?P<noun>[a-z]+))"
        + _BY_BODY
        + r"(?P<org>[A-Z].*)$",
        head,
    )
    if doc_m and doc_m.group("noun") in _DOC_NOUNS:
        # the body is the run of capitalised words after "by" ("the Tamebridge LMC on Monday" -> Tamebridge LMC),
        # or the entity patterns' name where the run is no name of its own
        run = re.match(r"[A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*))*", doc_m.group("org")).group(0)
        org = clean_org(run)
        if org is None:
            org_m = _find_phrase(doc_m.group("org"), orgs)
            org = org_m.group(0) if org_m else doc_m.group("org").strip()
        # named as the house style names documents, the body first: "the report by think tank Policy
        # Exchange" -> "Policy Exchange report", as "The Nuffield Trust workforce report" is written
        noun = _drop_leading(doc_m.group("np"), _NOUN_DETERMINERS + _DOC_MODIFIERS, repeat=True)
        return Speaker(written, "doc", name=f"{org} {noun}", org=org)
    spokes = re.search(
        r"\b(spokes(?:person|man|woman)|representative)\b(?:\s+(?:for|from|at|of)\s+(?P<org>.+))?", head, re.I
    )
    if spokes:
        org = spokes.group("org")
        before = _drop_leading(head[: spokes.start()].strip())
        office = _drop_leading(org or "")
        if org and (
            (_is_role_phrase(office) and not clean_org(office)) or re.fullmatch(r"(?i:prime\s+minister)", office)
        ):
            # "A spokesman for the Prime Minister": speaks for an office, not a body
            return Speaker(written, "role", role=f"{spokes.group(1)} for the {office}", org=None)
        if re.fullmatch(r"(?:No|Number)\s+10", before):
            return Speaker(written, "role", role=spokes.group(1), org="Downing Street")  # "A No 10 spokesman"
        if org is None and before.split()[-1:] and before.split()[-1].lower() in _BODY_NOUNS and clean_org(before):
            org = before  # "A Scottish government spokesman": the body's kind, lower-cased, ends its name
        elif org is None:
            _role, org = _split_role_org(head[: spokes.start()])
        brief = re.search(r"(?:^|\s)((?:[a-z][\w-]*\s+){1,2})$", head[: spokes.start()])
        role = spokes.group(1)
        if brief and not any(
            w in STOP_WORDS or w in _BODY_NOUNS or w in (org or "").lower().split() for w in brief.group(1).split()
        ):  # not "A company spokesperson", whose company is the body named before
            role = brief.group(1) + role  # "Reform UK’s health spokesman": the brief is part of the post
        return Speaker(written, "role", role=role, org=org.strip() if org else None)
    owned = re.match(
        r"^(?:the\s+)?(?P<org>[A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*))*?)[’']s\s+"
        r"(?P<np>(?:[\w-]+\s+){0,3}(?P<noun>[a-z]+))$",
        head,
    )
    if owned and owned.group("noun") in _DOC_NOUNS and clean_org(owned.group("org")):
        # "The Health Foundation’s report" -> "Health Foundation report", as the house style names documents
        org = clean_org(owned.group("org"))
        noun = _drop_leading(owned.group("np"), _DOC_MODIFIERS, repeat=True)
        return Speaker(written, "doc", name=f"{org} {noun}", org=org)
    about = re.match(r"^(?P<np>(?:[\w’'-]+\s+){0,4}?(?P<noun>[a-z]+))\s+(?:of|into|on|among|from)\s+\S", head)
    if about and about.group("noun") in _DOC_NOUNS and last not in _DOC_NOUNS:
        # "A Pulse survey of 800 GPs", "a review into partnership": the document, not what it is about
        org_m = _find_phrase(about.group("np"), orgs)
        return Speaker(
            written,
            "doc",
            name=_drop_leading(about.group("np"), _NOUN_DETERMINERS),
            org=org_m.group(0) if org_m else None,
        )
    role_of = re.match(
        r"^(?:[\w’'-]+\s+){0,2}?(?P<head>[A-Za-z]+)\s+(?:of|behind|on|for|at|from|[a-z]+ing)\s", head
    )  # "the author of the report", "GPs responding to the survey": people, not the document
    if last in _DOC_NOUNS and not (role_of and _is_role_head(role_of.group("head").lower())):
        org_m = _find_phrase(head, orgs)
        org = org_m.group(0) if org_m else None
        run = re.match(  # "A Healthwatch Tamebridge report", "the Tamebridge LMC survey": the body that wrote it
            r"(?:(?i:a|an|the|this|its|new|latest|recent)\s+)*((?:[A-Z][\w’'&-]*\s+){1,5})(?:[a-z][\w-]*\s+){0,2}\S+$",
            head,
        )
        body = (
            clean_org(run.group(1).strip())
            if run and run.group(1)[:1].isupper() and head.split()[-1][:1].islower()
            else None
        )
        if body and " " not in body and not body.isupper():
            body = None  # "The Fuller report": named after a person, not written by a body
        if body and (org is None or (org in body and len(body) > len(org))):
            org = body
        return Speaker(
            written, "doc", name=_drop_leading(head, _NOUN_DETERMINERS + _DOC_MODIFIERS, repeat=True), org=org
        )
    role_m = _find_phrase(head, _roles)
    if role_m and role_m.end() >= len(head.rstrip()) - 1:
        role, org = _split_role_org(head)
        return Speaker(written, "role", role=role, org=org)
    if (
        role_m
        and not _drop_leading(head[: role_m.start()]).strip()
        and clean_org(head[role_m.end() :])
        and not _a_place(head[role_m.end() :])  # "A GP partner from Cornwall": where, not whose
    ):  # "clinical director Viaduct PCN"
        return Speaker(written, "role", role=role_m.group(0), org=clean_org(head[role_m.end() :]))
    np_m = re.match(  # "GPs responding to the survey": the participle's clause says which, not what they are
        r"^(?P<np>.+?)(?:\s+(?:in|at|from|for|of|on|with|based|who|which|behind|[a-z]+ing)\b.*)?$", head, re.S
    )
    np = np_m.group("np") if np_m else head
    np_words = [w for w in np.split() if w.lower() not in _DETERMINERS]
    if (
        np_words
        and _is_role_head(re.sub(r"[’']s$", "", np_words[-1]).lower())
        and (
            not _looks_like_name(np)
            or (np_words[-1].rstrip("s") in _ROLE_CAPS and not all(w.rstrip("s") in _ROLE_CAPS for w in np_words))
        )  # "Locum GPs"; "One GP" is read below
    ):  # "the review chair", "a GP locum in the Midlands", "GP leaders"
        clause = re.match(r"(.+?)\s+(?!working\b|practising\b|practicing\b)[a-z]+ing\s", head)
        role, org = _split_role_org(clause.group(1) if clause and clause.group(1) == np else head)
        if role is None:  # "Partners say": capitalised only because it opens the sentence
            bare_np = _drop_leading(np)  # "the Leeds GP": Leeds GP
            first = bare_np.split()[0]
            role = bare_np[:1].lower() + bare_np[1:] if _common_word(first) and first[1:].islower() else bare_np
        if role in _VOICES and app and _is_role_phrase(app):  # "One reader, a GP partner in Kent": what they are
            role, org = _split_role_org(app)
        return Speaker(written, "role", role=role, org=org)
    org_m = _find_phrase(head, orgs)
    if aged and not org_m and re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){0,2}", head):
        return Speaker(written, "person", name=head)  # "Sheila, 67, said": an age belongs to a person
    bare = [w for w in words if w.lower() not in _DETERMINERS]
    if bare and all(w.rstrip("s") in _ROLE_CAPS for w in bare):
        return Speaker(written, "role", role=" ".join(bare))  # "The GP", "one GP"
    if not org_m and len(bare) == 1 and bare[0][1:].islower() and bare[0].endswith("s"):
        return Speaker(written, "other", name=bare[0])  # "Patients said ...": a plural, not a body
    if org_m or (
        words
        and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words)
        and words[0][:1].isupper()
    ):
        org = org_m.group(0) if org_m and len(org_m.group(0)) >= len(head) - 4 else _drop_leading(head, ("the",))
        org = re.sub(r"\b([A-Z]{2,})[’']s\b", r"\1", org)  # "The BMA’s England GP committee", not "Guy's and ..."
        return Speaker(written, "org", name=org, org=org)
    return Speaker(written, "other", name=_drop_leading(head))


# --------------------------------------------------------------------------- article context


@dataclass
class _Mention:
    at: tuple[int, int]
    speaker: Speaker
    subject: bool
    said: bool = False


def _protect(text: str, keep: Sequence[tuple[int, int]]) -> str:
    """``text`` with the spaces and punctuation inside ``keep`` (organisation names such as
    ``Department of Health and Social Care``) turned into ``_``, so that no clause split
    falls inside a name, nor inside a number (``1,200 GPs``); same length, so offsets still hold."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "_", text)
    if not keep:
        return text
    chars = list(text)
    for a, b in keep:
        for k in range(max(0, a), min(len(chars), b)):
            if not chars[k].isalnum() and chars[k] not in "’'":
                chars[k] = "_"
    return "".join(chars)


# a title just before a name the tagger took for something else: "Dr Clare Holt"
_TITLE_BEFORE = re.compile(r"(?:^|[\s(])" + _TITLES + r"\s+$")
# a lower-case post word, then a (titled) name: "author Dr Phil X"
_POST_THEN_NAME = re.compile(r"[a-z][\w-]*\s+(?:" + _TITLES + r"\s+)?[A-Z]")


# an author cited with a year: "Smith et al. (2021)", "Baird and Price (2019)"
_CITATION = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?(?:\s+et\s+al\.?)?\s+\(\d{4}[a-z]?\)")


def _subject_before(text: str, keep: Sequence[tuple[int, int]] = ()) -> tuple[str, int] | None:
    """The grammatical subject at the end of ``text`` (the words just before a cue verb),
    with its offset in ``text``; ``keep`` are spans (organisation names) not to split."""
    keep = [*keep, *(m.span() for m in re.finditer(r"\s\([A-Z]{2,6}s?\)(?=\s+[a-z])", text))]  # "GPs (RCGP) chair"
    keep += [m.span() for m in _CITATION.finditer(text)]  # "Smith et al. (2021) describe"
    got = _subject_before_masked(_protect(text, keep))
    if got is None and re.search(r"\s[–—]\s+who\s[^–—]+[–—]\s*$", text):
        # "Dr Anne X — who has been a partner for 27 years — said": the dashes as the commas they stand for
        dashed = re.sub(r"(?<=\s)[–—](?=\s)|(?<=\s)[–—]$", ",", text.rstrip())
        got = _subject_before_masked(_protect(dashed, keep))
        if got is not None:
            got = (text[got[1] : got[1] + len(got[0])], got[1])
    if got is None:
        return None
    phrase, off = got
    places = re.search(
        r"(?:^|[.;:!?,]\s+)((?:[A-Za-z][\w-]*\s+){1,3}(?:in|across|from|for|at)\s+(?:[A-Z][\w’'-]+\s+){1,3}and\s+)$",
        text[:off],
    )
    if places and re.fullmatch(r"[A-Z][\w’'-]+(?:\s*\([^()]*\))?", phrase) and _is_role_phrase(places.group(1)):
        # "GP leaders in Wales and Scotland said", "A spokesperson for NHS Kent and Medway said": one subject
        off = places.start(1)
        phrase = text[off : off + len(places.group(1)) + len(phrase)]
    posts = re.search(r"(?:^|[.;:!?,]\s+)((?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][\w-]*)\s+and\s+)$", text[:off])
    if (
        posts
        and _POST_THEN_NAME.match(phrase)
        and _is_role_head(phrase.split()[0])
        and (posts.group(2).rstrip("s") in _ROLE_CAPS or _is_role_head(posts.group(2).lower()))
    ):  # "GP and author Dr Phil X said": two posts before one name
        off = posts.start(1)
        phrase = text[off : off + len(posts.group(1)) + len(phrase)]
    end = off + len(phrase)
    first = text[off:end].split(",")[0].strip()
    other = _OTHER_PARTY_RE.search(text[:off])
    team = re.match(r"(?:her\s+|his\s+|their\s+)?(?:colleagues|co-authors|team)\b", first)
    if team and other and _party(other.group(1)) == "person":  # "Dr Kavita Rao and colleagues at Y wrote"
        return text[other.start(1) : end], other.start(1)
    shared = _SHARED_POST_RE.search(text[:off])  # "GP partners Dr Ellie Marsh and Dr Tom Varley said"
    if shared and _is_role_phrase(shared.group(1)) and _joint(shared.group(2), first):
        off = shared.start(1)
    elif other and _joint(other.group(1), first):  # "Dr Nadia Shah and Dr Ben Cole, partners at ..., said"
        off = other.start(1)
        while (more := _MORE_PARTY_RE.search(text[:off])) and _party(more.group(1)) == "org" == _party(first):
            off = more.start(1)  # "the RCGP, the BMA and the Patients Association said"
    elif _role_and_name(first):  # "Health secretary X and NHS England chief executive Y said"
        other = _OTHER_ROLE_PARTY_RE.search(text[:off])
        if other and (_role_and_name(other.group(1)) or _party(other.group(1)) == "person"):
            off = other.start(1)  # "Dr Sunita Rao and her business partner Dr Hamish Greer said"
    return text[off:end], off


def _subject_before_masked(text: str) -> tuple[str, int] | None:
    t = text.rstrip()
    while True:
        m = _AUX_TAIL.search(t)
        if not m:
            break
        t = t[: m.start()].rstrip()
    if not t:
        return None
    paren = re.search(
        r"(?:^|(?<=[.;:!?,]\s))((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*\([^()]{2,80}\)$", t
    )
    if paren and _looks_like_name(paren.group(1)):  # "Dr Ray Lock (GP partner, Hull) said"
        return t[paren.start(1) :], paren.start(1)
    tag = re.search(_PARTY_TAG + "$", t)
    if tag:  # "Local councillor Jenny Marsh (Con, Ashby Ward) said": the subject before the party and ward
        got = _subject_before_masked(t[: tag.start()])
        if got and _looks_like_name(" ".join(got[0].split()[-2:])):
            return t[got[1] :], got[1]
    aside = re.search(r"\s*\((?:the|an?|who)\s[^()]{2,60}\)$", t)
    if aside:  # "A spokesperson for NHS Kent and Medway (the ICB) said": the subject before the aside
        got = _subject_before_masked(t[: aside.start()])
        if got:
            return t[got[1] :], got[1]
    if t.endswith(","):  # "Dr Smith, chair of X LMC, said" / "Dr Smith, 64, who retired in 2021, said"
        body = t[:-1]
        parts = [m for m in re.finditer(r"[^,;:–—]+", body)]
        last = parts[-1] if parts else None
        aged = len(parts) >= 3 and re.fullmatch(
            r"\s*(?:\d{1,3}|(?:of|from|at)\s+(?:the\s+)?[A-Z].*)\s*", parts[-1].group(0)
        )
        named = parts[:-1] if aged else parts  # "The patient group chair, Maureen Flett, 71, said"; ", of Y, said"
        if (
            len(named) >= 2
            and _looks_like_name(named[-1].group(0))
            and (len(named[-1].group(0).split()) >= 2 or _TITLE_RE.match(named[-1].group(0).strip()))
            and not _looks_like_name(named[-2].group(0))
        ):
            head = _CLAUSE_SPLIT.split(named[-2].group(0))[-1].strip()
            head = _LEAD_WORDS.sub("", head).strip()
            if re.match(r"(?:[A-Z][a-z]+ing|Asked|Pressed)\b", head) and not _is_role_phrase(head):
                head = ""  # "Opposing it, Dr Tariq X, from Kent, warned": what they were doing, not their post
            if head and len(head.split()) <= 8:  # "The BMA’s GP committee chair, Dr Katie Bramall-Stainer, said"
                start = body.rfind(head, 0, named[-1].start())
                return body[start : last.end()].strip(), start
        for k in range(len(parts) - 2, max(-1, len(parts) - 5), -1):
            cand = _CAPTION.sub("", parts[k].group(0)).strip()  # "Dr Lorna Fitch (pictured)"
            cand = re.sub(r"^(?:while|whereas|but|however|meanwhile|yet)\s+", "", cand)  # "’, while Dr Raj X, a
            # partner in Leeds, said" ("and Dr B" stays: the second of two people each described)
            cand = re.split(_NOT_A_TITLE + r"[.!?]\s+(?=[A-Z])", cand)[-1]  # "... by the announcement. One, who ..."
            joined = re.fullmatch(r"and\s+(.+)", cand)
            if joined and _looks_like_name(joined.group(1)) and k >= 2 and _looks_like_name(parts[k - 2].group(0)):
                # "Dr A, GP partner, and Dr B, practice manager, both of X, said": two people, each described
                start = parts[k - 2].start() + len(parts[k - 2].group(0)) - len(parts[k - 2].group(0).lstrip())
                return body[start : last.end()].strip(), start
            if (
                re.match(r"\s*(?:who\b|now\b|(?:a|an)\s+(?=\S+(?:\s+\S+)?\s*$))", parts[k + 1].group(0))
                and re.match(r"(?:one|a|an|another|the)\s", cand, re.I)
                and _is_role_phrase(cand)
                and len(cand.split()) <= 6
            ):  # "one clinical director, who asked not to be named, told Pulse"; "one former partner, now a
                # portfolio GP, told Pulse"; "a GP, now retired,"
                start = body.rfind(cand, 0, parts[k + 1].start())
                return body[start : last.end()].strip(), start
            if (
                not cand
                or cand[0].isdigit()
                or re.match(r"(?:who|which|whose|aged|a|an|the)\b", cand)
                or cand[:1].islower()
                or (k > 0 and _is_role_phrase(cand) and not _TITLED_NAME.search(cand) and not _looks_like_name(cand))
                or (  # "Dr Beth X, GP partner, Quinn & Co Medical Practice, Norwich, said": where the post is held
                    k > 1
                    and re.split(r"[\s_]+", cand)[-1].lower() in _BODY_NOUNS  # (a kept name is joined by "_")
                    and _is_role_phrase(parts[k - 1].group(0).strip())
                )
            ):
                continue  # an apposition: an age, a relative clause, a description, a role ("GP partner, Hackney")
            cand = _CLAUSE_SPLIT.split(cand)[-1].strip() if _CLAUSE_SPLIT.search(cand) else cand
            cand = _LEAD_WORDS.sub("", cand).strip()
            if cand and cand[:1].isupper():
                start = body.rfind(cand, 0, parts[k + 1].start())
                return body[start : last.end()].strip(), start
            break
        return None
    by = re.search(r"\b(?:made|set out|published|proposed|outlined|produced|commissioned|written)\s+by\s+(.+)$", t)
    if by:
        return by.group(1).strip(), by.start(1)
    parts = [m for m in re.finditer(r"[^,;:–—]+", t)]
    if (
        len(parts) >= 2
        and re.match(r"\s*(?:the\s+|a\s+|an\s+)?[a-z]", parts[-1].group(0))
        and not re.match(r"\s*(?:who|which|whose|that|and|but|as|when|while|although|because)\b", parts[-1].group(0))
        and len(parts[-1].group(0).split()) <= 10
        and not _CLAUSE_SPLIT.search(parts[-1].group(0).replace(",", " "))
    ):
        name = re.search(
            r"(?:" + _TITLES + r"\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}$", parts[-2].group(0).rstrip()
        )
        if (
            name
            and _looks_like_name(name.group(0))
            and not _role_and_name(parts[-1].group(0))  # "..., health minister Karin X said": her own name
            and not re.search(  # "On the BBC’s Question Time, the shadow health secretary said": where, not who
                r"\b(?:on|in|at|to|from|for|with|by|of)\s+(?:the\s+)?$", parts[-2].group(0)[: name.start()], re.I
            )
        ):  # "Professor X, chair of the RCGP said"
            start = parts[-2].start() + name.start()
            return t[start:].strip(), start
    pieces = list(_CLAUSE_SPLIT.finditer(t))
    start = pieces[-1].end() if pieces else 0
    cand = t[start:]
    lead = _LEAD_WORDS.match(cand.lstrip())
    offset = start + (len(cand) - len(cand.lstrip()))
    if lead:
        offset += lead.end()
    cand = t[offset:].strip()
    if not cand or len(cand.split()) > 12:
        return None
    return cand, offset


# one party of a joint subject: a titled or two-word name, or a body ("the RCGP", "NHS Providers")
_JOINT_PARTY = r"(?:the\s+)?(?:" + _TITLES + r"\s+)?[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'&-]*){0,4}"


# one party of a joint subject named with their post: "Health secretary Gideon Marlow"
_ROLE_PARTY = (
    r"(?:(?:his|her|their)\s+)?(?:[A-Z][\w’'&-]*\s+){0,3}(?:[a-z][\w-]*\s+){1,3}(?:"
    + _TITLES
    + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
)


_ROLE_PARTY_RE = re.compile(_ROLE_PARTY)
# two parties, perhaps after a post they share ("GP partners Dr A and Dr B"); one with a post and one without
_JOINT_RE = re.compile(r"((?:[A-Za-z][\w’'-]*\s+){0,3}?)(" + _JOINT_PARTY + r")\s+and\s+(" + _JOINT_PARTY + r")")
_PAIR_RE = re.compile(r"(" + _ROLE_PARTY + "|" + _JOINT_PARTY + r")\s+and\s+(" + _ROLE_PARTY + r")")
# the first party of a joint subject, at the end of the text before the second
# where a party of a joint subject may start: the text's start, or after a sentence's or clause's punctuation
_PARTY_START = r"^|[.;:!?]\s+|,\s+"
_OTHER_PARTY_RE = re.compile(
    r"(?:" + _PARTY_START + r"|\b(?:but|while|and|then|[Bb]oth)\s+)(" + _JOINT_PARTY + r")\s+and\s+$"
)
_MORE_PARTY_RE = re.compile(r"(?:" + _PARTY_START + r"|\b(?:but|while|then|[Bb]oth)\s+)(" + _JOINT_PARTY + r"),\s+$")
_BODY_LIST_RE = re.compile(r"((?:" + _JOINT_PARTY + r",\s+)+)(" + _JOINT_PARTY + r")\s+and\s+(" + _JOINT_PARTY + r")")
_SHARED_POST_RE = re.compile(
    r"(?:" + _PARTY_START + r")((?:[A-Za-z][\w’'-]*\s+){1,3}?)(" + _JOINT_PARTY + r")\s+and\s+$"
)
_OTHER_ROLE_PARTY_RE = re.compile(
    r"(?:" + _PARTY_START + r"|\b(?:but|while|then)\s+)(" + _ROLE_PARTY + "|" + _JOINT_PARTY + r")\s+and\s+$"
)


def _role_and_name(text: str) -> Speaker | None:
    """``NHS England chief executive Sir Alan Pettigrew``: a post, then the name of its holder, as one party of a
    joint subject; the speaker, or None."""
    text = text.strip()
    if not _ROLE_PARTY_RE.fullmatch(text):
        return None
    sp = _describe(text)
    if sp.kind != "person" or not sp.name or not sp.role or not text.endswith(sp.name):
        return None
    return sp


def _party(text: str) -> str | None:
    """``person`` or ``org`` for one party of a joint subject, else None."""
    text = text.strip()
    if _looks_like_name(text) and not _find_phrase(text, _lexicons()[0]) and not clean_org(text):
        return "person"
    bare = _drop_leading(text, ("the",))
    if _find_phrase(bare, _lexicons()[0]) or re.fullmatch(r"[A-Z]{2,}s?", bare):
        return "org"
    if len(bare.split()) > 1 and bare.split()[-1].lower() in _BODY_NOUNS and clean_org(bare):
        return "org"  # "the Patients Association", "Hartfield Foundation"
    return None


def _joint(a: str, b: str) -> bool:
    """Two parties of one kind said it together: ``Dr A and Dr B``, ``the RCGP and the BMA``."""
    kind = _party(a)
    return kind is not None and kind == _party(b)


_INITIALS = re.compile(r"(?:" + _TITLES + r"\s+)?((?:[A-Z]\.?\s*){1,2})\s(?=[A-Z][\w’'-])")
_NAME_LIKE = re.compile(  # a particle inside a name: "Mabon ap Gwynfor", "Anna van der Berg"
    r"(?:" + _TITLES + r"\s+)?(?:[A-Z]\.?\s+){0,2}[A-Z][\w’'-]+(?:\s+(?:" + _NAME_PARTICLES + r"\s+)*"
    r"[A-Z][\w’'-]+){0,3}"
)


def _looks_like_name(text: str) -> bool:
    """``Dr Katie Bramall-Stainer``, ``Anil Sood``: a titled name or two to four capitalised words; initials
    (``Dr A J Simpson``, ``A. Simpson``) when a title, a second initial or a full stop shows them to be, so that ``A
    GP`` is no name."""
    text = text.strip()
    titled = bool(_TITLE_RE.match(text))
    initials = _INITIALS.match(text)
    if initials and not (titled or "." in initials.group(1) or len(initials.group(1).split()) == 2):
        return False
    return bool(_NAME_LIKE.fullmatch(text)) and (titled or len(text.split()) >= 2)


def _according_to(text: str) -> tuple[str, int] | None:
    """The source after ``according to`` (see :func:`_subject_after`): the first phrase and an apposition that
    names a role, not the clause that follows them (``According to the Nuffield Trust, the number of GP partners
    has ...`` -> ``the Nuffield Trust``)."""
    got = _subject_after(text)
    if got is None:
        return None
    phrase, off = got
    phrase = re.split(r"\s+(?:was|is|were|are|has|had)\b", phrase)[0]  # "The message from Dr X was clear"
    phrase = re.split(r"\s+(?:when|while|after|as)\s", phrase)[0]  # "the answer from Dr X when asked whether ..."
    parts = phrase.split(", ")
    keep = parts[:2] if len(parts) > 1 and _is_role_phrase(parts[1]) else parts[:1]
    return ", ".join(keep), off


def _unnamed_body_or_role(text: str) -> bool:
    """``think tank``, ``union``, ``GP leaders``: up to three lower-case words ending in a
    kind of body or a role, as headlines name a speaker."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].islower() or w.rstrip("s") in _ROLE_CAPS for w in words):
        return False
    last = words[-1].lower()
    return last in _BODY_NOUNS or _is_role_head(last)


def _a_post_then_name(post: str, rest: str) -> bool:
    """``shopkeeper`` then ``Ali Khan, 54``: one or two lower-case words that are no function words, then a name
    of two or three words (``said shopkeeper Ali Khan``)."""
    words = post.split()
    name = rest.split(",")[0].strip()
    return (
        len(words) <= 2
        and not any(w.lower() in STOP_WORDS or w.endswith("ly") for w in words)
        and 2 <= len(name.split()) <= 3
        and _looks_like_name(name)
    )


def _subject_after(text: str) -> tuple[str, int] | None:
    """The subject after an inverted cue: ``said Dr Smith, a GP in Hull.``"""
    m = re.match(r"\s*([^.;:!?–—(]+(?:\([^()]{2,80}\))?)", text)  # "said Dr Ray Lock (GP partner, Hull)."
    if not m:
        return None
    cand = m.group(1)
    cand = re.split(  # "said Ian X, who runs the Lambeth GP Federation": a clause that gives a post is kept
        r",\s*(?:who(?!\s+(?:now\s+|also\s+|currently\s+)?(?:chairs|leads|heads|runs|manages|founded|sits|serves)\b)|"
        r"which|adding|as|in|on|when|after|before|speaking)\b",
        cand,
    )[0].strip(" ,")
    cand = re.split(r"\s+in\s+(?:his|her|their)\s", cand)[0]  # "asked Dr Ed Mallory in his column"
    cand = re.split(  # "says a GP in rural Lincolnshire who did not want to be named": the relative clause
        r"\s+who\s+(?:did|does|asked|wished|declined|would|was|is|has|had)\b", cand
    )[0]
    cand = re.sub(
        r"(?<=[a-z])\s+in\s+the\s+(?:BMJ|HSJ|Guardian|Times|Telegraph|Observer|Independent|Lancet)$", "", cand
    )
    cand = re.sub(r"(?<=\w)\s+[a-z]+ly$", "", cand)  # "said one partner sarcastically"
    role_first = re.match(r"((?:[a-z][\w’'-]*\s+){1,4})(?=(?:" + _TITLES + r"\s+)?[A-Z])", cand)
    if (
        not cand
        or not (
            cand.lower() in ("he", "she", "they")  # "‘...,’ said she."
            or cand[:1].isupper()
            or cand.split()[0].lower() in _DETERMINERS
            or re.match(  # "added her partner, Dr X", "added her husband Jim"
                r"(?:his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s|\s+(?:" + _TITLES + r"\s+)?[A-Z])", cand
            )
            or (role_first and _is_role_phrase(role_first.group(1)))  # "said practice manager Tess Doyle"
            or (role_first and _a_post_then_name(role_first.group(1), cand[role_first.end() :]))
            or _unnamed_body_or_role(cand)  # a headline's "‘...’, warns think tank"
        )
    ):
        return None
    if len(cand.split()) > 14:  # "said Dr X, a partner at a practice in Bolton that lost two GPs this year"
        cand = re.split(r"\s+(?:that|which|where|who)\s+", cand)[0]
    if len(cand.split()) > 14 and re.match(r"[^,]+,\s+(?:a|an|the)\s", cand):
        # "said Dr X, a partner at the Y Surgery in Norwich and a member of the BMA’s GP committee": the first post
        cand = re.split(r"\s+and\s+(?:also\s+)?(?:a|an|the)\s+", cand)[0]
    if len(cand.split()) > 14:
        return None
    return cand, text.find(cand)


class _Article:
    """What attribution needs from an article: paragraph texts with quote contents
    masked, entities and subjects, and the speaker mentions in reading order."""

    def __init__(self, paragraphs: Sequence[str], docs: Sequence, spans: list[Span]):
        self.paragraphs = list(paragraphs)
        self.docs = list(docs)
        self.spans = spans
        masked = [list(p) for p in paragraphs]
        self.inside: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
        for s in spans:
            for pi, a, b in s.segments:
                for k in range(a, b):
                    if masked[pi][k] not in "\n":
                        masked[pi][k] = "x" if masked[pi][k] not in ".!?" else "x"
                self.inside[pi].append((a, b))
        self.masked = ["".join(m) for m in masked]
        self.org_spans = [self._org_spans(pi) for pi in range(len(self.paragraphs))]
        self.mentions: list[_Mention] = []
        self.genders: dict[str, str] = {}  # a person's name -> "he" or "she", as a pronoun resolved to them said
        # people named only as a plural post that is a sentence's subject ("GPs told Pulse", "Respondents were"):
        # where, and one of them as a role ("GP"), for the "one" and "another" who speak for them
        self.groups: list[tuple[tuple[int, int], str]] = []
        self._collect_mentions()

    def _org_spans(self, pi: int) -> list[tuple[int, int]]:
        """Where the paragraph names an organisation in several words (entities and the
        entity patterns' organisations)."""
        from nlp.pipeline import ORG_LABELS

        text = self.paragraphs[pi]
        spans = [
            (e.start_char, e.end_char)
            for e in self.docs[pi].ents
            if (e.label_ in ORG_LABELS and " " in e.text and not _TITLE_RE.match(e.text))  # not "Dr Iestyn Rowe"
            or (e.label_ == "ROLE" and " and " in e.text)
        ]
        if " and " in text or "," in text:
            spans += [m.span() for m in _org_names_in(text) if " and " in m.group(0) or "," in m.group(0)]
        return spans

    def keep(self, pi: int, base: int, length: int) -> list[tuple[int, int]]:
        """The organisation spans of paragraph ``pi`` relative to a slice at ``base``."""
        return [(a - base, b - base) for a, b in self.org_spans[pi] if b > base and a < base + length]

    def in_quote(self, pi: int, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.inside[pi])

    def persons_in(self, pi: int, start: int, end: int) -> list[str]:
        doc = self.docs[pi]
        return [e.text for e in doc.ents if e.label_ == "PERSON" and e.start_char >= start and e.end_char <= end]

    def token_at(self, pi: int, pos: int):
        """The parser's token at character ``pos`` of paragraph ``pi``, or None."""
        span = self.docs[pi].char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def verb_at(self, pi: int, pos: int) -> bool:
        """Does the parser agree that the word at ``pos`` is a verb?"""
        t = self.token_at(pi, pos)
        if t is None:
            return True
        word = re.match(r"[a-z]+", self.paragraphs[pi][pos:])
        if word and t.text != word.group(0) and word.group(0) in _CUE_SET:
            return True  # "added:‘The ..." is one token to the tokenizer: trust the cue word
        return t.tag_.startswith("VB") or t.text in ("said", "says", "told", "added")

    def _collect_mentions(self) -> None:
        from nlp.pipeline import ORG_LABELS

        for pi, doc in enumerate(self.docs):
            # one pass over the tokens (each read builds a token object): candidates by their word
            doc_nouns, subjects = [], []
            for tok in doc:
                low = tok.lower_
                if low in _DOC_NOUNS:
                    doc_nouns.append(tok)
                if low in _SUBJECT_WORDS and tok.dep_ == "nsubj":
                    subjects.append(tok)
            for ent in [*doc.ents, *self._untagged_titled(pi), *self._untagged_bodies(pi, subjects)]:
                if self.in_quote(pi, ent.start_char):
                    continue
                root = ent.root
                root_dep, head = root.dep_, root.head
                # the clause's subject, and the people joined to it: "Dr Amy X and Mr Tom Y ran the practice";
                # "Dr A, the LMC's chief executive, and Dr B, its chair, wrote", where the tagger hangs B on A's post;
                # "Dr A and her husband, Dr B, run a practice", where B is her husband's apposition
                top = head if root_dep in ("compound", "appos", "conj") else root
                if (root_dep, top.dep_) in (("conj", "appos"), ("appos", "conj")):
                    top = top.head
                subject = top.dep_ in ("nsubj", "nsubjpass")
                said = subject and head.lower_ in _CUE_SET
                titled = (
                    (
                        (  # "Baroness X" tagged ORG; "Dr Clare Holt", where the tagger's ORG is "Clare Holt"
                            bool(_TITLE_RE.match(ent.text))
                            or _TITLE_BEFORE.search(self.paragraphs[pi][max(0, ent.start_char - 12) : ent.start_char])
                        )
                        and _looks_like_name(ent.text)
                    )
                    or self._name_after_post(ent)
                )  # "The chief executive, Moira Dent,": the tagger's ORG
                if root_dep == "compound" and head.lower_ in _DOC_NOUNS and not titled:
                    continue  # "A Healthwatch Tamebridge report found": the document is the mention
                if ent.label_ == "PERSON" or titled:
                    phrase = self._with_prefix(pi, ent)
                    before = re.search(
                        r"(?:^|[.;:!?]\s+|\sand\s+)(?:(?:but|yet|meanwhile)\s+)?"
                        r"((?:the|a|an|its|their|his|her|(?-i:(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*[’']s))\s+[^,;:.!?]{2,80}?),\s*$",
                        self.paragraphs[pi][: ent.end_char - len(phrase)],
                        re.I,
                    )
                    if (
                        _TITLE_RE.sub("", phrase) == _TITLE_RE.sub("", ent.text)
                        and before
                        and (_is_role_phrase(before.group(1)) or before.group(1).split()[-1].lower() in _KIN)
                    ):  # "her husband, Dr Omar X": a relative, as a post
                        phrase = f"{before.group(1)}, {phrase}"  # "The patient group chair, Maureen Flett, 71, said"
                        kin = _KIN_GENDER.get(before.group(1).split()[-1].lower())
                        if kin:  # "Her husband, Dr Tom X, also a GP": he, whatever his post
                            self.genders.setdefault(_TITLE_RE.sub("", ent.text), kin)
                    app = self._apposition(pi, ent)
                    sp = describe(phrase + app, [ent.text])
                    being = "" if app or not subject else self._role_said_to_be(pi, ent)
                    if being:  # the name as written, the role from what the sentence says they are
                        sp = replace(describe(phrase + being, [ent.text]), written=sp.written)
                    if sp.kind == "person":
                        self.mentions.append(_Mention((pi, ent.start_char), sp, subject, said))
                        if said and sp.name:  # "Dr Sam X said he ‘would never go back’": he is a he
                            told = [c for c in head.children if c.dep_ == "ccomp"]
                            own = [c.lower_ for t in told for c in t.children if c.dep_ == "nsubj"]
                            if own[:1] in (["he"], ["she"]):
                                self.genders.setdefault(sp.name, own[0])
                elif ent.label_ in ORG_LABELS or ent.label_ == "POLICY":
                    asked = root_dep == "dobj" and head.lower_ in ("asked", "contacted", "approached")
                    if asked:  # "Pulse asked NHS England whether ... A spokesperson said": the body that answers
                        subject = said = True
                    if subject and (
                        ent.label_ == "POLICY" or clean_org(ent.text) or ent.text.lower() in _org_names_lower()
                    ):
                        kind = "doc" if ent.label_ == "POLICY" else "org"
                        i = ent.start
                        while (
                            i > 0
                            and (doc[i - 1].tag_ == "NNP" or doc[i - 1].dep_ == "compound")
                            and doc[i - 1].text[:1].isupper()
                            and i - 1 > doc[i - 1].sent.start - 1
                            and doc[i - 1].ent_type_ in ("", "ORG", "GPE", "LOC")
                            and ent.start - i < 3
                        ):
                            i -= 1
                        ent = doc[i : ent.end]
                        self.mentions.append(
                            _Mention(
                                (pi, ent.start_char),
                                Speaker(
                                    ent.text, kind, name=ent.text, org=clean_org(ent.text) if kind == "org" else None
                                ),
                                subject,
                                said,
                            )
                        )
            for tok in subjects:
                if _a_plural_post(tok) and not self.in_quote(pi, tok.idx):
                    # "GPs told Pulse ...", "Respondents to the survey were ...": one of them, a GP, a respondent
                    mods = [
                        t.text.lower() if t.i == t.sent.start and _common_word(t.text) else t.text  # "Pulse readers"
                        for t in doc[tok.left_edge.i : tok.i]
                        if t.lower_ not in _DETERMINERS
                        and t.lower_ not in ("many", "most", "some", "all", "these")
                        and not t.like_num
                    ]
                    head = tok.text[:-1] if tok.text[:-1].isupper() or tok.i > tok.sent.start else tok.text[:-1].lower()
                    self.groups.append(((pi, tok.left_edge.idx), " ".join([*mods, head])))
                    continue
                if (
                    tok.tag_ == "NN"
                    and not self.in_quote(pi, tok.idx)
                    and (
                        (tok.left_edge.lower_ == "the" and _is_role_head(tok.lower_))
                        or (
                            tok.left_edge.lower_ in ("his", "her", "their")
                            and (tok.lower_ in _KIN or _is_role_head(tok.lower_))
                        )
                    )
                ):  # "The health minister visited a practice ... ‘...,’ she said": a post, the sentence's subject;
                    # "His wife, also a GP, agrees. ‘...,’ she says": a relative, not the man named before
                    named = [  # "The new chair of the RCGP, Professor X, took office": the post is X's, and X the
                        m  # subject, however the parser hung X on the phrase
                        for m in self.mentions
                        if m.at[0] == pi
                        and m.speaker.kind == "person"
                        and tok.left_edge.idx <= m.at[1] <= tok.right_edge.idx
                    ]
                    if named:
                        named[0].subject = True
                        continue
                    stance = tok.head.lower_ in ("is", "was", "are", "were", "seems")  # "was less positive"
                    named_before = any(  # "Dr Paul X runs a practice. The practice manager left in June.": he is
                        m.at[0] == pi and m.at[1] < tok.idx and m.subject and m.speaker.kind == "person"  # still Dr X
                        for m in self.mentions
                    )
                    if named_before and not stance and tok.lower_ not in _KIN:
                        continue  # nor "Dr X said ... The health secretary has promised to fix it. ‘...,’ he said"
                    phrase = doc[tok.left_edge.i : tok.i + 1].text
                    sp = describe(phrase) if tok.lower_ not in _KIN else Speaker(phrase, "role", role=tok.lower_)
                    if sp.kind == "role" and sp.role:
                        self.mentions.append(_Mention((pi, tok.left_edge.idx), sp, True, tok.head.lower_ in _CUE_SET))
            for tok in doc_nouns:
                # document-like noun phrases (the report, NHS England's long-term plan), found from tags
                # because the attribute ruler (and with it noun_chunks) is switched off for speed
                if not tok.tag_.startswith("NN") or self.in_quote(pi, tok.idx):
                    continue
                left = tok.left_edge
                chunk = doc[left.i : tok.i + 1]
                subject = tok.dep_ in ("nsubj", "nsubjpass")
                said = tok.dep_ == "nsubj" and tok.head.lower_ in _CUE_SET
                text = chunk.text
                tail = re.match(
                    _BY_BODY + r"((?:[A-Z][\w’'&-]*\s*)+)",
                    self.paragraphs[pi][chunk.end_char :],
                )
                if tail:
                    text = text + self.paragraphs[pi][chunk.end_char : chunk.end_char + tail.end()].rstrip()
                sp = describe(text)
                if sp.kind == "doc" and not sp.org:
                    sp = self._whose_document(pi, tok, sp)
                if sp.kind == "doc":
                    self.mentions.append(_Mention((pi, chunk.start_char), sp, subject, said))
        self.mentions.sort(key=lambda m: m.at)
        for a, b in zip(self.mentions, self.mentions[1:]):  # "Dr A and Dr B, both partners at X, said": A is one too
            if (
                a.at[0] == b.at[0]
                and a.speaker.kind == b.speaker.kind == "person"
                and not (a.speaker.role or a.speaker.org)
                and re.search(r",\s+both\s", b.speaker.written)
                and re.fullmatch(
                    r"[\w’' -]+?\s+and\s+(?:" + _TITLES + r"\s+)?", self.paragraphs[a.at[0]][a.at[1] : b.at[1]]
                )
            ):
                a.speaker = replace(a.speaker, role=b.speaker.role, org=b.speaker.org)
        for m in self.mentions:  # short forms among the mentions point at the full ones before them, "its" at a body
            if (
                m.speaker.short
                or re.search(r"^(?:its|their)\s|(?:^|,\s+)the\s+[a-z]+[’']s\s", m.speaker.written, re.I)
                or _WHO_HOLDS_THE.search(m.speaker.written)
            ):
                m.speaker = self.resolve(m.speaker, m.at)  # "The trust’s chief executive, Paul X": which trust

    @staticmethod
    def _name_after_post(ent) -> bool:
        """An untitled name the tagger took for an organisation, right after a post (``The chief executive, Moira
        Dent,``; ``chief executive Moira Dent said``): two or three capitalised words, none a body's word, that the
        entity patterns do not know as a body."""
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not _looks_like_name(ent.text):
            return False
        if any(t.lower_ in _GENERIC_ORG or t.text.isupper() for t in ent) or ent.text.lower() in _org_names_lower():
            return False
        i = ent.start - 1
        if i >= 0 and ent.doc[i].text == ",":
            i -= 1
        return i >= 0 and ent.doc[i].ent_type_ == "ROLE"

    def _untagged_titled(self, pi: int) -> list:
        """Titled names the tagger left without an entity (``Dr Price, 36, is a salaried GP``), as PERSON spans."""
        from spacy.tokens import Span as DocSpan

        doc, out = self.docs[pi], []
        for m in _TITLED_NAME.finditer(self.paragraphs[pi]):
            span = doc.char_span(m.start(), m.end(1), alignment_mode="contract")
            if span is not None and len(span) and not any(t.ent_type_ in _NAMING_LABELS for t in span):
                # "Dr Cartwright agrees", where the tagger took the surname for a work of art
                out.append(DocSpan(doc, span.start, span.end, label="PERSON"))
        return out

    def _whose_document(self, pi: int, tok, sp: Speaker) -> Speaker:
        """``In a letter to members, the Tamebridge LMC said``: the letter is the body's, named as the house style
        names documents (``Tamebridge LMC letter``), so that ``the letter added`` finds it."""
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ in ("in", "through") and prep.head.lower_ in _CUE_SET:
            verb = prep.head
        elif tok.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            verb = tok.head  # "The BMA published its report, ‘Safe working ...’", then "the report said"
        else:
            return sp
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return sp
        orgs = [
            m.speaker.org or m.speaker.name or ""
            for m in self.mentions
            if m.at[0] == pi and subj.left_edge.idx <= m.at[1] <= subj.idx and m.speaker.kind == "org"
        ]
        whole = self.paragraphs[pi][subj.left_edge.idx : subj.right_edge.idx + len(subj.right_edge.text)]
        if orgs and any(a <= subj.idx < b and whole in self.paragraphs[pi][a:b] for a, b in self.org_spans[pi]):
            orgs.append(_drop_leading(whole))  # "Tamebridge and Westmoor ICB", which the parser splits at "and"
        if not orgs:
            return sp
        org = max(orgs, key=len)
        name = f"{org} {_doc_head(sp.name or tok.lower_)}"
        return Speaker(name, "doc", name=name, org=org)  # written as named: no short form to resolve

    def _untagged_bodies(self, pi: int, subjects: Sequence) -> list:
        """Bodies the tagger left without an entity that are a sentence's subject (``The Elmfield Surgery will
        close``): a run of capitalised words ending in a body's noun, as ORG spans; ``subjects`` are the
        paragraph's subject tokens."""
        from spacy.tokens import Span as DocSpan

        doc, out = self.docs[pi], []
        for tok in subjects:
            if tok.tag_ != "NNP" or tok.ent_type_ not in ("", *_NOT_A_BODY_LABELS) or tok.lower_ not in _BODY_NOUNS:
                continue  # "the Beech Tree Surgery", which the tagger calls a law, is a body too
            start = tok.i
            while start > tok.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ == "NNP":
                start -= 1
            if start < tok.i and not any(t.ent_type_ not in ("", *_NOT_A_BODY_LABELS) for t in doc[start : tok.i]):
                out.append(DocSpan(doc, start, tok.i + 1, label="ORG"))
        return out

    def _apposition(self, pi: int, ent) -> str:
        """``, the minister for primary care`` after a name (an age or a photo caption's
        pointer may stand between), or ``""``."""
        app = re.match(
            r"(?:" + _CAPTION_POINTER + r")?,\s+(?:\d{1,3},\s+)?"
            r"((?:(?:the|a|an)\s+)?(?!who\b(?!\s+(?:chairs|heads|founded|sits\s+on)\s)|which\b|whose\b|aged\b)"
            r"[A-Za-z][^,;:()–—.]{1,90}?)"
            r"(?=,|\.|;|\s+(?:said|says|told|tells|added|adds|warned|argued)\b|$)",
            self.paragraphs[pi][ent.end_char :],
        )
        if (
            app
            and not re.search(r"\b(?:is|was|has|had|will|would|said|says)\b", app.group(1))
            and app.group(1).split()[0].lower() not in _CUE_SET  # "Alan Price, disagreed.": a verb, not a role
            and (app.group(1)[:1].islower() or _is_role_phrase(app.group(1)))
            and not self._finite_verb_at(pi, ent.end_char + app.start(1))  # "Dr X, rejected the idea."
            and not self._clause_at(pi, ent.end_char + app.start(1), ent.end_char + app.end(1))
        ):
            return ", " + app.group(1)  # "Tobias Grell, the minister for primary care, ..."
        post = re.match(  # "Dr Tom X, who was a partner at the Old Mill Surgery for 22 years, retired"
            r",\s+(who\s+(?:is|was)\s+(?:a|an|the)\s+[a-z][^,;:()–—.]{1,90}?)(?=,|\.|;|$)",
            self.paragraphs[pi][ent.end_char :],
        )
        if post and _is_role_phrase(re.sub(r"^who\s+(?:is|was)\s+", "", post.group(1))):
            return ", " + post.group(1)
        return ""

    def _clause_at(self, pi: int, start: int, end: int) -> bool:
        """Is ``start:end`` a clause of its own, a finite verb with its subject (``For Dr X, the answer lies in
        federations``), and not an apposition?  A relative clause's verb (``a GP who works in Leeds``) is not."""
        span = self.docs[pi].char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        return any(
            t.tag_ in ("VBD", "VBZ", "VBP")
            and any(
                c.dep_ in ("nsubj", "nsubjpass") and start <= c.idx < end and c.lower_ not in ("who", "that", "which")
                for c in t.children
            )
            for t in span
        )

    def _finite_verb_at(self, pi: int, pos: int) -> bool:
        """Is the word at ``pos`` a verb in the past or present tense, to the parser?"""
        t = self.token_at(pi, pos)
        return t is not None and t.tag_ in ("VBD", "VBZ", "VBP")

    def _role_said_to_be(self, pi: int, ent) -> str:
        """The role a sentence says its subject has (``Dr Fiona Grant is a GP partner in Hull.``),
        in apposition form (``, a GP partner in Hull``), or ``""``."""
        became = re.match(
            r"\s+(?:(?:also|later|then|now)\s+)?(?:became|becomes|took\s+over\s+as|takes\s+over\s+as|works\s+as|"
            r"worked\s+as|serves\s+as|served\s+as|(?:was|has\s+been|had\s+been)\s+(?:appointed|elected)(?:\s+as)?)\s+"
            r"((?:(?:the|a|an)\s+)?[A-Za-z][^,;:()–—.]{1,80}?)(?=[,.;]|\s+(?:who|since|for|when|after|in\s+\d{4}|at\s+(?:the\s+age\s+of\s+)?\d{2})\b|$)",
            self.paragraphs[pi][ent.end_char :],
        )
        if became and ent.root.head.i > ent.root.i:  # "Dr X took over as senior partner at the Y Surgery in 2019"
            role = _plain_apposition(became.group(1))
            return ", " + role if role and _is_role_phrase(role) else ""
        if ent.root.head.lower_ not in ("is", "was", "been") or ent.root.head.i < ent.root.i:
            return ""
        being = re.match(
            r"(?:,\s+\d{1,3},)?\s+(?:is|was|(?:has|had)\s+been)\s+(?:also\s+|now\s+|currently\s+)?"
            r"((?:(?:the|a|an)\s+)?[A-Za-z][^,;:()–—.]{1,80}?)(?=[,.;]|\s+(?:who|since|for)\b|$)",
            self.paragraphs[pi][ent.end_char :],
        )
        role = _plain_apposition(being.group(1)) if being else ""  # "is one of six partners at X"
        role = re.sub(r"\s+(?:there|here)$", "", role)  # "had been a partner there for 19 years"
        first, joined, second = role.partition(" and ")
        if joined and not _is_role_phrase(second):  # "... in Hull and has worked there for years"
            role = first
        return ", " + role if role and _is_role_phrase(role) else ""

    def _with_prefix(self, pi: int, ent) -> str:
        """The entity with the role and organisation words just before it
        (``then health secretary Jeremy Hunt``)."""
        doc = ent.doc
        i = ent.start
        while i > 0:
            t = doc[i - 1]
            if ent.start - i < _PREFIX_TOKENS and (
                t.ent_type_ in _PREFIX_ENTS or (t.text.isupper() and len(t.text) > 1)
            ):
                i -= 1
                continue
            if (
                ent.start - i < _PREFIX_TOKENS
                and t.is_alpha
                and t.text[:1].isupper()
                and not t.is_stop
                and i < ent.start
                and doc[i].ent_type_ in _PREFIX_ENTS
                and doc[i].ent_type_ != "ROLE"
            ):
                i -= 1  # "Seaview ICB chief executive ...": the place in an organisation's name
                continue
            joined = (  # "GP and author Dr Phil X": two posts before a name
                t.lower_ == "and"
                and i < ent.start
                and i >= 2
                and (doc[i - 2].text.rstrip("s") in _ROLE_CAPS or _is_role_head(doc[i - 2].lower_))
            )
            two_places = (  # "Hull and East Riding LMC chief executive Dr X": a body named after two places
                t.lower_ == "and"
                and i < ent.start
                and i >= 2
                and doc[i - 2].is_alpha
                and doc[i - 2].text[:1].isupper()
                and not _TITLE_RE.match(doc[i - 2].text + " ")
                and doc[i].text[:1].isupper()
                and any(x.ent_type_ in _PREFIX_ENTS and x.ent_type_ != "ROLE" for x in doc[i : ent.start])
            )
            if joined or two_places:
                i -= 1
                continue
            if (
                t.is_punct
                and t.text not in ("’s", "'s", "-")
                or t.lower_ in ("the", "a", "an", "and", "by", "to", "with", "from", "said", "says")
            ):
                break
            if (
                t.tag_[:2] in ("VB", "MD", "IN", "PR", "WP", "WD", "WR", "CC", "DT", "RB", "TO")
                and t.lower_ not in ("of", "for")
                and not (t.dep_ == "amod" and i <= t.head.i < ent.end)  # "Retired farmer Ken X"
                and not (doc[i].text == "-" and i < ent.start)  # "Long-serving partner Dr X"
                and not (t.dep_ == "advmod" and i <= t.head.i < ent.end and t.head.dep_ == "amod")  # "Newly qualified"
                and not (t.lower_ in _PREFIX_MODIFIERS and i < ent.start)  # "said lead GP Dr X"
            ):
                break
            if ent.start - i >= _PREFIX_TOKENS:
                break
            i -= 1
        return doc[i : ent.end].text

    def add(self, mention: _Mention) -> None:
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: m.at)

    def resolve(self, sp: Speaker, at: tuple[int, int]) -> Speaker:
        """Pronouns and short forms -> the last full mention before ``at``."""
        before = [m for m in self.mentions if m.at < at]
        owned_doc = re.fullmatch(r"(his|her)\s+(?:[a-z][\w-]*\s+)?([a-z]+)", sp.written.split(",")[0].strip(), re.I)
        if owned_doc and owned_doc.group(2).lower() in _DOC_NOUNS and sp.kind in ("other", "doc"):
            whose = "he" if owned_doc.group(1).lower() == "his" else "she"
            person = self.resolve(Speaker(whose, "pronoun", pronoun=whose), at)
            if person.kind == "person" and person.name and " and " not in person.name:
                # "Her report, published in May, called for ‘...’": the report of the person she is ("Fuller report")
                return Speaker(sp.written, "doc", name=f"{person.name.split()[-1]} {owned_doc.group(2).lower()}")
        if sp.kind == "pronoun":
            last = [m for m in before if m.said][-1:]
            if (
                sp.pronoun == "they"
                and last
                and last[0].speaker.kind == "person"
                and re.match(r"Mx\b", last[0].speaker.written)
                and not self._plural_subject_between(last[0].at, at)
            ):  # "Mx Moira Dent said ... ‘...,’ they said": the person, by the pronoun their title asks for
                return replace(self._known(last[0].speaker, before), written=sp.written)
            want = "person" if sp.pronoun == _EPITHET_MARK else _PRONOUNS.get(sp.pronoun or "", "thing")
            if want == "person":
                pool = [
                    m
                    for m in before
                    if (m.speaker.kind == "person" and (m.subject or m.said))
                    or (m.speaker.kind == "role" and (m.said or (m.subject and sp.pronoun in ("he", "she"))))
                ] or [m for m in before if m.speaker.kind == "person"]
            else:
                kinds = ("org", "doc", "role")
                if sp.pronoun == "it":  # "it" is a body or a document, not "GP leaders" nor "the health secretary"
                    before = [m for m in before if m.speaker.kind != "role"]
                pool = (
                    [m for m in before if m.speaker.kind in kinds and m.said]
                    or [m for m in before if m.speaker.kind in kinds and m.subject]
                    or [m for m in before if m.speaker.kind in kinds]
                )
            if not pool and sp.pronoun == "they":
                # "Dr A and Dr B run the practice. They said": the two people who were this paragraph's subjects
                both = [m for m in before if m.at[0] == at[0] and m.speaker.kind == "person" and m.subject]
                if len(both) >= 2 and both[-2].speaker.name and both[-1].speaker.name:
                    return _pair_of(sp.written, both[-2].speaker, both[-1].speaker)
            if pool and sp.pronoun in ("he", "she"):
                # "She handled the clinical side ... He did the accounts": not a person this article calls the other
                agree = [m for m in pool if self._pronoun_of(m.speaker) in (None, sp.pronoun)] or [
                    m for m in before if m.speaker.kind == "person" and self._pronoun_of(m.speaker) == sp.pronoun
                ]
                pool = agree or pool
            if pool:
                full = pool[-1].speaker
                if full.short or full.kind == "role":  # "The minister visited ...": the minister named before
                    full = self.resolve(full, pool[-1].at)
                if sp.pronoun in ("he", "she") and full.name and " and " not in full.name:
                    self.genders.setdefault(full.name, sp.pronoun)
                return replace(self._known(full, before), written=sp.written)
            if want == "person" and not before:
                # "‘I love my job,’ she says. ... Dr Priya X, 38, is a salaried GP": a feature that quotes first and
                # names the speaker after, in the same paragraph or the next, with nobody named before
                later = next(
                    (
                        m
                        for m in self.mentions
                        if at < m.at and m.at[0] <= at[0] + 1 and m.subject and m.speaker.kind == "person"
                    ),
                    None,
                )
                if later is not None:
                    return replace(later.speaker, written=sp.written)
            return sp
        if sp.kind == "person" and sp.short:
            surname = sp.name.lower()
            for m in reversed(before):
                full = m.speaker
                if full.kind == "person" and full.name and " and " in full.name:
                    # "The partners, Dr Femi X and Dr Clare Holt, said ...", then "Dr Holt said": one of the pair
                    one = next((n for n in full.name.split(" and ") if n.lower().split()[-1] == surname), None)
                    full = replace(full, name=one) if one and len(one.split()) > 1 else full
                if (
                    full.kind == "person"
                    and full.name
                    and len(full.name.split()) > 1
                    and full.name.lower().split()[-1] == surname
                ):
                    # a post given here comes with its own organisation or none: "Professor X, a GP in Nottingham"
                    # after "RCGP chair Professor Y X" is not a GP at the RCGP
                    org = sp.org or (full.org if not sp.role or sp.role == full.role else None)
                    return self._known(
                        Speaker(sp.written, "person", name=full.name, role=sp.role or full.role, org=org), before
                    )
            return sp
        if sp.kind == "doc" and sp.short:
            head = _doc_head(sp.written)
            cands = [
                m
                for m in before
                if m.speaker.kind == "doc"
                and m.speaker.name
                and not m.speaker.short
                and _doc_head(m.speaker.name) == head
                and len(m.speaker.name) > len(sp.name or "")
            ]
            pool = [m for m in cands if m.said] or [m for m in cands if m.subject] or cands
            if pool:
                return replace(pool[-1].speaker, written=sp.written)
            return sp
        if sp.kind == "other" and re.fullmatch(
            r"(?:another|a second|a third|one other)(?:\s+one)?", sp.written.split(",")[0].strip(), re.I
        ):  # "Another, signing himself ‘Fed-up partner’, wrote"
            pool = [m for m in before if m.said and m.speaker.kind == "role" and m.speaker.role]
            groups = self._groups_before(at)
            if groups:  # "Readers responded ... One, a GP partner, wrote ... Another wrote": another reader
                return Speaker(sp.written, "role", role=groups[-1][1])
            if pool:  # "One GP said ... Another said ...": another of the same
                return Speaker(sp.written, "role", role=pool[-1].speaker.role, org=pool[-1].speaker.org)
            return Speaker(sp.written, "other")  # another of whom the text does not say: no name
        two = re.fullmatch(r"the\s+(former|latter|pair|couple|duo)", sp.written.split(",")[0].strip(), re.I)
        if two and sp.kind in ("other", "role"):  # "Dr A and Dr B disagree. The former said ...; the latter ..."
            last: list[Speaker] = []
            for m in reversed(before):
                o = m.speaker
                if (
                    o.kind == "person"
                    and o.name
                    and " and " not in o.name
                    and o.name.split()[-1] in o.written  # named there, not "the former" read already
                    and all(o.name != x.name for x in last)
                ):
                    last.append(self.resolve(o, m.at) if o.short else o)
                if len(last) == 2:
                    break
            if len(last) == 2:
                second, first = last
                word = two.group(1).lower()
                if word == "former":
                    return replace(first, written=sp.written)
                if word == "latter":
                    return replace(second, written=sp.written)
                return _pair_of(sp.written, first, second)
            return sp
        if sp.kind == "other" and re.fullmatch(
            r"(?:many|some|most|several|others|a few|few)(?:\s+of\s+them)?", sp.written.split(",")[0].strip(), re.I
        ):  # "We interviewed 40 GPs ... Many described a job that had become ‘relentless’": GPs, not "Many"
            people = self._people_named_as_a_plural(at)
            return Speaker(sp.written, "role", role=f"{people}s") if people else Speaker(sp.written, "other")
        if sp.kind == "other" and re.fullmatch(r"one", sp.written.split(",")[0].strip(), re.I):
            pool = [m for m in before if m.said and m.speaker.kind == "role" and (m.speaker.role or "").endswith("s")]
            groups = self._groups_before(at)
            app = sp.written.split(",", 1)[1].strip() if "," in sp.written else ""
            if groups and app and _is_role_phrase(app):  # "Readers responded ... One, a GP partner in Devon, wrote"
                role, org = _split_role_org(app)
                return Speaker(sp.written, "role", role=role or groups[-1][1], org=org)
            if groups and (not pool or groups[-1][0] > pool[-1].at):  # "GPs told Pulse they were exhausted. One
                return Speaker(sp.written, "role", role=groups[-1][1])  # said": a GP
            if pool:  # "GPs told Pulse ... One, who did not want to be named, said": one of them
                return Speaker(sp.written, "role", role=pool[-1].speaker.role[:-1], org=pool[-1].speaker.org)
            return Speaker(sp.written, "other")  # one of whom the text does not say: no name
        epithet = re.fullmatch(
            r"the\s+(regulator|watchdog|union|think[- ]tank)", sp.written.split(",")[0].strip(), re.I
        )
        if epithet and sp.kind in ("other", "org", "role"):
            word = epithet.group(1).lower()
            known = _entity_phrases("THINK_TANK") if word.startswith("think") else _EPITHET_BODIES[word]
            for m in reversed(before):
                o = m.speaker
                if o.kind == "org" and o.org and (o.org.lower() in known or (word in o.org.lower().split())):
                    return Speaker(sp.written, "org", name=o.org, org=o.org)  # "the regulator" after "The CQC"
        generic = re.fullmatch(r"(?:the|its|this)\s+([a-z][\w-]*|[A-Z][a-z]+)", sp.written.split(",")[0].strip(), re.I)
        if sp.kind in ("other", "org") and generic and generic.group(1).lower() in _GENERIC_ORG:
            word = generic.group(1).lower()  # "the trust", "the college" -> the last body of that kind named
            kin = _SAME_KIND_OF_BODY.get(word, frozenset({word}))
            for m in reversed(before):
                o = m.speaker  # a body named, or the body a spokesperson spoke for ("The department added")
                if o.kind in ("org", "role") and o.org and kin & (set(o.org.lower().split()) | _long_form_words(o.org)):
                    return Speaker(sp.written, "org", name=o.org, org=o.org)  # "The RCGP ...; the college said"
            body = self._body_in_focus(word, before, at) or self._named_body_of_kind(kin, at)
            if body:  # "Harbour Primary Care has taken over three practices ... the company said"; "Partners at
                # the Riverside Medical Centre have voted ... The practice said": the centre
                return Speaker(sp.written, "org", name=body, org=body)
            return sp
        owner = (
            re.search(r"(?:^|,\s+)the\s+([a-z]+)[’']s\s", sp.written, re.I)
            or re.match(
                r"(committee|trust|board|council|federation|tribunal|college|union|association|charity)\s",
                sp.written,
                re.I,
            )  # "College chair Professor X": the college named before
            or _WHO_HOLDS_THE.search(sp.written)
        )  # "Professor X, who chairs the college": that college's chair
        part = sp.org and re.fullmatch(r"(?:[A-Z]{2,}\s+)?(?:committee|board|council|team|group)", sp.org)
        if (
            sp.kind in ("person", "role")
            and (not sp.org or part)
            and owner
            and (owner.group(1).lower() in _BODY_NOUNS or owner.group(1).lower() in _EPITHET_BODIES)
        ):
            # "The trust's director of primary care, Dr X", "Committee chair Sir Y" -> the body of that kind named
            # before; "The union's GP committee chair" -> that body's GP committee
            word = owner.group(1).lower()
            for m in reversed(before):
                o = m.speaker
                if (
                    o.kind == "org"
                    and o.org
                    and (
                        word in o.org.lower().split()
                        or word in _long_form_words(o.org)
                        or o.org.lower() in _EPITHET_BODIES.get(word, ())
                    )
                ):  # "The BMA said ... The union’s chair, Dr X": the BMA's chair
                    possessive = _owned_post(owner.group(0)) or word in _NAMED_FOR_BODY
                    # "the union’s chair", "College chair Professor X": chair
                    role = _without_kind(sp.role, word) if possessive and not part else sp.role
                    return replace(sp, role=role, org=f"{o.org} {sp.org}" if part else o.org)
            body = None if part else self._body_in_focus(word, before, at) or self._named_body_of_kind(word, at)
            if body:  # "Carers Tamebridge said ... The charity’s director, Paul X": its director; "to form
                # Northshire Health Partnership ... The partnership’s chair, Dr X": that partnership
                return replace(
                    sp, role=_without_kind(sp.role, word) if _owned_post(owner.group(0)) else sp.role, org=body
                )
        if (
            sp.kind in ("person", "role")
            and (not sp.org or part)
            and re.search(r"(?:^|\b(?:of|at|for)\s+)(?:its|their)\s", sp.written, re.I)
        ):  # "Its chair"; "Dr X, chair of its GP committee"
            pool = [
                m
                for m in before
                if (m.speaker.kind == "org" or (m.speaker.kind == "doc" and m.speaker.org)) and (m.said or m.subject)
            ]  # "A report by the Health Foundation found ... Its author, Dr X": the body that wrote it
            owner = (pool[-1].speaker.org or pool[-1].speaker.name) if pool else self._body_in_sentence(at)
            if owner:  # "said its chief executive, Dr Lorna Pike"; "Its GP committee chair": that body's committee;
                # "In a blog for the King’s Fund, its chief executive, X, wrote": the body named in the sentence
                if part:
                    sp = replace(sp, org=f"{owner} {sp.org}")
                else:  # "its chair" after "Devon LMC" (the tagger's "LMC"): Devon LMC's; after "the ICB board": an
                    # ICB chair, which ICB not said
                    named = self.named_body(replace(sp, org=owner), at)
                    role, org = (named.role, named.org) if named.org != owner else _unnamed_body(sp.role, owner)
                    sp = replace(sp, role=role, org=org)
        if sp.kind == "role" and sp.role and sp.role.lower() in _SPOKES and not sp.org:
            pool = [m for m in before if m.said and m.speaker.kind in ("org", "doc")] or [
                m for m in before if m.subject and m.speaker.kind == "org" and m.at[0] >= at[0] - 1
            ]  # "NHS England published the figures. A spokesperson said": the body just in focus
            spokes = [  # "A spokesperson for NHS England said ... The spokesperson added": that one
                m
                for m in before
                if m.speaker.kind == "role" and (m.speaker.role or "").lower() in _SPOKES and m.speaker.org
            ]
            if spokes and re.match(r"the\s", sp.written, re.I) and (not pool or spokes[-1].at > pool[-1].at):
                return replace(sp, org=spokes[-1].speaker.org)
            if pool:
                role, org = _unnamed_body(sp.role, pool[-1].speaker.org or pool[-1].speaker.name)
                return replace(sp, role=role, org=org)  # "whether the ICB would step in, a spokesperson said"
            return sp
        if sp.kind == "role" and sp.name is None and sp.role and re.match(r"(?:the|our|its|their)\b", sp.written, re.I):
            # "the health secretary", "the review chair" -> the last named person with that role
            want = [
                w
                for w in re.findall(r"[\w&-]+", re.split(r"\s+(?:in|at|from|for|of|on|with)\s+", sp.role.lower())[0])
                if w not in _NOUN_DETERMINERS  # "The Streatham GP"
            ]
            head, mods = (want[-1], [w for w in want[:-1] if w not in _ROLE_MODIFIERS]) if want else ("", [])
            for m in reversed(before):
                full = self._known(m.speaker, before)
                if full.kind != "person" or not full.role or len((full.name or "").split()) < 2:
                    continue
                if sp.org and (not full.org or sp.org.lower() not in full.org.lower()):
                    continue  # "the BMA chair" is not the RCGP's chair
                has = set(re.findall(r"[\w&-]+", f"{full.role} {full.org or ''}".lower()))
                heads = {w.split("-")[-1] for w in has} | has
                if heads & _GP_POSTS or heads & {"surgery", "practice"}:
                    heads |= {"gp", "doctor"}  # "a partner at the Fellside Surgery", then "the GP"
                if heads & {"executive", "chief", "director", "head", "chair", "leader", "manager", "owner"}:
                    heads |= {"boss"}  # "chief executive of Moorside NHS Trust", then "the trust boss"
                if head in heads and all(w in has for w in mods):
                    return replace(full, written=sp.written)
            people = [m for m in before if m.speaker.kind == "person" and (m.said or m.subject)]
            last = self._known(people[-1].speaker, before) if people else None
            if (
                last is not None
                and (head in _GP_POSTS or head == "doctor")
                and not last.role
                and len((last.name or "").split()) > 1
                and re.match(r"Dr\b", last.written)
            ):  # "Dr Lena Hartmann said ...", then "the former partner said": a doctor whose post was not given
                return replace(last, written=sp.written, role=sp.role)
        return sp

    def _groups_before(self, at: tuple[int, int]) -> list[tuple[tuple[int, int], str]]:
        """The :attr:`groups` named before ``at``, in this paragraph or the one before."""
        return [g for g in self.groups if g[0] < at and g[0][0] >= at[0] - 1]

    def _people_named_as_a_plural(self, at: tuple[int, int]) -> str | None:
        """One of the people the article last named as a plural post before ``at``, in this paragraph or the one
        before: a sentence's subject (:attr:`groups`, ``GPs told Pulse``), else any plural post (``We interviewed
        40 GPs``), as a role (``GP``); or ``None``."""
        groups = self._groups_before(at)
        if groups:
            return groups[-1][1]
        for pi in range(at[0], max(-1, at[0] - 2), -1):
            for tok in reversed(self.docs[pi]):
                if (pi, tok.idx) < at and _a_plural_post(tok) and not self.in_quote(pi, tok.idx):
                    return tok.text[:-1] if tok.text[:-1].isupper() else tok.lower_[:-1]
        return None

    def _named_body_of_kind(self, word: str | frozenset[str], at: tuple[int, int]) -> str | None:
        """The last organisation the tagger found before ``at`` whose name has ``word`` (or one of ``word``) in it
        (``Northshire Health Partnership`` for ``the partnership’s``), whether or not it was a sentence's subject,
        or ``None``."""
        from nlp.pipeline import ORG_LABELS

        words = frozenset({word}) if isinstance(word, str) else word
        for pi in range(at[0], -1, -1):
            for e in reversed(self.docs[pi].ents):
                if (
                    e.label_ in ORG_LABELS
                    and (pi, e.end_char) <= at
                    and not self.in_quote(pi, e.start_char)
                    and (
                        words & (set(e.text.lower().split()) | _long_form_words(e.text))
                        or any(e.text.lower() in _EPITHET_BODIES.get(w, ()) for w in words)  # "the regulator’s"
                    )
                    and clean_org(e.text)
                ):
                    return clean_org(e.text)
        return None

    def _body_in_sentence(self, at: tuple[int, int]) -> str | None:
        """The last organisation the tagger found in the sentence before ``at``, or ``None``."""
        from nlp.pipeline import ORG_LABELS

        pi, pos = at
        start = _sentence_start(self.masked[pi], pos)
        bodies = [
            e.text
            for e in self.docs[pi].ents
            if e.label_ in ORG_LABELS
            and start <= e.start_char
            and e.end_char <= pos
            and not self.in_quote(pi, e.start_char)
        ]
        return clean_org(bodies[-1]) if bodies else None

    def _body_in_focus(self, word: str, before: Sequence[_Mention], at: tuple[int, int]) -> str | None:
        """The body ``the company`` or ``the charity`` points back to: one the sentence's subject in this paragraph
        or the one before, that may call itself so (:func:`_may_call_itself`), or ``None``."""
        if word not in _A_BUSINESS and word not in _A_VOLUNTARY_BODY:
            return None
        for m in reversed(before):
            o = m.speaker
            if m.at[0] < at[0] - 1:
                break
            if o.kind == "org" and o.org and m.subject and _may_call_itself(word, o.org):
                return o.org
        return None

    def _plural_subject_between(self, start: tuple[int, int], end: tuple[int, int]) -> bool:
        """Is a plural noun a clause's subject between ``start`` and ``end`` (``The practices said ...``)?"""
        for pi in range(start[0], end[0] + 1):
            lo = start[1] if pi == start[0] else 0
            hi = end[1] if pi == end[0] else len(self.paragraphs[pi])
            if any(
                t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and lo <= t.idx < hi
                for t in self.docs[pi]
            ):
                return True
        return False

    def _pronoun_of(self, sp: Speaker) -> str | None:
        """``he`` or ``she`` for a person the article has called so, or whose title says so (``Mr``, ``Dame``)."""
        if sp.kind in ("role", "person") and sp.role in _KIN_GENDER:
            return _KIN_GENDER[sp.role]  # "His wife", "her husband, Dr Omar X"
        if sp.kind != "person" or not sp.name or " and " in sp.name:
            return None
        if sp.name in self.genders:
            return self.genders[sp.name]
        title = re.search(r"\b(Mr|Sir|Lord|Mrs|Ms|Miss|Dame|Lady|Baroness)\b", sp.written)
        if title:
            return "he" if title.group(1) in ("Mr", "Sir", "Lord") else "she"
        return None

    def named_body(self, sp: Speaker, at: tuple[int, int]) -> Speaker:
        """A role held in a kind of NHS body that the phrase does not name (``ICB chief medical officer``,
        ``the CCG’s chair``) gets the last body of that kind the article named before ``at`` (``Seaforth ICB``)
        as its organisation; the role stays as written."""
        if sp.kind not in ("person", "role") or not sp.role:
            return sp
        if sp.org and sp.org.rstrip("s") in _KIND_OF_BODY:
            kind = sp.org.rstrip("s")  # "A spokesperson for the ICB"
        elif sp.org or len(sp.role.split()) < 2:
            return sp
        else:
            kind = sp.role.split()[0].rstrip("s")
        if kind not in _KIND_OF_BODY:
            return sp
        pi, pos = at
        named = None
        for text in [*self.masked[:pi], self.masked[pi][:pos]]:
            for m in re.finditer(r"((?:[A-Z][\w’'&-]*\s+){1,4})" + kind + r"s?\b", text):
                words = [w for w in m.group(1).split() if w.lower() not in STOP_WORDS and not _TITLE_RE.match(w + " ")]
                org = clean_org(" ".join([*words, kind])) if words else None
                if org and org != kind:
                    named = org
        return replace(sp, org=named) if named else sp

    def _known(self, sp: Speaker, before: Sequence[_Mention]) -> Speaker:
        """A named person with the role and organisation the article gave them in any
        earlier mention (``Dr X, chair of Y LMC, told Pulse ...`` then ``He said ...``)."""
        if sp.kind != "person" or not sp.name or (sp.role and sp.org):
            return sp
        for m in reversed(before):
            o = m.speaker
            one_of_pair = bool(o.name) and sp.name in o.name.split(" and ")  # "Dr A and Dr B, who run X, said"
            if o.kind == "person" and (o.name == sp.name or one_of_pair) and (o.role or o.org):
                if sp.role and o.role and sp.role != o.role:
                    continue  # another post: keep what this mention says
                sp = replace(sp, role=sp.role or o.role, org=sp.org or o.org)
                if sp.role and sp.org:
                    break
        return sp


# --------------------------------------------------------------------------- attribution


@dataclass
class _Attribution:
    speaker: Speaker | None
    cue: str | None
    at: tuple[int, int] | None = None


# posts that only a GP holds, so that "the GP" or "the doctor" can refer back to their holder
_GP_POSTS = frozenset("gp gps partner partners locum salaried".split())
# how many words before a name can be its role and organisation ("BMA Northern Ireland GP committee chair Dr X")
_PREFIX_TOKENS = 8
_ROLE_MODIFIERS = {"new", "former", "then", "current", "outgoing", "incoming", "interim", "acting", "deputy"}
# words taken into a role before a name whatever the tagger makes of them: "said lead GP Dr X"
# ("but shadow health minister Dr X said", where the tagger reads "shadow" as a verb)
_PREFIX_MODIFIERS = frozenset(_ROLE_MODIFIERS | {"lead", "senior", "shadow"})
_GOOD_KINDS = ("pronoun", "person", "org", "doc", "role")


def _cues(text: str) -> list[re.Match]:
    return list(_CUE_RE.finditer(text))


def _cue_text(m: re.Match) -> str:
    if m.group("according"):  # "according to", "in the words of", or the noun: "That was the verdict of" -> verdict
        words = m.group("according").lower().split()
        return " ".join(words) if words[0] in ("according", "in") else words[-2]
    verb = m.group("verb")
    obj = m.group("object")
    if obj and verb in _OBJECT_VERBS:
        return f"{verb} {obj.strip()}"
    return verb


class _Attributor:
    def __init__(self, art: _Article):
        self.art = art

    def _speaker(self, pi: int, phrase: str, start: int) -> Speaker:
        doc = self.art.docs[pi]
        for e in doc.ents:  # keep the person's own noun phrase: "... follows health secretary Matt Hancock"
            if (
                e.label_ == "PERSON"
                and e.start_char >= start
                and e.end_char <= start + len(phrase)
                and not _inside_org_name(phrase, e.start_char - start, e.end_char - start)
            ):
                pstart = e.end_char - len(self.art._with_prefix(pi, e))
                inside = re.search(r"\b(?:in|at|from|of|near)\s+$", phrase[: pstart - start])  # "a GP in rural X"
                if pstart > start and not phrase[: pstart - start].rstrip().endswith((",", "(")) and not inside:
                    phrase, start = phrase[pstart - start :], pstart
                break
        persons = [
            p
            for p in self.art.persons_in(pi, start, start + len(phrase))
            if not re.search(r"(?:^|\s)(?:the|in|at)\s+" + re.escape(p), phrase)
        ]
        if self.art.masked[pi][start : start + len(phrase)] == phrase:
            phrase = self.art.paragraphs[pi][start : start + len(phrase)]  # a quoted title in it, unmasked
        sp = describe(phrase, persons)
        if sp.role and sp.role.startswith("whose "):  # "welcomed by the National Association of Primary Care,
            body = re.search(  # whose chair, Dr X, called it ...": that body's chair
                r"([A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*))*),\s*$", self.art.paragraphs[pi][:start]
            )
            sp = replace(sp, role=sp.role[len("whose ") :], org=clean_org(body.group(1)) if body else sp.org)
        sp = self.art.resolve(sp, (pi, start))
        if sp.kind == "person" and sp.name and not (sp.role and sp.org):
            # "Dr X, locum GP of Y, said: ‘...’" then "Dr X said: ‘...’": the full name again, the post as before
            sp = self.art._known(sp, [m for m in self.art.mentions if m.at < (pi, start)])
        return self.art.named_body(sp, (pi, start))

    def name_only(self, pi: int, text: str, base: int, allow_role: bool = True) -> _Attribution | None:
        """``text`` (at ``base`` in paragraph ``pi``) when it is only a person's name,
        perhaps with a role (``Dr Sana Iqbal``, ``Dr Olu Fashanu, GP partner, Tamebridge``):
        the speaker line of Q&A and "what GPs think" formats."""
        stripped = _BULLET.sub("", text, count=1).strip()  # "• Anonymous salaried GP, Kent: ‘...’"
        if not stripped or len(stripped.split()) > 16 or re.search(r"[.!?;]$", stripped):
            return None
        base += text.find(stripped)
        doc = self.art.docs[pi]
        first_end = base + len(stripped.split(",")[0])
        last_start = base + len(stripped) - len(stripped.split(",")[-1])
        for t in doc:  # no finite verb before any apposition, nor after the last: a line that names, not a sentence
            in_name = base <= t.idx < first_end
            after = (  # "Dr X, a GP, has a message"; not "Dr Kofi X, Leeds", whose town the tagger takes for a verb
                "," in stripped and last_start <= t.idx < base + len(stripped) and t.text[:1].islower()
            )
            if (in_name or after) and t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not t.ent_type_:
                return None
        sp = self._speaker(pi, stripped, base)
        first = re.findall(r"[\w’'-]+", stripped.split(",")[0])  # "The Minister for Care (Stephen Kinnock)"
        if (
            allow_role
            and sp.kind == "role"
            and len(stripped.split()) <= 8
            and (
                "," in stripped
                or re.match(r"anonymous\b", stripped, re.I)
                or (not self.art.paragraphs[pi][:base].strip() and len(stripped.split()) <= 4)
            )
        ):
            return _Attribution(sp, None, (pi, base))  # "Anonymous GP partner, Yorkshire"; a headline's "GP leader:"
        if sp.kind != "person" or not sp.name or not {sp.name.split()[0], sp.name.split()[-1]} & set(first):
            return None  # a name in the line, whole or short ("Dr Singh:" after "Dr Jaz Singh:"), not a pronoun
        return _Attribution(sp, None, (pi, base))

    def subject_of(self, pi: int, pos: int, start: int, cue: str) -> _Attribution | None:
        """The subject of the clause that the word at ``pos`` in paragraph ``pi`` hangs on
        (``Dr X was less sure, adding:``), when it lies between ``start`` and ``pos``."""
        tok = next((t for t in self.art.docs[pi] if t.idx == pos), None)
        while tok is not None and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head is not tok:
            tok = tok.head
            subj = [t for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
            if subj:  # all of them: the parser may make a role and the name after it two subjects
                a, b = min(t.idx for t in subj), max(t.idx + len(t) for t in subj)
                if a < start or b > pos or self.art.in_quote(pi, a):
                    return None
                sp = self._speaker(pi, self.art.paragraphs[pi][a:b], a)
                return _Attribution(sp, cue, (pi, a)) if sp.kind in _GOOD_KINDS else None
        return None

    def name_line(self, pi: int) -> _Attribution | None:
        """Paragraph ``pi`` as a speaker line above a quote (see :meth:`name_only`)."""
        if pi < 0 or self.art.inside[pi]:
            return None
        text = self.art.paragraphs[pi]
        return self.name_only(pi, _BULLET.sub("", text, count=1).rstrip().rstrip(":"), 0)

    def after_question(self, pi: int, last: _Attribution | None) -> _Attribution | None:
        """Paragraph ``pi`` is an interviewer's question (no quote, ends in ``?``): the quote
        below answers it, so its speaker is the last speaker quoted, or else the person
        the article introduced (the last named person who was a sentence's subject)."""
        if pi < 0 or self.art.inside[pi] or not self.art.paragraphs[pi].rstrip().endswith("?"):
            return None
        if last is not None and last.speaker is not None:
            return _Attribution(last.speaker, None)
        people = [
            m
            for m in self.art.mentions
            if m.at[0] < pi and m.subject and m.speaker.kind == "person" and len((m.speaker.name or "").split()) > 1
        ]
        if not people:
            return None
        return _Attribution(self.art._known(people[-1].speaker, self.art.mentions), None)

    def speaking_after(self, pi: int) -> _Attribution | None:
        """``Dr X, chair of the RCGP, was speaking at ...`` opening paragraph ``pi``: the
        speaker of the quote just before it."""
        if pi >= len(self.art.paragraphs):
            return None
        text = self.art.masked[pi]
        m = re.match(
            r"\s*(.{3,200}?)\s+(?:was|is|were|had been)\s+(?:speaking|talking|writing|addressing|"
            r"giving evidence|responding|quoted)\b",
            text,
        )
        if not m or _SENT_END.search(m.group(1)):
            return None
        got = _subject_before(m.group(1), self.art.keep(pi, 0, m.end(1)))
        if got is None or got[1] > 2:
            return None
        sp = self._speaker(pi, got[0], got[1])
        if sp.kind not in ("person", "role", "org"):
            return None
        return _Attribution(sp, "speaking", (pi, got[1]))

    def before(self, pi: int, text: str, base: int) -> _Attribution | None:
        """A cue and its subject in ``text`` (which starts at ``base`` in paragraph ``pi``),
        the closest cue first; an inverted ``said X`` is taken too."""
        aside = re.search(r",\s*(says|said|adds|added|argues|argued|insists|insisted)\s+([^,;:.!?]{3,80}),\s*$", text)
        if aside:  # "It was, says Dr Simon X, ‘the worst week of my career’."
            got = _subject_after(aside.group(2))
            if got is not None:
                at = base + aside.start(2) + got[1]
                sp = self._speaker(pi, got[0], at)
                if sp.kind in _GOOD_KINDS and sp.kind != "pronoun":
                    return _Attribution(sp, aside.group(1), (pi, at))
        opening = re.match(r"\s*(Says|Said|Adds|Added|Warns|Warned|Argues|Argued)\s+", text)
        if opening:  # "Says Dr Lambert: ‘...’"
            got = _subject_after(text[opening.end() :])
            if got is not None:
                phrase, off = got
                at = base + opening.end() + off
                sp = self._speaker(pi, phrase, at)
                if sp.kind in _GOOD_KINDS:
                    return _Attribution(sp, opening.group(1).lower(), (pi, at))
        fallback = None
        for m in reversed(_cues(text)):
            if m.group("verb") and not self.art.verb_at(pi, base + m.start("verb")):
                continue
            progressive = m.group("verb") in _PROGRESSIVE
            if progressive and not re.search(r"\b(?:was|were|is|are|has been|had been)\s+$", text[: m.start()]):
                continue
            if (
                m.group("verb")
                and not progressive
                and re.search(r"\b(?:been|being|be|was|were|is|are|get|got)\s+$", text[: m.start()])
            ):
                continue  # "GPs have been told to ...": a passive cue names no speaker
            if m.group("according"):
                got = _according_to(text[m.end() :])
                if got:
                    phrase, off = got
                    return _Attribution(
                        self._speaker(pi, phrase, base + m.end() + off), _cue_text(m), (pi, base + m.end() + off)
                    )
                continue
            got = _subject_before(text[: m.start()], self.art.keep(pi, base, m.start()))
            if got is None and m.group("verb") and re.search(r"\b(?:but|and|then)\s+$", text[: m.start()]):
                got = self._shared_subject(pi, base, m.start("verb"))  # "A spokesperson did not answer but said:"
            if got is not None and m.group("verb"):
                got = self._document_subject(pi, base, m.start("verb"), got)
            if got is not None and re.search(r"(?:^|\s)who$", got[0]) and "," not in text[m.end() :]:
                # "Dr Ali Noor, who said the plan was ‘unworkable’, will retire": the quote is inside the
                # relative clause, so its speaker is the person the clause is about
                ante = text[: got[1] + len(got[0]) - 3].rstrip(" ,")
                got = _subject_before(ante, self.art.keep(pi, base, len(ante))) if ante else None
                if got is not None and not _looks_like_name(got[0].split(",")[0]):
                    got = None
                if got is None and m.group("verb"):  # "a sentiment shared by Dr X, who wrote ... that": the
                    got = self._antecedent(pi, base, m.start("verb"))  # person the parser hangs the clause on
            if got is None or got[0].lower() in ("who", "which", "that"):
                continue  # a relative clause's verb: "One partner, who asked not to be named, said"
            phrase, off = got
            if phrase.lower() in _PRONOUNS:  # "Dr Clay added that she hoped ...": the main clause's subject
                outer = self._outer_subject(pi, text[:off], base)
                if outer is not None:
                    phrase, off = outer
            sp = self._speaker(pi, phrase, base + off)
            fronted = re.search(
                r"(?:^|[.;!?]\s+)(?:(?:Now|Today|Still|Formerly|Once)\s+)?((?:a|an)\s+[^,;:.!?]{2,80}),\s*$",
                text[:off],
            )
            if (
                phrase.lower() in ("he", "she")
                and sp.kind == "person"
                and fronted
                and _is_role_phrase(fronted.group(1))
            ):
                post = describe(fronted.group(1))  # "Now a partner at a practice in Luton, she says": her post now
                if post.role:
                    sp = replace(sp, role=post.role, org=post.org)
            att = _Attribution(sp, _cue_text(m), (pi, base + off))
            if sp.kind in _GOOD_KINDS:
                return att
            if fallback is None and len(phrase.split()) <= 4:
                fallback = att
        return fallback

    def _document_subject(self, pi: int, base: int, pos: int, got: tuple[str, int]) -> tuple[str, int]:
        """The whole subject when the parser's subject of the cue at ``pos`` is a document that starts before
        ``got`` (``A letter signed by 400 GPs and sent to the health secretary warns``), else ``got``."""
        t = self.art.token_at(pi, base + pos)
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t is not None else None
        if subj is None or subj.lower_ not in _DOC_NOUNS or not base <= subj.left_edge.idx < base + got[1]:
            return got
        if re.match(r"from\s", got[0]) and _looks_like_name(got[0].split(",")[-1].strip()):
            return got[0][len("from ") :], got[1] + len("from ")  # "The email, from the practice manager, Sue X,
            # said": hers
        a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        b = max(b, base + got[1] + len(got[0]))  # "A joint statement from the RCGP and the BMA": the parser's
        # subtree may stop short of the subject the words give
        return self.art.paragraphs[pi][a:b], a - base

    def _antecedent(self, pi: int, base: int, pos: int) -> tuple[str, int] | None:
        """The named person a relative clause whose verb is at ``pos`` (relative to ``base``) is about, as (phrase,
        offset relative to ``base``)."""
        t = self.art.token_at(pi, base + pos)
        if t is None or t.dep_ != "relcl":
            return None
        head = t.head
        ent = next((e for e in self.art.docs[pi].ents if e.start <= head.i < e.end and e.label_ == "PERSON"), None)
        if ent is None or ent.start_char < base:
            return None
        phrase = self.art._with_prefix(pi, ent)
        return phrase, ent.end_char - len(phrase) - base

    def _shared_subject(self, pi: int, base: int, pos: int) -> tuple[str, int] | None:
        """The subject a cue at ``pos`` (relative to ``base``) shares with the verb it is joined to (``A
        spokesperson did not answer the question but said``), as (phrase, offset relative to ``base``)."""
        t = self.art.token_at(pi, base + pos)
        if t is None or t.dep_ != "conj":
            return None
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.idx < base or subj.lower_ in _PRONOUNS:
            return None
        a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        return self.art.paragraphs[pi][a:b], a - base

    def _outer_subject(self, pi: int, text: str, base: int) -> tuple[str, int] | None:
        """``Dr Clay added that``: the person subject of a cue that ``text`` ends with (a
        reporting clause whose ``that``-clause holds a pronoun), with its offset in ``text``."""
        tail = re.search(r"\b(\w+)\s+(?:that\s+)?$", text)
        if not tail or tail.group(1).lower() not in _CUE_SET or not self.art.verb_at(pi, base + tail.start(1)):
            return None
        got = _subject_before(text[: tail.start(1)], self.art.keep(pi, base, tail.start(1)))
        if got is None or got[0].lower() in _PRONOUNS:
            return None
        sp = describe(got[0])
        return got if sp.kind == "person" else None

    def possessive_message(self, pi: int, text: str, base: int) -> _Attribution | None:
        """``Dr Ade Ojo’s message to ministers was simple``: whose message, verdict or advice the quote after the
        colon is (``text`` starts at ``base`` in paragraph ``pi``)."""
        m = (
            re.search(
                r"(?:^|[.;!?]\s+|,\s+)(?P<who>(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})[’']s\s+"
                r"(?P<noun>message|verdict|advice|view|response|answer|plea|warning|reply)\b[^.;!?]*$",
                text,
            )
            or re.search(  # "Dr Kay X has a simple message for ministers:", "Dr Kay X, a GP in Exeter, has ..."
                r"(?:^|[.;!?]\s+|,\s+)(?P<who>(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
                r"(?:,\s+[^,;:.!?]{2,80},)?)\s+"
                r"(?:has|had|gave|gives|sends|sent|offered|offers)\s+(?:a|an|one|this|his|her|their)\s+(?:[a-z]+\s+){0,2}"
                r"(?P<noun>message|verdict|advice|plea|warning|answer)\b[^.;!?]*$",
                text,
            )
        )
        if not m:
            return None
        sp = self._speaker(pi, m.group("who"), base + m.start("who"))
        return _Attribution(sp, m.group("noun"), (pi, base + m.start("who"))) if sp.kind in ("person", "org") else None

    def for_whom(self, pi: int, start: int, end: int) -> _Attribution | None:
        """``For Professor X, the figures are ‘...’``: a sentence opened by whose view it gives (the sentence runs
        from ``start`` to the quote at ``end`` in paragraph ``pi``)."""
        text = self.art.masked[pi][start:end]
        m = re.match(r"\s*For\s+(.+?),\s+(?:the|this|it|that|these|such|a|an)\b[^,;:]*$", text)
        if not m or not re.match(r"(?:the\s+)?[A-Z]", m.group(1)):
            return None
        at = start + m.start(1)
        sp = self._speaker(pi, m.group(1), at)
        return _Attribution(sp, None, (pi, at)) if sp.kind in ("person", "org") else None

    def _subject_of_ending(
        self, pi: int, text: str, base: int, ending: str, kinds: tuple[str, ...], cue: bool
    ) -> _Attribution | None:
        """The subject of a clause that ``text`` (at ``base`` in paragraph ``pi``) ends with, when the clause ends
        as ``ending`` says and the subject is one of ``kinds``; the ending is the cue when ``cue``."""
        m = re.search(ending, text)
        if not m:
            return None
        got = _subject_before(text[: m.start()], self.art.keep(pi, base, m.start()))
        if got is None:
            return None
        phrase, off = got
        sp = self._speaker(pi, phrase, base + off)
        return _Attribution(sp, m.group(0).strip() if cue else None, (pi, base + off)) if sp.kind in kinds else None

    def gesture(self, pi: int, start: int, end: int) -> _Attribution | None:
        """``Dr Hollis nods.`` just before a quote that opens a sentence: the one who nodded says it."""
        ending = r"\s+(?:" + _GESTURES + r")(?:\s+(?:[a-z]+ly|in\s+agreement|again))?[.!]\s*$"
        return self._subject_of_ending(pi, self.art.masked[pi][start:end], start, ending, ("person", "pronoun"), False)

    def stance(self, pi: int, text: str, base: int) -> _Attribution | None:
        """``Dr X was blunt``, ``The chair, Dr Y, is in no doubt`` before a colon: how they put what follows
        (``text`` starts at ``base`` in paragraph ``pi``)."""
        ending = r"\s+(?:was|is|were|are)\s+(?:\w+ly\s+)?" + _STANCE + r"(?:\s+about\s+[^.;:!?]{1,40})?$"
        return self._subject_of_ending(pi, text, base, ending, ("person", "role", "org", "pronoun"), True)

    def by_agent(self, pi: int, pre: str, post: str, base: int) -> _Attribution | None:
        """A passive cue before a fragment and its agent after it (``GPs were told to ‘do more with less’ by
        NHS England’s chief executive, Amanda X.``, ``was described as ‘...’ by Dr X``); ``post`` starts at
        ``base`` in paragraph ``pi``."""
        cue = re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(" + _PASSIVE_CUES + r")\b[^.;:!?]*$", pre)
        end = _SENT_END.search(post)
        by = re.match(r"[’'”\"]?\s*(?:[^.;:!?‘“]{0,30}?\s)?by\s+", post[: end.start() if end else len(post)])
        if not cue or not by:
            return None
        got = _subject_after(post[by.end() :])
        if got is None:
            return None
        phrase, off = got
        at = base + by.end() + off
        sp = self._speaker(pi, phrase, at)
        return _Attribution(sp, cue.group(1), (pi, at)) if sp.kind in ("person", "role", "org") else None

    def after(self, pi: int, text: str, base: int, *, strict: bool) -> _Attribution | None:
        """``‘...,’ X said`` or ``‘...,’ said X``: an attribution right after the closing mark."""
        lead = re.match(r"[\s,.;!?’'”\"]*", text)
        rest = text[lead.end() :]
        off0 = lead.end()
        end = _SENT_END.search(rest)
        clause = rest[: end.start() + 1] if end else rest
        dash = re.match(r"[–—-]+\s*", rest)
        if dash and not strict:  # "‘...’ – Dr Joanna Pike, GP partner, Kent"
            tail = re.split(r"[.;!?](?:\s|$)", rest[dash.end() :])[0]
            att = self.name_only(pi, tail, base + off0 + dash.end())
            if att is not None:
                return att
        whose = re.match(
            r"(?:was|is)\s+(?P<who>(?:"
            + _TITLES
            + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})[’']s\s+(?:curt\s+|blunt\s+|"
            r"short\s+|simple\s+)?(?P<noun>reply|answer|response|verdict|view|retort)\b",
            clause,
        )
        if whose:  # "‘Absolutely not,’ was Dr Gill X’s reply when asked ..."
            at = base + off0 + whose.start("who")
            sp = self._speaker(pi, whose.group("who"), at)
            if sp.kind in ("person", "org"):
                return _Attribution(sp, whose.group("noun"), (pi, at))
        for cm in _cues(clause):
            if cm.start() > 100:
                break
            if cm.group("according"):
                got = _according_to(clause[cm.end() :])
                if got:
                    phrase, off = got
                    at = base + off0 + cm.end() + off
                    return _Attribution(self._speaker(pi, phrase, at), _cue_text(cm), (pi, at))
                break
            if not self.art.verb_at(pi, base + off0 + cm.start("verb")):
                continue
            if cm.group("verb") in _PROGRESSIVE and not re.search(r"\b(?:was|were|is|are)\s+$", clause[: cm.start()]):
                continue
            if re.search(r",\s*(?:who|which|that)\s+$", clause[: cm.start()]):
                continue  # a relative clause's verb: "‘...,’ one GP, who asked not to be named, told Pulse"
            if re.match(r"\s+to\s", clause[cm.start("verb") + len(cm.group("verb")) :]):
                continue  # "‘total triage’, with patients asked to contact the surgery": told what to do, not quoted
            before = clause[: cm.start()].strip(" ,")
            if before:
                got = _subject_before(clause[: cm.start()], self.art.keep(pi, base + off0, cm.start()))
                if got is None or got[1] > 2:
                    break  # the cue belongs to a later clause
                phrase, off = got
                at = base + off0 + off
                sp = self._speaker(pi, phrase, at)
                if strict and sp.kind not in _GOOD_KINDS:
                    break
                return _Attribution(sp, _cue_text(cm), (pi, at))
            verb = cm.group("verb")
            got = _subject_after(clause[cm.start("verb") + len(verb) :])
            if got:
                phrase, off = got
                at = base + off0 + cm.start("verb") + len(verb) + off
                return _Attribution(self._speaker(pi, phrase, at), verb, (pi, at))
            break
        return None


def _a_plural_post(tok) -> bool:
    """Is ``tok`` a post in the plural (``partners``, ``respondents``, ``GPs``, which the tagger calls a proper
    noun)?"""
    return (
        (tok.tag_ in ("NNS", "NNPS") or (tok.tag_ == "NNP" and tok.text[:-1].isupper()))
        and tok.lower_.endswith("s")
        and _is_role_head(tok.lower_)
    )


def _owned_post(owner: str) -> bool:
    """Does the phrase that names a post's body say whose the post is (``the union’s``, ``who chairs the
    college``), so that the body's word leaves the role?"""
    return owner.lower().lstrip(", ").startswith(("the", "who"))


def _without_kind(role: str | None, word: str) -> str | None:
    """``role`` without the word for its body's kind: ``union chair`` and ``chair of college`` -> ``chair``."""
    if not role:
        return role
    return re.sub(rf"\s+of\s+(?:the\s+)?{word}$", "", re.sub(rf"^{word}\s+", "", role))


def _participant_tag(tag: str) -> str:
    """A research participant's tag as a speaker line: codes go, a GP's stays a GP (``GP7, female, salaried`` ->
    ``GP, female, salaried``; ``Practice manager, P12`` -> ``Practice manager``), of the same length so that
    positions in it still point into the paragraph."""
    parts = []
    for part in tag.split(","):
        code = re.fullmatch(
            r"(\s*)(?:(GP)\s?\d+|[A-Z]{1,3}\s?\d+|(?i:participant|interviewee|respondent)\s*\d+)(\s*)", part
        )
        if code:
            part = (code.group(1) + (code.group(2) or "") + code.group(3)).ljust(len(part))
        parts.append(part)
    return ",".join(parts)


def _sentence_start(masked: str, pos: int) -> int:
    start = 0
    for m in _SENT_END.finditer(masked, 0, pos):
        if m.end() <= pos:
            start = m.end()
    return start


def _doc_head(name: str) -> str:
    """The document noun of a name: ``Policy Exchange workforce report`` -> report."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w in _DOC_NOUNS]
    return words[-1] if words else name.lower().split()[-1]


def extract_quotes(
    paragraphs: Sequence[str], docs: Sequence | None = None, nlp=None, kinds: Sequence[str] | None = None
) -> list[Quote]:
    """Every direct quote in an article's paragraphs, with its speaker (see the module
    docstring).  ``docs`` are the paragraphs already run through the gpwatch pipeline;
    without them ``nlp`` (default: :func:`nlp.pipeline.get_pipeline`) parses them.
    ``kinds`` are the stored paragraph kinds (``text``, ``bullet``, ``heading``): a
    ``bullet`` is a list item even when the page's bullet mark was stripped."""
    paragraphs = [p or "" for p in paragraphs]
    if docs is None:
        if nlp is None:
            from nlp.pipeline import get_pipeline

            nlp = get_pipeline()
        docs = list(nlp.pipe(paragraphs))
    spans = find_spans(paragraphs)
    art = _Article(paragraphs, docs, spans)
    attr = _Attributor(art)
    quotes: list[Quote] = []
    prev: tuple[Span, _Attribution, bool] | None = None  # last quote kept, its attribution, fragment
    placed: list[tuple[int, tuple[int, int]]] = []  # a quote's index and where its speaker is named
    pending: tuple[int, _Attribution] | None = None  # an intro paragraph ending in a colon
    spans_by_par: dict[int, list[Span]] = {}
    for s in spans:
        spans_by_par.setdefault(s.first, []).append(s)

    for pi, text in enumerate(paragraphs):
        par_spans = spans_by_par.get(pi, [])
        # a list item under an intro paragraph ("It said the proposals included:")
        is_item = (
            bool(_BULLET.match(text))
            or (kinds is not None and pi < len(kinds) and kinds[pi] == "bullet")
            or (pending is not None and (_opens_with(text, "s") or _opens_with(text, "d")))
        )
        if pending is not None and not is_item and not par_spans:
            pending = None
        last_close = 0
        for s in par_spans:
            op = s.open_at[1]
            masked = art.masked[pi]
            sent_start = _sentence_start(masked, op)
            local_start = max(sent_start, last_close)
            pre_sent = _BULLET.sub("", masked[sent_start:op], count=1)
            pre_local = masked[local_start:op]
            lp, lpos = s.close if s.close else (s.last, len(paragraphs[s.last]))
            post = art.masked[lp][lpos + 1 :] if s.close else ""
            nxt = [x for x in spans_by_par.get(lp, []) if x.open_at[1] > lpos]
            if nxt and lp == s.last:
                post = post[: nxt[0].open_at[1] - lpos - 1]
            colon = pre_local.rstrip().endswith(":")
            at_start = not pre_sent.strip() or colon
            att: _Attribution | None = None
            fragment = not at_start
            opens_par = not _BULLET.sub("", masked[:op], count=1).strip()
            if colon:
                if local_start == 0 and re.fullmatch(r"\s*(?:A|Answer)\s*:\s*", pre_local):
                    # "Q: Why did you hand back your contract?" then "A: ‘...’": the answer to the question above
                    att = attr.after_question(pi - 1, prev[1] if prev is not None else None)
                if att is None:
                    att = attr.before(pi, pre_local.rstrip()[:-1], local_start)
                if att is None:  # "Dr Sana Iqbal: ‘...’"
                    att = attr.name_only(pi, pre_local.rstrip()[:-1], local_start)
                if att is None:  # "Dr Ade Ojo’s message to ministers was simple: ‘...’"
                    att = attr.possessive_message(pi, pre_local.rstrip()[:-1], local_start)
                if att is None:  # "The LMC’s medical secretary, Dr Guy X, was blunt: ‘...’"
                    att = attr.stance(pi, pre_local.rstrip()[:-1], local_start)
                if att is None and pending is not None and not pre_sent.strip(" :"):
                    att = pending[1]
                if att is None and prev is not None and prev[0].last == pi and prev[1].speaker is not None:
                    adding = re.search(  # "..., adding:", and "... ‘unworkable’ and added:"
                        r"(?:^|,)[\s,]*(?:(?:and\s+)?(?:before\s+)?"
                        + _GOING_ON
                        + r"|and\s+(?:then\s+)?(added|said|continued|went\s+on))\s*:\s*$",
                        pre_local,
                    )
                    named_between = (  # "‘...,’ said Dr X, chair of Y, adding: ‘...’": named in this stretch
                        prev[1].at is not None and prev[1].at[0] == pi and prev[1].at[1] >= local_start
                    )
                    if adding and (not pre_local[: adding.start()].strip(" ,") or named_between):
                        # "‘...’, adding: ‘...’": the same speaker
                        att = _Attribution(prev[1].speaker, adding.group(1) or adding.group(2))
                if att is None:
                    adding = re.search(r",\s*" + _GOING_ON + r"\s*:\s*$", pre_local)
                    if adding:  # "Dr Sam Hill was less sure, adding: ‘...’": the subject of the verb it hangs on
                        att = attr.subject_of(pi, local_start + adding.start(1), local_start, adding.group(1))
            elif at_start:
                introduces = (  # "‘... funded.’ Her colleague Dr X agreed: ‘...’": a new sentence that
                    s.close  # introduces the next quote, not an attribution of this one
                    and lpos > 0
                    and paragraphs[lp][lpos - 1] in ".!?"
                    and re.match(r"\s*[A-Z][^.;!?:‘“]*:\s*$", post)
                )
                att = attr.after(lp, post, lpos + 1, strict=False) if s.close and not introduces else None
                tag = re.fullmatch(r"\s*\(([^()]{2,80})\)\s*[.;]?\s*", post) if s.close and att is None else None
                if tag:  # "‘...’ (GP7, female, salaried)": a research participant's tag, the quote whole
                    att = attr.name_only(lp, _participant_tag(tag.group(1)), lpos + 1 + tag.start(1))
                    if att is not None and att.speaker is not None:  # the tag as the article wrote it
                        att = replace(att, speaker=replace(att.speaker, written=tag.group(1).strip()))
                    att = att or _Attribution(None, None)
                if att is None and s.close:
                    end = _SENT_END.search(post)
                    clause = post[: end.start()] if end else post
                    ended = lpos > 0 and paragraphs[lp][lpos - 1] in ".!?" and post.lstrip()[:1].isupper()
                    if re.search(r"\w", clause) and not any(c.start() < 40 for c in _cues(clause)) and not ended:
                        fragment = True  # "‘Hubs’ to reduce the digital divide": part of a sentence, but not
                        # "‘... like this.’ Dr X, 38, is a salaried GP": a sentence, then the next
                if att is None and pending is not None:  # "Dr X, chair of Y, said:" above it
                    att = pending[1]
                if att is None and opens_par and not fragment:
                    att = attr.name_line(pi - 1)
                if att is None and opens_par and not fragment:
                    att = attr.after_question(pi - 1, prev[1] if prev is not None else None)
                if att is None and opens_par and not fragment and not post.strip():
                    k = lp + 1  # "‘...’" then "Dr X, chair of the RCGP, was speaking at ..."
                    while (
                        k < len(paragraphs)
                        and k - lp <= 3
                        and (_opens_with(paragraphs[k], "s") or _opens_with(paragraphs[k], "d"))
                    ):
                        k += 1
                    att = attr.speaking_after(k)
                below = lp + 1  # "‘...’" then "Dr Farah X, BMA GP committee": a pull quote's credit line below it,
                if (  # when no quote follows the line (in "what GPs think" layouts the name line opens each quote)
                    att is None
                    and opens_par
                    and not fragment
                    and not post.strip()
                    and below < len(paragraphs)
                    and not (below + 1 < len(paragraphs) and re.match(r"\s*[‘“'\"]", paragraphs[below + 1]))
                ):
                    att = attr.name_line(below)
                if att is None and opens_par and not fragment:
                    att = _reported_speaker(art, pi, prev[0].last if prev is not None else -1)
                if att is None and not opens_par and not colon and not fragment:
                    att = attr.gesture(pi, last_close, op)  # "Dr Hollis nods. ‘She is right.’"
                if att is None and not opens_par and not colon and not fragment:
                    att = _reported_speaker(art, pi, -1, here=(last_close, op))
                    if att is not None and prev is not None and prev[1].speaker is not None:
                        if (att.speaker.name, att.speaker.role) == (prev[1].speaker.name, prev[1].speaker.role):
                            att = _Attribution(prev[1].speaker, prev[1].cue)  # "‘...,’ he said. ‘...’": as before
                if att is None and prev is not None and pi - prev[0].last <= 2 and prev[1].speaker is not None:
                    att = _Attribution(prev[1].speaker, prev[1].cue)
            else:
                att = attr.before(pi, pre_local, local_start)
                if att is None and s.close:
                    att = attr.after(lp, post, lpos + 1, strict=True)
                if (
                    att is None
                    and local_start == 0
                    and re.search(r"[\w,–—-]\s*$", pre_local)
                    and not re.search(r"[’']s\s*$", pre_local)
                    and len(_quote_words(paragraphs, s)) >= 4
                ):
                    att = attr.name_only(pi, pre_local.rstrip(" –—-"), 0, allow_role=False)  # "Dr Jane Okoro, GP ‘...’"
                    if att is not None:
                        fragment = False
                if att is None and s.close and s.close[0] == pi:
                    att = attr.by_agent(pi, pre_local, post, s.close[1] + 1)
                if att is None:  # "For Professor X, the figures are ‘deeply worrying’."
                    att = attr.for_whom(pi, sent_start, op)
                if att is None and prev is not None and prev[0].last == pi and last_close > sent_start:
                    att = _Attribution(prev[1].speaker, prev[1].cue)  # another fragment in the same sentence
                if att is None and pending is not None and is_item:
                    att = pending[1]
            if att is None or att.speaker is None:
                if fragment or len(_quote_words(paragraphs, s)) < 3:
                    continue  # scare quotes and quoted names are not who-said-what (nor do they end a clause:
                    # 'The report, “Fit for the Frontline”, said practices needed “stable funding”.')
                att = _Attribution(None, None)
            if s.close:
                last_close = s.close[1] + 1 if s.close[0] == pi else len(text)
            q = _make_quote(paragraphs, s, att, fragment, len(quotes))
            if q is None:
                continue
            quotes.append(q)
            if att.speaker is not None and att.at is not None:
                art.add(_Mention(att.at, att.speaker, True, said=True))
                placed.append((len(quotes) - 1, att.at))
            prev = (s, att, fragment)
        # does this paragraph end in an intro colon, outside any quote?
        masked = art.masked[pi].rstrip()
        if masked.endswith(":") and not art.in_quote(pi, len(masked) - 1):
            start = max([0] + [e for a, e in art.inside[pi]])
            start = max(start, _sentence_start(masked, len(masked) - 1))
            intro = attr.before(pi, masked[start : len(masked) - 1], start)
            if intro is not None and intro.speaker is not None:
                if intro.at is not None:
                    art.add(_Mention(intro.at, intro.speaker, True, said=True))
                pending = (pi, intro)
        elif pending is not None and pending[0] != pi and not is_item:
            pending = None
    for i, at in placed:
        quotes[i] = _post_given_after(quotes[i], at, art.mentions)
    return quotes


def _post_given_after(q: Quote, at: tuple[int, int], mentions: Sequence[_Mention]) -> Quote:
    """A named speaker whose post the article gives only after the quote (``‘...,’ says Dr Jon Hale. Dr Hale, a
    partner in Truro, has lost three colleagues``) takes the first post given, as :meth:`_Article._known` gives a
    speaker the post of an earlier mention."""
    if not q.speaker_name or len(q.speaker_name.split()) < 2 or " and " in q.speaker_name:
        return q
    if q.speaker_role or q.speaker_org:
        return q
    for m in mentions:
        o = m.speaker
        if at < m.at and o.kind == "person" and o.name == q.speaker_name and (o.role or o.org):
            return replace(q, speaker_role=o.role, speaker_org=o.org)
    return q


def _reported_speaker(
    art: _Article, pi: int, after_par: int, here: tuple[int, int] | None = None
) -> _Attribution | None:
    """``Dr X said the plans were unworkable.`` then a paragraph that is only a quote: the
    speaker is the subject of the last cue verb in the two paragraphs before, when no quote
    came after it.  With ``here`` (the stretch of paragraph ``pi`` between the last quote kept
    and this one), the quote opens a sentence inside the paragraph instead (``Dr X said the
    plans were unworkable. ‘...’``) and the cue must lie in that stretch."""
    said = [
        m
        for m in art.mentions
        if m.said
        and (
            (here is None and pi - 2 <= m.at[0] < pi and m.at[0] > after_par)
            or (here is not None and m.at[0] == pi and here[0] <= m.at[1] < here[1])
        )
        and m.speaker.kind in ("person", "role", "org", "doc")
    ]
    if not said:
        return None
    sp = art._known(art.resolve(said[-1].speaker, said[-1].at), [m for m in art.mentions if m.at < (pi, 0)])
    return _Attribution(sp, None)


def _quote_words(paragraphs: Sequence[str], s: Span) -> list[str]:
    return " ".join(paragraphs[pi][a:b] for pi, a, b in s.segments).split()


def _make_quote(paragraphs: Sequence[str], s: Span, att: _Attribution, fragment: bool, position: int) -> Quote | None:
    parts = []
    first_start = first_end = None
    segments = list(s.segments)
    while len(segments) > 1 and not paragraphs[segments[0][0]][segments[0][1] : segments[0][2]].strip():
        segments.pop(0)  # a mark alone at a paragraph's end, its words in the next: the quote starts there
    for k, (pi, a, b) in enumerate(segments):
        seg = paragraphs[pi][a:b]
        lstrip = len(seg) - len(seg.lstrip())
        seg_s = seg.strip()
        if k == len(segments) - 1:
            seg_s = seg_s.rstrip(" ,\t\r\n")
        if k == 0:
            first_start = a + lstrip
            first_end = first_start + len(seg_s) if len(segments) == 1 else a + len(seg.rstrip())
        if seg_s:
            parts.append(seg_s)
    text = "\n".join(parts).strip()
    if not text or not any(c.isalnum() for c in text):
        return None
    sp = att.speaker
    return Quote(
        position=position,
        text=text,
        speaker=sp.written if sp else None,
        speaker_name=sp.name if sp else None,
        speaker_role=sp.role if sp else None,
        speaker_org=sp.org if sp else None,
        cue=att.cue,
        fragment=fragment,
        paragraph_index=segments[0][0],
        start=first_start,
        end=first_end,
    )
