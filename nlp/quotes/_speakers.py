"""One speaker phrase, read on its own: :func:`describe` splits it into name, role and
organisation (:class:`Speaker`), :func:`clean_org` checks an organisation before it is stored,
and the helpers here read posts, bodies and parties (``Dr A and Dr B``) within a phrase.  Nothing
here knows the article around the phrase."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from nlp.quotes import _re as re
from nlp.quotes._lexicon import (
    _A_BODY_NAMED_WITH_OF,
    _A_BODY_OF_ITS_MEMBERS,
    _A_BODY_OF_ITS_NAME,
    _A_BUSINESS,
    _ACTS_FOR,
    _AGE_THEN_HOME,
    _AN_ADJECTIVE,
    _ANONYMISED,
    _ANONYMOUS_ASIDE,
    _ARMED_FORCES,
    _ARTICLES,
    _AUTHORED,
    _BARE_SHARE,
    _BODY_ADJECTIVES,
    _BODY_NAME_ENDS,
    _BODY_NOUNS,
    _BRACKETED_GIVEN,
    _BY_BODY,
    _CAMEL,
    _CAPITAL_PARTICLES,
    _CAPITAL_WORD,
    _CAPTION_ASIDE,
    _CAPTION_POINTER,
    _CITATION,
    _CITED_IN,
    _CLINICIANS,
    _CORONER_THEN_NAME,
    _CORONERS,
    _COUNCIL_TIERS,
    _COUNT,
    _DEPARTMENTS,
    _DETERMINERS,
    _DOC_MODIFIERS,
    _DOC_NOUNS,
    _EPITHET,
    _EPITHET_MARK,
    _FAMILY_EPITHET,
    _FEELING_BEFORE_A_NAME,
    _FIELDS_OF_PRACTICE,
    _FIRM_NAME_ENDS,
    _FOOTNOTE,
    _FOR_WHOM,
    _GAVE_HER_NAME,
    _GENERIC_ORG,
    _GIVEN_NAMES,
    _HANDLE,
    _HONOURABLE,
    _HOW_FAR,
    _HOW_LONG,
    _IN_A_PLACE,
    _IN_A_SETTLEMENT_OF,
    _ING_ADJECTIVES,
    _JUDGE,
    _JUDGE_THEN_NAME,
    _KIN,
    _KIN_NOT_A_POST,
    _KIN_OR_NEXT,
    _KIND_FIRST,
    _KIND_OF_BODY,
    _KIND_SPELT_OUT,
    _KIND_SPELT_OUT_RE,
    _KIND_THEN_NAME,
    _KIND_WORDS,
    _KINDS_OF_FIRM,
    _KINDS_OF_WORK,
    _LAY_PEOPLE,
    _LEAD_WORDS,
    _MEMBER,
    _MEMBERS_BODIES,
    _MONTHS,
    _NAME_PARTICLES,
    _NATION_AFTER,
    _NEWS_OUTLETS,
    _NICKNAME,
    _NO_PARTY,
    _NOT_A_PLACE,
    _NOT_A_POST,
    _NOUN_DETERMINERS,
    _OFFICE_MODIFIERS,
    _OFFICE_THEN_NAME,
    _OFFICE_WORDS,
    _ON_A_PLATFORM,
    _ON_BEHALF_OF,
    _ONE_S_AGENT,
    _OPENING_PLACE,
    _PARENT_OF,
    _PARLIAMENT_COMMITTEE,
    _PARTICIPANT_CODE,
    _PARTIES_TO_A_CASE,
    _PARTY,
    _PARTY_TAG,
    _PARTY_THEN_NAME,
    _PATRONS,
    _PEER,
    _PEER_STYLE,
    _PEOPLE_NOUNS,
    _PERSON_ADJECTIVES,
    _PLACE_OFFICES,
    _PLACE_PAIR_BODY,
    _PLACE_SHAPE,
    _PLACES_LISTED_BODY,
    _POST_ACRONYMS,
    _POST_AFTER_A_POSSESSIVE,
    _POST_IN_CAPITALS,
    _POST_IN_CAPITALS_AT,
    _POST_OF_BODY_THEN_NAME,
    _POST_OF_ONE_OF,
    _POST_SCOPES,
    _POSTED_ON,
    _POSTNOMINALS,
    _PRACTICE_NAME_ENDS,
    _PRONOUNS,
    _QUESTION_NUMBER,
    _REGION,
    _RELATIONAL,
    _ROLE_CAPS,
    _ROLE_HEADS,
    _ROLE_MODIFIERS,
    _SAINTS_NAME,
    _SAME_KIND_OF_BODY,
    _SEAT,
    _SEAT_FOR,
    _SEAT_THEN_NAME,
    _SENT_END,
    _SERVED_AS,
    _SHARE_OF,
    _SINCE_OR_BY_WHICH_SCHEME,
    _SPEAKER_OF_A_HOUSE,
    _SPOKES,
    _STAFF_OF_A_FIRM,
    _STATE_POST,
    _STATUTORY_WORDS,
    _TEAM_AT,
    _THOSE_WE_ASKED,
    _TITLE_BEFORE,
    _TITLE_CASE_POST,
    _TITLE_RE,
    _TITLE_THE_PEER,
    _TITLED_NAME,
    _TITLES,
    _TOWN,
    _TOWN_WITH_PREFIX,
    _TRAINING_GRADE,
    _TWO_PLACE_BODY,
    _VOICES,
    _WELLBEING_BOARD,
    _WHEN,
    _WHICH_ASIDE,
    _WHOSE_POST,
    _WHOSE_THEN_NAME,
    _WITH_WHOM,
    _entity_phrases,
    _entity_rows,
    _known_companies,
    _lexicons,
)


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
        if self.kind == "person":  # a surname with its particle is short too: "Mr ap Gwynfor"; and a peer's style,
            # which names them by title and surname ("Lady Ogilvie-Strachan" after "Lady Harriet Ogilvie-Strachan")
            name = _PEER_STYLE.sub("", self.name or "", count=1)
            first = name.split()[0] if name else ""
            if len(name.split()) >= 3 and first.lower() in _CAPITAL_PARTICLES:  # "Van der Berg said", opening it
                name = first.lower() + name[len(first) :]
            return bool(name) and len(re.sub(r"^(?:" + _NAME_PARTICLES + r"\s+)+", "", name).split()) == 1
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
    # (not after "non-": a "non-executive director" is no executive director)
    return re.compile(r"(?<![\w’'])(?<!non-)(?:" + "|".join(alternatives) + r")(?![\w’'])")


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
    return _without_possessive_end(org.strip())


def _without_possessive_end(org: str) -> str:
    """``Kent LMC’s`` -> ``Kent LMC``; a saint's name that ends a body's keeps its ``’s`` (``St Mary’s``)."""
    return org if _SAINTS_NAME.search(org) else re.sub(r"[’']s$", "", org)


# a nation is no organisation: "England’s chief medical officer" is the chief medical officer for England
_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "UK"})
# a nation's own body: "Northern Ireland’s Department of Health"
_NATION_OWNS = re.compile(r"^(" + "|".join(sorted(_NATIONS, key=len, reverse=True)) + r")[’']s\s+(?=[A-Z])")
# a nation's adjective before a post: "Welsh health secretary X" holds it for Wales
_NATION_OF = {"Welsh": "Wales", "Scottish": "Scotland", "English": "England", "Northern Irish": "Northern Ireland"}
# the words of a minister's or secretary's portfolio: "Health and Care secretary" is no body's secretary
_PORTFOLIO_WORDS = frozenset("health care social and public primary mental the".split())
# a rank's first word, capitalised before the post it qualifies: "Detective Inspector Laura Bell"
_RANK_WORDS = frozenset({"Detective", "Police", "Assistant", "Deputy", "Acting", "Interim"})


def _capitalised_as_it_opens(post: str) -> bool:
    """Is ``post`` a post in lower case but for its first word, capitalised as a sentence opens (``Digital lead``),
    not a post in capitals (``Assistant Coroner``, ``Head of Policy``) nor a party's (``Conservative candidate``)?"""
    first, *rest = post.split()
    return (
        first.istitle()
        and not re.fullmatch(_PARTY, first)
        and all(w.islower() for w in rest)
        and not _TITLE_CASE_POST.fullmatch(post)
    )


def _split_role_org(text: str) -> tuple[str | None, str | None]:
    """``RCGP chair`` -> (chair, RCGP); ``Health Foundation chief executive`` ->
    (chief executive, Health Foundation); ``chair of Northshire LMC`` -> (chair, Northshire LMC); a nation or a
    rank word is no organisation (``England’s chief medical officer``, ``Detective Inspector``)."""
    text = _KIND_SPELT_OUT_RE.sub(lambda m: _KIND_SPELT_OUT[m.group(1)], text)  # "the local medical committee"
    member = re.fullmatch(r"(?:the\s+)?(" + _PARTY + r")\s+(MP|MSP|MS|MLA|AM)", text.strip(" ,"))
    if member:  # "the Green Party MP": a party's member, as "the Labour MP" is read (no body called "Green Party MP")
        return f"{member.group(1)} {member.group(2)}", None
    region = re.fullmatch(r"(.+?[’']s\s.+?)\s+(for\s+" + _REGION + r")", text.strip(" ,"))
    if region:  # "NHS England's regional medical director for the North West": the body's post, for a region
        role, org = _split_role_org(region.group(1))
        if role and org:
            return f"{role} {region.group(2)}", org
    for_a_body = re.fullmatch(r"for\s+(?:the\s+)?([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)", text.strip(" ,"))
    if for_a_body and _looks_like_a_body(for_a_body.group(1)) and clean_org(for_a_body.group(1)):
        return None, clean_org(for_a_body.group(1))  # "Dr X, for Ellerby LMC,": whom she speaks for, no post
    if _TITLE_CASE_POST.fullmatch(text.strip(" ,")):  # "Head of Operations", "Chief Operating Officer": a post in
        return text.strip(" ,"), None  # capitals, whose function is no body
    at_a_body = _POST_IN_CAPITALS_AT.fullmatch(text.strip(" ,"))
    if at_a_body and clean_org(at_a_body.group(2)):  # "VP of Partnerships at Notely Health", "CTO, Wren Digital": the
        return at_a_body.group(1), clean_org(at_a_body.group(2))  # post in capitals, at the body named after it
    if re.fullmatch(
        r"[^,]+?\s(?:at|in|with|for)\s+one\s+of\s+(?:the\s+)?[^,]+?[’']s\s+(?:[a-z][\w-]*\s+)*[a-z]+s", text
    ):
        # "receptionist at one of the PCN's practices": one of its many, which no name names
        return _drop_leading(text.strip(" ,"), _ARTICLES), None
    part_s = re.fullmatch(
        r"(?:(former)\s+)?(?:the\s+)?((?:[A-Z][\w&-]*\s+)+(?:committee|council|board|executive))[’']s\s+"
        r"((?:(?:England|Scotland|Wales|Northern\s+Ireland|UK)\s+)?(?:(?:IT|HR|GP|PCN|ICB)\s+)?[a-z][\w -]*)",
        text.strip(" ,"),
    )  # ("the BMA GP committee's IT policy lead": the field in capitals)
    if part_s and _is_role_phrase(part_s.group(3).split()[-1]):
        # "the BMA GP committee's England chair": the committee's post, for the nation it covers
        return " ".join(w for w in (part_s.group(1), part_s.group(3)) if w), part_s.group(2).strip()
    wellbeing = _WELLBEING_BOARD.search(text)
    post = wellbeing and re.fullmatch(
        r"(?:(?:a|an|the)\s+)?(.+?)\s+(?:of|on|at|for)\s+(?:the\s+)?", text[: wellbeing.start()]
    )
    if post and _is_role_phrase(post.group(1)):  # "chair of Hallamshire health and wellbeing board": one body, whose
        # name has "and" in lower case
        return post.group(1), wellbeing.group(1)
    if _post_to_whom(text):  # "special adviser to the health secretary": the adviser's post
        to_body = re.fullmatch(r"(?:(?:a|an|the)\s+)?(.+?)\s+to\s+(?:the\s+)?([A-Z].*)", text.strip(" ,"))
        if (
            to_body
            and _find_phrase(to_body.group(2), _lexicons()[0])
            and clean_org(to_body.group(2))
            and to_body.group(2).split()[-1].lower() not in _DOC_NOUNS  # "a respondent to the LMC survey": no body's
        ):
            return to_body.group(1), clean_org(to_body.group(2))  # "an adviser to NHS England": a post at the body
        return _post_as_written(text), None
    text = re.sub(  # "a research fellow in the Westmoor Centre for Primary Care": at it
        r"\s+in\s+the\s+(?=(?:[A-Z][\w’'-]*\s+){0,3}(?:Centre|Center|Department|Institute|School|Unit|Faculty|Division)\b)",
        " at the ",
        text,
    )
    if "based " in text:  # "based at the Nuffield Trust", "a GP based at the Elms Surgery": where, no post of its own
        text = re.sub(r"(?:^|\s+)based\s+(?=(?:at|in|with)\s)", " ", text).strip()
    if " by " in text:  # "a clinical lead employed by Northvale Hospitals NHS Foundation Trust": a post at the trust
        text = re.sub(
            r"\s+(?:(?:directly|now)\s+)?(?:employed|contracted|hired|engaged)\s+by\s+(?=(?:the\s+)?[A-Z])",
            " at ",
            text,
        )
        text = re.sub(  # "a GP at a practice run by Operose Health": a post at the body that runs it
            r"\s+(?:at|in|for)\s+(?:a|an|one\s+of\s+(?:the|its)|two|three|several)\s+(?:[a-z][\w-]*\s+){0,2}?"
            r"(?:practice|surgery|hub|clinic|centre)s?\s+(?:run|owned|operated|managed|taken\s+over)\s+by\s+"
            r"(?=(?:the\s+)?[A-Z])",
            " at ",
            text,
        )
    brand = re.fullmatch(r"(?:the\s+)?(" + _CAMEL.pattern + r")\s+([a-z].*)", text.strip())
    if brand and _is_role_phrase(brand.group(2)):  # "eConsult chief executive": a company named in camel case
        return _split_role_org(brand.group(2))[0], brand.group(1)
    role, org = _split_post(text)
    nation = re.search(r"(?:^|\s)(Welsh|Scottish|English|Northern\s+Irish)\s+(\S.*)", role or "")
    if org and nation and org.split()[-1] in ("committee", "council", "board") and f"{nation.group(1)} {org}" in text:
        # "Welsh GP committee chair": the chair of the Welsh GP committee ("the union Welsh GP committee chair": the
        # union's)
        role, org = f"{role[: nation.start()]} {nation.group(2)}".strip(), f"{nation.group(1)} {org}"
    if org and role and " at " in role and re.fullmatch(r"[A-Z]{2,6}", org):
        # "an NIHR clinical lecturer at the University of Dunmore": a fellowship's letters are part of the post, the
        # body is where it is held
        inner_role, inner_org = _split_role_org(role)
        if inner_org and inner_org[:1].isupper() and _looks_like_a_body(inner_org):
            return f"{org} {inner_role}", inner_org
    if org and role and org.endswith("-"):  # "Parliamentary Under-Secretary of State for Health": one post
        return f"{org}{role}", None
    org = _NATION_OF.get(org, org)  # "Welsh health secretary X": the health secretary for Wales
    if org in _NATIONS and role and re.search(r"\s(?:of|at)\s+(?:the\s+)?[A-Z]", role):
        inner_role, inner_org = _split_role_org(role)  # "UK managing director of Livi": the body's, for the UK
        if inner_org:
            return f"{org} {inner_role}", inner_org
    if org in _NATIONS:  # "Wales’s Cabinet Secretary for Health": Cabinet Secretary for Health, Wales
        return (f"{role}{', ' if ' for ' in role else ' for '}{org}" if role else None), None
    if org and role and _TRAINING_GRADE.fullmatch(org):  # "an FY2 doctor": the doctor's grade
        return f"{org} {role}", None
    if org in _RANK_WORDS and role:
        return f"{org.lower()} {role}", None
    party_seat = org and role and re.fullmatch(r"(" + _PARTY + r")\s+(Senedd|Holyrood|Stormont)", org)
    if party_seat:  # "Plaid Cymru Senedd member Llinos X": a member of the parliament, for the party
        return f"{party_seat.group(2)} {role}", party_seat.group(1)
    if org and role and re.fullmatch(r"(?:Local\s+)?(?:Senedd|Holyrood|Stormont)", org):
        # "Local Senedd member Llinos X": a member of a parliament, which is a seat, not an employer
        return f"{re.sub(r'^Local', 'local', org)} {role}", None
    if org and role in _MEMBERS_BODIES:  # "RCGP council": a body, as "BMA GP committee" is, not a post
        return None, f"{org} {role}"
    if org and role and (role.lower() in _PLACE_OFFICES or org == "Lord"):
        # "the Bishop of Lindale", "the Mayor of Greater Manchester": the office of a place, no body; "the Lord
        # Chancellor": an office whose first word is no body
        office = _drop_leading(text.strip(" ,"), _ARTICLES)
        return (office[:1].lower() + office[1:] if role.lower() in _CORONERS else office), None
    if org and role and _A_MODIFIER.fullmatch(org):  # "Newly qualified GP", "Recently retired GP": how, not where;
        # "an ARRS-funded clinical pharmacist": an acronym keeps its capitals
        return f"{_modifier_cased(org)} {role}", None
    if (
        org
        and role
        and _AN_ADJECTIVE.fullmatch(org)
        and org.lower() not in STOP_WORDS  # not "Several partners"
        and not re.fullmatch(_PARTY, org)  # "a Conservative committee member": the party's
        and org.lower() not in _org_names_lower()
    ):
        # "Medicolegal adviser Dr X": what kind of adviser, no body; "Public Health Minister": a post in capitals
        return f"{org if role.istitle() else org.lower()} {role}", None
    if (
        org and role in ("secretary", "minister", "secretary of state") and set(org.lower().split()) <= _PORTFOLIO_WORDS
    ):  # "Health and Care secretary Jeremy Hunt": a portfolio, not a body
        return f"{org} {role}", None
    if (
        org
        and role
        and (re.fullmatch(_TOWN, org) or re.fullmatch(_TOWN_WITH_PREFIX, org))
        # "Coatbridge resident Agnes X", "Hull pensioner Y": where they live, as for a lay person's noun
        and (
            re.match(r"(?:GP|practice|locum|salaried|sessional)\b", role)
            or role.split()[-1] in _PEOPLE_NOUNS
            or role.split()[-1] in _CLINICIANS  # "Hexley pharmacist Sana X": a clinician by where she works, as a GP
            or (role.endswith("s") and role.split()[-1][:-1] in _PEOPLE_NOUNS)  # "Residents of Hembury"
            or re.fullmatch(r"(?:community|parish|town|ward|county|local)\s+councillor", role)  # "Moray community
            # councillor X": the place she serves, as no party's name is
        )
        and not re.fullmatch(_PARTY, org)
        and clean_org(org)  # not "General practice nurse", "Anonymous GP partner"
        and org.lower() not in _org_names_lower()
        and org.lower() not in _BODY_NOUNS | _ARMED_FORCES
        and not re.search(r"\sat\s+" + re.escape(org) + r"$", text.strip(" ,"))  # "practice manager at Riverbend": a
        # practice by one word, since no one is a practice manager "at" a town
    ):  # "Ripon GP partner", "Hull practice manager": where they work, as "Penrith GP" is read, not a body
        return f"{org} {role}", None
    if org and role and org.split()[-1].lower() in _DOC_NOUNS and (org.split()[-1].islower() or " " not in org):
        # "co-author of the original Norwegian study": a document is no body; "lead author of the Nuffield Trust
        # report": the body whose it is
        body = re.match(r"(?:[A-Z][\w’'&-]*\s+(?:(?:of|and|for|&)\s+)?)*[A-Z][\w’'&-]*(?=\s+[a-z])", org)
        if body and _looks_like_a_body(body.group(0)):
            return role, clean_org(body.group(0))
        return (f"{org.lower()} {role}" if " " not in org else role), None  # "Report author X": the report's
    field = re.fullmatch(r"(.+?)\s+(IT|HR|ICT|GP)", org) if org and role and not role[:1].isupper() else None
    if field and clean_org(field.group(1)):  # "GPC England IT lead", "the BMA's GP pensions lead": the field is the
        # post's, the body before it
        return f"{field.group(2)} {role}", clean_org(field.group(1))
    return role, org


# what a product's name ends with, which no body's does: "NHS App", "the eConsult platform"
_PRODUCTS = frozenset({"app", "apps", "website", "portal", "platform"})


def _spokes_brief(before: str, org: str | None) -> re.Match | None:
    """The brief at the end of ``before``, the words before a spokesperson's word (``Lib Dem health spokesperson``,
    ``Reform UK’s shadow health spokesman``): one to three lower-case words, none a function word, a kind of body (``A
    company spokesperson`` speaks for the company named before) or a word of ``org``; group 1 is the brief."""
    brief = re.search(r"(?:^|\s)((?:[a-z][\w-]*\s+){1,3})$", before)
    if brief and not any(
        w in STOP_WORDS or w in _BODY_NOUNS or w in _BODY_ADJECTIVES or w in (org or "").lower().split()
        for w in brief.group(1).split()
    ):
        return brief
    return None


