"""Features for the theme and sentiment models, as scikit-learn transformers.

The inference path must be cheap (100,000 units in well under a minute on two cores), so no
unit is parsed by spaCy at prediction time.  spaCy is used once, at training time, to build a
lemma table (:func:`build_lemma_map`) from the training texts and the codebook; the table is an
ordinary constructor parameter of :class:`Normaliser`, stored in the model artefact, and
prediction is a regular-expression tokenizer plus dictionary look-ups.

:class:`Normaliser` turns raw text into a space-separated token string:

* lower-cased lemmas (spaCy's lemma table, then a plural-stripping fallback for unseen words);
  numbers become ``__num__``; contractions are expanded (``don't`` -> ``do not``);
* negation scope: every word after a negator (not, no, never, nothing, without ...) up to the
  next punctuation mark or "but" is prefixed ``NOT_`` (``not good`` -> ``not NOT_good``);
* cue tokens for the registers that fool general-purpose lexicons: scare quotes around a short
  phrase (``__scare__``), ellipses (``__ellipsis__``), repeated exclamation marks
  (``__exclaims__``), shouting (``__caps__``), set sarcastic phrases (``__sarcasm__``: "good luck
  with that", "what could possibly go wrong"), resignation (``__resigned__``: "thank god I'll be
  retired", "counting the days", "get out while you can"), reported speech (``__report__``:
  "said", "according to") and a contrast marker (``__but__``).

Downstream transformers take those token strings: :class:`LexiconFeatures` (a small hand-written
sentiment lexicon with negation flipping, counted over the whole unit and over the clause after
the last "but"), and :class:`PatternHits` (the codebook's seed patterns, matched on lemmas).
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

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_CONTRACTIONS = [
    (re.compile(r"\bcan'?t\b|\bcannot\b", re.I), "can not"),
    (re.compile(r"\bwon'?t\b", re.I), "will not"),
    (re.compile(r"\bshan'?t\b", re.I), "shall not"),
    (re.compile(r"\b(\w+)n't\b", re.I), r"\1 not"),
    (re.compile(r"\b(is|are|was|were|do|does|did|has|have|had|could|would|should|must|need)nt\b", re.I),
     r"\1 not"),
]
_TOKEN_RE = re.compile(r"\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|am|pm|k|m|bn|%)?|[a-z]+(?:&[a-z]+)?|'[a-z]+|[£$€]|[.!?;:,]")
_SCARE_RE = re.compile(r"(?:^|[\s(])[\"'\u201c\u2018]([^\"'\u201c\u201d\u2018\u2019\n]{1,40}?)[\"'\u201d\u2019](?=[\s.,;:!?)]|$)")
_ELLIPSIS_RE = re.compile(r"\.\.\.+|\u2026")
_EXCLAIMS_RE = re.compile(r"!{2,}|\?!|!\?|\?{2,}")
_CAPS_RE = re.compile(r"\b[A-Z]{4,}\b")
_CAPS_OK = {"NHSE", "DHSC", "RCGP", "ARRS", "APMS", "QOF", "GPC", "CQC", "NICE", "COVID", "HMRC", "UKHSA", "LMC",
            "LMCS", "PCNS", "ANPS", "GMS", "PMS", "ICB", "ICBS", "ICS", "BMA", "PCN", "GP", "GPS", "NHS"}
_SARCASM_RE = re.compile(
    r"good luck with that|what could (?:possibly )?go wrong|surprise,? surprise|who (?:would|could) have (?:thought|guessed)"
    r"|who knew|pigs (?:might|will) fly|yeah,? right|oh,? (?:great|good|joy|wonderful|brilliant)|what a surprise"
    r"|i'?m sure (?:that|it|they|this) will|no doubt (?:this|it|they) will|because that worked|that went well"
    r"|as well as (?:the|it|they) (?:did|does|do)|works? as well as|what'?s not to like|sounds? like a plan"
    r"|can'?t wait\b(?! to retire)|\blol\b|\bha,? ?ha\b|\bjoke\b|\bsilly me\b|\bshock,? horror\b|another brilliant"
    r"|genius idea|brilliant idea|great idea|clearly (?:the|a) (?:answer|solution)|will fix everything"
    r"|magic (?:money|bullet|wand)|rabbit (?:out of|from) (?:a|the) hat|\bbingo\b|in other news|\bnot\b\.? ?$",
    re.I,
)
_RESIGNED_RE = re.compile(
    r"thank (?:god|goodness|heavens|christ|the lord)|glad (?:i'?m|i am|to be) (?:out|retir|leav|gone|going)"
    r"|(?:i'?ll|i will|i'?m|i am) (?:be )?(?:retired|retiring|gone|leaving|out)|counting (?:down )?the days"
    r"|get out while|last one out|turn (?:off )?the lights|jump(?:ing|ed)? ship|handed in my notice"
    r"|(?:off|moving|emigrat\w*|going) to (?:australia|new zealand|canada|dubai)|not my problem any ?more"
    r"|(?:took|taking|take) (?:early )?retirement|(?:retire|retired|retiring) early|early retirement"
    r"|can'?t wait to (?:retire|leave|go)|(?:will|i'?ll) (?:not|never) be (?:here|around)|what'?s the point"
    r"|why (?:do|would) (?:we|i|anyone) bother|no wonder (?:no one|nobody|gps|doctors)|i give up|given up"
    r"|(?:so|just) tired|nothing will change|same old|here we go again|seen it all before|heard it all before",
    re.I,
)
_REPORT_RE = re.compile(
    r"\b(?:said|says|say|told|added|according to|announced|announces|published|reported|confirmed|stated"
    r"|explained|warned|revealed|argued|claimed|figures show|data show|survey (?:found|showed))\b",
    re.I,
)

NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "hardly", "barely",
                      "without", "nowhere", "lack", "lacking"})
SCOPE_END = frozenset({".", ",", ";", ":", "!", "?", "but", "however", "although", "though", "yet", "whereas"})
CONTRAST = frozenset({"but", "however", "although", "though", "yet", "whereas"})
PUNCT = frozenset({".", ",", ";", ":", "!", "?"})

# Irregular forms the fallback rule would get wrong when a word is missing from the lemma table.
_BASE_LEMMAS = {
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be", "'m": "be",
    "'re": "be", "has": "have", "had": "have", "'ve": "have", "does": "do", "did": "do", "done": "do",
    "'ll": "will", "gps": "gp", "pcns": "pcn", "anps": "anp", "icbs": "icb", "pas": "pa", "this": "this",
    "its": "its", "his": "his", "us": "us", "less": "less", "news": "news", "always": "always",
    "perhaps": "perhaps", "yes": "yes", "thus": "thus", "plus": "plus", "bus": "bus", "various": "various",
    "previous": "previous", "serious": "serious", "chambers": "chambers", "lots": "lot", "better": "better",
    "worse": "worse", "worst": "worst", "best": "best", "left": "leave", "paid": "pay", "went": "go",
    "gone": "go", "said": "say", "told": "tell", "took": "take", "taken": "take", "came": "come",
    "made": "make", "got": "get", "thought": "think", "felt": "feel", "kept": "keep", "lost": "lose",
    "people": "people", "children": "child", "men": "man", "women": "woman",
}


def _fallback_lemma(word: str) -> str:
    """Cheap lemma for a word the spaCy-built table has not seen: strip a plural ending."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "'s")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Lower-case word, number and punctuation tokens (contractions expanded)."""
    text = text.translate(_APOS)
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    return _TOKEN_RE.findall(text.lower())


