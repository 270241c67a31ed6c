"""Where the speaker phrase is in the text around a cue: the subject just before a cue verb
(:func:`_subject_before`) or just after it (:func:`_subject_after`, ``said Dr X, chair of Y``),
and whose words ``according to`` gives.  Offsets are kept, so a phrase can be found again in its
paragraph."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from nlp.quotes import _re as re
from nlp.quotes._lexicon import (
    _AUX_TAIL,
    _BODY_NOUNS,
    _BRACKETED_GIVEN,
    _CAPTION,
    _CHANNELS,
    _CITATION,
    _CLAUSE_SPLIT,
    _CONTACT_CLAUSE,
    _DETERMINERS,
    _HANDLE,
    _KIN,
    _LEAD_WORDS,
    _NOT_A_TITLE,
    _PARTY_TAG,
    _PLACE_SHAPE,
    _POST_THEN_NAME,
    _POSTED_AT_A_NAME,
    _RECORDS,
    _ROLE_CAPS,
    _TITLE_RE,
    _TITLED_INITIALS,
    _TITLED_NAME,
    _TITLES,
    _TOWN,
    _WHEN_OR_WHERE,
)
from nlp.quotes._speakers import (
    _MORE_PARTY_RE,
    _OTHER_PARTY_RE,
    _OTHER_ROLE_PARTY_RE,
    _PEOPLE_LIST,
    _SHARED_POST_RE,
    _is_role_head,
    _is_role_phrase,
    _joint,
    _looks_like_name,
    _party,
    _role_and_name,
    _role_word,
)

# a live blog's time stamp opening a sentence: "12:10 Shadow health secretary X responds"
_TIME_STAMP = re.compile(r"(?:^|(?<=[.!?]\s))\d{1,2}[:.]\d{2}(?:\s*[ap]m)?(?=\s+[A-Z])")

# what commas set aside between a subject and its cue, a relative or a participle's clause: "the letter, which was signed by
# 300 partners, said", "the statement, issued on Friday, said"
_ASIDE_BEFORE_A_CUE = re.compile(
    r",\s+(?:which\s|(?:signed|issued|written|published|sent|released|circulated|drawn\s+up|leaked|addressed|dated|"
    r"seen|obtained|shared|posted|compiled|co-signed|backed)\s)[^,;:.!?]{2,90},\s*$"
)

# an aside between a subject and its cue that names someone else, whose words the cue does not report: "The Nuffield
# Trust, whose chief economist gave evidence, said", "The institute, led by Professor X, argued"
_WHOSE_ASIDE = re.compile(
    r",\s+(?:whose\s|(?:led|chaired|headed|run|founded|fronted)\s+by\s)[^,;:.!?‘“”’\"]{2,120},\s*$"
)

# three or more people at the end of a subject, perhaps with what they are: "Dr Lena X, Dr Sam Y and Dr Ann Z", "...,
# the three partners at W,"
_LISTED_SUBJECT = re.compile(r"(?:^|(?<=[.;:!?]\s))(" + _PEOPLE_LIST.pattern + r"(?:,\s+(?:the|all)\s+[^,]+,)?)$")


# a post's field just before "and": "director of strategy" (and transformation), "lead for workforce" (and training)
_POST_S_FIELD_BEFORE = re.compile(
    r"\b(?:director|head|lead|chair|officer|manager|secretary|dean|professor)\s+(?:of|for)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*\s*$"
)
# a post without an article after "who is" or "who has been": "who is clinical director of X PCN", "who has been business
# manager at Y since 2015"
_BARE_POST = r"(?:[a-z][\w-]*\s+){0,2}(?:manager|director|lead|partner|chair|secretary|officer|executive|principal)\b"


def _protect(text: str, keep: Sequence[tuple[int, int]]) -> str:
    """``text`` with the spaces and punctuation inside ``keep`` (organisation names such as
    ``Department of Health and Social Care``) turned into ``_``, so that no clause split
    falls inside a name, nor inside a number (``1,200 GPs``); same length, so offsets still hold."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "_", text)
    # a party and ward in brackets after a name, before a clause ("Councillor Peter X (Lib Dem, Oldcote), who proposed
    # it, said"): read as without them
    text = re.sub(r"(?<=[a-z])\s\([^()]{2,60}\)(?=,\s+who\s)", lambda m: " " * len(m.group(0)), text)
    # a live blog's time stamp opening a sentence ("12:10 Shadow health secretary X responds") is no part of it
    text = _TIME_STAMP.sub(lambda m: " " * len(m.group(0)), text)
    # a peer's given name in brackets ("Lord (Ara) Darzi, the surgeon, said") is read as without them
    text = _BRACKETED_GIVEN.sub(lambda m: m.group(0).replace(f"({m.group(1)})", f" {m.group(1)} "), text)
    if not keep:
        return text
    chars = list(text)
    for a, b in keep:
        for k in range(max(0, a), min(len(chars), b)):
            if not chars[k].isalnum() and chars[k] not in "’'":
                chars[k] = "_"
    return "".join(chars)


def _after_an_asker_s_post(text: str) -> bool:
    """Does ``text`` end with a post after ``from`` or ``by`` and a comma (``a question from the Lib Dem MP for X, ``),
    so that the name next is the asker's, in apposition to that post?"""
    asker = re.search(r"\b(?:from|by)\s+([^,.;:]+),\s*$", text)
    return bool(asker) and _is_role_phrase(asker.group(1))


# a participle's clause that opens a sentence before a post as its subject: "Speaking on Sky News, the minister, X,"
# (not "Responding to a question from the MP for Y, Hazel Z, the minister said": the asker's name first)
_FRONTED_CLAUSE = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?:Speaking|Writing|Responding|Replying|Commenting|Reacting|Asked|Appearing|Interviewed|"
    r"Addressing)\b[^,;:.!?‘“”’\"]{0,80},\s+(?=(?:the|its|their)\s)"
)


