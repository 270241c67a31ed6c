"""What an article has said so far, for the quote finder: :class:`_Article` keeps each mention
of a speaker in order, with the roles and bodies a sentence gives them, and resolves a pronoun, a
short form (``Dr X``, ``the college``, ``the review chair``) or a post in a body named by its kind
to the fuller mention it refers back to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span as DocSpan

from nlp.quotes import _re as re
from nlp.quotes._lexicon import (
    _A_BODY_S_POST,
    _A_BUSINESS,
    _A_COMPANY_S_NAME,
    _A_NAMED_BODY,
    _A_VOLUNTARY_BODY,
    _AGENTS_IN_FOCUS,
    _AN_INTERVIEW_WITH,
    _ANONYMOUS,
    _APPOINTED_AS,
    _APPOSITION_CUES,
    _ASKING,
    _AT_THE_KIND,
    _BODIES_WITH_POSTS,
    _BODY_ADJECTIVES,
    _BODY_FINDINGS,
    _BODY_NAME_ENDS,
    _BODY_NOUNS,
    _BODY_PARTS,
    _BY_BODY,
    _BYLINE,
    _CAPITAL_PARTICLES,
    _CAPTION_POINTER,
    _CLAIM_NOUNS,
    _CLOSE_TO_A_BODY,
    _COMPANY_ENDS,
    _COUNCILLOR_TITLE,
    _CUE_SET,
    _DATE_WORDS,
    _DETERMINERS,
    _DOC_NOUNS,
    _ELDER_KIN,
    _EPITHET_BODIES,
    _EPITHET_MARK,
    _EPITHET_NAME_WORDS,
    _FOOTNOTE,
    _FOR_WHOM,
    _FORMED,
    _GENERIC_ORG,
    _GIVEN_HE,
    _GIVEN_NAMES,
    _GIVEN_SHE,
    _GP_POSTS,
    _HELD_AS,
    _KIN,
    _KIN_CONVERSE,
    _KIN_GENDER,
    _KIN_PAIR_BEFORE,
    _KIND_ACRONYMS,
    _KIND_AS_NAME,
    _KIND_NAMES_A_BODY,
    _KIND_OF_BODY,
    _KIND_SPELT_OUT,
    _KIND_THEN_NAME,
    _KIND_WORDS_OF_POSTS,
    _KINDS_OF_FIRM,
    _KNIGHTED,
    _LAY_EPITHETS,
    _LAY_PEOPLE,
    _LEDE_VERBS,
    _MEMBER_AFTER_A_BODY,
    _MEMBER_LETTERS,
    _MY_POST,
    _NAMED_AS_THINGS,
    _NAMED_FOR_BODY,
    _NAMING_LABELS,
    _NATION_AFTER,
    _NATIONAL_NHS,
    _NEWS_OUTLETS,
    _NOT_A_BODY_LABELS,
    _NOUN_DETERMINERS,
    _OF_A_PLACE_BODIES,
    _ONE_S_OWN_WORDS,
    _ONE_UNNAMED,
    _OPENING_PLACE,
    _ORDINAL_WORDS,
    _OWN_NEWS_AFTER,
    _OWNERS,
    _PART_OF_A_BODY,
    _PARTICLE_NAME,
    _PARTS_OF_A_BODY,
    _PARTS_OF_A_PLACE,
    _PARTY,
    _PARTY_AND_PLACE,
    _PEER_STYLE,
    _PEOPLE_NOUNS,
    _PLACE_NAME_ENDS,
    _PLACE_SHAPE,
    _POST_AFTER,
    _POST_BEFORE_A_NAME,
    _POST_OF_A_KIND,
    _POST_OF_THE,
    _PRACTICE_NAME_END_RE,
    _PRACTICE_NAME_ENDS,
    _PREFIX_ENTS,
    _PREFIX_MODIFIERS,
    _PREFIX_TOKENS,
    _PRONOUNS,
    _PUBLISHES,
    _ROLE_CAPS,
    _ROLE_MODIFIERS,
    _SAID_IN_LABEL,
    _SAME_KIND_OF_BODY,
    _SEAT_FOR_A_PLACE,
    _SEAT_THEN_NAME,
    _SENT_END,
    _SHARED_PLURAL_POST,
    _SIDE_S_COUNSEL,
    _SIGNATURE,
    _SIGNED,
    _SINCE_OR_BY_WHICH_SCHEME,
    _SPEAKS_FOR_AFTER,
    _SPEAKS_FOR_BEFORE,
    _SPOKES,
    _SUBJECT_WORDS,
    _THE_KIND_OPENS,
    _THE_KIND_S,
    _THE_ORGANISATION_S,
    _TIME_OF_DAY,
    _TITLE_BEFORE,
    _TITLE_RE,
    _TITLE_WORD,
    _TITLED_NAME,
    _TITLES,
    _TOWN,
    _TWO_PLACE_BODY,
    _WHEN,
    _WHEN_WORDS,
    _WHERE_WORDS,
    _WHO_HOLDS_THE,
    _WHO_SAID,
    _WORDS_OF,
    _YOUNGER_KIN,
    _entity_phrases,
    _office_holders,
    _office_holders_as_written,
    _present_office_holders,
)
from nlp.quotes._marks import (
    Span,
)
from nlp.quotes._speakers import (
    _PEOPLE_LIST_DESCRIBED,
    Speaker,
    _a_plural_post,
    _common_word,
    _doc_head,
    _drop_leading,
    _is_role_head,
    _is_role_phrase,
    _long_form_words,
    _looks_like_name,
    _may_call_itself,
    _one_of_post,
    _one_of_the_post,
    _org_names_in,
    _org_names_lower,
    _owned_post,
    _pair_of,
    _plain_apposition,
    _plural_post,
    _plural_role,
    _role_word,
    _sentence_start,
    _singular,
    _singular_post,
    _split_role_org,
    _unnamed_body,
    _without_kind,
    _without_possessives,
    clean_org,
    describe,
    places_listed_bodies,
    post_held_there,
)
from nlp.quotes._subjects import _after_an_asker_s_post


@dataclass
class _Mention:
    at: tuple[int, int]
    speaker: Speaker
    subject: bool
    said: bool = False


# other names of an office that ``corpora/office_holders.jsonl`` lists
_OFFICE_ALIASES = {
    "health and social care secretary": "health secretary",
    "secretary of state for health": "health secretary",
    "secretary of state for health and social care": "health secretary",
    "pm": "prime minister",
}
# posts a headline writes short: "PM pledges ...", then "Prime Minister Helen X"
_SHORT_POSTS = {"pm": ("prime", "minister"), "ceo": ("chief", "executive")}


# "She is now a clinical lead employed by Y Trust.": a pronoun, then the post it holds now, opening a sentence
_POST_OF_A_PRONOUN = re.compile(
    r"(?:^|[.!?]\s+)(She|He)\s+is\s+(?:now\s+|currently\s+|also\s+)?((?:a|an|the)\s+[^,;:()–—.]{2,80}?)(?=[,.;]|$)"
)


def _other_office(words) -> frozenset[str]:
    """The words that make another office of a post (``deputy``, ``vice``, ``shadow``, ``former``, ...) among
    ``words``, parts of hyphenated ones included: ``the committee’s deputy chair`` is not its chair, and ``the
    health secretary`` is not the former one."""
    parts = {p for w in words for p in w.split("-")}
    return frozenset(
        parts & {"deputy", "vice", "shadow", "assistant", "associate", "acting", "interim", "former", "ex"}
    )


def _placed_in(role: str, place: str) -> bool:
    """Does ``role`` say it is held in ``place`` (``partner in Hull``, ``a GP at Hexley``)?"""
    words = role.split()
    return any(w in ("in", "at", "from") and nxt == place for w, nxt in zip(words, words[1:]))


def _ends_with_surname(name: str, surname: str) -> bool:
    """Does ``name`` end with ``surname`` (lower case; a particle included: ``ap gwynfor``)?"""
    return name.lower().endswith(" " + surname)


def _inside_a_sentence(text: str, word: str) -> bool:
    """Is ``word`` written in ``text`` after a lower-case word or a comma (``her husband Tunde``), where its capital
    is its own, not the sentence's?"""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (
            i >= 2
            and text[i - 1] == " "
            and (text[i - 2].islower() or text[i - 2] == ",")
            and not text[end : end + 1].isalnum()
        ):
            return True
        i = text.find(word, end)
    return False


def _after_nhs(doc, i: int) -> bool:
    """Do the capitalised words before token ``i`` open with ``NHS`` (``NHS Greater Hereford``: a body's name)?"""
    i -= 1
    while i >= 0 and doc[i].is_title:
        i -= 1
    return i >= 0 and doc[i].text == "NHS"


def _two_place_bodies(doc, text: str, ents: list) -> list:
    """``NHS Norfolk and Waveney ICB``, ``Kent and Medway LMC``: a body named after two places, which the tagger
    cuts at ``and`` (a person ``NHS Kent``, an organisation ``Medway ICB``), as one organisation in place of the
    entities inside it; not two bodies (``the BMA and Kent LMC``) nor a person and a body (``Dr X and Kent LMC``).
    ``text`` is the doc's text (``Doc.text`` is rebuilt token by token on every call)."""
    from spacy.tokens import Span as DocSpan

    if " and " not in text and " & " not in text:
        return ents
    joined = []
    for m in _TWO_PLACE_BODY.finditer(text):
        span = doc.char_span(m.start(), m.end())
        first = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is None or first is None:
            continue
        while len(first) > 1 and (first[0].tag_ in ("RB", "DT", "IN", "CC") or first[0].is_stop):
            # "Then Northern Lincolnshire and Goole NHS Foundation Trust stepped in": the adverb opens the sentence
            first, span = first[1:], span[1:]
        words = [t for t in first if t.text != "NHS" or t.i > first.start]
        if words and not any(
            t.text.isupper()
            or t.lower_ in _BODY_NOUNS
            or _TITLE_RE.match(t.text + " ")
            or t.ent_type_ in ("NHS_ORG", "PROF_BODY", "THINK_TANK")
            for t in words
        ):
            joined.append(span)
    if not joined:
        return ents
    kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in joined)]
    return sorted([*kept, *(DocSpan(doc, s.start, s.end, label="ORG") for s in joined)], key=lambda e: e.start)


def _bodies_cut_after_of(doc, text: str, ents: list) -> list:
    """``the National Association of GP Federations``, ``the Association of Young GPs``: a body named with ``of``,
    which the tagger ends at ``of`` or one word after it (``the National Association of`` and ``GP Federations``), as
    one organisation, on over the capitalised words that follow it."""
    from spacy.tokens import Span as DocSpan

    from nlp.pipeline import ORG_LABELS

    out: list = []
    skip_to = -1
    for e in ents:
        if e.start < skip_to:
            continue
        end = e.end
        if e.label_ in ORG_LABELS and any(t.lower_ == "of" for t in e):
            while (
                end < len(doc)
                and doc[end].text[:1].isupper()
                and doc[end].tag_ in ("NNP", "NNPS")
                and doc[end].ent_type_ in ("", "ORG", "NHS_ORG", "PROF_BODY")
            ):
                end += 1
        if end > e.end:
            out.append(DocSpan(doc, e.start, end, label=e.label_))
            skip_to = end
        else:
            out.append(e)
    return out


def _bodies_of_a_place(doc, text: str, ents: list) -> list:
    """``the Rural GP Association of Scotland``: a body's name that the tagger cut before ``of`` and a country or
    region (an organisation ``The Rural GP Association``, a place ``Scotland``), as one organisation."""
    from spacy.tokens import Span as DocSpan

    out = list(ents)
    for k, e in enumerate(ents[:-1]):
        place = ents[k + 1]
        if (
            e.label_ == "ORG"
            and e[-1].lower_ in _OF_A_PLACE_BODIES
            and e[-1].is_title
            and place.label_ in ("GPE", "LOC")
            and place.start == e.end + 1
            and doc[e.end].lower_ == "of"
        ):
            out[out.index(e)] = DocSpan(doc, e.start, place.end, label="ORG")
            out.remove(place)
    return out


def _named_kind_bodies(doc, text: str, ents: list) -> list:
    """``Lambeth GP Federation``, ``Tameside and Glossop GP Federation``: a kind of body written with capitals after
    the place that names it, which the patterns tag as the kind alone (``GP Federation``) and the tagger cuts from
    its place, as one organisation."""
    from spacy.tokens import Span as DocSpan

    out = list(ents)
    for e in ents:
        if e.text.lower() not in _KIND_AS_NAME or not e[-1].is_title or " " not in e.text:
            continue
        i = e.start
        while i > 0 and (
            (doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start and not doc[i - 1].is_stop)
            or (doc[i - 1].lower_ == "and" and i >= 2 and doc[i - 2].is_title and i < e.start)
        ):
            i -= 1
        if doc[i].lower_ == "and":
            i += 1
        if (
            i >= 2
            and i < e.start
            and doc[i - 1].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_
        ):
            i -= 2  # "Mid-Lanshire Integrated Care Board": the place's whole name, hyphen and all
        if i < e.start and not _TITLE_RE.match(doc[i].text + " "):
            out = [x for x in out if x.end <= i or x.start >= e.end]
            out.append(DocSpan(doc, i, e.end, label="ORG"))
    return sorted(out, key=lambda x: x.start)


def _kind_words(name: str) -> set[str]:
    """The words of a body's name that may say what kind of body it is, lower-cased: every word but a practice's
    (``practice``, ``surgery``, ``centre``) that another word follows (``General Practice Awards``, ``Practice
    Managers Association``, ``Centre for Policy Studies``: no practice), unless ``of`` (``Surgery of X``)."""
    words = name.lower().split()
    return {
        w
        for k, w in enumerate(words)
        if w not in _SAME_KIND_OF_BODY["practice"] or k == len(words) - 1 or words[k + 1] in ("of", "at")
    } | {short for short, long in _KIND_ACRONYMS.items() if long in name.lower()}  # "Marlshire Integrated Care Board"


def _names_with_particles(doc, text: str, ents: list) -> list:
    """``Llinos ap Gwyn``, ``Joost van der Berg``: a name with a particle in lower case between its capitalised words,
    which the tagger cuts there (a person ``Llinos``, a body ``Gwyn``), as one person in place of the entities inside
    it; not inside a body's name (``the Hospital de Sant Pau``)."""
    from spacy.tokens import Span as DocSpan

    if not _PARTICLE_NAME.search(text):
        return ents
    out = list(ents)
    for m in _PARTICLE_NAME.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or _common_word(span[0].text) or _common_word(span[-1].text):
            continue
        inside = [e for e in out if e.start < span.end and span.start < e.end]
        titled = span.start > 0 and _TITLE_RE.match(doc[span.start - 1].text + " ")  # "Dr Rhodri ap Gwilym", which
        # the tagger may cut into "Dr Rhodri" and "Gwilym"
        if any(
            e.label_ != "PERSON"
            and (e.start < span.start or e.end > span.end)
            and not (titled and e.start == span.start - 1)
            for e in inside
        ):
            continue  # a body's name round it
        whole = min([span.start, *(e.start for e in inside)]), max([span.end, *(e.end for e in inside)])
        if titled:
            whole = max(whole[0], span.start), whole[1]
        out = [e for e in out if e not in inside]
        out.append(DocSpan(doc, whole[0], whole[1], label="PERSON"))
    return sorted(out, key=lambda x: x.start)


def _double_barrelled_names(doc, text: str, ents: list) -> list:
    """``Simone Farrow-Banks``, ``Paramedic Chloe Adeyemi-Stone``: a given name and a double-barrelled surname that the
    tagger took for a body or a place (after a post in capitals, which it took with them), as a person; not a body it
    knows, nor a name with a body's word in it."""
    from spacy.tokens import Span as DocSpan

    out = list(ents)
    for e in ents:
        if (e.label_ not in _NAMED_AS_THINGS and e.label_ not in ("GPE", "NORP", "LOC")) or "-" not in e.text:
            continue
        m = re.search(r"(?:^|\s)([A-Z][a-z]+\s+[A-Z][a-z]+-[A-Z][a-z]+)$", e.text)
        if m is None or e.text.lower() in _org_names_lower() or clean_org(m.group(1)) in _org_names_lower():
            continue
        words = re.split(r"[\s-]+", m.group(1))
        if any(_common_word(w) or w.lower() in _BODY_NOUNS for w in words):
            continue
        first = doc.char_span(e.start_char + m.start(1), e.end_char)
        if first is None or (first.start > e.start and not _is_role_phrase(doc[e.start : first.start].text)):
            continue
        out[out.index(e)] = DocSpan(doc, first.start, first.end, label="PERSON")
    return out


# a practice or a body named after a Welsh place with its article: "Heol y Deri Surgery", "Tan yr Allt Medical Centre"
_WELSH_PLACE_BODY = re.compile(
    r"(?<![\w’'-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:y|yr)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*?\s+"
    r"(?:Surgery|Medical\s+Centre|Health\s+Centre|Medical\s+Practice|Practice|Clinic|Health|Medical\s+Group)\b"
)
# the cues that may open a sentence before the speaker they invert: "Said Ms Rourke:", "Added Dr X:"
_OPENING_CUES = frozenset({"Said", "Says", "Added", "Adds", "Continued", "Continues", "Concluded", "Concludes"})
_OPENING_CUE = re.compile(r"^(?:" + "|".join(sorted(_OPENING_CUES)) + r")\s+(?=" + _TITLES + r"\s|[A-Z][\w&-]*[’']s\s)")
# a document written by the one named after it, read as its writer: "The memo, written by the ICB's director of
# finance, Marcus X,"
_A_DOCUMENT_BY = re.compile(
    r"(?:the|a|an|this|its|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(_DOC_NOUNS))
    + r"),\s+(?:written|drafted|signed|sent|authored|compiled)\s+by\s",
    re.I,
)


def _in_place_of(doc, ents: list, start: int, end: int, label: str) -> list:
    """``ents`` with one entity of ``label`` over tokens ``start:end`` in place of the entities that overlap it, in
    order of where each starts."""
    kept = [e for e in ents if e.end <= start or e.start >= end]
    return sorted([*kept, DocSpan(doc, start, end, label=label)], key=lambda e: e.start)


def _without_an_opening_cue(doc, text: str, ents: list) -> list:
    """``Said Ms Rourke:``, ``Said Unite's officer``: a cue that opens its sentence, before the speaker it inverts,
    which the tagger took into the name or the body; the entity without it."""
    return [
        DocSpan(doc, e.start + 1, e.end, label=e.label_)
        if len(e) > 1
        and e[0].text in _OPENING_CUES
        and (e.start == 0 or doc[e.start - 1].is_sent_end or e[0].is_sent_start)
        # before a title or a body's possessive, not a name ("Said Hassan, a GP in Luton,")
        and (_TITLE_RE.match(e[1].text + " ") or e[-1].text in ("'s", "’s") or e.text.endswith(("'s", "’s")))
        else e
        for e in ents
    ]


def _bodies_after_their_kind(doc, text: str, ents: list) -> list:
    """``The software provider, ClinLink, apologised``: a name in apposition to a body's kind, which the tagger took
    for a product, a work or a place, as a body; and a name that ends in a body's word (``Foundation``)."""
    return [
        DocSpan(doc, e.start + (e[0].lower_ == "the"), e.end, label="ORG")
        # ("The Queen's Nursing Foundation said", which the tagger took for a work: a body by its name's last word)
        if e.label_ in ("WORK_OF_ART", "PRODUCT", "FAC")
        and len(e) > 1
        and e[-1].text in ("Foundation", "Trust", "Forum", "Association", "Alliance", "Society", "Institute", "Network")
        else DocSpan(doc, e.start, e.end, label="ORG")
        if e.label_ in ("PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC", "LOC")
        and e.start >= 2
        and doc[e.start - 1].text == ","
        and e.root.dep_ == "appos"
        and e.root.head.i == e.start - 2
        and (e.root.head.lower_ in _BODY_NOUNS or e.root.head.lower_ in _KINDS_OF_FIRM)
        and e.root.head.i > 0
        and doc[e.root.head.i - 1].lower_ in ("the", "its", "their", "software", "it", "technology", "phone")
        else e
        for e in ents
    ]


def _names_after_a_comma_in_a_body(doc, text: str, ents: list) -> list:
    """``The Liberal Democrat MP for Bramford, Olivia X,``, of which the tagger took ``Bramford, Olivia X`` for one
    body: the place before the comma, and the person named after it (a given name and a surname)."""
    if ", " not in text:
        return ents
    out = list(ents)
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "FAC") or ", " not in e.text:
            continue
        m = re.fullmatch(r"(.+?),\s+([A-Z][a-z]+\s+[A-Z][\w’'-]*[a-z])", e.text)
        if m is None or m.group(2).split()[0].lower() not in _GIVEN_NAMES:
            continue
        place = doc.char_span(e.start_char, e.start_char + len(m.group(1)))
        person = doc.char_span(e.start_char + m.start(2), e.end_char)
        if place is None or person is None:
            continue
        out[out.index(e) : out.index(e) + 1] = [
            DocSpan(doc, place.start, place.end, label="GPE"),
            DocSpan(doc, person.start, person.end, label="PERSON"),
        ]
    return out


def _hyphened_given_names(doc, text: str, ents: list) -> list:
    """``Hyun-woo Park``, ``Dr Seo-yeon Kim``: a given name hyphened in two, its second part in lower case, before a
    surname that the tagger took alone for a body or a place (or with the name's second part, for a person), as one
    person; not a body it knows, nor a name with a body's word in it."""
    if "-" not in text:
        return ents
    out = list(ents)
    for e in ents:
        start = e.start - 3 if e.label_ in _NAMED_AS_THINGS else e.start - 2 if e.label_ == "PERSON" else -1
        if (
            start < 0
            or not 1 <= e.end - start - 3 <= 2
            or not all(t.is_title and t.is_alpha for t in doc[start + 3 : e.end])
            or not (doc[start + 2].is_lower and doc[start + 2].is_alpha and doc[start + 1].text == "-")
            or not (doc[start].is_title and doc[start].is_alpha)
            or doc[start].whitespace_
            or doc[start + 1].whitespace_
            or doc[start].ent_type_ not in ("", e.label_)
            or any(
                t.lower_ in _BODY_NOUNS or t.text in _BODY_NAME_ENDS or _common_word(t.text) for t in doc[start : e.end]
            )
            or doc[start : e.end].text.lower() in _org_names_lower()
        ):
            continue
        out[out.index(e)] = DocSpan(doc, start, e.end, label="PERSON")
    return out


def _bodies_after_a_welsh_article(doc, text: str, ents: list) -> list:
    """``Heol y Deri Surgery``, ``Tan yr Allt Medical Centre``: a practice or a body named after a Welsh place, whose
    article ``y`` / ``yr`` the tagger cuts the name at (a place ``Heol``, a person ``Deri Surgery``; a person
    ``Tan``), as one body in place of the entities inside it.  ``text`` is the doc's text."""
    if " y " not in text and " yr " not in text:
        return ents
    out = list(ents)
    for m in _WELSH_PLACE_BODY.finditer(text):
        whole = doc.char_span(m.start(), m.end())
        if whole is None:
            continue
        out = _in_place_of(doc, out, whole.start, whole.end, "ORG")
    return out


_PERSONAL_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Dame|Sir)\b")


def _titled_names_cut_up(doc, text: str, ents: list) -> list:
    """``Dr Priti Sandhu``, of which the tagger made two bodies (``Priti``, ``Sandhu``), or ``Dr Nkechi X``, one: a
    personal title, then two or three capitalised words that it tagged as things or places, each entity wholly inside
    them, as one person; not a body it knows, nor words a body's or a post's."""
    from spacy.tokens import Span as DocSpan

    if not any(e.label_ != "PERSON" for e in ents):
        return ents
    out = list(ents)
    for m in _PERSONAL_TITLE.finditer(text):
        t = doc.char_span(m.start(), m.end())
        if t is None:
            continue
        t = t[0]
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and doc[end].tag_ == "NNP" and doc[end].text[:1].isupper():
            end += 1
        inside = [e for e in ents if t.i <= e.start < end]  # ("Dr Rhodri", which the tagger took with the title)
        if (
            end - t.i < 3
            or all(e.label_ == "PERSON" for e in inside)  # ("Harjinder Kaur" a person, "Sandhu" a body)
            or any(e.end > end or (e.label_ not in _NAMED_AS_THINGS and e.label_ != "PERSON") for e in inside)
            or any(_common_word(w.text) or w.lower_ in _BODY_NOUNS for w in doc[t.i + 1 : end])
            or doc[t.i + 1 : end].text.lower() in _org_names_lower()
        ):
            continue
        out = [e for e in out if e not in inside]
        out.append(DocSpan(doc, t.i + 1, end, label="PERSON"))
    return out if out == ents else sorted(out, key=lambda e: e.start)


def _post_named_by_be(ent):
    """``Her trainer`` in ``Her trainer is Dr Graham X.``: the post (a span) that a person, the complement of ``is`` or
    ``was``, holds; or None."""
    head = ent.root.head
    if ent.root.dep_ != "attr" or head.lower_ not in ("is", "was"):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NN" or not _is_role_head(subj.lower_) or subj.i > ent.start:
        return None
    return subj.doc[subj.left_edge.i : subj.i + 1]


def _post_after(text: str) -> str:
    """The post in apposition at the start of ``text`` (``, the SNP MSP for X,``), or ``""``."""
    m = _POST_AFTER.match(text)
    return m.group(1) if m else ""


_AGE_OR_SAID_AFTER = re.compile(r",\s+\d{1,3},|\s+(?:said|says|told)\b")


def _last_word(text: str) -> str:
    """The last word of ``text`` in lower case, without a ``-of-two`` after it (``Mother-of-two`` -> ``mother``)."""
    words = text.split()
    return re.sub(r"-of-[a-z]+$", "", words[-1].lower()) if words else ""


def _a_person_noun(word: str) -> bool:
    """Is ``word`` (lower case) a noun for a person: a lay person, a relative or a post (``mum``, ``patient``, ``GP``)?"""
    return word in _PEOPLE_NOUNS or word in _KIN or _is_role_head(word)


def _one_person_named_next(mentions: Sequence[_Mention], pi: int) -> list[_Mention]:
    """The mentions of the one person paragraph ``pi + 1`` names as a subject, when it names one and no other, that
    person was not named at or before ``pi`` and says something there (a lede's post, then ``Sir Jim X told MPs``);
    else ``[]``."""
    nxt = [m for m in mentions if m.at[0] == pi + 1 and m.subject and m.speaker.kind == "person"]
    names = {m.speaker.name for m in nxt}
    if len(names) != 1 or any(m.speaker.name in names for m in mentions if m.at[0] <= pi):
        return []
    # one who says something ("Dr X told MPs"), not "Caitlin X died two days later": whom the story is about
    return nxt if any(m.said for m in nxt) else []


def _last_post_holder(before: Sequence[_Mention], other_than: str | None) -> Speaker | None:
    """The last person named in ``before`` with a post, other than the one named ``other_than`` (``Her counterpart at
    Dales LMC, Dr Tom X``, ``His shadow, Ed X``: whose post it is a counterpart or a shadow of), or ``None``."""
    return next(
        (
            m.speaker
            for m in reversed(before)
            if m.speaker.kind == "person" and m.speaker.role and m.speaker.name != other_than
        ),
        None,
    )


def _named_holder(sp: Speaker, before: Sequence[_Mention]) -> Speaker:
    """``The committee’s chair`` once its body is found: the person named before who holds that post there
    (``The BMA’s sessional GPs committee chair, Dr X,``), if one does; a deputy is another post."""
    if sp.kind != "role" or sp.name or not sp.org or not re.match(r"the\s", sp.written, re.I):
        return sp
    for m in reversed(before):
        o = m.speaker
        if o.kind == "person" and o.name and o.role == sp.role and o.org == sp.org:
            return replace(o, written=sp.written)
    return sp


def _unnamed_holder(m: _Mention, head: str, mods: Sequence[str]) -> bool:
    """Is ``m`` someone unnamed who spoke or acted, by a post with this head word (``One GP in the area``, for
    ``the GP``)?"""
    sp = m.speaker
    if sp.kind != "role" or sp.name or not sp.role or not (m.said or m.subject) or m.at[0] == 0:
        return False
    if not re.match(r"(?:one|a|an|another)\s", sp.written, re.I):  # "The health secretary": someone named elsewhere
        return False
    words = re.findall(r"[\w&-]+", re.split(r"\s+(?:in|at|from|for|of|on|with)\s+", sp.role.lower())[0])
    # (a spokesperson or a source is the body's: read by the rules for those)
    return words[-1:] == [head] and head not in _SPOKES and all(w in words for w in mods)


def _title_word(written: str) -> str | None:
    """The title a name is written with, as one word for its forms (``Prof`` and ``Professor``: professor)."""
    m = _TITLE_RE.match(written.strip())
    if not m:
        return None
    word = m.group(0).split()[0].rstrip(".").lower()  # "Professor Dame Ann X": professor
    return {"prof": "professor", "cllr": "councillor"}.get(word, word)


# the tagger's entities mended in turn, each repair reading what the one before left: a cue that opens a sentence,
# bodies after their kind and names after a comma inside one, bodies named by places, Welsh practice names, hyphened
# given names, bodies cut after "of", bodies of a place, bodies named by their kind, names with particles,
# double-barrelled surnames, titled names the tagger cut up (each function's docstring has its forms)
# a practice's partners or staff as a sentence's subject: "Partners at Greyfriars Surgery have voted ..."
_STAFF_AT_A_PRACTICE = re.compile(
    r"\b(?:[Pp]artners|GPs|[Ss]taff|[Dd]octors)\s+at\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){1,3}(?:Surgery|Practice|Centre|"
    r"Partnership|Group))\b"
)
# a lede's unnamed holder of a post, before what they did: "A GP partner who has run ...", "A practice manager in
# Hull has told ..."
_A_LEDE_S_POST = re.compile(
    r"\s*(?:An?|One)\s+((?:(?!who\b|in\b|from\b)(?:[a-z][\w-]*|GP)\s+){0,3}(?!who\b)(?:[a-z][\w-]*|GP))"
    r"(?:\s+(?:in|from)\s+(?:[A-Z][\w’'-]*\s*){1,3})?"
    r"(?=\s+who\b|\s+(?:has|had|is|was)\s+(?!said\b|told\b|warned\b)[a-z]+)"
)
# a body of a kind we know, by its name: "Kentmere ICB", "NHS Tarnside ICB", "Wyvern Vale PCN"
_A_BODY_OF_A_KIND = re.compile(r"\b((?:NHS\s+)?(?:[A-Z][\w’'-]+\s+(?:and\s+)?){1,4}(?:ICB|PCN|LMC|CCG|ICS))\b")
# a practice by the first word or two of its name, before a post (or two after "at"): "Oakhill's practice manager",
# "Abbey Lane's practice manager", "The senior partner at Abbey Lane,"
_A_PRACTICE_BY_TWO_WORDS = re.compile(
    r"(?:^(?:[Tt]he\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[’']s\s+[a-z]|\sat\s+([A-Z][a-z]+\s+[A-Z][a-z]+)(?:,|$))"
)


