"""Transcripts without quote marks (issue 13, point 3): a speaker's label, a colon and their words are that
speaker's quote, in an article where two or more paragraphs open that way; lines with a label that is nobody
speaking (``Pictured:``, ``Update:``, a crosshead or a credit line) are not.

Every article here is original: invented people and local bodies."""

from __future__ import annotations

import pytest

from tests.nlp_fixtures import nlp_pipeline, quotes, who  # noqa: F401


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
        "Dr Ama Kusi, salaried GP, Hexley: Only if the liability ends with the contract. Then I would sign.",
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


# --------------------------------------------------------------------------- what a transcript is not, and who is who
# (a helper's hunt for false turns: boxes, lists, timelines and the outlet's own questions read as someone speaking)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # a who's-who box: descriptions with a verb, in the third person
            "Who is who in the Lowmoor ballot",
            "Dr Nasreen Okafor: chair of Lowmoor LMC since 2021, she led the talks with the board last winter.",
            "Dr Colm Rafferty: The partner who wrote the motion, he has practised in Hexley for 22 years.",
        ),
        (  # a list of officers: a post, its holder and what they have done
            "Lowmoor LMC elects its officers",
            "Chair: Dr Nasreen Okafor, who has led the committee since 2021 and was re-elected unopposed.",
            "Secretary: Dr Colm Rafferty, a partner in Hexley who joined the committee in 2016.",
        ),
        (  # a checklist of duties by post
            "Flu season checklist",
            "Practice secretary: Books the Saturday clinics and texts eligible patients.",
            "Medical secretary: Sends the vaccination record to the patient's other services within a week.",
        ),
        (  # an awards shortlist's citations
            "Shortlist for the Lowmoor practice awards",
            "Dr Ben Castley, Harlow Road Surgery: Led the switch to total triage, which cut waits from two days to "
            "four hours.",
            "Dr Hana Coyle, Marlbeck Medical Centre: Set up a rotation for physician associates that three networks "
            "have copied.",
        ),
        (  # a timeline whose months are people's names too
            "How the Hexley closure unfolded",
            "Dr Owen May, the last partner, handed back the contract. Dr June Addo chaired the patient group.",
            "May: The board agreed to look for a new provider.",
            "June: Nobody bid for the contract, and the board began to plan a dispersal.",
        ),
        (  # a role-play's parts, which are no one's words ("GP" is no one's initials)
            "Role-play that teaches trainees to say sorry",
            "Trainees act out difficult consultations under the eye of programme director Dr Gemma Pike.",
            "GP: I am sorry. I can see the letter never left the building, and that is our fault.",
            "Patient: So what happens now?",
            "GP: I will send it today and ring the hospital myself this afternoon.",
        ),
        (  # the outlet's own questions and answers, with a person named above
            "Your questions answered: the enhanced access changes",
            "Dr Nasreen Okafor, chair of Lowmoor LMC, will lead the talks. Here we answer readers' questions.",
            "Q: Do practices have to open on Saturdays?",
            "A: No. Networks must offer Saturday appointments, but you can choose which site opens.",
        ),
    ],
)
def test_boxes_lists_timelines_and_an_outlet_s_own_answers_are_no_transcript(quotes, paragraphs):
    assert quotes(*paragraphs) == []


def test_the_interviewee_is_the_one_the_interview_was_with_not_the_last_person_named(quotes):
    qs = quotes(
        "New LMC chair sets out priorities",
        "GP Weekly's Jess Marr sat down with Dr Nasreen Okafor, the new chair of Lowmoor LMC. Her predecessor, Dr "
        "Colm Rafferty, stepped down after ten years.",
        "Q: What is your first priority?",
        "A: Getting the board to pay for the winter sessions it asked us to run.",
    )
    assert [q.speaker_name for q in qs] == ["Nasreen Okafor"]


def test_the_reporter_s_narration_between_two_turns_is_not_carried_on(quotes):
    qs = quotes(
        "LMC meeting turns heated",
        "Dr Okafor: Your consultants ask us to chase tests they ordered. That stops this month.",
        "Mr Pryce: We hear you, but our clinics are short of staff too.",
        "The trust's medical director, Mr Adrian Pryce, had been in post for three weeks.",
        "Dr Okafor: Then we will return every request with a template letter.",
    )
    assert [q.text for q in qs][1] == "We hear you, but our clinics are short of staff too."


