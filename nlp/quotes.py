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
   mention of that speaker earlier in the article.

Quotes come back as :class:`corpora.records.Quote` with ``paragraph_index`` the
paragraph's index in the list given (the store finds the paragraph's row id from it) and
``start``/``end`` the quote text's offsets in that (first) paragraph, marks excluded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from corpora.records import Quote

# --------------------------------------------------------------------------- quote marks

_FAMILY = {"‘": "s", "’": "s", "'": "s", "‛": "s", "“": "d", "”": "d", '"': "d", "„": "d"}
_OPENERS = {"s": "‘'’", "d": "“\"„"}
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
                later = [x for x in marks[i + 1:] if x.fam == cur.fam]
                strong_later = False
                for x in later:
                    if x.kind == "open":
                        break
                    if x.kind in ("close", "weak"):
                        strong_later = True
                        break
                if strong_later:
                    continue
                if not later and pi + 1 < len(paragraphs) and _opens_with(paragraphs[pi + 1], cur.fam) \
                        and re.search(r"[.!?…]\s*$", text) and not _BULLET.match(text):
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
    "thinks thought feels felt reads read saying"
).split()
_CUE_RE = re.compile(
    r"\b(?:(?P<according>according to)|(?P<verb>" + "|".join(sorted(set(_CUE_VERBS), key=len, reverse=True))
    + r")(?P<object>\s+(?:(?:the|a|an)\s+(?:[a-z]+\s+)?(?:conference|committee|meeting|audience|webinar|briefing|"
      r"event|summit|inquiry|hearing)|(?:the\s+)?(?:Pulse|BMJ|MPs|peers|delegates|journalists|reporters|[A-Z][\w’'&-]+"
      r"(?:\s+(?:of\s+)?[A-Z][\w’'&-]+)*)))?)\b"
)
_CUE_SET = frozenset(_CUE_VERBS)
_DETERMINERS = {"the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "its", "their"}
_ROLE_CAPS = {"GP", "NHS", "Dr", "A&E", "PA", "ANP"}
_PREFIX_ENTS = {"ROLE", "NHS_ORG", "PROF_BODY", "THINK_TANK", "ORG"}
_OBJECT_VERBS = {"told", "tells", "asked", "asks", "warned", "warns", "urged", "urges", "advised", "advises"}
_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "thing", "we": "thing", "i": "person"}
_TITLES = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady|Baroness|Baron|Cllr|Councillor|Rt Hon)\.?"
_TITLE_RE = re.compile(r"^(?:" + _TITLES + r"\s+)+")
_TITLED_NAME = re.compile(r"\b" + _TITLES + r"\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)")
_DOC_NOUNS = {"report", "plan", "document", "paper", "survey", "study", "review", "guidance", "letter",
              "statement", "contract", "strategy", "consultation", "analysis", "framework", "agreement",
              "white", "specification", "briefing", "blog", "foreword", "manifesto",
              "motion", "research", "audit", "evaluation", "bulletin", "update", "stocktake", "announcement",
              "memo", "email", "minutes", "circular", "leaflet", "website", "poll"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "source", "representative"}
_AUX_TAIL = re.compile(r"\s+(?:also|then|has|have|had|previously|today|yesterday|recently|would|will|was|is|"
                       r"further|once|later|last\s+week|this\s+week|earlier|however|now|(?:was|were|is|has\s+been)\s+quoted\s+as)\s*$",
                       re.I)
_CLAUSE_SPLIT = re.compile(
    r"[;:–—(\[,]|\b(?:which|that|and|but|while|whereas|although|though|because|"
    r"as|so|if|when|after|before|since|where|yet|however|meanwhile|what|whom)\b|\b(?:said|says|told|added|claimed|"
    r"warned|argued|insisted|stressed)\b|\bwho\b(?=\s+(?:said|says|told|added))"
)
_LEAD_WORDS = re.compile(r"^(?:but|and|however|meanwhile|also|now|yet|so|still|instead|separately)\b[,\s]*", re.I)
_SENT_END = re.compile(r"[.!?]+[’'”\")\]]*\s+(?=[A-Z‘“'\"(•\d])|[.!?]+[’'”\")\]]*\s*$")


