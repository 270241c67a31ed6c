"""Comments get sentences from the cheap segmenter (no parse); article text keeps the full
pipeline, so its stored sentences are exactly what the full pipeline gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpora import store
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from nlp import pipeline
from nlp.analyze import analyze
from nlp.units import boundary_agreement, sentences
from tests.nlp_fixtures import nlp_pipeline  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]

PARAGRAPHS = [
    "The partnership model is under strain. Dr Amara Quist, who chairs the local LMC, said the practice "
    "could not recruit. \u2018We advertised twice and nobody applied,\u2019 she said.",
    "Figures published on Tuesday show 1,200 fewer full-time equivalent GPs than in 2015. The Department "
    "of Health said it was investing in the workforce.",
    "Practices in the network share a pharmacist. Some share a paramedic too.",
]
COMMENTS = [
    "Another reorganisation. Great stuff, really... who signed this off?? Not us.",
    "I retired at 58. Best decision I ever made! The pension rules made staying pointless.",
    "ARRS staff are fine but they need supervising and nobody pays for that time",
    "Ten minute slots. Forty patients a day. Then the admin. Then home at 9pm.",
]


@pytest.fixture(scope="module")
def segmenter():
    return pipeline.get_comment_segmenter()


def test_the_segmenter_parses_no_ordinary_comment_and_still_gives_sentences(segmenter):
    assert "parser" not in segmenter.component_names and "ner" not in segmenter.component_names
    doc = segmenter(COMMENTS[1])
    assert not doc.has_annotation("DEP")
    assert doc.has_annotation("SENT_START")
    assert [s.text for s in sentences(doc)] == [
        "I retired at 58.",
        "Best decision I ever made!",
        "The pension rules made staying pointless.",
    ]


def test_the_segmenter_shares_the_pipelines_senter_or_loads_only_it(nlp_pipeline, segmenter):  # noqa: F811
    assert segmenter.get_pipe("senter") is nlp_pipeline.get_pipe("senter")  # no second copy in memory
    assert segmenter.vocab is nlp_pipeline.vocab
    alone = pipeline.build_comment_segmenter()
    assert alone.component_names == alone.pipe_names == ["senter", *pipeline.COMMENT_RULES]
    text = COMMENTS[3]
    assert [s.text for s in alone(text).sents] == [s.text for s in segmenter(text).sents]


def test_article_sentences_are_the_full_pipelines_and_comments_the_segmenters(
    tmp_path,
    nlp_pipeline,  # noqa: F811
    segmenter,
):
    conn = store.connect(tmp_path / "gpwatch.db")
    store.upsert_article(
        conn,
        ArticleRecord(
            url="https://gp-news.example/news/strain",
            source="gp-news",
            title="Strain",
            paragraphs=[Paragraph(t) for t in PARAGRAPHS],
            comments=[CommentRecord(t, author=f"Dr {i}", posted="2024-03-01T09:00:00") for i, t in enumerate(COMMENTS)],
        ),
    )
    report = analyze(conn, nlp=nlp_pipeline, segmenter=segmenter)
    assert (report.articles, report.failed) == (1, 0)

    def stored(column: str, parent_id: int) -> list[tuple]:
        return [
            tuple(r)
            for r in conn.execute(
                f"SELECT position, start, end, text FROM sentences WHERE {column} = ? ORDER BY position", (parent_id,)
            )
        ]

    for row in conn.execute("SELECT id, text FROM paragraphs ORDER BY position"):
        want = [(s.position, s.start, s.end, s.text) for s in sentences(nlp_pipeline(row["text"]))]
        assert stored("paragraph_id", row["id"]) == want and len(want) >= 2
    for row in conn.execute("SELECT id, text FROM comments ORDER BY position"):
        want = [(s.position, s.start, s.end, s.text) for s in sentences(segmenter(row["text"]))]
        assert stored("comment_id", row["id"]) == want and want
        assert all(row["text"][start:end] == text for _, start, end, text in want)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] >= 1  # speakers still come from the parse


def test_comment_boundaries_agree_with_the_parser(nlp_pipeline, segmenter):  # noqa: F811
    texts = []
    for path in sorted((ROOT / "corpora" / "labelled").glob("comments_*.jsonl"))[:3]:
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) >= 200
    agreement = boundary_agreement(list(nlp_pipeline.pipe(texts)), list(segmenter.pipe(texts)))
    assert agreement.agreed >= 200  # there are boundaries to agree on
    assert agreement.f1 >= 0.97, agreement


def test_boundary_agreement_counts_extra_and_missed(segmenter):
    a, b = segmenter.make_doc("One. Two. Three."), segmenter.make_doc("One. Two. Three.")
    for doc, starts in ((a, {0, 2, 4}), (b, {0, 4})):  # tokens: One . Two . Three .
        for i, token in enumerate(doc):
            token.is_sent_start = i in starts
    agreement = boundary_agreement([a], [b])
    assert (agreement.agreed, agreement.extra, agreement.missed) == (1, 0, 1)
    assert agreement.precision == 1.0 and agreement.recall == 0.5
    with pytest.raises(ValueError):
        boundary_agreement([a], [segmenter.make_doc("Other text.")])


def test_the_boundary_figure_gets_an_interval_that_narrows_with_more_texts(segmenter):
    from benchmarks.bench_pipeline import boundary_interval

    def pair(missed: bool):
        ref, got = segmenter.make_doc("One. Two. Three."), segmenter.make_doc("One. Two. Three.")
        for doc, starts in ((ref, {0, 2, 4}), (got, {0, 4} if missed else {0, 2, 4})):
            for i, token in enumerate(doc):
                token.is_sent_start = i in starts
        return ref, got

    def interval(n: int) -> list[float]:
        pairs = [pair(missed=i % 5 == 0) for i in range(n)]  # one text in five misses its middle boundary
        return boundary_interval([r for r, _ in pairs], [g for _, g in pairs])

    figure = boundary_agreement(*map(list, zip(*[pair(missed=i % 5 == 0) for i in range(20)]))).f1
    few, many = interval(20), interval(200)
    assert few[0] < figure < few[1] and many[0] < figure < many[1]
    assert many[1] - many[0] < (few[1] - few[0]) / 2
    assert boundary_interval(*map(list, zip(*[pair(missed=False) for _ in range(10)]))) == [1.0, 1.0]


# ----------------------------------------------------------------- our boundary rules after the senter


def _starts(doc) -> list[str]:
    return [s.text.strip().split()[0] for s in doc.sents if s.text.strip()]


def _ruled(segmenter, text: str, starts: set[int]) -> list[str]:
    """``text`` tokenised with sentence starts set at the token indices ``starts``, then our rules."""
    doc = segmenter.make_doc(text)
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0 or i in starts
    return _starts(pipeline.comment_boundary_rules(doc))


def test_the_segmenter_runs_our_rules_after_the_senter(segmenter):
    assert segmenter.pipe_names == ["senter", *pipeline.COMMENT_RULES]
    assert pipeline.build_comment_segmenter().pipe_names == ["senter", *pipeline.COMMENT_RULES]


def test_a_blank_line_ends_a_sentence(segmenter):
    text = "Eleven sessions a week and still behind\n\nwhat else would you call that"
    assert _ruled(segmenter, text, set()) == ["Eleven", "what"]
    one_line = "Eleven sessions a week and still behind\nwhat else would you call that"
    assert _ruled(segmenter, one_line, set()) == ["Eleven"]  # a single line break is left to the senter
    doc = segmenter(text)
    assert [s.text for s in sentences(doc)] == [
        "Eleven sessions a week and still behind",
        "what else would you call that",
    ]


def test_a_line_break_after_a_sentence_end_and_before_a_capital_starts_a_sentence(segmenter):
    for text in (
        "Rang at eight for an appointment?\nThey said call back tomorrow.",
        "Phoned the surgery at eight sharp!\nNobody answered until twenty past.",
        "Four partners retired this year..\nNone replaced.",
        "Another consultation on the contract\u2026\nSame answer as last time.",
    ):
        assert len(_ruled(segmenter, text, set())) == 2, text
    # a capital after a line break with no mark before it, or a small letter after one: the senter decides
    assert _ruled(segmenter, "Ten patients booked in\nThe rest walk in off the street", set()) == ["Ten"]
    assert _ruled(segmenter, "Dressings, bloods, smears etc.\nall done by the nurse", set()) == ["Dressings,"]
    # partner: the whole segmenter finds both sentences
    assert [
        s.text for s in sentences(segmenter("Rang at eight for an appointment?\nThey said call back tomorrow."))
    ] == [
        "Rang at eight for an appointment?",
        "They said call back tomorrow.",
    ]


def test_a_word_glued_to_an_opening_bracket_never_starts_a_sentence(segmenter):
    text = "The duty doctor was [name withheld] and kind. The (frankly) tired receptionist smiled."
    doc = segmenter.make_doc(text)
    inside = {i for i, t in enumerate(doc) if t.text in ("name", "frankly")}
    second = next(i for i, t in enumerate(doc) if t.text == "The" and i > 0)
    assert _ruled(segmenter, text, inside | {second}) == ["The", "The"]
    spaced = "We waited. ( Two hours, in fact. )"
    doc = segmenter.make_doc(spaced)
    after_space = [i for i, t in enumerate(doc) if t.text == "Two"]
    assert "Two" in _ruled(segmenter, spaced, set(after_space))  # a bracket then a space: the senter decides


def test_a_capital_glued_to_a_full_stop_starts_a_sentence(segmenter):
    assert _ruled(segmenter, "Reception was lovely.The GP was rushed.", set()) == ["Reception", "The"]
    for text in ("Seen by Dr.Patel at ten.", "Dose went from 2.5 to 5 mg.", "Ask at the U.K.Desk please."):
        assert _ruled(segmenter, text, set()) == [text.split()[0]], text  # titles, decimals, initials
    doc = segmenter("Reception was lovely.The GP was rushed.")
    assert [s.text for s in sentences(doc)] == ["Reception was lovely.", "The GP was rushed."]


def test_the_rules_change_the_pipeline_version(monkeypatch):
    before = pipeline.pipeline_version()
    monkeypatch.setattr(pipeline, "COMMENT_RULES", ())
    assert pipeline.pipeline_version() != before


def test_punctuation_glued_to_a_word_never_starts_a_sentence(segmenter):
    text = "Locum cap in our area? No. We have not filled a single session since. No-one will work for that."
    doc = segmenter.make_doc(text)
    glued = {i for i, t in enumerate(doc) if i and t.is_punct and not doc[i - 1].whitespace_}
    assert len(glued) >= 3  # "?" and "." after their words, the hyphen of "No-one"
    words = {i for i, t in enumerate(doc) if t.text in ("No", "We")}
    assert _ruled(segmenter, text, glued | words) == ["Locum", "No.", "We", "No-one"]
    # partner: the boundaries after those marks are still found, by the whole segmenter too
    assert [s.text for s in sentences(segmenter(text))] == [
        "Locum cap in our area?",
        "No.",
        "We have not filled a single session since.",
        "No-one will work for that.",
    ]


def test_a_word_after_an_abbreviation_with_its_own_full_stop_does_not_start_a_sentence(segmenter):
    text = "Sent the patient to A&E. Nobody rang us back for a week."
    doc = segmenter.make_doc(text)
    assert "A&E." in [t.text for t in doc]  # the tokenizer keeps the stop on the abbreviation
    nobody = next(i for i, t in enumerate(doc) if t.text == "Nobody")
    assert _ruled(segmenter, text, {nobody}) == ["Sent"]
    assert [s.text for s in sentences(segmenter(text))] == [text]  # as the parser has it
    # partner: a full stop of its own still ends the sentence
    plain = "Sent the patient to casualty. Nobody rang us back for a week."
    assert [s.text for s in sentences(segmenter(plain))] == [
        "Sent the patient to casualty.",
        "Nobody rang us back for a week.",
    ]


def test_a_capital_glued_to_a_spaced_mark_or_after_a_lower_case_ending_starts_a_sentence(segmenter):
    assert _ruled(segmenter, "Forty contacts before lunch !Then the home visits.", set()) == ["Forty", "Then"]
    assert _ruled(segmenter, "Called back within 20mins.After that nothing.", set()) == ["Called", "After"]
    for text in ("Referred to Dr.Okafor in the end.", "Seen at the G.P.Surgery on Friday."):
        assert _ruled(segmenter, text, set()) == [text.split()[0]], text  # a title or initials before the stop
    doc = segmenter("Called back within 20mins.After that nothing.")
    assert [s.text for s in sentences(doc)] == ["Called back within 20mins.", "After that nothing."]


SHOUTED = (
    "THEY CUT THE GLOBAL SUM AGAIN……..THERE WILL BE THE USUAL HAND WRINGING WHEN THE PRACTICES "
    "CLOSE……….AND NOBODY WILL BE ACCOUNTABLE"
)


def test_a_comment_in_capitals_gets_the_sentences_of_its_lower_cased_copy(nlp_pipeline, segmenter):  # noqa: F811
    assert pipeline.is_shouted(SHOUTED)
    assert not pipeline.is_shouted("The ICB, NHSE and the BMA GPC all said the DES was fine.")  # acronyms only
    assert not pipeline.is_shouted("NO. JUST NO.")  # too short to judge
    senter_alone = pipeline.build_comment_segmenter()
    for name in pipeline.COMMENT_RULES:
        senter_alone.remove_pipe(name)
    assert len(list(senter_alone(SHOUTED).sents)) >= 2  # the senter breaks the shouting up ...
    lowered = [s.start_char for s in senter_alone(SHOUTED.lower()).sents]
    assert [s.start_char for s in segmenter(SHOUTED).sents] == lowered == [0]  # ... its lower-cased copy does not
    assert [s.text for s in nlp_pipeline(SHOUTED).sents] == [SHOUTED]  # nor does the parser


def test_a_comment_in_capitals_still_has_its_sentences(segmenter):
    text = "RETIRED AT 56 AND NEVER LOOKED BACK. BEST DECISION I EVER MADE. THE PENSION RULES MADE STAYING POINTLESS"
    assert pipeline.is_shouted(text)
    assert [s.text for s in sentences(segmenter(text))] == [
        "RETIRED AT 56 AND NEVER LOOKED BACK.",
        "BEST DECISION I EVER MADE.",
        "THE PENSION RULES MADE STAYING POINTLESS",
    ]
    doc = segmenter(text)
    assert doc.text == text and all(t.text == t.text.upper() for t in doc)  # the stored text keeps its capitals


# ----------------------------------------------------------------- run-on comments go through the parser

RUN_ON = (
    "The surgery rang me back after three days and I was told to come in the next morning but when I got there "
    "nobody knew about the appointment so I sat in the waiting room for two hours and then the receptionist said "
    "the doctor had gone home"
)
LONG_BUT_PUNCTUATED = (
    "We lost two partners last year, the practice manager left in March, and the locums we found would only do "
    "mornings. So the list closed to new patients, and a routine appointment now takes five weeks to get, which "
    "nobody at the ICB seems to think is a problem."
)


class CountingParser:
    """The run-on rule's real parser, counting the texts it is given."""

    def __init__(self, parser):
        self.parser, self.texts = parser, []

    def pipe(self, texts, **kwargs):
        texts = list(texts)
        self.texts += texts
        return self.parser.pipe(texts, **kwargs)


