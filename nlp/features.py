"""Features for the theme and sentiment models, as scikit-learn transformers.

The inference path must be cheap (100,000 units in well under a minute on two cores), so no
unit is parsed by spaCy at prediction time.  spaCy is used once, at training time, to build a
lemma table (:func:`build_lemma_map`) from the training texts and the codebook; the table is an
ordinary constructor parameter of :class:`Normaliser`, stored in the model artefact, and
prediction is a regular-expression tokenizer plus dictionary look-ups.

:class:`Normaliser` turns raw text into a space-separated token string:

* lower-cased lemmas (spaCy's lemma table, then a plural-stripping fallback for unseen words);
  numbers become ``__num__``; contractions are expanded (``don't`` -> ``do not``);
* negation scope: every word after a negator (not, no, never, nothing, without ...; and the
  pairs "far from", "anything but", "less than", "fail to", "lack of") up to the next
  punctuation mark or "but" is prefixed ``NOT_`` (``far from satisfied`` -> ``far from
  NOT_satisfied``);
* the clause that carries the stance: ``__but__`` after a contrast word, or, when a sentence
  opens with a concession ("While we hope this helps, there is a long road ahead"), after the
  comma that closes it;
* cue tokens for the registers that fool general-purpose lexicons, from set phrases matched on
  tokens (fast) and a few cheap regular expressions: quote marks around a short phrase, which
  are a quotation (``__quoted__``) when their sentence has a reporting word ("said", "the report",
  "recommended") and scare quotes (``__scare__``) otherwise, ellipses (``__ellipsis__``), repeated ``!``/``?`` (``__exclaims__``), shouting
  (``__caps__``), sarcasm (``__sarcasm__``: "good luck with that", "what could possibly go
  wrong", "works as well as"), resignation (``__resigned__``: "thank god", "I'll be retired",
  "counting the days"), reported speech (``__report__``: "said", "according to"), praise
  (``__praise__``: "step in the right direction"), the official voice (``__official__``: "we are
  committed", "we are investing") and polite or framed criticism (``__critic__``: "we would
  urge", "damning", "sticking plaster", and evaluative metaphors such as "storm clouds",
  "wither on the vine", "on its knees"), and a contrast marker (``__but__``).

Downstream: TF-IDF word uni- and bigrams of those strings (five-letter word prefixes,
:func:`word_prefixes`, were tried and lost in cross-validation; character 2-4-grams help the theme
models only, so ``nlp.train`` gives them to the themes alone); :class:`LexiconFeatures` (a small
hand-written sentiment lexicon with negation flipping, counted over the whole unit and over the
clause after the last "but"; no length column: unit length told the model "positive", because
our official statements are longer than our comments, and long real paragraphs drifted
positive); :class:`GeneralLexicon` (VADER's general word list of about 7,000 rated words, read
at training time and kept in the model, for evaluative words our own units never use);
:class:`ClauseLexicon` (the same word list per clause: the most negative and most positive
clause, the first and the last, so one critical clause is not outvoted by a long paragraph's
mild ones); and :class:`PatternHits` (the codebook's seed patterns, matched on lemmas).  What earned its place
was measured by 5-fold cross-validation on the training split
(see ``nlp/train.py``).
Every transformer is stateless or fitted in ``fit`` only: no hidden state.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

# --------------------------------------------------------------------------- tokenizing

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2026": "..."})
# ``don't`` -> ``do`` + ``n't``: the lookahead keeps the stem, ``n't`` becomes its own token.
_TOKEN_RE = re.compile(
    r"\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|am|pm|k|m|bn|%)?|[a-z]+(?=n't\b)|n't\b|[a-z]+(?:&[a-z]+)?"
    r"|'(?:s|m|re|ve|ll|d)\b|[£$€]|[.!?;:,]"
)
# tokens that stand for more than one word (contractions written without an apostrophe included)
_SPLIT_TOKENS = {
    "n't": ("not",),
    "cannot": ("can", "not"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "isnt": ("is", "not"),
    "wasnt": ("was", "not"),
    "arent": ("are", "not"),
    "werent": ("were", "not"),
    "cant": ("can", "not"),
    "wont": ("will", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "aint": ("is", "not"),
    "im": ("i", "'m"),
    "ive": ("i", "'ve"),
    "id": ("i", "'d"),
}
_NT_STEMS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
_SCARE_RE = re.compile(
    r"(?:^|[\s(])[\"'\u201c\u2018]([^\"'\u201c\u201d\u2018\u2019\n]{1,40}?)[\"'\u201d\u2019](?=[\s.,;:!?)]|$)"
)
# A short quoted phrase is reported speech, not a sneer, when its sentence has one of these.
_REPORTING_RE = re.compile(
    r"\b(?:said|says|saying|called|calls|described|describes|claimed|claims|recommended|recommends|recommend|"
    r"warned|warns|told|tells|wrote|writes|added|adds|according to|branded|dubbed|labelled|urged|argued|argues|"
    r"suggested|suggests|proposes|proposed|states|stated|promised|pledged|announced|announces|report|plan|"
    r"document|paper|proposals|strategy|guidance|review|survey|spokesperson|chair|minister|secretary|advised|advises|"
    r"admitted|admits|revealed|reveals|reported|reports|insisted|noted|notes|stressed|explained|asked|set out|"
    r"sets out|recommendations?|commitment|pledge|manifesto)\b",
    re.I,
)
_EXCLAIMS_RE = re.compile(r"!{2,}|\?!|!\?|\?{2,}")
_CAPS_RE = re.compile(r"\b[A-Z]{4,}\b")
_CAPS_OK = {
    "NHSE",
    "DHSC",
    "RCGP",
    "ARRS",
    "APMS",
    "QOF",
    "GPC",
    "CQC",
    "NICE",
    "COVID",
    "HMRC",
    "UKHSA",
    "LMC",
    "LMCS",
    "PCNS",
    "ANPS",
    "GMS",
    "PMS",
    "ICB",
    "ICBS",
    "ICS",
    "BMA",
    "PCN",
    "GP",
    "GPS",
    "NHS",
}

# Cue phrases, matched on the raw lower-case tokens (a trailing * matches a word prefix).  They come
# from the annotation guidelines and the registers of the labelled data, never from the real pages in
# ../shared/seeds: those are the stand-in for unseen text, and phrases lifted from them ("exciting
# future", "pity any", "work as well as" and a dozen more were, once) only flatter a check on them.
SARCASM_PHRASES = (
    "good luck with that",
    "what could possibly go wrong",
    "what could go wrong",
    "surprise surprise",
    "surprise , surprise",
    "who would have thought",
    "who would have guessed",
    "who could have guessed",
    "who'd have thought",
    "who knew",
    "pigs might fly",
    "pigs will fly",
    "yeah right",
    "yeah , right",
    "oh great",
    "oh good",
    "oh joy",
    "oh wonderful",
    "oh brilliant",
    "oh , great",
    "oh , good",
    "what a surprise",
    "what a shock",
    "i'm sure that will",
    "i'm sure it will",
    "i'm sure they will",
    "i am sure that will",
    "no doubt this will",
    "no doubt it will",
    "because that worked",
    "because that went",
    "that went well",
    "that worked well",
    "what's not to like",
    "sounds like a plan",
    "lol",
    "haha",
    "silly me",
    "shock horror",
    "another brilliant",
    "another great",
    "another fantastic",
    "genius idea",
    "brilliant idea",
    "great idea",
    "clearly the answer",
    "will fix everything",
    "fix everything",
    "solve everything",
    "magic money tree",
    "magic bullet",
    "magic wand",
    "out of a hat",
    "bingo",
    "in other news",
    "slow clap",
    "well done everyone",
    "hold the front page",
    "stop the press",
    "colour me shocked",
    "colour me surprised",
    "never saw that coming",
    "did not see that coming",
    "rocket science",
    "brave new world",
    "pull the other one",
    "tell that to",
    "try telling that to",
    "in theory",
    "on paper",
    "allegedly",
    "so-called",
    "so called",
    "laughable",
    "hilarious",
    "what a joke",
    "what a surprise",
    "how convenient",
    "funny that",
    "funny how",
    "strange that",
    "amazing how",
    "great stuff",
    "marvellous",
    "wonderful news",
    "nice to know",
    "how lovely",
    "because that always works",
    "what a time to be alive",
)
RESIGNED_PHRASES = (
    "thank god",
    "thank goodness",
    "thank heavens",
    "thank christ",
    "thank the lord",
    "thankfully i",
    "glad i'm out",
    "glad i am out",
    "glad to be out",
    "glad i retired",
    "glad i left",
    "glad i'm retiring",
    "i'll be retired",
    "i will be retired",
    "i'll be gone",
    "i'll be long gone",
    "i will be gone",
    "i'm retiring",
    "i am retiring",
    "i'm leaving",
    "i am leaving",
    "i'm out",
    "counting the days",
    "counting down",
    "get out while",
    "get out now",
    "last one out",
    "turn off the lights",
    "turn the lights off",
    "jump ship",
    "jumping ship",
    "handed in my notice",
    "hand in my notice",
    "off to australia",
    "off to new zealand",
    "off to canada",
    "moving to australia",
    "emigrat*",
    "not my problem",
    "early retirement",
    "retire early",
    "retiring early",
    "retired early",
    "can not wait to retire",
    "can not wait to leave",
    "what's the point",
    "why bother",
    "why do we bother",
    "why would anyone",
    "no wonder nobody",
    "no wonder no one",
    "i give up",
    "given up",
    "gave up",
    "so tired",
    "nothing will change",
    "nothing ever changes",
    "same old",
    "here we go again",
    "seen it all before",
    "heard it all before",
    "groundhog day",
    "not long now",
    "few more years",
    "can not come soon enough",
    "had enough",
    "i quit",
    "walk away",
    "walked away",
    "done with",
    "would not recommend",
    "would not choose",
    "glad i",
    "not long to go",
    "out of here",
)
REPORT_PHRASES = (
    "said",
    "says",
    "told",
    "added",
    "according to",
    "announced",
    "announces",
    "published",
    "reported",
    "confirmed",
    "stated",
    "explained",
    "warned",
    "revealed",
    "argued",
    "claimed",
    "figures show",
    "figures showed",
    "data show",
    "data showed",
    "survey found",
    "report found",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "will be published",
    "is expected to",
    "are expected to",
)

# Praise set phrases and the official voice promoting a policy (positive by the guidelines).
PRAISE_PHRASES = (
    "step in the right direction",
    "right direction",
    "long overdue",
    "good news",
    "well done",
    "credit where",
    "hats off",
    "fair play",
    "at last",
    "common sense",
    "breath of fresh air",
    "a real difference",
    "makes a difference",
    "made a difference",
    "game changer",
    "game-changer",
    "good to see",
    "great to see",
    "pleased to see",
    "glad to see",
    "delighted to",
    "proud of",
    "works well",
    "worked well",
    "working well",
)
OFFICIAL_PHRASES = (
    "we are committed",
    "we're committed",
    "we recognise",
    "we are investing",
    "we're investing",
    "we will continue",
    "we are determined",
    "we have listened",
    "we are delivering",
    "we're delivering",
    "we want to",
    "we will work",
    "we are working",
    "our plan",
    "we are backing",
    "we're backing",
    "record investment",
    "record number",
    "which is why we",
    "we have already",
    "we are supporting",
)
CRITIC_PHRASES = (
    "we would urge",
    "urge the",
    "urged the",
    "call on",
    "calls on",
    "called on",
    "must reconsider",
    "to reconsider",
    "risk destabilising",
    "deeply concerned",
    "gravely concerned",
    "seriously concerned",
    "damning",
    "crisis-hit",
    "crisis hit",
    "sticking plaster",
    "not enough",
    "too little",
    "too late",
    "not fit for purpose",
    "falls short",
    "fall short",
    "fell short",
    "no detail",
    "no details",
    "long road ahead",
    "long way to go",
    "a long way off",
    "remain to be convinced",
    "remains to be seen",
    "yet to be convinced",
    "not convinced",
    "far from clear",
    "cause for concern",
)
# Evaluative metaphors and idioms that carry a negative stance without a negative word ("storm
# clouds", "wither on the vine"); matched as the ``__critic__`` cue, so what the model learned for
# critical set phrases carries over to them.  Written from general English usage, not from any
# evaluation text.
METAPHOR_PHRASES = (
    "storm clouds",
    "perfect storm",
    "wither on the vine",
    "withering on the vine",
    "on its knees",
    "on their knees",
    "breaking point",
    "at the brink",
    "on the brink",
    "cliff edge",
    "ticking time bomb",
    "time bomb",
    "house of cards",
    "drop in the ocean",
    "tip of the iceberg",
    "papering over",
    "paper over the cracks",
    "rearranging the deckchairs",
    "deckchairs on the titanic",
    "death knell",
    "final nail",
    "nail in the coffin",
    "last straw",
    "straw that broke",
    "running on empty",
    "running on fumes",
    "held together with",
    "bursting at the seams",
    "stretched to breaking",
    "stretched to the limit",
    "stretched thin",
    "tightrope",
    "uphill battle",
    "uphill struggle",
    "an uphill",
    "firefighting",
    "fighting fires",
    "treading water",
    "sinking ship",
    "downward spiral",
    "vicious circle",
    "vicious cycle",
    "race to the bottom",
    "smoke and mirrors",
    "sleight of hand",
    "kicked into the long grass",
    "kick the can",
    "kicking the can",
    "band-aid",
    "plaster over",
    "pie in the sky",
    "empty promises",
    "empty words",
    "lip service",
    "hollow",
    "too little too late",
    "knee-jerk",
    "the writing is on the wall",
    "writing on the wall",
    "dead in the water",
    "grinding to a halt",
    "ground to a halt",
    "falling apart",
    "fall apart",
    "crumbling",
    "creaking",
    "at the end of its tether",
    "end of our tether",
    "at the mercy of",
)

NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "nothing",
        "nobody",
        "none",
        "neither",
        "nor",
        "hardly",
        "barely",
        "without",
        "nowhere",
        "lack",
        "lacking",
    }
)
SCOPE_END = frozenset({".", ",", ";", ":", "!", "?", "but", "however", "although", "though", "yet", "whereas"})
CONTRAST = frozenset({"but", "however", "although", "though", "yet", "whereas"})
PUNCT = frozenset({".", ",", ";", ":", "!", "?"})

# Irregular forms the fallback rule would get wrong when a word is missing from the lemma table.
_BASE_LEMMAS = {
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "being": "be",
    "am": "be",
    "'m": "be",
    "'re": "be",
    "has": "have",
    "had": "have",
    "'ve": "have",
    "does": "do",
    "did": "do",
    "done": "do",
    "'ll": "will",
    "gps": "gp",
    "pcns": "pcn",
    "anps": "anp",
    "icbs": "icb",
    "pas": "pa",
    "this": "this",
    "its": "its",
    "his": "his",
    "us": "us",
    "less": "less",
    "news": "news",
    "always": "always",
    "perhaps": "perhaps",
    "yes": "yes",
    "thus": "thus",
    "plus": "plus",
    "bus": "bus",
    "various": "various",
    "previous": "previous",
    "serious": "serious",
    "chambers": "chambers",
    "lots": "lot",
    "better": "better",
    "worse": "worse",
    "worst": "worst",
    "best": "best",
    "left": "leave",
    "paid": "pay",
    "went": "go",
    "gone": "go",
    "said": "say",
    "told": "tell",
    "took": "take",
    "taken": "take",
    "came": "come",
    "made": "make",
    "got": "get",
    "thought": "think",
    "felt": "feel",
    "kept": "keep",
    "lost": "lose",
    "people": "people",
    "children": "child",
    "men": "man",
    "women": "woman",
}


def _fallback_lemma(word: str) -> str:
    """Cheap lemma for a word the spaCy-built table has not seen: strip a plural ending."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "'s")):
        return word[:-1]
    return word