@lru_cache(maxsize=4)
def _lexicons(entities_path: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Organisation and role phrases from the entity patterns (longest first)."""
    from nlp.pipeline import ENTITIES_PATH, ORG_LABELS, read_patterns

    orgs, roles = set(), set()
    for row in read_patterns(entities_path or ENTITIES_PATH):
        if row["label"] in ORG_LABELS:
            orgs.add(row["phrase"])
        elif row["label"] == "ROLE":
            roles.add(row["phrase"])
    by_len = lambda s: (-len(s), s)  # noqa: E731
    return tuple(sorted(orgs, key=by_len)), tuple(sorted(roles, key=by_len))


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
            return self.written.lower().split()[0] in {"the", "this", "its", "their", "that"} and len(
                self.written.split()) <= 3 and not any(w[:1].isupper() for w in self.written.split()[1:])
        return False


def _find_phrase(text: str, phrases: Sequence[str], exact_upper: bool = True) -> re.Match | None:
    best = None
    for p in phrases:
        flags = 0 if (p.isupper() and exact_upper) else re.I
        m = re.search(r"(?<![\w’'])" + re.escape(p) + r"(?![\w’'])", text, flags)
        if m and (best is None or m.start() < best.start() or
                  (m.start() == best.start() and m.end() > best.end())):
            best = m
    return best


def _split_role_org(text: str) -> tuple[str | None, str | None]:
    """``RCGP chair`` -> (chair, RCGP); ``Health Foundation chief executive`` ->
    (chief executive, Health Foundation); ``chair of Northshire LMC`` -> (chair, Northshire LMC)."""
    orgs, roles = _lexicons()
    text = re.sub(r"^(?:then|the|a|an|its)\b\s*", "", text.strip(" ,"), flags=re.I).strip()
    if not text:
        return None, None
    only_org = re.match(r"(?:of|at|from|with)\s+(?:the\s+)?(?P<org>[A-Z].*)$", text)
    if only_org:  # "Professor X, of the Nuffield Trust"
        return None, re.sub(r"[’']s$", "", only_org.group("org").strip())
    m = re.match(r"(?P<role>[^,]+?)\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>[A-Z].*)$", text)
    if m and not any(w[:1].isupper() for w in m.group("role").split()[:1]):
        return m.group("role").strip(), re.sub(r"[’']s$", "", m.group("org").strip())
    role_m = _find_phrase(text, roles)
    role = org = None
    rest = text
    if role_m:
        role = role_m.group(0)
        org_m = _find_phrase(role, orgs)
        if org_m and org_m.start() == 0 and org_m.end() < len(role):
            role = role[org_m.end():].strip()
            org = org_m.group(0)
        rest = (text[:role_m.start()] + " " + text[role_m.end():]).strip()
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
        if caps and all(w.rstrip("s") in _ROLE_CAPS for w in caps):
            caps = []  # "GP in Hull", "GP partner": a role, not an organisation
        if caps:
            cap_text = " ".join(caps)
            org_m = _find_phrase(rest, orgs)
            if org is None:
                org = cap_text if not org_m or len(org_m.group(0)) <= len(cap_text) else org_m.group(0)
            leftover = " ".join(words[len(caps):]).strip()
        else:
            org_m = _find_phrase(rest, orgs)
            if org_m and org is None:
                org = org_m.group(0)
                leftover = (rest[:org_m.start()] + rest[org_m.end():]).strip()
            else:
                leftover = rest
        if role is None and leftover:
            role = leftover
    if role and leftover_place(text, role):
        role = leftover_place(text, role)
    if role and role[:1].isupper() and not role.split()[0].isupper():
        role = role[:1].lower() + role[1:]
    return role or None, org or None


def leftover_place(text: str, role: str) -> str | None:
    """``GP partner in Grimsby``: a role followed by where it is held."""
    m = re.search(re.escape(role) + r"\s+((?:in|based in)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$", text)
    return f"{role} {m.group(1)}" if m else None


def describe(phrase: str, persons: Sequence[str] = ()) -> Speaker:
    """Split a speaker phrase into name, role and organisation.

    ``persons`` are the PERSON entity texts the parser found inside the phrase.
    """
    written = phrase.strip(" ,.;:")
    written = _LEAD_WORDS.sub("", written).strip()
    low = written.lower()
    if low in _PRONOUNS:
        return Speaker(written, "pronoun", pronoun=low)
    head, sep, app = written.partition(", ")
    if re.match(r"(?:who|which|whose)\b", app):
        app = ""
    head = head.strip()
    # a person: a PERSON entity, a titled name, or a trailing run of capitalised words after a role
    name_m = None
    for p in persons:
        p_clean = _TITLE_RE.sub("", p).strip()
        idx = head.rfind(p_clean)
        if p_clean and idx >= 0 and p_clean[:1].isupper():
            name_m = (idx, idx + len(p_clean))
            break
    if name_m is None:
        m = None
        for m in _TITLED_NAME.finditer(head):
            pass
        if m:
            name_m = m.span(1)
    orgs, _roles = _lexicons()
    if name_m is None and app and _looks_like_name(app):  # "The BMA’s GP committee chair, Dr Katie X"
        name = _TITLE_RE.sub("", app.strip()).strip()
        role, org = _split_role_org(re.sub(r"[’']s\b", "", head))
        return Speaker(written, "person", name=name, role=role, org=org)
    if name_m is None:
        m = re.search(r"(?:^|\s)((?:[A-Z][a-z][\w’'-]*\s+){1,3}[A-Z][a-z][\w’'-]*)$", head)
        if m and re.search(r"\b[a-z]", head[:m.start(1)]) and not _find_phrase(m.group(1), orgs):
            name_m = m.span(1)
    if name_m is not None:
        name = head[name_m[0]:name_m[1]].strip()
        name = re.sub(r"[’']s$", "", name)
        prefix = re.sub(r"\s*(?:" + _TITLES + r"\s*)+$", "", head[:name_m[0]]).strip()  # titles are not roles
        role, org = _split_role_org(prefix) if prefix else (None, None)
        if app:
            a_role, a_org = _split_role_org(app)
            role = role or a_role
            org = org or a_org
        return Speaker(written, "person", name=name, role=role, org=org)
    words = head.split()
    last = re.sub(r"[’']s$", "", words[-1].lower()) if words else ""
    doc_m = re.match(r"^(?P<np>(?:(?:the|a|an|this|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?P<noun>[a-z]+))"
                     r"\s+(?:by|from|of)\s+(?:think tank\s+|the\s+)?(?P<org>[A-Z].*)$", head)
    if doc_m and doc_m.group("noun") in _DOC_NOUNS:
        org_m = _find_phrase(doc_m.group("org"), orgs)
        return Speaker(written, "doc", name=re.sub(r"^(?:the|a|an|this|its|their)\s+", "", head, flags=re.I),
                       org=org_m.group(0) if org_m else doc_m.group("org").strip())
    spokes = re.search(r"\b(spokes(?:person|man|woman)|representative)\b(?:\s+(?:for|from|at)\s+(?P<org>.+))?", head, re.I)
    if spokes:
        org = spokes.group("org")
        if org is None:
            _role, org = _split_role_org(head[:spokes.start()])
        return Speaker(written, "role", role=spokes.group(1), org=org.strip() if org else None)
    if last in _DOC_NOUNS:
        org_m = _find_phrase(head, orgs)
        org = org_m.group(0) if org_m else None
        return Speaker(written, "doc", name=re.sub(r"^(?:the|a|an|this|its|their)\s+", "", head, flags=re.I),
                       org=org)
    role_m = _find_phrase(head, _roles)
    if role_m and role_m.end() >= len(head.rstrip()) - 1:
        role, org = _split_role_org(head)
        return Speaker(written, "role", role=role, org=org)
    org_m = _find_phrase(head, orgs)
    bare = [w for w in words if w.lower() not in _DETERMINERS]
    if bare and all(w.rstrip("s") in _ROLE_CAPS for w in bare):
        return Speaker(written, "role", role=" ".join(bare))  # "The GP", "one GP"
    if not org_m and len(bare) == 1 and bare[0][1:].islower() and bare[0].endswith("s"):
        return Speaker(written, "other", name=bare[0])  # "Patients said ...": a plural, not a body
    if org_m or (words and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words)
                 and words[0][:1].isupper()):
        org = org_m.group(0) if org_m and len(org_m.group(0)) >= len(head) - 4 else re.sub(
            r"^(?:the)\s+", "", head, flags=re.I)
        return Speaker(written, "org", name=org, org=org)
    return Speaker(written, "other", name=re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I))


# --------------------------------------------------------------------------- article context


@dataclass
class _Mention:
    at: tuple[int, int]
    speaker: Speaker
    subject: bool
    said: bool = False


def _subject_before(text: str) -> tuple[str, int] | None:
    """The grammatical subject at the end of ``text`` (the words just before a cue verb),
    with its offset in ``text``."""
    t = text.rstrip()
    while True:
        m = _AUX_TAIL.search(t)
        if not m:
            break
        t = t[:m.start()].rstrip()
    if not t:
        return None
    if t.endswith(","):  # "Dr Smith, chair of X LMC, said" / "Dr Smith, 64, who retired in 2021, said"
        body = t[:-1]
        parts = [m for m in re.finditer(r"[^,;:–—]+", body)]
        last = parts[-1] if parts else None
        if len(parts) >= 2 and _looks_like_name(parts[-1].group(0)) and not _looks_like_name(parts[-2].group(0)):
            head = _CLAUSE_SPLIT.split(parts[-2].group(0))[-1].strip()
            head = _LEAD_WORDS.sub("", head).strip()
            if head and len(head.split()) <= 8:  # "The BMA’s GP committee chair, Dr Katie Bramall-Stainer, said"
                start = body.rfind(head, 0, parts[-1].start())
                return body[start:last.end()].strip(), start
        for k in range(len(parts) - 2, max(-1, len(parts) - 5), -1):
            cand = parts[k].group(0).strip()
            if not cand or cand[0].isdigit() or re.match(r"(?:who|which|whose|aged|a|an|the)\b", cand) \
                    or cand[:1].islower():
                continue  # an apposition: an age, a relative clause, a description
            cand = _CLAUSE_SPLIT.split(cand)[-1].strip() if _CLAUSE_SPLIT.search(cand) else cand
            cand = _LEAD_WORDS.sub("", cand).strip()
            if cand and cand[:1].isupper():
                start = body.rfind(cand, 0, parts[k + 1].start())
                return body[start:last.end()].strip(), start
            break
        return None
    by = re.search(r"\b(?:made|set out|published|proposed|outlined|produced|commissioned|written)\s+by\s+(.+)$", t)
    if by:
        return by.group(1).strip(), by.start(1)
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


def _looks_like_name(text: str) -> bool:
    """``Dr Katie Bramall-Stainer``, ``Anil Sood``: a titled name or two to four capitalised words."""
    text = text.strip()
    return bool(re.fullmatch(r"(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}", text)) and (
        bool(_TITLE_RE.match(text)) or len(text.split()) >= 2)


def _subject_after(text: str) -> tuple[str, int] | None:
    """The subject after an inverted cue: ``said Dr Smith, a GP in Hull.``"""
    m = re.match(r"\s*([^.;:!?–—(]+)", text)
    if not m:
        return None
    cand = m.group(1)
    cand = re.split(r",\s*(?:who|which|adding|as|in|when|after|before|speaking)\b", cand)[0].strip(" ,")
    if not cand or not (cand[:1].isupper() or cand.split()[0].lower() in _DETERMINERS):
        return None
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
        self.mentions: list[_Mention] = []
        self._collect_mentions()

    def in_quote(self, pi: int, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.inside[pi])

    def persons_in(self, pi: int, start: int, end: int) -> list[str]:
        doc = self.docs[pi]
        return [e.text for e in doc.ents if e.label_ == "PERSON" and e.start_char >= start and e.end_char <= end]

    def verb_at(self, pi: int, pos: int) -> bool:
        """Does the parser agree that the word at ``pos`` is a verb?"""
        doc = self.docs[pi]
        tok = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is None or not len(tok):
            return True
        t = tok[0]
        return t.tag_.startswith("VB") or t.text in ("said", "says", "told", "added")

    def _collect_mentions(self) -> None:
        from nlp.pipeline import ORG_LABELS

        for pi, doc in enumerate(self.docs):
            for ent in doc.ents:
                if self.in_quote(pi, ent.start_char):
                    continue
                subject = ent.root.dep_ in ("nsubj", "nsubjpass") or (
                    ent.root.dep_ in ("compound", "appos") and ent.root.head.dep_ in ("nsubj", "nsubjpass"))
                said = subject and ent.root.head.lower_ in _CUE_SET
                if ent.label_ == "PERSON":
                    phrase = self._with_prefix(pi, ent)
                    sp = describe(phrase, [ent.text])
                    if sp.kind == "person":
                        self.mentions.append(_Mention((pi, ent.start_char), sp, subject, said))
                elif ent.label_ in ORG_LABELS or ent.label_ == "POLICY":
                    if subject:
                        kind = "doc" if ent.label_ == "POLICY" else "org"
                        i = ent.start
                        while i > 0 and (doc[i - 1].tag_ == "NNP" or doc[i - 1].dep_ == "compound") \
                                and doc[i - 1].text[:1].isupper() and i - 1 > doc[i - 1].sent.start - 1 \
                                and doc[i - 1].ent_type_ in ("", "ORG", "GPE", "LOC") and ent.start - i < 3:
                            i -= 1
                        ent = doc[i:ent.end]
                        self.mentions.append(_Mention((pi, ent.start_char),
                                                      Speaker(ent.text, kind, name=ent.text,
                                                              org=ent.text if kind == "org" else None),
                                                      subject, said))
            for tok in doc:
                # document-like noun phrases (the report, NHS England's long-term plan), found from tags
                # because the attribute ruler (and with it noun_chunks) is switched off for speed
                if tok.lower_ not in _DOC_NOUNS or not tok.tag_.startswith("NN") or self.in_quote(pi, tok.idx):
                    continue
                left = tok.left_edge
                chunk = doc[left.i:tok.i + 1]
                subject = tok.dep_ in ("nsubj", "nsubjpass")
                said = tok.dep_ == "nsubj" and tok.head.lower_ in _CUE_SET
                text = chunk.text
                tail = re.match(r"\s+(?:by|from|of)\s+(?:think tank\s+|the\s+)?((?:[A-Z][\w’'&-]*\s*)+)",
                                doc.text[chunk.end_char:])
                if tail:
                    text = text + doc.text[chunk.end_char:chunk.end_char + tail.end()].rstrip()
                sp = describe(text)
                if sp.kind == "doc":
                    self.mentions.append(_Mention((pi, chunk.start_char), sp, subject, said))
        self.mentions.sort(key=lambda m: m.at)
        for m in self.mentions:  # short forms among the mentions point at the full ones before them
            if m.speaker.short:
                m.speaker = self.resolve(m.speaker, m.at)

    def _with_prefix(self, pi: int, ent) -> str:
        """The entity with the role and organisation words just before it
        (``then health secretary Jeremy Hunt``)."""
        doc = ent.doc
        i = ent.start
        while i > 0:
            t = doc[i - 1]
            if ent.start - i < 6 and (t.ent_type_ in _PREFIX_ENTS or (t.text.isupper() and len(t.text) > 1)):
                i -= 1
                continue
            if t.is_punct and t.text not in ("’s", "'s", "-") or t.lower_ in ("the", "a", "an", "and", "by", "to",
                                                                                "with", "from", "said", "says"):
                break
            if t.tag_[:2] in ("VB", "MD", "IN", "PR", "WP", "WD", "CC", "DT", "RB", "TO") and t.lower_ != "of":
                break
            if ent.start - i >= 6:
                break
            i -= 1
        return doc[i:ent.end].text

    def add(self, mention: _Mention) -> None:
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: m.at)

    def resolve(self, sp: Speaker, at: tuple[int, int]) -> Speaker:
        """Pronouns and short forms -> the last full mention before ``at``."""
        before = [m for m in self.mentions if m.at < at]
        if sp.kind == "pronoun":
            want = _PRONOUNS.get(sp.pronoun or "", "thing")
            if want == "person":
                pool = [m for m in before if (m.speaker.kind == "person" and (m.subject or m.said))
                        or (m.speaker.kind == "role" and m.said)] or \
                    [m for m in before if m.speaker.kind == "person"]
            else:
                kinds = ("org", "doc", "role")
                pool = [m for m in before if m.speaker.kind in kinds and m.said] or \
                    [m for m in before if m.speaker.kind in kinds and m.subject] or \
                    [m for m in before if m.speaker.kind in kinds]
            if pool:
                full = pool[-1].speaker
                if full.short:
                    full = self.resolve(full, pool[-1].at)
                return replace(full, written=sp.written)
            return sp
        if sp.kind == "person" and sp.short:
            surname = sp.name.lower()
            for m in reversed(before):
                full = m.speaker
                if full.kind == "person" and full.name and len(full.name.split()) > 1 and \
                        full.name.lower().split()[-1] == surname:
                    return Speaker(sp.written, "person", name=full.name, role=sp.role or full.role,
                                   org=sp.org or full.org)
            return sp
        if sp.kind == "doc" and sp.short:
            head = _doc_head(sp.written)
            cands = [m for m in before if m.speaker.kind == "doc" and m.speaker.name and not m.speaker.short
                     and _doc_head(m.speaker.name) == head and len(m.speaker.name) > len(sp.name or "")]
            pool = [m for m in cands if m.said] or [m for m in cands if m.subject] or cands
            if pool:
                return replace(pool[-1].speaker, written=sp.written)
            return sp
        if sp.kind == "role" and sp.role and sp.role.lower() in _SPOKES and not sp.org:
            pool = [m for m in before if m.said and m.speaker.kind in ("org", "doc")]
            if pool:
                return replace(sp, org=pool[-1].speaker.org or pool[-1].speaker.name)
            return sp
        if sp.kind == "role" and sp.name is None and sp.role:
            for m in reversed(before):  # "the health secretary" -> the last person with that role
                full = m.speaker
                if full.kind == "person" and full.role and full.role.lower().endswith(sp.role.lower()) \
                        and len((full.name or "").split()) > 1:
                    return replace(full, written=sp.written)
        return sp


# --------------------------------------------------------------------------- attribution


@dataclass
class _Attribution:
    speaker: Speaker | None
    cue: str | None
    at: tuple[int, int] | None = None


_GOOD_KINDS = ("pronoun", "person", "org", "doc", "role")


def _cues(text: str) -> list[re.Match]:
    return list(_CUE_RE.finditer(text))


def _cue_text(m: re.Match) -> str:
    if m.group("according"):
        return "according to"
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
            if e.label_ == "PERSON" and e.start_char >= start and e.end_char <= start + len(phrase):
                pstart = e.end_char - len(self.art._with_prefix(pi, e))
                if pstart > start and not phrase[:pstart - start].rstrip().endswith(","):
                    phrase, start = phrase[pstart - start:], pstart
                break
        persons = self.art.persons_in(pi, start, start + len(phrase))
        sp = describe(phrase, persons)
        return self.art.resolve(sp, (pi, start))

    def before(self, pi: int, text: str, base: int) -> _Attribution | None:
        """A cue and its subject in ``text`` (which starts at ``base`` in paragraph ``pi``),
        the closest cue first; an inverted ``said X`` is taken too."""
        fallback = None
        for m in reversed(_cues(text)):
            if m.group("verb") and not self.art.verb_at(pi, base + m.start("verb")):
                continue
            if m.group("verb") and re.search(r"\b(?:been|being|be|was|were|is|are|get|got)\s+$", text[:m.start()]):
                continue  # "GPs have been told to ...": a passive cue names no speaker
            if m.group("according"):
                got = _subject_after(text[m.end():])
                if got:
                    phrase, off = got
                    return _Attribution(self._speaker(pi, phrase, base + m.end() + off), "according to",
                                        (pi, base + m.end() + off))
                continue
            got = _subject_before(text[:m.start()])
            if got is None:
                continue
            phrase, off = got
            sp = self._speaker(pi, phrase, base + off)
            att = _Attribution(sp, _cue_text(m), (pi, base + off))
            if sp.kind in _GOOD_KINDS:
                return att
            if fallback is None and len(phrase.split()) <= 4:
                fallback = att
        return fallback

    def after(self, pi: int, text: str, base: int, *, strict: bool) -> _Attribution | None:
        """``‘...,’ X said`` or ``‘...,’ said X``: an attribution right after the closing mark."""
        lead = re.match(r"[\s,.;!?’'”\"]*", text)
        rest = text[lead.end():]
        off0 = lead.end()
        end = _SENT_END.search(rest)
        clause = rest[:end.start() + 1] if end else rest
        for cm in _cues(clause):
            if cm.start() > 100:
                break
            if cm.group("according"):
                got = _subject_after(clause[cm.end():])
                if got:
                    phrase, off = got
                    at = base + off0 + cm.end() + off
                    return _Attribution(self._speaker(pi, phrase, at), "according to", (pi, at))
                break
            if not self.art.verb_at(pi, base + off0 + cm.start("verb")):
                continue
            before = clause[:cm.start()].strip(" ,")
            if before:
                got = _subject_before(clause[:cm.start()])
                if got is None or got[1] > 2:
                    break  # the cue belongs to a later clause
                phrase, off = got
                at = base + off0 + off
                sp = self._speaker(pi, phrase, at)
                if strict and sp.kind not in _GOOD_KINDS:
                    break
                return _Attribution(sp, _cue_text(cm), (pi, at))
            verb = cm.group("verb")
            got = _subject_after(clause[cm.start("verb") + len(verb):])
            if got:
                phrase, off = got
                at = base + off0 + cm.start("verb") + len(verb) + off
                return _Attribution(self._speaker(pi, phrase, at), verb, (pi, at))
            break
        return None


def _sentence_start(masked: str, pos: int) -> int:
    start = 0
    for m in _SENT_END.finditer(masked, 0, pos):
        if m.end() <= pos:
            start = m.end()
    return start


def _doc_head(name: str) -> str:
    """The document noun of a name: ``report by think tank Policy Exchange`` -> report."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w in _DOC_NOUNS]
    return words[-1] if words else name.lower().split()[-1]


def extract_quotes(paragraphs: Sequence[str], docs: Sequence | None = None, nlp=None,
                   kinds: Sequence[str] | None = None) -> list[Quote]:
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
    pending: tuple[int, _Attribution] | None = None  # an intro paragraph ending in a colon
    spans_by_par: dict[int, list[Span]] = {}
    for s in spans:
        spans_by_par.setdefault(s.first, []).append(s)

    for pi, text in enumerate(paragraphs):
        par_spans = spans_by_par.get(pi, [])
        # a list item under an intro paragraph ("It said the proposals included:")
        is_item = bool(_BULLET.match(text)) or (kinds is not None and pi < len(kinds) and kinds[pi] == "bullet") \
            or (pending is not None and (_opens_with(text, "s") or _opens_with(text, "d")))
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
            post = art.masked[lp][lpos + 1:] if s.close else ""
            nxt = [x for x in spans_by_par.get(lp, []) if x.open_at[1] > lpos]
            if nxt and lp == s.last:
                post = post[:nxt[0].open_at[1] - lpos - 1]
            colon = pre_local.rstrip().endswith(":")
            at_start = not pre_sent.strip() or colon
            att: _Attribution | None = None
            fragment = not at_start
            if colon:
                att = attr.before(pi, pre_local.rstrip()[:-1], local_start)
                if att is None and pending is not None and not pre_sent.strip(" :"):
                    att = pending[1]
            elif at_start:
                att = attr.after(lp, post, lpos + 1, strict=False) if s.close else None
                if att is None and s.close:
                    end = _SENT_END.search(post)
                    clause = post[:end.start()] if end else post
                    if re.search(r"\w", clause) and not any(c.start() < 40 for c in _cues(clause)):
                        fragment = True  # "‘Hubs’ to reduce the digital divide": part of a sentence
                if att is None and pending is not None:
                    att = pending[1]
                if att is None and prev is not None and pi - prev[0].last <= 2 and prev[1].speaker is not None:
                    att = _Attribution(prev[1].speaker, prev[1].cue)
            else:
                att = attr.before(pi, pre_local, local_start)
                if att is None and s.close:
                    att = attr.after(lp, post, lpos + 1, strict=True)
                if att is None and prev is not None and prev[0].last == pi and last_close > sent_start:
                    att = _Attribution(prev[1].speaker, prev[1].cue)  # another fragment in the same sentence
                if att is None and pending is not None and is_item:
                    att = pending[1]
            if s.close:
                last_close = s.close[1] + 1 if s.close[0] == pi else len(text)
            if att is None or att.speaker is None:
                if fragment or len(_quote_words(paragraphs, s)) < 3:
                    continue  # scare quotes and quoted names are not who-said-what
                att = _Attribution(None, None)
            q = _make_quote(paragraphs, s, att, fragment, len(quotes))
            if q is None:
                continue
            quotes.append(q)
            if att.speaker is not None and att.at is not None:
                art.add(_Mention(att.at, att.speaker, True, said=True))
            prev = (s, att, fragment)
        # does this paragraph end in an intro colon, outside any quote?
        masked = art.masked[pi].rstrip()
        if masked.endswith(":") and not art.in_quote(pi, len(masked) - 1):
            start = max([0] + [e for a, e in art.inside[pi]])
            start = max(start, _sentence_start(masked, len(masked) - 1))
            intro = attr.before(pi, masked[start:len(masked) - 1], start)
            if intro is not None and intro.speaker is not None:
                if intro.at is not None:
                    art.add(_Mention(intro.at, intro.speaker, True, said=True))
                pending = (pi, intro)
        elif pending is not None and pending[0] != pi and not is_item:
            pending = None
    return quotes


def _quote_words(paragraphs: Sequence[str], s: Span) -> list[str]:
    return " ".join(paragraphs[pi][a:b] for pi, a, b in s.segments).split()


def _make_quote(paragraphs: Sequence[str], s: Span, att: _Attribution, fragment: bool, position: int) -> Quote | None:
    parts = []
    first_start = first_end = None
    for k, (pi, a, b) in enumerate(s.segments):
        seg = paragraphs[pi][a:b]
        lstrip = len(seg) - len(seg.lstrip())
        seg_s = seg.strip()
        if k == len(s.segments) - 1:
            seg_s = seg_s.rstrip(" ,")
        if k == 0:
            first_start = a + lstrip
            first_end = first_start + len(seg_s) if len(s.segments) == 1 else a + len(seg.rstrip())
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
        paragraph_index=s.first,
        start=first_start,
        end=first_end,
    )
