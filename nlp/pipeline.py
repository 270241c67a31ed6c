"""The gpwatch spaCy pipeline: ``en_core_web_sm`` plus our domain entities.

Config over code: our components are registered factories whose settings live in
:data:`COMPONENTS` (and the entity patterns in ``corpora/entities.jsonl``), and
:data:`PIPELINE_VERSION` is a digest of the model version, that configuration, the
patterns file and the source of the quote and sentence rules, so changing any of them makes
``gpwatch analyze`` reprocess what it made before.

What we switch off, and why (``benchmarks/bench_pipeline.py`` measures it): the
lemmatizer and the attribute ruler feed nothing we store (sentences come from the
parser, speakers from the parser and the entities), so they are disabled.

Comments (most of the text) need no parse: quotes and speakers come from article text,
and classification reads only the sentence text.  So comments go through
:func:`build_comment_segmenter`, the model's own statistical sentence recogniser
(``senter``) with nothing else loaded, while article paragraphs keep the full pipeline
(and so identical stored sentences).  The exception is run-on text (a comment with a long run
of words and no punctuation, :data:`RUNON_WORDS`): such a comment takes the parser's boundaries
(:class:`CommentRunOn`), as the senter misses most of them there.  ``benchmarks/bench_pipeline.py``
measures both the time saved and how often the comment boundaries agree with the parser's.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
from collections import deque
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRuler

from corpora import resources as corpora_resources
from nlp import model as _model

ENTITIES_PATH = corpora_resources.ENTITIES_PATH

# Labels of the domain entities (the statistical model's own ORG, PERSON ... are kept).
DOMAIN_LABELS = ("NHS_ORG", "PROF_BODY", "THINK_TANK", "ROLE", "POLICY")
ORG_LABELS = ("NHS_ORG", "PROF_BODY", "THINK_TANK", "ORG")

# Model components we do not need; measured in benchmarks/bench_pipeline.py.
DISABLED = ("lemmatizer", "attribute_ruler")

# What comments get instead of the full pipeline: only these model components (the
# tokenizer always runs).  ``senter`` agreed with the parser on ~99% of comment sentence
# boundaries where the rule-based ``sentencizer`` agreed on ~98% (bench_pipeline.py).
COMMENT_COMPONENTS = ("senter",)
# ... followed by our own boundary rules (:func:`comment_boundary_rules`), which bring the
# senter's boundaries closer to the parser's on messy reader text (bench_pipeline.py).
COMMENT_RULES = ("gpwatch_comment_caps", "gpwatch_comment_rules", "gpwatch_comment_runon")
# What the run-on rule (``gpwatch_comment_runon``) parses with: shared with the full pipeline.
RUNON_COMPONENTS = ("tok2vec", "parser")
# en_core_web_sm's components (what the comment segmenter leaves out, less the above).
MODEL_COMPONENTS = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")

# Our components, in order: (factory name, where, config).
COMPONENTS: tuple[tuple[str, dict, dict], ...] = (
    ("gpwatch_entities", {"before": "ner"}, {"patterns_path": str(ENTITIES_PATH), "overwrite_ents": False}),
)

# The code that turns parsed text into stored units: any change to it reprocesses.
RULES_FILES = (
    *sorted(Path(__file__).with_name("quotes").glob("*.py")),
    Path(__file__).with_name("units.py"),
    corpora_resources.OFFICE_HOLDERS_PATH,  # whom the quote finder takes "the health secretary" to be
)


class PatternsError(ValueError):
    """The entity patterns file is missing or malformed."""


def read_patterns(path: str | Path) -> list[dict]:
    """Read the entity patterns file: JSON lines ``{"label", "phrase", "id", "case"?}``, or
    ``{"label", "tokens", "id"}`` for a family of names no list of phrases can hold.

    ``case`` is ``"exact"`` for acronyms that must match as written (``DES``, ``ICS``);
    otherwise a phrase matches in any case.  ``kind`` (``"company"``) is read by the quote
    extractor only: which known bodies ``the company`` may point back to.  ``tokens`` is a
    spaCy token pattern (a list of token attribute dicts): ``Healthwatch`` and the place each
    local one is named after.
    Raises :class:`PatternsError` naming the file and line on bad input.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PatternsError(f"{path}: cannot read entity patterns ({exc.strerror or exc})") from exc
    patterns = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            tokens = row.get("tokens")
            if not isinstance(row.get("label"), str) or not (
                isinstance(row.get("phrase"), str)
                or (isinstance(tokens, list) and tokens and all(isinstance(t, dict) for t in tokens))
            ):
                raise ValueError("needs string 'label' and 'phrase', or a 'tokens' pattern")
        except (ValueError, AttributeError) as exc:
            raise PatternsError(f"{path}:{number}: bad entity pattern ({exc})") from exc
        patterns.append(row)
    return patterns