def _subject_before(text: str, keep: Sequence[tuple[int, int]] = ()) -> tuple[str, int] | None:
    """The grammatical subject at the end of ``text`` (the words just before a cue verb),
    with its offset in ``text``; ``keep`` are spans (organisation names) not to split."""
    # "GPs (RCGP) chair", "The Medical Defence Union (MDU), which ...": a body's acronym in brackets
    keep = [*keep, *(m.span() for m in re.finditer(r"\s\([A-Z]{2,6}s?\)(?=\s+[a-z]|,)", text))]
    keep += [m.span() for m in _CITATION.finditer(text)]  # "Smith et al. (2021) describe"
    # "Speaking on Sky News, the primary care minister, Anjali X, said": the clause before the subject, blanked so
    # that offsets stay (and the name the tagger may have taken for a body's there, kept whole, read as words)
    fronted = _FRONTED_CLAUSE.search(text)
    got = None
    if fronted:
        blank = text[: fronted.start()] + " " * len(fronted.group(0)) + text[fronted.end() :]
        kept = [(a, b) for a, b in keep if not fronted.start() <= a < fronted.end()]
        got = _subject_before_masked(_protect(blank, kept)) or _subject_before_masked(blank)
    if re.search(r",\s[^,]*[\w.]\s{4,}$", text):  # "Dr X, GP partner at Y Surgery, which will move, said", the relative
        text = text.rstrip() + ", "  # clause blanked: read as the comma that closed the apposition before it
    whose = None if got else _WHOSE_ASIDE.search(text)
    if whose and re.search(
        r"(?:^|[.!?]\s+)The\s+[A-Z][^,]*$", text[: whose.start()]
    ):  # "The Nuffield Trust, whose chief economist Dr X gave evidence, said": the body, not the one it names
        got = _subject_before_masked(_protect(text[: whose.start()] + " " * len(whose.group(0)), keep))
    got = got or _subject_before_masked(_protect(text, keep))
    if got is None:
        # "But one GP in the same PCN, who asked not to be named, said", "A GP in the North West who did not want to
        # be named said": the subject, without the conjunction that opens its sentence or the unnamed one's clause
        # (blanked, so that offsets stay)
        plain = re.sub(  # ("But another, who declined to give her name, said": its first letter as a sentence's)
            r"(?:^|(?<=[.;!?]\s))(?:But|And|Yet|So)\s+([a-z])",
            lambda m: " " * (len(m.group(0)) - 1) + m.group(1).upper(),
            text,
        )
        plain = re.sub(
            r"\s+who\s+(?:did|does)\s+not\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)(?=\s*$)",
            lambda m: " " * len(m.group(0)),
            plain,
        )
        if plain != text:
            got = _subject_before_masked(_protect(plain, keep))
            if got is not None:
                end = len(text.rstrip()) if re.search(r"\bwho\s+(?:did|does)\s+not\b", text[got[1] :]) else None
                got = (text[got[1] : end].strip(" ,") if end else got[0], got[1])
    if got is None and re.search(r"\s[–—]\s+[^–—]+\s[–—]\s*$", text):
        # "Dr Anne X — who has been a partner for 27 years — said", "Dr X – GP partner and medical director at Y –
        # said": the dashes as the commas they stand for
        dashed = re.sub(r"(?<=\s)[–—](?=\s)|(?<=\s)[–—]$", ",", text.rstrip())
        got = _subject_before_masked(_protect(dashed, keep))
        if got is not None:
            got = (text[got[1] : got[1] + len(got[0])], got[1])
    aside = None if got is not None else _ASIDE_BEFORE_A_CUE.search(text)
    if aside:  # "‘...,’ the letter, signed by 300 GP partners, said": the subject without what the commas set aside
        got = _subject_before_masked(_protect(text[: aside.start()] + " " * len(aside.group(0)), keep))
    if got is None:
        return None
    phrase, off = got
    named_post = re.fullmatch(r"(.+?),\s+((?:the|a|an)\s+[a-z][^,]*)", phrase)
    if named_post and _after_an_asker_s_post(text[:off]) and _is_role_phrase(named_post.group(2)):
        # "Responding to a question from the Lib Dem MP for X, Hazel Y, the minister said": the name is the asker's,
        # the post the speaker's
        phrase, off = named_post.group(2), off + named_post.start(2)
    fronted = re.fullmatch(
        r"(?:(?:In|On|At|During|After|Before|Within)\s+(?:his|her|their|its|the|a|an|that|this)\s+(?:[\w’'-]+\s+){1,5}"
        r"|(?:Later|Earlier|Then|Now|Yesterday|Today|Meanwhile|Elsewhere|Separately)\s+)(he|she|they|we|it|I)",
        phrase,
    )
    if fronted:  # "In her letter she called it ‘...’", "Later he said": the pronoun after the fronted phrase
        phrase, off = fronted.group(1), off + fronted.start(1)
    pronoun = re.search(
        r"\s(I|we|he|she|they)(?:\s+(?:can|could|will|would|must|should|may|might|do|did|cannot))?$", phrase
    )
    if (
        pronoun
        and re.match(r"(?:a|an)\s", phrase)
        and not re.search(r"\b(?:had|has|have|told|said|says|is|was|were|are)\b", phrase[: pronoun.start()])
    ):  # "as a practice nurse for 28 years I can say": the pronoun, after what its speaker is
        phrase, off = pronoun.group(1), off + pronoun.start(1)
    named_by = re.search(
        r"\s(?:which|that)\s+((?:the|a|an|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}|[a-z][\w’'-]*s|"
        r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$",
        phrase,
    )
    if named_by:  # "A scheme which ministers dubbed ‘...’": the relative clause's subject, whose verb the cue is
        phrase, off = named_by.group(1), off + named_by.start(1)
    recorded = _RECORDS.match(phrase)
    if recorded:  # "Minutes of the meeting record the chair saying": the one the document records
        phrase, off = phrase[recorded.end() :], off + recorded.end()
    contact = _CONTACT_CLAUSE.search(phrase)
    if (
        contact
        and "," not in phrase[: contact.start()]  # not "one former partner, now a portfolio GP"
        and not _is_role_phrase(contact.group(1))
        and not any(w in STOP_WORDS for w in contact.group(1).lower().split()[1:])  # not "A spokesman for the X"
    ):
        # "a gap the authors called ‘...’", "a plan the BMA described as ‘...’": the thing, then who spoke of it
        phrase, off = contact.group(2), off + contact.start(2)
    posted = re.search(r"((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+[–—]\s+$", text[:off])
    if posted and re.fullmatch(r"\s*[–—]\s*", text[off + len(phrase) :]) and _is_role_phrase(posted.group(1)):
        # "The partners – Dr A, Dr B and Dr C – said": the post, then who hold it between dashes
        phrase, off = text[posted.start(1) : off + len(phrase)], posted.start(1)
    handle = re.search(
        r"(?:^|\s)((?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he)\s+(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:posting|writing|going|known)\s+"
        r"(?:only\s+)?(?:as|under(?:\s+the\s+name)?)\s+)$",
        text[:off],
    )
    if handle:  # "one user posting as DrGrumpy wrote": the user, whose handle is no name nor body
        off = handle.start(1)
        phrase = text[off : off + len(handle.group(1)) + len(phrase)]
    places = re.search(
        r"(?:^|[.;:!?,]\s+)((?:[A-Za-z][\w-]*\s+){1,3}(?:in|across|from|for|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}"
        r"and\s+)$",
        text[:off],
    )
    if (
        places
        and re.fullmatch(r"(?:the\s+)?[A-Z][\w’'-]+(?:\s*\([^()]*\))?", phrase)
        and _is_role_phrase(places.group(1))
    ):
        # "GP leaders in Wales and Scotland said", "A spokesperson for NHS Kent and Medway said", "A spokesperson for the
        # RCGP and the BMA said": one subject
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
    first = re.sub(r"\s*\([^()]*\)", "", text[off:end]).split(",")[0].strip()  # "Dr Ben Cole (York)"
    other = _OTHER_PARTY_RE.search(text[:off])
    team = re.match(r"(?:her\s+|his\s+|their\s+)?(?:colleagues|co-authors|team)\b", first)
    if team and other:  # "Dr Kavita Rao and colleagues at Y wrote"; "As Baker and colleagues have argued"
        lead = re.match(r"(?:As|When|While|But)\s+", other.group(1))
        who, at = other.group(1)[lead.end() if lead else 0 :], other.start(1) + (lead.end() if lead else 0)
        if _party(who) == "person" or re.fullmatch(r"[A-Z][a-z][\w’'-]+", who):
            return text[at:end], at
    shared = _SHARED_POST_RE.search(text[:off])  # "GP partners Dr Ellie Marsh and Dr Tom Varley said"
    if shared and _is_role_phrase(shared.group(1)) and _joint(shared.group(2), first):
        off = shared.start(1)
    elif other and _joint(other.group(1), first):  # "Dr Nadia Shah and Dr Ben Cole, partners at ..., said"
        off = other.start(1)
        while (more := _MORE_PARTY_RE.search(text[:off])) and (
            _party(more.group(1)) == "org" == _party(first)
            or (more.group(2) and _TITLE_RE.match(more.group(1)) and _party(more.group(1)) == "person" == _party(first))
        ):  # "the RCGP, the BMA and the Patients Association said"; "Dr A (Hull), Dr B (York) and Dr C (Leeds) wrote"
            off = more.start(1)
        if _party(first) == "person" and text[:off].endswith(", "):
            # "Dr A, chair of X LMC, Dr B and Dr C said": one more before them, named and described
            parts = list(re.finditer(r"[^,;:–—]+", text[: off - 2]))
            j = _first_of_many(parts, len(parts))
            if j is not None:
                off = _words_start(parts[j])
    elif (
        other
        and (kin := re.fullmatch(r"((?:his|her|their)\s+[^,]+),\s+([^,]+)", text[off:end].strip()))
        and _is_role_phrase(kin.group(1))
        and _looks_like_name(kin.group(2))
        and _party(other.group(1)) == "person"
    ):  # "Dr Alice X and her practice manager, Tim Y, said": both
        off = other.start(1)
    elif _role_and_name(first):  # "Health secretary X and NHS England chief executive Y said"
        other = _OTHER_ROLE_PARTY_RE.search(text[:off])
        if other and (_role_and_name(other.group(1)) or _party(other.group(1)) == "person"):
            off = other.start(1)  # "Dr Sunita Rao and her business partner Dr Hamish Greer said"
    listed = re.search(
        r"(?:^|[.;:!?]\s+)(?P<who>(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
        r"(?P<post>[^,;:.!?]{2,60}),\s+$",
        text[:off],
    )
    if (
        listed
        and _looks_like_name(listed.group("who"))
        and _is_role_phrase(listed.group("post"))
        and (_party(text[off:end]) == "org")
    ):  # a release's "Dr X, Chief Medical Officer, NHS Y ICB said:": the person, her post, then her body
        off = listed.start("who")
    if re.fullmatch(
        r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|several)\s+"
        r"(?:years?|months?|weeks?|days?|decades?)\b.*",
        text[off:end],
    ) and re.search(r"\b(?:after|for|in|over|within)\s+$", text[:off]):
        # "A GP partner who has quit her partnership after 15 years has said": whom the clause is about, not when
        who = re.search(
            r"(?:^|[.;!?]\s+)((?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+[^,;:.!?]*?\s+who\s)[^,;:.!?]*$", text[:off]
        )
        if who:
            off = who.start(1)
    ranked = re.search(r"(?:^|\s)([Tt]he\s+(?:elder|older|younger)\s+)$", text[:off])
    if ranked and re.match(_TITLES + r"\s", text[off:end]):  # "the elder Dr Patel said": which of two namesakes
        off = ranked.start(1)
    return text[off:end], off