_SPLIT_KEYS = frozenset(_SPLIT_TOKENS)


def tokenize(text: str) -> list[str]:
    """Lower-case word, number and punctuation tokens, contractions expanded (``can't`` ->
    ``can not``); curly quotes and the ellipsis character are normalised first."""
    raw = _TOKEN_RE.findall(text.translate(_APOS).lower())
    if _SPLIT_KEYS.isdisjoint(raw):
        return raw
    out: list[str] = []
    for i, tok in enumerate(raw):
        split = _SPLIT_TOKENS.get(tok)
        if split is not None:
            out.extend(split)
        elif tok in _NT_STEMS and i + 1 < len(raw) and raw[i + 1] == "n't":
            out.append(_NT_STEMS[tok])
        else:
            out.append(tok)
    return out


def lemma_table(lemmas: dict[str, str] | None) -> dict[str, str]:
    """The look-up table :func:`lemmatize` uses: the built-in irregular forms overlaid with
    the spaCy-built table.  A fresh dict: :func:`lemmatize` adds the words it had to guess, so
    one table serves a whole batch quickly (and is thrown away with it)."""
    table = dict(_BASE_LEMMAS)
    if lemmas:
        table.update(lemmas)
    return table


def lemmatize(tokens: Iterable[str], table: dict[str, str] | None) -> list[str]:
    """Lemmas by table look-up; numbers become ``__num__``; unseen words lose a plural ending.
    ``table``: from :func:`lemma_table` (guesses are added to it)."""
    if table is None:
        table = lemma_table(None)
    out = []
    get = table.get
    for tok in tokens:
        lem = get(tok)
        if lem is None:
            lem = "__num__" if tok[0].isdigit() else _fallback_lemma(tok)
            table[tok] = lem
        out.append(lem)
    return out


