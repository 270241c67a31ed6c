"""Who said what: direct quotes and their speakers in an article's paragraphs.

Two stages.

1. **Quote marks** (:func:`find_spans`): every ``‘ ’ ' “ ” "`` is classified from its
   neighbours as an opening mark, a closing mark, a *weak* closing mark (``GPs’ pensions``:
   a plural possessive or a real close) or an apostrophe (``don’t``, ``GP’s``, ``’90s``, ``rock ’n’ roll``).
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
   reply``), whose view a sentence gives (``For Professor X, the figures are ‘...’``), where they stood in a
   debate (``Dr X (Avon) opposed it:``, ``disputed that:``).  A post named before its holder (a headline's
   ``PM pledges ...``) is the one person named later who holds it; a restrictive clause after a post or body
   (``The GP who runs the hub``) leaves that post or body the speaker.

   Quotes without marks: a transcript's turns (``Dr Shah: We lost two partners ...``, ``A: Not under this
   contract.``, ``DR KERR: ...``, Hansard's ``Dr X (Westerby) (Lab): ...``), in an article where two or more
   paragraphs open with a speaker's label and a sentence, one of them as people talk (``I``, ``we``, ``you``, a
   question), are the labelled speaker's quotes (``A:`` the one the article says it spoke to or interviewed);
   unlabelled paragraphs between two turns carry the first on while they talk as the speaker does; the
   interviewer's side (``Q:``, an unnamed ``Host:``) is no quote, and a quote in marks inside a turn is part of it.
   A ``Read more:`` line links to another story: its quotes are not this one's.

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

The package's private modules, each importing only those listed before it: ``_re`` (:mod:`re`'s functions over a
cache large enough for the finder's patterns, imported as ``re``), ``_marks`` (stage 1),
``_lexicon`` (the word lists and the entity patterns' phrases), ``_turns`` (a transcript's speaker labels and
the words after them, quotes without marks), ``_speakers`` (one speaker phrase:
:func:`describe`, :func:`clean_org`), ``_subjects`` (where the speaker phrase is around a cue), ``_context``
(what the article has said so far) and ``_attribution`` (stage 2, :func:`extract_quotes`).

Quotes come back as :class:`corpora.records.Quote` with ``paragraph_index`` the
paragraph's index in the list given (the store finds the paragraph's row id from it) and
``start``/``end`` the quote text's offsets in that (first) paragraph, marks excluded.
"""

from nlp.quotes._attribution import extract_quotes
from nlp.quotes._marks import Span, classify_marks, find_spans
from nlp.quotes._speakers import Speaker, clean_org, describe, leftover_place

__all__ = [
    "Span",
    "Speaker",
    "classify_marks",
    "clean_org",
    "describe",
    "extract_quotes",
    "find_spans",
    "leftover_place",
]
