"""The sample site's generated half: a decade of trade-press coverage of the GP workforce
debate, composed deterministically from a small grammar written for gpwatch.

Unlike :func:`corpora.sample_site.generate.compose_article` (the benchmarks' scale corpus,
where repetition does not matter), every quote here is new: it is built from parts (who is
speaking, a claim about one of the theme's topics, a reason) and never used twice, so no
quote is attributed to two people; ministers and national directors change with the years;
lead sentences, comments and replies are composed the same way and capped in how often
any one sentence recurs.  Seven articles a quarter from 2015 to autumn 2026, so the app's
charts have something to show per quarter.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from corpora.sample_site import phrases as P
from corpora.sample_site.generate import _added, _attribution, _cap, _surname, slugify

PER_QUARTER = 7
FIRST_QUARTER, LAST_QUARTER = (2015, 1), (2026, 3)
MAX_SENTENCE_REPEATS = 2  # a composed lead, context or comment sentence is used at most this often

# --------------------------------------------------------------------------- who speaks

# (name, role, org, pronoun, kind, first year, last year); kinds: government, professional,
# think_tank, practice.  Everyone here is invented.
CAST = [
    ("Gareth Lowe", "health secretary", "Department of Health and Social Care", "he", "government", 2015, 2017),
    ("Miriam Okafor", "health secretary", "Department of Health and Social Care", "she", "government", 2018, 2021),
    ("Tom Ashdown", "health secretary", "Department of Health and Social Care", "he", "government", 2022, 2023),
    ("Rachel Penrose", "health secretary", "Department of Health and Social Care", "she", "government", 2024, 2026),
    ("Neil Harcourt", "primary care minister", "Department of Health and Social Care", "he", "government", 2015, 2019),
    ("Sunita Bassi", "primary care minister", "Department of Health and Social Care", "she", "government", 2020, 2026),
    ("Dr Helen Marsh", "national director for primary care", "NHS England", "she", "government", 2015, 2020),
    ("Dr Nikhil Rao", "national director for primary care", "NHS England", "he", "government", 2021, 2026),
    ("Dr Fiona Castell", "medical director for primary care", "NHS England", "she", "government", 2015, 2026),
    ("Dr Ana Whitfield", "BMA GP committee chair", "BMA", "she", "professional", 2015, 2019),
    ("Dr Kwame Osei", "BMA GP committee chair", "BMA", "he", "professional", 2020, 2023),
    ("Dr Lucy Brennan", "BMA GP committee chair", "BMA", "she", "professional", 2024, 2026),
    ("Dr Imran Sethi", "RCGP chair", "RCGP", "he", "professional", 2015, 2019),
    ("Professor Clare Hollis", "RCGP chair", "RCGP", "she", "professional", 2020, 2026),
    ("Dr Joel Ambrose", "LMC chair", "Severnside LMC", "he", "professional", 2015, 2026),
    ("Dr Bethan Pryce", "medical secretary", "Wessex Vale LMC", "she", "professional", 2015, 2026),
    (
        "Karen Lyle",
        "chief executive",
        "the Institute of General Practice Management",
        "she",
        "professional",
        2017,
        2026,
    ),
    ("Dr Owen Farrant", "chair", "the National Association of Primary Care", "he", "professional", 2015, 2026),
    ("Professor Mei Tanaka", "senior fellow", "the Nuffield Trust", "she", "think_tank", 2015, 2026),
    ("Dr Rory Kilbride", "director of policy", "the King’s Fund", "he", "think_tank", 2015, 2026),
    ("Hannah Quarry", "chief economist", "the Health Foundation", "she", "think_tank", 2016, 2026),
    ("Professor Dev Iyer", "professor of primary care", "the University of Northmoor", "he", "think_tank", 2015, 2026),
    ("Dr Sarah Okonjo", "GP partner", "a practice in {place}", "she", "practice", 2015, 2026),
    ("Dr Paul Dunmore", "salaried GP", "a practice in {place}", "he", "practice", 2015, 2026),
    ("Dr Alys Greaves", "PCN clinical director", "a network in {place}", "she", "practice", 2019, 2026),
    ("Marcus Bell", "practice manager", "a practice in {place}", "he", "practice", 2015, 2026),
    ("Dr Yusuf Amin", "locum GP", "a practice in {place}", "he", "practice", 2015, 2026),
    ("Jo Whitlock", "practice nurse", "a practice in {place}", "she", "practice", 2015, 2026),
    ("Priya Lal", "clinical pharmacist", "a network in {place}", "she", "practice", 2019, 2026),
    ("Dr Tom Ferris", "GP trainee", "a practice in {place}", "he", "practice", 2015, 2026),
]
KIND_FOR = {
    "negative": ("professional", "practice", "practice", "think_tank"),
    "neutral": ("think_tank", "think_tank", "professional", "practice"),
    "positive": ("government", "government", "practice", "think_tank"),
}

# --------------------------------------------------------------------------- what is said about what

TOPICS = {
    "workforce_supply": (
        "the number of fully qualified GPs",
        "GP recruitment",
        "keeping experienced partners",
        "the training pipeline",
        "international recruitment",
        "GP retention",
    ),
    "skill_mix": (
        "+the new roles in general practice",
        "+pharmacists and physician associates in practices",
        "the additional roles scheme",
        "the balance between GPs and other clinicians",
        "supervision of the new roles",
        "+paramedics in primary care",
    ),
    "at_scale_models": (
        "+primary care networks",
        "+GP federations",
        "+hospital trusts running practices",
        "+super-practices",
        "the move to working at scale",
        "+neighbourhood health teams",
    ),
    "partnership_contract": (
        "the partnership model",
        "the GP contract",
        "the independent contractor model",
        "+practices handing back contracts",
        "+salaried models of general practice",
        "+the premises that partners own",
    ),
    "digital_first": (
        "+online consultations",
        "+the digital-first providers",
        "total triage",
        "+the new telephone systems",
        "+video appointments",
        "the NHS App",
    ),
    "funding_pay": (
        "core practice funding",
        "the share of NHS spending that reaches general practice",
        "GP pay",
        "the funding settlement",
        "+pension rules",
        "the cost of running a practice",
    ),
    "workload_morale": (
        "GP workload",
        "morale in general practice",
        "burnout among GPs",
        "the length of a clinical day",
        "the administrative load on practices",
        "the abuse practice staff face",
    ),
    "access_continuity": (
        "access to appointments",
        "continuity of care",
        "the eight o'clock rush",
        "+evening and weekend appointments",
        "+waiting times for a routine appointment",
        "seeing the same GP",
    ),
    "politics_trust": (
        "+the government's promises on general practice",
        "+ministers' targets for GPs",
        "the relationship between GPs and the government",
        "how the press portrays GPs",
        "the headline target on GP numbers",
        "public trust in general practice",
    ),
}

PREFIXES = {
    "government": (
        "We are clear that",
        "Our plan recognises that",
        "I want to be honest that",
        "The figures show that",
        "We have always said that",
        "Patients should know that",
    ),
    "professional": (
        "Our members tell us that",
        "GPs have been warning for years that",
        "Every survey we run shows that",
        "Let nobody pretend that",
        "The profession knows that",
        "Our committee has been clear that",
    ),
    "think_tank": (
        "Our analysis suggests that",
        "The evidence so far is that",
        "The data are clear that",
        "International comparisons suggest that",
        "Our modelling shows that",
        "The honest answer is that",
    ),
    "practice": (
        "In my own practice,",
        "Where I work in {place},",
        "On the ground,",
        "From where I sit,",
        "Every Monday morning reminds me that",
        "In our surgery,",
    ),
}
CLAIMS = {
    "negative": (
        "{topic} {is} going backwards, whatever the press releases say",
        "{topic} {has} been neglected for a decade",
        "{topic} will not survive another winter like the last one",
        "{topic} {is} being used to paper over the cracks",
        "nobody in charge has a grip on {topic}",
        "{topic} {is} now a reason people give for leaving",
        "the promises on {topic} have not reached a single surgery",
        "{topic} {is} being decided by people who have never run a practice",
    ),
    "neutral": (
        "{topic} deserve{s} a longer look before anyone draws conclusions",
        "the picture on {topic} is more mixed than either side admits",
        "{topic} will work in some places and not in others",
        "we still know too little about {topic}",
        "{topic} depend{s} on details that have not been published",
        "the debate about {topic} needs better data",
        "{topic} {has} costs as well as benefits",
        "{topic} will take years to judge properly",
    ),
    "positive": (
        "{topic} {is} finally moving in the right direction",
        "{topic} {is} already making a difference to patients",
        "the investment in {topic} is starting to pay off",
        "{topic} {is} stronger than it was five years ago",
        "{topic} give{s} practices room to plan",
        "the changes to {topic} were long overdue",
        "{topic} show{s} what general practice can do with proper backing",
        "we are seeing real progress on {topic}",
    ),
}
REASONS = {
    "negative": (
        "and patients in {place} are the ones who wait",
        "because the money never follows the work",
        "and the people who could fix it are leaving",
        "because every target adds another form",
        "and the staff who remain are exhausted",
        "because nobody asked the practices first",
        "and the vacancy figures prove it",
        "because the numbers simply do not add up",
    ),
    "neutral": (
        "and the evaluation from {place} is still to come",
        "so the next year of data will matter",
        "because local circumstances differ so much",
        "and the trade-offs need to be spelled out",
        "so we should be careful about headline figures",
        "because the comparison groups are small",
        "and both sides have a point",
        "so the details of the contract will decide it",
    ),
    "positive": (
        "and the early results from {place} are encouraging",
        "because practices helped design it",
        "and patients are noticing the difference",
        "so more practices will be able to take part",
        "because the funding is now guaranteed",
        "and the feedback from staff has been strong",
        "so we will build on it next year",
        "because we listened to what GPs told us",
    ),
}
FOLLOW_UPS = {
    "negative": (
        "I have seen {k} colleagues go since {year}.",
        "We warned about this in {year}.",
        "In {place} it is {k} practices short already.",
        "Patients in {place} deserve better than another pilot.",
        "The goodwill that kept practices open in {place} is running out.",
        "We lost {k} partners in {year} alone.",
    ),
    "neutral": (
        "We will publish our own figures on {place} in the spring.",
        "The {year} data are a useful baseline.",
        "There are lessons from {place} worth learning.",
        "We compared {k} areas and found no single pattern.",
        "It would be wrong to read too much into {k} months of data.",
        "The picture in {place} differs from the national one.",
    ),
    "positive": (
        "I want every area to see what {place} has achieved.",
        "Since {year} we have seen steady progress in {place}.",
        "{k} more practices in {place} will join the scheme this year.",
        "Patients in {place} will see the benefit first.",
        "The team in {place} deserves the credit.",
        "We have come a long way since {year}.",
    ),
}

# --------------------------------------------------------------------------- the article around the quotes

HEADLINES = {
    "negative": (
        "Warning over {topic} as {place} practices struggle",
        "{Topic} ‘in crisis’, say GP leaders",
        "GPs criticise plans for {topic}",
        "Concern grows over {topic} in {place}",
    ),
    "neutral": (
        "Review of {topic} published",
        "What the latest figures say about {topic}",
        "Mixed verdict on {topic} in {place}",
        "Experts divided over {topic}",
    ),
    "positive": (
        "New plans for {topic} welcomed",
        "{Topic} improving, figures suggest",
        "{place} hailed as model for {topic}",
        "Government announces boost for {topic}",
    ),
}
STANDFIRSTS = (
    "The {doc} published this {month} looks at {topic} across {n} practices",
    "Figures for {place} put {topic} back on the agenda",
    "GP leaders and ministers disagree over what the {doc} means for {topic}",
    "A {doc} covering {n} practices raises fresh questions about {topic}",
)
LEADS = (
    "A {doc} published this {month} has found that {pct}% of practices in {place} report problems with {topic}.",
    "Figures released this {month} suggest {topic} {has} changed more in {place} than anywhere else in England.",
    "{n} practices took part in a {doc} on {topic}, published this {month}.",
    "Practices in {place} have been told to expect changes to {topic} by the end of {year}.",
    "Ministers have promised {money} for {topic}, though GP leaders say the sum falls far short.",
    "A {doc} from {place} puts the cost of problems with {topic} at {money} a year.",
)
CONTEXTS = (
    "It follows a year in which {pct}% of GPs told a survey that {topic} {was} their main worry.",
    "The {doc} is the first since {year} to look at {topic} in detail.",
    "{Topic} has been a recurring theme of negotiations between the BMA and the government.",
    "In {place}, {patients} patients are registered with practices affected by the changes.",
    "Previous attempts to tackle {topic} have had mixed results, the {doc} notes.",
    "The changes to {topic} are due to take effect from April.",
)
STATEMENTS = (
    "A Department of Health and Social Care spokesperson said the government was "
    "‘committed to supporting general practice’ and pointed to {money} of new funding for {topic}.",
    "A government spokesperson said {money} had been set aside for {topic} and that more GPs were "
    "in training than in {year}.",
    "NHS England said it would publish further guidance on {topic} in the {season}.",
    "NHS England said {pct}% of areas had already made changes to {topic}.",
    "The {doc} will be discussed at the next meeting of the {place} health and wellbeing board.",
    "The BMA said it would raise {topic} at its {season} meeting with ministers.",
    "The RCGP said it would respond to the {doc} in the {season}.",
    "Local commissioners in {place} declined to comment on {topic}.",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DOCS = ("report", "survey", "review", "evaluation", "audit", "consultation")
SEASONS = ("spring", "summer", "autumn", "new year")

# --------------------------------------------------------------------------- readers' comments

COMMENT_OPENERS = {
    "negative": (
        "Honestly,",
        "Same old story:",
        "Speaking as a partner of twenty years,",
        "Let's be clear:",
        "From the coal face,",
        "Depressingly,",
    ),
    "neutral": (
        "Genuine question:",
        "For what it's worth,",
        "Playing devil's advocate,",
        "Interesting piece, but",
        "Not sure about this:",
        "In fairness,",
    ),
    "positive": (
        "Credit where it's due:",
        "Good to read:",
        "For once,",
        "Speaking from a network that works,",
        "Some good news:",
        "Fair play:",
    ),
}
COMMENT_CLAIMS = {
    "negative": (
        "{topic} in our patch {is} worse than this article suggests",
        "nobody who signed off {topic} has done a Monday clinic",
        "{topic} {is} why I am going part-time next year",
        "{topic} {is} the reason our last two registrars went to Australia",
        "they have been promising to fix {topic} since before I qualified",
        "{topic} look{s} fine on a spreadsheet and nowhere else",
    ),
    "neutral": (
        "{topic} {varies} hugely between areas",
        "does anyone have actual data on {topic}",
        "{topic} seem{s} to work better in cities than in rural practices",
        "I would like to see the figures on {topic} broken down by practice size",
        "{topic} may help some practices and sink others",
        "the article leaves out what {topic} cost{s}",
    ),
    "positive": (
        "{topic} {has} made a real difference to our list",
        "our experience of {topic} has been better than expected",
        "{topic} freed up two sessions a week for us",
        "{topic} {is} the first change in years that our staff actually like",
        "patients have noticed the improvement in {topic}",
        "{topic} {is} worth the effort if it is done properly",
    ),
}
COMMENT_CLOSERS = {
    "negative": (
        "I give up.",
        "Nobody is listening.",
        "Watch this space.",
        "Another year, another promise.",
        "I despair.",
        "Roll on retirement.",
        "Same as it ever was.",
        "Unbelievable.",
        "We deserve better.",
        "Tell me I'm wrong.",
        "Why would anyone stay?",
        "Shameful.",
    ),
    "neutral": (
        "Time will tell.",
        "Happy to be proved wrong.",
        "Would welcome other views.",
        "Depends where you are.",
        "Let's see the evaluation.",
        "Early days.",
        "Thoughts?",
        "Anyone else seeing this?",
        "Hard to say.",
        "Worth a proper study.",
        "We'll see.",
        "Genuinely undecided.",
    ),
    "positive": (
        "More of this please.",
        "Well done to all involved.",
        "Long may it continue.",
        "About time.",
        "Encouraging.",
        "Good news for once.",
        "Keep it up.",
        "Nice to see.",
        "Credit to the team.",
        "Promising.",
        "A good start.",
        "Pleasantly surprised.",
    ),
}
REPLY_STARTS = {
    "negative": ("Exactly this,", "Could not agree more,", "Same here,", "Spot on,"),
    "neutral": ("Not quite,", "That depends,", "Fair point,", "Partly true,"),
    "positive": ("Glad it works for you,", "Good to hear,", "Same experience here,", "Agreed,"),
}
REPLY_ENDS = (
    "and {place} is no different.",
    "though it took us {n} months to get there.",
    "and I said the same at our LMC in {year}.",
    "but nobody will admit it publicly.",
    "and the practices near us say the same.",
    "at least from what I see in {place}.",
)


def agreement(topic: str) -> dict[str, str]:
    """Slots for a topic and the verbs that follow it (a topic written ``+...`` is plural)."""
    plural = topic.startswith("+")
    topic = topic.lstrip("+")
    return {
        "topic": topic,
        "Topic": _cap(topic),
        "is": "are" if plural else "is",
        "has": "have" if plural else "has",
        "was": "were" if plural else "was",
        "s": "" if plural else "s",
        "varies": "vary" if plural else "varies",
    }


def _quarters() -> list[tuple[int, int]]:
    out, (year, quarter) = [], FIRST_QUARTER
    while (year, quarter) <= LAST_QUARTER:
        out.append((year, quarter))
        year, quarter = (year, quarter + 1) if quarter < 4 else (year + 1, 1)
    return out


class _Composer:
    """Deterministic composition with memory: quotes never repeat, other sentences rarely."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.quotes: set[str] = set()
        self.sentences: Counter[str] = Counter()

    def slots(self, theme: str, when: dt.datetime, place: str) -> dict[str, str]:
        rng = self.rng
        topic = rng.choice(TOPICS[theme])
        return {
            **agreement(topic),
            "place": place,
            "patients": f"{rng.choice((8, 12, 19, 26, 38, 54, 71, 96)) * 1000 + rng.randint(1, 9) * 100:,}",
            "year": str(when.year - rng.randint(1, 4)),
            "month": MONTHS[when.month - 1],
            "doc": rng.choice(DOCS),
            "season": rng.choice(SEASONS),
            "n": f"{rng.choice((34, 48, 65, 120, 240, 410, 900, 1250, 2100, 3400)):,}",
            "pct": str(rng.randint(8, 74)),
            "money": rng.choice(("£20m", "£45m", "£120m", "£380m", "£1.2bn", "£2.4bn", "£75m", "£600m")),
        }

    def sentence(
        self, templates: tuple[str, ...], slots: dict[str, str], refill, limit: int = MAX_SENTENCE_REPEATS
    ) -> str:
        """A filled template used at most ``limit`` times (fresh slots if needed)."""
        for _ in range(60):
            text = self.rng.choice(templates).format(**slots)
            if self.sentences[text] < limit:
                self.sentences[text] += 1
                return text
            slots = refill()
        raise RuntimeError("sample site: the grammar ran out of fresh sentences")

    def quote(self, kind: str, stance: str, theme: str, place: str, year: int, avoid: set[str] | None = None) -> str:
        """A quote nobody has said before (its opening and reason not among ``avoid``, which
        gains them: a speaker's second quote in an article says something else)."""
        rng = self.rng
        avoid = set() if avoid is None else avoid
        for _ in range(200):
            prefix = rng.choice([x for x in PREFIXES[kind] if x not in avoid] or PREFIXES[kind])
            reason = rng.choice([x for x in REASONS[stance] if x not in avoid] or REASONS[stance])
            avoid.update((prefix, reason))
            prefix, reason = prefix.format(place=place), reason.format(place=place)
            claim = rng.choice(CLAIMS[stance]).format(**agreement(rng.choice(TOPICS[theme])))
            text = f"{prefix} {claim}, {reason}."
            if rng.random() < 0.4:
                text += " " + _cap(
                    rng.choice(FOLLOW_UPS[stance]).format(
                        place=rng.choice(P.PLACES), year=year - rng.randint(2, 6), k=rng.randint(2, 9)
                    )
                )
            if text not in self.quotes:
                self.quotes.add(text)
                return text
        raise RuntimeError("sample site: the grammar ran out of fresh quotes")

    def speaker(self, stance: str, year: int, place: str, exclude: str = "") -> tuple[str, str, str, str]:
        kind = self.rng.choice(KIND_FOR[stance])
        pool = [c for c in CAST if c[4] == kind and c[5] <= year <= c[6] and c[0] != exclude]
        name, role, org, pronoun, *_ = self.rng.choice(pool)
        return name, role, org.format(place=place), pronoun

    def comment(self, theme: str, stance: str, place: str) -> str:
        rng = self.rng
        for _ in range(200):
            claim = rng.choice(COMMENT_CLAIMS[stance]).format(**agreement(rng.choice(TOPICS[theme])))
            text = f"{rng.choice(COMMENT_OPENERS[stance])} {claim}."
            if rng.random() < 0.45:
                text += " " + rng.choice(COMMENT_CLOSERS[stance])
            if self.sentences[text] == 0:
                self.sentences[text] += 1
                return text
        raise RuntimeError("sample site: the grammar ran out of fresh comments")

    def reply(self, stance: str, place: str, year: int) -> str:
        rng = self.rng
        for _ in range(200):
            text = (
                f"{rng.choice(REPLY_STARTS[stance])} "
                f"{rng.choice(REPLY_ENDS).format(place=place, n=rng.randint(2, 18), year=year - rng.randint(1, 5))}"
            )
            text = _cap(text)
            if self.sentences[text] < MAX_SENTENCE_REPEATS:
                self.sentences[text] += 1
                return text
        raise RuntimeError("sample site: the grammar ran out of fresh replies")