PhraseIndex = dict[str, list[tuple[int, tuple[str, ...], bool]]]


def index_phrases(
    groups: list[list[str]], lemmas: dict[str, str] | None = None, *, lemmatise: bool = True
) -> PhraseIndex:
    """Index phrases by their first token: ``{first: [(group index, tokens, prefix)]}``.

    Phrases go through the same tokenizer (and, with ``lemmatise``, the same lemma table) as the
    text, so "primary care network" matches "primary care networks"; a trailing ``*`` makes the
    last token a prefix (single-token prefixes are keyed on their first three letters).
    """
    index: PhraseIndex = {}
    table = lemma_table(lemmas)
    for gi, phrases in enumerate(groups):
        for phrase in phrases:
            prefix = phrase.endswith("*")
            raw = tokenize(phrase.rstrip("*"))
            if not raw:
                continue
            body = raw[:-1] if prefix else raw
            toks = tuple(lemmatize(body, table) if lemmatise else body) + (tuple(raw[-1:]) if prefix else ())
            if prefix and len(toks) == 1:
                index.setdefault("*" + toks[0][:3], []).append((gi, toks, True))
                index.setdefault("*", set()).add(toks[0][:3])
            else:
                index.setdefault(toks[0], []).append((gi, toks, prefix))
    return index