def lemmatize(tokens: Iterable[str], lemmas: dict[str, str] | None) -> list[str]:
    lemmas = lemmas or {}
    out = []
    for tok in tokens:
        if tok[0].isdigit():
            out.append("__num__")
            continue
        lem = lemmas.get(tok)
        if lem is None:
            lem = _BASE_LEMMAS.get(tok)
            if lem is None:
                lem = _fallback_lemma(tok)
        out.append(lem)
    return out


def cue_tokens(text: str) -> list[str]:
    """Special tokens for sarcasm, resignation, reporting and emphasis cues found in the raw text."""
    cues: list[str] = []
    for m in _SCARE_RE.finditer(text):
        if len(m.group(1).split()) <= 4:
            cues.append("__scare__")
    if _ELLIPSIS_RE.search(text):
        cues.append("__ellipsis__")
    if _EXCLAIMS_RE.search(text):
        cues.append("__exclaims__")
    if any(w not in _CAPS_OK for w in _CAPS_RE.findall(text)):
        cues.append("__caps__")
    cues.extend("__sarcasm__" for _ in _SARCASM_RE.finditer(text))
    cues.extend("__resigned__" for _ in _RESIGNED_RE.finditer(text))
    if _REPORT_RE.search(text):
        cues.append("__report__")
    return cues


def mark_negation(tokens: list[str]) -> list[str]:
    """Prefix ``NOT_`` to the words in a negator's scope (up to punctuation or a contrast word)."""
    out = []
    in_scope = False
    for tok in tokens:
        if tok in SCOPE_END:
            in_scope = False
            out.append(tok)
            if tok in CONTRAST:
                out.append("__but__")
        elif tok in NEGATORS:
            in_scope = True
            out.append(tok)
        elif in_scope and not tok.startswith("__"):
            out.append("NOT_" + tok)
        else:
            out.append(tok)
    return out