@Language.factory("gpwatch_entities", default_config={"patterns_path": str(ENTITIES_PATH), "overwrite_ents": False})
def make_gpwatch_entities(nlp: Language, name: str, patterns_path: str, overwrite_ents: bool) -> EntityRuler:
    """An EntityRuler loaded from our patterns file.

    Phrases are matched on the pipeline's own tokens, so ``King’s Fund`` or ``Long-Term
    Plan`` match however spaCy splits them: any-case phrases through the ruler's phrase
    matcher on lower-case tokens, exact-case acronyms as token patterns on the exact text.
    (The phrase matcher finds exactly what lower-case token patterns found, in about a
    third of the time: tests/test_pipeline.py, bench_pipeline.py.)  The acronyms' token patterns
    are then matched by a second phrase matcher, on the exact text (:class:`ExactPhraseRuler`):
    the token matcher had taken most of the ruler's time, some 3% of a paragraph's analysis.
    """
    ruler = ExactPhraseRuler(nlp, name=name, overwrite_ents=overwrite_ents, phrase_matcher_attr="LOWER")
    patterns: list[dict] = []
    for row in read_patterns(patterns_path):
        if "tokens" in row:  # a family of names ("Healthwatch Kent"): the token matcher
            patterns.append({"label": row["label"], "pattern": row["tokens"], "id": row.get("id", row["label"])})
            continue
        pattern: str | list[dict] = row["phrase"]
        if row.get("case") == "exact":
            pattern = [{"ORTH": t.text} for t in nlp.make_doc(row["phrase"])]
        patterns.append({"label": row["label"], "pattern": pattern, "id": row.get("id", row["phrase"])})
    ruler.add_patterns(patterns)
    ruler.match_exact_by_phrase()
    return ruler


class ExactPhraseRuler(EntityRuler):
    """An :class:`EntityRuler` whose exact-text token patterns (one ``ORTH`` a token, the
    acronyms) are matched by a phrase matcher on ``ORTH`` instead of the token matcher: the same
    matches, resolved the same way, at a fraction of the cost (the token matcher took most of
    the ruler's time on article text)."""

    def match_exact_by_phrase(self) -> None:
        """Move every token pattern made only of ``ORTH`` values to the ``ORTH`` phrase matcher."""
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.exact_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        rest = Matcher(self.nlp.vocab)
        firsts: set[str] | None = set()
        for label, patterns in self.token_patterns.items():
            for pattern in patterns:
                if all(set(t) == {"ORTH"} for t in pattern):
                    words = [t["ORTH"] for t in pattern]
                    self.exact_matcher.add(label, [Doc(self.nlp.vocab, words=words, spaces=[False] * len(words))])
                else:
                    rest.add(label, [pattern])
                    first = pattern[0]
                    firsts = firsts | {first["LOWER"]} if firsts is not None and set(first) == {"LOWER"} else None
        self.matcher = rest
        # the words every other token pattern starts with ("healthwatch"), found by a phrase matcher: a text without
        # any of them is not given to the token matcher, which would nearly double the ruler's time for one pattern
        self.first_words = None
        if firsts:
            self.first_words = PhraseMatcher(self.nlp.vocab, attr="LOWER")
            self.first_words.add("first", [self.nlp.make_doc(w) for w in sorted(firsts)])

    def match(self, doc):
        exact = getattr(self, "exact_matcher", None)
        if exact is None:
            return super().match(doc)
        if not (len(self.phrase_matcher) or len(exact) or len(self.matcher)):
            self._require_patterns()  # warns (the base class counts every pattern on every doc)
        matches = list(self.phrase_matcher(doc)) + list(exact(doc))
        if len(self.matcher) and (  # (an empty matcher warns on every doc)
            self.first_words is None or self.first_words(doc)
        ):
            matches += list(self.matcher(doc))
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


_SENT_END_PUNCT = frozenset(".!?")
_OPEN_BRACKETS = frozenset("([")
_OPENERS = frozenset("([{\"'\u2018\u201c")