def _without_runon(segmenter):
    fast = pipeline.build_comment_segmenter(pipeline.get_pipeline())
    fast.remove_pipe("gpwatch_comment_runon")
    return fast


def test_the_longest_unpunctuated_run_counts_words_between_marks_and_sentence_starts(segmenter):
    assert pipeline.longest_unpunctuated_run(segmenter.make_doc("Short shifts, long lists and no locums")) == 5
    doc = segmenter.make_doc("one two three four five six")
    doc[3].is_sent_start = True
    assert pipeline.longest_unpunctuated_run(doc) == 3
    assert pipeline.longest_unpunctuated_run(segmenter.make_doc(RUN_ON)) > pipeline.RUNON_WORDS
    assert pipeline.longest_unpunctuated_run(segmenter.make_doc(LONG_BUT_PUNCTUATED)) <= pipeline.RUNON_WORDS


def test_a_run_on_comment_takes_the_parsers_sentences(nlp_pipeline, segmenter, monkeypatch):  # noqa: F811
    runon = segmenter.get_pipe("gpwatch_comment_runon")
    assert runon.parser.get_pipe("parser") is nlp_pipeline.get_pipe("parser")  # shared: no second copy in memory
    assert [s.text for s in _without_runon(segmenter)(RUN_ON).sents] == [RUN_ON]  # the senter finds no boundary
    parsed = [s.text for s in nlp_pipeline(RUN_ON).sents]
    assert len(parsed) >= 2  # the parser does
    spy = CountingParser(runon.parser)
    monkeypatch.setattr(runon, "parser", spy)
    doc = segmenter(RUN_ON)
    assert [s.text for s in doc.sents] == parsed and spy.texts == [RUN_ON]
    assert not doc.has_annotation("DEP")  # only the boundaries are taken
    assert [[s.text for s in d.sents] for d in segmenter.pipe([COMMENTS[0], RUN_ON, COMMENTS[2]])][1] == parsed


def test_a_long_comment_with_punctuation_is_not_parsed_and_keeps_its_sentences(segmenter, monkeypatch):
    runon = segmenter.get_pipe("gpwatch_comment_runon")
    spy = CountingParser(runon.parser)
    monkeypatch.setattr(runon, "parser", spy)
    docs = list(segmenter.pipe([LONG_BUT_PUNCTUATED, *COMMENTS]))
    assert spy.texts == []
    assert [s.text for s in sentences(docs[0])] == [
        "We lost two partners last year, the practice manager left in March, and the locums we found would only "
        "do mornings.",
        "So the list closed to new patients, and a routine appointment now takes five weeks to get, which nobody "
        "at the ICB seems to think is a problem.",
    ]
    assert [s.text for s in sentences(docs[2])] == [
        "I retired at 58.",
        "Best decision I ever made!",
        "The pension rules made staying pointless.",
    ]


def test_the_run_on_limit_changes_the_pipeline_version(monkeypatch):
    before = pipeline.pipeline_version()
    monkeypatch.setattr(pipeline, "RUNON_WORDS", pipeline.RUNON_WORDS + 1)
    assert pipeline.pipeline_version() != before