def count_phrases(tokens: list[str], index: PhraseIndex, n_groups: int) -> list[int]:
    """How many phrase matches of each group occur in a token list."""
    counts = [0] * n_groups
    prefixes = index.get("*", ())  # the three-letter keys of single-word prefix patterns
    if prefixes:
        starts = [i for i, tok in enumerate(tokens) if tok in index or tok[:3] in prefixes]
    else:
        starts = [i for i, tok in enumerate(tokens) if tok in index]
    if not starts:
        return counts
    n = len(tokens)
    get = index.get
    for i in starts:
        tok = tokens[i]
        cands = get(tok) or ()
        head = tok[:3]
        if head in prefixes:
            cands = [*cands, *get("*" + head, ())]
        for gi, toks, prefix in cands:
            k = len(toks)
            if k == 1:
                if not prefix or tok.startswith(toks[0]):
                    counts[gi] += 1
            elif i + k <= n:
                if prefix:
                    if tuple(tokens[i : i + k - 1]) == toks[:-1] and tokens[i + k - 1].startswith(toks[-1]):
                        counts[gi] += 1
                elif tuple(tokens[i : i + k]) == toks:
                    counts[gi] += 1
    return counts


_CUE_NAMES = ("__sarcasm__", "__resigned__", "__report__", "__praise__", "__official__", "__critic__")
_CUE_INDEX = index_phrases(
    [
        list(SARCASM_PHRASES),
        list(RESIGNED_PHRASES),
        list(REPORT_PHRASES),
        list(PRAISE_PHRASES),
        list(OFFICIAL_PHRASES),
        list(CRITIC_PHRASES) + list(METAPHOR_PHRASES),
    ],
    lemmatise=False,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The rest of the sentence around ``text[start:end]`` (the quoted phrase itself left out)."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    right = min((k for k in (text.find(ch, end) for ch in ".!?\n") if k != -1), default=len(text))
    return text[left:start] + " " + text[end:right]


def cue_tokens(text: str, tokens: list[str] | None = None) -> list[str]:
    """Special tokens for sarcasm, resignation, reporting and emphasis cues.  ``tokens``: the
    text's :func:`tokenize` output when the caller already has it."""
    cues: list[str] = []
    for m in _SCARE_RE.finditer(text):
        if len(m.group(1).split()) <= 6:
            cues.append(
                "__quoted__" if _REPORTING_RE.search(_sentence_around(text, m.start(), m.end())) else "__scare__"
            )
    if "..." in text or "\u2026" in text:
        cues.append("__ellipsis__")
    if ("!" in text or "?" in text) and _EXCLAIMS_RE.search(text):
        cues.append("__exclaims__")
    if any(w not in _CAPS_OK for w in _CAPS_RE.findall(text)):
        cues.append("__caps__")
    counts = count_phrases(tokenize(text) if tokens is None else tokens, _CUE_INDEX, len(_CUE_NAMES))
    for name, c in zip(_CUE_NAMES, counts):
        if name == "__report__":
            c = min(c, 1)
        cues.extend([name] * c)
    return cues


# Two-word negators: "far from satisfied", "anything but clear", "by no means" (``no`` already is one).
_NEGATOR_PAIRS = frozenset(
    {
        ("far", "from"),
        ("anything", "but"),
        ("less", "than"),
        ("fail", "to"),
        ("failed", "to"),
        ("fails", "to"),
        ("lack", "of"),
        ("short", "of"),
    }
)
# A sentence that opens with a concession ("While we welcome X, it will not ..."; "Although ...,")
# carries its stance in the clause after the comma: the contrast mark goes there, not on the
# concessive word itself.
CONCESSIVE = frozenset({"while", "whilst", "although", "though", "despite", "notwithstanding"})
SENTENCE_END = frozenset({".", "!", "?", ";", ":"})


def mark_negation(tokens: list[str]) -> list[str]:
    """Prefix ``NOT_`` to the words in a negator's scope (up to punctuation or a contrast word)
    and add ``__but__`` where the clause that carries the stance starts: after a contrast word
    ("..., but it is unworkable"), or after the comma that closes a sentence-initial concession
    ("While the money is welcome, it will not touch the sides")."""
    out = []
    in_scope = False
    conceding = False
    prev = None
    for tok in tokens:
        if (prev, tok) in _NEGATOR_PAIRS:
            in_scope = True
            out.append(tok)
        elif tok in CONCESSIVE and (
            prev is None
            or prev in SENTENCE_END
            or (
                prev in ("but", "and", "yet") and (len(out) < 3 or out[-2] in SENTENCE_END or out[-3:-1] == [".", prev])
            )
        ):
            conceding = True
            in_scope = False
            out.append(tok)
        elif tok in SCOPE_END:
            in_scope = False
            out.append(tok)
            if conceding and tok == ",":
                conceding = False
                out.append("__but__")
            elif tok in SENTENCE_END:
                conceding = False
            elif tok in CONTRAST and not conceding:
                out.append("__but__")
        elif tok in NEGATORS:
            in_scope = True
            out.append(tok)
        elif in_scope and not tok.startswith("__"):
            out.append("NOT_" + tok)
        else:
            out.append(tok)
        prev = tok
    return out


# Outlet names that contain a codebook word in another sense ("told GP Online" is not about online
# services): matched with their capitals, so "GP online services" is untouched, and joined into
# one word before tokenizing (issue 13).
_OUTLET_RE = re.compile(r"\bGP Online\b")


def normalise(
    text: str,
    lemmas: dict[str, str] | None = None,
    negation: bool = True,
    cues: bool = True,
    *,
    table: dict[str, str] | None = None,
) -> str:
    """One text as a normalised token string (see the module docstring).  ``table``: a
    :func:`lemma_table` to reuse across a batch (else one is built from ``lemmas``)."""
    if "GP Online" in text:
        text = _OUTLET_RE.sub("GPonline", text)
    raw = tokenize(text)
    tokens = lemmatize(raw, table if table is not None else lemma_table(lemmas)) if raw else []
    if negation:
        tokens = mark_negation(tokens)
    if cues:
        tokens.extend(cue_tokens(text, raw))
    return " ".join(tokens)


def build_lemma_map(texts: Iterable[str], nlp=None, batch_size: int = 256) -> dict[str, str]:
    """``{lower-case form: lemma}`` from spaCy's lemmatizer over ``texts`` (training time only).

    A form seen with several lemmas keeps its most frequent one; plural nouns whose spaCy lemma
    is unchanged (``GPs``) lose their plural ending.
    """
    if nlp is None:
        from nlp.model import load_model

        nlp = load_model(disable=("parser", "ner"))
    counts: dict[str, Counter] = {}
    prepared = (t.translate(_APOS) for t in texts)
    with nlp.select_pipes(
        enable=[p for p in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer") if p in nlp.pipe_names]
    ):
        for doc in nlp.pipe(prepared, batch_size=batch_size):
            for tok in doc:
                if not tok.is_alpha:
                    continue
                form = tok.lower_
                lemma = tok.lemma_.lower() or form
                if lemma == form and tok.tag_ in ("NNS", "NNPS") and form.endswith("s") and len(form) > 3:
                    lemma = _fallback_lemma(form)
                if lemma == "-pron-":
                    lemma = form
                counts.setdefault(form, Counter())[lemma] += 1
    out = {form: c.most_common(1)[0][0] for form, c in counts.items()}
    out.update({k: v for k, v in _BASE_LEMMAS.items() if k in ("gps", "pcns", "anps", "icbs", "pas")})
    return out


class Normaliser(BaseEstimator, TransformerMixin):
    """Raw texts -> normalised token strings (lemmas, ``NOT_`` negation scope, cue tokens)."""

    def __init__(self, lemmas: dict[str, str] | None = None, negation: bool = True, cues: bool = True):
        self.lemmas = lemmas
        self.negation = negation
        self.cues = cues

    def fit(self, X, y=None):
        return self

    def __sklearn_is_fitted__(self) -> bool:  # stateless
        return True

    def transform(self, X) -> list[str]:
        table, negation, cues = lemma_table(self.lemmas), self.negation, self.cues
        return [NormalisedText(normalise(t or "", None, negation, cues, table=table), t or "") for t in X]


class NormalisedText(str):
    """A normalised text (what every block reads) that keeps the text it came from in ``raw``,
    for a block that reads the original (:func:`raw_char_ngrams`)."""

    raw: str

    def __new__(cls, normalised: str, raw: str):
        obj = super().__new__(cls, normalised)
        obj.raw = raw
        return obj

    def __reduce__(self):
        return NormalisedText, (str(self), self.raw)


_RAW_CHARS = None


def raw_char_ngrams(doc: str) -> list[str]:
    """Analyzer: character 2-5-grams within word boundaries of the lower-cased original text
    (``doc.raw`` of a :class:`NormalisedText`; a plain string is read as it is): the
    inflections, spellings and punctuation runs that lemmas and normalisation remove."""
    global _RAW_CHARS
    if _RAW_CHARS is None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        _RAW_CHARS = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True).build_analyzer()
    return _RAW_CHARS(getattr(doc, "raw", doc))


def plain_ngrams(doc: str) -> list[str]:
    """Analyzer: word uni- and bigrams with the ``NOT_`` marks removed and cue tokens kept as
    unigrams.  Topic words keep their identity inside a negation scope ("not enough GPs" still
    says "gp"); the negated forms are counted separately by :func:`negated_words`."""
    toks = [t[4:] if t.startswith("NOT_") else t for t in doc.split()]
    words = [t for t in toks if not t.startswith("__")]
    out = toks[:]
    out.extend(f"{a} {b}" for a, b in zip(words, words[1:]))
    return out


def negated_words(doc: str) -> list[str]:
    """Analyzer: only the words inside a negation scope, ``NOT_`` kept (``NOT_good``)."""
    return [t for t in doc.split() if t.startswith("NOT_")]


def word_prefixes(doc: str) -> list[str]:
    """Analyzer for a TfidfVectorizer: the first five letters of every longer word (``NOT_``
    kept), a cheap stand-in for character n-grams that generalises over inflections and
    compounds the lemma table has not seen (``demoralis-``, ``privatis-``)."""
    out = []
    for tok in doc.split():
        if tok.startswith("NOT_"):
            if len(tok) > 10:
                out.append(tok[:9])
        elif len(tok) > 6 and not tok.startswith("__"):
            out.append(tok[:5])
    return out


def binary_l2(X):
    """The binary view of a feature matrix: every non-zero set to 1, rows scaled to unit length.
    The theme models average a classifier on this view with one on the TF-IDF view."""
    from sklearn.preprocessing import normalize

    Xb = sparse.csr_matrix(X, copy=True)
    Xb.data = np.ones_like(Xb.data)
    return normalize(Xb)


# --------------------------------------------------------------------------- lexicon

# A small hand-written lexicon of lemmas for the registers of this debate: GP commenters, trade
# press news and official statements.  Words that are neutral in news ("pressure", "demand")
# are left out; the models learn those from data.
NEGATIVE_WORDS = frozenset(
    """
abandon abolish absurd abuse alarm alarming anger angry appal appalling appalled arrogant atrocious awful
bad badly betray betrayal bitter blame bleak bloody broke broken brutal bullshit bully burden burnout
catastrophe catastrophic chaos chaotic cheat collapse concern concerned condemn contempt con cowardly
crap crazy crisis critical criticise criticism cruel cut damage damaging danger dangerous dead decline
deceive deceit deficit degrade delusion delusional demoralise demoralised demoralising deny deplorable
depress depressed depressing desert despair desperate desperately destroy destruction deteriorate
devastate devastating die dire disappoint disappointed disappointing disappointment disaster disastrous
disgrace disgraceful disgust disgusting dishonest dismal dismantle dismay dreadful drown drowning dump
embarrassing endanger erode erosion exhaust exhausted exhausting exodus exploit fail failing failure
fake farce farcical fear fed flaw flawed fool foolish fraud frustrate frustrated frustrating frustration
furious futile gimmick grim harm harmful hate hopeless horrendous horrible horrific hostile humiliate
hypocrisy hypocrite hypocritical idiot idiotic ignorance ignorant ignore ill illusion impossible inadequate
incompetence incompetent insane insult insulting intolerable joke ludicrous lie liar lose loss mad mess
misery misguided mislead misleading mock mockery naive nightmare nonsense obscene offensive outrage
outrageous overstretch overstretched overwhelm overwhelmed overwhelming overwork overworked pathetic
patronise patronising pity plummet pointless poor poorly problem propaganda punish punitive quit rage
reckless regret ridiculous rip risk risky rob rot rotten ruin ruined sad scandal scandalous scapegoat
scare scared scrap shambles shame shameful shock shocking short shortage shortfall sick sink slash smoke
spin squeeze stark starve stupid stupidity struggle struggling suffer suffering surrender tax terrible
threat threaten tire tired toxic tragedy tragic trash trouble unacceptable unaffordable unclear underfund
underfunded underfunding undermine unfair unfortunately unhappy unrealistic unsafe unsustainable
untenable unwell unworkable upset useless vanish waste weary woeful worry worried worrying worse worsen
worst worthless wreck wrong
rubbish crap turd tosh drivel twaddle waffle fantasy fairytale unicorn clueless muppet clown moron cynical
wishful dubious questionable sceptical skeptical doubt despondent jaded cynic haemorrhage bleed flee fleeing
sinking titanic deckchair plaster tokenistic tokenism gimmicky dumping dumped offload cheap cheaper
cost-cutting asset-strip vulture gravy lip micromanage bureaucrat apparatchik unregulated unproven unaccountable
unworkable unfunded unachievable untrue nonsensical laughable pitiful shoddy sloppy chaotic broken grim
resent resentment bitter bitterness exploited undervalued unvalued unappreciated thankless miserable
damning destabilise destabilising reconsider gaping shortfall
""".split()
)

POSITIVE_WORDS = frozenset(
    """
achieve achievement admire advantage appreciate appreciated benefit best better boost brilliant
celebrate champion commend commendable confident congratulate constructive delight delighted deliver
effective efficient empower encourage encouraged encouraging enjoy enthusiasm enthusiastic excellent
excite excited exciting fantastic fair flexible flourish fortunate fresh fun generous glad good grateful
great happy helpful hope hopeful ideal impress impressed impressive improve improved improvement innovative
inspire inspiring invaluable love lucky marvellous modernise welcome welcomed nice opportunity optimism
optimistic outstanding passion passionate perfect pleased pleasing positive praise progress promising
proud reassure reassured reassuring recommend relief relieved reward rewarding robust safe satisfied
secure sensible smart solution solve stable strength strengthen strong succeed success successful superb
support supportive sustainable terrific thank thankful thrilled thrive transform trust value valued
victory vital wonderful worthwhile
kudos bravo heartening refreshing privilege thriving flourishing landmark milestone overdue agree agreed
well-deserved deserved sensible pragmatic workable reasonable fulfilling fulfilled enjoyable energised
valuable grateful gratitude appreciation commendation win winning breakthrough upbeat buoyant
""".split()
)

_LEX_NAMES = (
    "pos",
    "neg",
    "pos_negated",
    "neg_negated",
    "pos_after_but",
    "neg_after_but",
    "net",
    "pos_with_cue",
    "cues",
    "exclaim",
    "question",
    "length",
)


class LexiconFeatures(BaseEstimator, TransformerMixin):
    """Dense lexicon and cue counts from normalised token strings (log-scaled).

    ``length``: add a unit-length column (off by default: it learned that long units are
    positive, as our official statements are long, and pushed long real paragraphs positive).

    Negated positive words count as negative evidence and vice versa; the clause after the last
    contrast word is counted separately ("good idea in theory but unworkable" leans negative);
    a positive word in a unit that also carries a sarcasm cue gets its own column, because that
    combination is how sarcasm usually reads ("Great stuff, another reorganisation").
    """

    def __init__(self, scale: float = 0.5, length: bool = False):
        self.scale = scale
        self.length = length

    def fit(self, X, y=None):
        return self

    def __sklearn_is_fitted__(self) -> bool:  # stateless
        return True

    def get_feature_names_out(self, input_features=None):
        names = _LEX_NAMES if self.length else _LEX_NAMES[:-1]
        return np.array([f"lex_{n}" for n in names], dtype=object)

    def transform(self, X):
        rows = np.zeros((len(X), len(_LEX_NAMES)), dtype=np.float64)
        pos_set, neg_set = POSITIVE_WORDS, NEGATIVE_WORDS
        for i, doc in enumerate(X):
            toks = doc.split()
            pos = neg = posn = negn = pab = nab = cues = excl = ques = 0
            after_but = False
            for tok in toks:
                if tok == "__but__":
                    after_but = True
                    pab = nab = 0
                    continue
                if tok.startswith("NOT_"):
                    w = tok[4:]
                    if w in pos_set:
                        posn += 1
                    elif w in neg_set:
                        negn += 1
                    continue
                if tok in pos_set:
                    pos += 1
                    if after_but:
                        pab += 1
                elif tok in neg_set:
                    neg += 1
                    if after_but:
                        nab += 1
                elif tok in ("__sarcasm__", "__scare__", "__ellipsis__", "__resigned__", "__exclaims__"):
                    cues += 1
                elif tok == "!":
                    excl += 1
                elif tok == "?":
                    ques += 1
            net = (pos + negn) - (neg + posn)
            rows[i] = (pos, neg, posn, negn, pab, nab, net, pos if cues else 0, cues, excl, ques, len(toks) / 20.0)
        out = np.sign(rows) * np.log1p(np.abs(rows)) * self.scale
        if not self.length:
            out = out[:, :-1]
        return sparse.csr_matrix(out)


# --------------------------------------------------------------------------- codebook patterns


def compile_patterns(patterns: dict[str, list[str]], lemmas: dict[str, str] | None = None) -> PhraseIndex:
    """Index the codebook's lemma-phrase patterns (one group per theme, in codebook order)."""
    return index_phrases([list(p) for p in patterns.values()], lemmas)


def pattern_counts(tokens: list[str], index: PhraseIndex, n_themes: int) -> list[int]:
    return count_phrases(tokens, index, n_themes)


class PatternHits(BaseEstimator, TransformerMixin):
    """Per-theme counts (log-scaled) of the codebook's seed patterns in normalised token strings."""

    def __init__(
        self, patterns: dict[str, list[str]] | None = None, lemmas: dict[str, str] | None = None, scale: float = 0.5
    ):
        self.patterns = patterns
        self.lemmas = lemmas
        self.scale = scale

    def fit(self, X, y=None):
        self.index_ = compile_patterns(self.patterns or {}, self.lemmas)
        self.n_themes_ = len(self.patterns or {})
        return self

    def get_feature_names_out(self, input_features=None):
        return np.array([f"pattern_{t}" for t in (self.patterns or {})], dtype=object)

    def counts(self, X) -> np.ndarray:
        out = np.zeros((len(X), self.n_themes_), dtype=np.float64)
        if not self.n_themes_:
            return out
        for i, doc in enumerate(X):
            toks = [t[4:] if t.startswith("NOT_") else t for t in doc.split() if not t.startswith("__")]
            out[i] = pattern_counts(toks, self.index_, self.n_themes_)
        return out

    def transform(self, X):
        return sparse.csr_matrix(np.log1p(self.counts(X)) * self.scale)


# --------------------------------------------------------------------------- general lexicon


def vader_valences() -> dict[str, float]:
    """Word valences (-4..4) from the lexicon file that the ``vaderSentiment`` package ships
    (single words only; emoticons and multi-word entries left out).  Read at training time; the
    fitted :class:`GeneralLexicon` keeps the table, so prediction does not need the package."""
    from importlib import resources

    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


_GEN_NAMES = ("pos", "neg", "pos_negated", "neg_negated", "pos_after_but", "neg_after_but", "mean")


class _ValenceWords(BaseEstimator, TransformerMixin):
    """The parameters both word-valence blocks take (:class:`GeneralLexicon`, :class:`ClauseLexicon`)."""

    def __init__(
        self, valences: dict[str, float] | None = None, lemmas: dict[str, str] | None = None, scale: float = 0.5
    ):
        self.valences = valences
        self.lemmas = lemmas
        self.scale = scale


class GeneralLexicon(_ValenceWords):
    """A general-purpose valence lexicon (VADER's word list, 7,000 words rated by people) over
    normalised token strings: the summed positive and negative valence, the same inside a
    negation scope (flipped), after the last contrast mark, and the mean valence per word.  It
    gives the sentiment model word polarity for the many evaluative words our labelled units
    never use ("tumultuous", "greed", "dwindling"), which it otherwise has to treat as unknown.

    ``valences``: ``{word: valence}``; None reads VADER's table at ``fit`` time.  The words are
    looked up both as written and through the model's lemma table (``lemmas``)."""

    def fit(self, X, y=None):
        table = self.valences if self.valences is not None else vader_valences()
        lem = lemma_table(self.lemmas)
        by_lemma: dict[str, list[float]] = {}
        for word, v in table.items():
            by_lemma.setdefault(lem.get(word, word), []).append(v)
        merged = {w: float(np.mean(vs)) for w, vs in by_lemma.items()}
        merged.update(table)  # a form rated in its own right keeps its own rating
        self.valence_ = merged
        return self

    def get_feature_names_out(self, input_features=None):
        return np.array([f"gen_{n}" for n in _GEN_NAMES], dtype=object)

    def transform(self, X):
        val = self.valence_
        rows = np.zeros((len(X), len(_GEN_NAMES)), dtype=np.float64)
        for i, doc in enumerate(X):
            pos = neg = posn = negn = pab = nab = 0.0
            words = 0
            for tok in doc.split():
                if tok == "__but__":
                    pab = nab = 0.0
                    continue
                if tok.startswith("__"):
                    continue
                words += 1
                negated = tok.startswith("NOT_")
                v = val.get(tok[4:] if negated else tok)
                if v is None:
                    continue
                if negated:
                    if v > 0:
                        posn += v
                    else:
                        negn -= v
                elif v > 0:
                    pos += v
                    pab += v
                else:
                    neg -= v
                    nab -= v
            mean = ((pos + negn) - (neg + posn)) / max(words, 1) * 10
            rows[i] = (pos, neg, posn, negn, pab, nab, mean)
        out = np.sign(rows) * np.log1p(np.abs(rows)) * self.scale
        return sparse.csr_matrix(out)


# --------------------------------------------------------------------------- clause-level stance

_CLAUSE_END = frozenset({".", "!", "?", ";", "__but__"})
_CLAUSE_NAMES = ("most_negative", "most_positive", "first", "last", "negative_share", "positive_share")


class ClauseLexicon(_ValenceWords):
    """Where in a unit its evaluation sits, from the same rated word list as
    :class:`GeneralLexicon`: the unit is cut into clauses at sentence ends, semicolons and the
    contrast mark ``__but__`` (so a concession and the clause that carries the stance are apart),
    and each clause gets a net valence (words inside a negation scope flipped).  Columns: the
    most negative and the most positive clause, the first and the last clause, and the share of
    clauses that lean each way.

    Why: a whole-unit sum lets a long paragraph's neutral or mildly positive clauses outvote the
    one clause that carries the stance ("The network has grown, it has hired staff, it has new
    premises. None of it has reached the patients."), which is how long real paragraphs drifted
    positive.  ``valences``: ``{word: valence}``; None reads VADER's table at ``fit`` time (kept
    in the model, as for :class:`GeneralLexicon`)."""

    def fit(self, X, y=None):
        gen = GeneralLexicon(valences=self.valences, lemmas=self.lemmas).fit(X)
        self.valence_ = gen.valence_
        return self

    def get_feature_names_out(self, input_features=None):
        return np.array([f"clause_{n}" for n in _CLAUSE_NAMES], dtype=object)

    @staticmethod
    def clause_valences(doc: str, val: dict[str, float]) -> list[float]:
        """The net valence of each clause of a normalised token string (clauses without a rated
        word count as 0; empty clauses are dropped)."""
        out: list[float] = []
        net, words = 0.0, 0
        for tok in doc.split():
            if tok in _CLAUSE_END:
                if words:
                    out.append(net)
                net, words = 0.0, 0
                continue
            if tok.startswith("__"):
                continue
            words += 1
            if tok.startswith("NOT_"):
                v = val.get(tok[4:])
                if v is not None:
                    net -= v
            else:
                v = val.get(tok)
                if v is not None:
                    net += v
        if words:
            out.append(net)
        return out

    def transform(self, X):
        val = self.valence_
        rows = np.zeros((len(X), len(_CLAUSE_NAMES)), dtype=np.float64)
        for i, doc in enumerate(X):
            nets = self.clause_valences(doc, val)
            if not nets:
                continue
            n = len(nets)
            rows[i] = (
                max(0.0, -min(nets)),
                max(0.0, max(nets)),
                nets[0],
                nets[-1],
                sum(1 for v in nets if v < -0.5) / n * 2,
                sum(1 for v in nets if v > 0.5) / n * 2,
            )
        out = np.sign(rows) * np.log1p(np.abs(rows)) * self.scale
        return sparse.csr_matrix(out)