def _glued_end(word, punct: str) -> bool:
    """Whether ``word`` then ``punct`` (no space between) ends a sentence: ``!`` or ``?`` after
    any word; ``.`` after a word ending in two lower-case letters (``them.``, ``20mins.``), never
    after a title, an initial or a number (``Dr.``, ``U.K.``, ``2.``)."""
    if punct in "!?":
        return word.is_alpha or word.text[-1:].isdigit()
    return len(word.text) > 1 and word.text[-2:].isalpha() and word.text[-2:].islower() and not word.is_title


def _line_end(token) -> bool:
    """Whether ``token`` ends in a mark that ends a sentence (``?``, ``!``, ``.``, ``..``, ``…``)."""
    return token.text[-1:] in "?!.\u2026"


def comment_boundary_rules(doc):
    """Sentence-boundary rules applied after the senter on comments, where it and the
    parser disagree most on reader text (each one measured in bench_pipeline.py):

    * a blank line ends a sentence: the word after it starts one (the senter often runs a
      comment's paragraphs together; the parser does not);
    * so does a line break after a full stop, ``?``, ``!`` or ``…`` when the next line starts
      with a capital (the senter often runs such lines together; the parser mostly splits them);
    * a word glued to an opening bracket (``[unreadable]``, ``(sic)``) never starts one;
    * a punctuation mark glued to the word before it (``No.``, ``No-one``, ``[29]``) never
      starts one; an opening bracket or quote is left to the senter;
    * the word after one that carries its own full stop (``A&E.``, ``e.g.``, ``U.K.``: the
      tokenizer keeps the stop on abbreviations) never starts one: the parser hardly ever
      splits there;
    * a capitalised word glued to ``!`` or ``?``, or to a full stop after a word ending in
      lower-case letters (``them.I``, ``20mins.After``, a missing space) starts one.

    Comments in capitals get their starts from a lower-cased copy first (:func:`make_comment_caps`).
    """
    toks = list(doc)  # (each ``doc[i]`` makes a new Token object)
    for i in range(1, len(toks)):
        prev, tok = toks[i - 1], toks[i]
        if tok.is_space:
            continue
        if prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
        elif prev.is_space and "\n" in prev.text and i >= 2 and _line_end(toks[i - 2]) and tok.text[:1].isupper():
            tok.is_sent_start = True
        elif prev.text in _OPEN_BRACKETS and not prev.whitespace_:
            tok.is_sent_start = False
        elif tok.is_punct and not prev.whitespace_ and not prev.is_space and tok.text not in _OPENERS:
            tok.is_sent_start = False
        elif len(prev.text) > 1 and prev.text.endswith(".") and not prev.is_punct:
            tok.is_sent_start = False
        elif (
            prev.text in _SENT_END_PUNCT
            and not prev.whitespace_
            and i >= 2
            and tok.text[:1].isupper()
            and _glued_end(toks[i - 2], prev.text)
        ):
            tok.is_sent_start = True
    return doc


Language.component("gpwatch_comment_rules", func=comment_boundary_rules)

# A comment is "shouted" when at least this share of its cased letters (and this many) are capitals.
CAPS_SHARE = 0.7
CAPS_MIN_LETTERS = 20


def is_shouted(text: str) -> bool:
    """Whether ``text`` is written (mostly) in capitals: the senter, trained on ordinary
    casing, finds sentences there that the parser does not (bench_pipeline.py)."""
    upper = sum(map(str.isupper, text))
    if upper < CAPS_MIN_LETTERS:
        return False
    return upper >= CAPS_SHARE * (upper + sum(map(str.islower, text)))


def shouted_sentence_starts(doc, tokenizer, senter) -> set[int]:
    """Character offsets where the senter starts sentences in a lower-cased copy of ``doc``'s text
    (the copy has the same length, so its offsets are the original's)."""
    lowered = doc.text.lower()
    if len(lowered) != len(doc.text):  # a few characters change length when lower-cased: leave it
        return {t.idx for t in doc if t.is_sent_start}
    copy = senter(tokenizer(lowered))
    return {t.idx for t in copy if t.is_sent_start}


@Language.factory("gpwatch_comment_caps")
def make_comment_caps(nlp: Language, name: str):
    """After the senter: a comment in capitals gets the sentence starts the senter finds in a
    lower-cased copy of it (a token starts a sentence when its copy does, at the same offset)."""

    def comment_caps(doc):
        if not is_shouted(doc.text):
            return doc
        starts = shouted_sentence_starts(doc, nlp.tokenizer, nlp.get_pipe("senter"))
        for i, token in enumerate(doc):
            if i:
                token.is_sent_start = token.idx in starts
        return doc

    return comment_caps