def _split_post(text: str) -> tuple[str | None, str | None]:
    """:func:`_split_role_org` as the words give it."""
    orgs, roles = _lexicons()
    text = re.sub(
        r"^(?:(?:then|the|a|an|its|his|her|their|my|our|another|one(?!\s+of\b))\b\s*)+",  # "then a partner"
        "",
        text.strip(" ,"),
        flags=re.I,
    ).strip()
    text = re.sub(r"^" + _HONOURABLE + r"(?=[A-Z])", "", text)  # Hansard's "right hon. Friend the ...": the post
    if re.fullmatch(_STATE_POST, text, re.I):  # "Secretary of State for Health and Social Care": a post, no body
        return text, None
    isle = re.search(
        r"\s+(?:on|in|from|near)\s+(?:the\s+)?(?:Isles?|[Ii]slands?)\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$", text
    )
    if isle:  # "a GP on the Isle of Wight", "on the island of Eilean Fhada": where, whose "of" joins no body to a post
        role, org = _split_post(text[: isle.start()])
        return (role + isle.group(0) if role and not org else role), org
    text = re.sub(  # "a partner in the same ICB area": where, beside someone named before, is not the post
        r"(?<=\S)\s+(?:in|at|from)\s+the\s+same\s+(?:[\w-]+\s+){0,3}[\w-]+$", "", text
    )
    whose_group = re.match(r"([A-Z]{2,})s[’']\s+(?=[a-z])", text)
    if whose_group and whose_group.group(1) in _ROLE_CAPS:  # "GPs’ leaders": GP leaders
        text = f"{whose_group.group(1)} {text[whose_group.end() :]}"
    text = re.sub(  # "The three partners", "More than 200 GPs", "Nearly 1,000 practice managers": however many
        r"^(?i:(?:(?:more|fewer|less)\s+than|over|nearly|almost|around|about|some|at\s+least|up\s+to)\s+)?(?i:\d[\d,]*|"
        + _COUNT
        + r")\s+(?=(?:[A-Z]{2,}\s+)?(?:[a-z][\w-]*\s+)?[a-z]+s\b|GPs\b)",
        "",
        text,
    )
    first = re.match(_CAPITAL_WORD, text)  # "Co-Chair", a word of its own
    named_first = _find_phrase(text, orgs)
    # "Director of Primary Care at the NHS Confederation": a post in capitals with its field, kept as written
    field = re.match(
        r"(?:" + _CAPITAL_WORD + r"\s+){0,3}?" + _CAPITAL_WORD + r"\s+(?:of|for)\s+"
        r"((?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}[A-Z][a-z]+)\s+at\s",
        text,
    )
    titled_post = bool(field) and not _find_phrase(field.group(1), orgs)
    if (
        first
        and not titled_post
        and not (named_first and named_first.start() == 0)
        and (
            (_is_role_head(first.group(0).lower()) and not re.match(r"[A-Z][a-z-]+\s+[A-Z][a-z]", text))
            or (_role_word(first.group(0)) and re.match(r"[A-Z][a-z-]+(?:\s+[a-z][\w-]*){1,3}\s+(?:of|at|for)\s", text))
            or (  # "Clinical lead" opening a sentence: a post, not the body "Clinical"; "Young mother": what she is
                (_role_word(first.group(0)) or first.group(0).lower() in _PERSON_ADJECTIVES)
                and re.fullmatch(r"[A-Z][a-z-]+(?:\s+[a-z][\w-]*){1,3}", text)
                and _is_role_head(text.split()[-1].lower())
            )
        )
    ):  # "Chair of the Royal College of GPs", "Practice manager at the Hill Surgery", not "Chief Medical Officer" nor
        # "Doctors’ Association UK chair"
        text = first.group(0).lower() + text[first.end() :]
    run = re.match(r"((?:[A-Z][a-z-]+\s+){0,3}" + _CAPITAL_WORD + r")(?=\s+(?:of|at)\s)", text)
    if run and not titled_post and all(_role_word(w) for w in run.group(1).split()):
        text = run.group(1).lower() + text[run.end() :]  # "Vice Chair of the RCGP", as press releases write posts
    if not text:
        return None, None
    brief_at = re.fullmatch(
        r"((?:[A-Z][a-z-]+\s+){0,3}[A-Z][a-z-]+\s+for\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)\s+(?:at|of)\s+"
        r"(?:the\s+)?([A-Z].*)",
        text,
    )
    if (
        brief_at
        and _is_role_head(brief_at.group(1).split(" for ")[0].split()[-1].lower())
        and clean_org(brief_at.group(2))
    ):
        # "Cabinet Member for Health and Wellbeing at Marshton Borough Council": a post in capitals, then its body
        return brief_at.group(1), clean_org(brief_at.group(2))
    office = _find_phrase(text, orgs)
    if (
        office
        and office.group(0) == text
        and _is_role_head(text.split()[-1].lower())
        and not _plural_role(text.split()[-1])  # "Royal College of GPs": a body of them, not an office
    ):
        return text.split()[-1].lower(), text  # "Parliamentary and Health Service Ombudsman": an office that is a body
    # ("one of the practice’s GPs": a GP, whose possessive names where)
    one_of = re.match(r"one\s+of\s+(?:the|its|their|[a-z]+|\d+)\s+(?:[a-z]+[’']s\s+)?(.+?)s\b(.*)$", text)
    one = one_of and _singular(one_of.group(1) + "s")  # ("one of the signatories": a signatory)
    if one and _is_role_head(one.split()[-1].lower()):  # "one of the salaried GPs": a salaried GP
        text = one + one_of.group(2)
    one_of_a_body_s = re.fullmatch(
        r"one\s+of\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})[’']s\s+(?:(?:two|three|four|five|six|\d+)\s+)?"
        r"((?:[a-z][\w-]*\s+|GP\s+){0,2}[a-z][\w-]*s)",
        text,
    )
    if one_of_a_body_s and _is_role_head(_singular(one_of_a_body_s.group(2).split()[-1]).split("-")[-1]):
        # "one of the BMA's negotiators", "one of the PCN's two clinical directors": one of them, at that body
        role, org = _one_of_the_post(one_of_a_body_s.group(2)), one_of_a_body_s.group(1)
        return (f"{org} {role}", None) if org in _KIND_OF_BODY else (role, clean_org(org))
    kind_owns = re.match(r"([a-z]+)[’']s\s+(.+)$", text)
    if kind_owns and kind_owns.group(1) in _BODY_NOUNS:  # "the union’s GP committee chair": the union's committee
        role, org = _split_role_org(kind_owns.group(2))
        if org or (role and role.split()[0] in _KIND_OF_BODY):  # "the practice’s PPG chair": its PPG's chair
            return role, org
    whose = re.match(r"((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))[’']s\s+([a-z].*)$", text)
    if (
        whose and whose.group(2) in _PEOPLE_NOUNS | _KIN and _is_role_phrase(whose.group(3))
    ):  # "the patient’s daughter", "the young man’s mother": kin, or a post, held towards the person the possessive
        # names (a body's kind stays in the post, as where the body is not named: "practice manager")
        role, org = _split_role_org(whose.group(3))
        if role:
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
    if two and any(a <= two.end("a") < b for a, b in (m.span() for m in _TWO_PLACE_BODY.finditer(text))):
        # "Millbridge and District LMC secretary", "at Tarnside and Wyre ICB and a former GP partner": the "and" of a
        # body named after two places joins no posts; the next one may
        two = re.match(
            r"(?P<a>.*?"
            + re.escape(next(m.group(0) for m in _TWO_PLACE_BODY.finditer(text) if m.end() > two.end("a")))
            + r".*?)\s+and\s+(?:a\s+|an\s+|the\s+)?(?P<b>.+)$",
            text,
        )
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
        if role_a and role_b and re.search(r"[’']s\s", two.group("b")):  # "a GP and the ICB’s clinical lead": both
            return f"{role_a} and {role_b}", None  # posts, each read as alone ("ICB clinical lead")
        if role_a and (
            re.search(r"\s(?:at|of|for)\s+the\s+[a-z]+$", two.group("a"))
            or re.match(r"(?:the\s+)?[a-z]+[’']s\s", two.group("a"))
        ):  # "a senior fellow at the institute and a former GP", "the network's chair and a locum GP": the first, in
            # the body named before, as without the second
            return role_a, None
        return text, None
    group = re.fullmatch(r"(?P<role>[a-z][\w-]*s)\s+from\s+(?:the\s+)?(?P<org>[A-Z].*)", text)
    if group and _is_role_head(group.group("role")) and not _from_a_place(group.group("role"), text):
        return group.group("role"), _org_alone(group.group("org"))  # "Campaigners from Keep Our NHS Public"
    staff = re.fullmatch(r"(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+from\s+(?P<org>(?:the\s+)?[A-Z].*)", text)
    if staff and _is_role_head(staff.group("role").split()[-1]) and not _from_a_place(staff.group("role"), text):
        return _split_post(f"{staff.group('role')} at {staff.group('org')}")  # "a researcher from the University of X"
    only_org = re.match(
        r"(?:of|at|from|with|on\s+behalf\s+of)\s+(?:the\s+)?(?:(?P<kind>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+)?"
        r"(?P<org>[A-Z].*)$",
        text,
    )
    if only_org and only_org.group("kind") and only_org.group("kind").split()[-1] not in _BODY_NOUNS:
        only_org = None
    if only_org:  # "Professor X, of the Nuffield Trust"; "Dr X, of campaign group Rebuild General Practice"; "Dr X,
        # on behalf of the RCGP": whose voice, no post
        return None, None if _a_place(only_org.group(0)) else _org_alone(only_org.group("org"))
    on_a_body = re.fullmatch(
        r"(?:(?:a|an|the)\s+)?(?P<role>[a-z][^,]*?)\s+on\s+(?:the\s+)?(?P<org>(?:[A-Z][\w’'&-]*\s+){1,4}"
        r"(?:LMC|ICB|PCN|Board|Committee|Council))",
        text.strip(" ,"),
    )
    if on_a_body and _is_role_phrase(on_a_body.group("role")):  # "a board member on Harwick LMC": a seat on the body
        return on_a_body.group("role"), on_a_body.group("org")
    # "partner at super-partnership Our Health Partnership", "director of the international recruitment firm X": what
    # kind of body it is may stand before its name; "a physiotherapist with Riverside PCN": with, as at
    m = re.match(
        r"(?P<role>[^,]+?)\s+(?:of|at|for|with)\s+(?:the\s+)?"
        r"(?:(?!(?:of|at|for|in|on|and|to|from|with|by|two|three|four|five|six)\s)[a-z][\w-]*\s+){0,3}?"
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
        w[:1].isupper()
        and w.rstrip("s") not in _ROLE_CAPS | _KIND_OF_BODY
        and not (_capitalised_as_it_opens(m.group("role")) and _is_role_phrase(m.group("role").lower()))
        for w in m.group("role").split()[:1]
    ):  # "LMC chair of Severnside LMC": the kind of body is part of the role ("Digital lead for X PCN", a post's
        # word capitalised as the sentence opens, is not)
        role = m.group("role").strip()
        if _capitalised_as_it_opens(role):  # "Digital lead for X": as the sentence opens, a post in lower case
            role = role[0].lower() + role[1:]
        one_of_a_kind = re.search(
            r"\s(?:a|an)\s+(?:(?!called\b|named\b|known\b)[a-z][\w-]*\s+){0,2}$", text[: m.start("org")]
        )
        last = _IN_A_PLACE.sub("", m.group("org")).split()[-1].split("-")[-1]  # "a GP-led hub in Leeds": the hub
        if one_of_a_kind and (last.lower() in _BODY_NOUNS or last.rstrip("s") in _KIND_OF_BODY):
            # "a GP at a Tamebridge practice", "a partner at a GP-led super-partnership": one of its kind, which no
            # name names, unless a body we know runs it ("a Modality Partnership practice")
            known = _find_phrase(m.group("org"), orgs)
            return (role, known.group(0)) if known and known.group(0) not in _KIND_OF_BODY else (text, None)
        org = m.group("org")
        whole = _find_phrase(org, orgs)
        # "programme director for GP training in Hull", "head of GP education for the X region": a field, then where;
        # no body
        if re.fullmatch(r"(?:GP|NHS)\s+(?:[a-z][\w-]*\s+){1,2}(?:in|for\s+the|across)\s+[A-Z].*", org) and not whole:
            return text, None
        field_at = re.fullmatch(r"((?:GP|NHS)(?:\s+[a-z][\w-]*){1,2})\s+at\s+(?:the\s+)?([A-Z].*)", org)
        if field_at and not whole:  # "associate dean for GP retention at the Northern Deanery": the field, then the
            # body where the post is held
            return f"{role}{text[m.end('role') : m.start('org')]}{field_at.group(1)}", _org_alone(field_at.group(2))
        if not (whole and whole.span() == (0, len(org.rstrip()))):  # not "GP committee England", a name we know
            org = re.sub(r"^(?:GP|NHS)\s+(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])", "", org)  # "GP provider company X"
        within = re.fullmatch(r"(?P<part>(?:the\s+)?[A-Z][^,]*?)\s+at\s+(?:the\s+)?(?P<body>[A-Z].*)", org)
        if within and _find_phrase(within.group("body"), orgs):
            # "Director of the Primary Care Network at the NHS Confederation": a post in a part of the body
            joiner = text[m.end("role") : m.start("org")]
            return role + joiner + within.group("part"), _org_alone(within.group("body"))
        org = re.sub(r"^[A-Z]\w*-based\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])", "", org)  # "Lewisham-based federation X"
        return _unnamed_body(role, _org_alone(org))
    role_m = _find_phrase(text, roles)
    role = org = None
    rest = text
    if role_m:
        role = role_m.group(0)
        org_m = _find_phrase(role, orgs)
        place = re.search(r"((?:[A-Z][\w’'&-]*\s+(?:and\s+(?=[A-Z]))?){1,4})$", text[: role_m.start()])  # ("Kent and
        # Medway LMC chair": two places)
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
        portfolio = _spokes_brief(text[: role_m.start()], None) if role.lower() in _SPOKES else None
        if portfolio:  # "Lib Dem health spokesperson": the brief is part of the post
            rest = (text[: portfolio.start(1)] + " " + text[role_m.end() :]).strip()
            role = portfolio.group(1) + role
        modifier = re.search(r"(?:" + _OFFICE_MODIFIERS + r"\s+)+$", text[: role_m.start()], re.I)  # "Joint Honorary"
        if modifier and role is not None and not role.startswith(modifier.group(0).strip()):
            role = f"{modifier.group(0).strip()} {role}"  # "Labour’s shadow health minister"
            rest = (text[: modifier.start()] + " " + text[role_m.end() :]).strip()
    own_apostrophe = _find_phrase(re.sub(r"[’']s$", "", rest), orgs)  # "The King’s Fund’s chief executive"
    if org is None and own_apostrophe and re.search(r"[’']s\b", own_apostrophe.group(0)):
        org = _drop_leading(own_apostrophe.group(0), ("the", "The"))
    rest = re.sub(  # (not a plural's: "clinical lead for women's health")
        r"(?<![Ww]omen)(?<!\b[Mm]en)(?<![Cc]hildren)(?<![Pp]eople)[’']s(?=\s+(?:[a-z]|[A-Z]{2,}\s+[a-z])|\s*$)",
        "",
        rest,
    ).strip(" ,")  # "Kent LMC’s", "the
    # practice’s IT lead": not "St John’s Surgery"
    if rest:
        words = rest.split()
        caps = []
        for i, w in enumerate(words):
            if w[:1].isupper() or w in ("of", "and", "for", "&") and caps:
                caps.append(w)
            elif w == "on" and caps and words[i + 1 : i + 2] == ["Sunday"]:
                caps.append(w)  # "Mail on Sunday columnist": the paper's name
            else:
                break
        while caps and caps[-1] in ("of", "and", "for", "&"):
            caps.pop()
        run = len(caps)  # the words the run takes, whatever it names
        if run > 2 and caps[0].rstrip("s") in _ROLE_CAPS and caps[1] == "and":
            caps = caps[2:]  # "GP and Mail on Sunday columnist": a GP, and the paper's columnist
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
            leftover = " ".join(words[run:]).strip()
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
        elif (
            role
            and (
                re.fullmatch(r"for\s+(?!(?:the|a|an|its|their|his|her)\b)(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*", leftover)
                or (" for " in role and re.fullmatch(r"and\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*", leftover))
            )
            and role in text
        ):
            # "national clinical director for diagnostics": the post's field; "director for primary care and
            # community services": its fields
            role = f"{role} {leftover}"
        elif role and _is_role_head(leftover) and f"{role} {leftover}" in text:
            role = f"{role} {leftover}"  # "sessional GP rep": a post the word lists know only in part
        elif (
            role and leftover in _POST_SCOPES and re.search(r"(?:^|\s)" + re.escape(f"{leftover} {role}") + r"$", text)
        ):
            role = f"{leftover} {role}"  # "NHS England's national director of primary care"
        elif (
            role
            and re.fullmatch(
                r"(?:[a-z][\w-]*\s+){0,2}(?:[a-z]+ing|transformation|strategy|operations|workforce|finance|quality|"
                r"improvement|innovation|development|delivery|services|technology)",
                leftover,
            )
            and (text.endswith(f"{role} {leftover}"))
        ):
            role = f"{role} {leftover}"  # "director of primary care commissioning", "... digital transformation": the
            # field's last words
        elif (
            role
            and re.fullmatch(r"[a-z][\w-]*", leftover)
            and leftover not in STOP_WORDS
            and leftover not in _BODY_NOUNS | _GENERIC_ORG  # "The group's chief executive": the body's, no field
            and re.search(r"(?:^|\s)" + re.escape(f"{leftover} {role}") + r"$", text)
        ):
            role = f"{leftover} {role}"  # "Scotland’s public health minister": the field before a post the lists know
    if role and org and org in text.split()[:1]:
        if org.lower() in _KINDS_OF_WORK:  # "Shift lead Paula X": the kind of work she leads
            role, org = f"{org.lower()} {role}", None
        elif org.lower() in _COUNCIL_TIERS and role.startswith("councillor"):  # "Ward councillor Bill X": no body
            role, org = f"{org.lower()} {role}", None
        elif org in _NO_PARTY:  # "Independent councillor Tom X": no party, and so no body
            org = None
        elif (
            role == "councillor"
            and re.fullmatch(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?", org)
            and not re.fullmatch(_PARTY, org)
            and not _find_phrase(org, _lexicons()[0])
        ):  # "Lowton councillor Mike X": the place he serves, as "Moray community councillor" reads; no body
            role, org = f"{org} {role}", None
    if role and org and re.fullmatch(r"[A-Z]{2,}s?", org):  # "clinical lead for access in Southby ICB"
        tail = re.search(r"\s+(?:in|at|of|for|from)\s+((?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,3}[A-Z][\w’'-]*)$", role)
        named = re.search(  # "a GP partner in neighbouring Fenwick PCN": the role without the place, which names it
            r"\s(?:in|at|of|for|from)\s+(?:neighbouring\s+|nearby\s+|the\s+)?((?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,3}"
            r"[A-Z][\w’'-]*)\s+" + re.escape(org) + r"$",
            text,
        )
        if tail and f"{tail.group(1)} {org}" in text:
            role, org = role[: tail.start()], f"{tail.group(1)} {org}"
        elif not tail and named and text[: named.start()].endswith(role):
            org = f"{named.group(1)} {org}"
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
        if org.lower() not in _org_names_lower():  # not "Guy’s and St Thomas’", whose name ends in the mark
            org = re.sub(r"(?<=s)[’']$", "", org)  # "NHS Providers’ deputy chief executive"
        lead = re.match(r"(former|then|outgoing|incoming|acting|interim)\s+(?=[A-Z])", org, re.I)
        if lead and role:  # "Former NHS England chief executive": a former chief executive of NHS England
            org, role = org[lead.end() :], f"{lead.group(1).lower()} {role}"
    body = re.match(r"(" + "|".join(_MEMBERS_BODIES) + r")\s+(\S.*)$", role or "")
    if org and body and re.fullmatch(_PARTY, org):
        return _unnamed_body(role, org)  # "a Conservative committee member": the party's member of a committee
    if org and body and _is_role_head(body.group(2).split()[-1].lower()) and org.split()[-1].lower() != body.group(1):
        org, role = f"{org} {body.group(1)}", body.group(2)  # "BMA Northern Ireland GP committee chair"
    return _unnamed_body(re.sub(r"\s{2,}", " ", role) if role else None, org or None)


def _without_possessives(text: str) -> str:
    """``The King’s Fund’s senior fellow`` -> ``The King’s Fund senior fellow``: possessive marks dropped, but not
    inside a body's own name."""
    keep = [m.span() for m in _possessive_names().finditer(text)]
    return re.sub(  # (nor of a plural: "Minister for Women's Health", "Children's Commissioner")
        r"(?<!\bWomen)(?<!\bMen)(?<!\bChildren)(?<!\bPeople)[’']s\b|(?<=s)[’'](?=\s)",
        lambda m: m.group(0) if any(a <= m.start() < b for a, b in keep) else "",
        text,
    )


def _a_place(text: str) -> bool:
    """``from Llanberis``, ``of Bristol``: one capitalised word after ``from`` or ``of`` that names no body we know
    (no acronym, no entity pattern, no kind of body) is where a person lives or works, not an organisation."""
    if re.fullmatch(_REGION, re.sub(r"^(?:from|of|in)\s+", "", text.strip(" ,"))):
        return True  # "a GP partner from the North East"
    if re.fullmatch(r"(?:from|of)\s+(?:" + _PLACE_SHAPE + ")", text.strip(" ,")):
        return True  # "Dr X, of North Yorkshire,"
    if re.fullmatch(r"from\s+(?:" + _TOWN_WITH_PREFIX + ")", text.strip(" ,")):
        return True  # "Derek X, 67, from Little Aston"
    m = re.fullmatch(r"(?:from|of)\s+(" + _TOWN + ")", text.strip(" ,")) or re.match(
        r"(?:from|of)\s+(" + _TOWN + r"),\s+(?:" + _PLACE_SHAPE + r")\b", text.strip(" ,")
    )  # "from Hull, East Yorkshire": a town, then its county
    return bool(m) and m.group(1).lower() not in _org_names_lower() and m.group(1).lower() not in _BODY_NOUNS


def _from_a_place(role: str, text: str) -> bool:
    """``GPs from Llanberis`` is where they work; ``administrators from Kroll`` the firm they come from (a post held
    in a firm or an institution); a body we know, or several words, is a body either way."""
    if not _STAFF_OF_A_FIRM.isdisjoint(_noun_forms(role.split()[-1])):
        return bool(re.fullmatch(r".*?\bfrom\s+" + _REGION, text))
    return _a_place(text[len(role) :])


def _unnamed_body(role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """A kind of NHS body named by its kind alone stays in the role: ``the ICB’s chief medical officer`` ->
    (ICB chief medical officer, None), as ``LMC chair`` is read; which ICB is not said."""
    lead = re.fullmatch(
        r"(New|Senior|Acute|Outgoing|Incoming|Former|Acting|Interim|Junior|Retiring)(?:\s+(.+))?", org or ""
    )
    if lead and role and (not lead.group(2) or lead.group(2).rstrip("s") in _KIND_OF_BODY):
        # a headline's "New ICB chair vows ...", "Acute trust chief warns ...": the capital opens it, no body's name
        role, org = f"{lead.group(1).lower()} {role}", lead.group(2)
    if (
        org
        and role
        and org.rstrip("s") in _KIND_OF_BODY
        and re.search(r"\b(?:of|from)(?:\s+the)?(?:\s+all|\s+\d+)?$", role)
    ):
        return f"{role} {org}", None  # "the chairs of the 42 ICBs": many bodies of the kind
    if org and role and org.rstrip("s") in _KIND_OF_BODY and role.split()[0] == org:
        return role, None  # ("ICB director of primary care" read again: the kind once)
    if org and role and org.rstrip("s") in _KIND_OF_BODY:
        lead = re.match(r"(?:(?:senior|junior|former|local|acting|interim|new|outgoing|incoming|retiring)\s+)+", role)
        if lead:  # "a senior ICB official": senior, then the kind of body, then the post
            return f"{lead.group(0)}{org} {role[lead.end() :]}", None
        return f"{org} {role}", None
    return role, org


def _post_to_whom(text: str) -> bool:
    """``special adviser to the health secretary``, ``friends of the former health secretary``, ``allies of the
    prime minister``: a post held towards another post or person, which is the speaker's post."""
    m = re.match(
        r"(?:(?:the|a|an|one|some)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}([A-Za-z][\w-]*)\s+(to|of)\s+\S",
        text.strip(" ,"),
        re.I,
    )
    if not m:
        return False
    head = m.group(1).lower()
    return (m.group(2).lower() == "to" and _is_role_head(head)) or not _RELATIONAL.isdisjoint(_noun_forms(head))


def _post_as_written(text: str) -> str:
    """A post as a phrase gives it, without its leading article or count, its first word in lower case when only its
    place made it a capital: ``Friends of the former health secretary`` -> ``friends of the former health secretary``."""
    post = _drop_leading(text.strip(" ,"), (*_ARTICLES, "one", "some"))
    first = post.split()[0] if post else ""
    return post[:1].lower() + post[1:] if _common_word(first) and first[1:].islower() else post


def _noun_forms(word: str) -> tuple[str, ...]:
    """``word`` and the singulars it may be the plural of: ``partners`` -> partners, partner; ``allies`` -> allies,
    allie, ally."""
    forms = (word, word[:-1]) if word.endswith("s") else (word,)
    if word.endswith(("sses", "shes", "ches", "xes")):  # "bosses", "coaches": boss, coach
        forms = (*forms, word[:-2])
    return (*forms, word[:-3] + "y") if word.endswith("ies") else forms


def _is_role_head(word: str) -> bool:
    """A role's head noun, singular or plural (``chair``, ``partners``, ``GPs``); ``word`` lower-cased."""
    if not _ROLE_HEADS.isdisjoint(_noun_forms(word)):
        return True
    shared = re.fullmatch(r"(?:co|joint|vice|under)-(\w+)", word)  # "co-founders", "joint-chair", "under-secretary"
    return bool(shared) and _is_role_head(shared.group(1))


def _plural_role(word: str) -> bool:
    """``Partners``, ``Associates``: a role head in the plural, which ends a firm's name."""
    w = word.lower()
    return w.endswith("s") and not w.endswith("ss") and _is_role_head(w[:-1])


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
        or w in _PERSON_ADJECTIVES  # "Young mother Chloe X"
    )


def leftover_place(text: str, role: str) -> str | None:
    """``GP partner in Grimsby``: a role followed by where it is held."""
    m = re.search(re.escape(role) + r"\s+((?:in|based in)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$", text)
    if m:
        return f"{role} {m.group(1)}"
    # "salaried GP in the West Midlands", "GP partner from the North East", "in inner-city Birmingham": a region, or
    # a place with a word of what it is like (not "partner in the Limes Practice", "in the RCGP": a body)
    m = re.search(
        re.escape(role) + r"\s+((?:in|based in|from)\s+(?:the\s+(?P<region>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)|"
        r"(?:rural|urban|coastal|inner-city|suburban|central)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))$",
        text,
    )
    region = m.group("region") if m else None
    if m and (
        not region
        or re.fullmatch(_REGION, region)
        or not (_find_phrase(region, _lexicons()[0]) or region.split()[-1].lower() in _BODY_NOUNS | _GENERIC_ORG)
    ):
        return f"{role} {m.group(1)}"
    return None


def post_held_there(post: str, where: str) -> tuple[str, str | None]:
    """The post of someone named before, held elsewhere (``Her counterpart at Dales LMC``, ``in Hull``): (role,
    organisation): at a body, its post there; in a place, the post in it."""
    post = _IN_A_PLACE.sub("", post).strip()
    if where.lower().startswith("at "):
        return post, clean_org(where[3:])
    return f"{post} {where}".strip(), None


def _modifier_cased(modifier: str) -> str:
    """A modifier that opens a post, in the case it has inside a sentence: ``newly qualified``, ``long-serving``,
    ``ARRS-funded``, but ``Yorkshire-based`` and ``Leeds-born`` (where, a place's capital)."""
    where = re.fullmatch(r"([A-Z][a-z]+)-(?:based|born|bred|raised|trained|educated)", modifier)
    if where and not _common_word(where.group(1)) and where.group(1).lower() not in _NOT_A_PLACE:
        return modifier
    return f"{modifier[:1].lower() if modifier[1:2].islower() else modifier[:1]}{modifier[1:]}"


# a capitalised word that only opens a description: an adverb ("Newly qualified GP") or a hyphened adjective whose
# last part is lower case ("Long-serving partner", "ARRS-funded pharmacist", "GP-led hub"; not "Stoke-on-Trent")
_A_MODIFIER = re.compile(r"[A-Z][a-z]{2,}(?<!l)ly|[A-Z][a-z]*(?:-[a-z]+)+|[A-Z]{2,}(?:-[a-z]+)+")


def clean_org(org: str | None) -> str | None:
    """An organisation name, or None when ``org`` names none.

    A relative clause or second apposition is cut off (``Tamebridge LMC, which led the
    survey`` -> ``Tamebridge LMC``), as are a leading article, a possessive and dangling
    connectors (``Royal College of``); what is left must hold a name of its own: an
    acronym, a phrase from the entity patterns, or a capitalised word that is neither a
    stop word (``When``, ``One``), a title (``Dr Ana``) nor a generic noun (``Trust``,
    ``Report``)."""
    if not org or org.strip() in _DEPARTMENTS or org.strip().lower() in _entity_phrases("POLICY"):
        return None  # "the practice's IT lead": a department's letters; "an ARRS pharmacist": a scheme's; no body
    local_party = re.fullmatch(r"(?:[Ll]ocal|[Tt]he)\s+(" + _PARTY + r")", org.strip())
    if local_party:  # "Local Liberal Democrat councillor X": the party
        org = local_party.group(1)
    listed = _PLACES_LISTED_BODY.fullmatch(org.strip()) or re.fullmatch(  # "Bristol, North Somerset and South
        # Gloucestershire ICB"; "Holyrood's Health, Social Care and Sport Committee"
        r"(?:[A-Z][\w-]*[’']s\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+)+(?:[A-Z][\w-]*\s+)+and\s+(?:[A-Z][\w-]*\s+)*"
        r"Committee",
        org.strip(),
    )
    org = re.split(
        (r"" if listed else r",|")
        + r";|\s+[–—]\s+|(?:^|\s+)(?:which|who|whose|that|where|when|after|as|since|before|until)\b"
        r"|(?<!Doctors)(?<!Women)(?<!Voices)(?<!Nurses)(?<!Support)(?<!Carers)(?<!Patients)"  # "Doctors in Distress"
        r"(?:^|\s+)in\b(?!\s+[a-z][\w-]*\s+(?:committee|group|forum|network|board|panel|council)\b)"  # not "associates
        # in training committee", nor a field no place is called ("Voices in Health", "Women in Primary Care")
        r"(?!\s+(?:Health|Healthcare|Medicine|Primary|General|Practice|Nursing|Pharmacy|Dentistry|Crisis|Training)\b)"
        r"|\s+for\s+(?:\d+|[a-z]+)\s+(?:years?|months?|decades?)\b"  # "Old Mill Surgery for 22 years"
        r"|\s+with\s+(?:her|his|their|its)\b",  # "the Elms Surgery with her husband Ian"
        org.strip(),
    )[0]
    org = re.sub(r"\s*\([A-Z]{2,8}s?$", "", org)  # "Committee of X (COGPED", cut inside its acronym's brackets
    org = re.sub(r"^(?:from|of|at|for|with)\s+", "", org)  # "from Northfield LMC"; "in Yorkshire" is a place
    org = re.sub(r"^(?:the\s+)?local\s+(?=[A-Z])", "", org)  # "The local LMC": an LMC, as "The LMC" is
    org = re.sub(
        r"\s+(?:(?:last|this|next)\s+(?:week|month|year)|yesterday|today|at\s+the\s+time|then|now)$", "", org
    )  # "of the LMC last month", "who chaired the BMA’s GP committee at the time"
    org = _drop_leading(org.strip(" ,.;:"), _NOUN_DETERMINERS)
    org = _without_possessive_end(org).strip(" ,.;:")  # "vicar of St Mary’s": a church's name, not a possessive
    org = _NATION_OWNS.sub(r"\1 ", org)  # "Northern Ireland’s Department of Health": that nation's department
    placed = re.fullmatch(r"([A-Z][a-z]+)[’']s\s+((?:[A-Z][\w&’'-]*\s+)+([A-Za-z]+))", org)
    if (
        placed
        and placed.group(3).lower() in _BODY_NOUNS
        and placed.group(1) not in _PATRONS
        and org.lower() not in _org_names_lower()
        and any(w.lower() not in _GENERIC_ORG | _KIND_WORDS for w in placed.group(2).split()[:-1])
    ):  # "Bexley’s Limes Medical Centre": the town's practice, named without it (not "Queen’s Medical Centre")
        org = placed.group(2)
    org = re.sub(r"(?:\s+(?:of|and|for|the|&|at|in|on|to))+$", "", org).strip()
    if not org or _TITLE_RE.match(org + " ") or re.match(r"professor\b", org, re.I):
        return None
    if re.fullmatch(r"(?:\d+|[a-z]+)\s+(?:years?|months?|decades?)[’']?\s+(?:experience|service)", org, re.I):
        return None  # "a practice nurse with 20 years’ experience": how long, not where
    if re.search(r"\s(?:of|run\s+by|owned\s+by)\s+" + _TITLES + r"\s+[A-Z]", org):
        return None  # "the Bury practice of Dr Rana X": a body known by the person who runs it, not by a name
    if re.fullmatch(r"(?:" + _COUNT + r"|several|many|some|both|all)\s+\S+s", org):
        return None  # "the three LMCs", "3 practices": how many bodies, not one
    if re.search(_SEAT + r"\s+for\b", org):
        return None  # "Conservative MP for Westerby": a member's seat, not a body
    if re.fullmatch(_REGION, org):
        return None  # "a GP partner from the North East"
    if org.split()[-1].lower() in _PRODUCTS:
        return None  # "NHS App users": a product, not a body
    if org.lower() in _org_names_lower() and org != org.lower():
        return org  # a name from the entity patterns ("integrated care system" in lower case is a kind of body)
    if re.search(r"\s(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Gardens|Terrace|Grove)$", org) and not re.search(
        r"\s&\s", org
    ):
        return None  # "Margaret X, 72, of Ashby Road": where she lives (but "Downing Street", a pattern's name, above;
        # and "Whitcombe & Lane", a firm of two names)
    last = org.split()[-1]
    if (last.lower() in _ROLE_HEADS or last.rstrip("s") in _ROLE_CAPS) and not any(
        w.lower() in _BODY_NOUNS for w in org.split()[:-1]
    ):  # not "National Association of Sessional GPs"
        return None  # "Gloucester GP", "practice manager": a description of a person
    if re.fullmatch(r"(?:[A-Z][a-z]+\s+){2,}[A-Z][a-z]+", org) and org.split()[-1].lower() in _BODY_NOUNS:
        return org  # "Local Government Association": three capitalised words and a body's noun make a name
    if _A_BODY_OF_ITS_MEMBERS.fullmatch(org):
        return org  # "National Association of GP Federations": a body of whom it gathers, every word generic
    own = [  # and a name in camel case ("eConsult", "iPlato")
        w for w in re.findall(r"[\w&’'-]+", org) if w[:1].isupper() or w[:1].isdigit() or _CAMEL.fullmatch(w)
    ]
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


_A_POST_IN_CAPITALS = re.compile(r"(?:(?:the|a|an)\s+)?" + _POST_IN_CAPITALS + r"\b")  # "Head of Product at X"


def _is_role_phrase(text: str) -> bool:
    """``chair of the RCGP``, ``a GP partner in Leeds``, ``the LMC’s medical secretary``, ``SIRO at X``."""
    if _A_POST_IN_CAPITALS.match(text.strip()):  # "Head of Product at X", "SIRO at Y": a post in capitals
        return True
    _orgs, roles = _lexicons()
    owned = _POST_AFTER_A_POSSESSIVE.search(text.strip())
    if owned and _A_BODY_NAMED_WITH_OF.fullmatch(text.strip()[: owned.start()]):
        text = owned.group(1)  # "The Royal College of GPs’ chair": the post after a body whose name has its own "of"
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
    patterns do not know, or know as one (``Operose Health``: ``"kind": "company"`` in ``corpora/entities.jsonl``);
    a charity or a group is no NHS, government or professional body."""
    low = org.lower()
    last = low.split()[-1] if low.split() else ""
    if word in ("practice", "surgery") and (
        (last in _BODY_NOUNS and last not in _SAME_KIND_OF_BODY["practice"])
        or re.fullmatch(r"[A-Z]{2,5}", org.split()[-1])
    ):
        return False  # "X NHS Foundation Trust will take on Y Surgery ... The practice’s senior partner": not the trust
        # (nor "Hollinsworth ICB approved the merger ... The practice said": no practice's acronym)
    if word in _A_BUSINESS:
        return low not in _org_names_lower() or low in _known_companies()
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
    """The words of an acronym's long form (``RCGP``: royal, college, ...), a nation's branch's too (``RCGP Wales``,
    ``GPC England``)."""
    forms = _long_forms()
    return forms.get(org) or forms.get(re.sub(r"\s+England$", "", _NATION_AFTER.sub("", org)), frozenset())


def _same_body(a: str | None, b: str | None) -> bool:
    """Do ``a`` and ``b`` name one body, one of them perhaps by its acronym (``RCGP``, ``Royal College of GPs``)?"""
    if not a or not b:
        return False
    if a == b:
        return True
    for short, long in ((a, b), (b, a)):
        words = {w for w in re.sub(r"\bGPs\b", "General Practitioners", long).lower().split()} - {"the"}
        if _long_form_words(short) and words <= _long_form_words(short):
            return True
    return False


@lru_cache(maxsize=1)
def _multiword_orgs() -> re.Pattern:
    """The entity patterns' organisation names of several words, longest first, as one pattern."""
    names = [p for p in _lexicons()[0] if " " in p]
    return re.compile(r"(?<![\w’'])(?:" + "|".join(re.escape(p) for p in names) + r")(?![\w’'])", re.I)