def test_a_public_meeting_s_questions_the_chair_and_an_office_with_its_holder_in_brackets(quotes):
    meeting = quotes(
        "What patients asked about the merger",
        "Dr Ben Castley, senior partner at Harlow Road Surgery, chaired the meeting.",
        "Question from Mrs Ada Finney: Will I keep my own doctor?",
        "Dr Ben Castley: Yes. Every patient keeps their named GP.",
        "Chair: We have time for one more question.",
    )
    assert [who(q) for q in meeting] == [
        ("Ada Finney", None, None),
        ("Ben Castley", "senior partner", "Harlow Road Surgery"),
        ("Ben Castley", "senior partner", "Harlow Road Surgery"),
    ]
    debate = quotes(
        "Commons: GP partners",
        "Dr Helen Marsh (Westmoor North) (Lab): Practices have lost a third of their partners. What will the Minister "
        "do?",
        "The Minister for Primary Care (Joanna Tilbury): We have funded 1,500 additional roles in the region.",
    )
    assert who(debate[1]) == ("Joanna Tilbury", "Minister for Primary Care", None)


def test_a_host_named_in_the_first_label_then_by_first_name_and_a_caller_in_capitals(quotes):
    qs = quotes(
        "Podcast: the Monday rush",
        "Host Callum Rees: Welcome back. With me is Dr Nia Blackwood, a salaried GP in Marlbeck.",
        "Dr Nia Blackwood: Thanks for having me. I have been salaried for six years.",
        "Callum: Why not partnership?",
        "CALLER: I rang 40 times on Monday and then gave up.",
    )
    assert [who(q)[:2] for q in qs] == [
        ("Callum Rees", "host"),
        ("Nia Blackwood", None),
        ("Callum Rees", "host"),
        (None, "caller"),
    ]


# --------------------------------------------------------------------------- a second hunt (minutes in note form,
# an outlet's Q and A after someone "spoke to members", narration between turns, Parliament's offices and their
# holders, a group chat's times, a committee chair unnamed)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # minutes in note form: the minute-taker's words
            "Lowmoor LMC minutes",
            "Present: Dr Lena Marsh (LM), chair; Dr Oren Pike (OP), secretary.",
            "LM: Noted that the ICB had again failed to respond to our letter of 3 February.",
            "OP: Reported that three practices had handed back their contracts since January.",
        ),
        (  # the outlet's own answers, after someone who spoke to members, not to the outlet
            "What the new contract means for your practice",
            "The contract was published a day after GPC England chair Dr Colm Reddy spoke to members at a special "
            "meeting. Here we answer the questions readers have been asking.",
            "Q: When does the new global sum take effect?",
            "A: From 1 April. Practices will see the uplift in their May payment.",
        ),
        (  # an editor's note whose letters are the interviewee's initials, and two interviewees answering "A:"
            "Two partners, one practice",
            "We spoke to Dr Nikhil Bhatt and Dr Ben Kerr, the partners who run Abbeyfield Surgery.",
            "Q: Who does what?",
            "A: I do the finances. Ben does the clinical governance.",
            "NB: Dr Bhatt's practice is not connected to Bhatt's Pharmacy on the same street.",
        ),
    ],
)
def test_minutes_in_note_form_an_outlet_s_answers_and_an_editor_s_note_are_no_one_s(quotes, paragraphs):
    assert quotes(*paragraphs) == []


def test_narration_between_turns_and_an_ordinary_quote_after_them_are_not_carried_on(quotes):
    qs = quotes(
        "Committee hears evidence on additional roles",
        "MPs took evidence from Dr Kezia Mbeki, a GP partner in Hexley, and Lorna Fitch, a practice manager.",
        "Dr Mbeki: We could not run our services without them.",
        "The exchange became tense when the committee turned to premises.",
        "Lorna Fitch: In many practices the physiotherapist works from a corridor.",
        "It was a striking image, and one the committee returned to.",
        "The committee's chair, Dr Alun Grey, said: ‘We will look at premises in our report.’",
    )
    assert [q.text for q in qs] == [
        "We could not run our services without them.",
        "In many practices the physiotherapist works from a corridor.",
        "We will look at premises in our report.",
    ]