# A comment whose fast segmentation leaves a run of more than this many words with no punctuation mark
# between them (run-on text) is sent through the parser for its boundaries (:func:`make_comment_runon`).
RUNON_WORDS = 30


def longest_unpunctuated_run(doc) -> int:
    """The most words in a row with no punctuation mark or sentence start between them."""
    best = run = 0
    for i, token in enumerate(doc):
        if i and token.is_sent_start:
            run = 0
        if token.is_space:
            continue
        run = 0 if token.is_punct else run + 1
        best = max(best, run)
    return best


class CommentRunOn:
    """After our rules: a comment whose :func:`longest_unpunctuated_run` is over ``max_words``
    takes the parser's sentence boundaries (the model's ``tok2vec`` and ``parser``, over a fresh
    copy of the text); every other comment keeps the senter's and our rules'.  Run-on reader text
    (clauses joined by "and", "but", "so" with no punctuation) is where the senter misses most of
    the parser's boundaries, and no rule on the conjunctions matches the parser (bench_pipeline.py).
    ``parser`` is set by :func:`build_comment_segmenter`: a pipeline of those two components only."""

    def __init__(self, max_words: int):
        self.max_words = max_words
        self.parser: Language | None = None

    def _reparse(self, docs: list) -> None:
        chosen = [doc for doc in docs if longest_unpunctuated_run(doc) > self.max_words]
        if not chosen or self.parser is None:
            return
        for doc, parsed in zip(chosen, self.parser.pipe(doc.text for doc in chosen), strict=True):
            for i in range(1, len(doc)):
                doc[i].is_sent_start = parsed[i].is_sent_start

    def __call__(self, doc):
        self._reparse([doc])
        return doc

    def pipe(self, docs, batch_size: int = 256):
        batch: list = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self._reparse(batch)
                yield from batch
                batch = []
        self._reparse(batch)
        yield from batch


@Language.factory("gpwatch_comment_runon", default_config={"max_words": RUNON_WORDS})
def make_comment_runon(nlp: Language, name: str, max_words: int) -> CommentRunOn:
    """:class:`CommentRunOn`, last in the comment segmenter."""
    return CommentRunOn(max_words)


def _model_version() -> str:
    for name in _model.MODEL_NAMES:
        try:
            return f"{name}=={metadata.version(name)}"
        except metadata.PackageNotFoundError:
            continue
    return "model-missing"


def _files_digest(paths) -> str:
    h = hashlib.sha256()
    for path in paths:
        try:
            h.update(Path(path).read_bytes())
        except OSError:
            h.update(b"missing")
    return h.hexdigest()[:12]


def pipeline_version(entities_path: str | Path = ENTITIES_PATH) -> str:
    """A short digest naming everything that shapes the stored units."""
    try:
        patterns_digest = hashlib.sha256(Path(entities_path).read_bytes()).hexdigest()[:12]
    except OSError:
        patterns_digest = "no-patterns"
    config = json.dumps(
        {
            "disabled": DISABLED,
            "comments": COMMENT_COMPONENTS,
            "comment_rules": [
                COMMENT_RULES,
                [
                    hashlib.sha256(inspect.getsource(f).encode()).hexdigest()[:12]
                    for f in (
                        comment_boundary_rules,
                        _glued_end,
                        _line_end,
                        make_comment_caps,
                        shouted_sentence_starts,
                        is_shouted,
                        longest_unpunctuated_run,
                        CommentRunOn,
                    )
                ],
                CAPS_SHARE,
                CAPS_MIN_LETTERS,
                RUNON_WORDS,
            ],
            "components": [(f, w, {k: v for k, v in c.items() if k != "patterns_path"}) for f, w, c in COMPONENTS],
            "rules": _files_digest(RULES_FILES),
        },
        sort_keys=True,
    )
    digest = hashlib.sha256(f"{_model_version()}|{config}|{patterns_digest}".encode()).hexdigest()[:16]
    return f"gpwatch-nlp-{digest}"


PIPELINE_VERSION = pipeline_version()