def _unmasked(part: str) -> str:
    """A part of a masked subject (:func:`_protect`) as words again: a kept name's ``_`` read as a space."""
    return part.strip().replace("_", " ")


_IN_BRACKETS = "\u2063"  # an invisible separator: a comma inside brackets, while the subject's parts are found


def _subject_before_masked(text: str) -> tuple[str, int] | None:
    bracketed = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", _IN_BRACKETS), text)
    if bracketed != text:  # "Dr X, GP partner (Abbey Surgery, Ripon), said": one aside, not two parts
        got = _subject_before_masked(bracketed)
        if got is None:
            return None
        phrase, start = got
        if bracketed[start : start + len(phrase)] == phrase:
            return text[start : start + len(phrase)], start
        return phrase.replace(_IN_BRACKETS, ","), start
    t = text.rstrip()
    whom = re.search(
        r"(?:^|,\s+)((?:one|another|two|three|some|several)\s+of\s+whom,\s+(?:"
        + _TITLES
        + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),$",
        t,
    )
    if whom:  # "a joke among clinical directors, one of whom, Dr Tomasz X, said": that one
        return whom.group(1), whom.start(1)
    while True:
        m = _AUX_TAIL.search(t)
        if not m:
            break
        t = t[: m.start()].rstrip()
    if not t:
        return None
    paren = re.search(
        r"(?:^|(?<=[.;:!?,]\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\bbut\s)|(?<=\band\s))((?:"
        + _TITLES
        + r"\s+)?[A-Z][\w’'-]+"
        r"(?:\s+[A-Z][\w’'-]+){0,3})\s*\([^()]{2,80}\)$",  # "..., while Dr Lin X (Avon) said"
        t,
    )
    if paren and _looks_like_name(paren.group(1)):  # "Dr Ray Lock (GP partner, Hull) said"
        return t[paren.start(1) :], paren.start(1)
    named = t.endswith(")") and re.search(
        r"(?:^|(?<=[.;:!?,]\s))((?:[Tt]he|[Aa]n?|[Oo]ne)\s+[^()]{2,60}?)\s*\(((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+"
        r"(?:\s+[A-Z][\w’'-]+){1,3})\)$",
        t,
    )
    if named and _is_role_phrase(named.group(1)) and _looks_like_name(named.group(2)):
        return t[named.start(1) :], named.start(1)  # "A GP partner (Dr Helen Stokes) told the meeting"
    tag = re.search(_PARTY_TAG + "$", t)
    if tag:  # "Local councillor Jenny Marsh (Con, Ashby Ward) said": the subject before the party and ward
        got = _subject_before_masked(t[: tag.start()])
        # "Sarah X (Somerton and Frome) (LD) said": a member's seat, then their party
        if got and _looks_like_name(" ".join(re.sub(r"\s*\([^()]*\)$", "", got[0]).split()[-2:])):
            return t[got[1] :], got[1]
    aside = re.search(r"\s*\([^()]{2,60}\)$", t)
    if aside:  # "A spokesperson for NHS Kent and Medway (the ICB) said", "the BMA (UK) said": the subject before the
        # aside
        got = _subject_before_masked(t[: aside.start()])
        if got:
            return t[got[1] :], got[1]
    listed = _LISTED_SUBJECT.search(t)
    if listed:  # "Dr Lena X, Dr Sam Y and Dr Ann Z said": three or more people, not the last two (and "..., the three
        # partners at W, said": with what they are)
        return t[listed.start(1) :].rstrip(","), listed.start(1)
    if t.endswith(","):  # "Dr Smith, chair of X LMC, said" / "Dr Smith, 64, who retired in 2021, said"
        body = t[:-1]
        parts = [m for m in re.finditer(r"[^,;:–—]+", body)]
        last = parts[-1] if parts else None
        aged = len(parts) >= 3 and re.fullmatch(  # an age, where from, or what they were before
            r"\s*(?:\d{1,3}|(?:of|from|at)\s+(?:the\s+)?[A-Z].*|(?:a|an)\s+(?:former|ex-|retired|one-time)\b.*)\s*",
            parts[-1].group(0),
        )
        if (
            len(parts) >= 3
            and re.fullmatch(r"\s*" + _TOWN + r"\s*", parts[-1].group(0))
            and _looks_like_name(parts[-3].group(0).strip())
            and _is_role_phrase(parts[-2].group(0).strip())
        ):  # "Dr Lisa X, partner at the Grange Surgery, Hull, said": a name, a post, then where
            start = _words_start(parts[-3])
            return body[start : last.end()].strip(), start
        named = parts[:-1] if aged else parts  # "The patient group chair, Maureen Flett, 71, said"; ", of Y, said";
        # "The network's business manager, Gavin X, a former operations manager at a logistics firm, said"
        # "the report’s lead author, Dr Beccy X of the King’s Fund,": the holder, and where they work
        holder = named[-1].group(0) if named else ""
        holder = re.sub(r"\s+(?:of|from|at)\s+(?:the[\s_]+)?[A-Z][^,]*$", "", holder) if len(named) >= 3 else holder
        first_name = (  # "Her neighbour, John, 79, said", "Our practice manager, Karen, said": a first name alone
            len(named) >= 2
            and re.fullmatch(r"\s*[A-Z][a-z]+\s*", holder)
            and holder.strip().lower() not in STOP_WORDS
            and re.search(
                r"(?:^|\s)(?:his|her|their|our|my)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*$", named[-2].group(0), re.I
            )
            and (_is_role_phrase(named[-2].group(0).strip()) or named[-2].group(0).split()[-1].lower() in _KIN)
        )
        if (
            len(named) >= 2
            and (
                _full_name(holder)
                or first_name
                or _two_names(holder)  # "the committee’s co-chairs, Dr A and Dr B, said"
            )
            and not _looks_like_name(named[-2].group(0))
            # "Dr Ewan X, Clinical Chair, NHS Marshton ICB, added", "..., medical director, X GP Federation, said": where
            and _party(_unmasked(holder)) != "org"
            # "Dr Tom X, clinical director Y PCN, North Yorkshire, warned": a name, a post, then where (not a holder)
            and not (len(named) >= 3 and _named_and_posted(named[-3].group(0), named[-2].group(0)))
            and not re.fullmatch(_PLACE_SHAPE, holder.strip())  # "..., Camden, North London, said": no name
        ):
            second = re.fullmatch(r"\s*and\s+(?:the|its|his|her|their)\s+.+", named[-2].group(0))
            if second and len(named) >= 4:  # the first of two holders, each with a post, before "and its ..."
                clause = _CLAUSE_SPLIT.split(named[-4].group(0))[-1].strip()
                post_first = _LEAD_WORDS.sub("", clause).strip()
                first = None
                if (
                    _looks_like_name(named[-3].group(0))
                    and post_first
                    and len(post_first.split()) <= 8
                    and _is_role_phrase(post_first)
                ):  # "The union’s deputy chair, Dr Sunil X, and its treasurer, Dr Amy Y, wrote": post, then holder
                    first = post_first
                elif _is_role_phrase(named[-3].group(0).strip()) and _looks_like_name(clause):
                    first = clause  # "Dr Ewan X, chair of the committee, and his deputy, Dr Fatima Y, said": holder
                if first:
                    start = body.rfind(first, 0, named[-3].start())
                    return body[start : last.end()].strip(), start
            post = named[-2]
            if len(named) >= 3 and re.match(r"\s*which\s", post.group(0)):
                post = named[-3]  # "The chair of the X federation, which runs four hubs, Dr Tim X": the post before it
            # "National Director for Primary Care and Community Services, Dr X": "and" inside a title in capitals
            titled_and = re.sub(r"\b([A-Z][\w’'-]*) and (?=[A-Z])", r"\1_and_", post.group(0))
            owned_and = re.search(
                r"(?:[’']s|(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur))\s+((?:[a-z][\w-]*\s+){1,5})and"
                r"(?!\s+(?:its|his|her|their|the|an?)\s)"
                r"(\s+(?:[a-z][\w-]*\s*){1,4}(?:[A-Z][\w’'-]*\s*){0,3})$",  # "... for Northshire", not "and its chair"
                titled_and,
            )
            if owned_and and _is_role_phrase(f"{owned_and.group(1)}and{owned_and.group(2)}".strip()):
                # "NHS England’s national director for primary care and community services, Dr X": the same in
                # lower case, after a body's possessive or an article ("The police and crime commissioner, X", "Its
                # director of health and social care, Y")
                k = owned_and.end(1) - 1
                titled_and = titled_and[:k] + "_and_" + titled_and[k + 5 :]
            cuts = [m.end() for m in _CLAUSE_SPLIT.finditer(titled_and)]  # the same length, so the same offsets
            cut = cuts[-1] if cuts else 0
            head = _LEAD_WORDS.sub("", post.group(0)[cut:].strip()).strip()
            if re.match(r"(?:[A-Z][a-z]+ing|Asked|Pressed)\b", head) and not _is_role_phrase(head):
                head = ""  # "Opposing it, Dr Tariq X, from Kent, warned": what they were doing, not their post
            words = len(_LEAD_WORDS.sub("", titled_and[cut:].strip()).split())  # "Kent_and_Medway": one word
            if head and words <= (11 if owned_and else 8):  # "The BMA’s GP committee chair, Dr X, said"
                start = body.rfind(head, 0, named[-1].start())
                return body[start : last.end()].strip(), start
        for k in range(len(parts) - 2, max(-1, len(parts) - 8), -1):
            cand = _CAPTION.sub("", parts[k].group(0)).strip()  # "Dr Lorna Fitch (pictured)"
            if _TITLED_NAME.match(cand):  # "Dr Rebecca X (University of Ashcombe), an epidemiologist, said": hers
                cand = re.sub(r"\s*\([A-Z][^()]{1,60}\)$", "", cand)
            cand = re.sub(r"^(?:and\s+)?then\s+(?=[A-Z])", "", cand)  # "..., and then James, who ..., said"
            # "a trajectory that Dr Fergus X, chief executive of Y, describes as": who, after the relative word
            cand = re.sub(r"^(?:an?|the)\s+[a-z][\w-]*\s+(?:that|which)\s+(?=(?:" + _TITLES + r")\s+[A-Z])", "", cand)
            cand = re.sub(r"^(?:while|whereas|but|however|meanwhile|yet|As)\s+", "", cand)  # "’, while Dr Raj X, a
            # partner in Leeds, said" ("and Dr B" stays: the second of two people each described)
            cand = re.split(_NOT_A_TITLE + r"[.!?]\s+(?=[A-Z])", cand)[-1]  # "... by the announcement. One, who ..."
            joined = re.fullmatch(r"and\s+(.+)", cand)
            first = _first_of_many(parts, k) if joined else None
            if joined and _looks_like_name(joined.group(1)) and first is not None:
                # "Dr A, GP partner, and Dr B, practice manager, both of X, said": two people, each described
                start = _words_start(parts[first])
                return body[start : last.end()].strip(), start
            if (
                re.match(r"\s*(?:who\b|now\b|(?:a|an)\s+(?=\S+(?:\s+\S+)?\s*$))", parts[k + 1].group(0))
                and re.match(r"(?:one|a|an|another|the)\s", cand, re.I)
                and _is_role_phrase(cand)
                and len(cand.split()) <= 6
                # not the post of someone named before it: "Dr Kofi X, a GP partner in Poole, who proposed the motion,"
                and not (k >= 1 and _looks_like_name(_CLAUSE_SPLIT.split(parts[k - 1].group(0))[-1].strip()))
            ):  # "one clinical director, who asked not to be named, told Pulse"; "one former partner, now a
                # portfolio GP, told Pulse"; "a GP, now retired,"
                start = body.rfind(cand, 0, parts[k + 1].start())
                return body[start : last.end()].strip(), start
            staff_of = re.fullmatch(
                r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:at|of|from)\s+[A-Z][^,]*",
                cand,
            )
            if (
                staff_of
                and _is_role_phrase(staff_of.group(1))
                and re.match(r"\s*(?:who|which)\b", parts[k + 1].group(0))
            ):  # "The partners at A Surgery and B Practice, who proposed the merger, said": the partners of both
                start = body.rfind(cand, 0, parts[k + 1].start())
                return body[start : last.end()].strip(), start
            posted = re.fullmatch(
                r"(?:(?:his|her|their|its|the)\s+)?(?:[a-z][\w-]*\s+){1,3}((?:"
                + _TITLES
                + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})",
                cand,
            )
            if (
                posted
                and _is_role_phrase(cand[: posted.start(1)])
                and _looks_like_name(posted.group(1))
                and _party(_unmasked(posted.group(1))) != "org"  # "clinical director Y PCN": where it is held
            ):
                # "...; her colleague Dr Tom X, who did not, said it was ‘...’": a post and its holder, then a clause
                start = body.rfind(cand, 0, parts[k + 1].start())
                return body[start : last.end()].strip(), start
            if (
                not cand
                or cand[0].isdigit()
                or re.match(r"(?:who|which|whose|aged|a|an|the)\b", cand)
                or cand[:1].islower()
                or (
                    k > 0
                    and _is_role_phrase(cand)
                    and not _TITLED_NAME.search(cand)
                    and (not _looks_like_name(cand) or all(_role_word(w) for w in cand.split()))  # "Clinical Chair"
                )
                or (  # "Dr Beth X, GP partner, Quinn & Co Medical Practice, Norwich, said": where the post is held
                    k > 1
                    and (  # (a kept name is joined by "_"); "..., clinical director, X PCN, Lancashire, said"
                        re.split(r"[\s_]+", cand)[-1].lower() in _BODY_NOUNS or _party(_unmasked(cand)) == "org"
                    )
                    and _is_role_phrase(parts[k - 1].group(0).strip())
                )
                or (k > 0 and re.fullmatch(_PLACE_SHAPE, cand))  # "..., North London, who ...": where, not who
                or (  # "Dr Sunita X, Dunstow LMC, who spoke against, said": her body, after her name
                    k > 0
                    and _party(_unmasked(cand)) == "org"
                    and _TITLED_NAME.fullmatch(parts[k - 1].group(0).strip()) is not None
                )
                or (  # "Dr Omar X, partner, Y Medical Group, Cardiff, and chair of ..., said": the town of that body
                    k > 1
                    and re.fullmatch(_TOWN, cand)
                    and (
                        (  # "..., partner, Y Medical Group, Cardiff, and ...": after a post, then its body
                            k > 2
                            and _party(_unmasked(parts[k - 1].group(0))) == "org"
                            and _is_role_phrase(parts[k - 2].group(0).strip())
                        )
                        or (  # "Dr X, GP at the Abbey Surgery, Ripon, and LMC chair, said": after a name and post
                            _is_role_phrase(_unmasked(parts[k - 1].group(0)))
                            and _looks_like_name(parts[k - 2].group(0).strip())
                        )
                    )
                )
            ):
                continue  # an apposition: an age, a relative clause, a description, a role ("GP partner, Hackney")
            cand = _CLAUSE_SPLIT.split(cand)[-1].strip() if _CLAUSE_SPLIT.search(cand) else cand
            cand = _LEAD_WORDS.sub("", cand).strip()
            if cand and (cand[:1].isupper() or _role_and_name(cand)):  # "But patient Ann X, 79, said"
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
        and not re.fullmatch(r"\s*(?:he|she|they|we|it)\s*", parts[-1].group(0))  # "Her PCN, she said, was": she
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
    while pieces and pieces[-1].group(0) == "and" and _POST_S_FIELD_BEFORE.search(t[: pieces[-1].start()]):
        pieces.pop()  # "X ICB director of strategy and transformation Mark Y said": two fields of one post
    start = pieces[-1].end() if pieces else 0
    if pieces and pieces[-1].group(0) in ("that", "which"):
        # "The company that bought the building said": a body or post, then what it did
        owner = re.search(
            r"(?:^|[.;:!?,]\s+|\b(?:but|and|while)\s+)((?:[Tt]he|[Aa]n?)\s+(?:[\w’'&-]+\s+){0,4}?([\w’'&-]+))\s+$",
            t[: pieces[-1].start()],
        )
        if owner and (owner.group(2).lower() in _BODY_NOUNS or _is_role_head(owner.group(2).lower())):
            start = owner.start(1)
    cand = t[start:]
    lead = _LEAD_WORDS.match(cand.lstrip())
    offset = start + (len(cand) - len(cand.lstrip()))
    if lead:
        offset += lead.end()
    cand = t[offset:].strip()
    told = re.fullmatch(r"(?:[A-Z][\w’'-]*\s+){1,3}(he|she|they|it|we)", cand)
    if told and pieces and re.fullmatch(r"told|said|says", pieces[-1].group(0)):
        # "NHS App users told Pulse they found it ‘clunky’": the pronoun, not the one told, is the subject
        offset += told.start(1)
        cand = told.group(1)
    fronted = re.fullmatch(
        r"(?:In|At|On|During|After|Before|Speaking|Writing|Addressing)\s.+?\s(he|she|they|we|I)", cand
    )
    if fronted:  # "In a speech to the LMC conference in 2009 he warned": a fronted phrase with no comma, then who
        offset += fronted.start(1)
        cand = fronted.group(1)
    if not cand or len(cand.split()) > 12:
        return None
    return cand, offset