@lru_cache(maxsize=1)
def _possessive_names() -> re.Pattern:
    """The entity patterns' organisation names that hold a possessive mark (``The King’s Fund``, ``Dispensing
    Doctors’ Association``), and a saint's name in a practice's or hospital's (``St John’s Surgery``)."""
    from nlp.pipeline import ORG_LABELS

    names = [  # "The King’s Fund", not "BMA’s GP committee", whose own name is "BMA GP committee"
        row["phrase"]
        for row in _entity_rows()
        if row["label"] in ORG_LABELS
        and re.search(r"[’']s\b|s[’'](?!\w)", row["phrase"])
        and re.search(r"[’']s\b|s[’'](?!\w)", row["id"])
    ]
    either = [re.sub(r"[’']", "[’']", re.escape(p)) for p in names]  # "Queen’s" as "Queen's": either mark
    return re.compile(r"(?<![\w’'])(?:" + "|".join(either) + r"|St\.?\s+[A-Z][a-z]+[’']s(?=\s+[A-Z]))", re.I)


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


# words around a speaker that say nothing of who they are: (pattern, what to read instead, the kinds of speaker that
# reading must give, or None for any); the first that matches is tried
_ASIDES: tuple[tuple[re.Pattern, str, frozenset[str] | None], ...] = (
    # "I've read that letter": I
    (re.compile(r"(I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)[’'](?:ve|d|m|re|ll|s)"), r"\1", None),
    # "It was the patient who told me", "One caller was a man from Ashby, who said": the patient, a man from Ashby
    (
        re.compile(
            r"(?:It|it|This|That|[Oo]ne\s+[a-z]+|[Tt]he\s+[a-z]+)\s+(?:was|is)\s+((?:the|a|an)\s+[a-z].+?)(?:\s+who)?"
        ),
        r"\1",
        frozenset({"role", "person"}),
    ),
    # "A PA who works in Rochdale, Hamza X": a PA in Rochdale, and then the name (the relative clause had kept the name
    # from reading as an apposition's)
    (
        re.compile(
            r"((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[^,]+?)\s+who\s+(?:works|practises|is\s+based|lives)\s+((?:in|at)\s+[A-Z][^,]*),\s+"
            r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
        ),
        r"\1 \2, \3",
        frozenset({"person"}),
    ),
    # "a succession of locums described": locums
    (
        re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:succession|number|series|string|handful|stream|couple|group)\s+of\s+(.+)"),
        r"\1",
        frozenset({"role"}),
    ),
    # "whose co-chair, Kirsty X": the post ("whose" is the body's, named before)
    (re.compile(r"whose\s+([a-z].*)"), r"\1", None),
    # "The ICB concerned, Ardenvale and Tyne Integrated Care Board": the body named
    (re.compile(r"[Tt]he\s+[\w-]+\s+(?:concerned|involved|in\s+question),\s+(.+)"), r"\1", frozenset({"org"})),
    # "the head of workforce at the same ICB": the ICB named before (not "partners at the same practice": theirs)
    (
        re.compile(
            r"(.*\b(?:at|of|for|from|with)\s+the\s+)same\s+((?:ICB|CCG|ICS|PCN|LMC|trust|board|network|federation)\b.*)"
        ),
        r"\1\2",
        None,
    ),
    # "a report by the Health and Social Care Committee published today": the report; when is no part of it
    (
        re.compile(
            r"(.*\b(?:report|review|paper|study|survey|analysis|figures|data)\b.*?)\s+(?:published|released|issued)"
            r"(?:\s+(?:today|yesterday|(?:this|last|next)\s+\w+|on\s+\w+|in\s+[A-Z]\w+(?:\s+\d{4})?))?"
        ),
        r"\1",
        None,
    ),
    # "A report to the board by the council's director of public health, Dr Sian X": the author, and their post
    (
        re.compile(
            r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+){0,2}(?:report|paper|letter|review|briefing|submission)\s+[^,]*?\bby\s+(.+)"
        ),
        r"\1",
        frozenset({"person"}),
    ),
    # "Dr Rhys X, echoing comments by BMA GP committee chair Dr Y": Dr X, whose words echo another's
    (
        re.compile(
            r"(.+?),\s+(?:echoing|citing|quoting|repeating|endorsing|backing)\s+(?:comments|remarks|words|"
            r"warnings?|calls?|criticism)\s+(?:by|from|of)\s+.+"
        ),
        r"\1",
        frozenset({"person", "role", "org"}),
    ),
    # "a GP partner in Llanfair Road Surgery, Pontardawe": at the surgery, as "at" says
    (
        re.compile(
            r"(.*\S)\s+in\s+((?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:Surgery|Practice|Medical\s+Centre|Health\s+Centre)"
            r"(?:,.*)?)"
        ),
        r"\1 at \2",
        frozenset({"person", "role"}),
    ),
    # "One GP - who asked not to be named - said", "A practice manager – speaking anonymously –": the one between
    # dashes
    (
        re.compile(r"(.+?)\s+[–—-]\s+(?:who\s|speaking\s|talking\s)[^–—]+?(?:\s+[–—-])?"),
        r"\1",
        frozenset({"role", "person"}),
    ),
    # a survey's "Practice managers who responded to the survey", "Comments left by respondents": the respondents
    (
        re.compile(r"(.+?)\s+who\s+(?:responded|replied|took\s+part|answered|completed|filled\s+in)\b.*"),
        r"\1",
        frozenset({"role"}),
    ),
    (
        re.compile(
            r"(?:[Cc]omments|[Rr]esponses|[Aa]nswers|[Rr]emarks)\s+(?:left|given|made|submitted|written)\s+by\s+(.+)"
        ),
        r"\1",
        frozenset({"role"}),
    ),
    # "Lib Dem Cllr Harriet X": a councillor of the party, as "Lib Dem councillor Harriet X" reads
    (re.compile(r"(" + _PARTY + r")\s+Cllr\.?\s+(.+)"), r"\1 councillor \2", frozenset({"person"})),
    # "An email from the ICB's director of primary care, Jo X": its sender, as "The email, from X," reads
    (
        re.compile(
            r"(?:[Aa]n?|[Tt]he)\s+(?:leaked\s+|internal\s+)?(?:email|e-mail|memo|text\s+message)\s+from\s+(.+,\s+[A-Z].+)"
        ),
        r"\1",
        frozenset({"person", "role"}),
    ),
    # "One GP, who has been a partner for 25 years": one GP, a partner (not a person named "One")
    (
        re.compile(
            r"((?:[Oo]ne|[Aa]n?|[Aa]nother)\s+[\w-]+(?:\s+[\w-]+)?),\s+who\s+(?:is|has\s+been|was)\s+((?:a|an)\s+.+)"
        ),
        r"\1, \2",
        frozenset({"role"}),
    ),
    # "a GP partner whose practice was rated inadequate": the partner, whatever their practice was
    (re.compile(r"((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[^,]+?)\s+whose\s+[a-z]+\s+.+"), r"\1", frozenset({"role"})),
    # "A third doctor, a salaried GP in Wolverhampton": what the apposition makes them
    (
        re.compile(
            r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Aa]\s+(?:second|third|fourth|fifth|sixth))\s+(?:doctor|GP|medic|clinician|"
            r"colleague|woman|man|person),\s+((?:a|an)\s+[^,]+)"
        ),
        r"\1",
        frozenset({"role"}),
    ),
    # "Beryl X, who chaired the meeting": its chair, for that meeting (no body, and no former post)
    (
        re.compile(
            r"(.+?),\s+who\s+(?:chaired|chairs|was\s+chairing|is\s+chairing)\s+(?:the|this|that|[A-Z]\w+[’']s)\s+"
            r"(?:[a-z]+\s+)?(?:meeting|session|debate|hearing|discussion|event|webinar|panel)"
        ),
        r"\1, chair",
        frozenset({"person"}),
    ),
    # "Dr Alan X, represented by Nadia Y of the MDU": Dr X, whoever spoke for him
    (
        re.compile(r"(.+?),\s+(?:represented|questioned|accompanied|interviewed|supported)\s+by\s+[^,]+"),
        r"\1",
        frozenset({"person", "role"}),
    ),
    # "Dr Marsh, the younger of the two": which of them, no post
    (
        re.compile(
            r"(.+?),\s+the\s+(?:younger|older|elder|youngest|oldest|eldest)\s+of\s+(?:the\s+)?(?:two|three|four|"
            r"them|pair|partners|sisters|brothers|siblings)"
        ),
        r"\1",
        frozenset({"person"}),
    ),
    # "one of the partners involved", "a partner involved in the talks": one of them
    (
        re.compile(
            r"(.+?[a-z])\s+(?:involved|concerned|affected|present|consulted|surveyed)(?:\s+(?:in|by|at)\s+[^,]+)?"
        ),
        r"\1",
        frozenset({"role", "person"}),
    ),
)


@lru_cache(maxsize=4096)
def _said_without_aside(phrase: str) -> tuple[str, frozenset[str] | None] | None:
    """The speaker phrase to read instead of ``phrase`` (see ``_ASIDES``), and the kinds it must give; or None."""
    text = phrase.strip()
    for pattern, instead, kinds in _ASIDES:
        m = pattern.fullmatch(text)
        if m:
            return m.expand(instead), kinds
    return None


# a body's document by the body's name, which no kind word goes before: "a survey by Open Health Futures"
_A_DOCUMENT_BY_A_BODY = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:(?:new|latest|recent|annual)\s+)?(survey|report|study|analysis|review|poll|audit|"
    r"paper|briefing)\s+(?:by|from)\s+(?:the\s+)?([A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&-]*){0,5})"
)
# a group named by those of a trade it gathers and a rallying word: "GPs United", "Nurses Together", "Locums Forward"
_A_GROUP_OF_A_TRADE = re.compile(
    r"(?:(?:the\s+)?(?:(?:campaign|pressure|lobby)\s+)?group\s+)?((?:GPs|Doctors|Nurses|Patients|Pharmacists|Partners|"
    r"Carers|Locums|Medics|Receptionists|Trainees|Registrars)\s+(?:United|Together|Forward|First|Unite|Now|Alliance|"
    r"Action|Matter|Count|Speak|Rising))"
)