def _in_a_post_s_field(doc, i: int) -> bool:
    """Is token ``i`` one of the three words after a post's ``of`` or ``for`` (``director of primary care``, ``head of
    advisory services``): the post's field, which goes on before a name?"""
    return any(doc[j].lower_ in ("of", "for") and _is_role_head(doc[j - 1].lower_) for j in range(max(1, i - 3), i))


def _untagged_given_names(doc, text: str, ents: list) -> list:
    """``Precious Nyathi``: a given name the lists know, before a surname in capitals, that the tagger left out of
    every entity, as a person; not a street's, a building's or a body's name (``Victoria Street``, ``Grace
    Surgery``), nor a name that runs on in capitals or follows a title (which the repairs after this one read).
    Only the pairs of capitalised words in ``text`` are read as tokens (a doc's tokens are built on every read)."""
    out = list(ents)
    for m in _TWO_CAPITALISED.finditer(text):
        if m.group(1).lower() not in _GIVEN_NAMES:
            continue
        pair = doc.char_span(m.start(1), m.end(2))
        if pair is None or len(pair) != 2:
            continue
        t, n = pair[0], pair[1]
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[n.i + 1] if n.i + 1 < len(doc) else None
        if (
            not t.ent_type_
            and not n.ent_type_
            and n.is_alpha
            and len(n) > 2
            and not (after is not None and after.is_title and after.is_alpha)
            and not (before is not None and before.is_title and before.is_alpha)  # (a title's name is the others')
            and n.text not in _PLACE_NAME_ENDS | _PRACTICE_NAME_ENDS | _BODY_NAME_ENDS
            and n.lower_ not in _BODY_NOUNS
            and not _common_word(n.text)
        ):
            out.append(DocSpan(doc, t.i, t.i + 2, label="PERSON"))
    return sorted(out, key=lambda e: e.start) if len(out) > len(ents) else ents


# two capitalised words in a row, a given name and a surname perhaps: "Precious Nyathi"
_TWO_CAPITALISED = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s([A-Z][a-z][\w’'-]*)(?![\w’'-])")


def _places_joined_by_and(doc, text: str, ents: list) -> list:
    """``the universities of Kingsmere and Ashcombe``: a one-word person the tagger found after ``and``, joined to a
    place it found before it, as a place too."""
    places = {e.end for e in ents if e.label_ == "GPE"}
    return [
        DocSpan(doc, e.start, e.end, label="GPE")
        if e.label_ == "PERSON"
        and len(e) == 1
        and e.start >= 2
        and doc[e.start - 1].lower_ == "and"
        and e.start - 1 in places
        else e
        for e in ents
    ]


_TAGGER_REPAIRS = (
    _untagged_given_names,
    _places_joined_by_and,
    _without_an_opening_cue,
    _bodies_after_their_kind,
    _names_after_a_comma_in_a_body,
    _two_place_bodies,
    _bodies_after_a_welsh_article,
    _hyphened_given_names,
    _bodies_cut_after_of,
    _bodies_of_a_place,
    _named_kind_bodies,
    _names_with_particles,
    _double_barrelled_names,
    _titled_names_cut_up,
)