def _according_to(text: str) -> tuple[str, int] | None:
    """The source after ``according to`` (see :func:`_subject_after`): the first phrase and an apposition that
    names a role, not the clause that follows them (``According to the Nuffield Trust, the number of GP partners
    has ...`` -> ``the Nuffield Trust``)."""
    got = _subject_after(text)
    parts = text.split(", ")
    for k in (3, 2):  # "According to Dr X, a GP and workforce researcher at Y, the scheme ...": too long with the
        # clause after it for a speaker, the source and its apposition without it
        if got is None and len(parts) > k:
            got = _subject_after(", ".join(parts[:k]))
    if got is None:
        return None
    phrase, off = got
    phrase = re.split(r"\s+(?:was|is|were|are|has|had)\b", phrase)[0]  # "The message from Dr X was clear"
    phrase = re.split(r"\s+(?:when|while|after|as)\s", phrase)[0]  # "the answer from Dr X when asked whether ..."
    parts = phrase.split(", ")
    keep = (
        parts[:2]
        if len(parts) > 1
        and (  # "the verdict of Dr X, who chairs Kent LMC": the clause that gives her post; "the BMA’s GP
            # committee chair, Dr Katie X,": the post, then who holds it
            _is_role_phrase(parts[1])
            or re.match(r"who\s+(?:now\s+|also\s+)?(?:chairs|leads|heads|runs|manages|founded)\s", parts[1])
            or (_is_role_phrase(parts[0]) and _looks_like_name(parts[1]))
        )
        else parts[:1]
    )
    if len(keep) == 2 and len(parts) > 2 and _is_role_phrase(keep[1]) and _party(parts[2]) == "org":
        keep.append(parts[2])  # "According to Dr X, GP partner, Holly Lane Surgery, North London, ...": where
    return ", ".join(keep), off