@lru_cache(maxsize=8192)
def _written_forms(phrase: str, persons: tuple[str, ...]) -> Speaker | None:
    """The speaker of a phrase in a form whose commas or capitals would mislead the general reading (a body named by
    its places, a modifier of a post before the part of a body it is held in, one credited in brackets after a post,
    a body's document by the body's name, one called by name after a post, a party's candidate after a dash, a group
    of a trade, a place called by what it is, a document addressed to someone, an office before a name, one's agent,
    a post then a description then a name, a body of friends, a notice at a body, an anonymised witness, a member of
    the public's home), or None; worked out once for a phrase and its persons."""
    listed = next(places_listed_bodies(phrase), None)
    body = phrase[listed[0] : listed[1]] if listed else ""
    if "," in body:  # "The chief executive of Bedfordshire, Luton and Milton Keynes ICB, Felicity X": the body's own
        # commas read as no apposition's
        flat = body.replace(",", "")
        sp = describe(phrase.replace(body, flat), persons)
        return replace(
            sp, written=phrase, **{k: getattr(sp, k).replace(flat, body) for k in ("name", "org") if getattr(sp, k)}
        )
    modified = re.fullmatch(
        r"(.*?[A-Za-z][’']s)\s+(former|outgoing|acting|interim|incoming|current)\s+((?:[A-Z][\w&-]*\s+){1,3}[a-z].*)",
        phrase.strip(),
    )
    if modified:  # "The BMA's former GP committee chair, Dr X": a former chair of the BMA's GP committee
        sp = describe(f"{modified.group(1)} {modified.group(3)}", persons)
        if sp.role and sp.org:
            return replace(sp, written=phrase, role=f"{modified.group(2)} {sp.role}")
    credited = re.fullmatch(r"(?P<post>[^()]+?)\s*\((?P<who>[^()]+)\)", phrase.strip())
    if credited and any(
        credited.group("who").startswith(p) or p in credited.group("who").split(",")[0] for p in persons
    ):
        # "One partner (Dr Fiona X, Bramhope Village Practice) said": the one credited in brackets, the post before
        # them as theirs
        who, post = describe(credited.group("who"), persons), describe(credited.group("post"))
        if who.kind == "person" and post.kind == "role":
            return replace(who, written=phrase, role=who.role or post.role, org=who.org or post.org)
    by_committee = re.fullmatch(
        r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:by|from)\s+"
        + _PARLIAMENT_COMMITTEE.pattern,
        phrase.strip(),
    )
    if by_committee and by_committee.group(1) in _DOC_NOUNS:  # "A report by the Commons health committee"
        return Speaker(
            phrase, "doc", name=f"{by_committee.group(2)} {by_committee.group(1)}", org=by_committee.group(2)
        )
    by_a_body = _A_DOCUMENT_BY_A_BODY.fullmatch(phrase.strip())
    if (
        by_a_body
        and by_a_body.group(2).split()[0].lower() not in _GIVEN_NAMES
        and not _TITLE_RE.match(by_a_body.group(2))
        and len(by_a_body.group(2).split()) >= 2
        and clean_org(by_a_body.group(2))
    ):  # "a survey by Open Health Futures found": the body's survey, whose name the tagger took for a person's
        org = clean_org(by_a_body.group(2))
        return Speaker(phrase, "doc", name=f"{org} {by_a_body.group(1).lower()}", org=org)
    called = re.fullmatch(
        r"(?:(?:[Aa]nother|[Oo]ne),\s+)?(?:a|an)\s+([a-z][\w -]*?)\s+(?:called|named)\s+([A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)?)",
        phrase.strip(" ,"),
    )
    if called and _is_role_phrase(called.group(1)):  # "Another, a first-year trainee called Kofi,": Kofi, by his post
        return Speaker(phrase, "person", name=called.group(2), role=called.group(1))
    labelled = re.fullmatch(r"(" + _PARTY + r")s?\s+[–—-]\s+(\S.*)", phrase.strip())
    if labelled:  # "Conservative – Eleanor X: ‘...’", a candidates' survey: the candidate, for the party
        who = describe(labelled.group(2), persons)
        if who.kind == "person":
            return replace(who, written=phrase, org=who.org or labelled.group(1))
    group = _A_GROUP_OF_A_TRADE.fullmatch(phrase.strip())
    if group:  # "GPs United said": a group of those who share a trade, by its name, not a person called United
        return Speaker(phrase, "org", name=group.group(1), org=group.group(1))
    settled = _IN_A_SETTLEMENT_OF.sub("in ", phrase)
    if settled != phrase:  # "a GP partner in the market town of Eastleigh Moor": where, as "in Eastleigh Moor" reads
        return replace(describe(settled, persons), written=phrase)
    addressed = re.fullmatch(
        r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(card|letter|note|message|email)\s+(?:addressed|sent|written)\s+to\s.+", phrase
    )
    if addressed:  # "A card addressed to Dr Lindqvist said:": the card's, not the one it thanked
        return Speaker(phrase, "doc", name=addressed.group(1))
    office = re.fullmatch(r"(?:[Tt]he\s+)?(?:judge|coroner|sheriff),\s+(.+)", phrase.strip())
    if office and (_JUDGE_THEN_NAME.fullmatch(office.group(1)) or _CORONER_THEN_NAME.match(office.group(1))):
        # "The judge, Employment Judge Fiona X,": the office in her style, not part of her name (a coroner's as
        # written inside a sentence: "senior coroner")
        inner = _CORONER_THEN_NAME.sub(lambda m: m.group(0)[:-1].lower() + m.group(0)[-1], office.group(1), count=1)
        return replace(describe(inner, persons), written=phrase)
    agent = _ONE_S_AGENT.fullmatch(phrase.strip())
    if agent and (_looks_like_a_body(agent.group("body")) or agent.group("body").lower() in _org_names_lower()):
        # "Dr Eze's defence union, the Medical Protection Society": the union speaks, not Dr Eze
        body = clean_org(agent.group("body"))
        if body:
            return Speaker(phrase, "org", name=body, org=body)
    posted_then_described = re.fullmatch(
        r"([^,]+),\s+((?:[a-z][\w-]*\s+){1,3})((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})",
        phrase.strip(),
    )
    if (
        posted_then_described
        and _is_role_phrase(posted_then_described.group(1))
        and posted_then_described.group(1).split()[-1].lower() not in _KIN | _RELATIONAL
        and any(p in posted_then_described.group(3) for p in persons)
    ):  # "Chair of the group, retired postmaster Keith X": the post, then what he is besides, then his name (not "Her
        # colleague, assistant manager Dean X", whose relation is no post)
        sp = describe(f"{posted_then_described.group(1)}, {posted_then_described.group(3)}", persons)
        if sp.kind == "person" and sp.name:
            return replace(sp, written=phrase)
    friends = re.fullmatch(
        r"(?:[Tt]he\s+)?(Friends\s+of\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,5})", phrase.strip()
    )
    if friends:  # "Friends of Stoke Aldridge Surgery said": a body of supporters, by its name
        return Speaker(phrase, "org", name=friends.group(1), org=friends.group(1))
    posted_at = re.fullmatch(
        r"(?:[Tt]he|[Aa])\s+(notice|sign|poster|banner|recorded\s+message|answerphone\s+message)\s+"
        r"(?:at|on|in|outside)\s+(?:the\s+)?(.+)",
        phrase.strip(),
    )
    if posted_at:  # "The notice at Riverside Medical Practice reads:": the practice's notice
        where = describe(posted_at.group(2))
        noun = posted_at.group(1)
        if where.kind == "org" and where.org:
            return Speaker(phrase, "doc", name=f"{where.org} {noun}", org=where.org)
    witness = _ANONYMISED.fullmatch(phrase.strip())
    if witness:  # "Witness C, a receptionist,": a hearing's anonymised witness, by the label it gives them
        rest = describe(witness.group(2).strip(" ,")) if witness.group(2).strip(" ,") else None
        return Speaker(
            phrase, "person", name=witness.group(1), role=rest.role if rest else None, org=rest.org if rest else None
        )
    home = _AGE_THEN_HOME.fullmatch(phrase.strip())
    if home and not _looks_like_a_body(home.group("place")) and not _find_phrase(home.group("place"), _lexicons()[0]):
        # "Margaret X, 81, from Ashby Vale": a member of the public by where she lives, which is no body
        return replace(describe(home.group("who"), persons), written=phrase)
    return None


def _without_member_letters(person: str) -> str:
    """``Colin X MLA`` -> ``Colin X``: a member's letters the tagger took into a name of two words or more (not
    ``Foyle MLA``, a seat's member)."""
    letters = re.search(r"\s+(?:MP|MSP|MLA|MS)$", person)
    return person[: letters.start()] if letters and len(person.split()) > 2 else person


def describe(phrase: str, persons: Sequence[str] = ()) -> Speaker:
    """Split a speaker phrase into name, role and organisation (see :func:`_describe`);
    the organisation is checked with :func:`clean_org`: a generic word that is no name
    (``Trust chief executive``) stays with the role.  The same phrase and persons give the
    same speaker (a phrase recurs: its mention, then its attribution), so it is worked out once."""
    # "Local MSP Edward X": the tagger's person may take the seat's letters in front of the name
    persons = tuple(  # (or after it: "Colin X MLA", which the tagger takes whole)
        _name_alone(phrase, _without_member_letters(re.sub(r"^(?:MP|MSP|MLA)\s+(?=[A-Z])", "", p))) for p in persons
    )
    if not persons and _SEAT_THEN_NAME.search(phrase.rstrip()):  # "Labour MP for Ashby Marsh Corinne X": the last two
        persons = (" ".join(phrase.split()[-2:]),)
    special = _written_forms(phrase, persons)
    if special is not None:
        return special
    seat = re.fullmatch(r"(.+?)\s+(MP|MSP|MLA|MS),\s+(for\s+[A-Z].+)", phrase.strip())
    if seat and persons:  # "Struan X MSP, for Highlands and Islands": the member for the seat
        return replace(describe(f"{seat.group(1)}, {seat.group(2)} {seat.group(3)}", persons), written=phrase)
    label = re.match(
        r"\s*(?:Quotes?|Comments?|Statement|Response|Reaction)\s+(?:from|by|attributable\s+to)\s+(?=\S)", phrase
    )
    if label and persons:  # a release's "Quote from Priyanka X, chief executive of Y:": hers
        return replace(describe(phrase[label.end() :], persons), written=phrase)
    feeling = _FEELING_BEFORE_A_NAME.match(phrase)
    if feeling:  # "Outraged mum-of-three Kelly X": a mum-of-three
        return replace(describe(phrase[feeling.end() :], persons), written=phrase)
    for_someone = _SPOKESPERSON_FOR_A_PERSON.fullmatch(phrase.strip())
    if (
        for_someone
        and any(for_someone.group("who").endswith(p) for p in persons if p)
        and not _looks_like_a_body(for_someone.group("who"))
        and for_someone.group("who").split()[-1] not in _PRACTICE_NAME_ENDS | _BODY_NAME_ENDS
    ):
        # "A spokesman for local MP Harriet X": the spokesman, as "a spokesman for the MP" is, not the MP
        return Speaker(phrase, "role", role=for_someone.group("post"))
    if not persons:  # "Chief executive of the Patients Association Olumide X", the name taken into the body's
        persons = _name_after_a_body(phrase.strip())
    if phrase.strip().lower() in _entity_phrases("POLICY"):  # "ARRS: ‘...’": a scheme, no speaker
        return Speaker(phrase, "other", name=phrase.strip())
    unnamed_author = re.fullmatch(
        r"(?:[Aa]n?|[Tt]he)\s+(report|study|survey|review|paper|analysis|briefing)\s+(?:by|from)\s+(?:the|a|an|its)\s+"
        r"[a-z][a-z -]*",
        phrase.strip(),
    )
    if unnamed_author:  # "A report by the think tank says": the report, whose body the phrase does not name
        return Speaker(phrase, "doc", name=unnamed_author.group(1))
    shorter = _said_without_aside(phrase)
    if shorter is not None:  # "It was the patient who told me": the patient (see the table of asides)
        inner = describe(shorter[0], persons)
        if shorter[1] is None or (inner.kind in shorter[1] and (inner.kind != "person" or inner.name)):
            return replace(inner, written=phrase)
    marked = _FOOTNOTE.sub("", phrase)
    if marked != phrase:  # "Dr Anna X[2], a GP", "Dr Anna X (@AnnaXGP), a GP": the mark is neither name nor post
        return replace(describe(marked, tuple(_FOOTNOTE.sub("", p) for p in persons)), written=phrase)
    crown = re.match(r"\s*HM\s+(?=(?:(?:Senior|Assistant|Area|Deputy)\s+)?[Cc]oroner\b)", phrase)
    if crown:  # "HM Senior Coroner for Avon, Mr X": the coroner's post; "HM" is no body
        return replace(describe(phrase[crown.end() :], persons), written=phrase)
    sourced = re.fullmatch(r"(?:[Aa]n?|[Tt]he)\s+(.+?)\s+(source|insider|official)", phrase.strip())
    if sourced and clean_org(sourced.group(1)) and sourced.group(1).lower() in _org_names_lower():
        # "A Department of Health and Social Care source": one of theirs, unnamed
        return Speaker(phrase, "role", role=sourced.group(2), org=clean_org(sourced.group(1)))
    one_of_many = _POST_OF_ONE_OF.fullmatch(phrase.strip())
    if one_of_many:  # "The chair of one of the country’s largest LMCs": a post in a body unnamed
        return Speaker(phrase, "role", role=one_of_many.group(1).lower())
    kind_named = _KIND_THEN_NAME.fullmatch(phrase.strip())
    if (
        kind_named
        and (
            kind_named.group(1).lower() in _BODY_NOUNS
            or kind_named.group(1) in _KIND_OF_BODY
            or (  # "The developer, Harcourt Homes,": a firm by its trade, if no person
                kind_named.group(1).lower() in _KINDS_OF_FIRM
                and kind_named.group(2).split()[0].lower() not in _GIVEN_NAMES
                and (
                    not any(p in kind_named.group(2) for p in persons)
                    or kind_named.group(2).split()[-1] in _FIRM_NAME_ENDS  # "Kestrel Homes", the tagger's person
                )
            )
        )
        and clean_org(kind_named.group(2))
    ):
        # "The practice, Meadowbank Surgery,": the body by its name
        org = clean_org(kind_named.group(2))
        return Speaker(phrase, "org", name=org, org=org)
    quoted_in = re.fullmatch(
        r"(.+?)\s+(?:quoted|cited|interviewed|featured)\s+(?:in|by|for)\s+(?:the|a|an|its|their)\s+[^,]{2,60}",
        phrase.strip(),
    )
    if quoted_in and quoted_in.group(1).split()[-1].lower() not in _DOC_NOUNS:
        # "One respondent quoted in the report": the respondent, not the report
        inner = describe(quoted_in.group(1), persons)
        if inner.kind in ("person", "role"):
            return replace(inner, written=phrase)
    owner = re.match(
        r"\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Sir|Dame)\s+(?:[A-Z][\w-]+\s+)?[A-Z][\w-]*(?:s[’']|[’']s)\s+"
        r"(?=[a-z][\w -]*,\s+(?:" + _TITLES + r")\s)",
        phrase,
    )
    if owner:  # "Mr Hughes’ barrister, Mr Kit X (of Y)": someone's post, then its holder, as "Their barrister, ..."
        inner = describe("Their " + phrase[owner.end() :], persons)
        return replace(inner, written=phrase)
    which = re.fullmatch(r"(.+?),\s+which\s+[^,;:]{3,100}?,?", phrase.strip())
    if which and not re.search(r"\b(?:who|whose)\b", which.group(1)):
        # "The Medical Defence Union (MDU), which represented Dr X": the body, not whom it acted for
        inner = describe(which.group(1), [p for p in persons if p in which.group(1)])
        return replace(inner, written=phrase)
    body_of = _A_BODY_OF_ITS_NAME.fullmatch(phrase.strip(" ,"))
    if body_of and body_of.group(1) not in persons and clean_org(body_of.group(1)):
        # "The Committee of GP Education Directors said": a body by its name, whose last words are no person's
        org = clean_org(body_of.group(1))
        return Speaker(phrase, "org", name=org, org=org)
    by_body = re.fullmatch(
        r"(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:by|from)\s+(?:the\s+)?"
        r"([A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*))*),?",
        phrase.strip(),
    )
    if (
        by_body
        and by_body.group(1) in _DOC_NOUNS
        and clean_org(by_body.group(2))
        and by_body.group(2) not in persons
        and _looks_like_a_body(by_body.group(2))
    ):  # "a new report by Healthwatch Northam": the body's report, whose name alone might read as a person's
        org = clean_org(by_body.group(2))
        return Speaker(phrase, "doc", name=f"{org} {by_body.group(1)}", org=org)
    family = _FAMILY_EPITHET.match(phrase)
    if family:  # "Mother-of-three Chloe X, 34,": a person, by what she is, as "the mother-of-three" is read
        rest = phrase[family.end() :]
        named = describe(rest, [_FAMILY_EPITHET.sub("", p) for p in persons])
        if named.kind == "person" and named.name:
            return replace(named, written=phrase, role=named.role or family.group(1).lower())
    first = phrase.split(",")[0].strip()
    if "," in phrase and re.fullmatch(r"[A-Z][a-z]+", first) and first.lower() in _GIVEN_NAMES:
        persons = (*persons, first)  # "Sandra, 67, who lives in X", "Dave, from Y": a person by a given name alone
    described = _styled_name(_described(phrase, persons))
    works = r"\s+(?:working|based|practising|practicing)"
    if described.role and re.search(works + r"\b", described.role):
        # "a pharmacist working at Elm Surgery": a pharmacist (at the body); "a GP working in Leeds": a GP in Leeds;
        # "a physiotherapist working across three practices in Maidstone": a physiotherapist
        role = re.sub(works + r"(?:$|\s+across\s.*$)", "", described.role)
        role = re.sub(works + r"\s+(?=(?:in|at)\s+[A-Z])", " ", role)
        described = replace(described, role=role) if role and _is_role_phrase(role) else described
    pointed = re.match(r"(?:that|this|the\s+same|same)\s+(?=\S)", described.role or "", re.I)
    if pointed and described.kind == "person" and _is_role_phrase(described.role[pointed.end() :]):
        # "That GP, Dr Conor X, told the hearing": a GP, the one the story meant
        described = replace(described, role=described.role[pointed.end() :])
    kin_post = (
        described.kind == "person"
        and described.role
        and described.role.split()[-1] in _KIN_NOT_A_POST
        and re.search(
            r",\s+who\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?((?:a|an|the)\s+[a-z][^,;:]*?)"
            r"(?:\s+(?:here|there))?(?:\s+(?:for|since)\s+[^,;:]+)?,?$",
            phrase,
        )
    )
    if kin_post and _is_role_phrase(kin_post.group(1)):
        # "My colleague Dr Tariq X, who has been a partner here for twenty years": the post, not whose colleague
        role, org = _split_role_org(_plain_apposition(kin_post.group(1)))
        return replace(described, role=role, org=described.org or org)
    return described


def _looks_like_a_body(name: str) -> bool:
    """Is ``name`` a body's by its words alone (one we know, an acronym, a watchdog's or the NHS's, or one ending in a
    body's word), not a person's?"""
    words = name.split()
    return (
        _party(name) == "org"
        or name.isupper()
        or words[0] in ("Healthwatch", "NHS")
        or words[-1] in _BODY_NAME_ENDS | _PRACTICE_NAME_ENDS
        or words[-1].lower() in _BODY_NOUNS
        or (words[0].lower() in _BODY_NOUNS and len(words) > 2 and words[1] == "of")  # "University of Dunmore"
    )


