"""Transcripts without quote marks (issue 13, point 3): a speaker's label, a colon and their words are that
speaker's quote, in an article where two or more paragraphs open that way; lines with a label that is nobody
speaking (``Pictured:``, ``Update:``, a crosshead or a credit line) are not.

Every article here is original: invented people and local bodies."""

from __future__ import annotations

import pytest

from nlp.quotes import extract_quotes
from tests.nlp_fixtures import nlp_pipeline  # noqa: F401


@pytest.fixture
def quotes(nlp_pipeline):  # noqa: F811
    def run(*paragraphs: str):
        return extract_quotes(list(paragraphs), docs=list(nlp_pipeline.pipe(paragraphs)))

    return run


def who(q):
    return (q.speaker_name, q.speaker_role, q.speaker_org)


def test_an_interview_s_answers_are_the_interviewee_s_and_the_questions_are_no_quotes(quotes):
    qs = quotes(
        "An LMC chair on the hand-backs",
        "We spoke to Dr Nasreen Okafor, chair of Lowmoor LMC, about the four practices that closed this year.",
        "Q: What did the four have in common?",
        "A: Leases. Every one of them was renting from a landlord who wanted a twenty-year commitment.",
        "Q: And you?",
        "A: Not under this contract.",  # no verb: a turn, in a transcript
    )
    leases = "Leases. Every one of them was renting from a landlord who wanted a twenty-year commitment."
    assert [(q.paragraph_index, q.text) + who(q) for q in qs] == [
        (3, leases, "Nasreen Okafor", "chair", "Lowmoor LMC"),
        (5, "Not under this contract.", "Nasreen Okafor", "chair", "Lowmoor LMC"),
    ]
    # the words' place in the paragraph, after the label; a whole answer, not a fragment, and no cue verb
    assert [(q.start, q.end, q.fragment, q.cue) for q in qs] == [
        (3, 3 + len(leases), False, None),
        (3, 27, False, None),
    ]


def test_a_podcast_s_named_host_first_names_and_a_turn_over_two_paragraphs(quotes):
    qs = quotes(
        "Podcast: is the partnership model finished?",
        "This week host Callum Ashworth talks to Dr Bronwen Teague, a GP partner in Hexley, and Oliver Frain, "
        "a practice manager in Calderby.",
        "Host: Bronwen, is partnership finished?",
        "Bronwen: Finished is the wrong word. It is being hollowed out, one retirement at a time.",
        "The partners I trained with are all salaried now, and none of them regrets it.",
        "[Laughter]",
        "Oliver: I would push back on that. Our partners are the reason the practice is still open.",
    )
    assert [(q.paragraph_index, q.text.count("\n"), q.speaker_name) for q in qs] == [
        (2, 0, "Callum Ashworth"),
        (3, 1, "Bronwen Teague"),
        (6, 0, "Oliver Frain"),
    ]
    assert qs[0].speaker_role == "host"
    assert qs[1].text.endswith("none of them regrets it.")  # the stage note is nobody's words
    assert who(qs[2]) == ("Oliver Frain", "practice manager in Calderby", None)


def test_a_commons_debate_s_labels_name_members_the_minister_and_the_speaker(quotes):
    qs = quotes(
        "GP premises: urgent question",
        "Dr Hazel Penrose (Carrow Vale) (LD): What will the Minister do for practices whose buildings are unsafe?",
        "The Minister for Primary Care (Daniel Ostrow): We are reviewing the estate, and I will report in the spring.",
        "Mr Speaker: Order. Questions must be brief.",
        "Several hon. Members rose—",
        "Dr Hazel Penrose: The Minister says spring. My constituents have waited since last spring.",
    )
    assert [(q.paragraph_index, q.text) + who(q) for q in qs] == [
        (
            1,
            "What will the Minister do for practices whose buildings are unsafe?",
            "Hazel Penrose",
            "MP for Carrow Vale",
            None,
        ),
        (
            2,
            "We are reviewing the estate, and I will report in the spring.",
            "Daniel Ostrow",
            "Minister for Primary Care",
            None,
        ),
        (3, "Order. Questions must be brief.", None, "Speaker", None),  # the stage direction is not his
        (
            5,
            "The Minister says spring. My constituents have waited since last spring.",
            "Hazel Penrose",
            "MP for Carrow Vale",
            None,
        ),
    ]


def test_a_committee_s_chair_is_the_member_who_chaired_the_session(quotes):
    qs = quotes(
        "MPs hear of trainees without jobs",
        "The committee heard from Dr Kasim Doyle, chair of Lowmoor LMC. The session was chaired by Dame Ruth Haverley.",
        "Q201 Chair: Good morning. How many of last year’s trainees have found work?",
        "Dr Kasim Doyle: Around two thirds. The rest are locuming, or have gone abroad.",
        "Chair: Thank you.",
    )
    assert [(q.paragraph_index,) + who(q) for q in qs] == [
        (2, "Ruth Haverley", "chair", None),
        (3, "Kasim Doyle", "chair", "Lowmoor LMC"),
        (4, "Ruth Haverley", "chair", None),
    ]


def test_minutes_initials_are_the_person_with_the_post_given_after_them(quotes):
    qs = quotes(
        "Minutes: Hexley PCN board",
        "Present: Leonie Marsh (LM), chair and business manager at Hexley Road Surgery; Dr Idris Baptiste (IB), "
        "clinical director.",
        "LM: Item two is the shared rota. Idris, would you introduce it?",
        "IB: Thank you. Three of the six practices could not fill their Saturday sessions last quarter.",
    )
    assert [(q.speaker,) + who(q) for q in qs] == [
        ("LM", "Leonie Marsh", "business manager", "Hexley Road Surgery"),
        ("IB", "Idris Baptiste", "clinical director", None),
    ]