class _Article:
    """What attribution needs from an article: paragraph texts with quote contents
    masked, entities and subjects, and the speaker mentions in reading order."""

    def __init__(self, paragraphs: Sequence[str], docs: Sequence, spans: list[Span]):
        self.paragraphs = list(paragraphs)
        self.whole_text = " ".join(self.paragraphs)  # the article's words, for what a story says anywhere in it
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
        self.masked = [_FOOTNOTE.sub(lambda m: " " * len(m.group(0)), "".join(m)) for m in masked]
        # a first name that shares the surname after it: "Sisters Claire and Joanne X" -> (paragraph, start): "X"
        self.shared_surnames: dict[tuple[int, int], str] = {}
        self.ents = [self._whole_names(pi) for pi in range(len(self.paragraphs))]
        self.org_spans = [self._org_spans(pi) for pi in range(len(self.paragraphs))]
        self.mentions: list[_Mention] = []
        self.genders: dict[str, str] = {}  # a person's name -> "he" or "she", as a pronoun resolved to them said
        # people named only as a plural post that is a sentence's subject ("GPs told Pulse", "Respondents were"):
        # where, and one of them as a role ("GP"), for the "one" and "another" who speak for them
        self.groups: list[tuple[tuple[int, int], str]] = []
        # a person's letter (``In a letter to members, Dr X said``, ``Writing to members, Dr X said``, ``Dr X wrote
        # to members``): where, the document's noun and the writer, so that ``the letter added`` is theirs
        self.writers: list[tuple[tuple[int, int], str, _Mention]] = []
        self._collect_mentions()

    @cached_property
    def _author(self) -> Speaker | None:
        """Who wrote the piece (read once an article), where it says: a byline near the top (``By Dr Rhona X``) or a letter's signature
        as its last paragraph (``Dr Ravi X, Stockport``)."""
        lines = [(pi, m) for pi in range(min(3, len(self.paragraphs))) if (m := _BYLINE.match(self.paragraphs[pi]))]
        last = len(self.paragraphs) - 1
        if not lines and last > 0 and (m := _SIGNATURE.fullmatch(self.paragraphs[last].strip())):
            lines = [(last, m)]
        for pi, m in lines:
            sp = describe(m.group(1).strip(), self.persons_in(pi, 0, len(self.paragraphs[pi])))
            if sp.kind == "person" and sp.name:
                return sp
        return None

    @cached_property
    def _lede_s_post(self) -> str | None:
        """The post of the unnamed holder the lede opens with (``A GP partner who has run ...``; read once an article),
        if it is a post and no lay person's or relative's, or ``None``."""
        lede = _A_LEDE_S_POST.match(self.masked[1]) if len(self.masked) > 1 else None
        one = lede.group(1) if lede else ""
        if one and _is_role_phrase(one) and one.split()[-1].lower() not in _LAY_PEOPLE | set(_KIN_GENDER):
            return one
        return None

    @cached_property
    def body_lines(self) -> dict[int, str]:
        """The paragraphs that are a body's name alone, as a reaction piece heads what each body said (``The King’s
        Fund``, then ``‘...’ – Sarah X, chief executive``): paragraph -> the body."""
        from nlp.pipeline import ORG_LABELS

        out = {}
        for pi, text in enumerate(self.paragraphs[1:], start=1):
            line = text.strip()
            if not line or len(line.split()) > 8 or line[0] in "‘“\"'" or line[-1] in '.!?:;,’”"' or self.inside[pi]:
                continue
            bodies = [e for e in self.ents[pi] if e.label_ in ORG_LABELS]
            bare = [re.sub(r"^(?:The|the)\s+(?=\S)", "", t.strip()) for t in (line, *(e.text for e in bodies))]
            if len(bodies) == 1 and bare[0] == bare[1]:
                org = clean_org(bodies[0].text)
                if org:
                    out[pi] = org
        return out

    @cached_property
    def _own_body(self) -> str | None:
        """The body a piece speaks as, where it writes as ``we`` and names no writer (a consultation response, a press
        release): the organisation that is a sentence's subject in its first two paragraphs (``The Dispensing
        Doctors’ Association welcomes ...``), for ``Our chair, Dr X``."""
        if self._author is not None or not any(
            re.search(r"(?:^|[.!?]\s+|\s)(?:We|we|Our|our)\s", m) for m in self.masked
        ):
            return None
        from nlp.pipeline import ORG_LABELS

        for pi in range(min(2, len(self.paragraphs))):  # "Brackenshire LMC bulletin: June", "Wendover Health Federation
            # newsletter", "This is the quarterly update from Riverside Primary Care Network": the body's own news
            text = self.paragraphs[pi]
            for e in self.ents[pi]:
                if e.label_ in ORG_LABELS and (
                    (pi == 0 and _OWN_NEWS_AFTER.match(text, e.end_char))
                    or re.search(r"\b(?:update|bulletin|newsletter|news)\s+from\s+(?:the\s+)?$", text[: e.start_char])
                ):
                    org = clean_org(e.text)
                    if org:
                        return org
        for m in self.mentions:
            if m.at[0] <= 1 and m.subject and m.speaker.kind == "org" and m.speaker.org:
                return m.speaker.org
        return None

    def _whole_names(self, pi: int) -> list:
        """The tagger's entities, a titled person's name made whole where the tagger took only part of it
        (``Dr Hannah Obi``, of which it tagged ``Hannah``): the rest of the name untagged, capitalised words; a
        news outlet it took for a person is an organisation."""
        from spacy.tokens import Span as DocSpan

        doc = self.docs[pi]
        text = self.paragraphs[pi]
        ents = list(doc.ents)
        for repair in _TAGGER_REPAIRS:  # in turn, each reading the entities the one before left
            ents = repair(doc, text, ents)
        ents = self._first_names_sharing_a_surname(pi, ents)
        ents = [  # "Our PA, Leanne, told me", which the tagger took for a body: a first name after a post
            DocSpan(doc, e.start, e.end, label="PERSON")
            if e.label_ in ("ORG", "GPE", "NORP", "FAC")
            and len(e) == 1
            and e.start >= 2
            and e.end < len(doc)
            and doc[e.start - 1].text == ","
            and doc[e.end].text == ","
            and (_is_role_head(doc[e.start - 2].lower_) or doc[e.start - 2].text in _ROLE_CAPS)
            and re.fullmatch(r"[A-Z][a-z]+", e.text)
            and e.text.lower() not in _org_names_lower()
            else e
            for e in ents
        ]
        ents = [  # "Baroness Whitcombe of Ashby asked ...", which the tagger took for a body: a peer
            DocSpan(doc, e.start, e.end, label="PERSON")
            if e.label_ in ("ORG", "GPE", "FAC")
            and len(e) >= 2
            and e[0].text in ("Baroness", "Lord", "Lady", "Viscount", "Viscountess", "Earl", "Countess")
            and e[1].is_title
            and e[1].text not in ("Mayor", "Chancellor", "Chief", "Justice", "Speaker", "Lieutenant", "Advocate")
            and e.text.lower() not in _org_names_lower()
            else e
            for e in ents
        ]
        ents = [  # "Cllr Frances X (Conservative, Y", which the tagger took whole for a body: the titled name
            DocSpan(doc, e.start, bracket, label="PERSON")
            if e.label_ in ("ORG", "GPE", "NORP", "FAC")
            and (bracket := next((t.i for t in e if t.text == "("), None)) is not None
            and _TITLE_RE.match(e.text)
            and bracket - e.start >= 2
            and all(t.is_title for t in doc[e.start : bracket])
            else e
            for e in ents
        ]
        cut = ents
        ents = [  # "Bristol, North Somerset and South Gloucestershire ICB", which the tagger cut at the comma: the
            # three places' board
            DocSpan(doc, e.start - 2, e.end, label=e.label_)
            if e.label_ in ("ORG", "NHS_ORG")
            and e.start >= 3
            and " and " in e.text
            and re.search(r"\b(?:ICB|CCG|ICS|Integrated\s+Care\s+(?:Board|System))$", e.text)
            and doc[e.start - 1].text == ","
            and doc[e.start - 2].is_title
            and doc[e.start - 2].ent_type_ in ("", "GPE", "ORG", "LOC")
            and (doc[e.start - 3].is_punct or doc[e.start - 3].tag_[:2] in ("IN", "DT", "TO", "VB"))
            else e
            for e in ents
        ]
        if any(a is not b for a, b in zip(cut, ents)):  # what a body made whole now holds
            ents = [
                e
                for e in ents
                if not any(o is not e and o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in ents)
            ]
        for named in _KIND_THEN_NAME.finditer(self.paragraphs[pi]) if " and " in self.paragraphs[pi] else ():
            # "The federation, Weald and Downs Health, now employs ...", which the tagger cut at its "and": one body
            whole = doc.char_span(named.start(2), named.end(2), alignment_mode="contract")
            if (
                named.group(1).lower() in _BODY_NOUNS
                and whole is not None
                and " and " in whole.text
                and any(e.label_ in ("ORG", "NHS_ORG") and whole.start < e.end <= whole.end for e in ents)
                and not any(e.label_ == "PERSON" and e.end > whole.end and e.start < whole.end for e in ents)
            ):
                ents = _in_place_of(doc, ents, whole.start, whole.end, "ORG")
        merged = []
        for e in ents:  # "the charity Mind Matters UK", which the tagger cut before "UK": one body
            if (
                merged
                and e.label_ in ("GPE", "ORG")
                and e.text in ("UK", "International")
                and (
                    merged[-1].label_ == "ORG"
                    or (merged[-1].start > 0 and doc[merged[-1].start - 1].lower_ in _A_NAMED_BODY)
                )
                and merged[-1].end == e.start
            ):
                merged[-1] = DocSpan(doc, merged[-1].start, e.end, label="ORG")
            else:
                merged.append(e)
        ents = merged
        for named in _KIND_NAMES_A_BODY.finditer(self.paragraphs[pi]):
            # "The charity Voices in Health said": a body by what it is, though the tagger found no name in it
            whole = doc.char_span(named.start(2), named.end(2), alignment_mode="contract")
            if (
                whole is not None
                and not _TITLE_RE.match(whole.text)
                and not any(e.start < whole.end and whole.start < e.end for e in ents)
            ):
                ents = sorted([*ents, DocSpan(doc, whole.start, whole.end, label="ORG")], key=lambda e: e.start)
        wards = (
            [m.span(1) for m in _PARTY_AND_PLACE.finditer(self.paragraphs[pi])] if "(" in self.paragraphs[pi] else []
        )
        ents = [  # "Cllr Peter X (Labour, Kingsmere and Hatherley)": the wards, which the tagger took for people, places
            DocSpan(doc, e.start, e.end, label="GPE")
            if e.label_ in ("PERSON", "ORG", "NORP") and any(a <= e.start_char and e.end_char <= b for a, b in wards)
            else e
            for e in ents
        ]
        ents = [  # "The Health Foundation’s Tim X said", whose name the tagger took for a body: a member of the body
            DocSpan(doc, e.start, e.end, label="PERSON")
            if e.label_ == "ORG"
            and k > 0
            and _MEMBER_AFTER_A_BODY.match(self.paragraphs[pi], ents[k - 1].end_char)
            and _MEMBER_AFTER_A_BODY.match(self.paragraphs[pi], ents[k - 1].end_char).span(1)
            == (e.start_char, e.end_char)
            and ents[k - 1].label_ in ("ORG", "NHS_ORG", "PROF_BODY", "THINK_TANK")
            else e
            for k, e in enumerate(ents)
        ]
        ents = [  # "Claire Donnelly said her party would ...", which the tagger took for a body: a common given name and a
            # surname, no body's word, no body we know
            DocSpan(doc, e.start, e.end, label="PERSON")
            if e.label_ in ("ORG", "GPE", "NORP", "FAC")
            and len(e) == 1
            and e[0].is_title
            and e.root.dep_ == "nsubj"
            and e.text.lower() not in _org_names_lower()
            and e[0].lower_ not in _BODY_NOUNS
            # "Mother-of-two Jess said": a name after a noun for a person
            and _a_person_noun(_last_word(self.paragraphs[pi][: e.start_char]))
            else DocSpan(doc, e.start, e.end, label="PERSON")
            if e.label_ in ("ORG", "GPE", "NORP", "FAC")
            and 2 <= len(e) <= 5
            and all(t.is_title or re.fullmatch(r"Mac[A-Z]\w+|Mc[A-Z]\w+", t.text) for t in e)
            and not any(t.lower_ in _BODY_NOUNS or t.text in _BODY_NAME_ENDS for t in e)
            and (
                (len(e) == 2 and e[0].lower_ in _GIVEN_NAMES)
                or (
                    self.paragraphs[pi][e.end_char : e.end_char + 1] == ","
                    and (
                        re.match(r",\s+\d{1,3},", self.paragraphs[pi][e.end_char :])  # "Seán X, 59,": no body's age
                        # "Ruairidh MacAulay, the SNP MSP for X, said": a person, by the post after
                        or _is_role_phrase(_post_after(self.paragraphs[pi][e.end_char :]))
                    )
                )
            )
            and e.text.lower() not in _org_names_lower()
            else e
            for e in ents
        ]
        ents = [  # "Patient Ray, 58,", "Grandmother Pat", which the tagger took whole: the name after the noun
            DocSpan(doc, e.start + 1, e.end, label="PERSON")
            if (
                e.label_ == "PERSON"
                or (  # "Resident Pauline said", which the tagger took for a body
                    e.label_ in ("ORG", "GPE", "NORP")
                    and len(e) == 2
                    and e[1].lower_ not in _BODY_NOUNS
                    and e[1].text not in _BODY_NAME_ENDS
                    and e.text.lower() not in _org_names_lower()
                )
            )
            and len(e) > 1
            and e[0].is_title
            and e[1].text[:1].isupper()
            and not e[0].lower_.endswith("s")  # not "Anaesthetists United", a body of them
            and _a_person_noun(e[0].lower_)
            and e[0].lower_ not in _GIVEN_NAMES  # "Dean Walsby"
            and not _TITLE_RE.match(e.text)
            else e
            for e in ents
        ]
        if not any(e.label_ == "PERSON" for e in ents):
            return ents
        ents = [  # "A Lib Dem committee member, Councillor Joan X": the tagger's person is "Lib Dem committee", its
            # body "Councillor Joan X"; a person's name ends in a capital, and a titled name is a person; "..., Pulse
            # has learned": a paper, which the tagger may take for a person
            DocSpan(doc, e.start, e.end, label="PERSON")
            if e.label_ in ("ORG", "GPE", "NORP", "FAC")
            and re.fullmatch(r"(?:Cllr|Councillor)\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+", e.text)
            else DocSpan(doc, e.start, e.end, label="ORG")
            if e.label_ == "PERSON"
            and (
                e.text in _NEWS_OUTLETS
                or (len(e) > 1 and e[0].text == "NHS")  # "NHS Devon", an ICB by its place
                or (len(e) > 1 and e[-1].text in _PRACTICE_NAME_ENDS | _BODY_NAME_ENDS)  # "Elm Lane Surgery",
                # "Vitalis Health"
                # "Doctors’ group Anaesthetists United", "the campaign group GPs Without Jobs": the body's name
                or (e.start > 0 and doc[e.start - 1].lower_ in _A_NAMED_BODY and not _TITLE_RE.match(e.text))
            )
            else e
            for e in ents
            if not (e.label_ == "PERSON" and len(e) > 1 and e[-1].text.lower() in _BODY_NOUNS and e[-1].is_lower)
            and not (e.label_ == "PERSON" and _after_nhs(doc, e.start))  # "NHS Greater Hereford and Wyre"
        ]
        ents = [  # "Backbencher Lady Harriet X", which the tagger took whole: the name from its title
            DocSpan(doc, k, e.end, label="PERSON")
            if e.label_ == "PERSON"
            and (
                k := next(
                    (t.i for t in e[1:] if _TITLE_WORD.fullmatch(t.text)),
                    e.start,
                )
            )
            > e.start
            and not any(_TITLE_RE.match(t.text + " ") for t in doc[e.start : k])
            and all(t.is_title for t in doc[e.start : k])
            else e
            for e in ents
        ]
        if not any(  # only where a tagged person is followed by an untagged capitalised word, or a hyphen
            e.label_ == "PERSON"
            and e.end < len(doc)
            and (doc[e.end].text[:1].isupper() or doc[e.end].text == "-")
            and doc[e.end].ent_type_ in ("", "CARDINAL")
            for e in ents
        ):
            return ents
        for m in _TITLED_NAME.finditer(self.paragraphs[pi]):
            whole = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if whole is None or len(whole) < 2:
                continue
            inside = [  # "Professor Dame Helen X-Y", of which the tagger took "Dame Helen": a title before is no matter
                e
                for e in ents
                if whole.start < e.end <= whole.end
                and e.label_ != "CARDINAL"  # "Aileen", which the tagger took for a number
                and all(re.fullmatch(_TITLES, t.text) for t in doc[e.start : whole.start])
            ]
            if (
                len(inside) == 1
                and inside[0].label_ == "PERSON"
                and inside[0].end < whole.end
                and all(  # a name's words, not a post's letters ("Dr Sarit X CD at Y PCN")
                    t.text == "-"  # "Stokes-Lampard", which the tokenizer splits at its hyphen
                    or (
                        # ("Professor Dame Aileen X", where the tagger's person is "Dame" and "Aileen" a number)
                        t.ent_type_ in ("", "CARDINAL")
                        and re.fullmatch(r"[A-Z][a-z][\w’'-]*", t.text)
                        and not _common_word(t.text)
                    )
                    for t in whole
                    if not inside[0].start <= t.i < inside[0].end
                )
            ):
                ents = [e for e in ents if e is inside[0] or e.end <= whole.start or e.start >= whole.end]
                ents[ents.index(inside[0])] = DocSpan(doc, whole.start, whole.end, label="PERSON")
            elif (
                inside
                and any(e.label_ in ("ORG", "GPE", "NORP", "FAC") for e in inside)
                and all(
                    e.label_ in ("ORG", "GPE", "NORP", "FAC")
                    or (e.label_ == "PERSON" and all(re.fullmatch(_TITLES, t.text) for t in e))
                    for e in inside
                )
            ):
                # "Professor Dame Cecilia Oduya-Barnes", of which the tagger took "Dame" for a person and "Oduya-Barnes"
                # for a body: the name after the titles
                first = next((t.i for t in whole if not re.fullmatch(_TITLES, t.text)), whole.end)
                name = doc[first : whole.end]
                if (
                    len(name) >= 2
                    and all(
                        t.text == "-" or (re.fullmatch(r"[A-Z][a-z][\w’'-]*", t.text) and not _common_word(t.text))
                        for t in name
                    )
                    and not any(t.lower_ in _BODY_NOUNS or t.text in _BODY_NAME_ENDS for t in name)
                    and name.text.lower() not in _org_names_lower()
                ):
                    ents = _in_place_of(doc, ents, first, whole.end, "PERSON")
        return ents

    def _first_names_sharing_a_surname(self, pi: int, ents: list) -> list:
        """``Sisters Claire and Joanne X``, ``Twins Leah and Rebecca Y``, ``Tom and Alex Z``: the first of two given
        names before one surname, tagged alone or with the word before it, as a person whose surname is the second's
        (noted in :attr:`shared_surnames`)."""
        from spacy.tokens import Span as DocSpan

        doc = self.docs[pi]
        out = list(ents)
        for a, b in zip(ents, ents[1:]):
            if (
                b.label_ != "PERSON"
                or len(b) != 2
                or b.start != a.end + 1
                or doc[a.end].lower_ != "and"
                or not 1 <= len(a) <= 2
                or not re.fullmatch(r"[A-Z][a-z]+", a[-1].text)
                or not (
                    re.fullmatch(r"(?:Sisters|Brothers|Twins|Siblings|Cousins|Drs|Doctors)", a[0].text)
                    if len(a) == 2
                    else a[-1].lower_ in _GIVEN_NAMES
                )
            ):
                continue
            first = DocSpan(doc, a.end - 1, a.end, label="PERSON")
            out[out.index(a)] = first
            self.shared_surnames[(pi, first.start_char)] = b[-1].text
        for a in ents:  # "Drs Anil and Kavita X", of which the tagger took only "Drs Anil": the second name too
            if (
                a in out  # (not one the loop above read already)
                and len(a) == 2
                and a.label_ == "PERSON"
                and re.fullmatch(r"Sisters|Brothers|Twins|Siblings|Cousins|Drs|Doctors", a[0].text)
                and a.end + 3 <= len(doc)
                and doc[a.end].lower_ == "and"
                and all(t.is_title and t.is_alpha and not t.ent_type_ for t in doc[a.end + 1 : a.end + 3])
                and doc[a.end + 1].lower_ in _GIVEN_NAMES
                and (a.end + 3 == len(doc) or not doc[a.end + 3].is_title)
            ):
                first = DocSpan(doc, a.end - 1, a.end, label="PERSON")
                out[out.index(a)] = first
                self.shared_surnames[(pi, first.start_char)] = doc[a.end + 2].text
                out = sorted([*out, DocSpan(doc, a.end + 1, a.end + 3, label="PERSON")], key=lambda e: e.start)
        return out

    def _org_spans(self, pi: int) -> list[tuple[int, int]]:
        """Where the paragraph names an organisation in several words (entities and the
        entity patterns' organisations)."""
        from nlp.pipeline import ORG_LABELS

        text = self.paragraphs[pi]
        spans = [
            (e.start_char, e.end_char)
            # (the tagger's, and the bodies it cut that the article's reading made whole: "Eastfield and Lowgate PCN")
            for e in [*self.docs[pi].ents, *self.ents[pi]]
            if (e.label_ in ORG_LABELS and " " in e.text and not _TITLE_RE.match(e.text) and ", " not in e.text)
            # not "Dr Iestyn Rowe", nor the tagger's "Pulse, NHS Lancashire", which runs over a clause's comma
            or (e.label_ == "ROLE" and " and " in e.text)
        ]
        if " and " in text or "," in text:
            spans += [m.span() for m in _org_names_in(text) if " and " in m.group(0) or "," in m.group(0)]
        if ", " in text and " and " in text:  # "Bedfordshire, Luton and Milton Keynes ICB": a body named by its places
            spans += places_listed_bodies(text)
        return spans

    def keep(self, pi: int, base: int, length: int) -> list[tuple[int, int]]:
        """The organisation spans of paragraph ``pi`` relative to a slice at ``base``."""
        return [(a - base, b - base) for a, b in self.org_spans[pi] if b > base and a < base + length]

    def unmask(self, span: Span) -> None:
        """Read a stretch masked as a quote's words as the article's own again (a transcript's turn whose label
        names no speaker, as in an explainer's ``A:``); a quote in marks inside it stays masked."""
        for pi, a, b in span.segments:
            self.inside[pi].remove((a, b))
            text = list(self.masked[pi])
            for k in range(a, b):
                if not self.in_quote(pi, k):
                    text[k] = self.paragraphs[pi][k]
            self.masked[pi] = _FOOTNOTE.sub(lambda m: " " * len(m.group(0)), "".join(text))

    def in_quote(self, pi: int, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.inside[pi])

    def persons_in(self, pi: int, start: int, end: int) -> list[str]:
        return [e.text for e in self.ents[pi] if e.label_ == "PERSON" and e.start_char >= start and e.end_char <= end]

    def token_at(self, pi: int, pos: int):
        """The parser's token at character ``pos`` of paragraph ``pi``, or None."""
        span = self.docs[pi].char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def with_object_pronoun(self, at: tuple[int, int], pronoun: str) -> bool:
        """Does the sentence of the word at ``at`` call someone else ``her`` (``pronoun`` ``she``) or ``him``
        (``he``) after it, as an object (``Presenter X put it to her that ...``)?  A subject is not the one its own
        clause calls ``her`` (that is ``herself``), so a ``she`` after it is someone else."""
        obj = {"she": "her", "he": "him"}.get(pronoun)
        t = self.token_at(*at) if obj else None
        for _ in range(4):  # "Presenter" -> "Ratan", the subject
            if t is None or t.dep_ in ("nsubj", "nsubjpass"):
                break
            t = t.head if t.head.i != t.i else None
        if t is None or t.dep_ not in ("nsubj", "nsubjpass"):
            return False
        for w in t.sent:
            if w.i > t.i and w.lower_ == obj and w.tag_ == "PRP" and w.dep_ in ("dobj", "dative", "pobj"):
                verb = w.head.head if w.dep_ == "pobj" else w.head  # "put it to her": the verb, not the preposition
                if verb.i == t.head.i:  # the same clause ("said the minister had let her down" is hers)
                    return True
        return False

    def verb_at(self, pi: int, pos: int) -> bool:
        """Does the parser agree that the word at ``pos`` is a verb?"""
        t = self.token_at(pi, pos)
        if t is None:
            return True
        word = re.match(r"[a-z]+", self.paragraphs[pi][pos:])
        if word and t.text != word.group(0) and word.group(0) in _CUE_SET:
            return True  # "added:‘The ..." is one token to the tokenizer: trust the cue word
        if t.lower_ in ("read", "reads") and re.match(r"reads?:", self.paragraphs[pi][pos:], re.I):
            return True  # "Dr X’s tweet read: ‘...’", where the tagger takes "read" for a noun
        if (
            t.tag_ in ("NNS", "NN")
            and t.lower_ in _CUE_SET
            and t.i > 0
            and t.doc[t.i - 1].tag_ in ("NNP", "PRP")
            and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].is_punct)
        ):
            return True  # "‘...,’ Morgan jokes.": a cue after a name, which the tagger read as a plural noun
        if (
            t.tag_ in ("VBD", "VBN")
            and 0 < t.i < len(t.doc) - 1
            and t.doc[t.i + 1].lower_ in ("was", "is", "were", "are")
            and t.doc[t.i - 1].tag_ in ("NN", "NNS")
            and not t.doc[t.i - 1].ent_type_
            and not _is_role_head(t.doc[t.i - 1].lower_)
        ):
            return False  # "the service charge proposed was ‘...’": what was proposed, not who said it
        return t.tag_.startswith("VB") or t.text in ("said", "says", "told", "added")

    def _collect_mentions(self) -> None:
        from nlp.pipeline import ORG_LABELS

        for pi, doc in enumerate(self.docs):
            # one pass over the tokens (each read builds a token object): candidates by their word
            doc_nouns, subjects, bare, ones, first_names, wrote_to, posts = [], [], [], [], [], [], []
            for tok in doc:
                low = tok.lower_
                if low in ("wrote", "written", "writes") and any(c.lower_ == "to" for c in tok.children):
                    wrote_to.append(tok)  # "NHS England has written to practices": a letter, then "the letter said"
                if (
                    low == "writing"
                    and tok.dep_ == "advcl"
                    and tok.head.lower_ in _CUE_SET
                    and any(c.lower_ == "to" for c in tok.children)
                ):
                    wrote_to.append(tok)  # "Writing to members, Dr X said": his letter
                if low in ("one", "another") and tok.dep_ == "nsubj":
                    ones.append(tok)  # "One, who qualified in August, said": one of a group named before
                if low in _DOC_NOUNS and not (
                    low == "paper" and tok.i > 0 and doc[tok.i - 1].lower_ in ("this", "our")
                ):  # not "shared with this paper": the newspaper itself, no document
                    doc_nouns.append(tok)
                elif (
                    low == "post"
                    and tok.dep_ == "pobj"
                    and tok.head.lower_ == "in"
                    and tok.head.head.lower_ in _CUE_SET
                ):
                    posts.append(tok)  # "In a Facebook post, the partners said": theirs, then "the post said"
                if low in _SUBJECT_WORDS and (
                    tok.dep_ == "nsubj" or (tok.dep_ == "nsubjpass" and tok.head.lower_ in _ASKING)
                ):  # and "The health secretary was asked whether ...": who answers next
                    subjects.append(tok)
                if (
                    tok.dep_ in ("nsubj", "nsubjpass", "poss")  # ("Penrose is unconvinced", a passive to the parser)
                    and tok.text[:1].isupper()
                    and tok.ent_type_ in ("", "GPE", "NORP", "LOC", "ORG")
                    and (
                        tok.tag_ in ("NNP", "NNS", "NNPS")
                        or (  # ("Ellery said ...", a common noun to the tagger, a surname named before: looked up
                            # last, as it reads the mentions so far)
                            tok.tag_ == "NN"
                            and tok.dep_ == "nsubj"
                            and self._surname_as_named(tok.text, (pi, tok.idx)) is not None
                        )
                    )
                    and (
                        tok.left_edge.i == tok.i
                        or re.fullmatch(r"[A-Z][\w’']+-[A-Z][\w’']+", doc[tok.left_edge.i : tok.i + 1].text)
                        or re.fullmatch(
                            r"(?:Ap|Ab|Van|Von|De|Du|Le|Da)\s+[A-Z][\w’']+", doc[tok.left_edge.i : tok.i + 1].text
                        )
                    )  # (and "Pryce-Jenkins is less equivocal", a double-barrelled surname; "Ap Rhys thinks", a particle)
                ):  # (and "Summerhayes says", "Qadir does not hesitate", "Wardrop's term": a surname the tagger
                    # read as a plural or a place; kept only where the article named the person before)
                    bare.append(tok)  # "Oakley insists ...": a surname the tagger left untagged
                elif (
                    tok.dep_ == "compound"
                    and tok.is_title
                    and tok.is_sent_start
                    and not tok.ent_type_
                    and tok.head.i == tok.i + 1
                    and tok.head.dep_ == "ROOT"
                    and tok.head.tag_ == "NNS"
                ):
                    bare.append(tok)  # "Baptiste shrugs.", which the tagger read as a plural noun: her, named before
                elif tok.dep_ == "nsubj" and tok.tag_ == "NN" and not tok.ent_type_ and tok.is_title:
                    first_names.append(tok)  # "Tunde, the practice manager, is ...": a first name, read as a noun
            for ent in [
                *self.ents[pi],
                *self._untagged_titled(pi),
                *self._untagged_posted(pi),
                *self._untagged_members(pi),
                *self._untagged_bodies(pi, subjects),
            ]:
                if self.in_quote(pi, ent.start_char):
                    continue
                if (
                    ent.label_ == "PERSON"
                    and len(ent) == 1
                    and ent.start >= 2
                    and doc[ent.start - 1].lower_ == "of"
                    and doc[ent.start - 2].lower_ in _PARTS_OF_A_PLACE
                ):  # "One GP partner in the east end of Glasgow", which the tagger took for a person: a place
                    continue
                if (
                    ent.label_ == "PERSON"
                    and ent.start >= 2
                    and ent.end < len(doc)
                    and doc[ent.start - 1].text == "("
                    and doc[ent.end].text == ")"
                    and any(e.label_ == "PERSON" and e.end == ent.start - 1 for e in self.ents[pi])
                ):  # "Dr Yasmin X (Castleford) spoke against": where she is from, which the tagger took for a person
                    continue
                nation = _NATION_AFTER.match(self.paragraphs[pi], ent.end_char) if ent.label_ in ORG_LABELS else None
                whole = doc.char_span(ent.start_char, nation.end(), label=ent.label_) if nation else None
                root = ent.root
                if whole is not None:  # "RCGP Wales", "BMA Northern Ireland": the nation's branch, not the body; the
                    # parser may hang the body's name on the verb and make the nation the subject
                    ent = whole
                    root = next((t for t in ent if t.dep_ == "nsubj" and not ent.start <= t.head.i < ent.end), ent.root)
                root_dep, head = root.dep_, root.head
                # the clause's subject, and the people joined to it: "Dr Amy X and Mr Tom Y ran the practice";
                # "Dr A, the LMC's chief executive, and Dr B, its chair, wrote", where the tagger hangs B on A's post;
                # "Dr A and her husband, Dr B, run a practice", where B is her husband's apposition
                # ("nmod": "Dr X, chair of Y, said", where the tagger hangs the name on its post, the subject)
                top = head if root_dep in ("compound", "appos", "conj", "nmod") else root
                if (root_dep, top.dep_) in (("conj", "appos"), ("appos", "conj")):
                    top = top.head
                subject = top.dep_ in ("nsubj", "nsubjpass")
                # the subject's verb, for an apposition too: "A patient, 78-year-old Bernard X, said he ..."
                verb = top.head
                if (
                    root_dep == "appos"
                    and not subject
                    and re.search(r",\s*(?:(?:" + _TITLES + r")\s+)*$", self.paragraphs[pi][: ent.start_char])
                ):
                    up = head  # "Her counterpart at Dales LMC, Dr Tom X, was more measured": the apposition of
                    while up.dep_ in ("pobj", "prep") and up.head is not up:  # the whole subject, which the tagger
                        up = up.head  # hangs on its last noun
                    subject = up.dep_ in ("nsubj", "nsubjpass")
                    verb = up.head
                if (
                    root_dep == "pobj"
                    and head.lower_ == "for"
                    and head.i == head.sent.start
                    and ent.end < len(doc)
                    and doc[ent.end].text == ","
                ):  # "For Dr Sharma, the lesson is simple. ‘...,’ she says": the sentence is about her
                    subject = True
                if (
                    root_dep == "pobj"
                    and head.lower_ == "by"
                    and head.dep_ == "agent"
                    and head.head.lower_ in _AGENTS_IN_FOCUS
                    and ent.label_ == "PERSON"
                ):  # "His comments were echoed by Dr Kate X, a local GP. She said": the one who echoed them; "The review
                    # will be led by Professor Susan X. She said": the one who leads it
                    subject = True
                if (
                    root_dep == "pobj"
                    and head.lower_ == "from"
                    and head.head.lower_ in ("heard", "hear", "hears", "evidence")
                    and ent.label_ == "PERSON"
                ):  # "The committee also heard from Dr Leila X, clinical director of Y PCN. ‘...,’ she said": the one
                    # who gave evidence
                    subject = True
                if (
                    root_dep == "pobj"
                    and head.lower_ in ("of", "for")
                    and head.head.dep_ in ("nsubj", "nsubjpass")
                    and ent.end < len(doc)
                    and doc[ent.end].i == head.head.head.i
                    and ent.label_ == "PERSON"
                ):  # "X ICB director of primary care Zsofia Y said", where the tagger hangs the name on the post's
                    # field: the post's holder, the subject
                    subject, verb = True, head.head.head
                post_is = _post_named_by_be(ent) if ent.label_ == "PERSON" and not subject else None
                if post_is is not None:  # "Her trainer is Dr Graham X.": he is the subject, the trainer
                    subject = True
                if ent.label_ == "PERSON" and _AN_INTERVIEW_WITH.search(self.paragraphs[pi][: ent.start_char]):
                    # "The Gazette has an interview with the chair of X, Dr Robert Y. He tells the paper": him
                    subject = True
                if (
                    (
                        (root_dep == "dobj" and head.lower_ in _ASKING)
                        # "Eilidh X asked the public health minister, Morag Y, how many ...": the minister
                        or (root_dep == "appos" and head.dep_ == "dobj" and head.head.lower_ in _ASKING)
                    )
                    and not any(c.dep_ == "conj" for c in root.children)  # not "We asked Dr A and Mr B how ..."
                ):
                    subject = True  # "Ms Cole ended by asking Mr Leigh whether he ... ‘...,’ he replied": the one asked
                spoken_to = head if root_dep == "appos" else root  # (the name, or what it stands beside)
                if (
                    root_dep in ("pobj", "appos")
                    and ent.label_ == "PERSON"
                    and spoken_to.dep_ == "pobj"
                    and spoken_to.head.lower_ == "to"
                    and spoken_to.head.head.lower_ in ("spoke", "talked", "speaks", "talks")
                ):  # "Our correspondent Petra X spoke to the last partner, Dr Hamish Y. ‘...,’ he said": the one who
                    # answers
                    subject = True
                if root_dep == "dobj" and head.lower_ in (
                    "welcome",
                    "welcomed",
                    "welcoming",
                    "introduce",
                    "introduced",
                ):
                    subject = True  # "We were delighted to welcome Dr Siobhán X ... She told us": the newcomer
                if not subject and root_dep == "ROOT" and ent.label_ == "PERSON" and ent.start <= ent.sent.start + 2:
                    # "Dr Sandy X, a former GP, accused ministers of neglect", which the parser made a phrase of: the
                    # name opening the sentence is its subject, and the verb after its apposition its verb
                    after = re.match(r"(?:,[^,]{1,80},)?\s+([a-z]+)\b", self.paragraphs[pi][ent.end_char :])
                    if after and self._finite_at(pi, ent.end_char + after.start(1)):
                        subject = True
                        if after.group(1) in _CUE_SET:
                            head = verb = self.token_at(pi, ent.end_char + after.start(1)) or head
                if not subject and ent.label_ == "PERSON" and root_dep == "appos":
                    # "In Holyrood, the Cabinet Secretary for Health, Niamh X, told MSPs", "The federation's chief
                    # executive, Marcus X, watched from the gallery", which the parser hung elsewhere: the post and
                    # name open the sentence, and a finite verb follows them
                    opening = self.paragraphs[pi][ent.sent.start_char : ent.start_char]
                    after = re.match(r",\s+([a-z]+)\b", self.paragraphs[pi][ent.end_char :])
                    if (
                        after
                        and re.fullmatch(
                            r"(?:In\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+)?(?:[Tt]he|(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*[’']s)"
                            r"\s+[^,;:.!?]{2,80},\s*",
                            opening,
                        )
                        and after.group(1) not in ("who", "which", "and", "but")
                        and (
                            self._finite_at(pi, ent.end_char + after.start(1))
                            # ("watched from the gallery", which the parser read as a clause on the post)
                            or (
                                (t := self.token_at(pi, ent.end_char + after.start(1))) is not None
                                and t.tag_ == "VBN"
                                and t.dep_ == "acl"
                                and t.head == ent.root.head
                                and not any(c.lower_ == "by" for c in t.children)
                            )
                        )
                    ):
                        subject = True
                        head = verb = self.token_at(pi, ent.end_char + after.start(1)) or head
                if (
                    not subject
                    and ent.label_ == "PERSON"
                    and ent.root.dep_ in ("npadvmod", "dep")
                    and ent.start > 0
                    and doc[ent.start - 1].dep_ == "nsubj"
                    and doc[ent.start - 1].head == ent.root.head
                ):  # "PPG chair Eileen X reminded members", where the parser made the post the subject, the name an
                    # adverb: the name is who did it
                    subject = True
                    head = verb = ent.root.head
                said = subject and (
                    head.lower_ in _CUE_SET
                    # "A patient, 78-year-old Bernard X, said": the apposition's; not "a DHSC spokesperson said"
                    or (root_dep in ("appos", "nmod") and verb.lower_ in _CUE_SET)
                )
                if (
                    root_dep == "pobj"
                    and head.lower_ == "to"
                    and head.head.lower_ == "according"
                    and head.head.i == head.sent.start
                ):  # "According to Dr Nair, a third way exists. ‘...,’ she says": what she says, the sentence says
                    subject = said = True
                named_said = (
                    re.match(r"(?:,\s+[^,;:.!?‘’“”\"]{1,80})?,\s+([a-z]+)\b", self.paragraphs[pi][ent.end_char :])
                    if ent.label_ == "PERSON" and not subject
                    else None
                )
                if named_said and named_said.group(1) in _CUE_SET:
                    verb_tok = doc.char_span(
                        ent.end_char + named_said.start(1), ent.end_char + named_said.end(1), alignment_mode="expand"
                    )
                    if verb_tok is not None and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in verb_tok.root.children
                    ):
                        # "Standing beside him, NHS England’s chief executive, Sir Desmond X, said the money ...", where
                        # the parser gave the verb no subject: the one named just before it said it
                        subject = said = True
                if (
                    ent.label_ == "PERSON"
                    and not subject
                    and ent.end < len(doc)
                    and doc[ent.end].lower_ in _CUE_SET
                    and doc[ent.end].dep_ == "ROOT"
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[ent.end].children)
                ):  # "..., Health Education X workforce lead Dr Martin Y said retention ...", where the parser read
                    # "lead" as a verb and the name as its object: the one named just before the verb said it
                    subject = said = True
                who_said = _WHO_SAID.match(self.paragraphs[pi][ent.end_char :])
                if ent.label_ == "PERSON" and who_said and who_said.group(1).lower() in _CUE_SET:
                    # "challenged by Dr Zara X, a digital lead at Y, who told GP Weekly that ...": she said it
                    said = True
                titled = (
                    (
                        (  # "Baroness X" tagged ORG; "Dr Clare Holt", where the tagger's ORG is "Clare Holt"
                            bool(_TITLE_RE.match(ent.text))
                            or _TITLE_BEFORE.search(self.paragraphs[pi][max(0, ent.start_char - 12) : ent.start_char])
                        )
                        and _looks_like_name(ent.text)
                    )
                    or (  # "Dr Lennox said", a surname alone the tagger took for a body
                        ent.label_ == "ORG"
                        and re.fullmatch(r"[A-Z][a-z][\w’'-]+", ent.text) is not None
                        and re.search(
                            r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+$", self.paragraphs[pi][: ent.start_char]
                        )
                        is not None
                        and ent.text.lower() not in _BODY_NOUNS
                        and ent.text.lower() not in _org_names_lower()
                    )
                    or self._name_after_post(ent)
                    or (  # "Sandra, 67, said she ...", "Dave, from X, says": a given name alone, the tagger's ORG
                        re.fullmatch(r"[A-Z][a-z]+", ent.text) is not None
                        and ent.text.lower() in _GIVEN_NAMES
                        and re.match(r",\s+(?:\d{1,3},|from\s|who\s|aged\s|an?\s)", self.paragraphs[pi][ent.end_char :])
                        is not None
                    )
                )  # "The chief executive, Moira Dent,": the tagger's ORG
                if root_dep == "compound" and head.lower_ in _DOC_NOUNS and not titled:
                    continue  # "A Healthwatch Tamebridge report found": the document is the mention
                if (
                    ent.label_ == "PERSON"
                    and not titled
                    and ent.start > 0
                    and doc[ent.start - 1].lower_ in ("in", "near")
                    and not (ent.end < len(doc) and doc[ent.end].lower_ in ("’s", "'s"))
                ):
                    continue  # "A salaried GP in Kent", where the tagger took the county for a person: a place
                if ent.label_ == "PERSON" or titled:
                    phrase = _OPENING_CUE.sub("", self._with_prefix(pi, ent))  # ("Added Ms X:")
                    phrase = _KIN_PAIR_BEFORE.sub("", phrase)  # "Husband and wife GPs Dr A and Dr B": GPs
                    if post_is is not None:
                        phrase = f"{post_is.text}, {phrase}"
                    phrase_at = ent.end_char - len(phrase)
                    found = self.paragraphs[pi].find(phrase, max(0, phrase_at - 1))
                    if (
                        not post_is and 0 <= found <= ent.start_char
                    ):  # ("Jackie X MSP", whose letters run past the name)
                        phrase_at = found
                    before = re.search(
                        # "However, the chair of the local LMC, Dr X, said": a link word, then the post
                        # (and after a preposition or a verb of asking: "raised it with the minister for primary
                        # care, Edward X.", "a question from the Lib Dem MP for Y, Hazel Z,")
                        # ("according to its senior partner, Dr Ruth X.")
                        r"(?:^|[.;:!?]\s+|\sand\s+|,\s+(?=whose\s)|\s(?:with|from|by|to|questioned|asked|met|pressed|quizzed)\s+(?=the\s)"
                        r"|\saccording\s+to\s+(?=(?:the|its|their)\s))"
                        r"(?:(?:but|yet|meanwhile|however|separately|similarly|likewise|now|next|finally|outside|"
                        r"inside|afterwards|elsewhere|nearby|downstairs|upstairs)\b,?\s+|"
                        # "Responding, the Scottish Government’s deputy director, Iain X, said"
                        r"(?:responding|replying|commenting|reacting|intervening|concluding)(?:\s+to\s+[^,;:.!?]{1,60})?,\s+|"
                        # "Presenting the paper, the ICB’s director of primary care, Owen X, said": what they did
                        r"[a-z]+ing\s+[^,;:.!?]{1,60},\s+|"
                        # "Last night the surgery’s practice manager, Denise X, insisted"
                        r"(?:last\s+night|yesterday|today|tonight|earlier|later|on\s+(?-i:[A-Z])[a-z]+day|"
                        # "Last month the surgery's sole partner, Dr X, handed back her contract"
                        r"(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|winter)),?\s+|"
                        # "Later in the session, the college's vice-chair, Dr X,", "During a break, the chair, Dr Y,"
                        r"(?:(?:later|earlier)\s+(?:in|at|on|during)|during|after|before|at|in)\s+"
                        r"(?:the|a|an|his|her|its|their|this|that)\s+[^,;:.!?]{1,60},\s+|"
                        + _OPENING_PLACE.pattern  # "Back in England, the King’s Fund’s senior fellow, Dr X,"
                        + r")?"
                        r"((?:one\s+of\s+(?:the|its|their|his|her)|the|a|an|one|another|its|their|his|her|my|our|whose|"
                        r"(?-i:(?:[A-Z][\w&-]*\s+(?:and\s+(?=[A-Z]))?){0,3}[A-Z][\w&-]*[’']s))\s+[^,;:.!?]{2,80}?),\s*$",
                        self.paragraphs[pi][:phrase_at],
                        re.I,
                    )
                    if before is None:  # "Senior coroner for North Marlshire, Ms X, said": a post that opens the
                        # sentence without an article
                        before = re.search(  # (and "HM Assistant Coroner for X, Dr Y": the Crown's, not a body's)
                            r"(?:^|[.;:!?]\s+)(?:HM\s+)?([A-Z][a-z]+(?:\s+[^,;:.!?]{1,80}?)?),\s*$",
                            self.paragraphs[pi][:phrase_at],
                        )
                        first = before.group(1).split()[0].lower() if before else ""
                        before = (
                            before
                            if before
                            and (
                                first in _PREFIX_MODIFIERS
                                or _is_role_head(first)
                                or _role_word(first)
                                # "Labour MP for Carnforth East, Aisha X,": a party's member for a seat
                                or (first == "local" or re.match(_PARTY + r"\s", before.group(1)))
                                and _SEAT_FOR_A_PLACE.search(before.group(1))
                            )
                            and _is_role_phrase(before.group(1))
                            else None
                        )
                    post_before = _OPENING_CUE.sub("", before.group(1)) if before else ""  # ("Said Unite's officer")
                    verb_after = re.match(r"\s+([a-z]+)\b", self.paragraphs[pi][ent.end_char :])
                    if (
                        before is not None
                        and re.search(r"\b(?:with|from|by|to)\s+$", self.paragraphs[pi][: before.start(1)])
                        and verb_after
                        and self._finite_at(pi, ent.end_char + verb_after.start(1))
                    ):  # "In her letter to the chief executive of X ICB, Ms Y wrote": the one written to, then the
                        # subject, who holds no post of hers
                        before, post_before = None, ""
                    words = post_before.split()
                    if (
                        post_before[:1].isupper()
                        and _common_word(words[0])
                        # (not "Health Education England's former director": a body's name)
                        and not (len(words) > 1 and words[1][:1].isupper())
                    ):
                        post_before = post_before[0].lower() + post_before[1:]  # "Senior coroner for X": as written
                        # inside a sentence
                    if (
                        re.search(
                            r"\b(?:will|would|has|have|had|is|was|are|were|after|before|when|since|that)\b", post_before
                        )
                        or before is not None
                        and any(  # "The health committee questioned the chief executive of X ICB, Dr Y,": the object
                            t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBZ", "VBP")
                            for t in ent.doc
                            if before.start(1) <= t.idx < before.end(1)
                        )
                    ):
                        # "The Old Station Surgery will close after its last partner, Dr X, retires": the post alone
                        # ("The minutes record that the partner member, Dr X, disagreed")
                        relative = re.match(
                            r"((?:the|a|an|its|their)\s+[^,]+?)\s+(?:who|that)\s+(?:had|has|was|is)\s",
                            post_before,
                            re.I,
                        )
                        if relative and _is_role_phrase(relative.group(1)):
                            # "The GP partner who had seen the patient, Dr Callum X,": the post, not what the clause
                            # after it is about
                            post_before = relative.group(1)
                        else:
                            dets = list(re.finditer(r"\b(?:its|their|his|her|the|a|an)\s+", post_before, re.I))
                            post_before = post_before[dets[-1].start() :] if dets else ""
                    given = _TITLE_RE.sub("", phrase).removesuffix(_TITLE_RE.sub("", ent.text)).split()
                    if (
                        phrase.endswith(ent.text)
                        and len(given) <= 2
                        and all(w.istitle() for w in given)  # "Dr Iain Morrison", where the tagger's name is "Morrison"
                        and post_before
                        and (
                            _is_role_phrase(post_before)
                            or post_before.split()[-1].lower() in _KIN
                            or (  # "One of the retiring partners, Dr Ruth X": one of those posts
                                re.match(r"one\s+of\s", post_before, re.I)
                                and _is_role_head(_singular(post_before.split()[-1].lower()))
                            )
                        )
                    ):  # "her husband, Dr Omar X": a relative, as a post
                        phrase = f"{post_before}, {phrase}"  # "The patient group chair, Maureen Flett, 71, said"
                        kin = _KIN_GENDER.get(post_before.split()[-1].lower())
                        if kin:  # "Her husband, Dr Tom X, also a GP": he, whatever his post
                            self.genders.setdefault(_TITLE_RE.sub("", ent.text), kin)
                    elif (
                        before
                        and re.match(
                            r"(?:its|their|the\s+[a-z]+[’']s|(?-i:[A-Z][\w&-]*[’']s))\s", before.group(1), re.I
                        )
                        and _is_role_phrase(before.group(1))
                        and _is_role_phrase(phrase[: len(phrase) - len(ent.text)].strip())
                    ):  # "Its chief executive, former hospital manager Tim X": the body's post, then what he was
                        phrase = f"{before.group(1)}, {ent.text}"
                    app = self._apposition(pi, ent)
                    sp = describe(phrase + app, [ent.text])
                    shared = (
                        _SHARED_PLURAL_POST.search(self.paragraphs[pi][:phrase_at])
                        if sp.kind == "person" and not sp.role and not app
                        else None
                    )
                    if (
                        shared
                        and _plural_role(shared.group(1).split()[-1])
                        and _singular(shared.group(1).split()[-1]).lower()
                        not in _KIN_GENDER  # not "Sisters Claire and Jo X"
                        and _is_role_phrase(shared.group(1))
                    ):  # "GP partners Dr Alan X and Dr Mary X": the second holds the post the first is given
                        post = _one_of_the_post(_KIN_PAIR_BEFORE.sub("", shared.group(1)))
                        if _common_word(post.split()[0]) and post[:1].isupper() and post[1:2].islower():
                            post = post[0].lower() + post[1:]  # "Practice nurses A and B" opening the sentence
                        sp = replace(sp, role=post)
                    if sp.kind == "person" and not sp.org and re.match(r"whose\s", post_before, re.I):
                        # "The contract went to X Federation, whose chief executive, Joanne Y, will join": X's
                        sp = replace(sp, org=self._body_in_sentence((pi, ent.start_char)))
                    if sp.kind in ("role", "person") and post_before and phrase.startswith(f"{post_before}, "):
                        alone = describe(phrase[len(post_before) + 2 :] + app, [ent.text])
                        if sp.kind == "role" and alone.kind == "person" and alone.name:
                            # "Another caller, Margaret from X, said": the person, with the post before her name
                            sp = replace(alone, written=sp.written, role=alone.role or sp.role)
                        elif sp.kind == "person" and not sp.org and alone.kind == "person" and alone.org and app:
                            # "The final panellist, Dr X, an NHS England clinical adviser, said": the post that
                            # names a body, not the part played here
                            sp = replace(alone, written=sp.written)
                    being = "" if app or not subject else self._role_said_to_be(pi, ent)
                    if being:  # the name as written, the role from what the sentence says they are
                        sp = replace(describe(phrase + being, [ent.text]), written=sp.written)
                        if re.match(r",\s+(?:its|their)\s", being) and not sp.org:
                            # "Tamebridge LMC voted ... Dr Mina X is its secretary": the body's post, as "Its
                            # secretary, Dr Mina X" reads, which the mentions' pass below points at the body
                            sp = replace(sp, written=f"{being[2:]}, {phrase}")
                    counterpart = (
                        re.fullmatch(
                            r"(?:his|her|their)\s+(?:counterpart|opposite\s+number)\s+(at|in)\s+(.+)",
                            before.group(1),
                            re.I,
                        )
                        if before
                        else None
                    )
                    holder = (
                        _last_post_holder(self.mentions, sp.name)
                        if counterpart and sp.kind == "person" and not sp.role
                        else None
                    )
                    if holder is not None:  # "Her counterpart at Dales LMC, Dr Tom X": the post of the one named
                        # before, there
                        role, org = post_held_there(holder.role, f"{counterpart.group(1)} {counterpart.group(2)}")
                        sp = replace(sp, role=role, org=org)
                    if (
                        sp.kind == "person"
                        and not sp.role
                        and re.search(
                            r"(?:^|[.!?]\s+)(?:One|Another|A\s+second|A\s+third),\s+(?:" + _TITLES + r"\s+)?$",
                            self.masked[pi][: ent.start_char],
                        )
                    ):  # "Not all of his partners agree. ... Another, Dr Femi X, is more positive": one of them
                        people = self._people_named_as_a_plural((pi, ent.start_char))
                        sp = replace(sp, role=people) if people else sp
                    if sp.kind == "person" and not sp.org and _AT_THE_KIND.search(sp.written):
                        # "Dr Harriet X, a partner at the practice, said ...": the practice named before, for the
                        # "she said" after it as for a quote here
                        self.mentions.sort(key=lambda m: m.at)
                        placed = self.resolve(sp, (pi, ent.start_char))
                        sp = placed if placed.kind == "person" and placed.name == sp.name else sp
                    if sp.kind == "person" and sp.role and sp.role.lower().startswith("fellow "):
                        self.mentions.sort(key=lambda m: m.at)
                        sp = self._fellow(sp, self.before((pi, ent.start_char)))
                    if (
                        sp.kind == "person"
                        and not sp.role
                        and " " in (sp.name or "")
                        and _COUNCILLOR_TITLE.match(sp.written)
                    ):  # "Cllr Peter X (Labour, Kingsmere) said he ...": the title is the post, for "he said" after
                        sp = replace(sp, role="councillor")
                    sp = self.speaks_for(sp, (pi, ent.start_char))  # "Prosecuting, Mr X said ...", for "he" after
                    shared = self.shared_surnames.get((pi, ent.start_char))
                    if sp.kind == "person" and shared and (sp.name or "").endswith(ent.text):  # "Sisters Claire
                        sp = replace(sp, name=f"{ent.text} {shared}")  # and Joanne X"
                    if sp.kind == "person":
                        self.mentions.append(_Mention((pi, ent.start_char), sp, subject, said))
                        if said and sp.name:  # "Dr Sam X said he ‘would never go back’": he is a he
                            told = [c for c in head.children if c.dep_ == "ccomp"]
                            own = [
                                c.lower_
                                for t in told
                                for c in t.children
                                if c.dep_ == "nsubj" and not self.in_quote(pi, c.idx)  # not "‘He knew ...,’ said Y"
                            ]
                            if own[:1] in (["he"], ["she"]):
                                self.genders.setdefault(sp.name, own[0])
                    elif (
                        sp.kind == "org"
                        and sp.org == ent.text
                        and subject
                        and ent.text.split()[-1].lower() in _BODY_NOUNS
                    ):  # "Riverside Surgery has closed its list", the tagger's person: a body, for "they" or "it"
                        self.mentions.append(_Mention((pi, ent.start_char), sp, subject, said))
                elif ent.label_ in ORG_LABELS or ent.label_ == "POLICY":
                    asked = root_dep == "dobj" and head.lower_ in ("asked", "contacted", "approached")
                    if asked:  # "Pulse asked NHS England whether ... A spokesperson said": the body that answers
                        subject = said = True
                    if root_dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
                        subject = said = True  # "..., according to the Committee of X. Its chair said": its words
                    if root_dep in ("dobj", "attr") and (
                        head.lower_ in _FORMED
                        or (head.lower_ == "set" and any(c.lower_ == "up" for c in head.children))
                    ):
                        subject = True  # "merged to form Riverside Health Partnership. Its chief executive": in focus
                    part = head.head if root_dep == "pobj" and head.lower_ == "of" else head
                    if (
                        root_dep in ("poss", "pobj")
                        and part.dep_ == "nsubj"
                        and (part.lower_ in _BODY_PARTS or _is_role_head(part.lower_))
                    ):  # "Mersey Vale ICB’s board approved the plan. Its chief medical officer", "The board of Mersey
                        # Vale ICB approved", "The chief executive of Ashfield GP Federation has resigned": the body
                        # whose board or post it was
                        subject = True
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
                        # "The BMA’s GP committee met": the BMA GP committee, as its attribution is written
                        named = _without_possessives(ent.text) if kind == "org" else ent.text
                        org = clean_org(named) if kind == "org" else None
                        part_of = re.match(  # not "the ICB’s chief executive" nor "the BMA’s X committee chair"
                            r"[’']s\s+((?:[A-Za-z][\w-]*\s+){1,3}(?:" + "|".join(sorted(_PARTS_OF_A_BODY)) + r"))"
                            r"(?:\s+([\w-]+))?",
                            self.paragraphs[pi][ent.end_char :],
                        )
                        if part_of and (
                            _is_role_phrase(part_of.group(1)) or _is_role_head((part_of.group(2) or "").lower())
                        ):
                            part_of = None
                        whole = describe(f"{ent.text}’s {part_of.group(1)}") if kind == "org" and part_of else None
                        if whole is not None and whole.kind == "org" and whole.org:
                            named = org = whole.org  # "The BMA’s GP registrars committee said": that committee
                        self.mentions.append(
                            _Mention(
                                (pi, ent.start_char),
                                Speaker(ent.text, kind, name=org or named, org=org),
                                subject,
                                said,
                            )
                        )
            for tok in first_names:
                post = self._first_name_with_post(pi, tok)
                if post is not None:
                    self.mentions.append(_Mention((pi, tok.idx), post, True, tok.head.lower_ in _CUE_SET))
            for tok in bare:
                whole = doc[tok.left_edge.i : tok.i + 1]  # the surname, double-barrelled or not
                # ("Ap Rhys": the name as the article wrote it in full, "ap Rhys")
                name = (
                    None
                    if self.in_quote(pi, whole.start_char)
                    else self._surname_as_named(whole.text, (pi, whole.start_char))
                )
                if name is not None:
                    said = tok.head.lower_ in _CUE_SET
                    sp = Speaker(whole.text, "person", name=name)
                    now = re.match(r"(?:,\s+\d{1,3},)?\s+is\s", self.paragraphs[pi][whole.end_char :])
                    being = self._role_said_to_be(pi, whole) if tok.dep_ == "nsubj" and now else ""
                    if being:  # "Okoro, 51, is chief executive of Mersey Vale Primary Care": what the sentence says
                        # they are now (not "Haddad was a partner in Lewisham until 2015")
                        sp = replace(describe(whole.text + being, [whole.text]), written=whole.text)
                    app = "" if being else self._apposition(pi, whole)
                    posted = describe(whole.text + app, [whole.text]) if app else None
                    if posted is not None and posted.kind == "person" and posted.role:
                        # "Lindqvist, clinical director of X PCN, took on the role in 2022": her post, for "she said"
                        sp = replace(posted, name=name, written=whole.text)
                    self.mentions.append(_Mention((pi, whole.start_char), sp, True, said))
            for tok in subjects:
                if (  # "Dr A and Dr B argue that unemployed locums ...": what people say of a group, not a group
                    # who speaks, for "they" after
                    tok.head.dep_ == "ccomp"
                    and tok.head.head.lower_ in _CUE_SET
                    and any(
                        t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "they")
                        for c in tok.head.head.lefts
                        for t in c.subtree
                    )
                ):
                    continue
                if _a_plural_post(tok) and not self.in_quote(pi, tok.idx):
                    # "GPs told Pulse ...", "Respondents to the survey were ...": one of them, a GP, a respondent
                    # the words that say which (compounds and adjectives, with theirs), not whose nor how many: "Not
                    # all the group's GPs" are GPs
                    which = sorted(
                        {
                            t.i
                            for c in tok.children
                            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                            for t in c.subtree
                        }
                    )
                    mods = [
                        t.text.lower()  # "Pulse readers", but "Newly qualified GPs": newly
                        if t.i == t.sent.start
                        and (_common_word(t.text) or (t.tag_ not in ("NNP", "NNPS") and not t.ent_type_))
                        and t.text not in _NEWS_OUTLETS
                        and not t.text.isupper()  # "GP leaders": an acronym keeps its capitals
                        else t.text
                        for t in (doc[i] for i in which)
                        if t.lower_ not in _DETERMINERS
                        and t.lower_ not in ("many", "most", "some", "all", "these")
                        and not t.like_num
                    ]
                    self.groups.append(((pi, tok.left_edge.idx), " ".join([*mods, _singular_post(tok)])))
                    continue
                if (
                    tok.tag_ == "NN"
                    and not self.in_quote(pi, tok.idx)
                    and not (  # "When her nurse retired, she could not replace her": the main clause's subject
                        tok.head.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in tok.head.head.children)
                    )
                    and (
                        (tok.left_edge.lower_ == "the" and _is_role_head(tok.lower_))
                        or (  # "A second locum, based in Manchester, says she has ...": she, in what follows
                            tok.left_edge.lower_ in ("a", "an", "another", "one")  # "One GP partner has emailed us"
                            and _is_role_head(tok.lower_)
                            # "One patient, a man in his seventies, is sympathetic": a stance, as a cue gives one
                            and (tok.head.lower_ in _CUE_SET or tok.head.lower_ in ("is", "was", "seems", "seemed"))
                        )
                        or (
                            tok.left_edge.lower_ in ("his", "her", "their", "my", "our")
                            and (tok.lower_ in _KIN or _is_role_head(tok.lower_))
                        )
                        # "Its chief executive said the findings were worrying": the body's, in what follows
                        or (tok.left_edge.lower_ == "its" and _is_role_head(tok.lower_))
                        or (  # "Berkshire LMC’s chief executive said ...": a body's post
                            _is_role_head(tok.lower_)
                            and any(c.dep_ == "poss" and c.ent_type_ in ORG_LABELS for c in tok.children)
                        )
                    )
                ):  # "The health minister visited a practice ... ‘...,’ she said": a post, the sentence's subject;
                    # "His wife, also a GP, agrees. ‘...,’ she says": a relative, not the man named before
                    after = tok.right_edge.idx + len(tok.right_edge.text)
                    named = [  # "The new chair of the RCGP, Professor X, took office": the post is X's, and X the
                        m  # subject, however the parser hung X on the phrase ("His former partner Dr Margaret X
                        for m in self.mentions  # said", where it made both subjects)
                        if m.at[0] == pi
                        and m.speaker.kind == "person"
                        and (
                            tok.left_edge.idx <= m.at[1] <= tok.right_edge.idx
                            or (
                                m.at[1] >= after
                                and re.fullmatch(
                                    r"\s*(?:(?:" + _TITLES + r")\s+)?", self.paragraphs[pi][after : m.at[1]]
                                )
                            )
                        )
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
                    field = next(  # "NHS England's national director of primary care has said": the post's field
                        (
                            c
                            for c in tok.rights
                            if c.dep_ == "prep"
                            and c.lower_ in ("of", "for")
                            and c.i == tok.i + 1
                            and len(list(c.subtree)) <= 5
                            and all(t.is_lower and t.is_alpha and not t.is_stop for t in list(c.subtree)[1:])
                        ),
                        None,
                    )
                    if field is not None:
                        phrase = doc[tok.left_edge.i : field.right_edge.i + 1].text
                    close = next((c for c in tok.rights if c.lower_ in ("close", "closest")), None)
                    if close is not None:  # "A source close to the company said": whose source, as written
                        phrase = doc[tok.left_edge.i : close.right_edge.i + 1].text
                    whose = next(  # "A spokeswoman for Healthwatch X said ...": the body's, for the "she said" after
                        (
                            c
                            for c in tok.rights
                            if c.dep_ == "prep"
                            and c.lower_ in ("for", "at", "of")
                            and any(t.ent_type_ in ORG_LABELS for t in c.subtree)
                            and not any(t.ent_type_ == "PERSON" for t in c.subtree)
                        ),
                        None,
                    )
                    if (
                        whose is not None
                        and close is None
                        and field is None
                        # "The chair of the Royal College of GPs used her address": the body's, for "she" after
                        and (tok.lower_ in _SPOKES if whose.lower_ != "of" else _is_role_head(tok.lower_))
                    ):
                        end = max(  # to the end of the body's name, however the parser hung its last word
                            [whose.right_edge.i + 1]
                            + [
                                e.end
                                for e in doc.ents
                                if e.start <= whose.right_edge.i < e.end and e.label_ in ORG_LABELS
                            ]
                        )
                        phrase = doc[tok.left_edge.i : end].text
                    kin = tok.lower_ in _KIN and tok.left_edge.lower_ not in ("a", "an", "another", "one")
                    # "My partner", a relative, and "The 41-year-old partner" the word alone; "A GP partner", a post
                    sp = Speaker(phrase, "role", role=tok.lower_) if kin else describe(phrase)
                    what = re.match(r",\s+((?:a|an)\s+[^,.;:]{2,60}),", self.paragraphs[pi][tok.idx + len(tok.text) :])
                    if tok.lower_ in _KIN and tok.lower_ not in _KIN_GENDER and what and _is_role_phrase(what.group(1)):
                        # "My partner, a consultant, laughs": what they are, not whose they are (a husband or wife
                        # stays one: the pronoun after it reads the kin's gender)
                        role, org = _split_role_org(what.group(1))
                        if role:
                            sp = Speaker(f"{phrase}, {what.group(1)}", "role", role=role, org=org)
                    elif (
                        what
                        and tok.lower_ in ("doctor", "medic", "clinician", "colleague")
                        and _is_role_phrase(what.group(1))
                    ):  # "A third doctor, a salaried GP in Wolverhampton, said": what the apposition makes them
                        sp = describe(f"{phrase}, {what.group(1)}")
                    if (
                        sp.kind == "role"
                        and sp.role
                        and not any(
                            c.dep_ == "attr" and c.ent_type_ == "PERSON" and tok.head.lower_ in ("is", "was")
                            for c in tok.head.children
                        )
                    ):  # (not "Her trainer is Dr X": the trainer is named)
                        self.mentions.append(_Mention((pi, tok.left_edge.idx), sp, True, tok.head.lower_ in _CUE_SET))
            for tok in subjects:  # "In a statement, the practice said it accepted ... ‘...,’ it said": the body
                if (
                    tok.lower_ in _BODY_NOUNS
                    and tok.tag_ == "NN"
                    and tok.left_edge.lower_ == "the"
                    and tok.left_edge.i == tok.i - 1
                    and tok.head.lower_ in _CUE_SET
                    and not self.in_quote(pi, tok.idx)
                ):
                    at = (pi, tok.left_edge.idx)
                    self.mentions.sort(key=lambda m: m.at)  # (resolve reads them in order)
                    body = self.resolve(Speaker(f"the {tok.text}", "other", name=tok.lower_), at)
                    if body.kind == "org" and body.org:
                        self.mentions.append(_Mention(at, body, True, True))
            for tok in ones:
                if (
                    tok.head.lower_ in _CUE_SET
                    and not self.in_quote(pi, tok.idx)
                    and (groups := self._groups_before((pi, tok.idx)))
                ):  # "Newly qualified GPs are struggling ... One, who qualified in August, said she": one of them
                    sp = Speaker(tok.text, "role", role=groups[-1][1])
                    self.mentions.append(_Mention((pi, tok.idx), sp, True, True))
            for tok in wrote_to:
                verb = tok.head if tok.lower_ == "writing" else tok
                self._note_writer(pi, verb, "letter")
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                orgs = [
                    m.speaker.org
                    for m in self.mentions
                    if subj is not None
                    and m.at[0] == pi
                    and m.speaker.kind == "org"
                    and m.speaker.org
                    and subj.left_edge.idx <= m.at[1] <= subj.idx
                ]
                if orgs:  # the body's letter, named as the house style names documents ("NHS England letter")
                    org = max(orgs, key=len)
                    self.mentions.append(
                        _Mention(
                            (pi, tok.idx), Speaker(f"{org} letter", "doc", name=f"{org} letter", org=org), False, False
                        )
                    )
            for tok in posts:
                self._note_writer(pi, tok.head.head, "post")
            for tok in doc_nouns:
                # document-like noun phrases (the report, NHS England's long-term plan), found from tags
                # because the attribute ruler (and with it noun_chunks) is switched off for speed
                if not tok.tag_.startswith("NN") or self.in_quote(pi, tok.idx):
                    continue
                left = tok.left_edge
                while left.i < tok.i and left.is_punct:  # "funding," the letter said": not the quote's closing mark
                    left = doc[left.i + 1]
                chunk = doc[left.i : tok.i + 1]
                subject = tok.dep_ in ("nsubj", "nsubjpass")
                said = tok.dep_ == "nsubj" and tok.head.lower_ in _CUE_SET
                text = chunk.text
                tail = re.match(
                    _BY_BODY + r"((?:[A-Z][\w’'&-]*\s*)+)",
                    self.paragraphs[pi][chunk.end_char :],
                )
                if tail:
                    end = chunk.end_char + tail.end()
                    named = [  # "a survey by the National Association of Sessional GPs": the body's whole name
                        e.end_char
                        for e in self.ents[pi]
                        if e.label_ in ORG_LABELS and e.start_char <= chunk.end_char + tail.start(1) < e.end_char
                    ]
                    end = max([end, *named])
                    text = text + self.paragraphs[pi][chunk.end_char : end].rstrip()
                sp = describe(text)
                if self._note_sender(pi, tok, chunk.start_char):  # "a letter from a patient": the patient's letter
                    sp = describe(chunk.text)
                elif sp.kind == "doc" and not sp.org:
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
            elif (  # "RCGP Scotland’s joint chairs, Dr A and Dr B,": B is one too
                a.at[0] == b.at[0]
                and a.speaker.kind == b.speaker.kind == "person"
                and a.speaker.role
                and not (b.speaker.role or b.speaker.org)
                # ("The partners of Brookside Surgery in Chelmsford, Dr A and Dr B,": the post's head before "of")
                and _plural_role(re.split(r"\s+(?:of|at|in|from)\s+", a.speaker.written.split(",")[0])[0].split()[-1])
                and re.fullmatch(
                    r"[\w’' -]+?\s+and\s+(?:" + _TITLES + r"\s+)?", self.paragraphs[a.at[0]][a.at[1] : b.at[1]]
                )
            ):
                b.speaker = replace(b.speaker, role=a.speaker.role, org=a.speaker.org)
        listed = {  # "Dr A, Dr B and Dr C, the three partners at X, said": each of them one of those posts
            (pi, n): group
            for pi, text in enumerate(self.masked)
            if " and " in text
            for found in _PEOPLE_LIST_DESCRIBED.finditer(text)
            if (group := describe(found.group(0))).kind == "person" and group.role and ", " in (group.name or "")
            for n in re.split(r",\s+|\s+and\s+", group.name)
        }
        for m in self.mentions if listed else ():
            group = listed.get((m.at[0], m.speaker.name))
            if group is not None and m.speaker.kind == "person" and not (m.speaker.role or m.speaker.org):
                m.speaker = replace(m.speaker, role=_one_of_the_post(group.role), org=group.org)
        for m in self.mentions:  # "Oakes insists ..." after "Tim Oakes": the surname the tagger took for a body
            word = m.speaker.written.strip()
            if (
                m.speaker.kind in ("org", "other")
                and re.fullmatch(r"[A-Z][a-z][\w’'-]*", word)
                and self.surname_before(word, m.at)
            ):
                m.speaker = Speaker(m.speaker.written, "person", name=word)
        for m in self.mentions:  # "Funmilayo shrugs off the criticism" after "Dr Funmilayo X-Y": a
            # feature's first name for the person named in full before (the tagger may take it for a body)
            word = m.speaker.written.strip()
            if (
                m.speaker.kind in ("org", "other")
                and re.fullmatch(r"[A-Z][a-z][\w’'-]+", word)
                and word.lower() not in _org_names_lower()
            ):
                whole = self._named_in_full_by_first_name(word, m.at)
                m.speaker = replace(whole, written=m.speaker.written) if whole is not None else m.speaker
        bodies: list[str] = []
        for m in self.mentions:  # "Last year Mersey Vale lost a bid" after "Mersey Vale Primary Care": the body by the
            # first words of its name, which the tagger took for a person
            name = m.speaker.name or ""
            whole = next((b for b in bodies if b.startswith(name + " ")), None) if m.speaker.kind == "person" else None
            if whole and " " in name and not _TITLE_RE.match(m.speaker.written) and name == m.speaker.written.strip():
                m.speaker = Speaker(m.speaker.written, "org", name=whole, org=whole)
            if m.speaker.org and len(m.speaker.org.split()) > 2:
                bodies.append(m.speaker.org)
        for m in self.mentions:
            m.speaker = self.body_by_first_word(m.speaker, m.at)
        self._posts_of_pronouns()
        for m in self.mentions:  # short forms among the mentions point at the full ones before them, "its" at a body
            if (
                m.speaker.short
                or re.match(r"(?:its|their)\s", m.speaker.written, re.I)
                or re.search(r",\s+(?:its|their)\s", m.speaker.written)  # "Dr Kiran X, its deputy chair"
                or _THE_KIND_S.search(m.speaker.written)
                or _WHO_HOLDS_THE.search(m.speaker.written)
            ):
                m.speaker = self.resolve(m.speaker, m.at)  # "The trust’s chief executive, Paul X": which trust
        self._lede_post_named_next()

    def _lede_post_named_next(self) -> None:
        """``The chair of the RCGP has warned ...``, then ``‘...,’ said Professor Miriam X``: a lede's unnamed post, the
        subject of a verb of saying, is held by the one person the next paragraph names as a subject with no post of
        their own, from there on (as a quote in the lede is theirs: ``_named_after_lede``)."""
        lede = next(
            (
                m
                for m in self.mentions
                if m.at[0] <= 1
                and (m.said or (m.subject and getattr(self.verb_of(m), "lower_", "") in _LEDE_VERBS))
                and m.speaker.kind == "role"
                and m.speaker.role
                # ("..., the Care Quality Commission’s chief inspector has said": the post after the lede's clause)
                # (or a body's: "NHS England's national director of primary care has said")
                and re.match(r"(?:A|An|The|the)\s|(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*[’']s\s+[a-z]", m.speaker.written)
                # (not a headline's "What the inspector said": what a story recalls, not who it names next)
                and not re.match(r"\s*(?:What|Why|How|When)\s", self.paragraphs[m.at[0]][: m.at[1]])
            ),
            None,
        )
        if lede is None:
            return
        role, org = lede.speaker.role, lede.speaker.org
        after = lede.at[1] + len(lede.speaker.written)
        body = next((m for m in self.mentions if m.at[0] == lede.at[0] and m.at[1] > after), None)
        if (
            not org
            and body
            and body.speaker.kind == "org"
            and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.paragraphs[lede.at[0]][after : body.at[1]])
        ):
            org = body.speaker.org  # "The chair of the Royal College of General Practitioners"
        if not org:  # "The primary care lead at Dyffryn Clwyd Health Board has said": the body the tagger named there
            from nlp.pipeline import ORG_LABELS

            named = next(
                (
                    e.text
                    for e in self.ents[lede.at[0]]
                    if e.label_ in ORG_LABELS
                    and re.fullmatch(
                        r"\s+(?:of|at|for)\s+(?:the\s+)?", self.paragraphs[lede.at[0]][after : e.start_char]
                    )
                ),
                None,
            )
            org = clean_org(named) if named else None
        # "The chief executive of X has defended ... Dr Y said ...": the one person named in the lede itself, or
        # else in the next paragraph, unless that opens with a post of its own ("The chief executive of Z believes")
        same = [
            m
            for m in self.mentions
            if m.at[0] == lede.at[0] and m.at[1] > after and m.subject and m.speaker.kind == "person"
        ]
        names = {m.speaker.name for m in same}
        if (
            len(names) == 1
            and any(m.said for m in same)
            and not any(m.speaker.name in names for m in self.mentions if m.at < lede.at)
        ):
            nxt = same
        else:
            nxt = _one_person_named_next(self.mentions, lede.at[0])
            if nxt and any(
                m.at[0] == lede.at[0] + 1 and m.speaker.kind == "role" and m.subject and m.at < nxt[0].at
                for m in self.mentions
            ):
                return
        if not nxt:
            return
        person = nxt[0].speaker
        name_end = nxt[0].at[1] + len(person.written)
        if (
            role.split()[-1] in _SPOKES  # "A government source said": no one named next
            or re.match(  # "Dr X, who now works as a locum," "Dr X, a GP in Leeds,": a post of their own
                r",\s+(?:who\s+(?:now\s+|also\s+)?(?:works|worked|is|was|has\s+been|chairs|leads|heads|runs|manages)\b|"
                r"(?:a|an|the)\s)",
                self.paragraphs[nxt[0].at[0]][name_end:],
            )
            or not person.name
            or len(person.name.split()) < 2
            or " and " in person.name
            # (a councillor's title is no post of their own: "The leader of X Council has warned ...", then "Cllr Y")
            or (person.role and not (person.role == "councillor" and _COUNCILLOR_TITLE.match(person.written)))
            or person.org
            or (role.split()[-1] in _LAY_PEOPLE and _TITLE_RE.match(person.written))
        ):
            return
        for m in nxt:
            m.speaker = replace(m.speaker, role=role, org=org)

    def _posts_of_pronouns(self) -> None:
        """``Dr Rachel X was a partner for 14 years. She is now a clinical lead employed by Y Trust.``: a sentence
        that says what the person a pronoun names is now gives them that post from there on."""
        found = []
        for pi, text in enumerate(self.masked):
            if " is " not in text:
                continue  # the common case, decided without a pattern
            for m in _POST_OF_A_PRONOUN.finditer(text):
                post = _plain_apposition(m.group(2).strip())
                role, org = _split_role_org(post) if post else (None, None)
                if not role or not _is_role_phrase(role):
                    continue
                at = (pi, m.start(1))
                person = self.resolve(Speaker(m.group(1), "pronoun", pronoun=m.group(1).lower()), at)
                if person.kind != "person" or not person.name or " and " in person.name:
                    continue
                found.append(_Mention(at, replace(person, written=m.group(1), role=role, org=org), True, False))
        if found:
            self.mentions.extend(found)
            self.mentions.sort(key=lambda m: m.at)

    @staticmethod
    def _name_after_post(ent) -> bool:
        """An untitled name the tagger took for an organisation, right after a post (``The chief executive, Moira
        Dent,``; ``chief executive Moira Dent said``): two or three capitalised words, none a body's word, that the
        entity patterns do not know as a body; or any such entity, of whatever label, in apposition to a post the parser
        saw (``The director of integrated care, Helen Passmore,``, a building to the tagger)."""
        if ent.label_ not in _NAMED_AS_THINGS or not 2 <= len(ent) <= 3 or not _looks_like_name(ent.text):
            return False
        if ent.label_ in ("LOC", "GPE", "NORP"):  # "The practice manager, Una X, said", the tagger's place: a name
            # only as the apposition of a post the patterns know ("GP partner, West Yorkshire" is a place)
            doc = ent.doc
            if ent.start < 3 or doc[ent.start - 1].text != "," or doc[ent.start - 2].ent_type_ != "ROLE":
                return False
            k = ent.start - 2
            while k > 0 and doc[k - 1].ent_type_ == "ROLE":
                k -= 1  # the post's first word, after its determiner ("The practice manager,"; not "salaried GP, Hexley")
            determined = k > 0 and doc[k - 1].lower_ in ("the", "its", "our", "their")
            return determined and not re.fullmatch(_PLACE_SHAPE, ent.text)
        if any(t.lower_ in _GENERIC_ORG or t.text.isupper() for t in ent) or ent.text.lower() in _org_names_lower():
            return False
        i = ent.start - 1
        if i >= 0 and ent.doc[i].text == ",":
            i -= 1
        if i >= 0 and ent.doc[i].ent_type_ == "ROLE" and ent.label_ == "ORG":
            return True
        if (
            i == ent.start - 1
            and i >= 0
            and ent.doc[i].is_lower
            and ent.doc[i].tag_ in ("NN", "NNS")  # not "who chairs Soar Valley PCN"
            and _is_role_head(ent.doc[i].lower_)
        ):
            return True  # "Labour councillor Ravi X said", where the post is no entity of the patterns
        root = ent.root
        return (
            ent.start > 0  # (never the last token, read as the one before the first)
            and ent.doc[ent.start - 1].text == ","
            and root.dep_ == "appos"
            and root.head.i < ent.start
            and _is_role_head(root.head.lower_)
        )

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

    def _untagged_posted(self, pi: int) -> list:
        """A sentence's subject named after their post that the tagger left without an entity (``Local councillor Iain
        MacAulay welcomed the news``, ``SDLP MLA Colm X said``), or by a common given name (``Iain X, the deputy
        director, said``): two or three capitalised words, none a common or a post's word, after a post's last word
        or the given name first, the last of them the subject; as PERSON spans."""
        from spacy.tokens import Span as DocSpan

        doc, out = self.docs[pi], []
        seat = re.search(r"\b(?:MP|MSP|MS|MLA)\s+for\s", self.paragraphs[pi])
        for t in doc:
            if (
                seat
                and t.tag_ == "NNP"
                and not t.ent_type_
                and t.i + 1 < len(doc)
                and (doc[t.i + 1].tag_ in ("VBD", "VBZ", "VBP") or doc[t.i + 1].text == ",")
                and _SEAT_THEN_NAME.search(self.paragraphs[pi][: t.idx + len(t.text)])
                and not any(_common_word(w.text) or _role_word(w.text) for w in doc[t.i - 1 : t.i + 1])
                and not self.in_quote(pi, t.idx)
            ):  # "Labour MP for Ashby Marsh Corinne X asked", which the parser may make a second subject: the seat,
                # then the member's name
                out.append(DocSpan(doc, t.i - 1, t.i + 1, label="PERSON"))
                continue
            if t.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj", "attr") or t.ent_type_ or t.tag_ != "NNP":
                continue
            i = t.i
            while i > t.i - 2 and i > 0 and doc[i - 1].tag_ == "NNP" and not doc[i - 1].ent_type_:
                i -= 1
            if i < t.i and doc[i].text in _MEMBER_LETTERS:
                i += 1  # "SDLP MLA Colm X": the member's letters are the post before the name
            if t.dep_ not in ("nsubj", "nsubjpass") and not (i > 0 and doc[i - 1].text in _MEMBER_LETTERS):
                continue  # an object only after a member's letters: "The question came from SDLP MLA Colm X"
            opening = t.i - i >= 2 and _is_role_head(doc[i].lower_) and doc[i].is_sent_start
            i += opening  # "Nurse Caroline X told the hearing": a post in capitals as the sentence opens
            name = doc[i : t.i + 1]
            posted = opening or (
                i > 0
                and _is_role_head(doc[i - 1].lower_)
                and (doc[i - 1].text.islower() or doc[i - 1].text in _MEMBER_LETTERS)  # "SDLP MLA Colm X"
            )
            if (
                len(name) >= 2
                and (posted or name[0].lower_ in _GIVEN_NAMES)  # or "Iain X, the deputy director, said"
                and all(  # "MacAulay", "O’Neill": capitalised, lower case after
                    w.text[:1].isupper()
                    and w.text[1:2].islower()
                    or re.fullmatch(r"(?:Mac|Mc|O[’'])[A-Z][a-z]+", w.text)
                    for w in name
                )
                and not any(_common_word(w.text) or _role_word(w.text) for w in name)
                and not self.in_quote(pi, name.start_char)
            ):
                out.append(DocSpan(doc, name.start, name.end, label="PERSON"))
            elif (  # "Ryan, 28, said he ...", "Maureen, 58, who cares for her husband, said": a given name alone, an
                # age or a clause after it, which the tagger left without an entity
                t.dep_ == "nsubj"
                and not t.ent_type_
                and t.text[:1].isupper()
                and not (t.i > 0 and doc[t.i - 1].lower_ in _CAPITAL_PARTICLES)  # not "Iolo ap Rhys, 81,"'s surname
                and (
                    (
                        t.lower_ in _GIVEN_NAMES
                        and re.match(
                            r",\s+(?:\d{1,3},|who\s|aged\s|from\s)", self.paragraphs[pi][t.idx + len(t.text) :]
                        )
                    )
                    # "Mother-of-two Kerry, 34, said": a name of any kind, after a noun for a person, with an age
                    or (
                        t.i > 0
                        # (or "Mother-of-two Jess said she ...": the verb of saying straight after)
                        and _AGE_OR_SAID_AFTER.match(self.paragraphs[pi], t.idx + len(t.text))
                        and _a_person_noun(_last_word(self.paragraphs[pi][: t.idx]))
                    )
                )
            ):
                out.append(DocSpan(doc, t.i, t.i + 1, label="PERSON"))
        return out

    def _untagged_members(self, pi: int) -> list:
        """A body's person the tagger left without an entity (``The King’s Fund’s Beccy X said``): two capitalised
        words after a body's possessive, neither a common or a post's word, then a cue or a comma; as PERSON spans."""
        from spacy.tokens import Span as DocSpan

        from nlp.pipeline import ORG_LABELS

        doc, out = self.docs[pi], []
        for m in _MEMBER_AFTER_A_BODY.finditer(self.paragraphs[pi]):
            span = doc.char_span(m.start(1), m.end(1))
            owner = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
            if (
                span is not None
                and owner is not None
                and owner[0].i > 0
                and doc[owner[0].i - 1].ent_type_ in ORG_LABELS
                and not any(t.ent_type_ for t in span)
                and not any(_common_word(t.text) for t in span)
            ):
                out.append(DocSpan(doc, span.start, span.end, label="PERSON"))
        return out

    def _note_writer(self, pi: int, verb, head: str) -> None:
        """The person who is the subject of ``verb`` (a token of paragraph ``pi``: the subject's words, with a name in
        apposition), if one is, as the writer of a document whose noun is ``head``."""
        subjs = [c for c in verb.children if c.dep_ == "nsubj"]  # "BMA GP committee chair Dr X": the tagger's two
        subj = subjs[0] if subjs else None
        start, end = (
            (subjs[0].left_edge.idx, subjs[-1].right_edge.idx + len(subjs[-1].right_edge.text))
            if subjs
            else (verb.sent.start_char, verb.idx)
        )
        people = [m for m in self.mentions if m.at[0] == pi and m.speaker.kind == "person" and start <= m.at[1] < end]
        if not people and subj is not None:  # "In a letter to patients, the partners at X Surgery said": theirs
            who = describe(self.paragraphs[pi][start:end])
            people = [_Mention((pi, start), who, False, False)] if who.kind == "role" and who.role else []
        if subj is not None and len(people) > 1:  # "Dr A, a partner in Hove, and Dr B, a locum, wrote": both
            both = describe(self.paragraphs[pi][start:end], [m.speaker.name or "" for m in people])
            if both.kind == "person" and both.name and " and " in both.name:
                people = [_Mention(people[0].at, both, True, True)]
        if people:  # with no subject, the last person before the verb: "In a letter to the health secretary, Dr X,
            # chair of Y LMC, warned", where the parser hangs Dr X on the secretary
            self.writers.append(((pi, verb.idx), head, people[0] if subj is not None else people[-1]))

    def _note_sender(self, pi: int, tok, start: int) -> bool:
        """``a letter from a patient``, ``a letter from Dr X, chair of Y``: the person the document noun ``tok`` came
        from, noted as its writer (the document named at ``start``); whether there was one."""
        sender = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        signed = next(  # "The letter, signed by national director Dr X, says": his
            (c for c in tok.children if c.dep_ == "acl" and c.lower_ in _SIGNED), None
        )
        if sender is None and signed is not None:
            sender = next((c for c in signed.children if c.dep_ == "agent"), None)
        whom = next((c for c in sender.children if c.dep_ == "pobj"), None) if sender is not None else None
        if whom is None or self.in_quote(pi, whom.idx):
            return False
        a, b = whom.left_edge.idx, whom.right_edge.idx + len(whom.right_edge.text)
        who = describe(self.paragraphs[pi][a:b], self.persons_in(pi, a, b))
        if who.kind not in ("person", "role") or (signed is not None and who.kind != "person"):
            return False  # (a letter "signed by 40 GP partners" stays the letter)
        known = [m for m in self.mentions if m.at[0] == pi and a <= m.at[1] < b and m.speaker.kind == "person"]
        # with the post it was given (not a place the tagger took for a person: "a senior manager at Coldharbour ICB")
        writer = known[0] if len(known) == 1 and who.kind == "person" else _Mention((pi, a), who, False, False)
        self.writers.append(((pi, start), _doc_head(tok.lower_), writer))
        return True

    def writer_of(self, doc: Speaker, at: tuple[int, int], before: Sequence[_Mention]) -> Speaker | None:
        """The person who wrote a document with no body of its own (``the letter``) named at or before ``at``, as
        noted when it was named, or ``None``."""
        head = _doc_head(doc.name or doc.written)
        writers = [m for where, noun, m in self.writers if where <= at and noun == head]
        return replace(self._known(writers[-1].speaker, before), written=doc.written) if writers else None

    def _whose_document(self, pi: int, tok, sp: Speaker) -> Speaker:
        """``In a letter to members, the Tamebridge LMC said``: the letter is the body's, named as the house style
        names documents (``Tamebridge LMC letter``), so that ``the letter added`` finds it."""
        kind = re.fullmatch(r"(company|firm|charity|practice|surgery)\s+([a-z]+)", sp.name or "")
        owner = kind and self._subject_body_called(kind.group(1), self.mentions, since=pi)
        if owner:  # "HealthRite will not offer the service, a company statement said": the company's statement
            return Speaker(sp.written, "doc", name=f"{owner} {kind.group(2)}", org=owner)
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ in ("in", "through") and prep.head.lower_ in _CUE_SET:
            verb = prep.head
        elif tok.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            verb = tok.head  # "The BMA published its report, ‘Safe working ...’", then "the report said"
        elif tok.dep_ == "dobj" and tok.head.lower_ in _PUBLISHES:
            verb = tok.head  # "The King’s Fund published a report on PCNs", "The BMA sent a survey to members"
        else:
            return sp
        noted = len(self.writers)
        self._note_writer(pi, verb, _doc_head(sp.name or tok.lower_))
        if len(self.writers) > noted:  # "Dr X posted a message, which said:": hers, found where the message is named
            self.writers.append(((pi, tok.left_edge.idx), *self.writers[-1][1:]))
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
        kind = re.fullmatch(r"[Tt]he\s+([a-z]+)", whole)
        said_by = describe(whole) if not orgs and not kind and whole[:1].isupper() else None
        if said_by is not None and said_by.kind == "org" and said_by.org:
            orgs = [said_by.org]  # "Cheviot Hills Federation said in a statement", a body the tagger took for a place
        elif not orgs and kind and kind.group(1) in _BODY_NOUNS:
            # "The federation published a statement, which said": the one named before, the statement its own
            named = self._named_body_of_kind(kind.group(1), (pi, subj.idx))
            orgs = [named] if named else []
        if not orgs and whole in ("It", "it"):  # "It issued a statement, which read:": the body named just before
            named = self._last_body_named((pi, subj.idx))
            orgs = [named] if named else []
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

        from nlp.pipeline import ORG_LABELS

        doc, out = self.docs[pi], []
        for tok in subjects:
            if (
                tok.tag_ not in ("NNP", "NNPS")
                or tok.ent_type_ not in ("", "LOC", *_NOT_A_BODY_LABELS)
                or tok.lower_ not in _BODY_NOUNS | _COMPANY_ENDS
            ):
                continue  # "the Beech Tree Surgery", which the tagger calls a law or a place, is a body too
            start = tok.i
            while (
                start > tok.sent.start
                and doc[start - 1].dep_ == "compound"
                and (doc[start - 1].tag_ in ("NNP", "NNPS") or doc[start - 1].is_title)
            ):  # "Pennine Locums Ltd", "The Pennine Sessional GP Chambers"
                start -= 1
            begun = doc[start].ent_iob_ != "I" or doc[start - 1].tag_ == "DT"  # no body runs on into it from before
            if start < tok.i and not any(
                t.ent_type_ not in ("", "ROLE", "LOC", *_NOT_A_BODY_LABELS)
                and not (begun and t.ent_type_ in ORG_LABELS)
                for t in doc[start : tok.i]
            ):  # (and "Physician Associate Alliance", whose first words the patterns know as a post; "The Pennine
                # Sessional GP Chambers", whose first words the tagger took for a body on their own)
                out.append(DocSpan(doc, start, tok.i + 1, label="ORG"))
        return out

    def _apposition(self, pi: int, ent) -> str:
        """``, the minister for primary care`` after a name (an age or a photo caption's
        pointer may stand between), a minutes' ``(chair)``, or ``""``."""
        after = self.paragraphs[pi][ent.end_char :]
        bracketed = re.match(r"\s*\(([a-z][a-z -]{1,40})\)(?=,|\.|;|\s*$)", after)
        if bracketed and _is_role_phrase(bracketed.group(1)):  # "Present: Dr Ann X (chair), Dr Raj Y (secretary)"
            return ", " + bracketed.group(1)
        body = re.match(r"\s*\(((?:[A-Z][\w’'&-]*\s+){1,4}(?:LMC|ICB|PCN|Federation|Surgery|Practice))\)", after)
        if body:  # "Dr Hamish X (Lowbridge LMC) proposed the motion": the body a delegate comes from
            return ", of " + body.group(1)
        # "Helen X – a practice manager in Y – said": a post between dashes, read as between commas (of the same
        # length, so that offsets in the paragraph hold)
        after = re.sub(r"^ [–—] ([^–—,;]{2,100}?) [–—] ", lambda m: f",  {m.group(1)},  ", after)
        app = re.match(
            r"(?:" + _CAPTION_POINTER + r")?,\s+(?:\d{1,3},\s+)?"
            r"((?:(?:the|a|an)\s+)?(?!who\b(?!\s+(?:(?:co-)?chairs|heads|leads|(?:runs|ran)(?=\s+(?:the\s+)?[A-Z])|manages|joins|(?:has\s+)?joined|became|founded|sits\s+on|campaigns|works\s+(?:for|at|as)|(?:has\s+)?worked\s+(?:for|at)|has\s+been\s+at|(?:has\s+been|is|was)(?=\s+(?:a|an|the)\s)|took\s+over\s+as"
            r"|(?:was|has\s+been)\s+(?:appointed|named|elected))\s)|which\b|whose\b|aged\b|known\b|nicknamed\b|dubbed\b)"
            r"[A-Za-z](?:[^,;:()–—.]|(?<=\d)[,.](?=\d)){1,150}?)"  # "a 22,000-patient practice": a number's comma
            # (a body's acronym in brackets after it: "medical secretary of X Local Medical Committee (LMC),")
            r"(?=\s+\([A-Z]{2,6}s?\)(?=,|\.|;|\s)|,(?!\d)|\.(?!\d)|;|\s+" + _APPOSITION_CUES + r"\b|$)",
            after,
        )
        # "a GP in Stoke whose practice closed in March": the post, without the clause about what is hers
        whose = app and re.search(r"\s+whose\s", app.group(1))
        text = app and (app.group(1)[: whose.start()] if whose else app.group(1))
        if text and not whose and "," in after[app.end(1) : app.end(1) + 1]:
            # "chair of Leicester, Leicestershire and Rutland LMC": a body's own comma, not the apposition's end
            listed = next((b for a, b in places_listed_bodies(after) if a < app.end(1) < b), None)
            text = after[app.start(1) : listed] if listed else text
        if text and text.startswith("who "):  # "who runs Station Road Surgery single-handedly": how, no part of it
            text = re.sub(r"\s+(?:[a-z]+ly|single-handed)$", "", text)
            # "who chairs X LMC and still does two sessions a week at Y": the post, not what else they do
            text = re.split(r"\s+and\s+(?:still\s+|also\s+|now\s+)?(?!chairs|leads|heads)[a-z]+s\s", text)[0]
        elif text:  # "a health economist at the University of X who has studied practice finances for two decades"
            # ("a partner in a practice that has been trying to recruit for three years": the post, not the practice's)
            text = re.split(r"\s+(?:who|that)\s+(?:has|had|have|is|was|will|would|does|did)\b", text)[0]
        if text:  # "one of six pharmacists employed by the network through the national scheme": by which scheme,
            # and since when, no part of the post
            text = _SINCE_OR_BY_WHICH_SCHEME.sub("", text)
        if text and len(text) > 90:
            app = None  # a long aside, no post
        if text and re.match(r"who\s+(?:has\s+been|is|was)\s", text) and len(_TITLE_RE.sub("", ent.text).split()) < 2:
            app = None  # "Dr Adeyemi, who has been a GP in Wolverhampton for 15 years, will take up the role": what
            # she was before the post the article named her to, not her post
        end = app and ent.end_char + app.start(1) + len(text)
        if (
            app
            # "Responding to a question from Colm X, the minister said": the next clause's subject, not his post
            and not (
                (
                    ent.root.dep_ in ("pobj", "dobj")
                    # ("a question from the Lib Dem MP for X, Hazel Y, the minister said": an apposition to the asker)
                    or (ent.root.dep_ == "appos" and ent.root.head.dep_ in ("pobj", "dobj"))
                    or _after_an_asker_s_post(self.paragraphs[pi][: ent.start_char])
                )
                and re.match(r"\s+" + _APPOSITION_CUES + r"\b", after[app.end(1) :])
            )
            # (the verbs of a relative clause after the post are the clause's: "a GP in Wakefield who has worked ...")
            and not re.search(r"\b(?:is|was|has|had|will|would|said|says)\b", re.split(r"(?:^|\s+)who\s", text)[0])
            and text.split()[0].lower() not in _CUE_SET  # "Alan Price, disagreed.": a verb, not a role
            and not _WHEN.match(text)  # "wrote to Dr Maria X, in March": when, not what she is
            # "thanked Priya X, for her work,", "Fiona X KC, for Dr Varma,": why, or for whom, not what she is
            and not re.match(_FOR_WHOM, text)
            # "said Roger, 63, to loud applause": how it was said, not what he is
            and not re.match(r"(?:to|amid|with|after|before|during|despite|without|through)\s", text)
            and (text[:1].islower() or _is_role_phrase(text))
            and not self._finite_verb_at(pi, ent.end_char + app.start(1))  # "Dr X, rejected the idea."
            and not (  # "His successor, Dr X, joined in January.", whose verb the tagger read as a participle
                (first := self.token_at(pi, ent.end_char + app.start(1))) is not None
                and first.dep_ == "ROOT"
                and first.tag_.startswith("VB")
            )
            and not self._clause_at(pi, ent.end_char + app.start(1), end)
            and not self._main_verb_in(pi, ent.end_char + app.start(1), end)
            and not any(  # "a question from MP Helen X, health minister Karin Y said": the next person, by post
                text.endswith(p)
                and len(p.split()) >= 2
                and not re.search(r"\b(?:in|at|from|of|near|for|to|by)\s+$", text[: -len(p)])
                for p in self.persons_in(pi, ent.end_char + app.start(1), end)
            )
        ):
            aged = re.search(r",\s+(\d{1,3}),\s+$", after[: app.start(1)])
            if aged and re.match(r"(?:from|of)\s", text):  # "Margaret X, 81, from Ashby Vale": where she lives, as
                return f", {aged.group(1)}, {text}"  # her age tells (see describe)
            return ", " + text  # "Tobias Grell, the minister for primary care, ..."
        post = re.match(  # "Dr Tom X, who was a partner at the Old Mill Surgery for 22 years, retired"
            r",\s+(who\s+(?:is|was|has\s+been|had\s+been)\s+(?:a|an|the)\s+[a-z][^,;:()–—.]{1,90}?)(?=,|\.|;|$)",
            after,
        )
        if post and _is_role_phrase(re.sub(r"^who\s+(?:is|was|has\s+been|had\s+been)\s+", "", post.group(1))):
            return ", " + post.group(1)
        appointed = _APPOINTED_AS.match(after)
        if appointed and ent.root.head.lower_ in ("appointed", "named", "elected", "hired", "chosen", "confirmed"):
            # "X ICB has appointed Dr Ruth Y as its new director of primary care": the post she takes
            return ", " + appointed.group(1) + appointed.group(2)
        from nlp.pipeline import ORG_LABELS

        where = re.match(
            # (and "by Dr Hannah X and colleagues at the Wessex Institute": where her team works)
            r"\s+(?:and\s+(?:colleagues|co-authors|(?:her|his|their)\s+team)\s+)?(of|at|from)\s+",
            self.paragraphs[pi][ent.end_char :],
        )
        if where and self.paragraphs[pi][ent.end_char - 1 : ent.end_char].isalpha():
            begin = ent.end_char + where.end()
            run = [  # "Dr Lisa X of Surrey LMC", where the tagger's body is "LMC": the place before it too
                e
                for e in self.ents[pi]
                if e.start_char == begin
                or (
                    e.start_char > begin
                    and re.fullmatch(r"(?:[A-Z][\w’'-]*\s+){1,3}", self.paragraphs[pi][begin : e.start_char])
                )
            ]
            # "Dr Colin X of Wessex Downs LMC", where the tagger made "Wessex Downs" a person or a body of its own and
            # "LMC" another: the last body of the run
            body = next((e for e in reversed(run) if e.label_ in ORG_LABELS), run[0] if run else None)
            if (
                body is not None
                and body.label_ in ORG_LABELS
                and (
                    re.match(r"\s*(?:[,.;:)]|$)", self.paragraphs[pi][body.end_char :])
                    or (body.end < len(body.doc) and body.doc[body.end].tag_[:2] in ("VB", "MD"))
                    # "Professor X of the University of Y’s division of Z": the university
                    or (
                        body.text.endswith(("’s", "'s")) and re.match(r"\s+[a-z]", self.paragraphs[pi][body.end_char :])
                    )
                    # "Dr X of the Centre for Y at the University of Z,": the centre, in its university
                    or any(
                        e.label_ in ORG_LABELS
                        and re.fullmatch(r"\s+at\s+", self.paragraphs[pi][body.end_char : e.start_char])
                        and re.match(r"\s*(?:[,.;:)]|$)", self.paragraphs[pi][e.end_char :])
                        for e in self.ents[pi]
                        if e.start_char > body.end_char
                    )
                )
                and clean_org(self.paragraphs[pi][begin : body.end_char])
            ):  # "led by Professor Nia X of the University of Bath, found": where she works, for when she speaks later
                named = re.sub(r"[’']s$", "", self.paragraphs[pi][begin : body.end_char])
                return f", {where.group(1)} {named}"
            practice = re.match(  # "Dr Caroline X of Millbrook Practice said", the practice untagged
                r"((?:[A-Z][\w’'-]+\s+){1,3}" + _PRACTICE_NAME_END_RE + r")(?=\s*(?:[,.;:)]|$)|\s+[a-z]+\b)",
                self.paragraphs[pi][begin:],
            )
            if practice and not run and clean_org(practice.group(1)):
                return f", {where.group(1)} {practice.group(1)}"
        return ""

    def _main_verb_in(self, pi: int, start: int, end: int) -> bool:
        """Does ``start:end`` hold the sentence's main verb (``Mr X and his deputy, Ms Y, both spoke to Pulse``: what
        they did, not Ms Y's post)?"""
        span = self.docs[pi].char_span(start, end, alignment_mode="expand")
        return span is not None and any(t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBZ", "VBP") for t in span)

    def _clause_at(self, pi: int, start: int, end: int) -> bool:
        """Is ``start:end`` a clause of its own, a finite verb with its subject (``For Dr X, the answer lies in
        federations``), and not an apposition?  A relative clause's verb (``a GP who works in Leeds``) is not."""
        span = self.docs[pi].char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        return any(
            t.tag_ in ("VBD", "VBZ", "VBP")
            and any(
                c.dep_ in ("nsubj", "nsubjpass")
                and start <= c.idx < end
                and c.lower_ not in ("who", "that", "which")
                and not (c.tag_ == "PRP" and c.text.isupper() and len(c) > 1)  # "IT lead for X": no "it", a post
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
            r"(?:has\s+|had\s+)?worked\s+as|serves\s+as|(?:has\s+|had\s+)?served\s+as|"  # "has worked as a PA at X"
            r"(?:was|has\s+been|had\s+been)\s+(?:appointed|elected)(?:\s+as)?)\s+"
            r"((?:(?:the|a|an)\s+)?[A-Za-z][^,;:()–—.]{1,80}?)(?=[,.;]|\s+(?:who|since|for|when|after|in\s+\d{4}|at\s+(?:the\s+age\s+of\s+)?\d{2})\b|$)",
            self.paragraphs[pi][ent.end_char :],
        )
        if became and ent.root.head.i > ent.root.i:  # "Dr X took over as senior partner at the Y Surgery in 2019"
            role = _plain_apposition(became.group(1))
            return ", " + role if role and _is_role_phrase(role) else ""
        heads = re.match(
            r"\s+(?:(?:also|now|currently)\s+)?(?P<has>has\s+)?(chairs|chaired|leads|led|heads|headed)\s+((?:the|its|a)\s+[^,;:()–—.]{2,60}?"
            r"|[A-Z][^,;:()–—.]{1,60}?)"  # "chairs the federation", "chairs Westmoor LMC"
            r"(?=[,.;]|\s+(?:and|who|since|for|in\s+\d{4})\b|$)",
            self.paragraphs[pi][ent.end_char :],
        )
        if heads and ent.root.head.lower_ == heads.group(2).lower():  # "Dr Neil X chairs the federation": its chair
            held = _HELD_AS[heads.group(2).lower()]
            if heads.group("has"):  # "X has chaired Y ICB since its creation": its chair still
                held = held.removeprefix("former ")
            return f", {held} of {heads.group(3)}"
        root, end = ent.root, ent.end_char
        pair = root.dep_ == "conj" and root.head.dep_ == "nsubj"  # "Dr A and Dr B have been partners at X"
        appos = root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.i < root.i
        if pair or appos:  # ("Her husband, Dr Pieter X, is also a partner at the practice": the subject's apposition)
            root = root.head
        elif root.dep_ == "nsubj":
            joined = [c for c in root.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
            if joined:
                pair, end = True, joined[-1].idx + len(joined[-1])
        if root.head.lower_ not in ("is", "was", "been", "are", "were") or root.head.i < root.i:
            return ""
        being = re.match(
            r"(?:,\s+\d{1,3},|,(?=\s))?\s+(?:is|was|are|were|(?:has|had|have)\s+been)\s+(?:\d{1,3},\s+)?"
            r"(?:also\s+|now\s+|currently\s+|both\s+)?"
            r"((?:(?:the|a|an)\s+)?[A-Za-z][^,;:()–—.]{1,80}?)(?=[,.;]|\s+(?:who|since|for)\b|$)",
            self.paragraphs[pi][end:],
        )
        role = _plain_apposition(being.group(1)) if being else ""  # "is one of six partners at X"
        if pair and role:  # "partners at the Hollybush Surgery": each is a partner there
            words = re.split(r"\s+(?=(?:at|in|of|for|with)\s)", role, maxsplit=1)
            last = words[0].split()[-1]
            if last.endswith("s") and _is_role_head(last.lower()):
                words[0] = _one_of_the_post(words[0])
                role = " ".join(words)
            else:
                role = ""
        role = re.sub(r"\s+(?:there|here)$", "", role)  # "had been a partner there for 19 years"
        first, joined, second = role.partition(" and ")
        if joined and first.split()[-1][:1].isupper() and second[:1].isupper():  # "at the Eastgate and Hill Street
            pass  # Practice": one body's name
        elif joined and not _is_role_phrase(second):  # "... in Hull and has worked there for years"
            role = first
        elif joined and not _is_role_phrase(first):  # "is 41, a mother of three and a salaried GP in Bolton"
            role = second
        return ", " + role if role and _is_role_phrase(role) else ""

    def _with_prefix(self, pi: int, ent) -> str:
        """The entity with the role and organisation words just before it
        (``then health secretary Jeremy Hunt``)."""
        from nlp.pipeline import ORG_LABELS

        doc = ent.doc
        i = ent.start
        skipped = 0  # tokens of a body's bracketed acronym, which do not count towards the limit
        # the bodies the article's reading found before the entity, whose words the tagger may have taken for a
        # person's ("Save Our Surgery group founder Rhiannon X")
        bodies = [e for e in self.ents[pi] if e.label_ in ORG_LABELS and 1 < len(e) and e.end < ent.start]
        while i > 0:
            t = doc[i - 1]
            body = next((e for e in bodies if e.end == i), None) if t.ent_type_ not in _PREFIX_ENTS else None
            if body is not None and ent.start - i - skipped < _PREFIX_TOKENS and any(t.is_stop for t in body):
                skipped += len(body) - 1  # a body's name counts as one word
                i = body.start
                continue
            if (
                t.text == ")"
                and i >= 4
                and doc[i - 3].text == "("
                and re.fullmatch(r"[A-Z]{2,6}s?", doc[i - 2].text)
                and doc[i - 4].text[:1].isupper()
                and ent.start - i - skipped < _PREFIX_TOKENS
            ):
                # "The Institute of General Practice Management (IGPM) co-chair X": the body's acronym
                i -= 3
                skipped += 3
                continue
            if ent.start - i - skipped < _PREFIX_TOKENS and (
                t.ent_type_ in _PREFIX_ENTS or (t.text.isupper() and len(t.text) > 1)
            ):
                i -= 1
                if t.ent_type_ in _PREFIX_ENTS and t.ent_iob_ == "I":
                    skipped += 1  # a body's name counts as one word: "Guy’s and St Thomas’ chief executive Dr X"
                continue
            if (
                ent.start - i - skipped < _PREFIX_TOKENS
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
            fields = (  # "X ICB director of strategy and transformation Mark Y": two fields of one post
                t.lower_ == "and"
                and i < ent.start
                and i >= 3
                and doc[i - 2].is_lower
                and doc[i].is_lower
                and _in_a_post_s_field(doc, i - 2)
            )
            if joined or two_places or fields:
                i -= 1
                continue
            if (
                t.is_punct
                and t.text not in ("’s", "'s", "-")
                or t.lower_ in ("the", "a", "an", "and", "by", "to", "with", "from", "said", "says")
                or _TIME_OF_DAY.fullmatch(t.text)  # a live blog's "09:20 Dr X opens the conference": no post
                or (t.lower_ in ("am", "pm") and t.i > 0 and doc[t.i - 1].like_num)  # "2pm", two tokens
                or t.ent_type_ in ("DATE", "TIME")  # "By Friday Dr X has seen 90 patients": when, no post
                or t.lower_ in _WHEN_WORDS  # "By lunchtime Dr X"
                or t.lower_ in _CLAIM_NOUNS  # "— a charge Dr X rejects": what he denies, no post
                or (  # "the verdict of Dr X", "the idea of Dr X": what is hers, no post (not "director of ...")
                    t.lower_ == "of"
                    and i >= 2
                    and (
                        doc[i - 2].lower_ in _WORDS_OF
                        or (
                            doc[i - 2].is_lower
                            and not _is_role_head(doc[i - 2].lower_)
                            and not _role_word(doc[i - 2].text)
                        )
                    )
                )
                or (  # "Being a locum suits Dr X": a verb the tagger took for a plural, no post (not "BMA
                    t.tag_ in ("NNS", "VBZ")  # pensions lead Dr X", whose plural is part of the post)
                    and t.text.islower()
                    and not _is_role_head(t.lower_)
                    and (_TITLE_RE.match(doc[t.i + 1].text + " ") or doc[t.i + 1].ent_type_ == "PERSON")
                    and not _in_a_post_s_field(doc, t.i)  # "MDU head of advisory services Dr X": a plural field
                )
            ):
                break
            if (
                t.tag_[:2] in ("VB", "MD", "IN", "PR", "WP", "WD", "WR", "CC", "DT", "RB", "TO")
                and t.lower_ not in ("of", "for")
                and not (t.dep_ == "amod" and i <= t.head.i < ent.end)  # "Retired farmer Ken X"
                and not (doc[i].text == "-" and i < ent.start)  # "Long-serving partner Dr X"
                and not (t.dep_ == "advmod" and i <= t.head.i < ent.end and t.head.dep_ == "amod")  # "Newly qualified"
                and not (t.lower_ in _PREFIX_MODIFIERS and i < ent.start)  # "said lead GP Dr X"
                and not (i == ent.start and t.lower_ == "lead" and t.i > 0 and doc[t.i - 1].tag_ == "NN")  # "Team lead
                # Marcus X", whose "lead" the tagger took for a verb
                and not (  # "Cambridgeshire LMC medical secretary Dr X" opening a sentence: the place, not a command
                    t.tag_ == "VB"
                    and t.is_sent_start
                    and t.is_title
                    and doc[t.i + 1].text.isupper()
                    and len(doc[t.i + 1]) > 1
                    and not _common_word(t.text)
                )
            ):
                break
            if ent.start - i - skipped >= _PREFIX_TOKENS:
                break
            i -= 1
        if 0 < i < ent.start and doc[i].ent_type_ in _PREFIX_ENTS and doc[i].ent_type_ != "ROLE":
            post = _POST_OF_THE.search(self.paragraphs[pi][: doc[i].idx])
            if post and _is_role_head(post.group(2).lower()) and _is_role_phrase(post.group(1)):
                # "Acting chair of the BMA GP committee Dr Jo X": the post, whose "the" stopped the walk
                i = next(t.i for t in doc if t.idx >= post.start(1))
        if (
            2 <= i < ent.start
            and doc[i - 1].lower_ in _OWNERS
            and doc[i - 2].lower_ in _WHERE_WORDS
            and not _is_role_phrase(doc[i : ent.start].text)
        ):
            i = ent.start  # "At our tutorial Fiona asked me": where, no post
        while i < ent.start and doc[i].lower_ in ("of", "for") and (i == 0 or doc[i].is_sent_start):
            i += 1  # "For Linda X, 63, the morning starts ...": the sentence's preposition, no part of a post
        first = doc[i] if i < ent.start else None
        if (
            first is not None
            and (i == 0 or first.is_sent_start)
            and first.tag_ in ("NN", "NNS")
            and not first.ent_type_
            and first.is_title
            and i + 1 < ent.start
            and doc[i + 1].is_lower  # not "Employment Judge X", an office in capitals, nor "Yorkshire-based"
            and not _common_word(first.text)  # (the posts' own words, "Team lead X", are read as they are)
            and doc[i + 1].text != "-"
            and _is_role_head(doc[ent.start - 1].lower_)
            and not any(e.start <= i < e.end for e in bodies)  # (not "Bath and North East Somerset ICB")
        ):  # "Sheep farmer Owen, 61,": a capital only because the sentence opens there, no body's name
            return first.lower_ + self.paragraphs[pi][first.idx + len(first.text) : ent.end_char]
        return doc[i : ent.end].text

    @staticmethod
    def _body_of_kind(
        mentions: Sequence[_Mention],
        words: frozenset[str],
        known: frozenset[str] = frozenset(),
        kinds: tuple[str, ...] = ("org",),
    ) -> str | None:
        """The organisation of the last of ``mentions`` (of ``kinds``) that is a body of the kind ``words`` name: a
        word of its name or of its long form (``the college``: the RCGP), or a name in ``known`` (``the regulator``:
        the CQC); or ``None``."""
        for m in reversed(mentions):
            o = m.speaker
            if (
                o.kind in kinds
                and o.org
                and o.org.lower() not in _KIND_AS_NAME  # "GP federation" in a headline: no name, so none of them
                and (words & (_kind_words(o.org) | _long_form_words(o.org)) or o.org.lower() in known)
            ):
                return o.org
        return None

    def before(self, at: tuple[int, int]) -> list[_Mention]:
        """The mentions before ``at``, in the article's order."""
        return [m for m in self.mentions if m.at < at]

    def _first_name_with_post(self, pi: int, tok) -> Speaker | None:
        """``Tunde, the practice manager, is less sentimental``, after ``her husband Tunde``: a first name the tagger
        read as a noun, with a post between commas after it, that the article wrote with its capital inside a
        sentence before; the person, by that name and post."""
        word = tok.text
        if self.in_quote(pi, tok.idx) or _common_word(word) or word.lower() in STOP_WORDS:
            return None
        app = re.match(
            r",\s+((?:the|a|an|her|his|their)\s+[^,;:.!?]{2,60}),", self.paragraphs[pi][tok.idx + len(word) :]
        )
        if not app:  # "Rosalind has been clinical director of X since 2019", after "Dr Rosalind Y": a feature's first
            # name for the one person named in full with it, and what the sentence says they are
            person = self._named_in_full_by_first_name(word, (pi, tok.idx))
            if person is None:
                return None
            being = self._role_said_to_be(pi, self.docs[pi][tok.i : tok.i + 1])
            if being:
                posted = describe(f"{person.name}{being}", [person.name])
                person = replace(person, role=posted.role, org=posted.org)
            return replace(person, written=word)
        if not _is_role_phrase(app.group(1)):
            return None
        if not any(_inside_a_sentence(self.paragraphs[k], word) for k in range(pi + 1)):
            return None
        role, org = _split_role_org(app.group(1))
        return Speaker(f"{word}, {app.group(1)}", "person", name=word, role=role, org=org)

    def _named_in_full_by_first_name(self, word: str, at: tuple[int, int]) -> Speaker | None:
        """The one person the article named in full before ``at`` with ``word`` as their first name (as their latest
        mention gives them), or ``None`` where none or more than one was."""
        named = [
            m
            for m in self.mentions
            if m.at < at
            and m.speaker.kind == "person"
            and len((m.speaker.name or "").split()) >= 2
            and m.speaker.name.split()[0] == word
        ]
        if len({m.speaker.name for m in named}) != 1:
            return None
        return max(named, key=lambda m: m.at).speaker

    def surname_before(self, word: str, at: tuple[int, int]) -> bool:
        """Is ``word`` the surname of a person the article named before ``at``?"""
        return self._surname_as_named(word, at) is not None

    def _surname_as_named(self, word: str, at: tuple[int, int]) -> str | None:
        """``word`` as the surname of the last person the article named before ``at`` with it, written as their name
        writes it (``Ap Rhys thinks ...`` after ``Dr Gethin ap Rhys``: ``ap Rhys``, a particle capitalised as the
        sentence opens), or ``None``."""
        n = len(word.split())
        for m in reversed(self.before(at)):
            words = (m.speaker.name or "").split() if m.speaker.kind == "person" else []
            if words and (words[-1] == word or (n > 1 and " ".join(words[-n:]).lower() == word.lower())):
                return " ".join(words[-n:])
        return None

    def body_by_first_word(self, sp: Speaker, at: tuple[int, int]) -> Speaker:
        """``Riverbend’s chief executive`` after ``run by Riverbend Health``: the body by the first word of its name,
        the one body named before ``at`` whose name opens with it."""
        from nlp.pipeline import ORG_LABELS

        short = sp.org or ""
        practice = (
            _A_PRACTICE_BY_TWO_WORDS.search(sp.written) if not short and sp.kind == "person" and sp.role else None
        )
        if practice:  # "Abbey Lane's practice manager", "The senior partner at Abbey Lane": the practice by the first
            # two words of its name, which the general reading takes for a person's and drops
            short = practice.group(1) or practice.group(2)
        elif not re.fullmatch(r"[A-Z][a-z]+", short) or short.lower() in _org_names_lower():
            return sp
        owner = [  # "Rahimtoola's co-founder, Dr Jonah X" after "Dr Sadia Rahimtoola co-founded Meridian": whose
            # co-founder, no body; the body that person was given, if any
            m.speaker
            for m in self.before(at)
            if m.speaker.kind == "person"
            and len((m.speaker.name or "").split()) >= 2
            and m.speaker.name.split()[-1] == short
            and m.speaker.name != sp.name
        ]
        if sp.kind == "person" and owner:
            return replace(sp, org=owner[-1].org)
        bodies = [
            (e.text, clean_org(e.text))
            for qi in range(at[0] + 1)
            for e in self.ents[qi]
            # (a practice the tagger took for a building: "at Fenwick Road Surgery")
            if (e.label_ in ORG_LABELS or (e.label_ == "FAC" and e.text.split()[-1] in _PRACTICE_NAME_ENDS))
            and (qi, e.start_char) < at
        ]
        whole = {text for text, org in bodies if text.startswith(short + " ") and org == text} or {
            org for _, org in bodies if org and org.endswith(" " + short)
        }  # (or by the last word of its name: "The Fund's chief executive" after "The King's Fund published")
        if len(whole) != 1:
            return sp
        own = practice and sp.role and sp.role.lower().startswith(short.lower() + " ")  # ("The Fund's": "fund")
        role = sp.role[len(short) + 1 :] if own else sp.role
        return replace(sp, role=role, org=whole.pop())  # ("Oakhill's practice manager": no "Oakhill practice manager")

    def add(self, mention: _Mention) -> None:
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: m.at)

    def resolve(self, sp: Speaker, at: tuple[int, int]) -> Speaker:
        """Pronouns and short forms -> the last full mention before ``at``."""
        before = self.before(at)
        if sp.kind == "person" and sp.name and sp.role and sp.role.lower() in _SPOKES and not sp.org:
            # "Campaign group X said ... ‘...,’ said spokeswoman Gwen Y": the body that spoke just before
            bodies = [
                m
                for m in before
                if m.speaker.kind == "org" and m.speaker.org and (m.said or m.subject) and m.at[0] >= at[0] - 1
            ]
            if bodies and bodies[-1].speaker.org not in _NEWS_OUTLETS:
                sp = replace(sp, org=bodies[-1].speaker.org)
        elif (
            sp.kind == "person"
            and sp.name
            and sp.role
            and not sp.org
            and _POST_BEFORE_A_NAME.fullmatch(sp.written.strip())
        ):
            sp = self._bare_post(sp, before, at)
        if sp.kind in ("person", "role") and not sp.org and _THE_ORGANISATION_S.search(sp.written):
            # "Louise X, the organisation’s national director," after "a report by Healthwatch England": that body's
            body = self._last_body_named(at)
            if body:
                role = re.sub(
                    r"^(?:organi[sz]ation|body)\s+|\s+(?:at|of|for)\s+the\s+(?:organi[sz]ation|body)$",
                    "",
                    sp.role or "",
                )
                sp = replace(sp, role=role or None, org=body)
        sp = self._fellow(sp, before)
        named_next = self._body_named_next(sp, at)
        if named_next is not None:
            return named_next
        if sp.kind == "role" and (sp.role or "").lower() == "professor" and re.match(r"the\s", sp.written, re.I):
            # "‘...,’ the professor added": the last person the article titled professor
            titled = [
                m
                for m in before
                if m.speaker.kind == "person"
                and m.speaker.name
                and " and " not in m.speaker.name
                and re.search(r"\bProf(?:essor)?\.?\s", m.speaker.written)
            ]
            if titled:
                return replace(self._known(titled[-1].speaker, before), written=sp.written)
        if sp.kind in ("person", "role") and not sp.org and re.match(r"our\s", sp.written, re.I) and self._own_body:
            sp = replace(sp, org=self._own_body)  # "Our chair, Dr Richard X" in the Association's own response
        owned_doc = re.fullmatch(r"(his|her)\s+(?:[a-z][\w-]*\s+)?([a-z]+)", sp.written.split(",")[0].strip(), re.I)
        if owned_doc and owned_doc.group(2).lower() in _DOC_NOUNS and sp.kind in ("other", "doc"):
            whose = "he" if owned_doc.group(1).lower() == "his" else "she"
            person = self.resolve(Speaker(whose, "pronoun", pronoun=whose), at)
            if person.kind == "person" and person.name and " and " not in person.name:
                if owned_doc.group(2).lower() in _ONE_S_OWN_WORDS:  # "Dr X has written to the ICB. His letter adds:"
                    return replace(self._known(person, before), written=sp.written)  # his own words
                # "Her report, published in May, called for ‘...’": the report of the person she is ("Fuller report")
                return Speaker(sp.written, "doc", name=f"{person.name.split()[-1]} {owned_doc.group(2).lower()}")
        if sp.kind == "person" and sp.name and " " not in sp.name:  # "Gareth ‘Gaz’ X ... ‘...,’ Gaz says": him
            called = re.compile(r"[‘“]" + re.escape(sp.name) + r"[’”]")
            known = next(
                (m for m in reversed(before) if m.speaker.kind == "person" and called.search(m.speaker.written)), None
            )
            if known is not None:
                return replace(self._known(known.speaker, before), written=sp.written)
        if sp.kind == "other" and re.fullmatch(r"the\s+post", sp.written.strip(), re.I):  # "‘...,’ the post said"
            writer = self.writer_of(Speaker("post", "doc", name="post"), at, before)
            if writer is not None:
                return replace(writer, written=sp.written)
        signed = (
            re.search(r"\(((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+\s+[A-Z][^()]{1,80})\)\s*$", self.paragraphs[at[0]])
            if sp.kind == "pronoun" and sp.pronoun == "i"
            else None
        )
        if (
            signed
        ):  # a letters page's "Sir, ... I can say that ... (Sandra X, practice nurse, Bolton)": the one who signs
            writer = describe(signed.group(1), self.persons_in(at[0], signed.start(1), signed.end(1)))
            if writer.kind == "person" and writer.name:
                return replace(writer, written=sp.written)
        author = self._author if sp.kind == "pronoun" and sp.pronoun == "i" else None
        if author is not None:  # "I said: ‘We’ll see.’" outside any quote: the writer a byline or a letter's
            return replace(author, written=sp.written)  # signature names, not a person the piece names
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
            one = self._singular_they(sp, at, before)
            if one is not None:
                return one
            want = "person" if sp.pronoun == _EPITHET_MARK else _PRONOUNS.get(sp.pronoun or "", "thing")
            aged = self._of_age(sp, before) if sp.pronoun == _EPITHET_MARK else None
            if aged is not None:
                return aged
            lay = sp.pronoun == _EPITHET_MARK and re.match(
                r"the\s+(?:" + _LAY_EPITHETS + r"|retired)\b",
                sp.written,
                re.I,
            )
            if lay:  # "the pensioner said", "The retired nurse from Luton": the member of the public named last, not
                # the GP or official named since ("His GP, Dr Peter X, is campaigning with him")
                public = [
                    m
                    for m in before
                    if m.speaker.kind == "person"
                    and m.speaker.name
                    and " and " not in m.speaker.name
                    and not re.match(
                        r"(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness)\b", m.speaker.written
                    )
                    and (
                        not m.speaker.role
                        or m.speaker.role.split()[-1].lower() in _LAY_PEOPLE | _KIN
                        or m.speaker.role.lower().startswith("retired ")
                    )
                ]
                if not public:
                    return Speaker(sp.written, "role", role=_drop_leading(sp.written, ("the", "The")))
                return replace(self._known(public[-1].speaker, before), written=sp.written)
            if want == "person":
                pool = [
                    m
                    for m in before
                    if (m.speaker.kind == "person" and (m.subject or m.said))
                    or (m.speaker.kind == "role" and (m.said or (m.subject and sp.pronoun in ("he", "she"))))
                ] or [m for m in before if m.speaker.kind == "person"]
                writer = self._author.name if self._author is not None and sp.pronoun in ("he", "she") else None
                if writer and (not pool or any(m.speaker.name == writer for m in pool)):
                    # "I told my trainer ... ‘...,’ he said" under "By Dr Helen X": the writer is "I", never "he";
                    # whom "my" names, if nobody else
                    pool = [m for m in pool if m.speaker.name != writer]
                    mine = None if pool else self._my_post_before(at)
                    if mine:
                        return Speaker(sp.written, "role", role=mine)
            else:
                kinds = ("org", "doc", "role")
                if sp.pronoun == "it":  # "it" is a body or a document, not "GP leaders" nor "the health secretary"
                    # (a document one person wrote is hers: "The memo, written by X, states: ... It goes on:")
                    before = [
                        m
                        for m in before
                        if m.speaker.kind != "role"
                        and (m.speaker.kind != "person" or _A_DOCUMENT_BY.match(m.speaker.written))
                    ]
                    kinds = ("org", "doc", "person")
                pool = (
                    [m for m in before if m.speaker.kind in kinds and m.said]
                    or [m for m in before if m.speaker.kind in kinds and m.subject]
                    or [m for m in before if m.speaker.kind in kinds]
                )
                if sp.pronoun == "it" and pool:  # "NHS England published the figures. It said": the body this
                    # paragraph made its subject, not one that spoke before it
                    here = [
                        m
                        for m in before
                        if m.speaker.kind in ("org", "doc") and m.subject and m.at[0] == at[0] and m.at < at
                    ]
                    if here and here[-1].at > pool[-1].at:
                        pool = here
            if sp.pronoun == "they":
                groups = self._groups_before(at)
                said = [m for m in pool if m.said or m.subject]
                if groups and (not said or groups[-1][0] > said[-1].at):
                    # "The partners at Riverside Surgery have handed back their contract. They said": the partners
                    return Speaker(sp.written, "role", role=_plural_post(groups[-1][1]))
                pool = [m for m in pool if m.speaker.kind != "doc" or m.said or m.subject]  # not "their contract"
                pair = self._pair_named_last(before)
                if pair is not None and (not pool or pair[0].at > pool[-1].at):
                    # "The report was written by Professor A and Dr B of Y. ‘...,’ they wrote": the two named after it
                    return _pair_of(sp.written, pair[0].speaker, pair[1].speaker)
            if not pool and sp.pronoun == "it" and at[1] > 0:
                # "Dr Amy X criticised NHS England. It said ...": the one body the sentence before named
                here = _sentence_start(self.masked[at[0]], at[1])
                body = self._body_in_sentence((at[0], here - 2)) if here > 2 else None
                if body:
                    return Speaker(sp.written, "org", name=body, org=body)
            if not pool and sp.pronoun == "they":
                # "Dr A and Dr B run the practice. They said": the two people who were this paragraph's subjects
                both = [m for m in before if m.at[0] == at[0] and m.speaker.kind == "person" and m.subject]
                if len(both) >= 2 and both[-2].speaker.name and both[-1].speaker.name:
                    return _pair_of(sp.written, both[-2].speaker, both[-1].speaker)
            if pool and sp.pronoun in ("he", "she"):
                # "She handled the clinical side ... He did the accounts": not a person this article calls the other
                agree = (
                    # not a group ("Patients say the practice ‘...’ — a charge Dr X rejects. ‘...,’ he said")
                    [
                        m
                        for m in pool
                        if self._pronoun_of(m.speaker) in (None, sp.pronoun)
                        and not (m.speaker.kind == "role" and _plural_role((m.speaker.role or "x").split()[-1]))
                    ]
                    or [m for m in before if m.speaker.kind == "person" and self._pronoun_of(m.speaker) == sp.pronoun]
                    # "Sir Neil X said ... Not so, according to Dr Dunn. ‘...,’ she said": not the one called he
                    or [m for m in before if m.speaker.kind == "person" and self._pronoun_of(m.speaker) is None]
                )
                # nobody who may be called so: no one ("Marek, 34, said he ... Amira, 19, said she ...", where the
                # tagger found no Amira), not a man for "she"
                pool = agree
                pool = [m for m in pool if not self._speaks_of(m, sp.pronoun)] or pool
                # "Presenter Amol X put it to her that ... ‘...,’ she said": not the one who asked her
                pool = [m for m in pool if not self.with_object_pronoun(m.at, sp.pronoun)] or pool
                # "Counsel for the GMC, Mr X, told the hearing that Dr Keeble had ignored warnings. ‘...,’ he said":
                # not the one the reporting verb's clause is about
                pool = [m for m in pool if not self._reported_by_another(m, pool)] or pool
            unnamed = (
                self._unnamed_subject(at, pool[-1].at if pool else (0, 0)) if sp.pronoun in ("he", "she") else None
            )
            if unnamed:  # "One patient, a retired lorry driver, looked up. ‘...,’ he said": him, not Dr X quoted before
                return Speaker(sp.written, "role", role=unnamed)
            if pool:
                full = pool[-1].speaker
                if full.short or full.kind == "role" or (not full.org and re.match(r"our\s", full.written, re.I)):
                    # "The minister visited ...": the minister named before; "Our chair, Dr X, says": ours
                    full = self.resolve(full, pool[-1].at)
                elif (
                    full.kind == "person"
                    and full.role
                    and not full.org
                    and _POST_BEFORE_A_NAME.fullmatch(full.written.strip())
                    and full.written.lower().startswith(full.role.lower())
                ):  # "Healthwatch X spoke to ... Chief executive Sian Y said ... ‘...,’ she said": the body's
                    full = self._bare_post(full, self.before(pool[-1].at), pool[-1].at)
                if full.kind == "doc" and not full.org:  # "read out a letter from a patient. ‘...,’ it said"
                    full = self.writer_of(full, pool[-1].at, before) or full
                if sp.pronoun in ("he", "she") and full.kind == "person" and " and " in (full.name or ""):
                    # "Dr Mark X and Dr Temi Y share a room. ‘...,’ he says": the one of the two called so, not both
                    # (or the one the other is not: "Dr Mark X and Dr Temitope Y ... she says")
                    # ("Dr A, Dr B and Dr C, the three partners at X": one of three, one of those posts)
                    names = re.split(r",\s+|\s+and\s+", full.name)
                    called = {n: self._pronoun_of(Speaker(n, "person", name=n)) for n in names}
                    one = [n for n, p in called.items() if p == sp.pronoun] or [n for n, p in called.items() if not p]
                    post = _one_of_the_post(full.role) if full.role and len(names) > 2 else None
                    full = (
                        Speaker(full.written, "person", name=one[0], role=post, org=full.org if post else None)
                        if len(one) == 1
                        else full
                    )
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
                        if at < m.at
                        and m.at[0] <= at[0] + 1
                        and m.subject
                        and m.speaker.kind == "person"
                        and not re.search(  # "Her colleague Dr Tom X", "His practice nurse, Gwen X": someone else's
                            r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+$",
                            self.paragraphs[m.at[0]][: m.at[1]],
                            re.I,
                        )
                        and (sp.pronoun not in ("he", "she") or self._pronoun_of(m.speaker) in (None, sp.pronoun))
                    ),
                    None,
                )
                if later is not None:
                    return replace(later.speaker, written=sp.written)
            post = re.fullmatch(r"the\s+\d{1,3}-year-old\s+(\S+)", sp.written, re.I)
            if sp.pronoun == _EPITHET_MARK and post and _is_role_head(post.group(1).lower()):
                return Speaker(sp.written, "role", role=post.group(1))  # "The 62-year-old GP said", nobody before
            if sp.pronoun == _EPITHET_MARK and not re.match(r"the\s+\d", sp.written, re.I):
                # "The pensioner said", nobody before: what they are
                return Speaker(sp.written, "role", role=_drop_leading(sp.written, ("the", "The")))
            return sp
        ranked = self._by_seniority(sp, before, at)
        if ranked is not None:
            return ranked
        if sp.kind == "person" and sp.short:
            surname = _PEER_STYLE.sub("", sp.name.lower(), count=1)  # "Lady X": a peer's style
            title = self._pronoun_of(Speaker(sp.written, "person", name=sp.name))  # "Mrs X": she, if the title says
            other = [  # "Dr Sarah X and Dr Robert X run the practice ... said Mrs X": not the one the title rules out
                m
                for m in before
                if title
                and m.speaker.kind == "person"
                and m.speaker.name
                and len(m.speaker.name.split()) > 1
                and _ends_with_surname(m.speaker.name, surname)
                and self._pronoun_of(m.speaker) not in (None, title)
            ]
            if other:  # (and "Harold X, 81, and his wife, Lorna, ... Mrs X says": not him but his wife, by her
                spouse = next(  # first name)
                    (
                        m.speaker
                        for m in reversed(before)
                        if m.at > other[0].at
                        and m.speaker.kind == "person"
                        and (m.speaker.role or "").lower() in ("wife", "husband", "widow", "widower")
                        and _KIN_GENDER[m.speaker.role.lower()] == title
                        and len((m.speaker.name or "").split()) == 1
                    ),
                    None,
                )
                if spouse is not None:  # (her surname the title gives: "Lorna X")
                    return replace(spouse, written=sp.written, name=f"{spouse.name} {sp.name.split()[-1]}")
                before = [m for m in before if m not in other]
            titled = _title_word(sp.written)  # "Prof X" after "Professor Ada X" and her husband "Dr Ben X": her
            namesakes = [
                m
                for m in before
                if m.speaker.kind == "person"
                and m.speaker.name
                and len(m.speaker.name.split()) > 1
                and _ends_with_surname(m.speaker.name, surname)
            ]
            same = {m.speaker.name for m in namesakes if titled and _title_word(m.speaker.written) == titled}
            if not same and title:  # "Ryan X and Mia X ... Mr X said": the one whose given name the title fits
                same = {m.speaker.name for m in namesakes if self._pronoun_of(m.speaker) == title}
            if len({m.speaker.name for m in namesakes}) > 1 and len(same) == 1:
                before = [m for m in before if m not in namesakes or m.speaker.name in same]
            elif len({m.speaker.name for m in namesakes}) > 1 and not titled:
                # "Dr Fraser X ... His wife, Morag, ... ‘...,’ Morag X says. X is embarrassed": the surname alone is
                # the one the article introduced first, whom the other is named in full beside
                before = [m for m in before if m not in namesakes or m.speaker.name == namesakes[0].speaker.name]
            for m in reversed(before):
                full = m.speaker
                if full.kind == "person" and full.name and " and " in full.name:
                    # "The partners, Dr Femi X and Dr Clare Holt, said ...", then "Dr Holt said": one of the pair
                    one = next((n for n in full.name.split(" and ") if _ends_with_surname(n, surname)), None)
                    full = (
                        replace(full, name=one, role=_one_of_post(full.role)) if one and len(one.split()) > 1 else full
                    )
                if (
                    full.kind == "person"
                    and full.name
                    and len(full.name.split()) > 1
                    and _ends_with_surname(full.name, surname)
                ):
                    # a post given here comes with its own organisation or none: "Professor X, a GP in Nottingham"
                    # after "RCGP chair Professor Y X" is not a GP at the RCGP
                    org = sp.org or (full.org if not sp.role or sp.role == full.role else None)
                    return self._known(
                        Speaker(sp.written, "person", name=full.name, role=sp.role or full.role, org=org), before
                    )
            firsts = {  # "Eileen Marsh, 79, and her husband ..." then "Eileen is less sanguine": a first name, as
                m.speaker.name  # features call the people they introduce; one person by it, no title
                for m in before
                if m.speaker.kind == "person"
                and m.speaker.name
                and " and " not in m.speaker.name
                and len(m.speaker.name.split()) > 1
                and m.speaker.name.split()[0].lower() == surname
            }
            knighted = _KNIGHTED.match(sp.written)  # "Dame Patricia wrote": a dame by her first name
            # "Dr Li Wenjing ... Dr Li said": a family name written first, as Chinese, Korean and Vietnamese names are
            family_first = _TITLE_RE.match(sp.written) and surname not in _GIVEN_NAMES
            if (
                len(firsts) == 1
                and (knighted or family_first or not _TITLE_RE.match(sp.written))
                and sp.name[:1].isupper()
            ):
                full = self._known(next(m.speaker for m in reversed(before) if m.speaker.name in firsts), before)
                if sp.role:  # "Sarah, a GP partner, says": the post given here
                    full = replace(full, role=sp.role, org=sp.org)
                return replace(full, written=sp.written)
            return self._holder_by_surname(sp) or sp
        if sp.kind == "doc" and not sp.org and not sp.short:
            # "The federation published a statement, which said:": the document as its mention there names it (not
            # one whose own words name it: "A joint statement from the RCGP and the BMA")
            here = next(
                (m.speaker for m in self.mentions if m.at == at and m.speaker.kind == "doc" and m.speaker.org), None
            )
            if here is not None and (sp.name or "").islower():
                return replace(here, written=sp.written)
            writer = next((m for where, _noun, m in self.writers if where == at), None)
            if writer is not None:  # "a letter from Dr X, which said:", "Dr X sent a letter, which said:": hers
                return replace(self._known(writer.speaker, before), written=sp.written)

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
            # "In a letter to members, Dr X said ... The letter added": hers
            writer = self.writer_of(sp, at, before)
            if writer is not None:
                return writer
            author = self._author_of(head, at)
            if author is not None:  # "The report, by senior coroner Adrian X, found ... ‘...,’ the report says": his
                return replace(author, written=sp.written)
            bodies = [  # "The Ombudsman has upheld a complaint ... ‘...,’ the report said": the body's, just in focus
                m  # (the subject of a sentence, not of what it reports: "the ombudsman found that the X Surgery had")
                for m in before
                if m.speaker.kind == "org" and m.speaker.org and m.subject and m.at[0] >= at[0] - 1 and self._main(m)
            ]
            named_before = any(m.speaker.kind == "doc" and _doc_head(m.speaker.name or "") == head for m in before)
            if (
                bodies
                and not named_before
                and (
                    re.match(r"the\s", sp.written, re.I)
                    and head in _BODY_FINDINGS
                    or re.match(r"(?:its|their)\s", sp.written, re.I)  # "X has withdrawn ... Its statement read:"
                )
            ):
                org = bodies[-1].speaker.org
                return Speaker(sp.written, "doc", name=f"{org} {head}", org=org)
            return sp
        if sp.kind == "other" and re.fullmatch(
            r"(?:another|a second|a third|one other)(?:\s+one)?", sp.written.split(",")[0].strip(), re.I
        ):  # "Another, signing himself ‘Fed-up partner’, wrote"
            app = sp.written.split(",", 1)[1].strip() if "," in sp.written else ""
            if app and re.match(r"(?:a|an)\s", app, re.I) and _is_role_phrase(app):
                role, org = _split_role_org(app)  # "Another, a former partner, put it more bluntly": what they are
                if role:
                    return Speaker(sp.written, "role", role=role, org=org)
            pool = [m for m in before if m.said and m.speaker.kind == "role" and m.speaker.role]
            first = [m for m in pool if re.match(r"one\s+[a-z]", m.speaker.written, re.I)]
            # "One respondent wrote ... Another, a partner in X, wrote ... A third wrote": a respondent, as the first
            if first and all(
                re.match(r"(?:another|a\s+(?:second|third|fourth|fifth))\b", m.speaker.written, re.I)
                for m in pool
                if m.at > first[-1].at
            ):
                pool = first
            where = re.fullmatch(r"(?:in|from|near)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}", app)

            def placed(role: str) -> str:  # "One GP in London said ... Another, in the North East,": a GP there;
                # "Another said": a GP, wherever (the place was the first one's)
                bare = re.sub(r"\s+(?:in|from|near|based\s+in)\s+(?:the\s+)?[A-Z].*$", "", role)
                return f"{bare} {app}" if where else bare

            groups = self._groups_before(at)
            if groups:  # "Readers responded ... One, a GP partner, wrote ... Another wrote": another reader
                return Speaker(sp.written, "role", role=placed(groups[-1][1]))
            if pool:  # "One GP said ... Another said ...": another of the same
                last = pool[-1].speaker
                noun = re.match(r"one\s+([a-z]+),\s", last.written, re.I)  # "One respondent, a GP in X, wrote ...
                if noun and _is_role_head(noun.group(1).lower()) and not app:  # Another said": another respondent
                    return Speaker(sp.written, "role", role=noun.group(1).lower())
                return Speaker(sp.written, "role", role=placed(last.role), org=last.org)
            people = self._people_named_as_a_plural(at)  # "Not all of his partners agree. Another says": a partner
            return Speaker(sp.written, "role", role=people) if people else Speaker(sp.written, "other")
        bodies = re.fullmatch(
            r"(?:both|the\s+two)(?:\s+of\s+the)?\s+(?:organisations|organizations|bodies|groups|unions|colleges|charities)",
            sp.written.split(",")[0].strip(),
            re.I,
        )
        if bodies:  # "The BMA and the RCGP met ministers. Both organisations called ...": the two bodies named last
            named: list[str] = []
            for m in reversed(before):
                if m.speaker.kind == "org" and m.speaker.org and m.speaker.org not in named:
                    named.append(m.speaker.org)
                if len(named) == 2:
                    return Speaker(sp.written, "org", name=f"{named[1]} and {named[0]}")
            return Speaker(sp.written, "other")  # which two the text does not say: no name
        two = re.fullmatch(
            r"the\s+(former|latter|pair|couple|duo)|(?:the\s+two|both)(?:\s+of\s+them|\s+(?P<noun>[a-z][\w-]*s))?",
            sp.written.split(",")[0].strip(),
            re.I,
        )  # "the two GPs", "Both": the two people named last, as "the pair" (not "both practices": no post)
        if two and two.group("noun") and sp.kind != "role":
            two = None
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
                word = (two.group(1) or "pair").lower()
                if word == "former":
                    return replace(first, written=sp.written)
                if word == "latter":
                    return replace(second, written=sp.written)
                pair = _pair_of(sp.written, first, second)
                return replace(pair, role=sp.role) if sp.role and not pair.role else pair  # "the two GPs": GPs
            return sp if sp.kind == "role" else Speaker(sp.written, "other")  # which two is not said: no name
        if sp.kind == "other" and re.fullmatch(
            r"(?:many|some|most|several|others|a few|few)(?:\s+of\s+them)?", sp.written.split(",")[0].strip(), re.I
        ):  # "We interviewed 40 GPs ... Many described a job that had become ‘relentless’": GPs, not "Many"
            people = self._people_named_as_a_plural(at)
            return Speaker(sp.written, "role", role=f"{people}s") if people else Speaker(sp.written, "other")
        if sp.kind == "other" and re.fullmatch(
            r"one(?:\s+of\s+(?:them|those))?", sp.written.split(",")[0].strip(), re.I
        ):
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
            people = self._people_named_as_a_plural(at)  # "Not all of his partners agree. One says": a partner
            return Speaker(sp.written, "role", role=people) if people else Speaker(sp.written, "other")
        epithet = re.fullmatch(
            r"the\s+(?:(?:health|patient|patients[’']?|NHS|spending)\s+)?(regulator|watchdog|union|think[- ]tank)",
            sp.written.split(",")[0].strip(),
            re.I,
        )  # "the health watchdog", "the patients’ watchdog"
        if epithet and sp.kind in ("other", "org", "role"):
            word = epithet.group(1).lower()
            known = _entity_phrases("THINK_TANK") if word.startswith("think") else _EPITHET_BODIES[word]
            words = _EPITHET_NAME_WORDS.get(word, frozenset({word}))
            body = self._body_of_kind(before, words, known=frozenset(known)) or next(
                (  # "We asked a CQC spokesperson for comment. The regulator said": a body named in passing
                    e.text
                    for pi in range(at[0], -1, -1)
                    for e in reversed(self.ents[pi])
                    if (pi, e.start_char) < at and e.text.lower() in known
                ),
                None,
            )
            if body:
                return Speaker(sp.written, "org", name=body, org=body)  # "the regulator" after "The CQC"
        generic = re.fullmatch(  # "the trust", "the company that bought the building", "the London-based group"
            r"(?:the|its|this)\s+(?:[A-Z][\w]*-(?:based|owned|headquartered)\s+|health\s+)?([a-z][\w-]*|[A-Z][a-z]+)"
            r"(?:\s+(?:that|which)\s.+)?",
            sp.written.split(",")[0].strip(),
            re.I,
        )
        named_here = sp.kind == "org" and sp.org and sp.org.lower() != generic.group(1).lower() if generic else False
        if sp.kind in ("other", "org") and generic and generic.group(1).lower() in _GENERIC_ORG and not named_here:
            # (not "The practice, Meadowbank Surgery,", which names it)
            word = generic.group(1).lower()  # "the trust", "the college" -> the last body of that kind named
            kin = _SAME_KIND_OF_BODY.get(word, frozenset({word}))
            # a body named, or the body a spokesperson spoke for ("The department added"): "The RCGP ...; the
            # college said"
            body = self._body_of_kind(before, kin, kinds=("org", "role"))
            if body:
                return Speaker(sp.written, "org", name=body, org=body)
            body = self._body_in_focus(word, before, at) or self._named_body_of_kind(kin, at)
            if body:  # "Harbour Primary Care has taken over three practices ... the company said"; "Partners at
                # the Riverside Medical Centre have voted ... The practice said": the centre
                return Speaker(sp.written, "org", name=body, org=body)
            return sp
        tank = re.search(r"(?:^|,\s+)the\s+(think[- ]tank)[’']s\s", sp.written, re.I)  # "The think tank’s chief"
        owner = (
            tank
            or _THE_KIND_S.search(sp.written)
            or re.match(
                r"(committee|trust|board|council|federation|tribunal|college|union|association|charity)\s",
                sp.written,
                re.I,
            )  # "College chair Professor X": the college named before
            or _WHO_HOLDS_THE.search(sp.written)
            or re.search(
                r"\s(?:at|of|for)\s+the\s+(?:primary\s+care\s+)?"  # (and "for the primary care network")
                r"(university|trust|college|federation|charity|partnership|network|practice|surgery|hub|"
                r"institute|association|society|foundation|alliance|unit|centre|center|department)"
                r"(?=$|,\s|\s+(?:who|which|that)\s|\s+and\s+(?:a|an)\s)",  # "a senior fellow at the trust who chaired the session"; "A
                # partner at the practice, Dr X,"
                sp.written,
            )
        )  # "Professor X, who chairs the college": that college's chair; "professor of health policy at the
        # university": that university's
        part = sp.org and _PART_OF_A_BODY.fullmatch(sp.org)
        if (
            sp.kind in ("person", "role")
            and (not sp.org or part or sp.org.lower() in _KIND_AS_NAME)  # "The ICB’s director": no name, which ICB
            and owner
            and (
                owner.group(1).lower() in _BODY_NOUNS
                or owner.group(1).lower() in _EPITHET_BODIES
                or owner.group(1).lower() in _KIND_ACRONYMS
                or tank
            )
        ):
            # "The trust's director of primary care, Dr X", "Committee chair Sir Y" -> the body of that kind named
            # before; "The union's GP committee chair" -> that body's GP committee
            word = owner.group(1).lower()
            known = _entity_phrases("THINK_TANK") if tank else frozenset(_EPITHET_BODIES.get(word, ()))
            named = self._body_of_kind(before, _SAME_KIND_OF_BODY.get(word, frozenset({word})), known=known)
            if named:  # "The BMA said ... The union’s chair, Dr X": the BMA's chair
                possessive = _owned_post(owner.group(0)) or word in _NAMED_FOR_BODY
                # "the union’s chair", "College chair Professor X": chair
                role = _without_kind(sp.role, word) if possessive else sp.role
                return _named_holder(replace(sp, role=role, org=f"{named} {sp.org}" if part else named), before)
            body = (
                None
                if part
                else self._body_in_focus(word, before, at)
                or self._named_body_of_kind(_SAME_KIND_OF_BODY.get(word, word), at)  # "Moorfield Medical Centre"
                # "The RCGP chair, Professor X, said ... The college’s vice chair": the body of a post named before
                or self._body_of_kind(before, frozenset({word}), kinds=("person", "role"))
                # "The ICB’s chief executive" after "NHS Marlshire ICB", which the tagger cut in two
                or (self.named_body(replace(sp, org=word.upper()), at).org if word in _KIND_ACRONYMS else None)
                # "A GP federation ... The federation’s chief executive": that kind, unnamed
                or self._named_body_of_kind(_SAME_KIND_OF_BODY.get(word, word), at, unnamed=True)
            )
            body = None if body == word.upper() else body
            if body:  # "Carers Tamebridge said ... The charity’s director, Paul X": its director; "to form
                # Northshire Health Partnership ... The partnership’s chair, Dr X": that partnership
                return _named_holder(
                    replace(
                        sp, role=_without_kind(sp.role, word) if _owned_post(owner.group(0)) else sp.role, org=body
                    ),
                    before,
                )
        body_part = (  # "Its GP committee said": that body's committee
            sp.kind == "org"
            and sp.org
            and _PART_OF_A_BODY.fullmatch(sp.org)
            and re.match(r"(?:its|their)\s", sp.written, re.I)
        )
        if body_part:
            pool = [m for m in before if m.speaker.kind == "org" and m.speaker.org and (m.said or m.subject)]
            if pool:
                whole = f"{pool[-1].speaker.org} {sp.org}"
                return replace(sp, name=whole, org=whole)
        if (
            sp.kind in ("person", "role")
            and (not sp.org or part)
            # "Dr X, its chair" (not "One GP, whose evidence was published anonymously,": a clause about the GP)
            and re.search(
                r"(?:^|\b(?:of|at|for)\s+)(?:its|their|whose)\s|,\s+(?:its|their)\s|\b(?:chairs|leads|heads|runs)\s+its\s",
                sp.written,
                re.I,
            )  # (and "Dr X, who chairs its GP committee")
            and not re.search(r",\s+(?:from|of|at)\s+(?:the\s+)?[A-Z]", sp.written)  # "Its authors, from X and Y"
        ):  # "Its chair"; "Dr X, chair of its GP committee"
            pool = [
                m
                for m in before
                if (m.speaker.kind == "org" or (m.speaker.kind == "doc" and m.speaker.org)) and (m.said or m.subject)
            ]  # "A report by the Health Foundation found ... Its author, Dr X": the body that wrote it
            if re.match(r"whose\s", sp.written, re.I):  # "awarded to City Health Federation, whose chief executive,
                pool = []  # Joanne X, said": the body the clause hangs on, named just before it
            here = self._body_in_sentence(at)
            opens = _sentence_start(self.masked[at[0]], at[1])
            if here and pool and pool[-1].at < (at[0], opens):
                pool = []  # "Writing for the King’s Fund, its chief executive": the body this sentence names first
            of_a_document = False
            if not here and opens > 2 and re.match(r"its\s", sp.written, re.I):
                # "The decision was not popular with Kentmere ICB. Its director": the body the sentence before named,
                # not one that was a subject before it (and one of a kind we know by name, whose place the tagger
                # left out: "Kentmere ICB")
                last = _sentence_start(self.masked[at[0]], opens - 2)
                named = self._body_in_sentence((at[0], opens - 2)) or next(
                    (m.group(1) for m in reversed(list(_A_BODY_OF_A_KIND.finditer(self.masked[at[0]], last, opens)))),
                    None,
                )
                if named and (not pool or pool[-1].at < (at[0], last)):
                    pool, here = [], named
                ended = re.search(
                    r"\b(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+)?([a-z]+)\.\s*$", self.masked[at[0]][last:opens]
                )
                # "Residents have started a petition. Its organiser, crofter X,": the document's, no body's
                of_a_document = not named and ended is not None and ended.group(1) in _DOC_NOUNS
            headed = self._body_of_a_heading_before(at)
            if headed and not here and (not pool or pool[-1].at < headed[1]):
                pool, here = [], headed[0]  # "Reaction from the RCGP. Its chair, Professor X, said": that body
            owner = None if of_a_document else (pool[-1].speaker.org or pool[-1].speaker.name) if pool else here
            kind = None
            for k in (at[0], at[0] - 1):  # "X Surgery is one of 14 sites run by Y Federation. The federation now
                # employs 210 staff. Its chief operating officer": the body a sentence since made its subject by kind
                text = self.masked[k][: at[1]] if k == at[0] else self.masked[k] if k >= 0 else ""
                found = [f for f in _THE_KIND_OPENS.finditer(text) if f.group(1) in _BODY_NOUNS]
                if found:
                    kind = found[-1].group(1) if not pool or (k, found[-1].start()) > pool[-1].at else None
                    break
            if kind and re.match(r"its\s", sp.written, re.I):
                kin = _SAME_KIND_OF_BODY.get(kind, frozenset({kind}))
                named = self._body_of_kind(before, kin, kinds=("org", "role")) or self._named_body_of_kind(kin, at)
                owner = named or owner
            if not owner and not of_a_document and re.match(r"its\s", sp.written, re.I):
                # "a survey by the Patients Association. The charity polled ... Its chief executive said": the body
                # named last, which no sentence made its subject
                owner = self._last_body_named(at)
                owner = owner if owner and len(owner.split()) > 1 else None  # (not "Tipton" of "Tipton Road Surgery")
            if owner:  # "said its chief executive, Dr Lorna Pike"; "Its GP committee chair": that body's committee;
                # "In a blog for the King’s Fund, its chief executive, X, wrote": the body named in the sentence
                if part:
                    sp = replace(sp, org=f"{owner} {sp.org}")
                else:  # "its chair" after "Devon LMC" (the tagger's "LMC"): Devon LMC's; after "the ICB board": an
                    # ICB chair, which ICB not said
                    named = self.named_body(replace(sp, org=owner), at)
                    role, org = (named.role, named.org) if named.org != owner else _unnamed_body(sp.role, owner)
                    sp = replace(sp, role=role, org=org)
        close_to = _CLOSE_TO_A_BODY.fullmatch(sp.role.lower()) if sp.kind == "role" and sp.role and not sp.org else None
        if close_to:  # "A source close to the company": the company named just before
            word = close_to.group(1)
            kin = _SAME_KIND_OF_BODY.get(word, frozenset({word}))
            body = (
                self._body_in_focus(word, before, at)
                or self._body_of_kind(before, kin, kinds=("org", "role"))
                or self._named_body_of_kind(kin, at)
            )
            return replace(sp, org=body) if body else sp
        if sp.kind == "role" and sp.role and sp.role.lower() in _SPOKES and not sp.org:
            close = [  # "A source close to the company said ... the source said": that source
                m
                for m in before
                if m.speaker.kind == "role" and (m.speaker.role or "").lower().startswith(sp.role.lower() + " close ")
            ]
            since = [  # "A BMA source said ... the source said": a source named since is the one
                m
                for m in before
                if close
                and m.at > close[-1].at
                and m.speaker.kind == "role"
                and (m.speaker.role or "").lower() == sp.role.lower()
            ]
            if close and not since and re.match(r"the\s", sp.written, re.I):
                return replace(self.resolve(close[-1].speaker, close[-1].at), written=sp.written)
            pool = [
                m
                for m in before
                if (m.speaker.kind == "org" or (m.speaker.kind == "doc" and m.speaker.org))
                and (m.speaker.org or m.speaker.name) not in _NEWS_OUTLETS
            ]  # "The Times reported ..., quoting a source": the paper reports, the source is not its own; a
            # document speaks for the body that wrote it, if the article says which
            focus = [m for m in pool if m.subject and m.speaker.kind == "org" and m.at[0] >= at[0] - 1]
            said = [m for m in pool if m.said]
            # "NHS England published the figures. A spokesperson said": the body just in focus; and so after another
            # body spoke, where this paragraph's sentence made the body its subject since ("The RCN rejected the
            # criticism. ‘...,’ a spokesperson said")
            here = [m for m in focus if m.at[0] == at[0] and (not said or m.at > said[-1].at)]
            pool = here or said or focus
            spokes = [  # "A spokesperson for NHS England said ... The spokesperson added": that one
                m
                for m in before
                if m.speaker.kind == "role" and (m.speaker.role or "").lower() in _SPOKES and m.speaker.org
            ]
            if spokes and re.match(r"the\s", sp.written, re.I) and (not pool or spokes[-1].at > pool[-1].at):
                return replace(sp, org=spokes[-1].speaker.org)
            kind = re.search(
                r"\bfor\s+the\s+([a-z]+)$|^(?:a|an|the)\s+([a-z]+)\s+spokes", sp.written.split(",")[0], re.I
            )
            word = (kind.group(1) or kind.group(2)).lower() if kind else None
            word = _BODY_ADJECTIVES.get(word, word)  # "A departmental spokeswoman": the department's
            if (word in _BODY_NOUNS or word in _KIND_ACRONYMS) and word not in _A_BUSINESS | _A_VOLUNTARY_BODY:
                # "A spokeswoman for the trust", "A trust spokesman": a body of that kind, not the last one in focus
                kin = _SAME_KIND_OF_BODY.get(word, frozenset({word}))
                body = self._body_of_kind(pool, kin, kinds=("org", "doc")) or self._named_body_of_kind(kin, at)
                written = kind.group(1) or kind.group(2)  # "A spokesperson for the ICB": an ICB spokesperson
                unnamed = next(  # "The integrated care board said ... a board spokesperson said": an ICB's
                    (
                        m.speaker.name
                        for m in reversed(before)
                        if m.speaker.kind == "org"
                        and not m.speaker.org
                        and (m.speaker.name or "").lower().split()[-1:] == [word]
                    ),
                    None,
                )
                if unnamed and not body:
                    written = _KIND_SPELT_OUT.get(unnamed.lower(), written)
                return (
                    replace(sp, org=body)
                    if body
                    else replace(sp, role=f"{written if written.isupper() else word} {sp.role}")
                )
            if not pool and word in _A_BUSINESS | _A_VOLUNTARY_BODY:
                # "Avonlea Primary Care has bought four practices ... (two paragraphs on) A spokesman for the company
                # said": the last such body the article made a subject, however far back
                firm = self._subject_body_called(word, before, since=0)
                if firm:
                    return replace(sp, org=firm)
            unnamed = [  # "The government says ... A spokesperson said": a body named only by its kind spoke last
                m
                for m in before
                if m.said
                and m.speaker.kind == "other"
                and (m.speaker.name or "").lower() in _BODY_NOUNS
                and (not pool or m.at > pool[-1].at)
            ]
            if unnamed and word is None:
                return replace(sp, role=f"{unnamed[-1].speaker.name.lower()} {sp.role}")
            if pool:
                role, org = _unnamed_body(sp.role, pool[-1].speaker.org or pool[-1].speaker.name)
                return replace(sp, role=role, org=org)  # "whether the ICB would step in, a spokesperson said"
            return sp
        if (
            sp.kind == "role"
            and sp.name is None
            and sp.role
            and (
                re.match(r"(?:the|our|its|their)\b", sp.written, re.I)
                or (at[0] == 0 and (sp.role[:1].isupper() or (sp.org and sp.written[:1].isupper())))
                or (sp.role in _KIN and re.match(r"(?:his|her|my)\s", sp.written, re.I))  # "Her husband is blunter"
            )
        ):
            # "the health secretary", "the review chair" -> the last named person with that role (a headline's
            # "PM pledges ...": one named after it)
            if _ANONYMOUS.search(sp.written):  # "the chief executive of one large federation, who asked not to be
                return sp  # named": someone the article does not name, not a holder of that post named before
            want = [
                w
                for w in re.findall(r"[\w&-]+", re.split(r"\s+(?:in|at|from|for|of|on|with)\s+", sp.role.lower())[0])
                if w not in _NOUN_DETERMINERS  # "The Streatham GP"
            ]
            head, mods = (want[-1], [w for w in want[:-1] if w not in _ROLE_MODIFIERS]) if want else ("", [])
            people = [m.speaker.name for m in before if m.speaker.kind == "person" and m.speaker.name]
            # "Dr A and Dr B are partners ... says Dr A. Her partner was less sure": not the one "her" is
            whose = people[-1] if people and re.match(r"(?:his|her)\s", sp.written, re.I) else None
            for m in reversed(before):
                if whose is not None and m.speaker.name == whose:
                    continue
                if _unnamed_holder(m, head, mods) and re.match(r"the\s", sp.written, re.I):
                    # "One GP in the area, who did not wish to be named, said ... ‘...,’ the GP said": that GP, not
                    # a named person before with another post at a GP federation
                    return replace(m.speaker, written=sp.written)
                held = self._post_held(m, before, sp.org)
                if held is None:
                    continue
                full, has, heads = held
                if heads & _GP_POSTS or heads & {"surgery", "practice"}:
                    heads |= {"gp", "doctor"}  # "a partner at the Fellside Surgery", then "the GP"
                if heads & {"executive", "chief", "director", "head", "chair", "leader", "manager", "owner"}:
                    heads |= {"boss"}  # "chief executive of Moorside NHS Trust", then "the trust boss"
                if "secretary" in heads and heads & {"health", "state", "care"} and "shadow" not in heads:
                    heads |= {"minister"}  # "the health secretary, Peter X, said", then "The minister added"
                if head in heads and all(w in has for w in mods) and _other_office(want) == _other_office(has):
                    return replace(full, written=sp.written)
                missing = [w for w in mods if w not in has]
                if (
                    missing
                    and head in heads
                    and all(w in self._places_after(m) for w in missing)
                    and _other_office(want) == _other_office(has)
                ):  # "Dr X, GP partner, Abbey Surgery, Ripon, said", then "the Ripon GP": where the post is held
                    return replace(full, written=sp.written)
            kin = self._kin_of_one_named(sp, before) or self._kin_named_before(sp, before)
            if kin is not None:
                return kin
            if whose and head in ("partner", "colleague") and not mods:  # "Dr A and Dr B have run the surgery since
                # 2011 ... said Dr A. ‘...,’ her partner said": the one other person named, not Dr A herself
                others = {
                    m.speaker.name: m
                    for m in before
                    if m.speaker.kind == "person"
                    and m.speaker.name not in (None, whose)
                    and " and " not in m.speaker.name
                }
                if len(others) == 1:
                    [other] = others.values()
                    known = self._known(other.speaker, before)
                    return replace(known, written=sp.written, role=known.role or sp.role)
            later = self._named_later(head, mods, sp, at) if not before or at[0] <= 1 else None
            if later is not None:
                return later
            holder = self._office_holder(sp)
            if holder is not None:
                return holder
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
            unnamed = next(  # "A senior NHS England official has admitted ...", then "The official, speaking at ...":
                (  # that one, unnamed, at that body
                    m.speaker
                    for m in reversed(before)
                    if m.speaker.kind == "role"
                    and m.speaker.org
                    and not m.speaker.name
                    and (m.speaker.role or "").split()[-1:] == [head]
                ),
                None,
            )
            if unnamed is not None and not sp.org and re.match(r"the\s", sp.written, re.I):
                return replace(sp, org=unnamed.org)
        return sp

    def _age_of(self, m: _Mention) -> int | None:
        """The age the article gives beside a person's name (``Dr Rajesh X, 64,``, ``aged 64``), or ``None``."""
        age = re.search(re.escape(m.speaker.name or "") + r",\s+(?:aged\s+)?(\d{1,3})\b", self.paragraphs[m.at[0]])
        return int(age.group(1)) if age else None

    def _by_seniority(self, sp: Speaker, before: Sequence[_Mention], at: tuple[int, int]) -> Speaker | None:
        """``the elder Dr X`` among two people named X, ``the younger of the two`` among the last two named: the
        older or younger by the ages given, or by kin (a father before his son), or ``None``."""
        rank = re.match(r"(?:the\s+)?(elder|older|younger)\s+(?=[A-Z])", sp.written, re.I) or re.search(
            r"\b[Tt]he\s+(elder|older|younger)\s+$", self.paragraphs[at[0]][: at[1]]
        )  # ("The younger Harrington said", whose name alone the tagger took)
        if sp.kind == "person" and sp.short and (rank or (sp.role or "") in ("elder", "older", "younger")):
            surname = (sp.name or "").lower()
            people = [
                m
                for m in before
                if m.speaker.kind == "person"
                and len((m.speaker.name or "").split()) > 1
                and " and " not in m.speaker.name
                and _ends_with_surname(m.speaker.name, surname)
            ]
            word = rank.group(1).lower() if rank else sp.role
        else:
            two = re.fullmatch(r"the\s+(elder|older|younger)\s+of\s+the\s+two", sp.written.strip(), re.I)
            if sp.kind != "other" or two is None:
                return None
            people = [
                m for m in before if m.speaker.kind == "person" and m.speaker.name and " and " not in m.speaker.name
            ]
            named = list(dict.fromkeys(m.speaker.name for m in people))[-2:]
            people = [m for m in people if m.speaker.name in named]
            word = two.group(1).lower()
        first = {}
        for m in people:
            first.setdefault(m.speaker.name, m)
        if len(first) != 2:
            return None
        ages = {name: self._age_of(m) for name, m in first.items()}
        if all(a is not None for a in ages.values()) and len(set(ages.values())) == 2:
            order = sorted(first, key=lambda n: ages[n])  # youngest first
        else:
            roles = {name: {(o.speaker.role or "").lower() for o in people if o.speaker.name == name} for name in first}
            for name, m in first.items():  # "with his father, Dr Robert X": the kin word just before the name
                called = re.search(
                    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+([a-z]+(?:\s+[a-z]+)?),\s*(?:(?:" + _TITLES + r")\s+)*$",
                    self.paragraphs[m.at[0]][: m.at[1]],
                )
                if called:
                    roles[name].add(called.group(1).lower())
            kin = {name: 0 if held & _YOUNGER_KIN else 1 if held & _ELDER_KIN else None for name, held in roles.items()}
            known = [n for n, k in kin.items() if k is not None]
            if not known:
                return None
            if len(known) == 1:  # one of the two is called son: the other is the elder
                other = next(n for n in first if n != known[0])
                kin[other] = 1 - kin[known[0]]
            if kin[next(iter(first))] == kin[list(first)[1]]:
                return None
            order = sorted(first, key=lambda n: kin[n])
        name = order[0] if word == "younger" else order[-1]
        known = self._known(first[name].speaker, before)
        if sp.kind == "person" and sp.role and sp.role not in ("elder", "older", "younger"):  # "The younger Patel, 31,
            known = replace(known, role=sp.role, org=sp.org)  # is also clinical director of X PCN": his post
        return replace(known, written=sp.written)

    def _of_age(self, sp: Speaker, before: Sequence[_Mention]) -> Speaker | None:
        """``the 64-year-old`` after ``Dr Rajesh X, 64,`` (or ``aged 64``, ``64-year-old Dr X``): the one person
        named with that age, or ``None``."""
        age = re.match(r"the\s+(\d{1,3})-year-old\b", sp.written, re.I)
        if age is None:
            return None
        n = age.group(1)
        aged = {
            m.speaker.name: m
            for m in before
            if m.speaker.kind == "person"
            and m.speaker.name
            and " and " not in m.speaker.name
            and (
                self._age_of(m) == int(n)
                or re.search(
                    r"\b" + n + r"-year-old\s+(?:[\w-]+\s+){0,3}?" + re.escape(m.speaker.name.split()[-1]) + r"\b",
                    self.paragraphs[m.at[0]],
                )
            )
        }
        if len(aged) != 1:
            return None
        [m] = aged.values()
        return replace(self._known(m.speaker, before), written=sp.written)

    @staticmethod
    def _kin_named_before(sp: Speaker, before: Sequence[_Mention]) -> Speaker | None:
        """``Bill X, 81, and his wife Joan ...``, then ``His wife said``: the one person named before as that relative,
        with the surname of the one named before her where only her first name was given; or ``None``."""
        word = (sp.role or "").lower()
        if word not in _KIN_GENDER or not re.match(r"(?:his|her|their)\s", sp.written, re.I):
            return None
        named = [
            (k, m.speaker)
            for k, m in enumerate(before)
            if m.speaker.kind == "person"
            and m.speaker.name
            # (or written so, whatever post the sentence gave her: "his wife Joan have been patients")
            and (
                (m.speaker.role or "").lower() == word
                or re.match(rf"(?:(?:his|her)\s+)?{word},?\s", m.speaker.written, re.I)
            )
        ]
        if len({kin.name for _, kin in named}) != 1:
            return None
        k, kin = named[-1]
        if " " not in kin.name:
            prior = [
                m.speaker.name
                for m in before[:k]
                if m.speaker.kind == "person" and len((m.speaker.name or "").split()) > 1
            ]
            kin = replace(kin, name=f"{kin.name} {prior[-1].split()[-1]}") if prior else kin
        post = kin.role if kin.role and kin.role.split()[-1].lower() not in _KIN | _LAY_PEOPLE else None
        return replace(kin, written=sp.written, role=post or word)  # ("his wife, Dr Megan X, a GP": the GP)

    def _kin_of_one_named(self, sp: Speaker, before: Sequence[_Mention]) -> Speaker | None:
        """``Dr Margaret X joined in 1984. Her daughter, Dr Rowan Y, joined last spring.``, then ``the mother
        says``: the one whose kin the last person named by the other word (``daughter``) is, named just before
        that person, when the word's sex (``mother``: she) does not rule them out."""
        word = (sp.role or "").lower()
        if word not in _KIN_CONVERSE:
            return None
        for k, m in reversed(list(enumerate(before))):
            if (
                m.speaker.kind != "person"
                or (m.speaker.role or "").lower() not in _KIN_CONVERSE[word]
                or not re.match(r"(?:his|her|their)\s", m.speaker.written, re.I)  # where the kin word was written
            ):
                continue
            prior = [
                p
                for p in before[:k]
                if p.speaker.kind == "person"
                and p.speaker.name
                and p.speaker.name != m.speaker.name
                and " and " not in p.speaker.name
            ]
            if not prior:
                return None
            holder = self._known(prior[-1].speaker, before)
            if self._pronoun_of(holder) in (None, _KIN_GENDER.get(word)):
                return replace(holder, written=sp.written, role=word)
            return None
        return None

    def _holder_by_surname(self, sp: Speaker, titled: bool = True) -> Speaker | None:
        """``Mr Streeting``, ``Sir Keir`` in a story that gives an office (``met the health secretary``) but never its
        holder's full name: the one holder of an office the story names whose surname it is, with that office; ``None``
        where no office the story names had such a holder, or two did. Without ``titled``, a surname alone will do
        (a headline's ``Streeting: ‘...’``)."""
        if sp.role or sp.org or (titled and not re.match(r"(?:Mr|Mrs|Ms|Miss|Sir|Dame)\b", sp.written)):
            return None
        text = self.whole_text.lower()
        knighted = _KNIGHTED.match(sp.written)
        found = {
            (name, office)
            for office, names in _office_holders_as_written().items()
            if office in text
            for name in names
            if name.split()[-1].lower() == sp.name.lower()
            or (knighted and name.split()[0].lower() == sp.name.lower())  # "Sir Keir": a knight by his first name
        }
        if len(found) != 1:
            return None
        ((name, office),) = found
        former = text.count(office) == text.count(f"former {office}")  # "the former health secretary, Mr Hunt"
        return Speaker(sp.written, "person", name=name, role=f"former {office}" if former else office)

    def speaks_for(self, sp: Speaker, at: tuple[int, int]) -> Speaker:
        """A person given no post, whom a hearing's report says whom they speak for (``Opening the case for the GMC,
        Ms X said``: counsel, GMC; ``Representing the GMC, Mr Y``, ``For the BMA, Dr Z``: a representative;
        ``Prosecuting, Mr W`` and ``Mr W, prosecuting,``: the prosecutor); anyone else as they are."""
        if sp.kind != "person" or sp.role:
            return sp
        pi, pos = at
        opening = self.masked[pi][_sentence_start(self.masked[pi], pos) : pos]  # the sentence up to the name
        fronted = (
            _SPEAKS_FOR_BEFORE.search(re.sub(r"(?:(?:" + _TITLES + r")\.?\s+)+$", "", opening)) if opening else None
        )
        after = _SPEAKS_FOR_AFTER.search(sp.written)
        side = (fronted and fronted.group("side")) or (after and after.group("side"))
        if side:
            return replace(sp, role=_SIDE_S_COUNSEL[side.lower()])
        if fronted and fronted.group("body") and clean_org(fronted.group("body")):
            role = "counsel" if fronted.group("case") else "representative"
            return replace(sp, role=role, org=sp.org or clean_org(fronted.group("body")))
        if sp.org and re.search(r",\s+(?:for|representing)\s+(?:the\s+)?" + re.escape(sp.org) + r",?$", sp.written):
            return replace(sp, role="representative")  # "Mr Lorcan X, for the GMC, said"
        return sp

    def office_of_holder(self, sp: Speaker) -> Speaker:
        """``Sir Keir Starmer added``, with no post, in a story that gives the office (``the prime minister said``)
        and names no other holder of it: the office's present holder, with it."""
        if sp.kind != "person" or sp.role or sp.org or not sp.name:
            return sp
        text = self.whole_text
        for office, name in _present_office_holders().items():
            if (
                name == sp.name
                and re.search(r"\b[Tt]he\s+" + office + r"\b", text)
                and not any(n != name and n in text for n in _office_holders_as_written()[office])
            ):
                return replace(sp, role=office)
        return sp

    def _office_holder(self, sp: Speaker) -> Speaker | None:
        """``the health secretary`` in a story that names one person who has held that office (``Sajid X said``)
        but never gives their post: that person, as the post's holder (one named as its former holder, or with
        another post, is not); ``None`` where it names none or several."""
        office = re.sub(r"^(?:the|our)\s+", "", sp.written.split(",")[0].strip().lower())
        names = _office_holders().get(_OFFICE_ALIASES.get(office, office)) if not sp.org else None
        if not names:
            return None
        found: dict[str, Speaker] = {}
        for m in self.mentions:
            full = self._known(m.speaker, self.mentions) if m.speaker.kind == "person" else None
            if full is not None and full.name and full.name.lower() in names:
                found.setdefault(full.name.lower(), full)
        now = [p for p in found.values() if not p.role or p.role.lower() == office]  # not "former health secretary X"
        if len(now) != 1:
            return None
        return replace(now[0], written=sp.written, role=now[0].role or sp.role)

    def _named_later(self, head: str, mods: list[str], sp: Speaker, at: tuple[int, int]) -> Speaker | None:
        """A post mentioned before its holder is named (``the health secretary`` in a headline or first paragraph,
        ``Health Secretary Sajid X`` below): the one person named later with a post of that head and those words,
        or ``None`` (none, or two: which one is not said)."""
        found: dict[str, Speaker] = {}
        for m in self.mentions:
            held = self._post_held(m, self.mentions, sp.org) if m.at > at else None
            if held is None:
                continue
            full, has, heads = held
            heads = heads | {a for a, (x, y) in _SHORT_POSTS.items() if {x, y} <= has}
            if (
                head in heads
                and all(w in has for w in mods)
                and _other_office(re.findall(r"[\w&-]+", (sp.role or "").lower())) == _other_office(has)
            ):
                found.setdefault(full.name, full)
        return replace(next(iter(found.values())), written=sp.written) if len(found) == 1 else None

    def _places_after(self, m: _Mention) -> set[str]:
        """The one-word towns (lower case) that the description after mention ``m`` gives as where the person works,
        before the sentence goes on: ``Dr X, GP partner, Abbey Surgery, Ripon, said`` -> ``{"ripon"}``."""
        tail = self.paragraphs[m.at[0]][m.at[1] : m.at[1] + 200]
        tail = re.split(r"[.;:!?‘“]", tail)[0]
        return {w.lower() for w in re.findall(r"(?:,\s+|\b(?:in|from|near)\s+)(" + _TOWN + r")(?=,|$)", tail)}

    def _post_held(
        self, m: _Mention, mentions: Sequence[_Mention], org: str | None
    ) -> tuple[Speaker, set[str], set[str]] | None:
        """The person a mention names, fully known, when they have a post and a full name (and work for ``org``,
        when a role-only mention names one: "the BMA chair" is not the RCGP's chair): ``(person, the words of
        their post and organisation, those words with the last part of each hyphenated one)``, or ``None``."""
        full = self._known(m.speaker, mentions)
        if full.kind == "person" and not full.role and _COUNCILLOR_TITLE.match(m.speaker.written):
            full = replace(full, role="councillor")  # "Cllr Imran X asked ...", then "The councillor said": his title
        if full.kind != "person" or not full.role or not full.name:
            return None
        if " " not in full.name and not re.search(r"[A-Z][\w-]*\s+" + re.escape(full.name) + r"$", m.speaker.written):
            return None  # a surname alone, but for a post styled as a title ("Employment Judge X", "Coroner Y")
        if (
            org
            and (not full.org or org.lower() not in full.org.lower())
            and not (" " not in org and _placed_in(full.role or "", org))
            and not (" " not in org and org.lower() in self._places_after(m))
        ):  # "the Hull partner" is the "partner in Hull" named before, or "Dr X, GP partner, Y Surgery, Hull"
            return None
        has = set(re.findall(r"[\w&-]+", f"{full.role} {full.org or ''}".lower()))
        return full, has, has | {w.split("-")[-1] for w in has}

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
                    return _singular_post(tok)
        return None

    def _named_body_of_kind(self, word: str | frozenset[str], at: tuple[int, int], unnamed: bool = False) -> str | None:
        """The last organisation the tagger found before ``at`` whose name has ``word`` (or one of ``word``) in it
        (``Northshire Health Partnership`` for ``the partnership’s``), whether or not it was a sentence's subject,
        or ``None``. A kind written as if it were a name (``ICB``, ``GP federation``) is passed over (``The ICB’s
        director`` after ``ICB`` and ``Marlshire Integrated Care Board``: the one named), and taken only if
        ``unnamed`` and no other is found."""
        from nlp.pipeline import ORG_LABELS

        words = frozenset({word}) if isinstance(word, str) else word
        kind = None
        for pi in range(at[0], -1, -1):
            for e in reversed(self.ents[pi]):
                # (a body named in a possessive, which the tagger took with its mark: "Northmoor NHS Trust’s papers")
                text = re.sub(r"(?<=[a-z])[’']s$", "", e.text) if e.label_ in ORG_LABELS else e.text
                if (
                    e.label_ in ORG_LABELS
                    and (pi, e.end_char) <= at
                    and not self.in_quote(pi, e.start_char)
                    and (
                        words & (_kind_words(text) | _long_form_words(text))
                        or any(text.lower() in _EPITHET_BODIES.get(w, ()) for w in words)  # "the regulator’s"
                    )
                    and clean_org(text)
                ):
                    if text.lower() not in _KIND_AS_NAME:
                        return clean_org(text)
                    kind = kind or clean_org(text)
        if words & {"board"}:  # "NHS Lothian has apologised ... The board’s medical director": a health board by place
            for pi in range(at[0], max(-1, at[0] - 5), -1):  # (four paragraphs back: "The board said in a statement")
                for e in reversed(self.ents[pi]):
                    first, *rest = e.text.split() or [""]
                    if (
                        first == "NHS"
                        and rest
                        and rest[0].lower() not in _NATIONAL_NHS
                        and (pi, e.end_char) <= at
                        and not self.in_quote(pi, e.start_char)
                    ):
                        return clean_org(e.text)
        if words & {"practice", "surgery"}:  # "Inspectors visited Millgate Surgery", which the tagger left untagged
            named = [
                clean_org(" ".join([*(w for w in run if w.lower() not in STOP_WORDS), end]))
                for run, end in self._names_ending_in(_PRACTICE_NAME_END_RE, at)
                if any(w.lower() not in STOP_WORDS and not _TITLE_RE.match(w + " ") for w in run)
            ]
            if named and named[-1]:
                return named[-1]
        return kind if unnamed else None

    @staticmethod
    def _fellow(sp: Speaker, before: Sequence[_Mention]) -> Speaker:
        """``Her fellow partner, Dr Kwame X``: a partner, where the partner named before is one; ``sp`` as it is
        otherwise."""
        if (
            sp.kind != "person"
            or not sp.role
            or not re.match(r"fellow\s+(?!(?:at|of|in|with|for|from)\s)", sp.role, re.I)
        ):
            return sp  # (not "a fellow at the practice": a post of its own)
        head = sp.role.split()[-1].lower()
        peer = next(
            (
                m.speaker
                for m in reversed(before)
                if m.speaker.kind == "person"
                and m.speaker.name != sp.name
                and (m.speaker.role or "").lower().split()[-1:] == [head]
            ),
            None,
        )
        return replace(sp, role=sp.role.split(None, 1)[1], org=sp.org or (peer.org if peer else None))

    def _bare_post(self, sp: Speaker, before: Sequence[_Mention], at: tuple[int, int]) -> Speaker:
        """A person named after a post with no body (``Senior fellow Dr Jonathan X said``, ``Practice partner Dr Y``,
        ``Clinical director Dr Z``): the body that said something just before, for a body's own post (not ``Tribunal
        chair X``, whose post names its own body), or the practice or PCN named before, for theirs."""
        role = sp.role or ""
        chaired = re.fullmatch(
            r"(committee|panel|board|forum)\s+((?:vice-|deputy\s+|co-)?chair(?:man|woman)?)", role, re.I
        )
        if chaired:  # "X Council's health scrutiny committee has raised concerns. Committee chair Cllr Y said": the
            # committee the paragraph before made its subject
            for m in reversed(before):
                if m.at[0] < at[0] - 1:
                    break
                if m.speaker.kind == "org" and m.speaker.org and m.subject:
                    tail = re.match(
                        r"[’']s\s+((?:[a-z][\w-]*\s+){0,4}" + chaired.group(1).lower() + r")\b",
                        self.paragraphs[m.at[0]][m.at[1] + len(re.sub(r"[’']s$", "", m.speaker.written)) :],
                    )
                    if tail:
                        return replace(sp, role=chaired.group(2).lower(), org=f"{m.speaker.org} {tail.group(1)}")
        if role.split()[-1].lower() in _A_BODY_S_POST | {"fellow"} and not any(
            w in _BODY_NOUNS or w in _KIND_WORDS_OF_POSTS for w in role.lower().split()[:-1]
        ):
            said = [m for m in before if m.speaker.kind == "org" and m.speaker.org and m.said and m.at[0] >= at[0] - 1]
            # or the body the paragraph before made its subject: "Healthwatch X spoke to 85 residents ... Chief
            # executive Sian Y said"
            # (not a body a person's post named there: "The BMA's GP committee chair, Dr X, called them ...")
            posts = {m.speaker.org for m in before if m.at[0] == at[0] - 1 and m.speaker.kind == "person"}
            said = said or [
                m
                for m in before
                if m.speaker.kind == "org"
                and m.speaker.org
                and m.subject
                and m.at[0] == at[0] - 1
                and self._main(m)
                and _without_possessives(m.speaker.org) not in posts
                and (
                    not re.search(r"\b(?:shadow|minister|secretary)\b", role, re.I)  # no body's post but a party's
                    # (but a government's own: "The Welsh Government has commissioned a review. Health Secretary X")
                    or (
                        re.search(r"\bGovernment$", m.speaker.org) is not None
                        and re.search(r"\bshadow\b", role, re.I) is None
                    )
                )
            ]
            body = said[-1].speaker.org if said else None
            if body is None and at[0] > 0 and _SAID_IN_LABEL.search(self.masked[at[0] - 1]):
                # a body the tagger named but the parser did not make a subject: "Health think tank the Nuffield
                # Trust said"; not where a person's post named it ("Dr X, chair of the BMA's GP committee, said")
                body = self._last_body_named((at[0] - 1, len(self.masked[at[0] - 1])))
                body = None if body and _without_possessives(body) in posts else body
            first = self.token_at(*said[-1].at) if said else None
            known = body and (
                body.lower() in _org_names_lower()
                or body.split()[-1].lower() in _BODY_NOUNS
                or re.search(r"\b[A-Z]{2,}\b", body)
                or (first is not None and first.ent_id_)  # a kind of body the entity patterns know: "Healthwatch X"
            )  # a body by its name, not a person the tagger took for one ("Conference chair Dr Shona X said")
            if known and body not in _NEWS_OUTLETS:
                return replace(sp, org=body)
        kind = _POST_OF_A_KIND.get(role.lower())
        if kind == "PCN":
            body = self.named_body(Speaker(sp.written, "role", role=role, org="PCN"), at).org
            body = None if body == "PCN" else body
        else:
            body = (self._practice_whose_staff_acted(at) or self._named_body_of_kind(kind, at)) if kind else None
        return replace(sp, org=body) if body else sp

    def _practice_whose_staff_acted(self, at: tuple[int, int]) -> str | None:
        """``Partners at Greyfriars Surgery have voted against a merger with Castle Street Practice``: the practice
        whose partners or staff the paragraph before ``at`` (or this one) is about, for ``Senior partner Dr X``; or
        ``None``."""
        for pi in range(at[0], max(-1, at[0] - 2), -1):
            text = self.masked[pi][: at[1]] if pi == at[0] else self.masked[pi]
            found = list(_STAFF_AT_A_PRACTICE.finditer(text))
            if found:
                return clean_org(found[-1].group(1))
        return None

    def _author_of(self, head: str, at: tuple[int, int]) -> Speaker | None:
        """The person a document was said to be by, before ``at`` (``The report, by senior coroner for X Adrian Y,
        found``): that person, or ``None``."""
        for k in range(at[0], max(-1, at[0] - 3), -1):
            text = self.masked[k] if k < at[0] else self.masked[k][: at[1]]
            for m in reversed(
                list(re.finditer(r"\b[Tt]he\s+" + re.escape(head) + r",?\s+(?:written\s+)?by\s+([^,;.]+)", text))
            ):
                persons = [  # "senior coroner for Hexley and Lowmoor Adrian X", where the tagger takes the place
                    " ".join(p.split()[-2:]) if len(p.split()) > 2 and re.search(r"\bfor\s", m.group(1)) else p
                    for p in self.persons_in(k, m.start(1), m.end(1))
                ]
                phrase = m.group(1)
                last_two = re.search(r"([A-Z][a-z]+)\s+[A-Z][\w’'-]+$", phrase)
                if not persons and last_two and last_two.group(1).lower() in _GIVEN_NAMES:
                    persons = [last_two.group(0)]  # a name the tagger missed, known by its given name
                for p in persons:  # the name set off from the place before it, as a comma would
                    if re.search(r"\bfor\s", phrase) and phrase.endswith(" " + p):
                        phrase = f"{phrase[: -len(p) - 1]}, {p}"
                sp = describe(phrase, persons)
                if sp.kind == "person" and sp.name:
                    return sp
        return None

    def _body_named_next(self, sp: Speaker, at: tuple[int, int]) -> Speaker | None:
        """A lede's body by its kind alone (``A local medical committee has warned of ‘...’``), named as the subject of
        the next paragraph (``Kent LMC said``): that body, or ``None``."""
        lede = re.fullmatch(r"(?:an?|one)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", sp.written.strip(), re.I)
        if at[0] > 1 or sp.org or sp.kind not in ("other", "org") or lede is None:
            return None
        kind = _KIND_SPELT_OUT.get(lede.group(1).lower(), lede.group(1).split()[-1])
        if kind.lower() not in _BODY_NOUNS and kind not in _KIND_OF_BODY:
            return None
        for m in self.mentions:
            if m.at[0] == at[0] + 1 and m.subject and m.speaker.kind == "org" and m.speaker.org:
                if m.speaker.org.split()[-1].lower().rstrip("s") == kind.lower():
                    return Speaker(sp.written, "org", name=m.speaker.org, org=m.speaker.org)
                return None
        return None

    def _last_body_named(self, at: tuple[int, int]) -> str | None:
        """The last organisation the tagger found in this paragraph before ``at`` or the two before it, or ``None``."""
        from nlp.pipeline import ORG_LABELS

        for pi in range(at[0], max(-1, at[0] - 3), -1):
            for e in reversed(self.ents[pi]):
                if e.start > 0 and e.doc[e.start - 1].lower_ in ("in", "near"):
                    continue  # "The pharmacy in Hadleigh Cross": a place, which the tagger took for a body
                if e.label_ in ORG_LABELS and (pi, e.end_char) <= at and not self.in_quote(pi, e.start_char):
                    org = clean_org(e.text)
                    if org and org.lower() not in _KIND_AS_NAME:
                        return org
        return None

    def _body_of_a_heading_before(self, at: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
        """The body that a sentence without a verb names just before the sentence of ``at`` in its paragraph
        (``Reaction from the Royal College of General Practitioners.``, a live blog's heading), and where that
        sentence starts; or ``None``."""
        pi, pos = at
        here = _sentence_start(self.masked[pi], pos)
        if here < 3:
            return None
        start = _sentence_start(self.masked[pi], here - 2)
        words = [t for t in self.docs[pi] if start <= t.idx < here - 1 and not t.is_punct]
        if not words or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words):
            return None
        body = self._body_in_sentence((pi, here - 2))
        return (body, (pi, start)) if body else None

    def _body_in_sentence(self, at: tuple[int, int]) -> str | None:
        """The last organisation the tagger found in the sentence before ``at``, or ``None``."""
        from nlp.pipeline import ORG_LABELS

        pi, pos = at
        start = _sentence_start(self.masked[pi], pos)
        bodies = [
            e
            for e in self.ents[pi]
            # (a practice the tagger took for a building: "the sign outside Beech Lane Surgery")
            if (e.label_ in ORG_LABELS or (e.label_ == "FAC" and e.text.split()[-1] in _PRACTICE_NAME_ENDS))
            and start <= e.start_char
            and e.end_char <= pos
            and not self.in_quote(pi, e.start_char)
            and not (e.start > 0 and e.doc[e.start - 1].lower_ in ("in", "near"))  # "in Market Harlow": a place
        ]
        if not bodies:
            return None
        nation = _NATION_AFTER.match(self.paragraphs[pi], bodies[-1].end_char)  # "GPC Wales", "RCGP Scotland"
        return clean_org(bodies[-1].text + (nation.group(0) if nation else ""))

    def _body_in_focus(self, word: str, before: Sequence[_Mention], at: tuple[int, int]) -> str | None:
        """The body ``the company`` or ``the charity`` points back to: one the sentence's subject in this paragraph
        or the one before, that may call itself so (:func:`_may_call_itself`), or ``None``."""
        if word not in _A_BUSINESS and word not in _A_VOLUNTARY_BODY:
            return None
        if word in ("company", "firm"):  # "The losing bidder, Crestline Primary Care Ltd, declined ... the company":
            # a company by its name, whether or not the sentence's subject
            for m in reversed(before):
                if m.at[0] < at[0] - 1:
                    break
                if m.speaker.kind == "org" and m.speaker.org and _A_COMPANY_S_NAME.search(m.speaker.org):
                    return m.speaker.org
        found = self._subject_body_called(word, before, since=at[0] - 1)
        if found:
            return found
        named = self._last_body_named(at)  # "Research by the Obesity Action Trust found ... The charity’s chief
        # executive": the body just named, no sentence's subject
        # "brought by Stonebridge Patients Group ... closing Stonebridge Surgery. The group's chair": the group, by the
        # word its name ends in, not the practice named since
        own = self._named_body_of_kind(word, at) if word not in ("practice", "surgery") else None
        if own and len(own.split()) > 1 and own != named and named and not named.lower().endswith(word):
            return own
        if named and len(named.split()) > 1 and word not in ("practice", "surgery") and _may_call_itself(word, named):
            return named
        return None

    @staticmethod
    def _subject_body_called(word: str, before: Sequence[_Mention], since: int) -> str | None:
        """The last body a sentence made its subject, in paragraph ``since`` or after, that may call itself ``word``
        (``the company``, ``the charity``: :func:`_may_call_itself`), or ``None``."""
        for m in reversed(before):
            if m.at[0] < since:
                break
            if m.speaker.kind == "org" and m.speaker.org and m.subject and _may_call_itself(word, m.speaker.org):
                return m.speaker.org
        return None

    def _pair_named_last(self, before: list[_Mention]) -> tuple[_Mention, _Mention] | None:
        """The last two people named, when they are named together (``Professor Helen X and Dr Raj Y``) and nobody has
        been named since; ``None`` otherwise."""
        people = [m for m in before if m.speaker.kind == "person"]
        if len(people) < 2 or people[-2].at[0] != people[-1].at[0]:
            return None
        a, b = people[-2], people[-1]
        if not (a.speaker.name and b.speaker.name) or " and " in a.speaker.name + b.speaker.name:
            return None
        between = self.paragraphs[a.at[0]][a.at[1] : b.at[1]]
        joined = re.fullmatch(re.escape(a.speaker.name) + r"\s+and\s+(?:(?:" + _TITLES + r")\s+)*", between)
        return (a, b) if joined else None

    def _unnamed_subject(self, at: tuple[int, int], after: tuple[int, int]) -> str | None:
        """A person the paragraph of ``at`` makes a subject before ``at`` and after ``after`` by what they are, not by
        name (``One patient, a retired lorry driver,``, ``A young mum``, ``Another, a newly qualified GP in Kent,``):
        what they are (``retired lorry driver``), or ``None``."""
        pi, pos = at
        found = self._unnamed_subject_in(pi, pos, after)
        if (
            found is None
            and pi > 0
            and not any(t.dep_ == "nsubj" and t.idx < pos and not self.in_quote(pi, t.idx) for t in self.docs[pi])
        ):  # "One GP, who asked not to be named, said she had applied for 27 posts." then "‘...,’ she said."
            found = self._unnamed_subject_in(pi - 1, None, after)
        return found or None

    def _unnamed_subject_in(self, pi: int, pos: int | None, after: tuple[int, int]) -> str | None:
        """:meth:`_unnamed_subject` in paragraph ``pi`` (before ``pos``, if given): what they are, ``""`` when the
        subject found there is no such person, ``None`` when there is none to look at."""
        for tok in reversed(self.docs[pi]):
            if (
                (pos is not None and tok.idx >= pos)
                or (pi, tok.left_edge.idx) <= after
                or tok.dep_ != "nsubj"
                or self.in_quote(pi, tok.idx)
            ):
                continue
            if tok.head.dep_ not in ("ROOT", "conj"):  # "One patient, a man ... waiting for a test,": the patient;
                continue  # "told the union that a patient had thrown a chair": whom she told of, not a speaker
            if tok.left_edge.lower_ not in ("a", "an", "one", "another") or tok.ent_type_ == "PERSON":
                continue
            # "One patient, a man in his seventies,": a patient; "Another, a newly qualified GP,": the apposition's
            noun = (
                tok
                if _a_person_noun(tok.lower_)
                else next((c for c in tok.children if c.dep_ == "appos" and c.tag_ == "NN"), tok)
            )
            if any(t.ent_type_ == "PERSON" and t.is_title for t in noun.subtree):
                return ""  # "A patient, Bernard X,": a named person, whom the mentions have
            # (a post in capitals, "A newly qualified GP", the tagger may call a proper noun)
            if not (noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.text.isupper())) or not _a_person_noun(
                noun.lower_
            ):
                return ""
            words = [t for t in noun.subtree if t.i >= noun.left_edge.i and not (t.dep_ == "punct" and t.i > noun.i)]
            if noun is tok:  # "A young mum": up to the noun, nothing of a clause after it
                words = [t for t in words if t.i <= noun.i]
            phrase = self.paragraphs[pi][words[0].idx : words[-1].idx + len(words[-1])]
            # "A second locum": a locum
            return (
                re.sub(
                    r"^(?:an?|one|another)\s+(?:" + _ORDINAL_WORDS + r"\s+)?",
                    "",
                    phrase,
                    flags=re.I,
                )
                or ""
            )
        return None

    def _singular_they(self, sp: Speaker, at: tuple[int, int], before: list[_Mention]) -> Speaker | None:
        """``Dr Sam X acknowledges the tension. ‘I like ...,’ they say``: the one person who was the subject last
        (named, or one described and not named: ``One salaried GP, who asked not to be named, said ... They added:
        ‘...’``), when nobody else and no group has been since, the article has not called them he or she, and the quote
        beside the pronoun speaks as one (``I``, never ``we``)."""
        if sp.pronoun != "they":
            return None
        people = [m for m in before if m.speaker.kind in ("person", "role") and (m.said or m.subject)]
        if not people:
            return None
        last = people[-1]
        if last.speaker.kind == "role" and not _ONE_UNNAMED.match(last.speaker.written):
            return None  # "The partners said", "the minister": a group, or a post someone named holds
        if last.speaker.kind == "person" and (not last.speaker.name or " and " in last.speaker.name):
            return None
        groups = self._groups_before(at)
        if (
            self._pronoun_of(last.speaker) is not None
            or any(
                m.at > last.at and m.speaker.kind not in ("person", last.speaker.kind) and (m.said or m.subject)
                for m in before
            )
            or (groups and groups[-1][0] > last.at)
            or self._plural_subject_between(last.at, at)
            or not self._speaks_as_one(at)
        ):
            return None
        return replace(self._known(last.speaker, before), written=sp.written)

    def _quoted_words(self, at: tuple[int, int]) -> list[str]:
        """The words of the quotes in the sentence at ``at``."""
        pi, pos = at
        masked = self.masked[pi]
        start = _sentence_start(masked, pos)
        end = next((m.end() for m in _SENT_END.finditer(masked, pos)), len(masked))
        return [
            w
            for a, b in self.inside[pi]
            if a < end and b > start
            for w in re.findall(r"[A-Za-z]+", self.paragraphs[pi][a:b])
        ]

    def _speaks_as_one(self, at: tuple[int, int]) -> bool:
        """Does a quote in the sentence at ``at`` say ``I`` (or ``my``, ``me``) and never ``we``, ``our`` or ``us``?"""
        words = self._quoted_words(at)
        return any(w in ("I", "my", "me", "My") for w in words) and not any(
            w.lower() in ("we", "our", "us", "ours") for w in words
        )

    def _speaks_of(self, m: _Mention, pronoun: str) -> bool:
        """Did ``m`` say, in the quote beside them, ``he`` (or ``his``, ``him``) of someone, for ``pronoun`` ``he``
        (``she``, ``her``: ``she``), and never ``I``? Then they are not the next ``he`` (``‘He knew every patient,’
        said Gloria X. ... He told a newspaper: ‘...’``)."""
        if not m.said:
            return False
        words = {w.lower() for w in self._quoted_words(m.at)}
        forms = {"he": {"he", "his", "him"}, "she": {"she", "her", "hers"}}[pronoun]
        return bool(words & forms) and not words & {"i", "my", "me"}

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

    def _finite_at(self, pi: int, pos: int) -> bool:
        """Is the word at ``pos`` in paragraph ``pi`` a verb in the past or present, as the tagger reads it or as a
        verb of saying is (``accused``, which the parser may make an adjective)?"""
        tok = self.token_at(pi, pos)
        return tok is not None and (tok.tag_ in ("VBD", "VBZ", "VBP") or tok.lower_ in _CUE_SET)

    def verb_of(self, m: _Mention):
        """The verb whose active subject ``m`` is (``chaired`` in ``Dr Ben X, senior partner, chaired the
        meeting``; not ``interviewed`` in ``X was interviewed by Y``), or ``None``."""
        tok = self.token_at(*m.at)
        while tok is not None and tok.dep_ not in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
            tok = tok.head
        return tok.head if tok is not None and tok.dep_ == "nsubj" else None

    def _main(self, m: _Mention) -> bool:
        """Is ``m`` in its sentence's main clause, as its subject or within it (not in a clause a verb governs)?"""
        tok = self.token_at(*m.at)
        while tok is not None and tok.dep_ not in ("nsubj", "nsubjpass", "ROOT") and tok.head.i != tok.i:
            tok = tok.head
        return tok is not None and (tok.dep_ == "ROOT" or tok.head.dep_ == "ROOT")

    def _reported_by_another(self, m: _Mention, pool: Sequence[_Mention]) -> bool:
        """Is ``m`` inside what a verb of saying reports, whose subject is another of ``pool`` (``Dr A said Dr B was
        irreplaceable``: B)?"""
        tok = self.token_at(*m.at)
        if tok is None:
            return False
        head = tok
        while head.head.i != head.i:
            below, head = head, head.head
            if head.lower_ in _ASKING and below.dep_ == "dobj":  # "X asked the minister, Y, how many ...": the one
                return False  # asked answers
            if head.lower_ in _CUE_SET and head.i > tok.i - 40:
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
                    return False
                a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                if any(o is not m and o.at[0] == m.at[0] and a <= o.at[1] < b for o in pool):
                    return True
                # "Mr X said the panel accepted that Dr Y had shown insight": the verb above it may be another's
        return False

    def _my_post_before(self, at: tuple[int, int]) -> str | None:
        """The post or relation the writer last called theirs in this paragraph or the one before, before ``at``
        (``my trainer``, ``my old partner``), or ``None``."""
        found = None
        for pi in (at[0] - 1, at[0]):
            if pi < 0:
                continue
            text = self.masked[pi][: at[1]] if pi == at[0] else self.masked[pi]
            for m in _MY_POST.finditer(text):
                if _is_role_head(m.group(1)) or m.group(1) in _KIN:
                    found = m.group(1)
        return found

    def _pronoun_of(self, sp: Speaker) -> str | None:
        """``he`` or ``she`` for a person whose title says so (``Mr``, ``Dame``), whose given name usually does, or
        whom the article has called so (a pronoun resolved to them, which a title or given name overrules: ``Presenter
        Graham X asked Dr Y whether she ...``, where an earlier ``she`` may have been taken for him)."""
        if sp.kind in ("role", "person") and sp.role in _KIN_GENDER:
            return _KIN_GENDER[sp.role]  # "His wife", "her husband, Dr Omar X"
        if sp.kind != "person" or not sp.name or " and " in sp.name:
            return None
        if sp.written.lower() in ("he", "she"):  # a pronoun resolved to them: what it called them
            return sp.written.lower()
        title = re.search(r"\b(Mr|Sir|Lord|Mrs|Ms|Miss|Dame|Lady|Baroness)\b", sp.written)
        if title:
            return "he" if title.group(1) in ("Mr", "Sir", "Lord") else "she"
        given = sp.name.split()[0].lower() if len(sp.name.split()) > 1 else ""
        return "he" if given in _GIVEN_HE else "she" if given in _GIVEN_SHE else self.genders.get(sp.name)

    def named_body(self, sp: Speaker, at: tuple[int, int]) -> Speaker:
        """A role held in a kind of NHS body that the phrase does not name (``ICB chief medical officer``,
        ``the CCG’s chair``) gets the last body of that kind the article named before ``at`` (``Seaforth ICB``)
        as its organisation; the role stays as written."""
        if sp.kind not in ("person", "role") or not sp.role:
            return sp
        of_the = re.fullmatch(
            r"((?:co-|vice[- ]|deputy\s+)?chair|head|secretary|member)\s+of\s+(?:the\s+)?([a-z]+)", sp.role
        )
        if not sp.org and of_the and of_the.group(2) in _BODIES_WITH_POSTS:
            # "Dr X, who co-chairs the network," after "the NHS Confederation’s PCN Network": that network's co-chair;
            # "who chairs the committee" after "the RCGP’s Associates in Training committee": that committee's
            named = None
            for words, end in self._names_ending_in(f"(?i:{of_the.group(2)})", at, joiners="and|of|in|for|&"):
                words = [re.sub(r"[’']s$", "", w) for w in words if w.lower() not in ("the", "a")]
                whole = " ".join([*words, end])
                named = whole if words and clean_org(whole) else named  # (as written: "Associates in Training")
            if named is None:  # "a survey by the BMA's GP trainee committee": the body's committee, in lower case
                for text in [*self.masked[: at[0]], self.masked[at[0]][: at[1]]]:
                    for m in re.finditer(
                        r"\b([A-Z][A-Za-z&]+)[’']s\s+((?:[A-Za-z][\w-]*\s+){0,3})" + of_the.group(2) + r"\b", text
                    ):
                        if m.group(1).isupper() or m.group(1).lower() in _org_names_lower():
                            named = f"{m.group(1)} {m.group(2)}{of_the.group(2)}"
            return replace(sp, role=of_the.group(1), org=named) if named else sp
        if (
            not sp.org
            and sp.role.split()[0] in _DOC_NOUNS
            and len(sp.role.split()) > 1
            and not re.search(r",\s+(?:a|an)\s", sp.written)  # ("..., a researcher at the University of X": hers)
        ):
            # "The report's lead author, Dr X" after "A report by the Seabright Foundation": the body's report's
            doc = next(
                (
                    m.speaker
                    for m in reversed(self.before(at))
                    if m.speaker.kind == "doc" and m.speaker.org and (m.speaker.name or "").endswith(sp.role.split()[0])
                ),
                None,
            )
            return replace(sp, role=sp.role.split(" ", 1)[1], org=doc.org) if doc is not None else sp
        if not sp.org and sp.role.startswith("think tank "):  # "The think tank's head of research" after "the think
            # tank Hartwell": that one
            tanks = [
                m.group(2)
                for text in [*self.masked[: at[0]], self.masked[at[0]][: at[1]]]
                for m in _KIND_NAMES_A_BODY.finditer(text)
                if m.group(1).startswith("think")
            ]
            return replace(sp, role=sp.role[len("think tank ") :], org=tanks[-1]) if tanks else sp
        if sp.org and sp.org.rstrip("s") in _KIND_OF_BODY:
            kind = sp.org.rstrip("s")  # "A spokesperson for the ICB"
        elif sp.org or len(sp.role.split()) < 2:
            return sp
        else:
            kind = sp.role.split()[0].rstrip("s")
        if kind not in _KIND_OF_BODY:
            return sp
        named = None
        long_form = _KIND_ACRONYMS.get(kind.lower())
        spelt = r"|" + r"\s+".join(w.title() for w in long_form.split()) + "s?" if long_form else ""
        # "NHS Cornwall and Isles of Scilly ICB": the words of a body's name, with "and" and "of" between them; "the
        # Marlshire Integrated Care Board" for "the ICB": its long form
        for words, end in self._names_ending_in(f"{kind}s?{spelt}", at):
            while words and (words[0].lower() in STOP_WORDS or _TITLE_RE.match(words[0] + " ")):
                words = words[1:]  # "The", "Dr": not the body's name; "and", "of" inside it are
            words = [w for w in words if not _TITLE_RE.match(w + " ")]
            two = next(  # "Thornleigh Borough Council and NHS Thornleigh ICB": two bodies, the second of this kind
                (
                    k
                    for k in range(len(words) - 2, 0, -1)
                    if words[k].lower() in ("and", "&")
                    and (words[k + 1] == "NHS" or words[k - 1] in ("Council", "Trust", "Board", "ICB", "LMC", "PCN"))
                ),
                None,
            )
            words = words[two + 1 :] if two is not None else words
            if all(w.rstrip("s") in _KIND_OF_BODY or w.lower() in ("and", "of", "&") for w in words):
                continue  # "ICB and LMC clash over funding": two kinds of body, neither named
            org = clean_org(" ".join([*words, kind if end.startswith(kind) else end])) if words else None
            if org and org != kind:
                named = org
        if named is None:  # "The ICB for Lowmoor and Ashby told practices ...": the body as the article named it
            for text in [*self.masked[: at[0]], self.masked[at[0]][: at[1]]]:
                for m in re.finditer(
                    r"\b" + kind + r"\s+for\s+((?:[A-Z][\w’'-]+\s+(?:and\s+)?){0,4}[A-Z][\w’'-]+)", text
                ):
                    named = f"{kind} for {m.group(1)}"
        return replace(sp, org=named) if named else sp

    def _names_ending_in(
        self, word: str, at: tuple[int, int], joiners: str = "and|of|&"
    ) -> list[tuple[list[str], str]]:
        """Each run of one to six capitalised words (``joiners`` may stand between them) that ends in ``word`` (a
        regex) before ``at``, in reading order, as (its words, the word it ends in)."""
        return [
            (m.group(1).split(), m.group(2))
            for text in [*self.masked[: at[0]], self.masked[at[0]][: at[1]]]
            for m in re.finditer(
                # (and a list of places before: "Bristol, North Somerset and South Gloucestershire ICB")
                r"((?:(?!" + _DATE_WORDS + r")[A-Z][\w’'-]*,\s+(?=(?:[A-Z][\w’'-]*\s+){1,2}and\s+[A-Z]))?"
                r"(?:[A-Z][\w’'&-]*\s+(?:(?:" + joiners + r")\s+(?=[A-Z]))?){1,6})(" + word + r")\b",
                text,
            )
        ]

    def _known(self, sp: Speaker, before: Sequence[_Mention]) -> Speaker:
        """A named person with the role and organisation the article gave them in any
        earlier mention (``Dr X, chair of Y LMC, told Pulse ...`` then ``He said ...``)."""
        if sp.kind != "person" or not sp.name or (sp.role and sp.org):
            return sp
        for m in reversed(before):
            o = m.speaker
            one_of_pair = bool(o.name) and sp.name in o.name.split(" and ")  # "Dr A and Dr B, who run X, said"
            if o.kind == "person" and (o.name == sp.name or one_of_pair) and (o.role or o.org):
                if sp.role and re.match(r"(?:former|ex-|retired)\b", sp.role) and o.role and o.org and not sp.org:
                    # "Its founder, Amir X, said ..." then "Mr X, a former GP, added": what he was, not his post
                    return replace(sp, role=o.role, org=o.org)
                if sp.role and o.role and sp.role != o.role and o.role.endswith(f" {sp.role}") and not sp.org:
                    sp = replace(sp, role=o.role)  # "Dr X, GP partner, Y Surgery," then "Dr X, a partner for 12
                    # years,": the same post, said in short
                if sp.role and o.role and sp.role != o.role:
                    continue  # another post: keep what this mention says
                # "The partners, Dr A and Dr B, said ..." then "Dr B added": a partner, one of the two
                sp = replace(sp, role=sp.role or (_one_of_post(o.role) if one_of_pair else o.role), org=sp.org or o.org)
                if sp.role and sp.org:
                    break
        if not sp.role and not sp.org:
            sp = self._post_named_first(sp, before)
        return sp

    def _post_named_first(self, sp: Speaker, before: Sequence[_Mention]) -> Speaker:
        """A lede that gives a post before it names its holder (``The chair of Glenmore ICB has apologised ...``, then
        ``Professor Dame Juliet X said``): that post, for the first person the story names, if she is given none."""
        first = next(
            (i for i, m in enumerate(before) if m.speaker.kind == "person" and m.speaker.name == sp.name), len(before)
        )
        earlier = before[:first]
        if any(m.speaker.kind == "person" for m in earlier):
            return sp
        posts = [
            m.speaker
            for m in earlier
            if m.speaker.kind == "role"
            and m.subject
            and m.at[0] <= 2
            and m.speaker.role
            and m.speaker.org
            and re.match(r"[Tt]he\s", m.speaker.written)
            and _is_role_head(m.speaker.role.split()[-1].lower())  # a post, not "The family of a Hartsford woman"
            and m.speaker.role.split()[-1] not in _SPOKES
            and not _plural_role(m.speaker.role.split()[-1])
            and all(w[:1].isupper() or w in ("of", "and", "for", "the", "in", "&") for w in m.speaker.org.split())
        ]
        if not posts and not any(m.speaker.kind == "role" for m in earlier):
            # "A GP partner who has run a practice in X for three decades has handed back his contract", then "Dr Y,
            # 63, said": the lede's unnamed post holder, whom the story names next
            if self._lede_s_post:
                return replace(sp, role=self._lede_s_post)
        if len(posts) != 1:
            return sp
        return replace(sp, role=posts[0].role, org=posts[0].org)