def places_listed_bodies(text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` names a body by a list of places (``Bedfordshire, Luton and Milton Keynes ICB``, without an
    article before it), not a post before a body's name (``Chief Medical Officer, NHS Ashworth and Vale ICB``) nor an
    outlet before one (``a request from Pulse, NHS Lancashire and South Cumbria ICB said``)."""
    for m in _PLACES_LISTED_BODY.finditer(text):
        article = re.match(r"[Tt]he\s+", m.group(0))
        start = m.start() + (article.end() if article else 0)
        first = text[start : m.end()].split(",")[0]
        if (
            not _is_role_head(first.split()[-1].lower())
            and first not in _NEWS_OUTLETS
            # (not a person's name before a body's: "Dr Ann X, Kent and Medway LMC chair")
            and first.split()[0].lower() not in _GIVEN_NAMES
            and not _TITLE_BEFORE.search(text[:start])
            # (not a clause's opening word: "Responding, Brinford and Hale ICB's director")
            and not (
                len(first.split()) == 1
                and (_common_word(first) or re.fullmatch(r"(?:Respond|Reply|Speak|Comment|Writ|Answer)ing", first))
            )
            and not re.match(r"(?:On|By|In|At|Last|This|Next)\s", first)  # "On Tuesday, Kingsfold and Wexham LMC"
        ):
            yield start, m.end()


def _name_after_a_body(phrase: str) -> tuple[str, ...]:
    """The name after a body's post with no comma between (``Chief executive of the Patients Association Olumide X``):
    the name, where the body's name ends in a body's word and the two words after it are no post's or body's."""
    m = _POST_OF_BODY_THEN_NAME.fullmatch(phrase)
    if m is None or not _is_role_phrase(phrase[: m.start("end")]):
        return ()
    end = m.group("end")
    if not (_looks_like_a_body(end) or end.lower() in _BODY_NOUNS or end in ("ICB", "LMC", "PCN")):
        return ()
    name = m.group("name").split()[-2:]
    if any(_common_word(w) or _looks_like_a_body(w) or w.lower() in _org_names_lower() for w in name):
        return ()
    return (" ".join(name),)


def _name_alone(phrase: str, person: str) -> str:
    """The tagger's person after a seat (``MP for Westerby Alan X``, where it took ``Westerby Alan X``): the name's
    last two words, the seat's place before them left to the seat; and after a post in capitals (``Leeds GP Sarah
    X``, all of which it took for the person): the words after the post."""
    at = phrase.find(person)
    words = person.split()
    if at > 0 and len(words) >= 3 and _SEAT_FOR.search(phrase[:at]):
        return " ".join(words[-2:])
    post = [i for i, w in enumerate(words) if w.rstrip("s") in _ROLE_CAPS - {"Dr"}]
    if post and len(words) - post[-1] - 1 >= 2:  # "Leeds GP Sarah X", all the tagger's person: the name after the post
        return " ".join(words[post[-1] + 1 :])
    return person


def _styled_name(sp: Speaker) -> Speaker:
    """A person's name as they are known: a peer by title and surname (``Lord Hallworth``, ``Baroness Keane``), a
    High Court judge as ``Mr Justice Cobb``, a privy counsellor without ``The Rt Hon``."""
    if sp.kind != "person" or not sp.name:
        return sp
    name = re.sub(r"^(?:[Tt]he\s+)?Rt\.?\s+Hon\.?\s+", "", sp.name)
    name = _NICKNAME.sub("", name)  # "Farah ‘Fizz’ Jameel": the name, as her other mentions write it
    bare = _without_postnominal(name)
    # "Minister for Secondary Care Karin X MP": the letters after the name go, and a seat's stays as a post
    if bare != name:
        member = next((w for w in name[len(bare) :].split() if w in ("MP", "MSP", "MS", "MLA", "AM")), None)
        sp = replace(sp, role=sp.role or member)
        name = bare
    silk = (
        re.search(re.escape(name) + r"\s+(?:[A-Z]{2,6}\s+)*(KC|QC)\b", sp.written)
        if "KC" in sp.written or "QC" in sp.written
        else None
    )
    if silk and not sp.role:  # "Helen X KC, for the GMC": counsel for the body (or a client); "Simon X KC": a rank
        sp = replace(sp, role="counsel" if re.search(r",\s+for\s+", sp.written) else silk.group(1))
    judge = _JUDGE.search(sp.written)
    if judge and name in (judge.group(2), f"Justice {judge.group(2)}"):  # "Mr Justice Cobb said"
        return replace(sp, name=f"{judge.group(1)} Justice {judge.group(2)}", role=sp.role or "judge")
    seat = re.search(r"\b(Lord|Baroness|Baron|Lady)\s+" + re.escape(name) + r"\b", sp.written)
    if seat and re.fullmatch(r"[A-Z][\w’'-]+\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", name):
        return replace(sp, name=f"{seat.group(1)} {name.split()[0]}")  # "Baroness Whitcombe of Ashby": Baroness
        # Whitcombe, as the House and the press call her
    peer = next((m for m in _PEER.finditer(sp.written) if m.group(2) == name), None)
    if peer and " " not in name:  # "Lord Hallworth, the former health minister": not "Hallworth"
        name = f"{peer.group(1)} {name}"
    return replace(sp, name=name) if name != sp.name else sp


# a body's own campaign, named or not: "The BMA’s ‘Save our Surgeries’ campaign", "the RCGP’s Put Patients First drive"
_OWN_CAMPAIGN = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&’'-]*(?:\s+(?:of\s+)?[A-Z][\w&’'-]*){0,3})(?:[’']s|(?<=s)[’'])\s+"
    r"(?:[‘“'\"][^‘’“”]{2,60}[’”'\"]\s+|(?:[A-Z][\w’'-]*\s+|(?:of|for|the|our|and|a)\s+){1,6})?"
    r"(?:campaign|drive|initiative)"
)


@lru_cache(maxsize=8192)
def _described(phrase: str, persons: tuple[str, ...]) -> Speaker:
    if re.match(r"(?:everyone|everybody|nobody|no\s+one|someone|somebody|anyone|anybody)\b", phrase.strip(), re.I):
        return Speaker(phrase, "other")  # "Everyone I ask says ‘don’t do it’": no one in particular
    state = re.fullmatch(r"(?:(?:the|my)\s+)?(?:" + _HONOURABLE + r")?(" + _STATE_POST + r")", phrase.strip(" ,"), re.I)
    if state:  # "The Secretary of State", "my right hon. Friend the Secretary of State": a post, and "State" no body
        return Speaker(phrase, "role", role=state.group(1))
    nicknamed = _NICKNAME.search(phrase)
    if nicknamed:  # "The hub’s operations lead, Gareth ‘Gaz’ X": the name without what he is called
        bare = tuple(_NICKNAME.sub("", p) for p in persons)
        given = re.search(r"[A-Z][\w’'-]*$", phrase[: nicknamed.start()])
        surname = re.match(r"\s+([A-Z][\w’'-]*)", phrase[nicknamed.end() :])
        if given and surname and given.group(0) in bare:  # ("Chris 'Kit' X", whose surname the tagger cut off)
            bare = (*(p for p in bare if p != given.group(0)), f"{given.group(0)} {surname.group(1)}")
        return replace(_described(_NICKNAME.sub("", phrase), bare), written=phrase)
    judge = _JUDGE.fullmatch(re.sub(r"^[Tt]he\s+", "", phrase.strip(" ,")))
    if judge and judge.group(1) in ("Lord", "Lady"):  # "said Lord Justice Marwood": an appeal judge, by the style of
        # the office (not a title and a name, as "Lord" alone is)
        return Speaker(phrase, "person", name=f"{judge.group(1)} Justice {judge.group(2)}", role="judge")
    for_whom = re.search(r",\s+" + _FOR_WHOM + r"[^,]*,?\s*$", phrase)
    if for_whom:  # "Fiona X KC, for Dr Varma,": for whom she acts, not her post
        return replace(_described(phrase[: for_whom.start()], persons), written=phrase)
    for_party = re.search(r",\s+for\s+the\s+([a-z]+|[A-Z]{2,5})\s*,?\s*$", phrase)
    if for_party and (for_party.group(1).isupper() or for_party.group(1) in _BODY_NOUNS | _PARTIES_TO_A_CASE):
        # "Mr Daniel X, for the ICB,": the one who speaks for that side, as "for the GMC" reads (the family's, a
        # practice's: for whom, which no post names)
        sp = _described(phrase[: for_party.start()], persons)
        return replace(sp, written=phrase, org=sp.org or (for_party.group(1) if for_party.group(1).isupper() else None))
    cited = _CITED_IN.search(phrase)
    if cited:  # "Dr Helen X (Letters, 3 May) says": where she said it, not her post
        return replace(_described(phrase[: cited.start()] + phrase[cited.end() :], persons), written=phrase)
    numbered = _QUESTION_NUMBER.match(phrase.strip())
    if numbered:  # a committee transcript's "Q12 Chair:", "Q13 Dr X:": the question's number, no part of who asks
        return replace(_described(phrase.strip()[numbered.end() :], persons), written=phrase)
    house = _SPEAKER_OF_A_HOUSE.fullmatch(phrase.strip())
    if house:  # "Mr Speaker", "Madam Deputy Speaker": the office, addressed by its holder's title
        return Speaker(phrase, "role", role=house.group(1))
    capital_post = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][a-z]+)", phrase.strip())
    if capital_post and capital_post.group(1).lower() in _ROLE_HEADS and capital_post.group(1).lower() != "gp":
        # "The Chair", "The Minister": a post written with its capital, as minutes and transcripts write it
        return Speaker(phrase, "role", role=capital_post.group(1).lower())
    peer = _TITLE_THE_PEER.search(phrase)
    if peer:  # "Professor the Lord Darzi": a peer with a title before, as Hansard writes it
        plain = phrase[: peer.start()] + peer.group(1) + " " + phrase[peer.end() :]
        return replace(_described(plain, tuple(re.sub(r"^the\s+", "", p) for p in persons)), written=phrase)
    given = _BRACKETED_GIVEN.search(phrase)
    if given:  # "Baroness (Clare) Gerada": a peer's given name in brackets, read as without them
        plain = phrase[: given.start(1) - 1] + given.group(1) + phrase[given.end(1) + 1 :]
        return replace(_described(plain, persons), written=phrase)
    gave = _GAVE_HER_NAME.fullmatch(phrase.strip())
    if gave:  # "Another patient, who gave her name only as Mary": Mary, a patient
        described = _described(gave.group(1), persons)
        return Speaker(phrase, "person", name=gave.group(2), role=described.role, org=described.org)
    spoke_to = _THOSE_WE_ASKED.fullmatch(phrase.strip())
    if spoke_to and _is_role_head(spoke_to.group(1).split()[-1].lower()):
        # "Patients we spoke to", "GPs Pulse surveyed": who they are, however they were asked
        return replace(_described(spoke_to.group(1), persons), written=phrase)
    caption = _CAPTION_ASIDE.search(phrase)
    if caption:  # "Dr Omar Aziz, pictured, a GP in Luton": where the photo is, no part of who he is
        return replace(_described(phrase[: caption.start()] + phrase[caption.end() :], persons), written=phrase)
    which = _WHICH_ASIDE.search(phrase)
    if which:  # "The chair of the Westmoor federation, which runs four hubs, Dr Tim X": what the body does, aside
        return replace(_described(phrase[: which.start()] + phrase[which.end() :], persons), written=phrase)
    owned_body = re.fullmatch(
        r"(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}[’']s\s+(?:practice|surgery|team|firm|company|"
        r"charity|network|federation|office|group),\s+(?:the\s+)?(?P<body>[A-Z][^,]*?),?",
        phrase.strip(),
    )
    if owned_body and clean_org(owned_body.group("body")):  # "Dr Fiona X's practice, the Old Forge Surgery": the body
        body = clean_org(owned_body.group("body"))
        return Speaker(phrase, "org", name=body, org=body)
    account = re.fullmatch(_HANDLE + r",\s+((?:a|an)\s+.+?),?", phrase.strip())
    if account and _is_role_phrase(account.group(1)):  # "posted @GPJunior, a trainee in Leeds": a trainee, unnamed
        role, org = _split_role_org(_plain_apposition(account.group(1)))
        return Speaker(phrase, "role", role=role, org=org)
    anonymous = re.fullmatch(r"(?:An?\s+)?[Aa]nonymous,\s+([a-z].*)", phrase.strip())
    if anonymous:  # a "what GPs think" line's "Anonymous, locum, Bristol": a locum, unnamed
        return replace(_described(anonymous.group(1), persons), written=phrase)
    one_is = re.fullmatch(r"(?:one|another)\s*,\s+((?:a|an)\s+[^,]+?),?", phrase.strip(), re.I)
    if one_is and _is_role_phrase(one_is.group(1)):  # "says one, a locum of 15 years in Devon": one of them, by
        post = re.sub(r"\s+of\s+(?:\d+|[a-z]+)\s+years\b", "", one_is.group(1))  # not how long
        role, org = _split_role_org(_plain_apposition(post))  # what they are
        return Speaker(phrase, "role", role=role, org=org)
    one_of = re.fullmatch(
        r"(?:one|another)\s+of\s+(?:the|our|its|their|his|her|those|these|\d+|[a-z]+)\s+((?:[\w-]+\s+){0,2})([\w-]+)"
        + _ANONYMOUS_ASIDE,  # "One of the outgoing partners, who asked not to be named,"
        phrase.strip(),
        re.I,
    )
    if one_of and one_of.group(2).endswith("s") and _is_role_head(one_of.group(2).lower()):
        # "As one of our participants put it", "one of the salaried GPs": one of them, by their post
        one = _singular(one_of.group(2))
        one = one if one.isupper() or one_of.group(1) else one.lower()
        mods = [w for w in one_of.group(1).split() if not re.fullmatch(_COUNT + r"|many|several|few|other", w, re.I)]
        return Speaker(phrase, "role", role=" ".join([*mods, one]))
    by_line = re.match(r"(?:Answered|Asked|Posted|Written|Replied|Reply)\s+by\s+(?=[A-Z])", phrase.strip())
    if by_line:  # a written question's "Answered by Karin X:": the one who answered, a person where it is a name
        rest = phrase.strip()[by_line.end() :]
        sp = _described(rest, persons)
        if sp.kind == "org" and _looks_like_name(rest) and not _find_phrase(rest, _lexicons()[0]):
            sp = Speaker(rest, "person", name=_TITLE_RE.sub("", rest))
        return replace(sp, written=phrase)
    there = re.fullmatch(r"((?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+there", phrase.strip(), re.I)
    if there and _is_role_phrase(there.group(1)):  # "a source there said": a source at the body just named
        return replace(_described(there.group(1), persons), written=phrase)
    nth = re.match(r"[Aa]\s+(?:second|third|fourth|fifth|sixth)\s+(?=[a-zA-Z])", phrase.strip())
    if nth:  # "A second locum, based in Manchester": another locum, the count no part of the post
        return replace(_described("Another " + phrase.strip()[nth.end() :], persons), written=phrase)
    seat = re.fullmatch(
        r"((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(" + _MEMBER + ")", phrase.strip()
    )
    if seat:  # "Edward X MSP said", which the tagger did not take for a person: a member, by their seat
        return Speaker(phrase, "person", name=_TITLE_RE.sub("", seat.group(1)), role=seat.group(2))
    authored = _AUTHORED.match(phrase.strip())
    if authored and persons:  # "A paper by the director of finance, Simon X, says": its author, by their post
        return replace(_described(phrase.strip()[authored.end() :], persons), written=phrase)
    known_as = re.fullmatch(
        r"(?:the\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}(?:[Ww]atchdog|[Tt]hink[- ]tank|[Uu]nion|[Cc]harity|[Rr]egulator|"
        r"[Ll]obby\s+group|[Cc]ampaign\s+group|[Tt]rade\s+body)\s+(?:the\s+)?(?P<org>[A-Z].*?),?",
        phrase.strip(),
    )
    if known_as and _find_phrase(known_as.group("org"), _lexicons()[0]) and clean_org(known_as.group("org")):
        # "The patient watchdog Healthwatch England", "Think tank the King’s Fund", "Doctors’ union the BMA": the
        # body, which the words before only describe
        org = clean_org(known_as.group("org"))
        return Speaker(phrase, "org", name=org, org=org)
    many = re.fullmatch(
        r"(?:(?:a|an)\s+(?:number|handful|group|couple)|dozens|hundreds|thousands|scores)\s+of\s+(\S.*)",
        phrase.strip(),
        re.I,
    )
    if many:  # "A number of LMCs", "a handful of partners": who they are, however many
        return replace(_described(many.group(1), persons), written=phrase)
    some_of = re.fullmatch(
        r"(?:" + _COUNT + r"|several|some|many|most|both|all|a\s+few)\s+of\s+(?:the|our|its|their|those|these)\s+"
        r"([^,]+?)" + _ANONYMOUS_ASIDE,
        phrase.strip(),
        re.I,
    )
    group = _described(some_of.group(1), persons) if some_of else None
    if group is not None and group.kind == "role":
        # "Two of the partners, who asked not to be named,", "Several of the salaried GPs": who they are, some of them
        return replace(group, written=phrase)
    published = re.fullmatch(
        r"(?:the|a|an|this|its)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+),\s+(?:published|commissioned|carried\s+out|produced|"
        r"conducted|compiled|written)\s+by\s+(?:the\s+)?([A-Z].*?)(?:\s+(?:on|in|last|this|earlier)\b.*)?,?",
        phrase.strip(),
        re.I,
    )
    if published and published.group(1).lower() in _DOC_NOUNS and clean_org(published.group(2)):
        by = published.group(2).rstrip(", ")
        author = _described(by, persons) if any(by.endswith(f", {p}") for p in persons) else None
        if author is not None and author.kind == "person":
            # "The report, written by the ICB's director of primary care, Helen X,": hers, as a memo written by one is
            return replace(author, written=phrase)
        # "The report, published by the Nuffield Trust on Monday": that body's report; "The board paper, written by X
        # NHS Trust's director of finance": the trust's
        owner = re.fullmatch(r"(.+?)[’']s\s+([a-z].*)", published.group(2))
        org = clean_org(owner.group(1) if owner and _is_role_phrase(owner.group(2)) else published.group(2))
        return Speaker(phrase, "doc", name=f"{org} {published.group(1).lower()}", org=org)
    parent_of = re.fullmatch(
        r"([A-Z]?[a-z]+-of-(?:" + _COUNT + r"))\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:,\s*\d{1,3})?,?",
        phrase.strip(),
    )
    if parent_of:  # "Father-of-three Dean X, 38": a person the tagger missed, and how the paper describes him
        return Speaker(phrase, "person", name=parent_of.group(2), role=parent_of.group(1).lower())
    first_is = re.fullmatch(r"([A-Z][a-z]+),\s+((?:a|an)\s+[^,]+?),?", phrase.strip())
    if first_is and first_is.group(1).lower() in _GIVEN_NAMES and _is_role_phrase(first_is.group(2)):
        # "Jean, a patient at the surgery for 40 years": a person by her first name, which the tagger took for a body
        post = re.sub(_HOW_LONG + r"$", "", first_is.group(2))  # not how long
        role, org = _split_role_org(_plain_apposition(post))
        return Speaker(phrase, "person", name=first_is.group(1), role=role, org=org)
    kin = re.fullmatch(
        r"(?:his|her|their|my|our)\s+([a-z]+)(?:,\s*(?:also\s+|now\s+|herself\s+|himself\s+)?(?:a|an)\s+[^,]+?)?,?",
        phrase.strip(),
        re.I,
    )
    if kin and kin.group(1).lower() in _KIN:  # "Her husband is blunter": a relative, who the article may name;
        # "Her husband, also a GP,": the relative still (as a GP, the GP named before would be taken for him)
        return Speaker(phrase, "role", role=kin.group(1).lower())
    kin_of = re.fullmatch(
        r"(?:(?:" + _TITLES + r")\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?[’']s\s+([a-z]+)(?:,\s*((?:a|an)\s+[^,]+?))?,?",
        phrase.strip(),
    )
    if kin_of and kin_of.group(1) in _KIN:  # "Fenwick’s husband, a hospital consultant": the husband, unnamed,
        post = _split_role_org(_plain_apposition(kin_of.group(2))) if kin_of.group(2) else (None, None)  # not Fenwick
        return Speaker(phrase, "role", role=post[0] or kin_of.group(1), org=post[1])
    royal = re.fullmatch(
        r"(?:[Tt]he\s+)?((?:Prince|Princess|King|Queen|Duke|Duchess|Earl|Countess|Viscount|Viscountess|Marquess)"
        r"(?:\s+of\s+[A-Z][a-z]+)?)",
        phrase.strip(),
    )
    if royal:  # "The Prince of Wales praised ...", "The Earl of Effingham": a person by a title, not a body
        return Speaker(phrase, "person", name=royal.group(1))
    figure = re.fullmatch(
        r"(?:(?:a|an|one|the|another)\s+)?((?:senior|leading|prominent|key|well-known)\s+(?:[A-Z][\w-]*\s+){0,3}figures?"
        r"(?:\s+(?:in|at|from)\s+.+)?)",
        phrase.strip(),
        re.I,
    )
    if figure:  # "A senior NHS figure told HSJ": a post of sorts, not a name
        return Speaker(phrase, "role", role=figure.group(1))
    coded = _PARTICIPANT_CODE.fullmatch(phrase.strip())
    if coded:  # "Respondent 14, a salaried GP": a research participant, by the post given or as a participant
        post = describe(coded.group(2)).role if coded.group(2) else None
        return Speaker(phrase, "role", role=post or coded.group(1).lower())
    if _BARE_SHARE.fullmatch(phrase.strip()):
        return Speaker(phrase, "other")  # "Some 87 per cent said the service was ‘good’": a statistic, no name
    share = _SHARE_OF.fullmatch(phrase.strip())
    if share and _is_role_phrase(
        re.split(r"\s+(?:who|that|surveyed|polled|questioned|asked)\b", share.group("group"))[0]
    ):
        # "62% of respondents said they were ‘very likely’ to leave": a statistic, whose marks quote a survey's
        # answers, not a speaker's words; no name (the share is not one), no post
        return Speaker(phrase, "other")
    campaign = _OWN_CAMPAIGN.fullmatch(phrase.strip())
    if campaign and clean_org(campaign.group("owner")):  # "The BMA’s ‘Save our Surgeries’ campaign said": the BMA
        body = clean_org(campaign.group("owner"))
        return Speaker(phrase, "org", name=body, org=body)
    doc_from = re.fullmatch(
        r"((?:the|a|an|its)\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+)),\s+((?:(?:[a-z]+ed|set\s+up|run|written|drawn\s+up)\s+)?"
        r"(?:from|by))\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+){0,2}((?-i:[A-Z])[^,]+?),?",
        phrase.strip(),
        re.I,
    )
    if doc_from and doc_from.group(2).lower() in _DOC_NOUNS:  # "The letter, from X ICB": as "The letter from X ICB";
        # "The letter, organised by X LMC,", "The petition, set up by campaign group X,"
        return replace(
            _described(f"{doc_from.group(1)} from {doc_from.group(4)}", persons),
            written=phrase,
        )
    sp = _describe(phrase, persons)
    if sp.role and not sp.org and sp.role.split()[-1] not in _SPOKES:
        # "federation chief executive Lisa X": the kind of body stays with the post (a spokesperson's is read with
        # the article: the body of that kind named before)
        kind = re.search(r"(?:^|\s)([a-z]+)\s+" + re.escape(sp.role) + r"\b", sp.written)
        if kind and kind.group(1) in _BODY_NOUNS:
            sp = replace(sp, role=f"{kind.group(1)} {sp.role}")
    if sp.role:  # "one GP on X", "a partner on Twitter": where they wrote it, not what they are
        sp = replace(sp, role=_ON_A_PLATFORM.sub("", sp.role) or sp.role)
    if sp.role and all(w.lower() in STOP_WORDS for w in re.findall(r"[\w’'-]+", sp.role)):
        sp = replace(sp, role=None)  # "when Hunt first pledged": no role
    if sp.kind == "person" and sp.role and sp.role.lower() in _DOC_NOUNS:
        sp = replace(sp, role=None)  # "A letter from Dr X to the ICB said": her letter, not her post
    if sp.role and re.match(r"[a-z]+ing\b", sp.role) and not _is_role_phrase(sp.role):
        sp = replace(sp, role=None)  # "Dr X, dubbing it ‘the hub trap’, said": what they did, not a post
    if sp.role and _NOT_A_POST.match(_KIND_FIRST.sub("", sp.role)):
        # "Dr A, like Dr B, said", "Professor X, quoted in the Times, said", "Dr Y, in a speech to the LMC
        # conference" (whose kind of body went before the rest)
        sp = replace(sp, role=None)
    if sp.role and re.fullmatch(r"(?:now\s+)?(?:retired|semi-retired)", sp.role):
        sp = replace(sp, role=None)  # "Dr X, now retired, still lives in the village": no post, the one before stays
    if sp.role:  # "a partner three miles away", "a GP down the road": how far is not the post either
        sp = replace(
            sp,
            role=re.sub(
                r"\s+(?:" + _HOW_FAR + r"|down\s+the\s+(?:road|street))$",
                "",
                sp.role,
            )
            or sp.role,
        )
    if sp.role:  # "a GP in Tower Hamlets for more than 30 years": how long is not the post
        sp = replace(
            sp,
            role=re.sub(_HOW_LONG + r"(?=$|\s+and\s)", "", sp.role),  # "a member since 2022"
        )
    if sp.role and _PARENT_OF.search(sp.role):  # "a mother of three and a partner in Hull": the partner
        sp = replace(sp, role=_PARENT_OF.sub("", sp.role) or sp.role)
    both = re.fullmatch(r"(?:both|all)\s+(.+?)s(\s+(?:at|in|of|for|from)\s.*)?", sp.role or "")
    if both and _is_role_head(both.group(1).split()[-1].lower()):  # "Dr A and Dr B, both partners at X": a partner
        sp = replace(sp, role=both.group(1) + (both.group(2) or ""))
    last = sp.role.split()[-1] if sp.role else ""
    if (
        sp.kind == "person"
        and sp.name
        and " and " not in sp.name
        and last.islower()
        and _plural_role(last)
        and not re.search(r"\sof\s+\S+$", sp.role)  # not "chair of trustees": the post is the chair
        and not re.search(r"\s(?:with|for|of|in|at|to|from|across)\s", sp.role)  # nor "... with 14,000 patients"
    ):
        sp = replace(sp, role=_one_of_the_post(sp.role))  # "The practice’s partners, Dr A": a partner
    relative = re.search(r"\s+(?:who|whose|which|that)\s", sp.role or "")
    if relative and relative.start() > 0:  # "The GP who blew the whistle on the practice, Dr X": a GP; "a partner
        # at a practice in Oldham that recently merged with two neighbours": a partner at a practice in Oldham
        sp = replace(sp, role=sp.role[: relative.start()])
    which_one = re.search(r"(?<=\w)\s+(?:here|there|in\s+question|concerned)$", sp.role or "")
    if which_one:  # "a partner here", "the locum in question", "the GP concerned": which one, no part of the post
        sp = replace(sp, role=sp.role[: which_one.start()])
    if sp.kind == "person" and re.fullmatch(
        r"(?:(?:next|first|second|third|last|final|opening)\s+)?speaker", sp.role or ""
    ):
        sp = replace(sp, role=None)  # "The next speaker, Dr X": her turn at a meeting, no post
    kind_only = re.fullmatch(r"(?:a|an)\s+(?:[\w-]+\s+){0,2}([\w-]+)", sp.org or "")
    if kind_only and sp.role and (kind_only.group(1).lower() in _BODY_NOUNS or kind_only.group(1) in _KIND_OF_BODY):
        # "A spokesperson for a Leeds federation": one of its kind, which no name names
        sp = replace(sp, org=None)
    org = sp.org if sp.org and _PARLIAMENT_COMMITTEE.fullmatch(sp.org) else clean_org(sp.org)  # in lower case
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
    committee = re.fullmatch(
        r"((?:[\w’'-]+\s+){0,3}(?:sub-?)?committee)\s+((?:vice[- ]|co-|deputy\s+)?chair|chairman|chairwoman|secretary|"
        r"treasurer|member)",
        sp.role or "",
    )
    if org and committee and not re.search(r"committee$", org, re.I) and not re.fullmatch(_PARTY, org):
        # (not "a Conservative committee member": a party's member of the council's committee)
        # "The BMA’s sessional GPs committee chair", "Kent LMC’s finance committee chair": the committee's chair
        sp, org = replace(sp, role=committee.group(2)), f"{org} {committee.group(1)}"
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
    """``Lena Marsh MP`` -> ``Lena Marsh``, ``Rachel Ward MBE FRCGP`` -> ``Rachel Ward``: letters after a name are not
    part of it."""
    post = re.search(_POSTNOMINALS, name)
    return name[: post.start()] if post and len(name[: post.start()].split()) >= 2 else name


def _member_of(written: str, name: str, app: str, body: str) -> Speaker:
    """A person named after their body (``The King’s Fund’s Beccy X``, ``Labour’s Wes X``): the name without its
    titles and letters, the post an apposition gives, and the body."""
    role, _org = _split_role_org(app) if app and _is_role_phrase(app) else (None, None)
    return Speaker(written, "person", name=_without_postnominal(_TITLE_RE.sub("", name)), role=role, org=body)


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
    handle = re.fullmatch(r"(.+?)\s*\(" + _HANDLE + r"\)", written)
    if handle:  # "Dr Kamila X (@KamilaX) tweeted": the account, which is no post
        return replace(_describe(handle.group(1), persons), written=written)
    paren = re.fullmatch(r"(.+?)\s*\(([^()]{2,80})\)", written)
    place = paren.group(2) if paren else ""
    if (
        paren
        and re.fullmatch(r"[A-Z][a-z][\w’'-]*(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+)[A-Z][a-z][\w’'-]*)*", place)
        and not _find_phrase(place, _lexicons()[0])
        and not any(w.lower() in _BODY_NOUNS for w in place.split())
        and not re.fullmatch(_PARTY, place)
        and _looks_like_name(paren.group(1))
    ):  # "Dr Ayesha X (Tower Hamlets)", a conference's delegate by the area they come from: a place, not a body
        return replace(_describe(paren.group(1), persons), written=written)
    office_of = re.fullmatch(
        r"((?:[Tt]he\s+)?[A-Z][^,()]{3,80}),\s+((?:Department|Ministry|Office)\s[^,()]{3,80})",
        paren.group(1) if paren else "",
    )
    if office_of and _looks_like_name(paren.group(2)):
        # "The Parliamentary Under-Secretary of State, Department of Health and Social Care (Baroness Merron)": the
        # Lords' form of an office, its department, then its holder
        sp = _describe(f"{office_of.group(1)}, {paren.group(2)}", persons)
        if sp.kind == "person":
            return replace(sp, written=written, org=sp.org or clean_org(office_of.group(2)))
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


def _read_as_written(written: str, persons: Sequence[str]) -> Speaker | None:
    """A speaker phrase whose words are not a body's, though a name's capitals make them look so: a lawyer's field
    opening a sentence (``Employment lawyer Harriet X``), one who acts for another (``Counsel for Dr X, Ruth Y``: Ruth
    Y), a body's unnamed source (``a source at the current provider, X Federation``), a relative named by whose they
    are (``Isla's mother, Rebecca X``), one named by whose colleague they are (``Dr X's colleague Dr Y``: Dr Y); None
    when none applies."""
    first = written.split(" ", 1)[0]
    if first.lower() in _FIELDS_OF_PRACTICE and first.istitle() and " " in written:
        rest = written.split(" ", 1)[1]
        if rest[:1].islower():  # "Employment lawyer Harriet X": the field is the post's, as mid-sentence
            return replace(_describe(first.lower() + " " + rest, persons), written=written)
    acts = _ACTS_FOR.fullmatch(written)
    if acts and _looks_like_name(_TITLE_RE.sub("", acts.group("name"))):
        who = _describe(acts.group("name"), [p for p in persons if p in acts.group("name")])
        if who.kind == "person" and who.name:
            return replace(who, written=written, role=acts.group("post").lower())
    at_the_body = re.fullmatch(
        r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+([a-z]+)\s+(?:at|for|in|from|close\s+to)\s+the\s+[a-z][a-z ]{1,40},\s+"
        r"((?:[A-Z][\w’'&-]*\s+){0,5}[A-Z][\w’'&-]*)",
        written,
    )
    if at_the_body and _is_role_head(at_the_body.group(1)) and _looks_like_a_body(at_the_body.group(2)):
        # "a source at the current provider, Tarnhill Urgent Care Federation": the body's, unnamed
        return Speaker(written, "role", role=at_the_body.group(1), org=clean_org(at_the_body.group(2)))
    kin_of = re.fullmatch(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)[’']s\s+(([a-z]+)\b.*)", written)
    kin = _describe(kin_of.group(2), persons) if kin_of and kin_of.group(3) in _KIN else None
    if kin is not None and kin.kind == "person" and kin.name and not _looks_like_a_body(kin_of.group(1)):
        # "Isla's mother, Rebecca X": her mother, the relation the post (not "Isla mother")
        return replace(kin, written=written)
    whose = _WHOSE_THEN_NAME.fullmatch(written)
    if whose:
        who = _describe(whose.group("name"), [p for p in persons if p in whose.group("name")])
        if who.kind == "person" and who.name:
            post = whose.group("post")
            return replace(who, written=written, role=None if post == "colleague" else post)
    return None


def _plain_apposition(app: str) -> str:
    """The apposition after a name as a role: relative clauses that give a post made into one (``who chairs X`` ->
    ``chair of X``, ``who sits on X`` -> ``member of X``, ``who became a partner at X in 2015`` -> ``partner at X``),
    other relative clauses, ages and ``one of`` dropped."""
    app = re.sub(r"^(?:also|herself|himself|itself|themselves)\s+", "", app)  # "Dr Tom X, also a GP"
    # "a pharmacist employed by the network since last year": at the network; "a pharmacist at X Pharmacy owned by the
    # Y group": at X, whoever owns it (how long, and by which scheme, no part of the post)
    app = re.sub(r"(?<=[a-z])\s+(?:employed|hired|recruited)\s+(?:by|at)\s+(?=(?:the\s+)?[A-Za-z])", " at ", app)
    app = re.sub(r"^who\s+(?:is|was)\s+based\s+(?=(?:at|in)\s)", "based ", app)  # "who is based at the X Centre"
    app = re.sub(  # "a paramedic who works for Oakmere PCN": at the PCN
        r"(?<=[a-z])\s+who\s+(?:now\s+)?(?:works|worked|is\s+employed|was\s+employed)\s+(?:for|at|by|with)\s+"
        r"(?=(?:the\s+)?[A-Z])",
        " at ",
        app,
    )
    app = re.sub(r"(\b[A-Z][\w’'-]*)\s+(?:owned|bought|acquired)\s+by\s+.*$", r"\1", app)  # (not "a practice run by X")
    app = _SINCE_OR_BY_WHICH_SCHEME.sub("", app)
    app = re.sub(r"^((?:a|an)\s+[^,]+?)" + _HOW_LONG + r"$", r"\1", app)  # "a GP partner in Truro for 28 years"
    if re.match(_WITH_WHOM + r"\b", app):
        return ""  # "Dr X, together with two other partners,", "Dr X, in common with most GPs,": with whom, no post
    if re.match(r"now\s+(?:[\w-]+\s+){1,3}(?:into|in)\s+(?:his|her|their)\s", app):
        return ""  # "Dr X, now three months into his first salaried post,": how far along, no post
    if re.match(r"who\s+(?:was|had\s+been)\s", app):  # "who was a partner at X and left six months later": the post,
        # not what they did next
        app = re.split(r"\s+and\s+(?:then\s+)?(?:left|quit|went|moved|became|took|[a-z]+ed)\b", app)[0]
    speaking_as = re.fullmatch(r"as\s+((?:the\s+|an?\s+)?[a-z].+)", app)
    if speaking_as and _is_role_phrase(speaking_as.group(1)):
        app = speaking_as.group(1)  # "Dr X, as chair of Calder LMC,": the post she speaks in
    app = re.sub(r"^\d{1,3},\s+(?=who\s)", "", app)  # "Dr Ana X, 45, who is a partner in Matlock": the age goes
    if not app or not (
        "who" in app
        or "one of" in app
        or "ly " in app
        or " turned " in app
        or " until " in app
        or any(c.isdigit() for c in app)
    ):
        return app  # the common case, decided without a pattern
    retired = re.match(r"who\s+(?:has\s+)?retired\b[^,]*?\bas\s+(?:an?\s+|the\s+)?([a-z].+)$", app)
    if retired:  # "Dr Pat X, who retired in March after 31 years as a partner in Durham": a retired partner
        return f"retired {retired.group(1)}"
    if re.match(r"(?:formerly|previously|until\s+recently)\s+(?:of|at|with|from)\b", app):
        return ""  # "Sarah X, formerly of Seaforth ICB": where she worked, not where she works
    app = re.sub(  # "formerly chief executive of X", "until recently a partner in Leeds"
        r"^(?:formerly|previously|until\s+recently)\s+(?:an?\s+|the\s+)?", "former ", app
    )
    app = re.sub(  # "a partner for 14 years before she went salaried": a post held until then
        r"^(?:an?\s+)?(?!who\b)([a-z][^,]*?)\s+for\s+(?:\d+|[a-z]+)\s+(?:years|decades)\s+(?:before|until)\s.*$",
        r"former \1",
        app,
    )
    stood_down = re.match(
        r"who\s+(?:(?:stood|stepped)\s+down|resigned)\s+as\s+(?:an?\s+|the\s+)?(.+?)"
        r"(?:\s+(?:in|last|this|earlier|after)\b.*)?$",
        app,
    )
    if stood_down:  # "Dr X, who stood down as LMC chair in May": a former chair
        app = f"former {stood_down.group(1)}"
    stepping_down = re.match(
        r"who\s+(?:steps|is\s+stepping|will\s+step)\s+down\s+as\s+(?:an?\s+|the\s+)?(.+?)"
        r"(?:\s+(?:in|on|at|next|this|later|after)\b.*)?$",
        app,
    )
    if stepping_down:  # "Sir Malcolm X, who steps down as chair of Y ICB this week": the chair still
        app = stepping_down.group(1)
    elected = re.match(
        r"who\s+(?:(?:was|has\s+(?:just\s+|recently\s+)?been|had\s+been|is)\s+(?:recently\s+|newly\s+|just\s+)?"
        r"(?:appointed|elected|named|made|voted\s+in)\s+(?:as\s+)?|(?:recently\s+|has\s+(?:just\s+)?)?"
        r"(?:took|taken|stepped)\s+(?:over|in|up)\s+as\s+)(?:the\s+|its\s+|an?\s+)?(?P<post>[a-zA-Z].*?)(?:\s+(?:"
        + _WHEN.pattern
        + r")\b.*)?$",
        app,
    )
    if elected and _is_role_phrase(elected.group("post")):
        # "Dr X, who was elected chair of the BMA GP committee in July", "who took over as chair in May": the post,
        # without its when
        app = elected.group("post")
    leads_on = re.match(
        r"who\s+(?:now\s+|also\s+|currently\s+)?leads\s+(?:on\s+(?P<field>[a-z][\w -]*?)(?:\s+(?:for|at)\s+"
        r"(?:the\s+)?(?P<body>[A-Z].*))?|(?:the\s+)?(?P<owner>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)[’']s\s+work\s+on\s+"
        r"(?P<topic>[a-z][\w -]*))$",
        app,
    )
    if leads_on:  # "who leads on workforce for the BMA", "who leads the RCGP’s work on workforce": its lead on it
        field, body = (
            leads_on.group("field") or leads_on.group("topic"),
            leads_on.group("body") or leads_on.group("owner"),
        )
        app = f"{field} lead" + (f" at {body}" if body else "")
    chairs = re.match(
        r"who\s+(?:previously\s+|formerly\s+|once\s+|(?P<until>until)\s+(?:recently|last\s+(?:year|month|week)|\d{4}|"
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)"
        r"\s+)?(?P<has>has\s+)?(?:(?P<co>co-)?(?P<post>chair|lead|head)(?P<end>s|ed)|(?P<led>led))\s+(?:the\s+)?(?!an?\s)"
        r"(?P<body>.+?)(?:\s+(?:until|till|between|since)\b.*|"
        r"\s+(?:from|in)\s+\d{4}\b.*)?$",
        app,
    )
    if chairs and chairs.group("led") and not chairs.group("until") and not chairs.group("has"):
        chairs = None  # "Dame X, who led the review": what she did, not a post she held
    unnamed = re.fullmatch(
        r"who\s+(chair|head|manage)s\s+((?:an?)\s+(?:[\w,-]+\s+){0,2}?(\w+)(?:\s+(?:in|at|near|of)\s+.+)?)", app
    )
    if unnamed and (unnamed.group(3) in _KIND_OF_BODY or unnamed.group(3).lower() in _BODY_NOUNS):
        # "who chairs a large PCN in Leicester", "who manages a 22,000-patient practice in Devon": that post, at a
        # body not named (not "who chairs a meeting")
        app = f"{unnamed.group(1).replace('manage', 'manager')} of {unnamed.group(2)}"
    if chairs:  # "Dr Ade Ogun, who chairs Harbourside Primary Care Network"; "who chaired it until 2019", "who until
        # last year led the LMC": former; "who has chaired X since 2019", "who co-chairs X": held now
        past = (chairs.group("end") == "ed" or bool(chairs.group("led"))) and not chairs.group("has")
        post = (chairs.group("co") or "") + (chairs.group("post") or "lead")
        field = re.fullmatch(
            r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(\s+(?:for|at)\s+(?:the\s+)?[A-Z].*)?", chairs.group("body")
        )
        if post == "lead" and field and not app.startswith("who leads the") and field.group(1) not in STOP_WORDS:
            # "who leads primary care for the ICB": a field's lead, then the body (not "who leads the LMC")
            app = f"{'former ' if past else ''}{field.group(1)} lead{field.group(2) or ''}"
        else:
            app = f"{'former ' if past else ''}{post} of {chairs.group('body')}"
    app = re.sub(  # "a GP in Bury who chairs the LMC", "... for 20 years and who chairs Bury LMC"
        r"(?<=\S)(?:\s+and)?\s+who\s+(?:now\s+|currently\s+)?(chair|lead|head)s\s+(?!on\s)(?:the\s+)?",
        r" and \1 of the ",
        app,
    )
    # "who sits on the Welsh GP committee", also after a role ("a GP partner in Cardiff who sits on ..."): a member
    app = re.sub(
        r"(?:^|(?<=\S)\s+)who\s+(?:sits|serves)\s+on\s+",
        lambda m: " and member of " if m.start() else "member of ",
        app,
    )
    # "who joins the practice as a salaried GP": the post, at what they join
    app = re.sub(
        r"^who\s+(?:has\s+|have\s+|recently\s+)?(?:joins|joined|join)\s+((?:the\s+)?(?:(?!after|following|having)[^,;])+?)"
        r"\s+as\s+((?:a|an|its|the)\s+)?"
        r"([a-z][^,;]*?)(?:\s+(?:in|since|on)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?))?$",  # (not when)
        lambda m: f"{m.group(2) or ''}{m.group(3)} at {m.group(1)}",
        app,
    )
    runs = re.match(
        r"who\s+(?:now\s+|also\s+)?(?P<verb>runs?|ran|manages?|owns?|(?:co-)?founded|set\s+up)\s+(?:the\s+)?"
        r"(?:(?:campaign\s+group|pressure\s+group|think\s+tank|charity|company|firm)\s+)?(?P<body>[A-Z].*)$",
        app,
    )
    verb, body = (runs.group("verb"), runs.group("body")) if runs else (None, None)
    named = body and re.match(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'&-]*)*", body)
    rest = body[named.end() :] if named else ""
    if re.fullmatch(r"\s+[a-z]+(?:-[a-z]+)?ly|\s+single-handed", rest):
        body = named.group(0)  # "who runs Station Road Surgery single-handedly": how, no part of the name
    elif body and not re.fullmatch(
        r"(?:\s+(?:in|on|at|with|since|from|for|until)\s+.*|\s+(?:federation|group|practice|surgery|network|partnership|hub|campaign|charity)\b.*)?",
        rest,
    ):
        body = None  # "who runs Saturday clinics at a surgery": what she does, no body's name
    if body:  # "Ian X, who runs the Lambeth GP Federation": the body he works for; "who founded X": its founder
        # ("who co-founded the X federation", "who founded the campaign group X": the same)
        app = f"{'co-founder ' if verb == 'co-founded' else 'founder ' if verb in ('founded', 'set up') else ''}"
        app += "manager " if verb in ("manages", "manage") else ""  # "Janet X, who manages Riverside Surgery"
        app += f"of {body}"
    # "who researches general practice at the Nuffield Trust", "who has worked at Brook Vale Medical Centre for 22
    # years", "who studies patient experience at the University of X": where they work, the work itself no post
    app = re.sub(
        r"^who\s+(?:now\s+|also\s+)?(?:has\s+|had\s+)?(?:worked|researches|teaches|lectures|practises|practices|"
        r"studies|works\s+on|specialises\s+in|writes\s+(?:on|about))"
        r"(?:\s+[a-z][\w-]*){0,3}\s+(?=(?:at|for)\s+(?:the\s+)?[A-Z])",
        "who works ",
        app,
    )
    app = re.sub(r"^who\s+(?:has|had)\s+been\s+(?=at\s+(?:the\s+)?[A-Z])", "who works ", app)  # "who has been at X"
    app = re.sub(r"^(who works (?:at|for) .+?)\s+for\s+(?:\d+|[a-z]+)\s+(?:years?|months?|decades?)\b.*$", r"\1", app)
    joined = re.match(
        r"who\s+(?:now\s+|also\s+)?(?P<verb>campaigns|works|volunteers)\s+(?:with|for|at)\s+(?:the\s+)?"
        r"(?:(?:campaign\s+group|pressure\s+group|group|think\s+tank|charity)\s+)?(?P<body>[A-Z].*)$",
        app,
    )
    if joined:  # "who campaigns with the group Doctors’ Association UK": a campaigner there; "who works for X": of X
        app = f"{'campaigner ' if joined.group('verb') == 'campaigns' else ''}of {joined.group('body')}"
    now = re.match(
        r"who\s+.+?\s+and\s+(?:now|currently)\s+(?P<rest>(?:works|practises|practices)\s+as\s+.+)$", app
    ) or re.match(r"who\s+.+?\s+and\s+(?:is\s+now|now\s+is|is\s+currently)\s+(?P<rest>(?:an?|the)\s+.+)$", app)
    if now:  # "who had been a partner for 22 years and now works as a salaried GP": the post now
        rest = now.group("rest")
        app = f"who now {rest}" if rest.startswith(("works", "practi")) else f"who is {rest}"
    app = re.sub(r"^who\s+was\s+(?:previously|formerly|once)\s+", "who was ", app)  # "who was previously director of
    # operations at a trust": was
    app = re.sub(  # "who took over as lead GP in 2023", "who was appointed clinical director last year": became
        r"^who\s+(?:took\s+over|stepped\s+(?:up|in)|(?:was|has\s+been)\s+(?:appointed|named|elected))\s+(?:as\s+)?"
        r"(?=(?:an?|the)\s|[a-z])",
        "who became ",
        app,
    )
    became = re.match(
        r"who\s+(?:became|is|has\s+been|was)\s+(?:also\s+|now\s+|currently\s+)?(?P<art>(?:an?|the)\s+)?(?P<post>.+)$",
        app,
    )
    if (
        became
        and not became.group("art")
        and not _is_role_phrase(re.split(r"\s+(?:of|for|at|in|since|from)\s+", became["post"])[0])
    ):
        became = None  # "who is chair of Kent LMC", a post without its article; not "who is retiring"
    if became:  # "Dr X, who became a partner at the Priory Practice in Bath in 2015": the post, without its when
        post = re.sub(
            r"\s+(?:in|since|from)\s+\d{4}\b.*$|\s+(?:after|before|when|until)\s.*$", "", became.group("post")
        )
        former = "former " if re.match(r"who\s+was\b", app) else ""
        owned = re.fullmatch(r"([a-z][\w-]*[’']s)\s+(.+)", post) if became.group("art") == "the " else None
        # "who was the federation’s first chief operating officer": the federation's former post, as an apposition
        app = f"the {owned[1]} {former}{owned[2]}" if owned else former + post
    # "who works three days a week as IT lead at X", "who works part-time as a GP": how much, no part of the post
    app = re.sub(
        r"^(who\s+(?:now\s+|still\s+)?(?:works|practises|practices))\s+(?:part[- ]time|full[- ]time|"
        r"(?:\S+\s+){1,3}?(?:a|per)\s+(?:week|month|fortnight))(?=\s+as\s)",
        r"\1",
        app,
    )
    served = _SERVED_AS.match(app)
    if served and _is_role_phrase(served.group("post")):
        # "who has worked as a GP in Bury for 20 years", "who has spent 20 years as a GP", "who served as chair of
        # X from 2015 to 2021": the post, held now after "has" and before that otherwise
        held_now = served.group("now") and not served.group("ended")
        app = ("" if held_now else "former ") + served.group("post")
    app = re.sub(r"(?<=\S)\s+who\s+.*$", "", app)  # "a salaried GP who works four sessions at Moorside"
    works = re.match(r"who\s+(?:now\s+|still\s+)?(?:works|practises|practices)\s+as\s+(?:an?\s+)(.+)$", app)
    if works:  # "Dr Rupert Vance, who now works as a locum"
        app = works.group(1)
    app = re.sub(r"^(?:both\s+)?(?:(?:now|aged)\s+)?\d+(?:,\s*|$)", "", app)  # "Dave Hay, 57, a scientist from
    # Yorkshire", "Peter, now 79", "Dr A and Dr B, both 34,": the age is no role
    app = re.sub(r"^(?:an?\s+)?\d{1,3}-year-old\s+(?=[A-Za-z])", "", app)  # "a 52-year-old GP in Leeds": a GP in Leeds
    # "one of six partners at the practice", "one of the founders of X": a partner, a founder
    app = re.sub(  # "the two"; "one of his former trainees": a former trainee
        r"^one\s+of\s+(?:(?:the|its|his|her|their|my|our)\s+)?(?:" + _COUNT + r"\s+)?(?!his\b|its\b)([a-z][\w-]*?)s\b",
        r"\1",
        app,
    )
    app = re.sub(r"^one\s+of\s+(?:his|her|their|my|our)\s+((?:[a-z][\w-]*\s+){1,2}[a-z][\w-]*?)s$", r"\1", app)
    app = re.sub(r"^one\s+of\s+(?:\w+\s+)([a-z][\w-]*?)s\b", r"\1", app)
    # "one of the practice’s two remaining partners": a partner
    app = re.sub(
        r"^one\s+of\s+(?:the|its|their)\s+[a-z]+[’']s\s+(?:(?:"
        + _COUNT
        + r"|remaining|other|last)\s+)*([a-z][\w-]*?)s$",
        r"\1",
        app,
    )
    app = re.sub(  # "chair of Hull LMC until last year": a former chair
        r"^(?:an?\s+|the\s+)?(?!who\b|former\b|the\b|an?\b)([A-Za-z][^,]*?)\s+until\s+(?:recently|last\s+(?:year|month|week)|\d{4}|"
        r"earlier\s+this\s+year|(?:" + _MONTHS + r")(?:\s+\d{4})?)$",
        r"former \1",
        app,
    )
    turned = re.fullmatch(r"(?:an?\s+)?(?:former\s+)?[a-z][\w -]*?\s+turned\s+(?:an?\s+)?([a-z].*)", app)
    if turned:  # "a former GP partner turned locum": what they are now
        app = turned.group(1)
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
    people = _PEOPLE_LIST.fullmatch(written.strip())
    listed = None if people else _PEOPLE_LIST_DESCRIBED.fullmatch(written.strip())
    if listed and listed.group("post") is None:  # "Dr A, Dr B and Dr C, the three partners at X": all three, and
        # the post and body the apposition gives them
        names = [_TITLE_RE.sub("", n.strip()) for n in re.split(r",\s*|\s+and\s+", listed.group("list")) if n.strip()]
        role, org = _split_role_org(listed.group("app"))
        if len(names) >= 3 and role and all(_looks_like_name(n) and not _find_phrase(n, _lexicons()[0]) for n in names):
            return Speaker(written, "person", name=", ".join(names[:-1]) + " and " + names[-1], role=role, org=org)
    if people:  # "The partners – Dr Ann X, Dr Ben Y and Dr Cal Z": three or more people together, and their post
        names = [_TITLE_RE.sub("", n.strip()) for n in re.split(r",\s*|\s+and\s+", people.group("list")) if n.strip()]
        if len(names) >= 3 and all(_looks_like_name(n) and not _find_phrase(n, _lexicons()[0]) for n in names):
            post = people.group("post")
            role = _singular(post) if post and _is_role_head(post.split()[-1].lower()) else None
            return Speaker(written, "person", name=", ".join(names[:-1]) + " and " + names[-1], role=role)
    asides = re.fullmatch(
        r"((?:[^(),]+?\s*\([^()]+\),\s+)+)([^(),]+?\s*\([^()]+\)),?\s+and\s+([^()]+?(?:\s*\([^()]+\))?)", written
    )
    if asides:  # "Dr A (Ripon), Dr B (Hull) and Dr C (Leeds)": three or more people, each with where they work
        each = [
            _describe(p, persons)
            for p in (*re.findall(r"[^(),]+?\s*\([^()]+\)", asides.group(1)), *asides.groups()[1:])
        ]
        if all(p.kind == "person" and p.name and " and " not in p.name for p in each):
            return _people_of(written, each)
    more = _first_described(written, persons)
    if more:  # "Dr A, chair, X LMC, Dr B, secretary, Y LMC, and Dr C, chair, Z LMC": three or more, each described
        a, rest = more  # the others already together: "B and C"
        return replace(_people_of(written, [a, rest]), name=f"{a.name}, {rest.name}")
    both = re.fullmatch(r"(.+?,\s+.+?),?\s+and\s+((?:" + _TITLES + r"\s+)?[A-Z].+?,\s+.+)", written)
    if both:  # "Dr Leah Moss, a GP in Bristol, and Dr Tariq Aziz, a GP in Leeds": two people, each described
        a, b = _describe(both.group(1), persons), _describe(both.group(2), persons)
        if a.kind == b.kind == "person" and a.name and b.name and " and " not in a.name + b.name:
            return _pair_of(written, a, b)
    kin = re.fullmatch(
        r"(.+?)\s+and\s+((?:his|her|their)\s+[^,]+?),\s+((?:"
        + _TITLES
        + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})",
        written,
    )
    if kin and _is_role_phrase(kin.group(2)) and _party(kin.group(1)) == "person":
        # "Dr Alice X and her practice manager, Tim Y": as without the comma ("and her business partner Dr Z")
        return replace(_describe(f"{kin.group(1)} and {kin.group(2)} {kin.group(3)}", persons), written=written)
    bracketed = re.fullmatch(r"([^()]+?\s*\([^()]+\)),?\s+and\s+([^()]+?(?:\s*\([^()]+\))?)", written)
    if bracketed:  # "Dr Alice X (Hull) and Dr Ben Y (York)", "Dr Alice X (pictured) and Dr Ben Y": two people
        a, b = _describe(bracketed.group(1), persons), _describe(bracketed.group(2), persons)
        if a.kind == b.kind == "person" and a.name and b.name and " and " not in a.name + b.name:
            return _pair_of(written, a, b)
        if a.kind == b.kind == "org" and a.name and b.name:  # "The RCGP (England) and the BMA (UK)"
            return Speaker(written, "org", name=f"{a.name} and {b.name}")
    posts_first = re.fullmatch(
        r"(.+?,\s+[^,]+?),?\s+and\s+((?:the|its|his|her|their)\s+[^,]+?,\s+(?:" + _TITLES + r"\s+)?[A-Z][^,]+)",
        written,
    )
    if posts_first:  # "The union’s deputy chair, Dr Sunil X, and its treasurer, Dr Amy Y": two posts and holders;
        # "Dr Ewan X, chair of the committee, and his deputy, Dr Fatima Y": the first's post after the name
        a, b = _describe(posts_first.group(1), persons), _describe(posts_first.group(2), persons)
        if a.kind == b.kind == "person" and a.name and b.name and " and " not in a.name + b.name and a.role and b.role:
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


def _first_described(written: str, persons: Sequence[str]) -> tuple[Speaker, Speaker] | None:
    """The first person of three or more, the first named and described, and the others together: ``Dr A, chair, X
    LMC,`` then ``Dr B, secretary, Y LMC, and Dr C, chair, Z LMC`` (or ``Dr B and Dr C``); None unless the list opens
    with a name and its post, and the rest is two or more people."""
    cuts = [0, *(m.end() for m in re.finditer(r"[,;]\s+", written))]
    parts = [written[a:b].rstrip(",; ") for a, b in zip(cuts, [*cuts[1:], len(written)])]
    if len(parts) < 3 or not _looks_like_name(parts[0]) or _party(parts[0]) != "person":
        return None
    if not _is_role_phrase(parts[1]):
        return None
    for i in range(2, len(parts)):
        name = parts[i]
        if not re.match(_ONE_OF_A_LIST + r"(?:$|\s+and\s)", name) or _party(name.split(" and ")[0]) != "person":
            continue
        a = _describe(written[: cuts[i]], persons)
        rest = _together(written[cuts[i] :], name, written[cuts[i + 1] :] if i + 1 < len(cuts) else "", persons)
        if a.kind == "person" and a.name and " and " not in a.name and rest and rest.kind == "person" and rest.name:
            return (a, rest) if " and " in rest.name else None
    return None


_ONE_OF_A_LIST = r"(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
# three or more people named together, after their shared post: "The partners – Dr Ann X, Dr Ben Y and Dr Cal Z"
_PEOPLE_LIST = re.compile(
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<post>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s*[–—,:]\s*)?"
    r"(?P<list>" + _ONE_OF_A_LIST + r"(?:,\s+" + _ONE_OF_A_LIST + r")+,?\s+and\s+" + _ONE_OF_A_LIST + r")"
)

# the same list with what they are after it: "Dr Ann X, Dr Ben Y and Dr Cal Z, the three partners at W"
_PEOPLE_LIST_DESCRIBED = re.compile(_PEOPLE_LIST.pattern + r",\s+(?P<app>(?:the|all)\s+[^,]+)")

# one who speaks for a person named after a post: "A spokesman for local MP Harriet X", "a representative of Dr Y"
_SPOKESPERSON_FOR_A_PERSON = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<post>(?:spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+"
    r"(?P<who>(?:[a-z][\w-]*\s+){0,3}(?:[A-Z]{2,4}\s+)?(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}))"
)


def _pair_of(written: str, a: Speaker, b: Speaker) -> Speaker:
    """Two people as one speaker, named ``A and B``, with a role or organisation only where they share it."""
    return _people_of(written, [a, b])


def _people_of(written: str, people: Sequence[Speaker]) -> Speaker:
    """Two or more people as one speaker, named ``A, B and C``, with a role or organisation only where all of them
    share it."""
    roles, orgs = {p.role for p in people}, {p.org for p in people}
    return Speaker(
        written,
        "person",
        name=", ".join(p.name or "" for p in people[:-1]) + " and " + (people[-1].name or ""),
        role=roles.pop() if len(roles) == 1 else None,
        org=orgs.pop() if len(orgs) == 1 else None,
    )


_SHOUTED_TITLE = re.compile(
    r"(?:DR|PROF|PROFESSOR|MR|MRS|MS|MISS|MX|SIR|DAME|LORD|LADY|BARONESS|CLLR)\.?\s+[A-Z][A-Z’'-]+(?:,?\s+[A-Z&’'-]+)*"
)


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """The acronyms the entity patterns and the role words write in capitals (``GP``, ``BMA``, ``RCGP``)."""
    return frozenset(_ROLE_CAPS | {w for p in _lexicons()[0] for w in p.split() if w.isupper() and len(w) > 1})


def _title_cased(shouted: str) -> str:
    """``DR JO O’KERR, GP PARTNER`` -> ``Dr Jo O’Kerr, GP Partner``: each word capitalised but the acronyms
    (:func:`_acronyms`)."""
    return re.sub(r"[A-Z]+", lambda m: m.group(0) if m.group(0) in _acronyms() else m.group(0).capitalize(), shouted)


# how a company's name ends: "Medway Health Ltd", "Operose Health", "Harbour Primary Care"
_COMPANY_ENDINGS = frozenset(
    "ltd limited plc llp cic health healthcare care medical estates properties solutions systems technologies".split()
)


def _body_of_post(head: str, idx: int, person: str) -> bool:
    """Is the tagger's person at ``idx`` in ``head`` the body of a post, as in ``The practice manager of Ivy Lodge``
    (the person ``Lodge``) or ``chair of Holly Bank``: right after ``of`` or ``at`` that follows a post, or the last
    word of the capitalised words there, with no title before it?"""
    run = re.search(r"(?:[A-Z][\w’'-]*\s+){0,3}$", head[:idx])
    start = run.start() if run else idx
    if re.search(_TITLES, head[start:idx]) or re.search(_TITLES + r"\s+$", head[:start]):
        return False
    if start < idx and len(person.split()) > 1:
        return False  # "chief executive of NHS England Amanda X": a body's name, then the person
    of = re.search(r"\b(?:of|at)\s+(?:the\s+)?$", head[:start])
    return bool(of) and _is_role_phrase(head[: of.start()].strip())


def _describe(phrase: str, persons: Sequence[str] = ()) -> Speaker:
    """Split a speaker phrase into name, role and organisation.

    ``persons`` are the PERSON entity texts the parser found inside the phrase.
    """
    written = phrase.strip(' ,.;:–—"“”')  # "Dr Joe X – a partner in Leeds –"; a name given in quote marks
    written = _LEAD_WORDS.sub("", written).strip()
    opening = _OPENING_PLACE.match(written)
    if opening and any(p in written[opening.end() :] for p in persons):
        # "In London, the ICB’s medical director, Dr X": where, then the person and her post
        return replace(_describe(written[opening.end() :], persons), written=written)
    if re.fullmatch(r"(?:" + _NAME_PARTICLES + r"\s+)+[A-Z][\w’'-]+", written) and written[:1].islower():
        return Speaker(written, "person", name=written)  # "‘...,’ van der Berg said": a surname with its particles
    if _SHOUTED_TITLE.fullmatch(written):  # "DR KERR", a transcript's speaker line in capitals: read as "Dr Kerr"
        return replace(_describe(_title_cased(written)), written=written)
    one_of_them = re.fullmatch(
        r"(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the|its|their)\s+(?P<group>[^,]+),\s+([A-Z][^,]+)(?:,\s*\d{1,3})?", written
    )  # (an age after the name: "One of the receptionists, Tracey, 52")
    body = _describe(one_of_them.group(2), persons) if one_of_them else None
    if (
        body is not None
        and body.kind == "org"
        and (_party(one_of_them.group(2)) == "org" or re.search(r"\s(?:Ltd|Limited|plc|LLP)$", one_of_them.group(2)))
    ):  # "One of the losing bidders, X Services": the body
        return replace(body, written=written)
    one = _one_of_post(one_of_them.group("group")) if one_of_them else None
    if body is not None and body.kind == "person" and " " not in (body.name or " ") and not body.role:
        if one and _is_role_phrase(one):  # "One of the receptionists, Tracey, 52,": a receptionist, by her first name
            return replace(body, written=written, role=one)
    committee = _PARLIAMENT_COMMITTEE.fullmatch(written)
    if committee and (committee.group(1).startswith(("Commons", "Lords")) or committee.group(1).islower()):
        # "The public accounts committee", "The Commons health committee": a committee of Parliament
        return Speaker(written, "org", name=committee.group(1), org=committee.group(1))
    part = re.fullmatch(
        r"(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)[’']s\s+"
        r"(?P<part>(?:[A-Za-z][\w-]*\s+){1,3}(?:committee|council|board|executive|sub-committee|forum))",
        written,
    )
    if (
        part
        and _find_phrase(part.group("body"), _lexicons()[0])
        and clean_org(part.group("body"))
        and part.group("body") not in _KIND_OF_BODY  # "the ICB’s board": which ICB is not said
        and not _is_role_phrase(part.group("part"))  # "the ICB’s chief executive": a post
    ):
        # "The BMA’s GP registrars committee", "the RCGP’s Scottish council": that part of the body we know
        body = f"{part.group('body')} {part.group('part')}"
        return Speaker(written, "org", name=body, org=body)
    restrictive = re.fullmatch(
        r"((?:the|a|an|one|another)\s+(?:[\w’'&-]+\s+){0,4}?[\w’'&-]+)\s+(?:who|that|which)\s+[^,]+", written, re.I
    )
    if restrictive:  # "The GP who runs the hub", "The company that bought the building": who, then what they did
        return replace(_describe(restrictive.group(1), persons), written=written)
    unnamed_at = re.fullmatch(
        r"((?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+((?:at|from|with|in)\s+(?:the\s+)?[A-Z][^,]*)",
        written,
        re.I,
    )
    if unnamed_at and _is_role_phrase(unnamed_at.group(1)) and not persons:
        # "Another source, at NHS England,": the body set off by commas, as without them
        return replace(_describe(f"{unnamed_at.group(1)} {unnamed_at.group(2)}", persons), written=written)
    if re.match(r"\d[\d,.]*\s*(?:%|per\s*cent)|(?:half|two-thirds|three-quarters|a third|a quarter)\b", written, re.I):
        return Speaker(written, "other")  # "87 per cent said it was ‘good’": a share of those asked, no name
    if re.fullmatch(r"\d[\d,]*", written):
        return Speaker(written, "other")  # "Of those who responded, 148 said": how many of them, no name
    initial = re.match(r"(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z]\.?(?=,|$)", written)
    if initial:  # "Mr T, 67, who has diabetes": a patient the article names by an initial, title kept
        rest = re.sub(r"^,\s*(?:\d{1,3},\s*)?", "", written[initial.end() :]).strip()
        role, org = _split_role_org(rest) if rest and _is_role_phrase(rest) else (None, None)
        return Speaker(written, "person", name=initial.group(0).rstrip("."), role=role, org=org)
    if _CITATION.fullmatch(written):  # "Smith et al. (2021)", "Baird and Price (2019)": the authors
        return Speaker(written, "person", name=re.sub(r"\s*\(\d{4}[a-z]?\)$", "", written))
    cited = re.fullmatch(r"([A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?\s+et\s+al)\.?", written)
    if cited:  # "Hill et al. describe", no year: the authors, as with one
        return Speaker(written, "person", name=cited.group(1) + ".")
    team = re.fullmatch(
        r"([A-Z][a-z][\w’'-]+)\s+and\s+(?:his\s+|her\s+|their\s+)?(?:colleagues|co-authors|team)", written
    )
    if team:  # "As Baker and colleagues have argued": the author named, by surname
        return Speaker(written, "person", name=team.group(1))
    joint = re.fullmatch(
        r"(?:a|the)\s+(?:joint\s+)?(?P<noun>[a-z]+)\s+(?:from|by)\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+)",
        written,
        re.I,
    )
    if (
        joint
        and joint.group("noun").lower() in _DOC_NOUNS
        and not any(  # "A letter from NHS Cornwall and Isles of Scilly ICB": one body named after two places
            m.group(0) == f"{joint.group('a')} and {joint.group('b')}"
            for m in _org_names_in(f"{joint.group('a')} and {joint.group('b')}")
        )
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
    described_body = re.fullmatch(  # "The hub’s operator, Medway Health Ltd": a body described, then named
        r"(?:(?i:the|its|their)|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}[’']s)\s+(?:[\w’'-]+\s+){0,3}?(?i:operator|provider|"
        r"owner|new\s+owner|supplier|contractor|landlord|buyer|parent\s+company|arm|subsidiary|division|developer|maker|"
        r"(?:company|firm|body)\s+(?:behind|that\s+runs|running)\s+[^,]+),\s+"  # "The company behind the NHS App, X"
        r"(?P<org>[A-Z][\w&’'-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&’'-]*){0,5})",
        written,
    )
    if (
        described_body
        and not _TITLE_RE.match(described_body.group("org") + " ")
        and clean_org(described_body.group("org"))
        and (
            described_body.group("org").split()[-1].lower() in _BODY_NOUNS | _COMPANY_ENDINGS
            or described_body.group("org").lower() in _org_names_lower()  # "NHS England", a body we know
        )
    ):
        org = clean_org(described_body.group("org"))
        return Speaker(written, "org", name=org, org=org)
    rewritten = _rewritten(written, persons) or _read_as_written(written, persons)
    if rewritten is not None:
        return rewritten
    low = written.lower()
    if low in _PRONOUNS:
        return Speaker(written, "pronoun", pronoun=low)
    if _EPITHET.fullmatch(low):  # "The 58-year-old said", "the mother-of-two added": the person last in focus
        return Speaker(written, "pronoun", pronoun=_EPITHET_MARK)
    someones = re.fullmatch(  # "Dr Lee's practice manager, Sue Bell": a post another person's, then its holder
        r"((?:"
        + _TITLES
        + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[’']s\s+([a-z][\w -]*?),\s+((?:"
        + _TITLES
        + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:,\s+(.+))?",
        written,
    )
    if (
        someones
        and (
            _TITLE_RE.match(someones.group(1))
            or someones.group(1) in persons
            or someones.group(1).split()[0].lower() in _GIVEN_NAMES
        )
        and (
            _is_role_phrase(someones.group(2))
            # "Dr X’s counterpart in the South East, Dr Y": who they are to X, then where
            or re.split(r"\s+(?:in|at|for|of|from)\s+", someones.group(2))[0].split()[-1] in _KIN_OR_NEXT
        )
        and (
            _looks_like_name(someones.group(3))
            or (someones.group(2).split()[-1] in _KIN and re.fullmatch(r"[A-Z][a-z]+", someones.group(3)))
        )  # "Dr Lee's daughter, Anna": a relative by the first name alone
    ):  # "Wes Streeting's deputy, Karin X", "Dr Ann Lee's husband, Dr Tom Lee": the holder, not the person whose
        return Speaker(written, "person", name=_TITLE_RE.sub("", someones.group(3)).strip(), role=someones.group(2))
    owners = re.fullmatch(  # "The chair of Dr Lee's patient group": a post in something of another person's
        r"(?:the\s+|a\s+|an\s+)?([a-z][\w -]*?)\s+(?:of|at|for|to)\s+(?P<owner>(?:"
        + _TITLES
        + r"\s+)?(?!(?:the|a|an)\s)"
        r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[’']s\s+[a-z][\w -]*",
        written,
        re.I,
    )
    if (
        owners
        and _is_role_phrase(owners.group(1))
        and re.search(r"\b" + _TITLES + r"\s", written)
        and (_TITLE_RE.match(owners.group("owner")) or owners.group("owner") in persons)
    ):  # not "chair of the BMA’s GP committee Dr Jo X": a body's post, then its holder
        return Speaker(written, "role", role=_post_as_written(written))
    office_of = re.fullmatch(
        r"(.+?)[’']s\s+(office|department|aides?|spokes(?:man|woman|person)|(?:(?:special|political|senior|policy)\s+)?"
        r"advis[eo]rs?)",
        written,
    )
    if office_of:  # "Mr Hunt's office said", "Health minister X's department said", "Health secretary X’s special
        # adviser": it speaks for them, not they
        owner = _describe(office_of.group(1), persons)
        word = office_of.group(2)
        joint = "for" if word.startswith("spokes") else "to" if "advis" in word else "of"
        if owner.kind == "person" and owner.name:
            return Speaker(written, "role", role=f"{word} {joint} {owner.name}")
        if owner.kind == "role" and owner.role and not owner.org:  # "The shadow health secretary's office said"
            return Speaker(written, "role", role=f"{word} {joint} the {owner.role}")
    whose_post = _WHOSE_POST.fullmatch(written)
    post_head = re.split(r"\s+(?:of|to|for|in|at|from|with|on)\s+", whose_post.group(2))[0] if whose_post else ""
    if (
        whose_post
        and (_TITLE_RE.match(whose_post.group(1)) or whose_post.group(1) in persons)
        and (_is_role_phrase(post_head) or post_head.split()[-1] in _KIN_OR_NEXT)
        and _DOC_NOUNS.isdisjoint(post_head.split())  # not "Dr X’s email to staff": hers
    ):  # "Dr Isla X’s practice manager said", "Dr X’s patient, a woman in her eighties, told her": not Dr X
        return Speaker(written, "role", role=whose_post.group(2))
    if re.match(r"(?:(?:a|one|two)\s+)?(?:sources?|insiders?|allies|friends?|aides?)\s+close\s+to\b", low):
        # "Sources close to the health secretary": not the secretary; "Sources close to the BMA" keeps its capitals
        return Speaker(
            written, "role", role=_post_as_written(_drop_leading(written.strip(), ("a", "one", "two"), repeat=False))
        )
    head, sep, app = written.partition(", ")
    aged = bool(re.fullmatch(r"\d{1,3}", app.strip()))  # "Sheila, 67"
    app = _plain_apposition(app)
    app = re.sub(  # "Dr X, speaking on behalf of the RCGP", "speaking for the BMA": whose voice, which is kept
        r"^" + _ON_BEHALF_OF + r"\s+(?=(?:the\s+)?[A-Z])", "on behalf of ", app
    )
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
        r"(?i:the\s+)?(?:(?i:local|national|health|patient|patients[’']|NHS|care|medical|doctors[’']|independent)\s+){0,2}"
        r"(?i:(?:campaign|pressure|patient|patients[’']|lobby)\s+group|think[- ]tank|charity|union|regulator|"
        r"watchdog|provider|federation|company|firm)\s+(?=[A-Z])",
        head,
    )
    if kind_first and written.strip().startswith(kind_first.group(0)):
        # "Campaign group Keep Our NHS Public said", "Health watchdog Healthwatch X": what kind of body, then its name;
        # "Campaign group Keep Our NHS Public’s co-chair, Dr X,": its post, then who holds it
        named_body = _describe(written.strip()[kind_first.end() :], persons)
        if (named_body.kind == "org" and not app) or (app and named_body.kind == "person" and named_body.org):
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
            return _member_of(written, owned_person.group("name"), app, body)
    party_member = _PARTY_THEN_NAME.fullmatch(head)
    if (
        party_member
        and _looks_like_name(party_member.group("name"))
        and not any(  # not "Green Lane Surgery", "Labour Party Conference"
            _role_word(w) or _common_word(w) or w.lower() in _BODY_NOUNS for w in party_member.group("name").split()
        )
        and not re.fullmatch(_REGION, party_member.group("name"))  # "Labour North West": the party's region
    ):  # "Labour’s Wes X", "Welsh Conservative Sam X": the party is the body, the rest the name
        return _member_of(written, party_member.group("name"), app, party_member.group("party"))
    together = _together(written, head, app, persons)
    if together is not None:
        return together
    judge = _JUDGE_THEN_NAME.fullmatch(head)
    if judge:  # "Employment Judge Hartley": the office and a surname, which the tagger may take as one name
        role = "judge" if judge.group(1) == "HHJ" else judge.group(1).lower()
        return Speaker(written, "person", name=judge.group(2), role=role, org=None)
    owned_office = re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+(.+)", head)
    office = _OFFICE_THEN_NAME.fullmatch(owned_office.group(1) if owned_office else head)  # "Scotland's Cabinet ..."
    if office:  # "Minister for Care Stephen Larkin": an office in capitals whose field the tagger takes for a name
        post, name = office.group(1), _TITLE_RE.sub("", office.group(2))
        field = re.match(r"(.+\s(?:for|of)\s+\S+(?:\s+(?:and\s+)?\S+)*?)\s+([A-Z][a-z][\w’'-]*)$", post)
        if field and field.group(2).lower() not in _PORTFOLIO_WORDS and not _role_word(field.group(2)):
            # "Minister for Health Jennifer Carroll MacNeill": a first name, not a portfolio's word, before a surname
            # of two words
            post, name = field.group(1), f"{field.group(2)} {name}"
        return Speaker(written, "person", name=name, role=post, org=None)
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
        if idx > 0 and _body_of_post(head, idx, p_clean):
            continue  # "The practice manager of Ivy Lodge", where the tagger took (part of) the body for a person
        if p_clean.split()[-1:] and p_clean.split()[-1].rstrip("s") in _ROLE_CAPS - {"Dr"} and not _TITLE_RE.match(p):
            continue  # "one Croydon GP": a GP there, which the tagger took for a person
        kind_after = re.match(r"\s+([A-Z]{2,4})s?\b", head[idx + len(p_clean) :]) if idx >= 0 else None
        if kind_after and kind_after.group(1) in _KIND_OF_BODY and not _TITLE_RE.match(p):
            continue  # "a Tamebridge ICB spokesperson": the place in a body's name, which the tagger took for a person
        if re.search(r"[’']s$", p_clean) and _looks_like_name(app) and _is_role_phrase(head[idx + len(p_clean) :]):
            continue  # "Healthwatch Kent's chief executive, Robbie X": whose post it is, then the name
        if (
            p_clean
            and idx >= 0
            and (p_clean[:1].isupper() or re.match(_NAME_PARTICLES + r"\s+[A-Z]", p_clean))  # "van der Berg"
            and not _inside_org_name(head, idx, idx + len(p_clean))
        ):
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
        and not any(w.lower() in _BODY_NOUNS for w in app_at.group(1).split())  # "Royal College of GPs": a body
    ):
        # "Another GP, Dr Sadia Mirza from Luton": a town is no organisation
        app, app_org = app_at.group(1), None if _a_place(app[len(app_at.group(1)) :]) else clean_org(app_at.group(2))
    else:
        app_org = None
    # "The coroner", "Her Liberal Democrat counterpart": a description whose head is a common noun
    described = re.fullmatch(r"(?:the|a|an|his|her|their|its|our|my)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*", head, re.I)
    named = app.partition(", ")[0].strip()  # "The group's chief executive, Mark X, a former trust director"
    kin = (
        described
        and re.fullmatch(r"[A-Z][a-z]+", named)
        and named.lower() not in STOP_WORDS
        and (
            head.split()[-1].lower() in _KIN
            or (
                re.match(r"(?:our|my|their|his|her|its)\s", head, re.I)
                and _is_role_phrase(head)
                and (named in persons or named.lower() in _GIVEN_NAMES)
            )
        )
    )  # "His wife, Jane, added", "Our practice manager, Lesley, adds": named by the first name alone
    one_of = re.fullmatch(
        r"(?:one|another)\s+of\s+(?:them|those|whom|(?:the|its|their|our|my|his|her)\s+(?:[a-z][\w-]*[’']s\s+)?"
        r"((?:[a-z][\w-]*\s+){0,2}[a-z]+?)s)",
        head,
        re.I,
    )
    if not one_of and re.fullmatch(r"one|another", head, re.I) and named in persons and _looks_like_name(named):
        one_of = re.fullmatch(r"(?:one|another)()", head, re.I)  # "Villagers packed the hall. One, Brian X, said"
    if one_of and named and _looks_like_name(named) and named.lower() not in STOP_WORDS:
        # "One of them, Mary X, 78, said"; "One of the (transferring) partners, Dr Y": a person, their post the group's
        group = one_of.group(1) and _singular(one_of.group(1) + "s")  # ("One of the signatories": a signatory)
        post = group if group and _is_role_head(group.split()[-1].lower()) else None
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
        and not (re.fullmatch(_REGION, named) and named not in persons)  # "salaried GP, South West": where, not who
        and not re.fullmatch(_PLACE_SHAPE, named)  # "A spokesperson for X PCN, North Yorkshire,": where
        and not (_IN_A_PLACE.search(head) and named not in persons and not _TITLE_RE.match(named))
        # "a GP in Lewes, East Sussex": the county of the town, not a name
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
        owner = re.match(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)[’']s\s", head, re.I)
        kept = (
            _split_role_org(head)
            if role and not org and role not in head and owner and owner.group(1).lower() in _PEOPLE_NOUNS | _KIN
            else (None, None)
        )
        if kept[0] and kept[0] in head:  # "The patient’s daughter, Jane X": not a "patient daughter"
            role, org = kept
        capital_post = re.fullmatch(
            r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*[’']s\s+([A-Z][a-z]+)(?:\s+(?:[A-Z][\w-]*|for|of|and|the))*", head
        )
        if capital_post and _role_word(capital_post.group(1)):  # not "The Queen’s Nursing Institute’s director"
            # "NHS England’s National Director for Primary Care and Community Services, Dr X": a post in capitals,
            # which the body's possessive marks off
            as_written = _split_role_org(head)
            role, org = as_written if as_written[1] else (role, org)
        whose = re.fullmatch(r"(?:the\s+)?([a-z][\w -]*?)[’']s\s+([a-z][\w -]*)", head, re.I)
        if whose and not org and _is_role_phrase(whose.group(1)) and _is_role_phrase(whose.group(2)):
            role = _post_as_written(head)  # "The health secretary's special adviser, X": the adviser, whose post
        post = _plain_apposition(app.partition(", ")[2])
        if (head.split()[-1].lower() in _KIN | _KIN_NOT_A_POST or role in _VOICES) and post and _is_role_phrase(post):
            # "Her husband, Dr Tom X, also a GP": his post, not whose husband; "Another reader, Dr Toby X, a salaried
            # GP in Bedford": what the reader is
            role, org = _split_role_org(post)
        return Speaker(written, "person", name=name, role=role, org=org or app_org)
    post_name = next((p for p in persons if app.endswith(p) and len(p.split()) >= 2), None) if app else None
    if name_m is None and post_name and _is_role_phrase(app[: -len(post_name)]):
        # "Her colleague, assistant manager Dean X": who they are to someone, then their post and name
        role, org = _split_role_org(app[: -len(post_name)])
        owned = re.match(r"(?:its|the\s+(\w+)[’']s)\s", head, re.I)
        if (
            owned
            and (owned.group(1) is None or owned.group(1).lower() in _BODY_NOUNS)
            and re.match(r"(?:former|ex-)", app)
            and _is_role_phrase(head)
        ):  # "The company’s founder, former Babylon executive Ravi X": the body's post now, not what he was
            role, org = _split_role_org(_without_possessives(head))
        return Speaker(written, "person", name=post_name, role=role, org=org)
    if name_m is None:
        m = re.search(r"(?:^|\s)((?:[A-Z][a-z][\w’'-]*\s+){1,3}[A-Z][a-z][\w’'-]*)$", head)
        if (
            m
            and re.search(r"\b[a-z]", head[: m.start(1)])
            and not _find_phrase(m.group(1), orgs)
            and not _inside_org_name(head, *m.span(1))
            and not (  # "an analyst from Lansdowne Partners": a firm named after its partners, not a person
                re.search(r"\b(?:from|at|of)\s+(?:the\s+)?$", head[: m.start(1)])
                and (m.group(1).split()[-1].lower() in _BODY_NOUNS or _plural_role(m.group(1).split()[-1]))
            )
            # "A GP from North Yorkshire": where she works, not her name
            and not (re.search(r"\b(?:from|in)\s+$", head[: m.start(1)]) and re.fullmatch(_PLACE_SHAPE, m.group(1)))
            and not head[: m.start(1)].endswith("NHS ")  # "A spokesman for NHS Western Isles": a health board
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
                or re.search(r"(?:^|\s)(?:" + _TITLES + r")\s+$", head[: name_m[0]])  # "Group Captain Ann X"
                or prev.group(1).lower() in _ROLE_HEADS
                or prev.group(1).lower() in _GENERIC_ORG
                or _find_phrase(prev.group(1), orgs)
                or re.search(r"-[a-z]", prev.group(1))  # "Mother-of-two Lisa X": a description
                or name_m[1] - prev.start(1) > 40
                or len(head[prev.start(1) : name_m[1]].split()) > 3
            ):
                break
            name_m = (prev.start(1), name_m[1])
        rank = next(
            (t for t in re.finditer(r"(?:^|(?<=\s))(?:" + _TITLES + r")\s+", head) if t.start() < name_m[0] < t.end()),
            None,
        )
        if rank:  # "Wing Commander Ann X", the tagger's name starting at "Commander": a rank of two words is a title
            name_m = (rank.end(), name_m[1])
        name = head[name_m[0] : name_m[1]].strip()
        name = _TITLE_RE.sub("", name) or name  # "Professor Dame Clare X": the titles after the first too
        name = re.sub(r"[’']s$", "", name)
        name = _without_postnominal(name)
        posted_after = re.fullmatch(r"(\S.*?)\s+(" + _POST_ACRONYMS + r")", name)
        if posted_after:  # "Dr Priya X CD at Y PCN": a post's letters after the name (no comma), not part of it
            name = posted_after.group(1)
        prefix = re.sub(r"\s*(?:" + _TITLES + r"\s*)+$", "", head[: name_m[0]]).strip()  # titles are not roles
        towards = re.search(r"(?:^|\s)([a-z][\w-]*)\s+(for|of|to)$", prefix, re.I)
        if towards and (
            towards.group(1).lower() in _SPOKES or _post_to_whom(f"{towards.group(1)} {towards.group(2)} {name}")
        ):  # "A spokesman for Mr Streeting", "an aide to Dr X": they speak, not the person named
            return Speaker(written, "role", role=_post_as_written(head))
        role, org = _split_role_org(prefix) if prefix else (None, None)
        if role is None and org and clean_org(org) is None and _is_role_head(org.split()[-1].lower()):
            role, org = org, None  # "Penrith GP Dr X, who sits on ...": a description of the person, not a body
            modifier = role.split()[0]
            if len(role.split()) > 1 and _A_MODIFIER.fullmatch(modifier):  # "Newly-qualified GP Dr X"
                role = f"{_modifier_cased(modifier)}{role[len(modifier) :]}"
        if role is None and org and re.search(_SEAT + r"$", org) and org == prefix:
            role, org = prefix, None  # "Labour MP Dr X, a GP": the seat is the post, before the apposition's
        if re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)+", prefix):  # "Mother-of-two", "Father-to-be"
            role, org = prefix.lower(), None
        after = re.match(
            r"\s+(?:from|of|at)\s+(?:the\s+)?"
            # (what kind of body it is, before its name: "of the campaign group Doctors for X")
            r"(?:(?:[a-z][\w’'-]*\s+){0,2}(?:group|tank|charity|union|company|firm|consultancy|organisation)\s+)?"
            r"(?P<org>[A-Z].*)$",
            head[name_m[1] :],
        )
        if org is None and after and not _a_place(after.group(0).strip()):  # "Dr Finn Harte from Northfield LMC"
            org = clean_org(after.group("org"))
        if posted_after and role is None:
            role = posted_after.group(2)
        if app:
            first, _sep, rest = app.partition(", ")
            a_role, a_org = _split_role_org(app)
            if a_org == app and re.fullmatch(_TOWN, app) and _a_place(f"of {app}"):
                a_role, a_org = None, None  # "Dr Ruth Lee, Bristol:": where they work, no organisation
            if rest and _is_role_phrase(first):  # "GP partner, Tamebridge": a role, then where
                a_role, a_org = _split_role_org(first)
                field = re.fullmatch(
                    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:of|for)\s+" + re.escape(a_org or "-"), first
                )
                if field and _party(a_org) is None and _party(rest) == "org":
                    # "Head of Policy, Healthwatch England": a post with its field, then the body
                    a_role, a_org = first, clean_org(rest)
                if (
                    a_org is None
                    and (len(rest.split()) > 1 or _party(rest) == "org")  # "chair, RCGP": an acronym we know
                    and clean_org(rest)
                    and rest[:1].isupper()
                    # "GP partner, North Yorkshire", "GP partner, Portree, Isle of Skye": where, no body
                    and not re.fullmatch(r"(?:" + _TOWN + r",\s+)?(?:" + _PLACE_SHAPE + ")", rest)
                ):
                    a_org = clean_org(rest)
            now = re.search(r",\s+now\s+(?:an?\s+)?([^,]+?),?$", written)
            if now and _is_role_phrase(now.group(1)):  # "Former RCGP chair Professor X, now president of the
                # college", "Dr X, formerly a partner, now a locum": the post held now, in the body named with the
                before = org or a_org  # post held before, if it says "the college"
                role, org = _split_role_org(now.group(1))
                if clean_org(org) is None and not (org and _PARLIAMENT_COMMITTEE.fullmatch(org)):  # "now chair of the
                    # public health board": the post as written
                    role = now.group(1)
                same = re.search(r"\s+(?:of|at)\s+the\s+([a-z]+)$", role or "")
                if same and org is None and before and same.group(1) in _BODY_NOUNS:
                    role, org = role[: same.start()], before
            if (
                role
                and a_role
                and role.split()[-1].lower() in _KIN_NOT_A_POST  # a GP partner
                and _is_role_phrase(a_role)
            ):
                role = None  # "Her colleague Dr X, a partner at Mill Lane": the post, not whose colleague
            if role and not org and a_role and a_org and _is_role_phrase(a_role):
                role = None  # "Penrith GP Dr X, who sits on the RCGP council": the post that goes with the body
            role = role or a_role
            org = org or a_org
        return Speaker(written, "person", name=name, role=role, org=org)
    seen = re.match(
        r"(.+?)\s+(?:seen|obtained|leaked\s+to|shared\s+with|sent\s+to|signed|written|backed|drafted)\s+(?:by\s+)?",
        head,
    )
    if seen and _doc_noun(re.sub(r"[’']s$", "", seen.group(1).split()[-1].lower())):
        head = seen.group(1)  # "a leaked NHS England briefing seen by the HSJ": the document, not who saw it
    posted_on = _POSTED_ON.fullmatch(head)
    owner = posted_on and (posted_on.group("owner") or posted_on.group("owner_after"))
    if owner and clean_org(owner):  # "A notice on the Elms Surgery’s website": the body's
        org = clean_org(owner)
        return Speaker(written, "doc", name=f"{org} {posted_on.group('noun').lower()}", org=org)
    words = head.split()
    last = re.sub(r"[’']s$", "", words[-1].lower()) if words else ""
    if last not in _DOC_NOUNS and _doc_noun(last):
        last = last[:-1]  # "The papers, presented to the committee, say": documents
    doc_m = re.match(
        r"^(?P<np>(?:(?:"
        + "|".join(_NOUN_DETERMINERS)
        + r")\s+)?(?:[\w’'-]+\s+){0,4}?(?P<noun>[a-z]+|(?<![\w\s])[A-Z][a-z]+))"  # "Research by X" opening it
        + _BY_BODY
        + r"(?P<org>[A-Z].*)$",
        head,
    )
    if doc_m and doc_m.group("noun").lower() in _DOC_NOUNS:
        # the body is the run of capitalised words after "by" ("the Tamebridge LMC on Monday" -> Tamebridge LMC),
        # or the entity patterns' name where the run is no name of its own
        run = re.match(  # (and "in": "the Women in General Practice Network")
            r"[A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|in(?=\s+[A-Z])|[A-Z][\w’'&-]*))*", doc_m.group("org")
        ).group(0)
        org = clean_org(run)
        if org is None:
            org_m = _find_phrase(doc_m.group("org"), orgs)
            org = org_m.group(0) if org_m else doc_m.group("org").strip()
        # named as the house style names documents, the body first: "the report by think tank Policy
        # Exchange" -> "Policy Exchange report", as "The Nuffield Trust workforce report" is written
        noun = _drop_leading(doc_m.group("np"), _NOUN_DETERMINERS + _DOC_MODIFIERS, repeat=True)
        noun = noun[: -len(doc_m.group("noun"))] + doc_m.group("noun").lower()  # "Research by X": X research
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
        two = re.fullmatch(r"(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)", office)
        if two and all(_party(b) == "org" and clean_org(b) == b for b in two.groups()):
            # "A spokesperson for the RCGP and the BMA": both bodies', so no one body (but "NHS Kent and Medway")
            return Speaker(written, "role", role=f"{spokes.group(1)} for {org.strip()}", org=None)
        if re.fullmatch(r"(?:No|Number)\s+10", before):
            return Speaker(written, "role", role=spokes.group(1), org="Downing Street")  # "A No 10 spokesman"
        if org is None and before.split()[-1:] and before.split()[-1].lower() in _BODY_NOUNS and clean_org(before):
            org = before  # "A Scottish government spokesman": the body's kind, lower-cased, ends its name
        elif org is None:
            _role, org = _split_role_org(head[: spokes.start()])
        brief = _spokes_brief(head[: spokes.start()], org)
        role = spokes.group(1)
        if brief:  # "Reform UK’s health spokesman": the brief is part of the post
            role = brief.group(1) + role
        return Speaker(written, "role", role=role, org=org.strip() if org else None)
    owned = re.match(
        r"^(?:the\s+)?(?P<org>[A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*))*?)[’']s\s+"
        r"(?P<np>(?:(?!(?:to|for|on|about|with|into)\s)[\w-]+\s+){0,3}(?P<noun>[a-z]+))"
        r"(?:\s+(?:to|for|on|about|with|into)\s+[^,]+)?$",
        head,
    )  # "NHS England’s letter to practices": whom it was written to is no part of its name
    inside_name = owned and any(  # "The King’s Fund report": the body's own possessive, the report named after the
        w.start() <= owned.end("org") < w.end()
        for w in _possessive_names().finditer(head)  # whole body (below)
    )
    if owned and not inside_name and owned.group("noun") in _DOC_NOUNS and clean_org(owned.group("org")):
        # "The Health Foundation’s report" -> "Health Foundation report", as the house style names documents
        org = clean_org(owned.group("org"))
        noun = _drop_leading(owned.group("np"), _DOC_MODIFIERS, repeat=True)
        return Speaker(written, "doc", name=f"{org} {noun}", org=org)
    about = re.match(
        r"^(?P<np>(?:[\w’'-]+\s+){0,4}?(?P<noun>[a-z]+))\s+(?:of|into|on|among|from|to|for|with)\s+\S", head
    )  # "A Pulse survey of 800 GPs", "A BMA briefing for MPs"
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
        r"^(?:[\w’'-]+\s+){0,2}?(?P<head>[A-Za-z]+)\s+(?:of|behind|on|for|at|from|to|in|among|[a-z]+ing)\s", head
    )  # "the author of the report", "GPs responding to the survey", "one respondent to the survey": people
    if last in _DOC_NOUNS and not (role_of and _is_role_head(role_of.group("head").lower())):
        org_m = _find_phrase(head, orgs)
        org = org_m.group(0) if org_m else None
        run = re.match(  # "A Healthwatch Tamebridge report", "the Tamebridge LMC survey": the body that wrote it
            # (a modifier opening a headline is no body's name: "Leaked ICB email")
            r"(?:(?i:a|an|the|this|its|" + "|".join(_DOC_MODIFIERS) + r")\s+)*((?:[A-Z][\w’'&-]*\s+){1,5})"
            r"(?:[a-z][\w-]*\s+){0,2}\S+$",
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
    sent = re.match(
        r"(?P<np>(?:(?:a|an|the|this|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+))\s+"
        r"(?:(?P<part>[a-z]+ed|sent|written|seen|drawn\s+up)\s+(?P<prep>to|by|for|at|on|in|with)\b|to\s+the\b)(?P<rest>.*)$",
        head,
        re.I,
    )
    if sent and sent.group("noun").lower() in _DOC_NOUNS:
        # "A paper presented to the ICB board", "a letter sent to practices": the document, not a body (whose name
        # is in it); "a report published by the King's Fund": that body's
        body = clean_org(sent.group("rest")) if sent.group("prep") == "by" else None
        noun = _drop_leading(sent.group("np"), _NOUN_DETERMINERS + _DOC_MODIFIERS, repeat=True)
        return Speaker(written, "doc", name=f"{body} {noun}" if body else noun, org=body)
    role_m = _find_phrase(head, _roles)
    if role_m and _post_to_whom(head):  # "special adviser to the health secretary": the adviser
        return Speaker(written, "role", role=_post_as_written(head))
    if role_m and role_m.end() >= len(head.rstrip()) - 1:
        role, org = _split_role_org(head)
        return Speaker(written, "role", role=role, org=org)
    if (
        role_m
        and not _drop_leading(head[: role_m.start()]).strip()
        and clean_org(head[role_m.end() :])
        and not _a_place(head[role_m.end() :])  # "A GP partner from Cornwall": where, not whose
        and not re.match(r"\s*(?:of|for|at|with)\s+(?:a|an)\s", head[role_m.end() :])  # "of a Cornwall PCN": one of
    ):  # "clinical director Viaduct PCN"  (its kind, which no name names)
        return Speaker(written, "role", role=role_m.group(0), org=clean_org(head[role_m.end() :]))
    bare_head = _drop_leading(head)
    whole_org = _find_phrase(bare_head, orgs)
    if whole_org and whole_org.span() == (0, len(bare_head)) and not app:
        org = clean_org(whole_org.group(0))  # "Babylon GP at Hand said": a body whose name holds a post's words
        if org:
            return Speaker(written, "org", name=org, org=org)
    np_m = re.match(  # "GPs responding to the survey": the participle's clause says which, not what they are
        # ("a leading GP academic", "the outgoing chair": adjectives in -ing, no clause)
        r"^(?P<np>.+?)(?:\s+(?:in|at|from|for|of|on|with|to|based|who|which|behind|"
        r"(?!" + _ING_ADJECTIVES + r"\b)[a-z]+ing|"
        r"(?:(?:directly|now)\s+)?(?:employed|contracted|hired|engaged)\s+by|down\s+the|" + _HOW_FAR + r")\b.*)?$",
        head,
        re.S,
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
            bare_np = _drop_leading(np, (*_ARTICLES, "one", "another"))  # "the Leeds GP", "one Croydon GP"
            first = bare_np.split()[0]
            role = bare_np[:1].lower() + bare_np[1:] if _common_word(first) and first[1:].islower() else bare_np
        if (
            re.split(r"\s+(?:to|of|in|at|from)\s", role or "")[0] in _VOICES and app and _is_role_phrase(app)
        ):  # "One reader, a GP partner in Kent", "One respondent to the survey, a partner": what they are
            role, org = _split_role_org(app)
        return Speaker(written, "role", role=role, org=org)
    org_m = _find_phrase(head, orgs)
    if aged and not org_m and re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){0,2}", head):
        return Speaker(written, "person", name=head)  # "Sheila, 67, said": an age belongs to a person
    bare = [w for w in words if w.lower() not in _DETERMINERS]
    if bare and all(w.rstrip("s") in _ROLE_CAPS for w in bare):
        return Speaker(written, "role", role=" ".join(bare))  # "The GP", "one GP"
    if np != head and np_words and all(w.rstrip("s") in _ROLE_CAPS for w in np_words):
        where = head[len(np) :] if head.startswith(np) else ""
        if re.match(r"\s+(?:at|with|in|from)\s+(?:the\s+)?[A-Z]", where):  # "One GP at Elm Surgery": where it is held
            role, org = _split_role_org(" ".join(np_words) + where)
            return Speaker(written, "role", role=role, org=org)
        return Speaker(written, "role", role=" ".join(np_words))  # "One GP posting as FedUpPartner"
    if not org_m and len(bare) == 1 and bare[0][1:].islower() and bare[0].endswith("s"):
        return Speaker(written, "other", name=bare[0])  # "Patients said ...": a plural, not a body
    team = _TEAM_AT.fullmatch(head)
    if team and clean_org(team.group(2)):  # "A team from UCL", "a research group at the University of Leeds"
        return Speaker(written, "role", role=team.group(1).lower(), org=clean_org(team.group(2)))
    if not org_m and np_words and np_words[-1] in _LAY_PEOPLE and all(w[1:].islower() for w in np_words):
        # "One woman", "A man in his 80s", "One young mother": someone described, not named
        return Speaker(written, "role", role=_post_as_written(head))
    given = re.fullmatch(r"([A-Z][a-z]+)(?:\s+[A-Z][\w’'-]+){1,2}", head)
    if (
        given
        and not org_m
        and given.group(1).lower() in _GIVEN_NAMES
        and not any(_common_word(w) or w.lower() in _BODY_NOUNS for w in words[1:])
    ):  # "Amanda Pritchard", which the tagger did not take for a person: a common given name, then a surname
        return Speaker(written, "person", name=head)
    if org_m or (
        words
        and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words)
        and (words[0][:1].isupper() or (words[0] == "the" and len(words) > 1))
    ):  # "the Limes Surgery" after a clause, as "The Limes Surgery" opening a sentence
        org = org_m.group(0) if org_m and len(org_m.group(0)) >= len(head) - 4 else _drop_leading(head, ("the",))
        org = re.sub(r"\b([A-Z]{2,})[’']s\b", r"\1", org)  # "The BMA’s England GP committee", not "Guy's and ..."
        return Speaker(written, "org", name=org, org=org)
    return Speaker(written, "other", name=_drop_leading(head))


# one party of a joint subject: a titled or two-word name, or a body ("the RCGP", "NHS Providers"), not the
# "Both" before the first ("Both Dr A and Dr B said")
_JOINT_PARTY = r"(?!Both\s)(?:the\s+)?(?:" + _TITLES + r"\s+)?[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'&-]*){0,4}"


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
    r"(?:" + _PARTY_START + r"|\b(?:but|while|and|then|[Bb]oth|[Aa]s)\s+)(" + _JOINT_PARTY + r")"
    r"(?:\s*\([^()]{1,60}\))?\s+and\s+$"  # "Dr A (Hull) and Dr B (York)": each with where they work
)
_MORE_PARTY_RE = re.compile(
    r"(?:" + _PARTY_START + r"|\b(?:but|while|then|[Bb]oth)\s+)(" + _JOINT_PARTY + r")(\s*\([^()]{1,60}\))?,\s+$"
)
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
    r"(?:"
    + _TITLES
    + r"\s+(?:"
    + _NAME_PARTICLES
    + r"\s+){0,2})?(?:[A-Z]\.?\s+){0,2}[A-Z][\w’'-]+(?:\s+(?:"
    + _NAME_PARTICLES
    + r"\s+)*"
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


def _a_plural_post(tok) -> bool:
    """Is ``tok`` a post in the plural (``partners``, ``respondents``, ``GPs``, which the tagger calls a proper
    noun)?"""
    return (
        (tok.tag_ in ("NNS", "NNPS") or (tok.tag_ == "NNP" and tok.text[:-1].isupper()))
        and tok.lower_.endswith("s")
        and _is_role_head(tok.lower_)
    )


def _singular_post(tok) -> str:
    """One of a plural post (:func:`_a_plural_post`): ``GPs`` -> ``GP``, ``Partners`` opening a sentence ->
    ``partner``, ``partners`` -> ``partner``, ``signatories`` -> ``signatory``."""
    one = _singular(tok.text)
    return one if one.isupper() or tok.i > tok.sent.start else one.lower()


def _singular(word: str) -> str:
    """One of a plural noun (:func:`_plural_post` the other way): ``partners`` -> ``partner``, ``deputies`` ->
    ``deputy``, ``GPs`` -> ``GP``; a word not ending in ``s`` as it is."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _one_of_post(post: str | None) -> str | None:
    """The post of one of a pair or group that holds it in the plural: ``partners`` -> ``partner``, ``GP partners at
    the Elms Surgery`` -> ``GP partner at the Elms Surgery``; a post in the singular as it is."""
    m = re.match(r"(.*?)(\S+)((?:\s+(?:at|in|of|for|from|with)\s.*)?)$", post or "")
    if m and m.group(2).endswith("s") and _is_role_head(_singular(m.group(2)).lower()):
        return m.group(1) + _singular(m.group(2)) + m.group(3)
    return post


def _one_of_the_post(post: str) -> str:
    """One holder of a post named in the plural (:func:`_singular_post` for the words of a post, not a token):
    ``partners`` -> ``partner``, ``GP partners`` -> ``GP partner``."""
    last = post.split()[-1]
    return post[: -len(last)] + _singular(last)


def _plural_post(post: str) -> str:
    """Many of a post, as a group is named (:func:`_singular_post` the other way): ``partner`` -> ``partners``,
    ``salaried GP`` -> ``salaried GPs``, ``deputy`` -> ``deputies``."""
    if re.search(r"[^aeiou]y$", post):
        return post[:-1] + "ies"
    return post if post.endswith("s") else post + "s"


def _owned_post(owner: str) -> bool:
    """Does the phrase that names a post's body say whose the post is (``the union’s``, ``who chairs the
    college``), so that the body's word leaves the role?"""
    return owner.lower().lstrip(", ").startswith(("the", "who", "at the", "of the", "for the"))  # "a partner at the
    # practice": the practice's partner


def _doc_noun(word: str) -> bool:
    """A document's noun, or its plural (``report``, ``papers``); ``word`` lower-cased."""
    return word in _DOC_NOUNS or (word.endswith("s") and word[:-1] in _DOC_NOUNS)


def _without_kind(role: str | None, word: str) -> str | None:
    """``role`` without the word for its body's kind: ``union chair`` and ``chair of college`` -> ``chair``."""
    if not role:
        return role
    out = re.sub(rf"\s+(?:of|at|for)\s+(?:the\s+)?{word}$", "", re.sub(rf"^{word}\s+", "", role, flags=re.I))
    second = re.search(r"\s+and\s+(?:(an?)\s+)?([a-z][\w -]*)$", out) if out != role else None
    if (
        second
        and (second.group(1) or re.search(r"\sin\s+[A-Z]", out[: second.start()]))
        and _is_role_phrase(second.group(2))
    ):
        # "a GP partner in Ludlow and a director of the federation": the post held there, the director
        return second.group(2)
    return out


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