def test_a_named_interviewer_s_questions_are_theirs_and_an_unnamed_host_s_are_no_quotes(quotes):
    named = quotes(
        "ICB chief on the closures",
        "Priya Colenso, chief executive of Lowmoor ICB, was interviewed by Tom Aske, health correspondent for the "
        "Lowmoor Echo.",
        "Interviewer: Six surgeries, two buildings. Is that not a closure programme?",
        "Ms Colenso: No. Every one of those practices asked us for new premises.",
    )
    assert [(q.paragraph_index,) + who(q) for q in named] == [
        (2, "Tom Aske", "health correspondent", "Lowmoor Echo"),
        (3, "Priya Colenso", "chief executive", "Lowmoor ICB"),
    ]
    unnamed = quotes(
        "Radio: the 8am scramble",
        "Dr Emeka Hollis, a GP in Calderby, joined the programme.",
        "PRESENTER: Why can nobody get through at eight?",
        "DR HOLLIS: Because everybody rings at eight. We have four lines and six hundred calls.",
    )
    assert [(q.paragraph_index, q.speaker) + who(q) for q in unnamed] == [
        (3, "DR HOLLIS", "Emeka Hollis", "GP in Calderby", None)
    ]


def test_a_vox_pop_s_name_lines_with_post_and_place(quotes):
    qs = quotes(
        "Vox pop: would you take on a partnership?",
        "Dr Ama Kusi, salaried GP, Hexley: Only if the liability ends with the contract.",
        "Dr Rhys Penhale, locum GP, Calderby: No. The sums have not added up for years.",
    )
    assert [who(q) for q in qs] == [("Ama Kusi", "salaried GP", None), ("Rhys Penhale", "locum GP", None)]


def test_words_in_quote_marks_inside_a_turn_are_part_of_it(quotes):
    qs = quotes(
        "Podcast: the reset",
        "Dr Lowri Haines, a GP partner in Carrow, and Dr Sunil Batra, a salaried GP in Lowmoor, joined us.",
        "Dr Haines: The minister called it ‘a reset’ in January. Nothing has changed since.",
        "Dr Batra: It has changed for salaried GPs. Our pay went up.",
    )
    assert [(q.text, q.speaker_name) for q in qs] == [
        ("The minister called it ‘a reset’ in January. Nothing has changed since.", "Lowri Haines"),
        ("It has changed for salaried GPs. Our pay went up.", "Sunil Batra"),
    ]


def test_the_narration_after_a_transcript_is_not_the_last_speaker_s(quotes):
    qs = quotes(
        "Podcast: networks at five",
        "Dr Lowri Haines, a GP partner in Carrow, and Dr Sunil Batra, a salaried GP in Lowmoor, joined us.",
        "Dr Haines: Networks have given us pharmacists. They have not given us rooms.",
        "Dr Batra: Or supervision, which is the part nobody costed.",
        "The network contract is due to be renegotiated next year.",
    )
    assert [(q.paragraph_index, q.text.count("\n")) for q in qs] == [(2, 0), (3, 0)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # a feature's captions, update and note lines
            "Practice that hired a paramedic halves its home-visit waits",
            "Pictured: Dr Amira Kell at her surgery in Hexley",
            "Update: this article was amended on 3 May to correct the number of patients.",
            "Hexley Road Surgery hired a paramedic in 2022, and waits for home visits fell from four days to one.",
            "Note: figures exclude locums and were supplied by the practice.",
        ),
        (  # a timeline and a case study's fact box
            "How networks came to be",
            "Timeline:",
            "2019: Networks formed across England, each covering 30,000 to 50,000 patients.",
            "2020: The additional roles scheme began paying for pharmacists.",
            "Lesson: supervision works only when it is timetabled.",
        ),
        (  # a crosshead and a credit line that begin with a name
            "Profile: forty years at the same surgery",
            "Dr Amira Kell: a life in general practice",
            "Dr Amira Kell: GP partner, Hexley",
            "Dr Kell joined the practice in 1985 and retires this month. Her partners said she had seen four reforms "
            "come and go.",
        ),
    ],
)
def test_labels_that_are_nobody_speaking_give_no_quotes(quotes, paragraphs):
    assert quotes(*paragraphs) == []


def test_one_labelled_line_is_not_a_transcript(quotes):
    assert (
        quotes(
            "Recruitment at Hexley",
            "Dr Amira Kell, a GP partner in Hexley, has advertised for a salaried GP for two years.",
            "Dr Amira Kell: We have advertised for two years and nobody has applied.",
        )
        == []
    )


def test_an_explainer_s_own_questions_and_answers_are_no_one_s_but_a_quote_in_them_is_found(quotes):
    qs = quotes(
        "Explainer: what the locum rate card means",
        "Lowmoor ICB last week published suggested rates for locum sessions. Here we answer the main questions.",
        "Q: Is it binding?",
        "A: No. The guidance is voluntary, and practices may agree their own rates.",
        "Q: What does the LMC say?",
        "A: Lowmoor LMC has said that it ‘does not endorse’ the rates and will watch how they are used.",
    )
    assert [(q.paragraph_index, q.text, q.speaker_org) for q in qs] == [(5, "does not endorse", "Lowmoor LMC")]
