"""Stage 2 of the quote finder: attribution.  For each quote found by :mod:`nlp.quotes._marks`,
the cues around it (a cue verb, a speaker line above it, a noun that attributes as a cue does)
give the speaker phrase, which :class:`nlp.quotes._context._Article` resolves;
:func:`extract_quotes` returns the quotes as :class:`corpora.records.Quote`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from corpora.records import Quote
from nlp.quotes import _re as re
from nlp.quotes._context import (
    _Article,
    _last_post_holder,
    _Mention,
    _one_person_named_next,
)
from nlp.quotes._lexicon import (
    _A_BODY_S_POST,
    _AFTER_SAYING,
    _AS_PUT_IT,
    _ATTACKS,
    _BIO_LINE,
    _BODY_NOUNS,
    _BODY_POSTS,
    _BRACKETED_GIVEN,
    _CAME_HER_REPLY,
    _CAPTION_POINTER,
    _COUNCILLOR_TITLE,
    _CUE_RE,
    _CUE_SET,
    _DEBATE,
    _DEPARTMENT_AND,
    _DEVOLVED_HOUSES,
    _DOC_NOUNS,
    _EPITHET_BODIES,
    _GESTURES,
    _GOING_ON,
    _HEADLINE_LABELS,
    _IN_THEIR_WORDS,
    _IN_WHOSE_WORDS,
    _INTERVIEWED,
    _KIND_AS_NAME,
    _KIND_BESIDE_A_NAME,
    _KIND_OF_BODY,
    _LAY_PEOPLE,
    _LEADER_WORDS,
    _LIVE_STAMP,
    _MEMBER,
    _NAMING,
    _NICKNAME,
    _OBJECT_VERBS,
    _OFFICE_THEN_HOLDER,
    _ON_BEHALF,
    _OUTLETS,
    _PARTICIPLE_CUES,
    _PASSIVE_CUES,
    _POINTS_BACK,
    _POSSESSIVE_CLAIM,
    _POST_BY,
    _POSTS_BY,
    _PROGRESSIVE,
    _PRONOUN_SAYS,
    _PRONOUNS,
    _QUOTING_SOMEONE,
    _RAISED_TO,
    _READ_MORE,
    _REPORTING,
    _ROLE_CAPS,
    _SAID_AFTER_A_QUOTE,
    _SAID_NOUNS,
    _SAYING,
    _SAYING_THIS,
    _SENT_END,
    _SHADOW_OR_COUNTERPART,
    _SHARE_OF,
    _SHARE_OF_THEM,
    _STANCE,
    _STANCE_CUES,
    _THOUGHT_CUES,
    _TITLE_RE,
    _TITLED,
    _TITLES,
    _TOLD_LISTENER,
    _TOP_POSTS,
    _TURN_ASKING_POSTS,
    _TURN_POSTS,
    _WESTMINSTER,
    _WHICH_CLAUSE,
    _WHICH_SAID,
    _WHO_AND_WHEN,
    _WHOSE_IT_WAS,
    _WHOSE_PRONOUN,
    _WITH_DOER,
    _WRITTEN_NOUNS,
    _lexicons,
)
from nlp.quotes._marks import (
    _BULLET,
    Span,
    _opens_with,
    find_spans,
)
from nlp.quotes._speakers import (
    Speaker,
    _acronyms,
    _drop_leading,
    _find_phrase,
    _inside_org_name,
    _is_role_head,
    _is_role_phrase,
    _looks_like_name,
    _may_call_itself,
    _org_names_lower,
    _same_body,
    _sentence_start,
    clean_org,
    describe,
    post_held_there,
)
from nlp.quotes._subjects import (
    _according_to,
    _subject_after,
    _subject_before,
)
from nlp.quotes._turns import Turn, transcript_turns


def _a_document_states(text: str, m: re.Match) -> bool:
    """``NHS England’s guidance states:``, ``The DHSC guidance notes:``: a document's noun, then a cue in the present
    that ends the text, which the tagger read as a plural noun; the cue all the same."""
    noun = re.search(r"\b(\w+)\s+$", text[: m.start("verb")])
    return (
        bool(noun)
        and m.group("verb").endswith("s")
        and not text[m.end() :].strip()
        and noun.group(1).lower() in _DOC_NOUNS
        and not _cues(text[: noun.start()])  # not "Scottish GPs say contract promises ‘remain unfulfilled’": a noun
    )


# a paper its subject put out, before a participle that says what it said: "GPs have signed a letter warning that",
# "The LMC sent an open letter to the ICB saying": those who signed or sent it
_SIGNED_PAPER = re.compile(
    r"\s(?:(?:have|has|had)\s+)?(?:(?:signed|sent|wrote|written|issued|published|submitted|delivered|backed|passed)\s+"
    r"(?:(?:an?|the|their|its|a\s+joint|an\s+open)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:letter|statement|motion|petition|"
    r"submission|briefing|response)(?:\s+(?:to|with)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3})?"
    r"|(?:wrote|written)\s+to\s+(?:the\s+|every\s+|all\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3})\s+$"
)  # "The health secretary has written to every GP saying": the one who wrote


# a paper and whom it came from, before a participle that says what it said: "a letter from Dr X, chair of Y, calling"
_PAPER_FROM = re.compile(
    r"\b(?:letter|statement|motion|petition|submission|briefing|response|email|message)\s+from\s+"
    r"(?P<who>(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:,\s+[^,;:.!?]{2,80}?)?),?\s+$"
)


@dataclass
class _Attribution:
    speaker: Speaker | None
    cue: str | None
    at: tuple[int, int] | None = None


_GOOD_KINDS = ("pronoun", "person", "org", "doc", "role")


def _cues(text: str) -> list[re.Match]:
    return list(_CUE_RE.finditer(text))


def _cue_text(m: re.Match) -> str:
    if m.group("according"):  # "according to", "in the words of", or the noun: "That was the verdict of" -> verdict
        words = [w for w in m.group("according").lower().split() if w != "came"]  # "The pledge came from"
        return " ".join(words) if words[0] in ("according", "in", "to") else words[-2]
    verb = m.group("verb")
    if verb and verb.endswith("statement"):  # "issued a statement": issued
        verb = re.sub(r"\s+(?:a|an|the|this)\s.*$", "", verb)
    obj = m.group("object")
    if obj and verb in _OBJECT_VERBS and not re.search(r"[’']s$", obj):  # not "told the Senedd’s"
        return f"{verb} {obj.strip()}"
    return verb


class _Attributor:
    def __init__(self, art: _Article):
        self.art = art

    def _speaker(self, pi: int, phrase: str, start: int) -> Speaker:
        bullet = _BULLET.match(phrase)
        if bullet:  # "- Harrowby LMC said in a bulletin: ‘...’": a list item's mark is no part of the speaker
            phrase, start = phrase[bullet.end() :], start + bullet.end()
        department = _DEPARTMENT_AND.search(self.art.masked[pi][:start]) if phrase[:1].isupper() else None
        if department:  # "A Department for Work and Pensions spokesperson", which the parser cut at its "and"
            phrase, start = department.group(1) + phrase, department.start(1)
        opening = None
        for e in self.art.ents[pi]:  # keep the person's own noun phrase: "... follows health secretary Matt Hancock"
            if (
                e.label_ == "PERSON"
                and e.start_char >= start
                and e.end_char <= start + len(phrase)
                and not _inside_org_name(phrase, e.start_char - start, e.end_char - start)
            ):
                prefix = self.art._with_prefix(pi, e)
                pstart = e.end_char - len(prefix)
                inside = re.search(
                    r"\b(?:in|at|from|of|near|with|as|(?:called|named|known)(?:\s+only)?)\s+$", phrase[: pstart - start]
                )  # "a GP in rural X"
                inside = (
                    inside
                    or re.search(  # "Dr Ines X and Dr Joel Y", the first name untagged: both (and "Dr Ines X,
                        # chair of Y, and Professor Joel Z, president of W")
                        r"(?:^|\s)(?:" + _TITLES + r")\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,[^,]+,)?\s+and\s+$",
                        phrase[: pstart - start],
                    )
                )
                owner = re.search(
                    r"[A-Z][\w&-]*s[’']$", phrase[: pstart - start].rstrip()
                )  # "NHS Providers’ chief ..."
                if (
                    pstart > start
                    and not phrase[: pstart - start].rstrip().endswith((",", "(", "–", "—"))
                    and not inside
                    and not owner
                    and not re.search(r"(?:^|\s)(?:its|their)\s+$", phrase[: pstart - start], re.I)  # its chair
                    # "The MDU, which represented Dr X,": a person inside a body's relative clause
                    and not re.search(r",\s+which\s+[^,]*$", phrase[: pstart - start])
                    and not any(  # "Baroness (Clare) X": the given name in brackets is the name's
                        g.end() == pstart - start for g in _BRACKETED_GIVEN.finditer(phrase[: e.end_char - start])
                    )
                ):
                    phrase, start = phrase[pstart - start :], pstart
                if phrase[: len(prefix)] != prefix and phrase[: len(prefix)].lower() == prefix.lower():
                    opening = phrase  # "Protest organiser Karen X": a capital only as the sentence opens, no body
                    phrase = prefix + phrase[len(prefix) :]
                break
        persons = [
            p
            for p in self.art.persons_in(pi, start, start + len(phrase))
            if not re.search(r"(?:^|\s)(?:the|in|at)\s+" + re.escape(p), phrase)
        ]
        head = phrase.split(",")[0].strip()
        if re.fullmatch(r"[A-Z][\w’'-]+", head) and head not in persons and self.art.surname_before(head, (pi, start)):
            # "Harte, a former practice manager, added": the surname of a person named before, which the tagger
            # took for a body
            persons.append(head)
        if self.art.masked[pi][start : start + len(phrase)] == phrase:
            phrase = self.art.paragraphs[pi][start : start + len(phrase)]  # a quoted title in it, unmasked
        sp = describe(phrase, persons)
        if sp.kind in ("org", "other"):  # "Resident Pauline said:", whose name the tagger left untagged: the person
            # the mentions found there
            here = next(
                (
                    m
                    for m in self.art.mentions
                    if m.at[0] == pi and start <= m.at[1] < start + len(phrase) and m.speaker.kind == "person"
                ),
                None,
            )
            if here is not None and here.speaker.written == phrase.strip():
                sp = here.speaker
        if opening is not None:
            sp = replace(sp, written=opening)
        if sp.role and sp.role.startswith("whose "):  # "welcomed by the National Association of Primary Care,
            body = re.search(  # whose chair, Dr X, called it ...": that body's chair
                r"([A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*))*),\s*$", self.art.paragraphs[pi][:start]
            )
            sp = replace(sp, role=sp.role[len("whose ") :], org=clean_org(body.group(1)) if body else sp.org)
        word = phrase.strip()
        if (
            sp.kind in ("org", "other")
            and re.fullmatch(r"[A-Z][a-z]+", word)
            and any(
                m.speaker.kind == "person" and (m.speaker.name or "").split()[:1] == [word] and " " in m.speaker.name
                for m in self.art.before((pi, start))
            )
        ):  # "Hamish said" after "Dr Hamish X", which the tagger took for a nationality: him, by his given name
            sp = Speaker(phrase, "person", name=word)
        sp = self.art.resolve(sp, (pi, start))
        before = self.art.before((pi, start))
        if (
            sp.kind == "person"
            and sp.name
            and re.search(r",\s+who\s+(?:is\s+also|(?:also\s+)?(?:serves|sits))\s", sp.written)
        ):  # (and "Dr X, who serves as a regional rep on Y", "who also sits on Z": a second post too)
            # "Dr Menon, who is also a partner in Stockport": a second post; the one given before stays first
            first = self.art._known(replace(sp, role=None, org=None), before)
            if first.role or first.org:
                sp = first
        if sp.kind == "person" and sp.name and not (sp.role and sp.org):
            # "Dr X, locum GP of Y, said: ‘...’" then "Dr X said: ‘...’": the full name again, the post as before
            sp = self.art.office_of_holder(self.art._known(sp, before))
        if sp.kind == "person" and sp.name and not sp.role:  # no post given: a title or letters that are one
            if _COUNCILLOR_TITLE.match(sp.written):
                sp = replace(sp, role="councillor")  # "Cllr Jane X (Lab, Moorside)"
            elif seat := re.search(re.escape(sp.name.split()[-1]) + r"\s+(" + _MEMBER + r")\b", sp.written):
                sp = replace(sp, role=seat.group(1))  # "Alan X MP said"
            else:
                sp = self.art.speaks_for(sp, (pi, start))  # "Opening the case for the GMC, Ms X said"
        sp = self.art.body_by_first_word(sp, (pi, start))  # "Riverbend’s chief executive": Riverbend Health's
        peer = re.fullmatch(r"[Tt]he\s+(?:noble\s+)?(Baroness|Lord|Lady)", sp.written.strip())
        if peer:  # "The Baroness replied": the peer of that title named before
            sp = next(
                (
                    replace(m.speaker, written=sp.written)
                    for m in reversed(self.art.before((pi, start)))
                    if m.speaker.kind == "person" and (m.speaker.name or "").startswith(peer.group(1) + " ")
                ),
                sp,
            )
        sp = self.art.named_body(sp, (pi, start))
        if sp.kind == "org" and sp.org and sp.org.rstrip("s") in _KIND_OF_BODY and re.match(r"the\s", sp.written, re.I):
            # "the ICB said" after "Tamsdale ICB said ...": the body of that kind the article named before
            named = self.art.named_body(Speaker(sp.written, "role", role="spokesperson", org=sp.org), (pi, start))
            if named.org and named.org != sp.org:
                sp = replace(sp, name=named.org, org=named.org)
        if (
            sp.kind in ("role", "person")
            and sp.org
            and re.fullmatch(r"[A-Z][\w’'-]+", sp.org)
            and re.match(re.escape(sp.org) + r"[’']s\s", sp.written)
            and self.art.surname_before(sp.org, (pi, start))
        ):  # "Holden’s barrister said", after "Dr Gary Holden": a person's, no body
            sp = replace(sp, org=None)
        if sp.kind == "role" and not sp.org and re.search(r"\sthere$", sp.written):
            # "The trust declined to comment, but a source there said": a source at the body just in focus
            sentence = self.art.masked[pi][_sentence_start(self.art.masked[pi], start) : start]
            kind = re.search(r"\b[Tt]he\s+([a-z]+)\b", sentence)  # "The trust declined ..., but a source there"
            named = (
                self.art._named_body_of_kind(kind.group(1), (pi, start))
                if kind and kind.group(1) in _BODY_NOUNS
                else None
            )
            bodies = [m for m in before if m.at[0] >= pi - 1 and m.speaker.kind == "org" and m.speaker.org]
            if named or bodies:
                sp = replace(sp, org=named or bodies[-1].speaker.org)
        if (
            sp.kind == "person"
            and sp.role in _BODY_POSTS
            and not sp.org
            and sp.written.lower().startswith(sp.role.lower())
        ):  # "The RCGP said ... Chair Professor X said": the post of the body just in focus
            focus = [
                m
                for m in before
                if m.at[0] >= pi - 1 and (m.said or m.subject) and m.speaker.kind in ("org", "person", "role")
            ]
            if focus and focus[-1].speaker.kind == "org" and focus[-1].speaker.org:
                sp = replace(sp, org=focus[-1].speaker.org)
        return self._post_of_one_named_before(self._member_of_a_devolved_house(sp), before)

    def _member_of_a_devolved_house(self, sp: Speaker) -> Speaker:
        """``Jackie X (Dumbarton) (Lab)``, read as an MP for her seat, in a story from the Scottish Parliament or the
        Senedd (and not Westminster): a member of that house."""
        if sp.kind != "person" or not (sp.role or "").startswith("MP for ") or not re.search(r"\)\s*\(", sp.written):
            return sp
        text = self.art.whole_text
        house = next((member for words, member in _DEVOLVED_HOUSES if words.search(text)), None)
        return replace(sp, role=f"{house}{sp.role[2:]}") if house and not _WESTMINSTER.search(text) else sp

    @staticmethod
    def _post_of_one_named_before(sp: Speaker, before: list[_Mention]) -> Speaker:
        """``His shadow, Ed X``: the shadow of the post of the person named before; ``Her counterpart in Hull, Dr Tom
        X``: that post, held in Hull."""
        other = _SHADOW_OR_COUNTERPART.fullmatch(sp.role or "") if sp.kind == "person" else None
        if not other or not re.match(r"(?:his|her|their)\s", sp.written, re.I):
            return sp
        holder = _last_post_holder(before, sp.name)
        if holder is None:
            return sp
        if other.group(1) == "shadow":
            return replace(sp, role=f"shadow {holder.role}")
        role, org = post_held_there(holder.role, other.group(2) or "")
        return replace(sp, role=role, org=org)

    def quoted_saying(self, pi: int, text: str, base: int) -> _Attribution | None:
        """``The Guardian quotes a senior NHS figure describing the plan as ‘...’``, ``quoted Dr X saying ...``: the
        one a report quotes (``text`` ends at the quote and starts at ``base`` in paragraph ``pi``)."""
        m = re.search(
            r"\bquot(?:ed|es|ing)\s+(?P<who>[^.;:!?]+?),?\s+(?:as\s+)?(?P<cue>" + _PARTICIPLE_CUES + r")\b[^.;:!?]*$",
            text,
        )
        if not m:
            return None
        passive = re.search(r"\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+$", text[: m.start()])
        if passive:  # "Dr X was quoted in the Guardian as saying": the one quoted is the subject
            got = _subject_before(text[: passive.start()], self.art.keep(pi, base, passive.start()))
            if got is None:
                return None
            at = base + got[1]
            sp = self._speaker(pi, got[0], at)
        else:
            at = base + m.start("who")
            sp = self._speaker(pi, m.group("who"), at)
        return _Attribution(sp, m.group("cue"), (pi, at)) if sp.kind in ("person", "role", "org") else None

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
        # "The Parliamentary Under-Secretary of State, Department of Health and Social Care (Baroness Merron)"
        first += re.findall(r"[\w’'-]+", " ".join(re.findall(r"\(([^()]*)\)", stripped)))
        if (
            allow_role
            and sp.kind == "role"
            and len(stripped.split()) <= 8
            and (
                "," in stripped
                or re.match(r"anonymous\b", stripped, re.I)
                or (len(stripped.split()) <= 4 and re.fullmatch(r"[\sx‘’'“”\",.!?–—-]*", self.art.masked[pi][:base]))
            )
        ):
            # "Anonymous GP partner, Yorkshire"; a headline's "GP leader:" or "‘...’ – GP leaders"
            return _Attribution(sp, None, (pi, base))
        known = _find_phrase(stripped, _lexicons()[0]) if sp.kind == "org" and sp.org else None
        local = (  # "• Westmoor LMC: ‘...’": a name in capitals that ends with a kind of body
            sp.kind == "org"
            and re.fullmatch(r"(?:[A-Z][\w’'&-]*\s+){1,4}[A-Z][\w-]*", stripped)
            and (stripped.split()[-1] in _KIND_OF_BODY or stripped.split()[-1].lower() in _BODY_NOUNS)
        )
        if local or (known and known.group(0) == _drop_leading(stripped, ("the", "The"))):
            return _Attribution(sp, None, (pi, base))  # "• NHS England: ‘...’": a known body's line among people's
        named = {sp.name.split()[0].lower(), sp.name.split()[-1].lower()} if sp.kind == "person" and sp.name else set()
        if not named & {w.lower() for w in first}:
            return None  # a name in the line, whole or short ("Dr Singh:" after "Dr Jaz Singh:", "DR SINGH:"), not a pronoun
        return _Attribution(sp, None, (pi, base))

    def initials_line(self, pi: int, text: str, base: int) -> _Attribution | None:
        """Minutes' and transcripts' ``AP: ‘...’``, where the article gave the initials after a name before
        (``Present: Amanda Pritchard (AP), Claire Fuller (CF)``): that person."""
        stripped = text.strip()
        if not re.fullmatch(r"[A-Z]{2,4}", stripped):
            return None
        for k in range(pi, -1, -1):
            for m in re.finditer(
                r"((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*\(" + stripped + r"\)",
                self.art.paragraphs[k],
            ):
                if (k, m.start()) < (pi, base):
                    sp = self._speaker(k, m.group(1), m.start(1))
                    if sp.kind != "person" and _looks_like_name(m.group(1)):  # a name the tagger did not know
                        sp = describe(m.group(1), [_TITLE_RE.sub("", m.group(1)).strip()])
                    # and the post after the initials: "Amanda Pike (AP), chair and managing partner at X;"
                    post = re.match(r",\s+([^;,().]+?)(?=\s+who\s|[;,().]|$)", self.art.paragraphs[k][m.end() :])
                    if sp.kind == "person" and sp.name and post and _is_role_phrase(post.group(1)):
                        with_post = describe(f"{m.group(1)}, {post.group(1)}", [sp.name])
                        sp = with_post if with_post.kind == "person" and with_post.name == sp.name else sp
                    if sp.kind == "person":
                        return _Attribution(replace(sp, written=stripped), None, (pi, base))
        # an interview's "NB: ‘...’" under "Dr Neil Bhatia is chief executive of ...": the one person named before
        # whose initials they are
        named = {
            m.speaker.name: m
            for m in self.art.before((pi, base))
            if m.speaker.kind == "person"
            and m.speaker.name
            and " and " not in m.speaker.name
            and "".join(w[0] for w in m.speaker.name.split() if w[:1].isupper()) == stripped
        }
        if len(named) == 1:
            (m,) = named.values()
            sp = self.art._known(m.speaker, self.art.before((pi, base)))
            return _Attribution(replace(sp, written=stripped), None, (pi, base))
        return None

    def bracketed_source(self, pi: int, text: str, base: int) -> _Attribution | None:
        """A quote's source in brackets right after it (``‘a betrayal’ (Dr Ann X, GP partner, Bristol).``, a letters
        page's or a round-up's way), ``text`` starting at ``base`` in paragraph ``pi``: a person or a post, never a
        body's acronym, a date or a photo's pointer."""
        m = re.match(r"\s*\(([^()]{3,80})\)\s*(?:[.;,]|$)", text)
        if not m or re.fullmatch(_CAPTION_POINTER, f" ({m.group(1)})") or _CITED_TITLE_END.match(text):
            return None
        inside = m.group(1).strip()
        if not (_looks_like_name(inside.split(",")[0]) or re.match(r"(?:[Aa]n?|[Aa]nonymous)\s", inside)):
            return None
        sp = self._speaker(pi, inside, base + m.start(1))
        return _Attribution(sp, None, (pi, base + m.start(1))) if sp.kind in ("person", "role") else None

    def headline_source(self, pi: int, text: str, base: int) -> _Attribution | None:
        """A headline's ``BMA: ‘...’`` or ``Streeting: ‘...’``: a body by its name, or a surname that the article
        gives in full below it (``Wes Streeting made the comments ...``). Not a headline's label (``Exclusive:``)."""
        stripped = text.strip()
        if pi != 0 or self.art.masked[pi][:base].strip():
            return None
        if len(stripped.split()) <= 6 and re.search(r"\s[a-z]", stripped) and _is_role_phrase(stripped):
            sp = self._speaker(pi, stripped, base)  # "ICB chief: ‘...’": a post, whose holder the story names below
            return _Attribution(sp, None, (pi, base)) if sp.kind in ("role", "person") else None
        if not re.fullmatch(r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)?", stripped):
            return None
        if stripped.lower() in _HEADLINE_LABELS:
            return None
        sp = self._speaker(pi, stripped, base)
        known = _find_phrase(stripped, _lexicons()[0])
        if sp.kind == "org" and sp.org and known and known.group(0) == stripped:  # a body the entity patterns know
            return _Attribution(sp, None, (pi, base))
        if " " in stripped:
            return None
        return self.person_by_surname(pi, stripped, base) or self._body_named_below(pi, stripped, base)

    def _body_named_below(self, pi: int, name: str, base: int) -> _Attribution | None:
        """A headline's ``Unite: ‘...’``, a name the entity patterns do not know, that the next paragraphs give as a
        body's (``the union Unite``, ``the GMB union``), or ``None``."""
        kind = _KIND_BESIDE_A_NAME
        for text in self.art.masked[pi + 1 : pi + 3]:
            if re.search(rf"\bthe\s+{kind}\s+{re.escape(name)}\b|\b{re.escape(name)}\s+{kind}\b", text):
                return _Attribution(Speaker(name, "org", name=name, org=name), None, (pi, base))
        return None

    def person_by_surname(self, pi: int, surname: str, base: int) -> _Attribution | None:
        """A headline's surname alone (``Streeting``): the person the article names in full below it, or, over ``The
        health secretary made the pledge``, the one holder of the office it gives by that surname; or ``None``."""
        below = self._named_in_full_below(pi, surname, base)
        if below is None:
            holder = self.art._holder_by_surname(Speaker(surname, "person", name=surname), titled=False)
            below = _Attribution(holder, None, (pi, base)) if holder is not None else None
        return below

    def _named_in_full_below(self, pi: int, surname: str, base: int) -> _Attribution | None:
        """The person whose surname a headline gives (``Streeting``), as the article names them in full below it."""
        people = [
            m.speaker
            for m in self.art.mentions
            if m.at[0] > pi
            and m.speaker.kind == "person"
            and m.speaker.name
            and len(m.speaker.name.split()) > 1
            and m.speaker.name.split()[-1] == surname
        ]
        if not people:
            return None
        person = self.art._known(people[0], self.art.mentions)
        return _Attribution(replace(person, written=surname), None, (pi, base))

    def paper_signer(self, pi: int, pre: str, start: int) -> _Attribution | None:
        """``200 GPs signed a letter describing the plan as``, ``Members passed a motion calling the contract``: who
        put the paper out, when a participle after it says what it said (``pre`` starts at ``start`` in paragraph
        ``pi``)."""
        paper = re.search(r"\b(?P<cue>" + _PARTICIPLE_CUES + r")\b[^,;:.!?]*$", pre)
        sender = _PAPER_FROM.search(pre[: paper.start()]) if paper else None
        if sender:  # "The ICB received a letter from Dr X, chair of Y, calling the plan": the one it came from
            sp = self._speaker(pi, sender.group("who"), start + sender.start("who"))
            if sp.kind in _GOOD_KINDS:
                return _Attribution(sp, paper.group("cue"), (pi, start + sender.start("who")))
        signed = _SIGNED_PAPER.search(pre[: paper.start()]) if paper else None
        got = _subject_before(pre[: signed.start()], self.art.keep(pi, start, signed.start())) if signed else None
        if got is None:
            return None
        sp = self._speaker(pi, got[0], start + got[1])
        return _Attribution(sp, paper.group("cue"), (pi, start + got[1])) if sp.kind in _GOOD_KINDS else None

    def subject_of(self, pi: int, pos: int, start: int, cue: str) -> _Attribution | None:
        """The subject of the clause that the word at ``pos`` in paragraph ``pi`` hangs on
        (``Dr X was less sure, adding:``), when it lies between ``start`` and ``pos``."""
        tok = next((t for t in self.art.docs[pi] if t.idx == pos), None)
        while tok is not None and tok.dep_ in ("advcl", "xcomp", "conj", "pcomp", "prep") and tok.head is not tok:
            if tok.dep_ in ("pcomp", "prep") and not (tok.head.tag_ == "IN" or tok.head.tag_.startswith("VB")):
                break  # "by noting that": up through the preposition to the verb it hangs on, no further
            tok = tok.head
            subj = [t for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
            if subj:  # all of them: the parser may make a role and the name after it two subjects
                a, b = min(t.idx for t in subj), max(t.idx + len(t) for t in subj)
                if a < start or b > pos or self.art.in_quote(pi, a):
                    return None
                sp = self._speaker(pi, self.art.paragraphs[pi][a:b], a)
                return _Attribution(sp, cue, (pi, a)) if sp.kind in _GOOD_KINDS else None
        if tok is not None and tok.dep_ == "acl" and tok.head.tag_ in ("NNP", "NNPS", "NN", "NNS"):
            # "The BMA hit back, describing ...", which the parser reads as a noun phrase ("the BMA that hit back")
            head = tok.head
            a, b = head.left_edge.idx, head.idx + len(head)
            if start <= a and b <= pos and not self.art.in_quote(pi, a):
                sp = self._speaker(pi, self.art.paragraphs[pi][a:b], a)
                return _Attribution(sp, cue, (pi, a)) if sp.kind in _GOOD_KINDS else None
        return None

    def name_line(self, pi: int) -> _Attribution | None:
        """Paragraph ``pi`` as a speaker line above a quote (see :meth:`name_only`)."""
        if pi < 0 or self.art.inside[pi]:
            return None
        text = self.art.paragraphs[pi]
        poster = re.fullmatch(
            r"\s*(?:Posted|Reply|Replied|Comment|Commented|Written|Answer|Answered)\s+(?:by|from)\s+(@?[A-Za-z][\w.-]{1,30})"
            r"\s*:?\s*",
            text,
        )
        if poster and not self.art.persons_in(pi, poster.start(1), poster.end(1)):
            # a forum's "Posted by GPpartner_North:" above the post: the poster, by the name they post under
            handle = poster.group(1)
            return _Attribution(Speaker(handle, "person", name=handle), None, (pi, poster.start(1)))
        bio = _BIO_LINE.fullmatch(text)
        cut = _SENT_END.search(bio.group(2)) if bio else None
        if cut and cut.end() < len(bio.group(2)):  # "Dr X is a partner at Y. He talked to us about scale.": the
            bio = _BIO_LINE.fullmatch(text[: bio.start(2) + cut.start()])  # first sentence's post ends at its stop
        if bio and len(text.split()) <= 16 and _looks_like_name(bio.group(1)) and _is_role_phrase(bio.group(2)):
            # "Dr Lena X is a GP partner in Ripon" above a quote: a speaker line written as a sentence
            sp = self._speaker(pi, f"{bio.group(1)}, {bio.group(2)}", bio.start(1))
            if sp.kind == "person" and sp.name:
                return _Attribution(sp, None, (pi, bio.start(1)))
        if re.match(
            r"\s*(?:(?:Media|Press|For\s+more)\s+)?(?:contacts?|enquiries|information)\b", text, re.I
        ) or re.search(
            r"\b\d{4,5}\s?\d{5,6}\b|\S+@\S+\.\w+", text
        ):  # a release's "Media contact: Gemma X, Communications Manager, 01632 960555": whom to call, no speaker
            return None
        line = _BULLET.sub("", text, count=1).rstrip().rstrip(":")
        if re.fullmatch(r"[^.!?;:]+,[^.!?;:]+\.", line):  # "Dr Lena X, GP partner, Abbey Surgery, Ripon." as a credit
            line = line[:-1]
        return self.name_only(pi, line, 0)

    def after_question(self, pi: int, last: _Attribution | None) -> _Attribution | None:
        """Paragraph ``pi`` is an interviewer's question (no quote, ends in ``?``): the quote
        below answers it, so its speaker is the last speaker quoted, or else the person
        the article introduced (the last named person who was a sentence's subject)."""
        if pi < 0 or self.art.inside[pi] or not self.art.paragraphs[pi].rstrip().endswith("?"):
            return None
        return self.interviewee(pi, last)

    def interviewee(self, pi: int, last: _Attribution | None, quoted: bool = True) -> _Attribution | None:
        """Who answers an interviewer's question in paragraph ``pi`` or after it: the last speaker quoted
        (``last``), or else the person the article introduced before it (see :meth:`after_question`). With
        ``quoted`` false (a transcript's ``A:``): only where the article says it is an interview (``spoke to``,
        ``sat down with``, ``interviewed``: an explainer's ``Q:`` and ``A:`` are its own), the one person named
        right after those words if any (not a predecessor named later), else a person named in a sentence, never
        one the article only quoted."""
        if last is not None and last.speaker is not None:
            return _Attribution(last.speaker, None)
        named = [
            m
            for m in self.art.mentions
            if m.at[0] < pi
            and m.speaker.kind == "person"
            and len((m.speaker.name or "").split()) > 1
            and (quoted or not m.said)
        ]
        if not quoted:  # a transcript's "A:": an interview the article says it is, and the one it was with
            with_whom = self._interviewed(pi, named)
            if with_whom is None:
                return None  # "Here we answer readers' questions", "Dr X spoke to members": the outlet's own answers
            return _Attribution(self.art._known(with_whom.speaker, self.art.mentions), None)
        people = [m for m in named if m.subject]
        if not people and len({m.speaker.name for m in named}) == 1:
            people = named  # "We asked Dr Priya X, managing partner of Y, how ...": the one person interviewed
        if not people:
            return None
        return _Attribution(self.art._known(people[-1].speaker, self.art.mentions), None)

    def _interviewed(self, pi: int, named: Sequence[_Mention]) -> _Mention | None:
        """The person an article says it interviewed before paragraph ``pi`` (of ``named``): the one named right after
        ``spoke to``, ``sat down with``, ``interviewed`` (``GP Weekly sat down with Dr Amira X. Her predecessor, Dr
        Colin Y, ...``: X), or the subject of the sentence that says so of the outlet, of ``us`` or of ``her``
        (``Dr X spoke to Pulse``, ``We asked her why``, ``X was interviewed by Y``); the last such, or ``None`` (``Dr X
        spoke to members``, ``Here we answer readers' questions``: no interview)."""
        found = None
        for k in range(pi):
            text = self.art.masked[k]
            for c in _INTERVIEWED.finditer(text):
                after = [m for m in named if m.at[0] == k and 0 <= m.at[1] - c.end() <= 60]
                if len({m.speaker.name for m in after}) > 1 or any(" and " in (m.speaker.name or "") for m in after):
                    return None  # "We spoke to Dr Amira X and Dr Ben Y": which of them answers, the labels do not say
                person = after[0] if after else None
                if person is None and re.match(
                    r"\s*(?:us|him|her|them|by\s|with\s+us)\b|\s*(?:" + _OUTLETS + r")\b", text[c.end() :]
                ):
                    start = _sentence_start(text, c.start())
                    person = next((m for m in reversed(named) if m.at[0] == k and start <= m.at[1] < c.start()), None)
                    person = person or next((m for m in reversed(named) if m.at < (k, start)), None)
                found = person or found
        return found

    def turn(self, t: Turn, last_answer: _Attribution | None) -> _Attribution | None:
        """Whose words a transcript's turn gives (:mod:`nlp.quotes._turns`): ``A:`` the interviewee's (who gave the
        last answer, or the person introduced above), initials the person they were given for, a first name,
        surname or post (``Jess:``, ``Kerr:``, ``Chair:``) the one person named before with it, a fuller label the
        person or post it names; ``None`` for the interviewer's side (``Q:``, an unnamed ``Host:``), a body
        (``Pulse:``) or a label that names no one."""
        pi = t.paragraph
        if t.asks:
            return None
        if t.answers:
            return self.interviewee(pi, last_answer, quoted=False)
        if t.initials:
            return self.initials_line(pi, t.label, t.label_start)
        words = t.label.split()
        if t.label in _ROLE_CAPS:  # "GP:" in a role-play
            return None
        post = words[-1].lower() in _TURN_POSTS and len(words) <= 3  # "Chair", "The Chair", "HOST"
        att = self.label_person(pi, t.label, t.label_start) if len(words) == 1 or post else None
        if att is None and len(words) == 1 and not post and not t.label.isupper():
            return None  # "Lesson:", "Sophie:" with no Sophie named: no one the article gave that name
        att = att or self.name_only(pi, t.label, t.label_start)
        office = _OFFICE_THEN_HOLDER.fullmatch(t.label)
        if att is None and office and any(_is_role_head(w.lower()) for w in re.findall(r"[A-Za-z]+", office[1])):
            # "Madam Deputy Speaker (Dame Rosie X)", "Chief executive (Maria X)": the holder, by the office
            post = re.sub(r"^(?:The|Madam|Mr)\s+", "", office.group(1))
            holder = describe(office.group(2), [_TITLE_RE.sub("", office.group(2)).strip()])
            if holder.kind == "person" and holder.name:
                post = post if post.istitle() else post[:1].lower() + post[1:]  # "Deputy Speaker", "chief executive"
                att = _Attribution(Speaker(t.label, "person", name=holder.name, role=post), None, (pi, t.label_start))
        if att is None and post:  # "Q112 Chair:" with no chair named: the post
            sp = describe(t.label)
            att = _Attribution(sp, None, (pi, t.label_start)) if sp.kind == "role" else None
        sp = att.speaker if att is not None else None
        if sp is None or (sp.kind == "person" and not sp.name):
            return None
        if sp.kind == "role" and sp.role and sp.role.split()[-1].lower() not in _TURN_ASKING_POSTS:
            # "Chair:", "Mr Speaker:", no chair named; a post in capitals as a post is written ("CALLER:")
            return replace(att, speaker=replace(sp, role=sp.role.lower())) if sp.role.isupper() else att
        return att if sp.kind == "person" else None

    def who_reported(self, pi: int, pos: int) -> _Attribution | None:
        """The one who said the clause that holds the verb at ``pos`` in paragraph ``pi`` (``felt`` in ``He said the
        ICB had presented the plan as a ‘done deal’ and that practices felt ‘bullied’``): him, or ``None``."""
        tok = self.art.token_at(pi, pos)
        while tok is not None and tok.head.i != tok.i and tok.dep_ in ("ccomp", "conj", "advcl", "xcomp"):
            tok = tok.head
            if tok.lower_ in _CUE_SET and tok.lower_ not in _THOUGHT_CUES:
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is None:
                    return None
                start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                sp = self.art.resolve(self._speaker(pi, self.art.paragraphs[pi][start:end], start), (pi, start))
                return _Attribution(sp, tok.text, (pi, start)) if sp.kind in ("person", "org") else None
        return None

    def label_person(self, pi: int, label: str, base: int) -> _Attribution | None:
        """A transcript's short label (``label`` at ``base`` in paragraph ``pi``): a first name or a surname
        (``Jess``, ``Kerr``), or a post (``Host``, ``Chair``) that one person named before it holds (``host Callum
        X``, ``a panel chaired by Dr Isobel X``): that person, or ``None``."""
        word = _TITLE_RE.sub("", label).strip().lower() if not label.isupper() else label.lower()
        word = re.sub(r"^the\s+", "", word)
        head = word.split()[-1] if word.split() else ""
        given: dict[str, Speaker] = {}  # by a post the article gave them with a participle ("chaired by Dame Ann X")
        for k in range(pi) if head in _TURN_POSTS else ():
            for m in _POSTS_BY.finditer(self.art.masked[k]):
                phrase = re.match(r"[^,.;:]+(?:,\s+[a-z][^,.;:]*)?", self.art.masked[k][m.end() :])
                sp = (
                    self._speaker(k, phrase.group(0), m.end())
                    if phrase and _POST_BY[m.group(1).lower()] == head
                    else None
                )
                if sp is not None and sp.kind == "person" and sp.name and len(sp.name.split()) > 1:
                    given[sp.name] = replace(sp, role=sp.role or head)
        named: dict[str, Speaker] = {}  # by the name, or by a post their own phrase gives ("host Callum X")
        for m in self.art.before((pi, base)):
            sp = m.speaker
            if sp.kind != "person" or not sp.name or " and " in sp.name or len(sp.name.split()) < 2:
                continue
            known = self.art._known(sp, self.art.mentions)
            names = [w.lower() for w in (known.name or "").split()]
            verb = self.art.verb_of(m) if m.subject and head in _TURN_POSTS else None
            if verb is not None and head == _POST_BY.get(re.sub(r"s$", "ed", verb.lower_)):
                # "Dr Ben X chaired the meeting", "Sam X hosts the programme"
                given[known.name or ""] = replace(known, role=known.role or head)
            if (head in _TURN_POSTS and (known.role or "").lower().split()[-1:] == [head]) or (
                len(word.split()) == 1 and word in (names[0], names[-1])
            ):
                named[known.name or ""] = known
        people = given or named
        if len(people) != 1:
            return None
        return _Attribution(replace(next(iter(people.values())), written=label), None, (pi, base))

    def whose_it_was(self, pi: int, text: str, base: int) -> _Attribution | None:
        """``It is a stark warning from Dr X``, ``The words are those of Dr X`` opening ``text`` (at ``base`` in
        paragraph ``pi``), right after a quote: that one's."""
        m = _WHOSE_IT_WAS.match(text)
        got = _according_to(text[m.end() :]) if m else None
        if got is None:
            return None
        at = base + m.end() + got[1]
        sp = self._speaker(pi, got[0], at)
        return (
            _Attribution(sp, m.group("n1") or m.group("n2") or m.group("n3"), (pi, at))
            if sp.kind in ("person", "role", "org")
            else None
        )

    def speaking_after(self, pi: int) -> _Attribution | None:
        """``Dr X, chair of the RCGP, was speaking at ...`` opening paragraph ``pi``: the
        speaker of the quote just before it."""
        if pi >= len(self.art.paragraphs):
            return None
        text = self.art.masked[pi]
        back = self.whose_it_was(pi, text, 0) or (
            self.after(pi, text, 0, strict=True) if _POINTS_BACK.match(text) else None
        )  # "‘...’" then "So says Dr X", "That is how Dr X describes ...", "It is a stark warning from Dr X"
        if back is not None and back.speaker is not None and back.speaker.kind in ("person", "role", "org"):
            return back
        this = _SAYING_THIS.match(text)
        if this:  # "‘We do people.’" then "The woman saying this is Dr X, lead GP at Y", "Dr X says this ..."
            phrase = this.group("after") or this.group("before")
            at = this.start("after") if this.group("after") else this.start("before")
            phrase = re.split(r"(?<=\w)[.;](?:\s|$)", phrase)[0]
            sp = self._speaker(pi, phrase, at)
            if sp.kind == "person" and sp.name:
                return _Attribution(sp, "says", (pi, at))
        verdict = re.match(r"\s*(?:That|This|These|Those|Such)\s", text) and _CUE_RE.match(text.lstrip())
        if verdict and verdict.group("according"):  # "‘...’" then "That was the view of Dr X, a partner in Leeds"
            got = _according_to(text.lstrip()[verdict.end() :])
            if got is not None:
                at = len(text) - len(text.lstrip()) + verdict.end() + got[1]
                sp = self._speaker(pi, got[0], at)
                if sp.kind in ("person", "role", "org"):
                    return _Attribution(sp, _cue_text(verdict), (pi, at))
        m = re.match(
            r"\s*(.{3,200}?)\s+(?:(?:was|is|were|had been)\s+(?:speaking|talking|writing|addressing|"
            r"giving evidence|responding|quoted)\b|(?:spoke|talked)\s+to\s+[A-Z])",  # "Dr X, ..., spoke to GPonline"
            text,
        )
        if not m or _SENT_END.search(m.group(1)):
            return None
        got = _subject_before(m.group(1), self.art.keep(pi, 0, m.end(1)))
        if got is None or got[1] > 2:
            return None
        sp = self._speaker(pi, got[0], got[1])
        if re.search(r"(?:spoke|talked)\s+to\s+[A-Z]$", m.group(0)) and sp.kind != "person":
            return None  # "Pulse spoke to Dr X": the outlet asked; a person who spoke to it answered
        if sp.kind not in ("person", "role", "org"):
            return None
        return _Attribution(sp, "speaking", (pi, got[1]))

    def before(self, pi: int, text: str, base: int) -> _Attribution | None:
        """A cue and its subject in ``text`` (which starts at ``base`` in paragraph ``pi``),
        the closest cue first; an inverted ``said X`` is taken too."""
        which = _WHICH_SAID.search(text)
        if which and which.group("verb").lower() in _CUE_SET and which.group("noun").lower() in _DOC_NOUNS:
            # "The CQC published its report, which described primary care as ‘at a tipping point’": the report's
            sp = self._speaker(pi, which.group("np"), base + which.start("np"))
            if sp.kind == "doc" and not sp.org and re.match(r"(?:its|their)\s", which.group("np"), re.I):
                body = self.art._body_in_sentence((pi, base + which.start("np")))  # "The CQC published its report"
                sp = replace(sp, org=body) if body else sp
            if sp.kind in ("doc", "org"):
                return _Attribution(sp, which.group("verb"), (pi, base + which.start("np")))
        aside = re.search(
            r",\s*(says|said|adds|added|argues|argued|insists|insisted)\s+([^,;:.!?]{3,80}(?:,\s*[^,;:.!?]{2,60}){0,2}),\s*"
            r"(?:(?:is|was|are|were|lies|remains)\s+)?$",
            text,
        )
        if aside:  # "It was, says Dr Simon X, ‘the worst week of my career’."; "The truth, says X, is ‘...’" (and
            # "The plan, said Dr X, a GP in Ripon, was ‘...’": with their description)
            got = _subject_after(aside.group(2))
            if got is not None:
                at = base + aside.start(2) + got[1]
                sp = self._speaker(pi, got[0], at)
                if sp.kind in _GOOD_KINDS and sp.kind != "pronoun":
                    return _Attribution(sp, aside.group(1), (pi, at))
        nested = re.search(
            r"(?:^|\s)((?:a|an|one|another|her|his|their|my|our)\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+"
            r"(?P<cue>telling|saying\s+to|asking|warning)\s+(?:her|him|me|them|us)(?:\s+that)?\s*$",
            text,
        )
        if nested:  # "Dr X recalls a patient telling her: ‘...’": the one telling her, inside what Dr X recalls
            at = base + nested.start(1)
            sp = self._speaker(pi, nested.group(1), at)
            if sp.kind in ("person", "role"):
                return _Attribution(sp, nested.group("cue").split()[0], None)  # not the "she" who recalls it
        absolute = _WITH_DOER.search(text)
        if absolute:  # "GPs reacted angrily, with one GP partner saying ...", "with Dr X calling it ...": the doer
            at = base + absolute.start("who")
            sp = self._speaker(pi, absolute.group("who"), at)
            if sp.kind in _GOOD_KINDS or (sp.kind == "other" and absolute.group("who").lower() in ("one", "another")):
                return _Attribution(sp, absolute.group("cue").split()[0], (pi, at))
        opening = re.match(r"\s*(?:So\s+(says|said)|(Says|Said|Adds|Added|Warns|Warned|Argues|Argued))\s+", text)
        if opening:  # "Says Dr Lambert: ‘...’"
            got = _subject_after(text[opening.end() :])
            if got is not None:
                phrase, off = got
                at = base + opening.end() + off
                sp = self._speaker(pi, phrase, at)
                if sp.kind in _GOOD_KINDS:
                    return _Attribution(sp, (opening.group(1) or opening.group(2)).lower(), (pi, at))  # "So says X:"
        fallback = None
        for m in reversed(_cues(text)):
            signed = (
                _SIGNED_PAPER.search(text[: m.start()])
                if re.fullmatch(_PARTICIPLE_CUES, m.group("verb") or "")
                else None
            )  # "200 GPs signed a letter warning that": the GPs, not the letter (whose "warning" the tagger may call a noun)
            if (
                m.group("verb")
                and not self.art.verb_at(pi, base + m.start("verb"))
                and not _a_document_states(text, m)
                and not signed
            ):
                continue
            if re.fullmatch(_PARTICIPLE_CUES, m.group("verb") or "") and re.search(
                r"(?:\bby|,)\s*$", text[: m.start()]
            ):
                continue  # "closed the session by saying", "hit back, saying": the subject of the verb it hangs on
            if m.group("verb") in ("describe", "describes", "described") and re.search(
                r",\s+[a-z]+ing\b", text[m.end() :]
            ):  # "Some describe themselves as doctors, leading to calls for ‘...’": what followed, not what they said
                continue
            took_to = re.search(
                r"\s+(?:took|takes|take|went|go|goes)\s+to\s+(?:[\w@’'-]+\s+){1,2}to\s+$", text[: m.start()]
            )
            # "Dr X is expected to say", "is understood to have said", "was careful to say": Dr X's words
            raised = re.search(r"\b" + _RAISED_TO + r"\s+$", text[: m.start()])
            if (
                m.group("verb") in ("say", "tell", "write", "argue", "claim", "describe", "explain", "comment")
                and not took_to  # "Dr X took to X to say": Dr X said it
                and not raised
                and re.search(r"(?<!\bused)(?<!\bliked)(?<!\bloved)\s+to\s+$", text[: m.start()])
            ):
                continue  # "the hon. Member is right to say that ...": whose words, the sentence's cue says
            if took_to:
                got = _subject_before(text[: took_to.start()], self.art.keep(pi, base, took_to.start()))
                sp = self._speaker(pi, got[0], base + got[1]) if got is not None else None
                if sp is not None and sp.kind in ("person", "role", "org"):
                    return _Attribution(sp, m.group("verb"), (pi, base + got[1]))
            if (
                m.group("verb") in _CHARGING_CUES
                and not re.search(r"[A-Za-z]", re.sub(r"\b(?:as|of)\b", "", text[m.end("verb") :]))
            ) or (
                m.group("verb") in _CRITICISED and re.fullmatch(r"\s+(?:for|over)\s*", text[m.end("verb") :])
            ):  # (and "CQC inspectors criticised for ‘tick-box’ approach": who was criticised, not who criticised)
                continue  # "Minister accused of ‘breaking promises’": a participle, not who charged (but "accused the ICB
                # of ‘...’", whose object the cue's pattern took in)
            if m.group("verb") in _THOUGHT_CUES and re.search(
                r"\b" + _REPORTING + r"\s+that\s+(?:[\w’'-]+\s+){1,4}$", text[: m.start()]
            ):
                continue  # "adding that practices felt ‘steamrollered’": the one adding said it
            progressive = m.group("verb") in _PROGRESSIVE
            quoted = (
                re.search(
                    r"\b(?:quot(?:ed|es|ing)|records?|recorded|cites?|cited)\s+([^.;:!?]+?)\s+as\s+$", text[: m.start()]
                )
                if m.group("verb") in ("saying", "describing", "calling", "warning")
                else None
            )
            if quoted:  # "The Guardian quoted a senior NHS England official as saying ...", "Minutes record Dr X as
                # saying": the one quoted
                sp = self._speaker(pi, quoted.group(1), base + quoted.start(1))
                if sp.kind in _GOOD_KINDS:
                    return _Attribution(sp, m.group("verb"), (pi, base + quoted.start(1)))
            if (
                progressive
                and not signed
                and not re.search(r"\b(?:was|were|is|are|has been|had been)\s+$", text[: m.start()])
            ):
                continue
            if (
                m.group("verb")
                and not progressive
                and re.search(r"\b(?:been|being|be|was|were|is|are|get|got)\s+$", text[: m.start()])
            ):
                agent = re.fullmatch(r"\s+by\s+([^.;:!?‘“]{2,100}?),?\s*:?\s*", text[m.end() :])
                # "Dr X recalled being told by an ICB manager: ‘...’": the one who told her
                att = (
                    self.agent(pi, agent.group(1), base + m.end() + agent.start(1), m.group("verb")) if agent else None
                )
                if att is not None:
                    return att
                continue  # "GPs have been told to ...": a passive cue names no speaker
            if m.group("according"):
                whom = re.match(r"\s+(her|him)\b", text[m.end() :])
                if whom:  # "According to her, salaried GPs earned ‘a fraction of that’": the one "her" is
                    at = (pi, base + m.end() + whom.start(1))
                    pronoun = "she" if whom.group(1) == "her" else "he"
                    sp = self.art.resolve(Speaker(whom.group(1), "pronoun", pronoun=pronoun), at)
                    if sp.kind == "person" and sp.name:
                        return _Attribution(replace(sp, written=whom.group(1)), _cue_text(m), at)
                got = _according_to(text[m.end() :])
                if got:
                    phrase, off = got
                    sp = self._speaker(pi, phrase, base + m.end() + off)
                    if sp.kind in (("person", "role", "org") if _cue_text(m) == "view" else _GOOD_KINDS):
                        # not "the view from the waiting room", "in the words of the old joke", "according to the
                        # latest figures": no one's words
                        return _Attribution(sp, _cue_text(m), (pi, base + m.end() + off))
                continue
            cut = signed.start() if signed else m.start()
            first = self._first_cue_joined(pi, text, base, m)
            if first is not None:  # "Dr X said the LMC would ‘...’ but added:": the first cue's subject
                cut = first.start()
            got = _subject_before(text[:cut], self.art.keep(pi, base, cut))
            timed = _WHO_AND_WHEN.fullmatch(got[0]) if got else None
            if timed:  # "The health secretary, who last month promised to ‘...’": who, whenever it was
                got = (timed.group(1), got[1])
            if got is None and m.group("verb"):
                rel = re.search(  # "a GP who works at one of the sites, speaking on condition of anonymity, describes"
                    r"(?:^|\s)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+who\s+[^,;:.!?]{1,80}?"
                    r"(?:,\s*[^,;:.!?]{1,60})?,?\s*$",
                    text[: m.start()],
                )
                if rel and _is_role_phrase(rel.group(1)):
                    got = (rel.group(1), rel.start(1))
            if got is None and m.group("verb") and re.search(r"\b(?:but|and|then)\s+$", text[: m.start()]):
                got = self._shared_subject(pi, base, m.start("verb"))  # "A spokesperson did not answer but said:"
            if got is not None and m.group("verb"):
                got = self._document_subject(pi, base, m.start("verb"), got)
            if got is not None and re.search(r"(?:^|\s)who$", got[0]) and "," not in text[m.end() :].rstrip(" ,"):
                # "Dr Ali Noor, who said the plan was ‘unworkable’, will retire": the quote is inside the
                # relative clause, so its speaker is the person the clause is about
                ante = text[: got[1] + len(got[0]) - 3].rstrip(" ,")
                unnamed = re.search(  # "quoted an ICB manager who claimed": a body's acronym among the words
                    r"(?:^|\s)((?:a|an|one|another)\s+(?:(?:[a-z][\w-]*|[A-Z]{2,}s?)\s+){0,3}[a-z][\w-]*"
                    r"(?:\s+(?:from|in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)$",  # "a GP partner from Cumbria"
                    ante,
                )
                if (
                    unnamed
                    and re.search(  # "spoke to Dr Yasmin X, a partner in Bradford, who said": hers
                        r"(?:" + _TITLES + r")\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2},\s*$", ante[: unnamed.start(1)]
                    )
                ):
                    unnamed = None
                if unnamed and _is_role_phrase(unnamed.group(1)):
                    # "quoting a source who said it was ‘on the table’": no comma, so the clause says which
                    # source, and that source is the speaker
                    got = (unnamed.group(1), unnamed.start(1))
                else:
                    got = _subject_before(ante, self.art.keep(pi, base, len(ante))) if ante else None
                named = (
                    re.search(r"((?:" + _TITLES + r")\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s*$", ante[: got[1]])
                    if got is not None
                    and not unnamed
                    and (re.match(r"(?:a|an)\s", got[0]) or got[0][:1].islower())  # "Dr X, clinical director of Y,"
                    and _is_role_phrase(got[0])
                    else None
                )
                if named:  # "comments by Dr Frank X, a GP in Westshire, who told ...": the person, then their post
                    got = (ante[named.start(1) : got[1] + len(got[0])], named.start(1))
                agent = re.search(  # "a view shared by Dr Ben X, who called it ‘...’": the agent the clause is about
                    r"\bby\s+((?:" + _TITLES + r")\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})$", ante
                )
                if agent and not unnamed:
                    got = (agent.group(1), agent.start(1))
                if (
                    got is not None
                    and not unnamed
                    and not _looks_like_name(got[0].split(",")[0])
                    and not (re.match(r"the\s", got[0], re.I) and _is_role_phrase(got[0]))  # "The health secretary,
                ):  # who last month promised to ‘...’": the post's holder
                    # "Pulse contacted the health secretary, who said": the object the clause is about
                    tail = re.search(
                        r"(?:^|\s)((?:" + _TITLES + r")\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|"
                        r"the\s+(?:[\w-]+\s+){0,3}[\w-]+)$",
                        ante,
                    )
                    got = (
                        (tail.group(1), tail.start(1))
                        if tail
                        and tail.start(1) > 0
                        and (_looks_like_name(tail.group(1)) or _is_role_phrase(tail.group(1)))
                        else None
                    )
                if got is None and m.group("verb"):  # "a sentiment shared by Dr X, who wrote ... that": the
                    got = self._antecedent(pi, base, m.start("verb"))  # person the parser hangs the clause on
            which = (
                re.search(r",\s*which\s+(?:has\s+|have\s+|had\s+)?$", text[: m.start()]) if m.group("verb") else None
            )
            body = self._body_before(pi, base + which.start()) if which and (got is None or got[0] == "which") else None
            if body is not None:  # "welcomed by the RCGP, which said they showed a ‘profession in distress’"
                got = body[0], body[1] - base
            whose = re.match(r"whose\s+([a-z]+)\b(?!,)", got[0]) if got is not None else None
            if whose and whose.group(1) in _DOC_NOUNS:  # "Lord Darzi, whose review last year described the NHS as
                # ‘...’": his review
                owner = _subject_before(text[: got[1]].rstrip(" ,"), self.art.keep(pi, base, got[1]))
                owner_sp = self._speaker(pi, owner[0], base + owner[1]) if owner is not None else None
                if owner_sp is not None and owner_sp.kind == "person":
                    doc = Speaker(got[0], "doc", name=f"{owner_sp.name.split()[-1]} {whose.group(1)}")
                    return _Attribution(doc, _cue_text(m), (pi, base + got[1]))
                continue
            if got is None or got[0].lower() in ("who", "which", "that"):
                continue  # a relative clause's verb: "One partner, who asked not to be named, said"
            phrase, off = got
            if m.group("verb") in _STANCE_CUES and (
                phrase.lower() in ("it", "this", "that", "what")
                or re.search(r"\b" + _SAID_NOUNS + r"(?:$|\s+(?:of|from)\s)", phrase)
            ):
                continue  # "It is clear that ...": no one's stance; "Dr X’s message was clear:", "The message from
                # Dr X was clear:": the message's cue
            if phrase.lower() in _PRONOUNS:  # "Dr Clay added that she hoped ...": the main clause's subject
                outer = self._outer_subject(pi, text[:off], base, phrase.lower())
                if outer is not None:
                    phrase, off = outer
            sp = self._speaker(pi, phrase, base + off)
            if re.fullmatch(r"[A-Z]{2,3}", phrase) and phrase not in _acronyms():  # minutes' "JR reported that"
                by_initials = self.initials_line(pi, phrase, base + off)
                sp = by_initials.speaker if by_initials is not None and by_initials.speaker is not None else sp
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
            behalf = _ON_BEHALF.search(text[:off])
            if sp.kind == "person" and not sp.org and behalf and clean_org(behalf.group(1)):
                sp = replace(sp, org=clean_org(behalf.group(1)))  # "Speaking on behalf of the RCGP, Dr X said": its
            att = _Attribution(sp, _cue_text(m), (pi, base + off))
            share = (
                re.match(r"\s*[Oo]f\s+(?:the\s+|those\s+)?(?:[\d,]+\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b", text)
                if sp.kind == "other" and _SHARE_OF_THEM.fullmatch(phrase.strip())
                else None
            )
            if share and _is_role_head(share.group(1).split()[-1].removesuffix("s")):
                # "Of 412 clinical directors who responded, 148 said ...": some of them, by their post
                return _Attribution(Speaker(phrase, "role", role=share.group(1)), _cue_text(m), (pi, base + off))
            if sp.kind == "doc" and m.group("verb") not in _SAYING and not re.match(_NAMING, m.group("verb") or ""):
                # (not "Dr X said the report described GPs as ‘heroes’": the report's own word)
                outer = self._reporter_of(pi, text, base, m)
                if outer is not None:  # "Dr X said the contract included ‘...’": Dr X's words about it
                    return outer
            if sp.kind == "org" and sp.org and m.group("verb") not in _SAYING:
                outer = self._reporter_of(pi, text, base, m)
                if outer is not None and outer.speaker.kind == "person" and outer.speaker.org == sp.org:
                    # "Its chair, Professor X, said the college welcomed ‘...’": her words for the college
                    return outer
            if sp.kind in _GOOD_KINDS:
                return att
            if (
                fallback is None
                and len(re.split(r"\s+(?:who|that|which)\s", phrase)[0].split()) <= 4
                and not _SHARE_OF.fullmatch(phrase.strip())  # "62% of respondents said": a statistic
            ):
                fallback = att  # "The company (that bought the building) said": no name, but the speaker
        return fallback

    def _body_before(self, pi: int, end: int) -> tuple[str, int] | None:
        """The organisation the tagger found ending at ``end`` in paragraph ``pi`` (the one a ``which`` clause is
        about), as (its text, where it starts), or ``None``."""
        from nlp.pipeline import ORG_LABELS

        for e in self.art.ents[pi]:
            if e.label_ in ORG_LABELS and e.end_char == end and not self.art.in_quote(pi, e.start_char):
                whose = re.search(
                    r"\b([a-z]+)\s+(?:by|of|from)\s+(?:the\s+)?$", self.art.paragraphs[pi][: e.start_char]
                )
                if whose and whose.group(1) in _DOC_NOUNS:  # "a 2019 survey by the RCGP, which found": the survey's
                    return None
                return e.text, e.start_char
        # "contacted the Elm Tree Surgery, which said", a name the tagger gave another label; "the practice, which
        # said": a body of that kind, which the speaker's reading resolves to the one named before
        named = re.search(
            r"(?<![\w’'])(?:[Tt]he\s+)?((?:[A-Z][\w’'&-]*\s+){0,5}[A-Z][\w’'&-]*|[a-z]+)$",
            self.art.paragraphs[pi][:end],
        )
        if named and named.group(1).split()[-1].lower() in _BODY_NOUNS and not self.art.in_quote(pi, named.start()):
            if not named.group(1).islower():
                return named.group(1), named.start(1)
            if re.match(r"[Tt]he\s", named.group(0)):  # not "its practice", "a trust"
                return named.group(0), named.start()
        return None

    def _document_subject(self, pi: int, base: int, pos: int, got: tuple[str, int]) -> tuple[str, int]:
        """The whole subject when the parser's subject of the cue at ``pos`` is a document that starts before
        ``got`` (``A letter signed by 400 GPs and sent to the health secretary warns``), the person a document is
        from or signed by (``The letter, signed by Dr X, ...``), else ``got``."""
        signed = re.match(r"(?:[^,]*?\b[a-z]+,\s+)?(?:signed|written|sent)\s+by\s+", got[0])
        if signed and _looks_like_name(got[0][signed.end() :].split(",")[0].strip()):
            return got[0][signed.end() :], got[1] + signed.end()  # "The letter, signed by Dr Amanda X, NHS
            # England’s director of primary care, said": hers
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
        ent = next((e for e in self.art.ents[pi] if e.start <= head.i < e.end and e.label_ == "PERSON"), None)
        if ent is None or ent.start_char < base:
            return None
        phrase = self.art._with_prefix(pi, ent)
        return phrase, ent.end_char - len(phrase) - base

    def _reporter_of(self, pi: int, text: str, base: int, m: re.Match) -> _Attribution | None:
        """The person or body whose reporting cue earlier in the sentence holds cue ``m`` in what it reports (``Dr X
        said the contract included ‘...’``), when that cue's subject is a person, a post or a body; ``text``
        starts at ``base`` in paragraph ``pi``."""
        said = self._saying_cue_before(pi, text, base, m.start(), same_clause=True)
        got = _subject_before(text[: said.start()], self.art.keep(pi, base, said.start())) if said else None
        if got is None:
            return None
        sp = self._speaker(pi, got[0], base + got[1])
        return (
            _Attribution(sp, said.group("verb"), (pi, base + got[1])) if sp.kind in ("person", "role", "org") else None
        )

    def _first_cue_joined(self, pi: int, text: str, base: int, m: re.Match) -> re.Match | None:
        """The sentence's first cue when cue ``m`` is joined to it by ``but`` or ``and`` (``He said the LMC would
        ‘...’ but added:``, ``Dr X told Pulse the plan was flawed and warned:``): the quote is the same speaker's,
        not the subject's of the clause they reported (``the LMC``); ``text`` starts at ``base`` in paragraph
        ``pi``."""
        joined = re.search(r"\s(?:but|and)\s+(?:then\s+|also\s+)?$", text[: m.start()])
        if not m.group("verb") or not joined:
            return None
        return self._saying_cue_before(pi, text, base, joined.start())

    def _saying_cue_before(self, pi: int, text: str, base: int, end: int, same_clause: bool = False) -> re.Match | None:
        """The first verb of saying (:data:`_SAYING`) in the sentence of ``text`` that ends at ``end``; with
        ``same_clause``, one with no comma, colon or semicolon between it and ``end``."""
        start = _sentence_start(text, end)
        return next(
            (
                c
                for c in _cues(text)
                if start <= c.start() < end
                and c.group("verb") in _SAYING
                and self.art.verb_at(pi, base + c.start("verb"))
                and not (same_clause and re.search(r"[,;:]", text[c.end() : end]))
            ),
            None,
        )

    def _shared_subject(self, pi: int, base: int, pos: int) -> tuple[str, int] | None:
        """The subject a cue at ``pos`` (relative to ``base``) shares with the verb it is joined to (``A
        spokesperson did not answer the question but said``), as (phrase, offset relative to ``base``)."""
        t = self.art.token_at(pi, base + pos)
        if t is None or t.dep_ != "conj":
            return None
        joined = t.head
        if joined.dep_ == "ccomp" and joined.head.lower_ in _CUE_SET:
            # "He added that spending had fallen and called for a ‘credible plan’", where the tagger joins the cue
            # to the reported clause's verb: the one who added it called for it
            joined = joined.head
        subj = next((c for c in joined.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.idx < base or subj.lower_ in ("it", "they", "we", "i"):
            return None  # ("She put the document down and said": she, whom the article named)
        a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        return self.art.paragraphs[pi][a:b], a - base

    def _outer_subject(self, pi: int, text: str, base: int, pronoun: str = "he") -> tuple[str, int] | None:
        """``Dr Clay added that``: the person subject of a cue that ``text`` ends with (a
        reporting clause whose ``that``-clause holds a pronoun), with its offset in ``text``; for ``they`` or ``it``
        a body or group too (``the family of the patient said they hoped``)."""
        tail = re.search(r"\b(\w+)\s+(?P<told>(?:[A-Z][\w’'-]*\s+){1,3})?(?:that\s+)?$", text)
        if not tail or tail.group(1).lower() not in _CUE_SET or not self.art.verb_at(pi, base + tail.start(1)):
            return None
        if tail.group("told") and tail.group(1).lower() not in _OBJECT_VERBS:
            return None  # "NHS App users told Pulse they ...": whom they told, then the pronoun
        got = _subject_before(text[: tail.start(1)], self.art.keep(pi, base, tail.start(1)))
        if got is None or got[0].lower() in _PRONOUNS:
            return None
        sp = describe(got[0])
        if pronoun in ("they", "it") and sp.kind in ("org", "role") and not tail.group("told"):
            return got
        return got if sp.kind == "person" or (tail.group("told") and sp.kind == "role") else None

    def possessive_message(self, pi: int, text: str, base: int) -> _Attribution | None:
        """``Dr Ade Ojo’s message to ministers was simple``, ``Dr X’s letter ended``: whose message, verdict, advice,
        letter or speech the quote after the colon is (``text`` starts at ``base`` in paragraph ``pi``)."""
        m = (
            re.search(
                r"(?:^|[.;!?]\s+|,\s+)(?P<who>(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})[’']s\s+"
                r"(?P<noun>message|verdict|advice|view|response|answer|plea|warning|reply|"
                + _WRITTEN_NOUNS
                + r")\b[^.;!?]*$",
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
            m = re.search(  # "Dr Sam X was asked whether he would return. His answer: ‘...’"; "In her words:", "Her
                # message to ministers is simple:", "Her verdict on the hubs:"
                r"(?:^|[.;!?]\s+)(?:In\s+)?(?P<who>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:own\s+)?(?P<noun>"
                + _SAID_NOUNS
                + r"|words)(?:\s+(?:to|for|on|about)\s+[^.;:!?]{1,40})?(?:\s+(?:was|is)\s+[a-z]+)?\s*$",
                text,
            )
            if not m:
                return None
            whose = _WHOSE_PRONOUN[m.group("who").lower()]
            sp = self.art.resolve(Speaker(whose, "pronoun", pronoun=whose), (pi, base + m.start("who")))
            if sp.kind not in ("person", "org"):
                return None
            return _Attribution(replace(sp, written=m.group("who")), m.group("noun"), (pi, base + m.start("who")))
        sp = self._speaker(pi, m.group("who"), base + m.start("who"))
        return _Attribution(sp, m.group("noun"), (pi, base + m.start("who"))) if sp.kind in ("person", "org") else None

    def possessive_view(self, pi: int, text: str, base: int) -> _Attribution | None:
        """``The ICB’s response was that the hub was ‘here to stay’``: whose response, view or position a fragment
        after ``was that`` gives (``text`` starts at ``base`` in paragraph ``pi``)."""
        m = re.search(
            r"(?:^|[.;!?]\s+|,\s+)(?P<who>(?:[Tt]he\s+)?(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
            r"[’']s\s+(?:(?:official|formal|written|initial)\s+)?(?P<noun>response|answer|reply|view|position|verdict)"
            r"\s+(?:was|is)\s+that\b[^.;:!?]*$",
            text,
        )
        return self._whose(pi, m, base, ("person", "org"))

    def possessive_claim(self, pi: int, text: str, base: int) -> _Attribution | None:
        """``Asked about the health secretary’s comments that GPs should ‘do more’, Professor X replied``: whose
        comments, claim or remarks a fragment after ``that`` gives (``text`` starts at ``base`` in paragraph ``pi``),
        not the sentence's speaker's."""
        return self._whose(pi, _POSSESSIVE_CLAIM.search(text), base, ("person", "org", "role"))

    def _whose(self, pi: int, m: re.Match | None, base: int, kinds: tuple[str, ...]) -> _Attribution | None:
        """The speaker of ``m``'s ``who`` group (one of ``kinds``), with its ``noun`` as the cue, or ``None``."""
        if not m:
            return None
        at = base + m.start("who")
        sp = self._speaker(pi, m.group("who"), at)
        return _Attribution(sp, m.group("noun"), (pi, at)) if sp.kind in kinds else None

    def for_whom(self, pi: int, start: int, end: int) -> _Attribution | None:
        """``For Professor X, the figures are ‘...’`` or ``the answer is simple: ‘...’``: a sentence opened by whose
        view it gives (the sentence runs from ``start`` to the quote at ``end`` in paragraph ``pi``)."""
        text = self.art.masked[pi][start:end]
        m = (
            re.match(r"\s*For\s+(.+?),\s+(?:the|this|it|that|these|such|a|an)\b[^,;:]*:?\s*$", text)
            or re.match(
                r"\s*In\s+(.+?)(?:[’']s|(?<=s)[’'])\s+(?:view|opinion|eyes|estimation|judge?ment|mind),\s+[^;:]*:?\s*$",
                text,
            )  # "In Dr X’s view, the hub model is ‘...’"
            or _IN_WHOSE_WORDS.search(text)  # "The hubs were, in Dr X’s words, ‘...’": the aside before the quote
        )
        if not m or not re.match(r"(?:the\s+)?[A-Z]|(?:one|a|an)\s+[a-z]", m.group(1)):
            return None
        at = start + m.start(1)
        sp = self._speaker(pi, m.group(1), at)
        unnamed = sp.kind == "role" and re.match(r"(?:one|a|an)\s", m.group(1))  # "For one salaried GP, the ..."
        return _Attribution(sp, None, (pi, at)) if sp.kind in ("person", "org") or unnamed else None

    def _subject_of_ending(
        self, pi: int, text: str, base: int, ending: str, kinds: tuple[str, ...], cue: bool
    ) -> _Attribution | None:
        """The subject of a clause that ``text`` (at ``base`` in paragraph ``pi``) ends with, when the clause ends
        as ``ending`` says and the subject is one of ``kinds``; the ending is the cue when ``cue``."""
        m = re.search(ending, text)
        if not m:
            return None
        cut = _sentence_start(text, m.start())  # the clause's own sentence: "... come and go. He is philosophical."
        got = _subject_before(text[cut : m.start()], self.art.keep(pi, base + cut, m.start() - cut))
        if got is None:
            return None
        phrase, off = got
        off += cut
        sp = self._speaker(pi, phrase, base + off)
        return _Attribution(sp, m.group(0).strip() if cue else None, (pi, base + off)) if sp.kind in kinds else None

    def gesture(self, pi: int, start: int, end: int) -> _Attribution | None:
        """``Dr Hollis nods.`` just before a quote that opens a sentence: the one who nodded says it."""
        asked = re.search(
            r"(?:^|[.!?]\s+)(?:((?:"
            + _TITLES
            + r")\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})[’']s|(His|Her|Their|Its))\s+"
            + _SAID_NOUNS
            + r"(?:\s+(?:to|for|on|about)\s+[^.;:!?]{1,40})?\?\s*$",
            self.art.masked[pi][start:end],
        )
        thinks = re.search(  # "What does Dr Tate make of the plan? ‘...’", "So what does she think? ‘...’"
            r"(?:^|[.!?]\s+)(?:(?:So|And|But)\s+)?(?:[Ww]hat|[Hh]ow)\s+(?:does|did|do)\s+((?:"
            + _TITLES
            + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|she|he|they)\s+(?:make|think|feel|say|see)\b[^.!?]*\?\s*$",
            self.art.masked[pi][start:end],
        )
        if thinks:
            at = start + thinks.start(1)
            sp = self._speaker(pi, thinks.group(1), at)
            if sp.kind in ("person", "pronoun", "org"):
                return _Attribution(sp, None, (pi, at))
        if asked and asked.group(1):  # "Dr Dunn’s verdict? ‘A waste of everyone’s time.’"
            at = start + asked.start(1)
            sp = self._speaker(pi, asked.group(1), at)
            if sp.kind in ("person", "org"):
                return _Attribution(sp, None, (pi, at))
        elif asked:  # "Her advice to other practices? ‘Read the contract twice.’"
            at = start + asked.start(2)
            whose = _WHOSE_PRONOUN[asked.group(2).lower()]
            sp = self.art.resolve(Speaker(whose, "pronoun", pronoun=whose), (pi, at))
            if sp.kind in ("person", "org"):
                return _Attribution(replace(sp, written=asked.group(2)), None, (pi, at))
        ending = (
            r"\s+(?:(?:"
            + _GESTURES
            + r")(?:,?\s+(?:[a-z]+ly|in\s+agreement|again))?|(?:is|was)\s+(?:\w+ly\s+)?"  # "He is blunter. ‘...’"
            + _STANCE
            + r"(?:\s+about\s+[^.;:!?]{1,40})?"  # "is candid about the model’s limits."
            + r"|(?:is|was)\s+(?:less|more|rather|far|much)\s+[a-z]+"  # "Eileen is less sanguine."
            + r"|(?:(?:does|did)\s+not\s+)?(?:agrees?|agreed|disagrees?|disagreed|concurs|concurred|demurs|demurred)"
            + r"(?:,?\s+[a-z]+ly)?"  # "Her
            + r")[.!]\s*$"  # husband, John, agreed. ‘...’"
        )
        got = self._subject_of_ending(pi, self.art.masked[pi][start:end], start, ending, ("person", "pronoun"), False)
        if got is not None:
            said = re.search(r"\s(\w+)(?:\s+[a-z]+ly)?[.!]\s*$", self.art.masked[pi][start:end])
            return replace(got, cue=said.group(1)) if said and said.group(1) in _CUE_SET else got  # "she laughs."
        if not re.search(r"[.!]\s*$", self.art.masked[pi][start:end]):
            return None
        # "For Dr Obi, the answer is simpler. ‘...’": the one whose view the sentence before the quote gives
        stop = len(self.art.masked[pi][:end].rstrip()) - 1  # the sentence's full stop
        sent = max(start, _sentence_start(self.art.masked[pi], stop))
        view = self.for_whom(pi, sent, end)
        if view is not None and view.speaker.kind == "person":
            return view
        # "Paula Grant checks the screen. ‘Forty more waiting.’": the one a feature shows just before the quote, or
        # introduces there ("Kevin X has been the practice manager for 17 years. ‘...’"); "She hangs up and rubs her
        # eyes. ‘...’": the one "she" is
        shown = self._sole_subject(pi, sent, stop, end, kinds=("person",), any_verb=False, intro=True)
        if shown is not None:
            return shown
        t = self.art.token_at(pi, sent)
        if (
            t is not None
            and t.lower_ in ("he", "she")
            and self._clause_subject((pi, t.idx))
            and not any(c.dep_ == "ccomp" for c in t.head.children)  # not "She thinks it will pass."
        ):
            sp = self.art.resolve(Speaker(t.text, "pronoun", pronoun=t.lower_), (pi, t.idx))
            if sp.kind == "person" and sp.name:
                return _Attribution(replace(sp, written=t.text), None, (pi, t.idx))
        return None

    def subject_above(self, pi: int) -> _Attribution | None:
        """The person whom the last sentence of paragraph ``pi`` is about, as its subject with a verb of doing
        (``Dr Ben X runs a practice in Hull.``, ``Her counterpart, Dr Y, takes a different view.``), when a quote
        alone opens the paragraph below: the feature's way of handing over to the next speaker."""
        text = self.art.masked[pi].rstrip()
        if not text.endswith((".", "!")):
            return None
        stop = len(text) - 1
        return self._sole_subject(
            pi, _sentence_start(text, stop), stop, stop, kinds=("person",), any_verb=False, intro=True
        )

    def _sole_subject(
        self, pi: int, start: int, stop: int, end: int, *, kinds: tuple[str, ...], any_verb: bool, intro: bool = False
    ) -> _Attribution | None:
        """The one subject mention of one of ``kinds`` between ``start`` and ``stop`` in paragraph ``pi``, when it
        is its sentence's subject (:meth:`_clause_subject`), resolved as of ``end``, if that is a person."""
        doer = [m for m in self.art.mentions if m.at[0] == pi and start <= m.at[1] < stop and m.subject]
        if (
            len(doer) != 1
            or doer[0].speaker.kind not in kinds
            or not self._clause_subject(doer[0].at, any_verb=any_verb, intro=intro)
        ):
            return None
        sp = self.art._known(self.art.resolve(doer[0].speaker, doer[0].at), self.art.before((pi, end)))
        return _Attribution(sp, None, doer[0].at) if sp.kind == "person" else None

    def _clause_subject(self, at: tuple[int, int], *, any_verb: bool = False, intro: bool = False) -> bool:
        """Is the word at ``at`` (or the name it begins) the subject of its sentence's main verb, a finite verb
        in the present or past that no cue is (``Paula Grant checks the screen.``, ``Dr X is 63.``), with ``intro``
        also a perfect ``be`` (``Kevin X has been the practice manager for 17 years.``), or with ``any_verb`` any
        finite verb (``Dr X is under no illusions:``)?"""
        t = self.art.token_at(*at)
        while t is not None and t.dep_ == "compound":
            t = t.head
        return (
            t is not None
            and t.dep_ == "nsubj"
            and (t.head.dep_ == "ROOT" or (any_verb and t.head.dep_ == "ccomp"))  # the parser may hang the clause
            # before a colon on the quote's verb
            and (
                t.head.tag_ in ("VBZ", "VBD")  # "is", "was" and "has" too: the pipeline has no lemmatizer
                or (any_verb and t.head.tag_ in ("VBZ", "VBD", "VBP", "VB"))
                or (intro and _introduces(t.head))
                # "Tomasz X has applied for twelve posts.", "Dr Y will retire in March.": a perfect or a future, as
                # the past is read
                or (
                    intro
                    and t.head.tag_ in ("VBN", "VB")
                    and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "will") for c in t.head.children)
                )
            )
            and t.head.lower_ not in _CUE_SET
        )

    def colon_subject(self, pi: int, start: int, colon: int) -> _Attribution | None:
        """``Dr X offered a different view: ‘...’``, ``Dr Y is under no illusions: ‘...’``: the person whose
        sentence (from ``start`` in paragraph ``pi``) the colon at ``colon`` ends introduces the quote."""
        return self._sole_subject(pi, start, colon, colon, kinds=("person", "pronoun"), any_verb=True)

    def stance(self, pi: int, text: str, base: int) -> _Attribution | None:
        """``Dr X was blunt``, ``The chair, Dr Y, is in no doubt``, ``Dr Z opposed the motion`` before a colon: how
        they put what follows (``text`` starts at ``base`` in paragraph ``pi``)."""
        ending = (
            r"\s+(?:(?:was|is|were|are)\s+(?:\w+ly\s+)?"
            + _STANCE
            + r"(?:\s+about\s+[^.;:!?]{1,40})?|"
            + _DEBATE
            + r"|"
            + _GESTURES  # "Anand nods: ‘On that, we agree.’"
            + r"|"
            + _ATTACKS  # "Patient campaigner Sue X blasted: ‘...’"
            + r")$"
        )
        return self._subject_of_ending(pi, text, base, ending, ("person", "role", "org", "pronoun"), True)

    def by_agent(self, pi: int, pre: str, post: str, base: int, pre_base: int) -> _Attribution | None:
        """A passive cue before a fragment and its agent after it (``GPs were told to ‘do more with less’ by
        NHS England’s chief executive, Amanda X.``, ``was described as ‘...’ by Dr X``), or before it (``were
        described by the BMA as ‘...’``); ``pre`` starts at ``pre_base`` and ``post`` at ``base`` in paragraph
        ``pi``."""
        ahead = re.search(
            r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(" + _PASSIVE_CUES + r")\s+by\s+([^.;:!?‘“]{2,120}?)"
            r"(?:,?\s+as)?,?\s*$",
            pre,
        )
        if ahead:  # "were described by the BMA as ‘a hammer blow’": the agent before the quote
            agent = re.split(r"\s+(?:that|whether|to)\s", ahead.group(2))[0]  # "told by the manager that ..."
            att = self.agent(pi, agent, pre_base + ahead.start(2), ahead.group(1))
            if att is not None:
                return att
        cue = re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(" + _PASSIVE_CUES + r")\b[^.;:!?]*$", pre)
        participle = None if cue else re.search(r",\s*(" + _PASSIVE_CUES + r")\b[^.;:!?,]*$", pre)
        cue = cue or participle  # and a participle between commas: "The model, dubbed ‘Uber for GPs’ by critics,"
        end = _SENT_END.search(post)
        by = re.match(r"[’'”\"]?\s*(?:[^.;:!?‘“]{0,30}?\s)?by\s+", post[: end.start() if end else len(post)])
        if not cue or not by:
            return None
        agent = post[by.end() :]
        if participle:  # the clause closes at a comma, after an apposition that gives a post ("by Dr X, its chair,")
            parts = agent.split(",")
            agent = parts[0] + (f",{parts[1]}" if len(parts) > 2 and _is_role_phrase(parts[1].strip()) else "")
        return self.agent(pi, agent, base + by.end(), cue.group(1))

    def agent(self, pi: int, text: str, at: int, cue: str) -> _Attribution | None:
        """The agent of a passive cue, named at the start of ``text`` (the words after ``by``, starting at ``at`` in
        paragraph ``pi``), when it is a person, a post or a body."""
        got = _subject_after(text)
        if got is None:
            return None
        sp = self._speaker(pi, got[0], at + got[1])
        return _Attribution(sp, cue, (pi, at + got[1])) if sp.kind in ("person", "role", "org") else None

    def after_last_comma(self, pi: int, text: str, base: int) -> _Attribution | None:
        """A headline's speaker after its last comma (``Closures ‘inevitable’ without funding, LMC leaders warn``;
        ``text``, the words after the quote, starts at ``base``)."""
        tail = re.search(r",\s*[^,]+$", text.rstrip())
        return self.after(pi, text[tail.start() :], base + tail.start(), strict=True, headline=True) if tail else None

    def after(self, pi: int, text: str, base: int, *, strict: bool, headline: bool = False) -> _Attribution | None:
        """:meth:`_after`, and for an unnamed post (``one trainee``) the person a round-up credits in brackets after
        it: ``‘...,’ said one trainee. (Dr Lucy X, GP trainee, Sheffield)``."""
        if re.fullmatch(r"\s*[^.!?:;,‘“\"]+:\s*", text) and base >= 2 and self.art.paragraphs[pi][base - 2] in ".!?":
            return None  # "The RCGP said: ‘It is a start.’ Dr X said: ‘...’": the next quote's, after its own
        att = self._after(pi, text, base, strict=strict, headline=headline)
        if att is None or att.speaker is None or att.speaker.kind != "role" or att.speaker.name:
            return att
        # (not "‘...,’ as one of my patients put it. (Sandra X, practice nurse)": the writer's patient)
        credit = re.match(
            r"\s*,?\s*(?:said|says|added|adds|wrote|writes)\s+(?:one|another)\s+[\w -]{1,30}[.,]\s*(?=\()", text
        )
        named = self.bracketed_source(pi, text[credit.end() :], base + credit.end()) if credit else None
        return replace(named, cue=att.cue) if named is not None and named.speaker.kind == "person" else att

    def _after(self, pi: int, text: str, base: int, *, strict: bool, headline: bool = False) -> _Attribution | None:
        """``‘...,’ X said`` or ``‘...,’ said X``: an attribution right after the closing mark.  ``headline``: the
        text is a headline's last clause (``, claims think tank chief``), whose opening cue is a verb whatever the
        tagger says (it takes ``claims`` for a plural noun there)."""
        lead = re.match(
            r"[\s,.;!?’'”\"]*(?:[–—-]+\s*(?=(?:[Ss]o\s+|[Tt]hus\s+)?(?:says|said|adds|added|warns|warned|argues|argued)\s))?"
            r"(?:(?:So|so|Thus|thus)\s+(?=(?:says|said|warns|warned|argues|argued)\s))?",
            text,
        )  # (and "‘...’ — so says Dr X", "‘The money’ — said Dr Y — ‘is not there’": the dash before the cue)
        rest = text[lead.end() :]  # "‘...’ So says Dr X, chair of Y."
        off0 = lead.end()
        came = _CAME_HER_REPLY.match(rest)
        if came:  # "‘There is nothing to apologise for,’ came her reply.": hers, the one asked
            whose = _WHOSE_PRONOUN[came.group("whose").lower()]
            at = base + lead.end() + came.start("whose")
            sp = self.art.resolve(Speaker(whose, "pronoun", pronoun=whose), (pi, at))
            if sp.kind in ("person", "org"):
                return _Attribution(replace(sp, written=came.group("whose")), came.group("noun"), (pi, at))
        as_ = _AS_PUT_IT.match(rest)  # "‘...,’ as one colleague put it to me.": the one who put it so
        if as_:
            rest, off0 = rest[as_.end() :], off0 + as_.end()
        end = _SENT_END.search(rest)
        clause = rest[: end.start() + 1] if end else rest
        quoting = _QUOTING_SOMEONE.match(clause)
        cue = _CUE_RE.search(clause[: quoting.start("who")]) if quoting else None
        if cue is not None:  # "‘...,’ the ICB said in a press release, quoting its chief executive, Mary X": hers
            at = base + off0 + quoting.start("who")
            sp = self._speaker(pi, quoting.group("who"), at)
            if sp.kind == "person" and sp.name:
                return _Attribution(sp, _cue_text(cue), (pi, at))
        whole = _CLOSED_WITH_A_COMMA.search(self.art.paragraphs[pi][: base + off0])  # "‘...,’ blasted", inside or out
        attack = _ATTACK_AFTER.match(clause) if whole else None
        if attack:  # "‘This is a disgrace,’ blasted Kelly.", "‘...,’ she stormed.": a whole quote, which the verb
            # reports (before a fragment it characterises, which is no quote: "slammed the offer as ‘insulting’")
            who = attack.group("after") or attack.group("before")
            at = base + off0 + attack.start("after" if attack.group("after") else "before")
            sp = self._speaker(pi, who, at)
            if sp.kind in _GOOD_KINDS:
                return _Attribution(sp, attack.group("verb") or attack.group("verb2"), (pi, at))
        dash = re.match(r"[–—-]+\s*", rest)
        post = rest[dash.end() :].strip() if dash and pi == 0 else ""
        if post and len(post.split()) <= 5 and re.search(r"\s[a-z]", post) and _is_role_phrase(post):
            # a headline's "‘GPs are leaving in droves’ – RCGP chair": the post, whose holder the story names below
            sp = self._speaker(pi, post, base + off0 + dash.end())
            if sp.kind in ("role", "person"):
                return _Attribution(sp, None, (pi, base + off0 + dash.end()))
        label = _LABEL_AFTER_A_HEADLINE_QUOTE.match(rest) if pi == 0 else None
        if label and (_is_role_phrase(label.group("who")) or label.group("who").split()[-1].lower() in _LAY_PEOPLE):
            # a headline's "‘I rang 63 times’: pensioner's fury", "‘We cannot go on’: last partner writes to patients":
            # the one it labels, whom the story names below
            at = base + off0 + label.start("who")
            sp = self._speaker(pi, label.group("who"), at)
            if sp.kind == "role":  # (a post or a kind of person, not "Heartbroken family's fury" read as a name)
                return _Attribution(sp, None, (pi, at))
        # "‘...’ – Dr Joanna Pike, GP partner, Kent", or that line under the quote without the dash
        if (dash or "\n" in text[:off0]) and not strict:
            dash = dash or re.match("", rest)
            tail = re.split(r"[.;!?](?:\s|$)", rest[dash.end() :])[0]
            verdict = _CUE_RE.match(tail)
            if verdict and verdict.group("according"):  # "‘...’ – the blunt assessment of Dr X, a GP in Hull"
                got = _according_to(tail[verdict.end() :])
                if got is not None:
                    at = base + off0 + dash.end() + verdict.end() + got[1]
                    sp = self._speaker(pi, got[0], at)
                    if sp.kind in ("person", "role", "org"):
                        return _Attribution(sp, _cue_text(verdict), (pi, at))
            att = self.name_only(pi, tail, base + off0 + dash.end())
            if att is None and pi == 0 and re.fullmatch(r"[A-Z][\w’'-]+", tail.strip()):
                att = self._named_in_full_below(pi, tail.strip(), base + off0 + dash.end())  # "‘...’ – Streeting"
            post = re.match(r"((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*?)\s+(?:on|about|over|after)\s", tail)
            if att is None and pi == 0 and post and _is_role_phrase(post.group(1)):
                # a headline's "‘...’ – GP partner on winter pressures": the post, whom the story names below
                at = base + off0 + dash.end()
                role = post.group(1)
                role = role[:1].lower() + role[1:] if re.match(r"[A-Z][a-z]", role) else role  # "Practice manager"
                return _Attribution(Speaker(post.group(1), "role", role=role), None, (pi, at))
            if att is not None:
                return att
        whose = re.match(
            r"(?:[–—-]\s*(?:that|this)\s+)?(?:was|is)\s+(?P<who>(?:"  # "‘...’ – that was Dr X’s message to the ICB"
            + _TITLES
            + r"\s+)?[A-Z][\w’'-]*?(?:\s+[A-Z][\w’'-]*?){0,3})(?:[’']s|(?<=s)[’'])\s+(?:curt\s+|blunt\s+|"
            r"short\s+|simple\s+)?(?P<noun>" + _SAID_NOUNS + r")\b",
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
                    sp = self._speaker(pi, phrase, at)
                    if sp.kind in _GOOD_KINDS:  # not "according to the latest figures": no one's words
                        return _Attribution(sp, _cue_text(cm), (pi, at))
                break
            if not (headline and cm.start() == 0) and not self.art.verb_at(pi, base + off0 + cm.start("verb")):
                continue
            if cm.group("verb") in _PROGRESSIVE and not re.search(
                r"\b(?:was|were|is|are|has been|had been)\s+$", clause[: cm.start()]
            ):
                continue
            if re.search(r",\s*(?:who|which|that)\s+$", clause[: cm.start()]):
                continue  # a relative clause's verb: "‘...,’ one GP, who asked not to be named, told Pulse"
            if cm.group("verb") in ("reported", "reports") and re.match(r"\s+as\s", clause[cm.end("verb") :]):
                continue  # "‘...,’ Dr X was reported as saying": the cue is the one after
            if cm.group("verb") not in _PROGRESSIVE and re.search(
                r"\b(?:been|being|be|was|were|is|are)\s+$", clause[: cm.start()]
            ):
                break  # "‘...,’ MPs were told", "it was claimed": a passive names no speaker
            if re.match(
                r"\s+to\s(?!(?:me|us|him|her|them)\b)", clause[cm.start("verb") + len(cm.group("verb")) :]
            ):  # (but "as one colleague put it to me")
                continue  # "‘total triage’, with patients asked to contact the surgery": told what to do, not quoted
            before = clause[: cm.start()].strip(" ,")
            if before:
                # "‘Flexible, portfolio career’ is what the advert said": what came before the cue's subject
                what = re.match(r"\s*(?:is|was|are|were)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+", clause)
                skip = what.end() if what else 0
                got = _subject_before(
                    clause[skip : cm.start()], self.art.keep(pi, base + off0 + skip, cm.start() - skip)
                )
                closing = (
                    got is not None
                    and (  # "... an ‘impossible choice’ between X and Y, GP leaders have warned.":
                        re.search(r",\s*$", clause[skip : skip + got[1]])  # a reporting clause that closes the sentence
                        and re.fullmatch(
                            r"\s*(?:(?:this|last)\s+week|today|yesterday)?\s*[.!?]?\s*",
                            clause[cm.start("verb") + len(cm.group("verb")) :],
                        )
                    )
                )
                if got is None or (got[1] > 2 and not closing):
                    break  # the cue belongs to a later clause
                phrase, off = got
                off += skip
                at = base + off0 + off
                sp = self._speaker(pi, phrase, at)
                if strict and sp.kind not in _GOOD_KINDS:
                    break
                return _Attribution(sp, _cue_text(cm), (pi, at))
            verb = cm.group("verb")
            tail = clause[cm.start("verb") + len(verb) :]
            joined = re.search(r",\s+(?:but|and|while|whereas|as)\s+(?=\S)", tail)
            if joined and any(
                self.art.verb_at(pi, base + off0 + cm.start("verb") + len(verb) + joined.end() + c.start("verb"))
                for c in _cues(tail[joined.end() :])
                if c.group("verb")
            ):
                tail = tail[: joined.start()]  # "said Dr A, role, but Dr B, role, said: ‘...’": A, whose clause ends
            got = _subject_after(tail) if verb not in ("told", "tells") else None
            if got:  # "‘...,’ said Dr X"; not "‘...’, told the Commons": told whom, the speaker before
                phrase, off = got
                at = base + off0 + cm.start("verb") + len(verb) + off
                return _Attribution(self._speaker(pi, phrase, at), verb, (pi, at))
            break
        return None


# what a headline says after its opening quote and a colon of the one who said it: "‘...’: pensioner's fury", "‘...’:
# last partner writes to patients"
_LABEL_AFTER_A_HEADLINE_QUOTE = re.compile(
    r":\s+(?:(?:a|an|the)\s+)?(?P<who>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*?)(?:[’']s\s+[a-z]|\s+(?:writes|says|"
    r"warns|tells|claims|admits|insists|speaks|explains|reveals|pleads)\b)"
)


# a whole quote's closing comma (or mark), inside its quotation mark or after it
_CLOSED_WITH_A_COMMA = re.compile(r"[,!?][’'”\"]*\s*$")
# a verb of attack right after a whole quote and its comma, with its subject after or before it: "‘...,’ blasted Kelly.",
# "‘...,’ she stormed."
_ATTACK_AFTER = re.compile(
    r"(?:(?P<verb>" + _ATTACKS + r"|stormed|thundered|ranted|raged)\s+(?P<after>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"|(?P<before>he|she|they|(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?P<verb2>"
    + _ATTACKS
    + r"|stormed|thundered|ranted))\s*[.!]\s*$"
)


# the hearings that hear evidence, and the gatherings besides that a headline says were told something
_HEARINGS = "inquest|tribunal|court|hearing|panel|committee|inquiry"
_AUDIENCES = rf"(?:{_HEARINGS}|conference|meeting|board|MPs|councillors|delegates|peers)"
# a hearing (or a jury) that heard the words just quoted, whose speaker it does not name: "‘...,’ the inquest heard."
_HEARD_BY = re.compile(rf"\s*,?\s*(?:the|a)\s+(?:{_HEARINGS}|jury)\s+(?:heard|hears|learned|learnt)\b")


def _introduces(verb) -> bool:
    """A perfect ``be`` (``has been``, ``had been``): what someone has been for a while (``has been the practice
    manager for 17 years``, ``has been at the practice since 2009``); ``is`` and ``was`` pass as finite verbs."""
    return verb.lower_ == "been" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)


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


# an interviewer's question before the answer in the same paragraph: "Why do the numbers get revised? ‘...’" (not "Dr
# Dunn's verdict? ‘...’", whose quote is hers)
_AN_INTERVIEWER_S_QUESTION = re.compile(
    r"\s*(?:Why|What|How|When|Where|Who|Which|Is|Are|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have)\s[^.!?‘“\"]{2,200}"
    r"\?\s*"
)


# a hyphen between spaces, as web copy writes a dash: "Dr X - a GP partner in Y - said"
_SPACED_HYPHEN = re.compile(r"(?<=\S) - (?=\S)")


def _dashes_spelt_out(paragraphs: list[str], spans: Sequence[Span]) -> list[str]:
    """Each paragraph with a hyphen between spaces outside its quotes (``Dr X - a GP in Y - said``) written as the en
    dash it stands for, which the parser and the readers of asides take for one (the same length: offsets hold); the
    words of a quote are left as written."""
    quoted: dict[int, list[tuple[int, int]]] = {}
    for s in spans:
        for pi, a, b in s.segments:
            quoted.setdefault(pi, []).append((a, b))
    return [
        _SPACED_HYPHEN.sub(
            lambda m, pi=pi: m.group(0) if any(a <= m.start() + 1 < b for a, b in quoted.get(pi, ())) else " – ", p
        )
        if " - " in p
        else p
        for pi, p in enumerate(paragraphs)
    ]


def extract_quotes(
    paragraphs: Sequence[str], docs: Sequence | None = None, nlp=None, kinds: Sequence[str] | None = None
) -> list[Quote]:
    """Every direct quote in an article's paragraphs, with its speaker (see the module
    docstring).  ``docs`` are the paragraphs already run through the gpwatch pipeline;
    without them ``nlp`` (default: :func:`nlp.pipeline.get_pipeline`) parses them.
    ``kinds`` are the stored paragraph kinds (``text``, ``bullet``, ``heading``): a
    ``bullet`` is a list item even when the page's bullet mark was stripped."""
    paragraphs = [p or "" for p in paragraphs]
    stamped = [_LIVE_STAMP.sub("\\1–", p, count=1) for p in paragraphs]  # the same length: offsets hold
    spans = find_spans(stamped)
    stamped = _dashes_spelt_out(stamped, spans)  # (quote marks are no dashes: the same spans)
    if docs is None or stamped != paragraphs:
        if nlp is None:
            from nlp.pipeline import get_pipeline

            nlp = get_pipeline()
        if docs is None:
            docs = list(nlp.pipe(stamped))
        else:  # parsed again where a live blog's "14:35 - " became "14:35 – ", or a hyphen a dash
            docs = [nlp(s) if s != p else d for s, p, d in zip(stamped, paragraphs, docs)]
        paragraphs = stamped
    heads = {0} | {pi for pi, kind in enumerate(kinds or ()) if kind == "heading"}  # the headline and crossheads
    turns = transcript_turns(paragraphs, docs, heads, spans)
    # a transcript's turns are quotes: their words are masked, as quotes' are, so that a name in them is no mention
    art = _Article(paragraphs, docs, spans + [t.words(paragraphs) for t in turns.values() if t.speaks])
    attr = _Attributor(art)
    quotes: list[Quote] = []
    labels: set[int] = set()  # headlines' quotes before a colon: dropped unless a quote below says whose they are
    prev: tuple[Span, _Attribution, bool] | None = None  # last quote kept, its attribution, fragment
    placed: list[tuple[int, tuple[int, int]]] = []  # a quote's index and where its speaker is named
    pending: tuple[int, _Attribution] | None = None  # an intro paragraph ending in a colon
    spans_by_par: dict[int, list[Span]] = {}
    for s in spans:
        spans_by_par.setdefault(s.first, []).append(s)
    carried: set[int] = set()  # paragraphs whose words a turn above has taken
    last_answer: _Attribution | None = None  # whose the last "A:" turn was

    for pi, text in enumerate(paragraphs):
        if pi in carried or _READ_MORE.match(text):
            continue  # (and a link to another story: "Read more: GPs leaving ‘at record rate’, analysis finds")
        turn = turns.get(pi)
        if turn is not None and not turn.quoted:
            # "Dr Shah: We lost two partners ...", "A: Not under this contract.": the words after the label
            att = attr.turn(turn, last_answer)
            if att is not None or turn.interviewer:
                carried.update(turn.continued)
            elif turn.speaks:  # a label that names no one here: the paragraph is read as any other
                art.unmask(turn.words(paragraphs))
            if att is not None and turn.answers:
                last_answer = att
            if att is not None:
                words = turn.words(paragraphs)
                q = _make_quote(paragraphs, words, att, False, len(quotes))
                if q is not None:
                    quotes.append(q)
                    if att.speaker is not None and att.at is not None:
                        art.add(_Mention(att.at, att.speaker, True, said=True))
                        placed.append((len(quotes) - 1, att.at))
                    prev = (words, att, False)
            if att is not None or turn.interviewer:
                continue  # quoted words inside a turn are the speaker's to quote, not quotes of their own
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
        # a headline's shape: in the headline or a crosshead, short, no full stop (not realdev's lede paragraph)
        heading = pi in heads and _headline_shaped(text)
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
            if _TITLED.search(pre_local):
                continue  # "The report, titled ‘Logged Out: ...’, is based on ...": a title, no one's words
            # "In his words, ‘...’": his words, as after a colon
            colon = pre_local.rstrip().endswith(":") or bool(_IN_THEIR_WORDS.search(pre_local))
            at_start = not pre_sent.strip() or colon
            att: _Attribution | None = None
            fragment = not at_start
            if (
                fragment
                and s.close
                and re.search(
                    r"\b(?:said|says|told\s+[^,]{1,40}|added|adds|wrote|writes|statement|puts?\s+it),\s*$", pre_local
                )
                and paragraphs[pi][op + 1 : op + 2].isupper()
                and lpos > 0
                and paragraphs[lp][lpos - 1] in ".!?"
            ):  # "told The BMJ, “This is a profession at breaking point.”", "As one GP put it, ‘...’": a whole sentence
                # after a comma
                fragment = False
            nickname = _NICKNAME.match(text, max(0, op - 1)) if s.close and s.close[0] == pi else None
            if nickname and nickname.end() == s.close[1] + 1:
                continue  # "Dr Farah ‘Fizz’ Jameel": a nickname inside a name, not a quote
            opens_par = not _BULLET.sub("", masked[:op], count=1).strip()
            if colon:
                tag = re.fullmatch(r"\s*\(([^()]{2,80})\)\s*[.;]?\s*", post) if s.close else None
                if tag and _participant_tag(tag.group(1)) != tag.group(1):
                    # "Several spoke of lost autonomy: ‘...’ (P12, practice manager).": the participant's tag
                    att = attr.name_only(lp, _participant_tag(tag.group(1)), lpos + 1 + tag.start(1))
                    if att is not None and att.speaker is not None:
                        att = replace(att, speaker=replace(att.speaker, written=tag.group(1).strip()))
                label = re.fullmatch(r"\s*([A-Za-z]+)\s*:\s*", pre_local) if local_start == 0 else None
                answer = label is not None and label.group(1) in ("A", "Answer")
                round_up = (  # a news round-up's "PARKING: ‘...,’ said X": an item's label, no body's name
                    label is not None
                    and label.group(1).isupper()
                    and len(label.group(1)) >= 5
                    and label.group(1).lower() not in _org_names_lower()
                )
                if (
                    att is None
                    and s.close
                    and label
                    and (answer or round_up or label.group(1).lower() in _HEADLINE_LABELS)
                ):
                    # "Exclusive: ‘...’, say patients", "A: ‘...,’ says Dr X": a label, then the credit after the quote
                    att = attr.after(lp, post, lpos + 1, strict=True)
                if att is None and answer:  # "Q: Why did you hand back your contract?" then "A: ‘...’": the answer to
                    att = attr.after_question(pi - 1, prev[1] if prev is not None else None)  # the question above
                if att is None:  # (a relative clause before the cue is blanked: "A spokesperson for the department,
                    # which is led by health secretary X, said:" is the department's spokesperson, not X)
                    att = attr.before(
                        pi, _WHICH_CLAUSE.sub(lambda m: " " * len(m.group(0)), pre_local.rstrip()[:-1]), local_start
                    )
                if att is None and local_start > sent_start and _SAID_AFTER_A_QUOTE.match(pre_local):
                    # "Dr X, who described the plan as ‘doomed’, said: ‘...’": the sentence's subject, before the
                    # quote inside it
                    att = attr.before(pi, masked[sent_start:op].rstrip()[:-1], sent_start)
                if att is None:  # "AP: ‘...’" after "Amanda Pritchard (AP)"
                    att = attr.initials_line(pi, pre_local.rstrip()[:-1], local_start)
                if att is None:  # a headline's "BMA: ‘...’", "Streeting: ‘...’"
                    att = attr.headline_source(pi, pre_local.rstrip()[:-1], local_start)
                if att is None:  # "Dr Sana Iqbal: ‘...’"
                    att = attr.name_only(pi, pre_local.rstrip()[:-1], local_start)
                another = (
                    re.search(r"(?:^\s*|[.!?]\s+)(Another|A\s+second|A\s+third|One\s+more)\s*:\s*$", pre_local)
                    if att is None or att.speaker is None
                    else None
                )
                if another:  # a survey's "One wrote: ‘...’ Another: ‘...’": another of them
                    att = _one_of_them(art, another.group(1), (pi, local_start + another.start(1)), None) or att
                if att is None:  # "Dr Ade Ojo’s message to ministers was simple: ‘...’"
                    att = attr.possessive_message(pi, pre_local.rstrip()[:-1], local_start)
                if att is None:  # "The LMC’s medical secretary, Dr Guy X, was blunt: ‘...’"
                    att = attr.stance(pi, pre_local.rstrip()[:-1], local_start)
                if att is None:  # "For Dr Ian X, the answer is simple: ‘...’"
                    att = attr.for_whom(pi, sent_start, op)
                if att is None and not pre_sent.rstrip()[:-1].rstrip().endswith(("said", "says")):
                    att = attr.colon_subject(pi, sent_start, op)  # "Dr X offered a different view: ‘...’"
                if (
                    att is None
                    and local_start == 0
                    and re.fullmatch(r"\s*My\s+(?:[a-z’']+\s+){0,2}[a-z]+\s*:\s*", pre_local)
                ):
                    att = attr.name_line(pi - 1)  # a forum reply's "My advice: ‘...’" under its poster's name line
                body = att.speaker if att is not None and att.speaker is not None else None
                if (
                    body is not None
                    and body.kind == "org"
                    and body.org
                    and local_start == 0
                    and s.close
                    and not att.cue
                ):
                    # "Eastvale LMC: ‘...,’ said chief executive Dr X": a round-up's body, then who spoke for it
                    credit = attr.after(lp, post, lpos + 1, strict=True)
                    person = credit.speaker if credit is not None else None
                    if person is not None and person.kind == "person" and person.name:
                        own = describe(person.written, [person.name]).org  # the body the credit names, if any
                        att = replace(credit, speaker=replace(person, org=own or body.org))
                if att is None and pending is not None and not pre_sent.strip(" :"):
                    att = pending[1]
                if att is None and prev is not None and prev[0].last == pi and prev[1].speaker is not None:
                    adding = re.search(  # "..., adding:", and "... ‘unworkable’ and added:" (or "but added:")
                        r"(?:^|,)[\s,]*(?:(?:and\s+)?(?:before\s+)?"
                        + _GOING_ON
                        + r"|(?:and|but)\s+(?:then\s+|also\s+)?(added|said|continued|went\s+on|warned|insisted))\s*:\s*$",
                        pre_local,
                    )
                    named_between = (  # "‘...,’ said Dr X, chair of Y, adding: ‘...’": named in this stretch
                        prev[1].at is not None and prev[1].at[0] == pi and prev[1].at[1] >= local_start
                    )
                    same_sentence = (
                        prev[1].at is not None
                        and prev[1].at[0] == pi
                        and not re.search(r"[.!?]\s", pre_local[: adding.start()] if adding else "")
                    )  # "... said the government was ‘absolutely committed’ to the pledge, adding: ‘...’"
                    if adding and (not pre_local[: adding.start()].strip(" ,") or named_between or same_sentence):
                        # "‘...’, adding: ‘...’": the same speaker
                        att = _Attribution(prev[1].speaker, adding.group(1) or adding.group(2))
                if att is None:
                    with_one = re.search(
                        r",\s*with\s+(?P<who>one|another|a\s+second|a\s+third|one\s+of\s+them)\s+(?P<cue>adding|saying|"
                        r"writing|warning|noting|putting\s+it\s+bluntly)\s*:\s*$",
                        pre_local,
                    )
                    if with_one:  # "Several partners told Pulse ..., with one adding: ‘...’": one of them
                        att = _one_of_them(
                            art, with_one.group("who"), (pi, local_start + with_one.start("who")), with_one.group("cue")
                        )
                if att is None:
                    adding = re.search(r",\s*" + _GOING_ON + r"\s*:\s*$", pre_local)
                    if adding:  # "Dr Sam Hill was less sure, adding: ‘...’": the subject of the verb it hangs on
                        att = attr.subject_of(pi, local_start + adding.start(1), local_start, adding.group(1))
            elif at_start:
                introduces = (  # "‘... funded.’ Her colleague Dr X agreed: ‘...’": a new sentence that
                    s.close  # introduces the next quote, not an attribution of this one
                    and lpos > 0
                    and paragraphs[lp][lpos - 1] in ".!?"
                    and (
                        re.match(r"\s*[A-Z][^.;!?:‘“]*:\s*$", post)
                        # "‘... Now it’s a liability.’ Dr Hugh X disagrees. ‘...’": whose turn it is next
                        or re.match(r"\s*[A-Z][^.;!?:‘“]*\s(?:agrees|disagrees|agreed|disagreed)[.!]\s*$", post)
                    )
                )
                att = attr.after(lp, post, lpos + 1, strict=False) if s.close and not introduces else None
                if att is None and s.close and heading:  # "‘Perfect storm’ facing practices, warn GP leaders"
                    att = attr.after_last_comma(lp, post, lpos + 1)
                if att is None and s.close:  # "‘...’ It is a stark warning from Dr X"
                    att = attr.whose_it_was(lp, post, lpos + 1)
                tag = (  # "‘...’ (GP7, female)", "‘...’ [GP partner, site 3]"
                    re.fullmatch(r"\s*[(\[]([^()\[\]]{2,80})[)\]]\s*[.;]?\s*", post)
                    if s.close and att is None
                    else None
                )
                if tag:  # "‘...’ (GP7, female, salaried)": a research participant's tag, the quote whole
                    att = attr.name_only(lp, _participant_tag(tag.group(1)), lpos + 1 + tag.start(1))
                    if att is not None and att.speaker is not None:  # the tag as the article wrote it
                        att = replace(att, speaker=replace(att.speaker, written=tag.group(1).strip()))
                    att = att or _Attribution(None, None)
                if att is None and s.close:
                    end = _SENT_END.search(post)
                    clause = post[: end.start()] if end else post
                    ended = lpos > 0 and paragraphs[lp][lpos - 1] in ".!?" and post.lstrip()[:1].isupper()
                    if (
                        re.search(r"\w", clause)
                        and not any(c.start() < 40 for c in _cues(clause))
                        and not ended
                        and not _HEARD_BY.match(clause)  # "‘...,’ the inquest heard": a witness's words, whoever
                    ):  # the sentence before put in focus
                        fragment = True  # "‘Hubs’ to reduce the digital divide": part of a sentence, but not
                        # "‘... like this.’ Dr X, 38, is a salaried GP": a sentence, then the next
                if att is None and pending is not None:  # "Dr X, chair of Y, said:" above it
                    att = pending[1]
                if att is None and opens_par and not fragment:
                    att = attr.name_line(pi - 1)
                if att is None and opens_par and not fragment:
                    att = attr.after_question(pi - 1, prev[1] if prev is not None else None)
                if att is None and not fragment and _AN_INTERVIEWER_S_QUESTION.fullmatch(masked[:op]):
                    # "Why do the numbers get revised? ‘...’": an interviewer's question, then the answer, in one
                    # paragraph
                    att = attr.interviewee(pi, prev[1] if prev is not None else None)
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
                if att is None and opens_par and not fragment and pi > 0 and not art.inside[pi - 1]:
                    att = attr.subject_above(pi - 1)  # "Dr Ben X runs a practice in Hull." then "‘...’"
                if att is None and opens_par and not fragment:
                    att = _reported_speaker(
                        art, pi, (prev[0].segments[-1][0], prev[0].segments[-1][2]) if prev is not None else (-1, 0)
                    )
                    if (
                        att is not None
                        and prev is not None
                        and prev[1].speaker is not None
                        and att.speaker.written == prev[1].speaker.written
                    ):
                        att = None  # "‘...,’ he said." then a quote alone: the same speaker, carried on below
                if att is None and not opens_par and not colon and not fragment:
                    att = attr.gesture(pi, last_close, op)  # "Dr Hollis nods. ‘She is right.’"
                if att is None and not opens_par and not colon and not fragment:
                    att = _reported_speaker(art, pi, (-1, 0), here=(last_close, op))
                    if att is not None and prev is not None and prev[1].speaker is not None:
                        if att.speaker.name == prev[1].speaker.name and att.speaker.role in (
                            None,
                            prev[1].speaker.role,
                        ):
                            att = _Attribution(prev[1].speaker, prev[1].cue)  # "‘...,’ he said. ‘...’": as before
                if att is None and opens_par and prev is not None and prev[0].last == pi - 1:
                    att = _answer_to_asked(art, prev, paragraphs[pi - 1])
                if (
                    att is None
                    and prev is not None
                    and pi - prev[0].last <= 2
                    and prev[1].speaker is not None
                    # not across a line that gives the floor to someone else ("Mr Speaker:", "Dr X (Con):")
                    and not any(re.search(r":\s*$", paragraphs[k]) for k in range(prev[0].last + 1, pi))
                ):
                    att = _Attribution(prev[1].speaker, prev[1].cue)
            else:
                # "Asked about the health secretary’s comments that GPs should ‘do more’, Professor X replied": his
                att = attr.possessive_claim(pi, masked[sent_start:op], sent_start)
                if att is None:
                    att = attr.quoted_saying(pi, pre_local, local_start)
                after_saying = _AFTER_SAYING.search(pre_local)
                if att is None and after_saying:  # "X has been criticised by GP leaders after posting that ‘...’": X's
                    att = attr.subject_of(pi, local_start + after_saying.start(1), local_start, after_saying.group(1))
                if att is None:
                    att = attr.before(pi, pre_local, local_start)
                if (
                    att is not None
                    and att.speaker is not None
                    and pi == 0
                    and re.fullmatch(r"[A-Z][a-z]+s", att.speaker.written.strip())
                    and att.cue in ("warned", "told", "urged", "advised")
                    and re.search(r"\b" + att.cue + r"\s+(?:over|about|against)\s", pre_local)
                    and " by " not in paragraphs[pi]
                ):  # a headline's "Practices warned over ‘unsafe’ prescribing": a passive without its "were", whose
                    # agent it does not name
                    att = _Attribution(None, None)
                if att is not None and att.cue in _THOUGHT_CUES:  # "She said GPs felt ‘powerless’": her word for it
                    att = attr.who_reported(pi, local_start + pre_local.rfind(att.cue)) or att
                if (
                    att is None and local_start > sent_start and _SAID_AFTER_A_QUOTE.match(pre_local)
                ):  # "Lord X, whose review described the NHS as ‘...’, said practices needed ‘...’": the sentence's
                    att = attr.before(pi, masked[sent_start:op], sent_start)  # subject, before the quote inside it
                if att is None:
                    att = attr.paper_signer(pi, pre_local, local_start)
                if att is None:
                    part = re.search(r"(?:,\s*|\bby\s+)(" + _PARTICIPLE_CUES + r")\b[^,;:.!?]*$", pre_local)
                    if part:  # "The BMA hit back, describing the offer as ‘insulting’": whoever hit back; "opened
                        # the meeting by noting that ...": whoever opened it
                        att = attr.subject_of(pi, local_start + part.start(1), local_start, part.group(1))
                if att is None and s.close:
                    att = attr.after(lp, post, lpos + 1, strict=True)
                if att is None and s.close:  # "The plan was ‘a betrayal’ (Dr Ann X, GP partner, Bristol).": the
                    att = attr.bracketed_source(lp, post, lpos + 1)  # source in brackets after it
                if att is None and s.close and heading:  # "Closures ‘inevitable’ without funding, LMC leaders warn"
                    att = attr.after_last_comma(lp, post, lpos + 1)
                source = re.match(r"\s*([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)?)\s*:\s", masked) if heading else None
                if att is None and source and source.end() <= op:  # "Streeting: GPs ‘will get their fair share’"
                    att = attr.headline_source(pi, source.group(1), source.start(1))
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
                    att = attr.by_agent(pi, pre_local, post, s.close[1] + 1, local_start)
                if att is None:  # "For Professor X, the figures are ‘deeply worrying’."
                    att = attr.for_whom(pi, sent_start, op)
                if att is None:  # "The ICB’s response was that the hub was ‘here to stay’."
                    att = attr.possessive_view(pi, masked[sent_start:op], sent_start)
                if att is None and prev is not None and prev[0].last == pi and last_close > sent_start:
                    att = _Attribution(prev[1].speaker, prev[1].cue)  # another fragment in the same sentence
                if att is None and pending is not None and is_item:
                    att = pending[1]
            if s.close and masked[:op].rstrip().endswith("(") and _CITED_TITLE_END.match(post):
                att = None  # "Your report (‘Hubs take pressure off practices’, 12 May)": a headline cited, no quote
            label = (  # "‘I rang 47 times’: patients on the 8am scramble": a headline's quote, kept while a quote
                # below may say whose it is
                (att is None or att.speaker is None)
                and opens_par
                and pi in heads
                and re.match(r"\s*:", post)
                and len(_quote_words(paragraphs, s)) >= 3
            )
            if (att is None or att.speaker is None) and not label:
                if fragment or len(_quote_words(paragraphs, s)) < 3:
                    continue  # scare quotes and quoted names are not who-said-what (nor do they end a clause:
                    # 'The report, “Fit for the Frontline”, said practices needed “stable funding”.')
                att = _Attribution(None, None)
            att = att or _Attribution(None, None)
            if label:
                labels.add(len(quotes))
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
            intro = (  # "Dr X said:", or with no cue "Dr X, a GP, offered this chilling warning:", "Dr Y was blunt:"
                attr.before(pi, masked[start : len(masked) - 1], start)
                or attr.possessive_message(pi, masked[start : len(masked) - 1], start)
                or attr.stance(pi, masked[start : len(masked) - 1], start)
                or attr.colon_subject(pi, start, len(masked) - 1)
            )
            if intro is not None and intro.speaker is not None:
                if intro.at is not None:
                    art.add(_Mention(intro.at, intro.speaker, True, said=True))
                pending = (pi, intro)
        elif pending is not None and pending[0] != pi and not is_item:
            pending = None
    for i, at in placed:
        quotes[i] = _named_after_lede(_post_given_after(quotes[i], at, art.mentions), at, art.mentions)
    _post_named_below(quotes, placed, art.mentions)
    found = [
        _headline_holder(
            _headline_body(
                _headline_echo(
                    _headline_surname(
                        _told_in_a_headline(_embedded_post_credit(q, paragraphs), art, heads), attr, heads
                    ),
                    quotes,
                    art,
                    attr,
                    heads,
                ),
                art,
            ),
            art,
        )
        for q in quotes
    ]
    kept = [_unnamed_kind(_section_body(q, art)) for i, q in enumerate(found) if i not in labels or q.speaker]
    kept = _pull_quotes(kept, paragraphs)
    return kept if len(kept) == len(found) else [replace(q, position=k) for k, q in enumerate(kept)]


def _pull_quotes(quotes: list[Quote], paragraphs: Sequence[str]) -> list[Quote]:
    """A pull quote, a paragraph that is nothing but a quote said word for word earlier in the piece, is the earlier
    quote's speaker's, not a continuation of whoever spoke just before it."""
    said: dict[str, Quote] = {}
    out = []
    for q in quotes:
        words = " ".join(re.findall(r"\w+", q.text.lower()))
        first = said.get(words)
        if (
            first is not None
            and first.speaker_name != q.speaker_name
            and len(words.split()) >= 4
            and q.paragraph_index is not None
            and re.fullmatch(r"[\s‘“'\"]*" + re.escape(q.text) + r"[\s’”'\"]*", paragraphs[q.paragraph_index])
        ):  # (the paragraph is the quote alone)
            q = replace(
                q,
                speaker=first.speaker,
                speaker_name=first.speaker_name,
                speaker_role=first.speaker_role,
                speaker_org=first.speaker_org,
                cue=first.cue,
            )
        said.setdefault(words, q)
        out.append(q)
    return out


def _section_body(q: Quote, art: _Article) -> Quote:
    """A reaction piece's ``The King’s Fund`` on a line of its own, then ``‘...’ – Sarah X, chief executive`` or ``A
    spokesperson said``: a post with no body of its own, within three paragraphs below the line, is that body's."""
    at = q.paragraph_index or 0
    lines = [pi for pi in art.body_lines if pi < at]
    if q.speaker_org or not q.speaker_role or not lines or at - lines[-1] > 3:
        return q
    post = re.split(r"\s+(?:of|for)\s+", q.speaker_role.lower())[0].split()
    if not post or post[-1] not in _A_BODY_S_POST:
        return q
    return replace(q, speaker_org=art.body_lines[lines[-1]])


def _unnamed_kind(q: Quote) -> Quote:
    """``q`` without an organisation that only says what kind of body it was (``The ICB said``, ``An ICB
    spokeswoman``, ``Parish council chairman X``): the body is unnamed, so the kind goes with the post."""
    org = q.speaker_org
    if not org or (org.lower() not in _KIND_AS_NAME and not (org[:-1].isupper() and org[:-1].lower() in _KIND_AS_NAME)):
        return q  # (and their plurals: "LMCs")
    kind = org if org.split()[0].isupper() else org[:1].lower() + org[1:]
    role = q.speaker_role
    if role and kind.lower().split()[-1] not in role.lower():
        role = f"{kind} {role}"
    return replace(q, speaker_org=None, speaker_role=role)


# cues that charge an object with what the quote says it did ("accused the government of ‘...’"), which a headline
# also uses as a participle with no object ("Minister accused of ‘...’")
_CHARGING_CUES = frozenset({"accused", "accuses"})
# cues that, as a headline's participle before "for" or "over", say who was criticised ("X criticised for ‘...’")
_CRITICISED = frozenset(
    {"criticised", "criticized", "praised", "hailed", "slammed", "blasted", "attacked", "condemned"}
)


# what closes a title cited in brackets: its date or page ("(‘Hubs take pressure off practices’, 12 May)"), or the
# section a letter answers ("(“The GPs’ cushy deal ...”, Comment, last week)")
_CITED_TITLE_END = re.compile(
    r"\s*,\s*(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|\d{4}\b|pp?\.?\s*\d|page\s+\d|issue\s+\d|(?:Comment|Opinion|Leader|Letters|Analysis|Features?|"
    r"News|Editorial|Business|Review)\b)[^()]{0,30}\)"
)


def _post_named_below(quotes: list[Quote], placed: Sequence[tuple[int, tuple[int, int]]], mentions) -> None:
    """A body's post quoted before its holder is named (``NHS England’s primary care director said ... ‘...’``,
    then ``The director, Dr Imogen X, added``): the quote takes the name, and the holder's quotes the body."""
    for i, at in placed:
        q = quotes[i]
        if q.speaker_name or not q.speaker_role or not q.speaker_org or not q.speaker:
            continue
        head = q.speaker_role.split()[-1]
        if not re.match(r"(?:[Tt]he\s+|[A-Z][\w ]*[’']s\s+)", q.speaker):
            continue
        named = next(
            (
                m.speaker
                for m in mentions
                if at < m.at
                and m.at[0] <= at[0] + 2
                and m.speaker.kind == "person"
                and len((m.speaker.name or "").split()) > 1
                and re.match(r"[Tt]he\s+(?:[\w’'-]+\s+){0,3}?" + re.escape(head) + r",\s", m.speaker.written)
            ),
            None,
        )
        if named is None:
            continue
        quotes[i] = replace(q, speaker_name=named.name)
        for j, other in enumerate(quotes):
            if other.speaker_name == named.name and not other.speaker_org:
                quotes[j] = replace(other, speaker_org=q.speaker_org)


def _headline_holder(q: Quote, art: _Article) -> Quote:
    """A headline's speaker given by a post alone (``..., says RCGP chair``, ``..., warns LMC leader``, ``Minister
    promises ‘...’``): the one person the next two paragraphs name with that post (``The RCGP chair, Professor X,``)
    or, for a body's leader, as a post in a body of that kind (``Dr X, chair of Calder LMC,``)."""
    if q.paragraph_index != 0 or q.speaker_name or not q.speaker_role:
        return q
    words = q.speaker_role.split()
    head = words[-1].lower()
    kind = words[0] if len(words) > 1 and words[0].rstrip("s") in _KIND_OF_BODY else None  # "LMC leader"
    holders = {}
    for m in art.mentions:
        sp = m.speaker
        if not (0 < m.at[0] <= 2 and sp.kind == "person" and len((sp.name or "").split()) > 1 and sp.role):
            continue
        post = re.split(r"\s+(?:in|at|of|for|from)\s+", sp.role)[0]  # "partner in Hull": a partner
        same_post = (
            post.split()[-1].lower() == head or (head in _LEADER_WORDS and post.split()[0].lower() == head)
        ) and (not q.speaker_org or _same_body(sp.org, q.speaker_org))  # (a headline's "chief" is a "chief executive")
        body_of_kind = kind is not None and head in _LEADER_WORDS and (sp.org or "").split()[-1:] == [kind]
        if same_post or body_of_kind:
            holders[sp.name] = sp
    if len(holders) != 1:
        return q
    [sp] = holders.values()
    return replace(q, speaker_name=sp.name, speaker_role=sp.role, speaker_org=sp.org or q.speaker_org)


def _headline_body(q: Quote, art: _Article) -> Quote:
    """A headline's unnamed body (``..., says think tank``, ``..., warns union``, ``ICB says ...``): the body of that
    kind the next two paragraphs name (``a report by the Larchwood Institute``, ``NHS Kent and Medway ICB``)."""
    word = q.speaker_name or ""
    if (
        q.paragraph_index != 0
        or (q.speaker_org and q.speaker_org not in _KIND_OF_BODY)
        or not (re.fullmatch(r"[a-z]+[’']?(?:\s[a-z]+)?", word[:1].lower() + word[1:]) or word in _KIND_OF_BODY)
    ):  # ("Think tank warns": capitalised to open the headline)
        return q
    word = word.lower()  # "ICB says": an ICB's name holds "icb"
    from nlp.pipeline import ORG_LABELS

    for pi in range(1, min(3, len(art.paragraphs))):
        named = re.search(  # "according to the union Unison", "the think tank Reform": the kind, then its name
            rf"\bthe\s+{re.escape(word)}\s+((?:[A-Z][\w&’'-]*\s+){{0,3}}[A-Z][\w&’'-]*)", art.masked[pi]
        )
        if named and clean_org(named.group(1)):
            return replace(q, speaker_name=clean_org(named.group(1)), speaker_org=clean_org(named.group(1)))
        for e in art.ents[pi]:
            if e.label_ not in ORG_LABELS or art.in_quote(pi, e.start_char):
                continue
            low = e.text.lower()
            if (
                (
                    word == "think tank"
                    and (e.label_ == "THINK_TANK" or low.split()[-1] in ("institute", "foundation", "fund", "centre"))
                )
                or (word in ("charity", "campaigners", "campaign group") and _may_call_itself("charity", e.text))
                or low in _EPITHET_BODIES.get(word, ())
                or word.split()[-1] in low.split()
            ) and clean_org(e.text):
                body = clean_org(e.text)
                place = re.search(r"(?:^|\s)((?:[A-Z][\w’'&-]*\s+){1,4})$", art.paragraphs[pi][: e.start_char])
                if e.text in _KIND_OF_BODY and place and clean_org(place.group(1) + e.text):
                    body = clean_org(place.group(1) + e.text)  # "Calder LMC", which the tagger cut to "LMC"
                return replace(q, speaker_name=body, speaker_org=body)
    return q


def _speaker_from(q: Quote, other: Quote) -> Quote:
    """``q`` with the speaker of ``other``, whose words it repeats; ``q``'s own speaker as written and cue kept."""
    return replace(
        q,
        speaker=q.speaker or other.speaker,
        speaker_name=other.speaker_name,
        speaker_role=other.speaker_role,
        speaker_org=other.speaker_org,
        cue=q.cue or other.cue,
    )


def _words_of(text: str) -> str:
    """``text``'s words, lower-cased, one space between and around them, to find the same words in another text."""
    return " " + " ".join(re.findall(r"[\w’'-]+", text.lower())) + " "


def _headline_shaped(text: str) -> bool:
    """A headline's shape: short, no full stop at the end (not realdev's lede paragraph, nor a test's first
    sentence)."""
    return len(text.split()) <= 16 and not re.search(r"[.!?:;]\s*$", text)


def _headline_surname(q: Quote, attr: _Attributor, heads: set[int]) -> Quote:
    """A headline's surname alone as the subject of its cue (``Streeting tells MPs GPs will get ‘fair deal’``), which
    reads as a body, or with a title (``..., says Dr Vance``): the person the article names in full below, or the one holder of an office the article gives
    by that surname (as ``Streeting: ‘...’`` already is); not a body the entity patterns know (``Unison warns``)."""
    name = q.speaker_name
    titled = q.speaker_org is None and _TITLE_RE.match(q.speaker or "")  # "..., says Dr Vance": a short form
    if q.paragraph_index != 0 or 0 not in heads or not name or (name != q.speaker_org and not titled):
        return q
    if not re.fullmatch(r"[A-Z][a-z][\w’'-]+", name) or _find_phrase(name, _lexicons()[0]):
        return q
    found = attr.person_by_surname(0, name, q.start or 0)
    holder = found.speaker if found is not None else None
    if holder is None or holder.kind != "person" or not holder.name:
        return q
    return replace(q, speaker_name=holder.name, speaker_role=holder.role, speaker_org=holder.org)


# a headline's audience after its quote, told what the quote says: "..., GMC hearing told", "..., conference hears"
_AUDIENCE_TOLD = re.compile(
    r"[’”'\"]?[^‘“,]{0,40},\s*(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,3}" + _AUDIENCES + r"\s+(?:told|hears|heard)\s*$"
)


def _told_in_a_headline(q: Quote, art: _Article, heads: set[int]) -> Quote:
    """A headline's ``told`` is passive (``MPs told practices ‘on the brink’``, ``GPs told to ‘stop complaining’``,
    ``NHS England board told partnerships ‘remain the backbone’``): its subject heard the words, so the quote has no
    speaker there (the article's quote that repeats it may give one: :func:`_headline_echo`); not ``Streeting told
    MPs: ‘...’``, whose colon makes it his, nor a person named as its subject (``Streeting told MPs GPs will ...``)."""
    at = q.paragraph_index
    if at != 0 or at not in heads or (q.cue or "x").lower().split()[0] != "told" or q.start is None:
        return q
    if not _headline_shaped(art.paragraphs[at]):
        return q
    after = art.paragraphs[at][q.end :] if q.end else ""
    if _AUDIENCE_TOLD.match(after):  # "Practice ‘failed to supervise’ PA, GMC hearing told": those who heard it
        return replace(q, speaker=None, speaker_name=None, speaker_role=None, speaker_org=None, cue=None)
    before = art.paragraphs[at][: q.start].rstrip("‘“'\" ")
    told = re.search(r"^([^‘“:]*?)\s+told\b([^‘“]*)$", before)
    if told is None or ":" in told.group(2) or _TOLD_LISTENER.match(told.group(2)):
        return q  # "GPs told Pulse they were ‘relieved’", "Streeting told MPs ...": what they said
    passive = (
        re.match(r"\s+(?:to|they|that|it|he|she)\b", told.group(2))
        or q.speaker_name is None
        or (
            q.speaker_org is not None
            and q.speaker_name == q.speaker_org
            and not re.fullmatch(r"[A-Z][a-z]+", q.speaker_name)
        )
    )
    if not passive:
        return q
    agent = re.match(r"[’”'\"]?\s+by\s+((?:the\s+)?[\w’' -]{2,40})$", art.paragraphs[at][q.end :]) if q.end else None
    by = describe(agent.group(1)) if agent else None
    if by is not None and by.kind in ("person", "role", "org"):  # "GPs told to ‘stop complaining’ by minister"
        return replace(q, speaker=agent.group(1), speaker_name=by.name, speaker_role=by.role, speaker_org=by.org)
    return replace(q, speaker=None, speaker_name=None, speaker_role=None, speaker_org=None, cue=None)


def _headline_echo(q: Quote, quotes: Sequence[Quote], art: _Article, attr: _Attributor, heads: set[int]) -> Quote:
    """A headline's quote with no speaker whose words the article gives again below: the speaker of the quote
    that repeats them (``‘We cannot go on like this’``, then ``Dr X said: ‘We cannot go on like this. ...’``), or
    the subject of the sentence that says them without marks (``‘Dismantling partnership by stealth’``, then
    ``The BMA has accused ministers of dismantling partnership by stealth.``)."""
    at = q.paragraph_index
    if at == 0 and at in heads and q.speaker_role and not q.speaker_name and len(q.text.split()) >= 3:
        # "Practice manager: ‘We are firefighting every single day’", then "Jenny X, who manages a practice, said:
        # ‘We are firefighting every single day ...’": the one below who says it, if nothing says she holds another post
        # (or a post of hers the headline's names: "Independent GP candidate: ‘...’" over "Dr Halima X, a salaried GP")
        posts = {q.speaker_role.split()[-1].lower()} | {
            w for w in f"{q.speaker or ''} {q.speaker_role}".lower().split() if _is_role_head(w)
        }
        words = _words_of(q.text)
        for later in quotes:
            if (
                (later.paragraph_index or 0) > at
                and later.speaker_name
                and words in _words_of(later.text)
                and (
                    not later.speaker_role
                    or any(h in later.speaker_role.lower().split() for h in posts)
                    # ("federation boss": its chief executive; not "GP leaders", many)
                    or (
                        posts & {"boss", "chief", "head", "leader"}
                        and later.speaker_role.split()[-1].lower() in _TOP_POSTS
                    )
                )
            ):
                return replace(_speaker_from(q, later), speaker_role=later.speaker_role or q.speaker_role)
        return q
    if (
        at is not None
        and at not in heads
        and at <= 2
        and q.fragment
        and q.speaker_role
        and not q.speaker_name
        and q.speaker
        and re.match(r"(?:A|An|One)\s", q.speaker)
        and len(q.text.split()) >= 2
    ):  # a lede's "A senior GP leader has told X the profession is ‘not the enemy’", then "Dr Y, GPC England executive
        # officer, told X: ‘We are not the enemy ...’": the one named next who says the same words
        words = _words_of(q.text)
        for later in quotes:
            if (
                (later.paragraph_index or 0) in (at + 1, at + 2)
                and later.speaker_name
                and not later.fragment
                and words in _words_of(later.text)
            ):
                return _speaker_from(q, later)
        return q
    unresolved = not (q.speaker_name or q.speaker_role or q.speaker_org) and (
        q.speaker is None or q.speaker.lower() in ("it", "they")
    )
    if not unresolved or (q.speaker is not None and at in heads):
        return q
    words = _words_of(q.text)
    if at not in heads:
        if len(words.split()) < 4:
            return q
        # "It calls for GPs to ‘deliver their side of the bargain’" after "Jeremy X asks primary care to ‘deliver
        # their side of the bargain’": the same words, so the same speaker
        for other in quotes:
            if other is not q and (other.speaker_name or other.speaker_org) and words in _words_of(other.text):
                return _speaker_from(q, other)
        return q
    if len(q.text.split()) < 3:  # a headline's or a crosshead's
        return q
    for later in quotes:
        if (later.paragraph_index or 0) > at and later.speaker is not None and words in _words_of(later.text):
            return _speaker_from(q, later)  # (a headline's quote has no speaker nor cue of its own)
    for later in quotes:  # "Podcast: ‘I left partnership and I have never been happier’", then "A former GP partner has
        # said she has ‘never been happier’": a named person's fragment of three words or more inside it
        part = _words_of(later.text)
        if (
            (later.paragraph_index or 0) > at
            and later.fragment
            and later.speaker_name
            and len(part.split()) >= 3
            and part in words
        ):
            return _speaker_from(q, later)
    echo = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words.split()) + r"\b", re.I)
    for pi in range(at + 1, min(at + 4, len(art.paragraphs))):
        m = echo.search(art.paragraphs[pi])
        if m is None or art.in_quote(pi, m.start()):
            continue
        tok = art.token_at(pi, m.start())
        root = tok.sent.root if tok is not None else None
        subj = [t for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree] if root else []
        if subj and root.i < tok.i:  # the sentence's subject, before its verb, before the words
            a, b = min(t.idx for t in subj), max(t.idx + len(t) for t in subj)
            sp = attr._speaker(pi, art.paragraphs[pi][a:b], a)
            if sp.kind in ("person", "org", "role") and not art.in_quote(pi, a):
                return replace(q, speaker=sp.written, speaker_name=sp.name, speaker_role=sp.role, speaker_org=sp.org)
        break
    return q


def _embedded_post_credit(q: Quote, paragraphs: Sequence[str]) -> Quote:
    """A social post quoted, then its embed's credit line below (``— Dr Sam X (@DrSamX) March 4, 2025``): the
    author's name, for a quote whose speaker the text left unnamed (``wrote one GP on X``)."""
    pi = q.paragraph_index
    if q.speaker_name or pi is None or pi + 1 >= len(paragraphs):
        return q
    credit = re.match(
        r"\s*[–—-]+\s*((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*\(@\w+\)", paragraphs[pi + 1]
    )
    if not credit:
        return q
    return replace(q, speaker=q.speaker or credit.group(1), speaker_name=_TITLE_RE.sub("", credit.group(1)).strip())


def _named_after_lede(q: Quote, at: tuple[int, int], mentions: Sequence[_Mention]) -> Quote:
    """A news lede's unnamed speaker (``A GP who runs three practices in Lincolnshire has warned that ...
    ‘on its last legs’``, ``The head of NHS England has admitted ...``) is the person the next paragraph names as its
    subject (``Dr Hannah X told the BBC``), when that person is given no post of their own or the same kind of post
    (``Dr Omar X, a partner in Leeds`` after ``A GP partner``); the lede's post stays where it says more."""
    written = q.speaker or ""
    role = q.speaker_role or ""
    if q.speaker_name or not role or at[0] > 1 or not re.match(r"(?:A|An|The)\s", written):
        return q
    person = next(
        (
            m.speaker
            for m in mentions
            if m.at[0] == at[0] + 1
            and m.subject
            and m.said  # "Dr X told the BBC", not "Caitlin X died two days later": whom the story is about
            and m.speaker.kind == "person"
            and m.speaker.name
            and len(m.speaker.name.split()) > 1
            and " and " not in m.speaker.name
        ),
        None,
    )
    if person is None:
        return q
    if written.startswith("The "):  # "The head of NHS England has admitted ... ‘...’", then "Sir Jim X told MPs": one
        # person, named first there (not "The minister said ‘...’" then "Mr X, who asked, replied"; not two chairs)
        named = _one_person_named_next(mentions, at[0])
        if not named or named[0].speaker.name != person.name:
            return q
    own = person.role or ""
    own_post = re.split(r"\s+(?:in|at|of|for|from|with|based)\s+", own)[0].lower()
    lede_post = re.split(r"\s+(?:in|at|from|with|based)\s+", role)[0].lower()  # "A PCN clinical director in Kent"
    if own and not (lede_post.endswith(own_post) or own_post.endswith(lede_post)):
        return q  # "A GP has warned ..." then "Dr X, chair of the LMC, said": another person
    if role.lower().split()[-1] in _LAY_PEOPLE and re.match(r"(?:Dr|Professor|Prof)\b", person.written):
        return q
    if own and not own_post.endswith(role.lower()):  # "A GP partner", then "a partner in Leeds"
        role = role + own[len(own_post) :]
    elif own:
        role = own
    return replace(q, speaker_name=person.name, speaker_role=role, speaker_org=person.org or q.speaker_org)


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
        if at <= m.at and o.kind == "person" and o.name == q.speaker_name and (o.role or o.org):
            return replace(q, speaker_role=o.role, speaker_org=o.org)
    return q


def _reported_speaker(
    art: _Article, pi: int, after: tuple[int, int], here: tuple[int, int] | None = None
) -> _Attribution | None:
    """``Dr X said the plans were unworkable.`` then a paragraph that is only a quote: the
    speaker is the subject of the last cue verb in the two paragraphs before, when no quote
    came after it (``after``: where the last quote ended, so that ``The LMC said it was ‘appalled’. Its chair, Dr X,
    said the ICB had ignored warnings.`` gives Dr X).  With ``here`` (the stretch of paragraph ``pi`` between the last
    quote kept and this one), the quote opens a sentence inside the paragraph instead (``Dr X said the
    plans were unworkable. ‘...’``) and the cue must lie in that stretch."""
    said = [
        m
        for m in art.mentions
        if m.said
        and (
            (here is None and pi - 2 <= m.at[0] < pi and m.at > after)
            or (here is not None and m.at[0] == pi and here[0] <= m.at[1] < here[1])
        )
        and m.speaker.kind in ("person", "role", "org", "doc")
    ]
    # "She says general practice has changed beyond recognition. ‘...’": a pronoun the cue's subject, later than any
    # mention that said something
    stretches = (
        [(pi, *here)]
        if here is not None
        else [(p, after[1] if p == after[0] else 0, len(art.masked[p])) for p in range(max(pi - 2, after[0], 0), pi)]
    )
    pronoun = None
    for p, a, b in stretches:
        for m in _PRONOUN_SAYS.finditer(art.masked[p], a, b):
            cue = m.group(2).lower()
            if (cue in _CUE_SET or cue.split()[0] in _CUE_SET) and (not said or (p, m.start(1)) > said[-1].at):
                pronoun = (p, m.start(1), m.group(1))
    if pronoun is not None:
        word = pronoun[2].lower()
        sp = art.resolve(Speaker(pronoun[2], "pronoun", pronoun=word), pronoun[:2])
        if sp.kind in ("person", "role"):
            return _Attribution(sp, None)
    if not said:
        return None
    sp = art._known(art.resolve(said[-1].speaker, said[-1].at), [m for m in art.mentions if m.at < (pi, 0)])
    return _Attribution(sp, None)


def _quote_words(paragraphs: Sequence[str], s: Span) -> list[str]:
    return " ".join(paragraphs[pi][a:b] for pi, a, b in s.segments).split()


def _one_of_them(art: _Article, who: str, at: tuple[int, int], cue: str | None) -> _Attribution | None:
    """``one``, ``another``, ``a second`` (written at ``at``): one of the people or posts named before, or ``None``."""
    one = art.resolve(Speaker(who, "other"), at)
    return _Attribution(replace(one, written=who), cue, at) if one.kind != "other" else None


def _answer_to_asked(art: _Article, prev: tuple[Span, _Attribution], asked_in: str) -> _Attribution | None:
    """``‘Why are practices closing?’ Cllr X asked her.`` above a quote alone: the one asked answers it (the last
    person named before the question whom ``her`` or ``him`` may be, not the one asking), or ``None``."""
    cue = prev[1].cue or ""
    whom = re.fullmatch(r"asked\s+(him|her)", cue)
    if whom is None or prev[1].speaker is None or not re.search(r"\?\s*[’”\"']", asked_in):
        return None
    pronoun = "he" if whom.group(1) == "him" else "she"
    people = [
        m
        for m in art.mentions
        if m.at[0] <= prev[0].last
        and m.speaker.kind == "person"
        and m.speaker.name
        and m.speaker.name != prev[1].speaker.name
        and " and " not in m.speaker.name
        and art._pronoun_of(m.speaker) in (None, pronoun)
    ]
    return _Attribution(art._known(people[-1].speaker, art.mentions), None) if people else None


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