def build_pipeline(*, entities_path: str | Path | None = None) -> Language:
    """A fresh pipeline: the model (raises :class:`nlp.model.ModelMissing` with the make
    target when it is not installed) with :data:`DISABLED` switched off and our
    components added."""
    nlp = _model.load_model.__wrapped__(DISABLED)  # a private copy: we add components to it
    for factory, where, config in COMPONENTS:
        config = dict(config)
        if entities_path is not None and "patterns_path" in config:
            config["patterns_path"] = str(entities_path)
        nlp.add_pipe(factory, config=config, **where)
    return nlp


@functools.lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The shared pipeline for this process (built once)."""
    return build_pipeline()


def build_comment_segmenter(nlp: Language | None = None) -> Language:
    """The pipeline for comments: the model's tokenizer, :data:`COMMENT_COMPONENTS` and
    our :data:`COMMENT_RULES` only, giving ``doc.sents`` without a parse (but for run-on
    comments: :class:`CommentRunOn`, which parses with :data:`RUNON_COMPONENTS`).

    With ``nlp`` (a pipeline from :func:`build_pipeline`, which loads the model's senter
    switched off) the segmenter shares its vocabulary, tokenizer and component objects, so
    it costs no memory; without, the model is loaded with everything else left out."""
    import spacy

    if nlp is None or not all(name in nlp.component_names for name in COMMENT_COMPONENTS + RUNON_COMPONENTS):
        keep = COMMENT_COMPONENTS + RUNON_COMPONENTS
        nlp = _model.load_model.__wrapped__((), tuple(name for name in MODEL_COMPONENTS if name not in keep))
    seg = spacy.blank(nlp.lang, vocab=nlp.vocab)
    seg.tokenizer = nlp.tokenizer
    for name in COMMENT_COMPONENTS:
        seg.add_pipe(name, source=nlp)  # the same object, not a copy
    seg.max_length = nlp.max_length  # the same limit, so long comments are cut into pieces alike
    for name in COMMENT_RULES:
        seg.add_pipe(name)
    if "gpwatch_comment_runon" in seg.pipe_names:
        parser = spacy.blank(nlp.lang, vocab=nlp.vocab)
        parser.tokenizer = nlp.tokenizer
        for name in RUNON_COMPONENTS:
            parser.add_pipe(name, source=nlp)  # the same objects, not copies
        seg.get_pipe("gpwatch_comment_runon").parser = parser
    return seg


@functools.lru_cache(maxsize=1)
def get_comment_segmenter() -> Language:
    """The shared comment segmenter for this process (built once, sharing
    :func:`get_pipeline`'s components)."""
    return build_comment_segmenter(get_pipeline())


#: Texts longer than this (or than the pipeline's ``max_length``, if lower) are parsed in
#: pieces cut at paragraph, sentence or word boundaries and joined back into one Doc whose
#: text is the original: spaCy refuses a text over ``max_length`` (one 1M-character comment
#: used to fail its article on every run) and the parser's memory grows with a text's length.
PIECE_CHARS = 100_000


def _pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters whose concatenation is
    ``text``: after a blank line, else a line break, else a sentence end, else a space,
    else anywhere (a piece keeps the whitespace it ends with)."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for finder in (
            lambda w: w.rfind("\n\n") + 2,
            lambda w: w.rfind("\n") + 1,
            lambda w: max(w.rfind(". "), w.rfind("! "), w.rfind("? ")) + 2,
            lambda w: w.rfind(" ") + 1,
        ):
            at = finder(window)
            if at > limit // 2:
                cut = at
                break
        if cut <= 0:
            cut = limit
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def pipe_stream(nlp: Language, texts: Iterable[str], *, batch_size: int = 256) -> Iterator:
    """One spaCy Doc per text, as they come; a long text is parsed piece by piece (see
    :data:`PIECE_CHARS`) and its pieces joined into one Doc.  Only spaCy's batch is held, so
    memory does not grow with the input."""
    from spacy.tokens import Doc

    limit = max(1000, min(PIECE_CHARS, getattr(nlp, "max_length", PIECE_CHARS)))
    counts: deque[int] = deque()

    def pieces() -> Iterator[str]:
        for text in texts:
            parts = _pieces(text, limit) if len(text) > limit else [text]
            counts.append(len(parts))  # read below only after spaCy has taken the text's pieces
            yield from parts

    docs = iter(nlp.pipe(pieces(), batch_size=batch_size))
    for first in docs:
        n = counts.popleft()
        if n == 1:
            yield first
        else:
            yield Doc.from_docs([first, *(next(docs) for _ in range(n - 1))], ensure_whitespace=False)