def _first_of_two(parts: Sequence[re.Match], k: int) -> int | None:
    """Where the first of two people begins when ``parts[k]`` is ``and Dr B`` (or the next person of a list): the
    name before it and its description ("Dr A, GP partner, and Dr B", "Dr A, chair, X LMC, and Dr B", "Dr A, GP
    partner, Y Surgery, Hull; and Dr B"): a post, then perhaps its body and the body's town; None when no name is
    found so."""
    shapes = []
    for j in range(k - 1, max(-1, k - 5), -1):
        text = _unmasked(parts[j].group(0))
        if _looks_like_name(text) and _party(text) != "org" and shapes and shapes[-1] == "post":
            return j
        if _is_role_phrase(text):
            shapes.append("post")
        elif _party(text) == "org" and shapes in ([], ["town"]):
            shapes.append("body")
        elif re.fullmatch(_TOWN + "|" + _PLACE_SHAPE, text) and not shapes:
            shapes.append("town")
        else:
            return None
    return None


def _words_start(part: re.Match) -> int:
    """Where a subject's part begins once the spaces before its words are passed over."""
    return part.start() + len(part.group(0)) - len(part.group(0).lstrip())


def _full_name(text: str) -> bool:
    """A person's name with a title or of two words or more (``Dr Tom X``, ``Tom X``), not one bare word."""
    text = text.strip()
    return _looks_like_name(text) and (len(text.split()) >= 2 or bool(_TITLE_RE.match(text)))