def normalise(text: str, lemmas: dict[str, str] | None = None, negation: bool = True, cues: bool = True) -> str:
    tokens = lemmatize(tokenize(text), lemmas)
    if negation:
        tokens = mark_negation(tokens)
    if cues:
        tokens.extend(cue_tokens(text))
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
    with nlp.select_pipes(enable=[p for p in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
                                  if p in nlp.pipe_names]):
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
        lemmas, negation, cues = self.lemmas, self.negation, self.cues
        return [normalise(t or "", lemmas, negation, cues) for t in X]


# --------------------------------------------------------------------------- lexicon

# A small hand-written lexicon of lemmas for the registers of this debate: GP commenters, trade
# press news and official statements.  Words that are neutral in news ("pressure", "demand")
# are left out; the models learn those from data.
NEGATIVE_WORDS = frozenset("""
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
""".split())

POSITIVE_WORDS = frozenset("""
able achieve achievement admire advantage appreciate appreciated benefit best better boost brilliant
celebrate champion commend commendable confident congratulate constructive delight delighted deliver
effective efficient empower encourage encouraged encouraging enjoy enthusiasm enthusiastic excellent
excite excited exciting fantastic fair flexible flourish fortunate fresh fun generous glad good grateful
great happy helpful hope hopeful ideal impress impressed impressive improve improved improvement innovative
inspire inspiring invaluable love lucky marvellous modernise welcome welcomed nice opportunity optimism
optimistic outstanding passion passionate perfect pleased pleasing positive praise progress promising
proud reassure reassured reassuring recommend relief relieved reward rewarding right robust safe satisfied
secure sensible smart solution solve stable strength strengthen strong succeed success successful superb
support supportive sustainable terrific thank thankful thrilled thrive transform trust value valued
victory vital wonderful work worthwhile
""".split())

_LEX_NAMES = ("pos", "neg", "pos_negated", "neg_negated", "pos_after_but", "neg_after_but", "net",
              "pos_with_cue", "cues", "exclaim", "question", "length")


class LexiconFeatures(BaseEstimator, TransformerMixin):
    """Dense lexicon and cue counts from normalised token strings (log-scaled).

    Negated positive words count as negative evidence and vice versa; the clause after the last
    contrast word is counted separately ("good idea in theory but unworkable" leans negative);
    a positive word in a unit that also carries a sarcasm cue gets its own column, because that
    combination is how sarcasm usually reads ("Great stuff... will work as well as ...").
    """

    def __init__(self, scale: float = 0.5):
        self.scale = scale

    def fit(self, X, y=None):
        return self

    def __sklearn_is_fitted__(self) -> bool:  # stateless
        return True

    def get_feature_names_out(self, input_features=None):
        return np.array([f"lex_{n}" for n in _LEX_NAMES], dtype=object)

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
        return sparse.csr_matrix(out)


# --------------------------------------------------------------------------- codebook patterns


def compile_patterns(patterns: dict[str, list[str]], lemmas: dict[str, str] | None = None
                     ) -> dict[str, list[tuple[int, tuple[str, ...], bool]]]:
    """Index lemma-phrase patterns by their first token: ``{first: [(theme index, tokens, prefix)]}``.

    Patterns go through the same tokenizer and lemma table as the text, so "primary care
    network" matches "primary care networks"; a trailing ``*`` makes the last token a prefix.
    """
    index: dict[str, list[tuple[int, tuple[str, ...], bool]]] = {}
    for ti, (_, phrases) in enumerate(patterns.items()):
        for phrase in phrases:
            prefix = phrase.endswith("*")
            raw = tokenize(phrase.rstrip("*"))
            toks = tuple(lemmatize(raw, lemmas)) if not prefix else tuple(lemmatize(raw[:-1], lemmas)) + tuple(raw[-1:])
            if not toks:
                continue
            if prefix and len(toks) == 1:
                index.setdefault("*" + toks[0][:3], []).append((ti, toks, True))
            else:
                index.setdefault(toks[0], []).append((ti, toks, prefix))
    return index


def pattern_counts(tokens: list[str], index, n_themes: int) -> list[int]:
    """How many pattern matches of each theme occur in a lemma token list."""
    counts = [0] * n_themes
    n = len(tokens)
    for i, tok in enumerate(tokens):
        cands = index.get(tok, ())
        if len(tok) >= 3:
            cands = [*cands, *index.get("*" + tok[:3], ())]
        for ti, toks, prefix in cands:
            k = len(toks)
            if i + k > n:
                continue
            if prefix:
                if tuple(tokens[i:i + k - 1]) == toks[:-1] and tokens[i + k - 1].startswith(toks[-1]):
                    counts[ti] += 1
            elif k == 1 or tuple(tokens[i:i + k]) == toks:
                counts[ti] += 1
    return counts


class PatternHits(BaseEstimator, TransformerMixin):
    """Per-theme counts (log-scaled) of the codebook's seed patterns in normalised token strings."""

    def __init__(self, patterns: dict[str, list[str]] | None = None, lemmas: dict[str, str] | None = None,
                 scale: float = 0.5):
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