def _thread(c: _Composer, themes: list[str], n: int, published: dt.datetime, place: str) -> list[dict]:
    comments: list[dict] = []
    when = published + dt.timedelta(minutes=c.rng.randint(8, 90))
    for i in range(n):
        stance = c.rng.choices(P.SENTIMENTS, weights=(6, 3, 2))[0]
        reply_to = None
        theme = c.rng.choice(themes)
        if i and c.rng.random() < 0.3:
            reply_to = c.rng.randint(max(1, i - 5), i)
            text = c.reply(stance, place, published.year)
            theme = themes[0]
        else:
            text = c.comment(theme, stance, place)
            if c.rng.random() < 0.12:  # a longer, two-paragraph comment
                text += "\n\n" + c.comment(c.rng.choice(themes), stance, place)
        comments.append(
            {
                "author": None if c.rng.random() < 0.12 else c.rng.choice(P.COMMENTERS),
                "posted": when.isoformat(timespec="seconds"),
                "text": text,
                "reply_to": reply_to,
                "sentiment": stance,
                "themes": [theme],
            }
        )
        when += dt.timedelta(minutes=c.rng.randint(3, 40) * (1 + i // 8))
    return comments


def _article(c: _Composer, published: dt.datetime, theme: str, secondary: str, stance: str, n_comments: int) -> dict:
    rng = c.rng
    place = rng.choice(P.PLACES)
    year = published.year

    def refill(t: str = theme) -> dict[str, str]:
        return c.slots(t, published, rng.choice(P.PLACES))

    slots = c.slots(theme, published, place)
    title = c.sentence(HEADLINES[stance], slots, refill, limit=1)  # no two articles share a headline
    paragraphs: list[dict] = []
    quotes: list[dict] = []

    def add(text: str, kind: str = "text") -> None:
        paragraphs.append({"kind": kind, "text": text})

    def quoted(text: str, who: tuple[str, str, str, str], feeling: str, cue: str = "said") -> None:
        quotes.append(
            {
                "paragraph": len(paragraphs) - 1,
                "text": text,
                "speaker": who[0],
                "role": who[1],
                "org": who[2],
                "cue": cue,
                "sentiment": feeling,
            }
        )

    add(c.sentence(LEADS, slots, refill))
    add(c.sentence(CONTEXTS, c.slots(theme, published, place), refill))
    who = c.speaker(stance, year, place)
    said: set[str] = set()
    q1 = c.quote(_kind_of(who[0]), stance, theme, place, year, said)
    add(f"{_cap(_attrib(*who[:3]))} said: ‘{q1}’")
    quoted(q1, who, stance)
    if rng.random() < 0.6:
        q1b = c.quote(_kind_of(who[0]), stance, theme, place, year, said)
        add(_added(q1b, who[3]))
        quoted(q1b, who, stance, cue="added")
    if rng.random() < 0.35:
        add(rng.choice(("Under the plans:", "The main points are:", f"The {slots['doc']} finds:")))
        for _ in range(rng.randint(3, 4)):
            add(
                c.sentence(CONTEXTS + LEADS, c.slots(rng.choice((theme, secondary)), published, place), refill).rstrip(
                    "."
                ),
                "bullet",
            )
    if rng.random() < 0.3:
        add(rng.choice(("What happens next", "Reaction", "The background", "What GPs say")), "heading")
    add(c.sentence(CONTEXTS, c.slots(secondary, published, place), lambda: refill(secondary)))
    other = {"negative": "positive", "positive": "negative", "neutral": rng.choice(("negative", "positive"))}[stance]
    who2 = c.speaker(other, year, place, exclude=who[0])
    said2: set[str] = set()
    q2 = c.quote(_kind_of(who2[0]), other, secondary, place, year, said2)
    add(f"But {_attrib(*who2[:3])} said: ‘{q2}’")
    quoted(q2, who2, other)
    if rng.random() < 0.4:
        q2b = c.quote(_kind_of(who2[0]), other, secondary, place, year, said2)
        add(f"{_surname(who2[0], who2[3])} said: ‘{q2b}’")
        quoted(q2b, who2, other)
    add(c.sentence(STATEMENTS, c.slots(theme, published, place), refill))
    themes = [theme] if secondary == theme else [theme, secondary]
    return {
        "slug": slugify(title),
        "title": title,
        "standfirst": c.sentence(STANDFIRSTS, slots, refill),
        "author": rng.choice(P.REPORTERS),
        "section": rng.choice(("news", "news", "news", "analysis")),
        "published": published.isoformat(timespec="seconds"),
        "themes": themes,
        "sentiment": stance,
        "paragraphs": paragraphs,
        "quotes": quotes,
        "comments": _thread(c, themes, n_comments, published, place),
    }


def _attrib(name: str, role: str, org: str) -> str:
    """``Dr Rory Kilbride, director of policy at the King’s Fund,``; else as the trade press
    writes its regulars (:func:`corpora.sample_site.generate._attribution`)."""
    if org.startswith("the "):
        return f"{name}, {role} at {org},"
    return _attribution(name, role, org)


def _kind_of(name: str) -> str:
    return next(c[4] for c in CAST if c[0] == name)


THREAD_SIZES = (0, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 8, 9, 10, 11, 12, 14, 16, 18, 22, 26)


def newsroom_articles(seed: int = 2015) -> list[dict]:
    """Seven articles a quarter from 2015 Q1 to 2026 Q3, every theme and stance, a few long threads."""
    c = _Composer(seed)
    articles, slugs = [], set()
    i = 0
    for year, quarter in _quarters():
        for k in range(PER_QUARTER):
            month = (quarter - 1) * 3 + 1 + (k * 3) // PER_QUARTER
            day = 1 + (k * 4 + c.rng.randint(0, 3)) % 27
            published = dt.datetime(year, month, day, c.rng.randint(6, 17), c.rng.choice((0, 15, 30, 45)))
            theme = P.THEMES[i % len(P.THEMES)]
            secondary = P.THEMES[(i * 4 + 3) % len(P.THEMES)]
            stance = P.SENTIMENTS[(i // len(P.THEMES) + i) % 3]
            size = 45 if i % 97 == 13 else c.rng.choice(THREAD_SIZES)  # a few threads paged (two pages)
            article = _article(c, published, theme, secondary, stance, size)
            while article["slug"] in slugs:
                article["slug"] += (
                    f"-{published:%Y-%m}" if not article["slug"].endswith(f"{published:%Y-%m}") else f"-{len(slugs)}"
                )
            slugs.add(article["slug"])
            articles.append(article)
            i += 1
    return articles