def _two_names(text: str) -> bool:
    """``Dr Hana X and Dr Will Y``: two people's names joined by ``and``, each with a title or two words."""
    pair = text.strip().split(" and ")
    return len(pair) == 2 and all(_full_name(n) and _party(n) != "org" for n in pair)


def _first_of_many(parts: Sequence[re.Match], k: int) -> int | None:
    """Where the first of two or more people, each named and described, begins when ``parts[k]`` is the next one
    (:func:`_first_of_two`, walked back person by person): "Dr A, chair, X LMC, Dr B, secretary, Y LMC, and Dr C"."""
    first = _first_of_two(parts, k)
    while first is not None and (earlier := _first_of_two(parts, first)) is not None:
        first = earlier
    return first


def _named_and_posted(name: str, post: str) -> bool:
    """``Dr Tom X`` then ``clinical director Y PCN``: a person's name (a title or two words, no body) and their post,
    perhaps with the body it is held in; what comes after them says where, not who."""
    name, post = name.strip(), _unmasked(post)
    if not _full_name(name) or _party(name) == "org":
        return False
    if re.match(r"(?:and|or)\s", post):
        return False  # "Dr A, and the ICB chair, Dr B": a second holder after all
    held = re.fullmatch(
        r"((?:[a-z][\w-]*\s+)*[a-z][\w-]*)\s+(?:(?:at|of|for)\s+(?:the\s+)?)?([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)",
        post,
    )
    return _is_role_phrase(post) or bool(held and _is_role_phrase(held.group(1)) and _party(held.group(2)) == "org")


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
    dotted = re.sub(r"\b(Dr|Mr|Mrs|Ms|Prof|Rev)\.(?=\s+[A-Z])", "\\1\u2024", text)  # "said Dr. Kelly X": no full stop
    dotted = _TITLED_INITIALS.sub(lambda m: m.group(1) + m.group(2).replace(".", "\u2024"), dotted)  # "Dr A. J. Patel"
    if dotted != text:
        got = _subject_after(dotted)
        return (text[got[1] : got[1] + len(got[0])], got[1]) if got else None
    m = re.match(r"\s*([^.;:!?–—()]+(?:\([^()]{2,80}\))?)", text)  # "said Dr Ray Lock (GP partner, Hull).", not
    # the bracket closing round the quote: "(‘...,’ said one partner in Leeds)"
    if not m:
        return None
    cand = m.group(1)
    # "wrote Dr X on X, formerly Twitter,", "on Bluesky, the social network,": where she posted, and what it is
    cand = re.split(
        r"\s+on\s+(?:X|Twitter|Bluesky|Threads|Mastodon|Facebook|LinkedIn|Instagram|TikTok),\s+(?:formerly\s|the\s+"
        r"(?:[a-z-]+\s+){0,2}(?:network|platform|site|app)\b)",
        cand,
    )[0]
    cand = re.split(  # "said Ian X, who runs the Lambeth GP Federation": a clause that gives a post is kept
        r",\s*(?:who(?!\s+(?:now\s+|also\s+|currently\s+)?(?:chairs|chaired|leads|heads|runs|manages|founded|sits|serves|"
        r"works\s+as|(?:is|has\s+been)\s+(?:now\s+|also\s+)?(?:a|an|the|"
        + _BARE_POST
        + r"))\b|[^,.;]*\band\s+(?:now|is\s+now)\s+(?:works\s+as|an?\s)\b)|"
        # (and "said Roger, 63, to loud applause", "with a sigh": how it was said)
        r"which|adding|as|in|on|when|after|before|speaking|to|amid|with|during|despite|without|echoing|citing|"
        r"quoting)\b",
        cand,
    )[0].strip(" ,")
    cand = re.split(r"\s+in\s+(?:his|her|their)\s", cand)[0]  # "asked Dr Ed Mallory in his column"
    if "," not in cand:  # "said Dr X on Tuesday", "at the LMC conference in York" (not inside an aside)
        cand = re.sub(_WHEN_OR_WHERE, "", cand)
    cand = re.split(  # "said Dr X, a view shared by Dr Y": what others made of it, not a post
        r",\s+(?:a|an|the)\s+(?:view|sentiment|point|concern|warning|position|fear)\s+(?:shared|echoed|backed)\b", cand
    )[0]
    cand = re.split(  # "said Dr Paula X in a statement"
        r"\s+in\s+(?:a|an)\s+(?:[a-z]+\s+)?" + _CHANNELS + r"\b", cand
    )[0]
    # a headline's "‘...,’ say patients as surgery closes": the clause after the speaker
    cand = re.split(
        r"(?<!\bworks)(?<!\bworked)(?<!\bpractises)(?<!\bserves)(?<!\bknown)\s+(?:as|amid|after|while|when)\s+(?!well\b)(?=[a-z])",
        cand,
    )[0]  # not "who now works as a salaried GP"
    cand = re.split(  # "says a GP in rural Lincolnshire who did not want to be named": the relative clause
        r"\s+who\s+(?:did|does|asked|wished|declined|would|was|is(?!\s+(?:now\s+|also\s+)?(?:(?:a|an|the)\s|"
        + _BARE_POST
        + r"))|has(?!\s+been\s+(?:(?:a|an|the)\s|"
        + _BARE_POST
        + r"))|had)\b"
        r"(?![^,.;]*\band\s+(?:now|is\s+now)\s+(?:works\s+as|an?\s))",  # not "who had been X and now works as Y"
        cand,
    )[0]
    cand = re.sub(
        r"(?<=[a-z])\s+in\s+the\s+(?:BMJ|HSJ|Guardian|Times|Telegraph|Observer|Independent|Lancet)$", "", cand
    )
    cand = re.sub(r"(?<=\w)\s+[a-z]+ly$", "", cand)  # "said one partner sarcastically"
    # "wrote one patient on a card left at reception": where it was written, no part of who wrote it
    cand = re.sub(
        r"(?<=[a-z])\s+(?:on|in)\s+(?:a|an|the|her|his|their)\s+(?:[a-z]+\s+)?(?:card|note|post|letter|form|review|"
        r"comment|forum|website|survey|questionnaire)\b.*$",
        "",
        cand,
    )
    role_first = re.match(  # (a post in capitals after its first words: "said local MP Anna X", "local GP")
        r"((?:[a-z][\w’'-]*\s+){1,6}(?:(?:MP|MSP|MS|MLA|GP|PA)\s+)?)(?=(?:" + _TITLES + r"\s+)?[A-Z])", cand
    )
    if (
        not cand
        or not (
            cand.lower() in ("he", "she", "they")  # "‘...,’ said she."
            or cand[:1].isupper()
            or re.match(_HANDLE + r",\s+(?:a|an)\s", cand)  # "posted @GPJunior, a trainee in Leeds"
            or cand.split()[0].lower().rstrip(",") in _DETERMINERS  # "says one, a locum in Devon"
            or re.match(  # "added her partner, Dr X", "added her husband Jim", "says our GP trainer, Dr X"
                r"(?:his|her|their|our|my)\s+(?:[a-z][\w-]*|[A-Z]{2,4})(?:\s+[a-z][\w-]*)?(?:,\s|\s+(?:"
                + _TITLES
                + r"\s+)?[A-Z])",
                cand,
            )
            or (role_first and _is_role_phrase(role_first.group(1)))  # "said practice manager Tess Doyle"
            # "said clinical director of Eastbrook PCN Dr Imogen X": a post at a body, then its holder
            or (re.match(r"(?:[a-z][\w’'-]*\s+){1,3}(?:of|at|for)\s+(?:the\s+)?[A-Z]", cand) and _is_role_phrase(cand))
            # a headline's "says former RCGP chair": a post held before, in a body named by its acronym
            or (re.match(r"(?:former|outgoing|acting|interim|incoming|new)\s+[A-Z]", cand) and _is_role_phrase(cand))
            or (role_first and _a_post_then_name(role_first.group(1), cand[role_first.end() :]))
            or _unnamed_body_or_role(cand)  # a headline's "‘...’, warns think tank"
        )
    ):
        return None
    # a clause that ends in the post now may run longer: "Dr X, who had been a partner for 22 years and now works as a
    # salaried GP for the group"
    most = (
        30
        if re.search(r"\band\s+(?:now|is\s+now)\s+(?:works\s+as|an?\s)", cand)
        # "who has been a GP in Bury for 20 years and who chairs Bury LMC": the post at the end
        or re.search(r"\band\s+who\s+(?:now\s+|also\s+)?(?:chairs|leads|heads|runs|is\s+(?:a|an|the))\s", cand)
        # "said Dr A, a GP in Bristol, and Dr B, a GP in Leeds": two people, each with a post
        or re.match(
            r"(?:" + _TITLES + r"\s+)?[A-Z][^,]*,[^,]+,\s+and\s+(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+\s+[A-Z]", cand
        )
        # "said lead author Dr X, an academic clinical lecturer at the University of Y’s Institute of Z": a post at a
        # body whose long name ends the sentence
        or _POSTED_AT_A_NAME.fullmatch(cand)
        # "said one of the organisers, Dr X, a salaried GP at the federation's North hub": who, her name, her post
        or re.match(
            r"(?:one|some|another)\s+of\s+(?:the|its|their)\s+[a-z][\w -]*,\s+(?:"
            + _TITLES
            + r"\s+)?[A-Z][^,]*,\s+(?:a|an|the)\s",
            cand,
        )
        else 14
    )
    if len(cand.split()) > most:  # "said Dr X, a partner at a practice in Bolton that lost two GPs this year"
        cand = re.split(r"\s+(?:that|which|where|who)\s+", cand)[0]
    if len(cand.split()) > 14 and re.match(r"[^,]+,\s+\S", cand):  # (with or without an article: "GP partner at X and")
        # "said Dr X, a partner at the Y Surgery in Norwich and a member of the BMA’s GP committee": both posts, of
        # which the speaker keeps the first that names its body, as "Dr X, ..., said" reads; not a clause after
        first, *second = re.split(r"\s+and\s+(?:also\s+)?(?=(?:a|an|the)\s+)", cand, maxsplit=1)
        if not second:  # "a GP partner in Darlington and clinical director of X PCN": a second post, no article
            first, *second = re.split(
                r"\s+and\s+(?:also\s+)?(?=[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|for|at)\s+[A-Z])", cand, maxsplit=1
            )
        if not second:  # "a salaried GP at the Kelsham hub and one of the organisers": the post, then her part
            first, *second = re.split(r"\s+and\s+(?=(?:one|some|another)\s+of\s)", cand, maxsplit=1)
        if second and len(cand.split()) <= 30 and _is_role_phrase(second[0]):
            most = 30
        else:
            cand = first
    if len(cand.split()) > most and re.match(
        r"(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,2},\s", cand
    ):
        # "said Dr Amara X, a senior fellow at the Y Trust, an independent health think tank": her name and post,
        # not what the body is; "said Margaret X, 71, a retired cook, standing at her front door": not where
        parts = cand.split(", ")
        while len(parts) > 2 and len(", ".join(parts).split()) > most:
            parts.pop()
        cand = ", ".join(parts)
    if len(cand.split()) > most:
        return None
    return cand, text.find(cand)