def test_a_live_blog_s_more_on_and_reaction_from_labels(quotes):
    qs = quotes(
        "Live: the confidence vote",
        "Wes Marlow: We are about to vote. I have no idea which way this will go.",
        "More on Dr Farah Idris: We understand she met the agenda committee over lunch.",
        "Reaction from Dr Farah Idris: I respect the result and I will carry on serving this conference.",
    )
    assert [(q.paragraph_index,) + who(q) for q in qs] == [
        (1, "Wes Marlow", None, None),
        (3, "Farah Idris", None, None),
    ]


def test_prof_x_is_the_professor_not_her_husband_of_the_same_surname(quotes):
    qs = quotes(
        "‘Research has to start in general practice’",
        "Professor Ada Lyle has led the Hexley research unit since 2018. Her husband, Dr Ben Lyle, is a GP partner "
        "in the city. We sat down with Professor Lyle to talk about funding.",
        "Q: Why does so little research happen in general practice?",
        "Prof Lyle: Because the money follows hospitals. I see it every week.",
    )
    assert [q.speaker_name for q in qs if q.paragraph_index > 0] == ["Ada Lyle"]


def test_offices_with_their_holders_in_brackets_and_a_committee_chair_unnamed(quotes):
    lords = quotes(
        "Lords: peers press minister on GP premises",
        "Baroness Tredwell (LD): My Lords, what assessment have the Government made of the backlog of repairs?",
        "The Parliamentary Under-Secretary of State, Department of Health and Social Care (Baroness Ashgrove) (Lab): "
        "My Lords, we are investing £102 million this year.",
    )
    assert who(lords[1]) == (
        "Baroness Ashgrove",
        "Parliamentary Under-Secretary of State",
        "Department of Health and Social Care",
    )
    commons = quotes(
        "Commons: urgent question on closures",
        "Madam Deputy Speaker (Dame Rosie Wynn): We now come to the urgent question. I call Dr Jane Orrin.",
        "Dr Jane Orrin (Westerby North) (Lab): To ask the Secretary of State if he will make a statement.",
    )
    assert who(commons[0]) == ("Rosie Wynn", "Deputy Speaker", None)
    board = quotes(
        "Board meeting",
        "Hexley ICB's board discussed primary care funding on Wednesday.",
        "Chief executive (Maria Lyons): We have had to make difficult choices, and I know practices are angry.",
        "Non-executive director (Paul Kerr): Are we confident those choices are lawful?",
    )
    assert [who(q)[:2] for q in board] == [("Maria Lyons", "chief executive"), ("Paul Kerr", "Non-executive director")]
    committee = quotes(
        "Committee hears evidence",
        "The committee took evidence on Tuesday from Dr Kezia Mbeki, a GP partner in Hexley.",
        "Q112 Chair: Dr Mbeki, how many additional roles staff does your PCN employ?",
        "Dr Mbeki: Twenty-two. We could not run our services without them.",
    )
    assert [who(q)[:2] for q in committee] == [(None, "chair"), ("Kezia Mbeki", "GP partner in Hexley")]


def test_a_group_chat_s_times_a_nurse_by_post_and_an_interviewee_of_this_year_not_last(quotes):
    chat = quotes(
        "‘I'm done’: the group chat that ended a partnership",
        "The partners at Millgate Surgery were Dr Ian Foy and Dr Ruth Odell.",
        "Ian Foy (08:12): Locum cancelled for Monday again. Can anyone cover?",
        "Ruth Odell (08:40): I'm already doing two extra sessions. I can't.",
    )
    assert [q.speaker_name for q in chat] == ["Ian Foy", "Ruth Odell"]
    forum = quotes(
        "Practice nurses ask for a pay floor",
        "Forum chair Bridget Lacey took questions from members at an online meeting.",
        "Nurse Annie Polk: Is the forum going to push for a pay floor?",
        "Bridget Lacey: We are, and we have written to the ICB to say so.",
    )
    assert [who(q)[:2] for q in forum] == [("Annie Polk", "nurse"), ("Bridget Lacey", "forum chair")]
    yearly = quotes(
        "A new PCN lead on the year ahead",
        "Last year we sat down with Dr Pia Rook, then clinical director of Hexley PCN. This year we spoke to her "
        "successor, Dr Tariq Mahmood.",
        "Q: What is different about the job now?",
        "A: The money is tighter. I spend half my week on the phone to the ICB.",
    )
    assert [q.speaker_name for q in yearly] == ["Tariq Mahmood"]
