"""The quote finder's word lists: cue verbs, titles, role and body words, document nouns, and the
phrases of ``corpora/entities.jsonl`` read by label.  Data and the regular expressions built from
it only; every module of the package reads them."""

from __future__ import annotations

from functools import lru_cache

from nlp.quotes import _re as re

# a stance with a clause, whose subject says it only when it is someone: "Dr X was clear that ...", not "It is clear
# that ..."
_STANCE_CUES = frozenset(
    f"{be} {how}" for be in ("is", "was") for how in ("clear", "convinced", "confident", "worried", "concerned")
)
_CUE_VERBS = (
    "said says say added adds told tells tell warned warns claimed claims stressed stresses argued argues "
    "explained explains insisted insists admitted admits commented comments noted notes wrote writes "
    "stated states continued continues concluded concludes urged urges suggested suggests believes believe "
    "asked asks responded responds replied replies acknowledged acknowledges recommended recommends "
    "pledged pledges promised promises agreed agrees announced announces emphasised emphasises emphasized "
    "highlighted highlights cautioned cautions revealed reveals predicted predicts maintained maintains "
    "accepted accepts conceded concedes complained complains vowed vows confirmed confirms reiterated "
    "accused accuses "
    "reiterates described describes included includes welcomed welcomes criticised criticises advised "
    "advises proposed proposes called calls found finds concluded hopes hoped expects expected "
    "thinks thought feels felt reads read saying speaking talking writing tweeted tweets posted disagreed "
    "disagrees countered counters retorted laughed laughs joked jokes quipped quips sighed sighs recalled recalls "
    "remarked remarks observed observes reflected reflects pressed write argue warn claim note insist admit stress "
    "explain conclude concede describe suggest observe acknowledge recommend praised praises hailed hails remembers remembered declared declares lamented laments "
    "protested mused muses wondered wonders asserted asserts boasted boasts recounted recounts answered objected "
    "shouted shouts heckled yelled chanted reported reports "
    # the popular papers' verbs: "‘...,’ fumed Dr X", "Dr Y confessed that ..."
    "fumed fumes raged rages pleaded pleads begged begs moaned moans confessed confesses demanded demands "
    "exclaimed exclaims scoffed scoffs snapped snaps groaned groans seethed "
    # and other reporting verbs: "‘...,’ enthused Dr X", "Dr Y fears that ...", "Dr Z emailed: ‘...’"
    "enthused enthuses gushed reckons reckoned fears feared worries assured assures reassured denied denies "
    "rebutted contended contends opined emailed blogged muttered whispered beamed queried queries questioned "
    "confides confided shrugs shrugged smiles smiled grins grinned "  # "‘...,’ he shrugs."
    "sobbed sobs wept weeps clarified clarifies "  # "‘Nobody ever called,’ Mrs X sobbed."
    "repeated repeats intervened intervenes "  # a meeting's: "‘Discussions,’ repeated Cllr X", "intervened the chair"
    "warning arguing claiming insisting urging "  # after a form of "be" only (_PROGRESSIVE)
    "sees regards regarded"  # "Dr X sees the hub as ‘...’": her view, as "describes X as" is
).split() + [
    "hit out",
    "hit back",  # "The BMA hit back: ‘...’", "hit back, warning that ..."
    "hits back",
    "hits out",
    "chipped in",  # "‘Not again,’ chipped in Cllr X"
    "chips in",
    "made clear",
    "made it clear",
    "makes clear",
    "makes it clear",
    "made the point",
    "makes the point",
    "is adamant",
    "was adamant",
    "is full of praise",  # "‘...’ Dr X, a GP partner at Y, is full of praise."
    "was full of praise",
    *sorted(_STANCE_CUES),
    "remains convinced",
    "remained convinced",
    "lashed out",
    "lashes out",
    "snapped back",
    "fired back",
    "shot back",
    "put it",
    "puts it",
    "summed it up",
    "sums it up",
    "summed up",
    "pointed out",
    "points out",
    "point out",  # "Dr X was quick to point out that ..."
    "went on",
    "goes on",
    # a chair cutting in: "The chair, Professor X, cut in: ‘...’"
    r"(?:cut|cuts|chipped|chips|butted|butts)\s+in(?=\s*[:,.]|\s*$)",
    "interrupted",
    "interrupts",
    "interjected",
    "interjects",
    # a statement issued: "The partners have issued the following statement:", "The BMA and the RCGP issued a joint
    # statement: ‘...’"
    r"(?:issued|issues|released|releases|put\s+out|puts\s+out)\s+(?:a|an|the\s+following|this|the)\s+(?:joint\s+)?"
    r"statement(?=\s*(?::|$))",
]
# "Dr X put it bluntly:", "As Dr X put it:", "Dr X pointed out:"
# the letters a member of a legislature puts after their name: "Alan X MP", "Edward X MSP"
_MEMBER = r"(?:MP|MSP|MS|MLA)"  # (its seat's word, "Member", is added in _SEAT)
# the letters after a name, one or several: a seat, an honour, a college's fellowship or membership, a degree
# ("Lena X MP", "Dr Rachel X MBE FRCGP", "Dr Sam X MRCGP")
_POSTNOMINALS = (
    r"(?:\s+(?:MP|MSP|MS|AM|MLA|KC|QC|OBE|MBE|CBE|DBE|KBE|KCB|GCB|CB|FRS|FRSE|FRCGP|FRCP|FRCPE|FRCS|FRCN|FRCPsych|FRCPCH|"
    r"FRCOG|FMedSci|"
    r"FFPH|MRCGP|MRCP|PhD))+$"
)
# how many, in words or figures: "the three LMCs", "3 practices"
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
# a member of a legislature, whose seat follows "for": "Conservative MP for Westerby", "the hon. Member for Leeds"
_SEAT = r"\b(?:" + _MEMBER + r"|[Mm]ember)"
# a seat's "for" just before a name: "Conservative MP for ", "the Member for "
_SEAT_FOR = re.compile(_SEAT + r"\s+for\s+$")
# a party after a councillor's or member's name: "Cllr Sam Okafor (Lab)"
_PARTY_TAG = (
    r"\s*\((?:Lab|Con|LD|Lib Dem|SNP|Green|Ind|PC|Plaid|Reform|DUP|SDLP|UUP|Alliance|CB|Non-Afl)(?:,\s*[^(),]{2,40})?\)"
)
# a member's seat: "MP for Carnforth East", "MSP for Na h-Eileanan an Iar"
_SEAT_FOR_A_PLACE = re.compile(r"\b(?:MP|MSP|MS|MLA|AM|[Mm]ember)\s+for\s+[A-Z]")
# a political party, named by its adjective or its name: "a Conservative committee member", "Lib Dem councillor"
_PARTY = (
    r"(?:Conservative|Tory|Labour|Liberal\s+Democrat|Lib\s+Dem|Green(?:\s+Party)?|SNP|Plaid(?:\s+Cymru)?|Reform(?:\s+UK)?|"
    r"DUP|SDLP|UUP|Ulster\s+Unionist(?:\s+Party)?|Sinn\s+F[ée]in|People\s+Before\s+Profit|TUV|Alliance|Independent)"
)
# the wards or seat in brackets after a member's party: "Cllr Peter X (Labour, Kingsmere and Hatherley)", places
_PARTY_AND_PLACE = re.compile(r"\((?:" + _PARTY + r"|Lab|Con|LD|Ind|PC)\s*,\s*([A-Z][^(),]{1,60})\)")
# posts whose holders come from a firm or an institution, so that ``from`` one word names the body, not a place:
# "administrators from Kroll", "a lawyer from Hempsons"
_STAFF_OF_A_FIRM = frozenset(
    "administrator liquidator auditor accountant lawyer solicitor barrister counsel researcher academic analyst "
    "economist inspector".split()
)
# passive cues whose agent follows the quote: "GPs were told to ‘do more with less’ by ..."
_PASSIVE_CUES = r"told|described|called|branded|labelled|labeled|dubbed|criticised|urged|warned|accused|advised"
# what a speaker does before a quote, in a feature: "Dr Hollis nods. ‘She is right.’"
_GESTURES = (
    r"nods|nodded|shrugs|shrugged|smiles|smiled|grins|grinned|grimaces|grimaced|winces|winced|frowns|frowned|"
    r"pauses|paused|hesitates|hesitated|laughs|laughed|sighs|sighed|chuckles|chuckled"
)
# how a speaker put it, before a colon: "Dr X was blunt: ‘...’"
_STANCE = (
    r"(?:blunt|clear|candid|adamant|emphatic|defiant|scathing|unequivocal|frank|direct|unrepentant|unapologetic|"
    r"philosophical|upbeat|optimistic|pessimistic|sceptical|skeptical|cautious|critical|damning|forthright|unmoved|"
    r"undeterred|unbowed|hopeful|wistful|rueful|resigned|realistic|pragmatic|proud|angry|furious|frustrated|weary|"
    r"bitter|wary|gloomy|downbeat|despondent|defensive|sanguine|fatalistic|unsurprised|unfazed|disappointed|"
    r"delighted|dismayed|appalled|alarmed|relieved|incredulous|unperturbed|"
    r"in\s+no\s+doubt|not\s+convinced|unconvinced|unimpressed|less\s+sure|not\s+(?:so\s+)?sure|more\s+positive|"
    r"more\s+cautious|not\s+impressed|blunter|franker|gloomier|more\s+(?:blunt|direct|candid|forthright|sceptical|"
    r"skeptical|critical|optimistic|pessimistic)|less\s+(?:optimistic|diplomatic|guarded|charitable))"
)
# verbs that attack, which introduce a quote before a colon ("Campaigner Sue X blasted: ‘...’") but before a fragment
# characterise ("slammed the offer as ‘insulting’": the labels' convention leaves those out)
_ATTACKS = r"(?:blasted|blasts|slammed|slams|lambasted|lambasts)"
# where a speaker stood in a debate, before a colon: "Dr X (Avon) opposed it: ‘...’", "Dr Y disputed that: ‘...’"
_DEBATE = (
    r"(?:(?:opposed|opposes|backed|backs|supported|supports|seconded|seconds|proposed|proposes|spoke\s+(?:for|against|"
    r"in\s+favour(?:\s+of)?))\s+(?:it|the\s+(?:motion|amendment|plan|proposals?|move|deal|changes?|bill|idea))|"
    r"(?:disputed|disputes|rejected|rejects|challenged|challenges|questioned|questions|contested|contests)\s+"
    r"(?:that|this|it|the\s+(?:claim|figures?|idea|plan|motion|suggestion|characterisation))|"
    r"went\s+(?:even\s+|much\s+|a\s+step\s+)?further)"  # "Speaking to this newspaper, he went further: ‘...’"
)
# participles that carry one speaker on to a second quote: "‘...’, adding: ‘...’"
_GOING_ON = r"(adding|saying|continuing|concluding)"
# participles that give a fragment to the subject of the verb they hang on: "The BMA hit back, describing the offer as
# ‘insulting’", "Dr X, dubbing it ‘the hub trap’, said ..."
_PARTICIPLE_CUES = (
    r"describing|calling|branding|labelling|labeling|dubbing|insisting|warning|arguing|claiming|saying|stressing|"
    r"noting|telling|citing"
)
# the doer of an absolute clause: "GPs reacted angrily, with one GP partner saying the plan was ‘...’"
_WITH_DOER = re.compile(
    r"\bwith\s+(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'-]+)\s+(?P<cue>"
    + _PARTICIPLE_CUES
    + r"|telling\s+[\w’'-]+(?:\s+that)?)\b[^,;:.!?]*$"
)
# cues only after a form of "be": "X was speaking at ...", "Dr Y has been warning for months that ..."
_PROGRESSIVE = {"speaking", "talking", "writing", "warning", "arguing", "claiming", "insisting", "urging"}
_CUE_RE = re.compile(
    r"\b(?:(?P<according>[Aa]ccording to|[Ii]n the (?:words|view|opinion) of|[Tt]o quote|[Tt]o borrow (?:a|the) phrase (?:from|of)|[Rr]eaction from|(?:(?:[Tt]hat|[Tt]his|[Ss]uch|[Tt]hese|[Tt]hose)\s+(?:was|is|were|are)\s+)?[Tt]he\s+"
    r"(?:(?:blunt|stark|simple|clear|firm|damning|considered)\s+)?"
    r"(?:verdict|message|warning|assessment|conclusion|answer|response|reply|view|words|pledge|promise|plea)\s+"
    r"(?:of|from|came\s+from))|(?<!-)(?P<verb>"
    + "|".join(sorted(set(_CUE_VERBS), key=len, reverse=True))
    # where a document or a speech begins or ends, with nothing after the verb: "‘Dear patients,’ it begins", "The
    # letter ends: ‘...’", "‘Well,’ she began," (not "began publishing", "ends on Friday")
    + r"|(?:begins|began|ends)(?=\s*[,.:;!?]|\s*$)"
    + r")(?P<object>\s+(?:(?:the|a|an)\s+(?:[a-z]+\s+)?(?:conference|committee|meeting|audience|webinar|briefing|"
    r"event|summit|inquiry|hearing)|him|her|them|(?:the\s+)?(?:Pulse|BMJ|MPs|peers|delegates|journalists|reporters|[A-Z][\w’'&-]+"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'&-]+)*)))?)\b"
)
_CUE_SET = frozenset(_CUE_VERBS) | {"begins", "began", "ends", "hit", "hits"}  # ("hit back", "hit out")
# words passed over when a phrase's own words are read ("several GPs" -> GPs, "one GP"); quantifiers included
_DETERMINERS = {"the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "its", "their"}
_ARTICLES = ("the", "a", "an")
# words dropped from the front of a name ("its latest report", "this chair")
_NOUN_DETERMINERS = (*_ARTICLES, "this", "its", "their")
# a body named after its patron, whose possessive is part of the name: "Queen’s Medical Centre", "King’s Fund"
_PATRONS = frozenset({"King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Lady", "Lord", "Bishop", "Saint"})
# words that say what kind of body it is, not which: "Medical Centre", "Community Hospital"
_KIND_WORDS = frozenset(
    "medical health healthcare community university teaching district county city family primary care dental "
    "surgical memorial royal children’s women’s".split()
)
# the forces, bodies a doctor may serve in, named by one common word: "an Army GP"
_ARMED_FORCES = frozenset({"army", "navy", "raf", "marines"})
# places named as two joined by "and", which have no shape to tell them from a body's name ("Kent and Medway LMC"):
# council areas and the NHS's areas of the four nations, as a post's place names them ("GP partner, Argyll and Bute")
_JOINT_PLACES = (
    "Argyll and Bute",
    "Dumfries and Galloway",
    "Perth and Kinross",
    "Brighton and Hove",
    "Telford and Wrekin",
    "Redcar and Cleveland",
    "Windsor and Maidenhead",
    "Kensington and Chelsea",
    "Hammersmith and Fulham",
    "Barking and Dagenham",
    "Kent and Medway",
    "Norfolk and Waveney",
    "Cheshire and Merseyside",
    "Birmingham and Solihull",
    "Coventry and Warwickshire",
    "Herefordshire and Worcestershire",
    "Cambridgeshire and Peterborough",
    "Fermanagh and Omagh",
    "Lisburn and Castlereagh",
    "Antrim and Newtownabbey",
)
# a place by its shape, which no body's name has alone: "North Yorkshire", "Greater Manchester", "Isle of Wight",
# "County Durham", "Lancashire", a nation
_PLACE_SHAPE = (
    r"(?:North|South|East|West|Greater|Central|Inner|Outer|Mid)(?:[\s-](?:East|West))?\s+[A-Z][a-z]+"
    r"|County\s+[A-Z][a-z]+|Isle\s+of\s+[A-Z][a-z]+|[A-Z][a-z]+shire|England|Scotland|Wales|Northern\s+Ireland"
    r"|" + r"|".join(p.replace(" ", r"\s+") for p in _JOINT_PLACES)
)
# a region of the country, which is no organisation: "the North East", "the Midlands", "East Anglia" (the twin of the
# shapes above, checked beside them where a place may stand)
_REGION = (
    r"(?:the\s+)?(?:(?:North|South)(?:[\s-](?:East|West))?|East|West|(?:East\s+|West\s+)?Midlands|East\s+Anglia|"
    r"Home\s+Counties|South\s+Coast)"
)
# what a post may be "-based" in that is not a place: "Home-based", "Community-based", "Remote-based"
_NOT_A_PLACE = frozenset(
    "home community remote hospital practice office clinic surgery school campus field ward".split()
)
# a town of one word, as where a post is held follows it: "Ripon", "Stoke-on-Trent"
_TOWN = r"[A-Z][a-z][\w’'-]*"
# a town whose name has one of the words English places open with: "Little Aston", "Great Barr", "Long Eaton"
_TOWN_WITH_PREFIX = (
    r"(?:Little|Great|Upper|Lower|Nether|Old|New|Long|High|Much|Market|King[’']?s|Bishop[’']?s|St)\s+" + _TOWN
)
# the posts written in capitals that may follow a name without a comma: "Dr Priya X CD at Y PCN"
_POST_ACRONYMS = r"(?:CD|GP|CEO|ANP|PA)"
_ROLE_CAPS = set("GP NHS Dr A&E PA ANP CD CEO MP MSP MLA PM GPwSI GPwER GPSI IT HR ARRS".split())
# a doctor's training grade before a post: "an FY2 doctor", "an ST3 registrar", no body's name
_TRAINING_GRADE = re.compile(r"FY[12]|F[12]|ST[1-8]|CT[1-3]|GPST[1-4]|GPStR|StR|SpR|SHO")
_PREFIX_ENTS = {"ROLE", "NHS_ORG", "PROF_BODY", "THINK_TANK", "ORG"}
_OBJECT_VERBS = {"told", "tells", "asked", "asks", "warned", "warns", "urged", "urges", "advised", "advises"}
_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "thing", "we": "thing", "i": "person"}
# a person named by age or family ("the 58-year-old", "the mother-of-two", "the mother of two"): read like "she" or "he"
# the words the popular papers vary a named member of the public by: "the pensioner added" (and "the retired nurse")
_LAY_EPITHETS = r"(?:pensioner|widow|widower|retiree|gran|granny|grandad|grandmother|grandfather)"
_EPITHET = re.compile(
    r"the\s+(?:\d{1,3}-year-old|(?:grand)?(?:mother|father|mum|dad)[- ]of[- ](?:one|two|three|four|five|\d)|"
    + _LAY_EPITHETS
    + r"|retired\s+[a-z]+(?:\s+driver)?)(?:\s+[a-z]+)?(?:\s+from\s+[A-Z][\w-]+)?"
)
_EPITHET_MARK = "epithet"
_TITLES = (
    # (a chair's kind before "Professor": "Emeritus Professor X", "Associate Professor Y")
    r"(?:(?:(?:Emeritus|Clinical|Honorary|Regius|Associate|Assistant|Visiting)\s+)?(?:Prof|Professor)|"
    r"Dr|professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lady|Baroness|Baron|Cllr|Councillor|Rt Hon|"
    r"Lord(?!\s+(?:Mayor|Lieutenant|Provost|Chancellor|Chief|Speaker|Justice)\b)|"  # not "the Lord Mayor X"
    r"Rev|Revd|Reverend|Rt Rev|Rt Revd|Very Rev|Most Rev|Canon|Rabbi|Fr|"  # and the clergy's: "Rev Canon John X", "Fr Liam X"
    r"[Tt]he\s+(?:(?:Rt|Very|Most)\s+)?(?:Rev|Revd|Reverend)|[Tt]he\s+(?:Rt\s+)?Hon|"  # "the Rev Ann X", "the Hon Y"
    # the forces' ranks, which the press writes before a doctor's name as it writes "Dr": "Surgeon Captain Dr Ann X",
    # "Air Vice-Marshal Y" (none that opens a capitalised phrase of its own, as "General" and "Major" do)
    r"(?:Surgeon\s+)?(?:(?:Rear|Vice)\s+)?Admiral|(?:Surgeon\s+)?Commodore|Surgeon\s+(?:Captain|Commander)|"
    r"Air\s+(?:Vice-)?Marshal|Air\s+Chief\s+Marshal|Air\s+Commodore|Group\s+Captain|Wing\s+Commander|"
    r"Squadron\s+Leader|Flight\s+Lieutenant|(?:Lieutenant|Major|Brigadier)\s+General|Brigadier|"
    r"(?:Lieutenant\s+)?Colonel|Lt\s+Col|Lieutenant\s+Commander)\.?"
)
_TITLE_RE = re.compile(r"^(?:" + _TITLES + r"\s+)+")
# a given name in brackets between a title and a surname, as peers are styled: "Baroness (Clare) X"; group 1 the name
_BRACKETED_GIVEN = re.compile(r"(?:^|\s)(?:" + _TITLES + r")\s+\(([A-Z][\w’'-]+)\)\s+(?=[A-Z][\w’'-])")
# a knight's or dame's title, which the press follows with the first name alone: "Sir Keir", "Dame Clare"
_KNIGHTED = re.compile(r"(?:Sir|Dame)\s")
# a department's letters, which name no body: "IT lead", "HR manager"
_DEPARTMENTS = frozenset({"IT", "HR", "ICT", "PR", "IG", "QI", "R&D"})
# a post written in capitals, its function no body: "Head of Operations", "Chief Operating Officer"
_FUNCTIONS = (
    r"(?:Operations|Nursing|Communications|Finance|Estates|Workforce|Strategy|Transformation|Quality|Governance|People|"
    r"Digital|Pharmacy|Commissioning|Partnerships|Marketing|Corporate\s+Affairs|Patient\s+Experience|Clinical\s+Services|"
    r"Medicines\s+Optimisation|Primary\s+Care|Business\s+Development|Human\s+Resources|Performance|"
    # and a technology firm's: "Head of Product", "VP of Engineering", "Director of Information Governance"
    r"Products?|Policy|Engineering|Research|Data|Technology|Growth|Sales|Innovation|Information\s+Governance|"
    r"Insight|Analytics|Public\s+Affairs|Clinical\s+Safety|Customer\s+Success|Customer\s+Services|Education|"
    r"Engagement|Compliance|Safeguarding|Medical\s+Affairs)"
)
_TITLE_CASE_POST = re.compile(
    r"(?:(?:Deputy|Associate|Assistant|Interim|Acting|Joint|Senior|Global|UK)\s+)?"
    r"(?:(?:Head|Director|VP|Vice\s+President|General\s+Manager)\s+of\s+"
    + _FUNCTIONS
    + r"|Chief\s+(?:Operating|Financial|Finance|Information|Digital|People|Technology|Clinical\s+Information|Product|"
    r"Commercial|Medical\s+Information|Nursing\s+Information)\s+Officer|"
    + _FUNCTIONS
    + r"\s+(?:Manager|Director|Lead|Officer))"
)
# clinicians a story may name by the town they work in, as it does a GP: "Hexley pharmacist Sana X"
_CLINICIANS = frozenset(
    "pharmacist dentist nurse optometrist optician physiotherapist paramedic midwife doctor".split()
)
# since when a post has been held, or by which scheme it is paid for, which is no part of it: "a pharmacist employed
# by the network since last year", "... through the national reimbursement scheme"
_SINCE_OR_BY_WHICH_SCHEME = re.compile(
    r"(?<=\S)\s+(?:since\s+(?:last\s+\w+|\d{4})|through\s+(?:the|a)\s+[\w -]+?scheme)\b.*$"
)
# a technology firm's posts by their letters, whose body follows: "CTO at X", "SIRO for Y"
_LETTERED_POST = r"(?:CTO|CIO|CCIO|CMIO|CNIO|CFO|COO|CPO|SIRO|DPO)"
# a post in capitals or by its letters, as a firm's press release writes it: "Head of Product", "CTO"
_POST_IN_CAPITALS = r"(?:" + _TITLE_CASE_POST.pattern + "|" + _LETTERED_POST + ")"
# that post, then the body it is held at: "VP of Partnerships at Notely Health", "CTO, Wren Digital" (groups: the
# post, the body)
_POST_IN_CAPITALS_AT = re.compile(
    r"(?:(?:the|a|an|its|their)\s+)?(" + _POST_IN_CAPITALS + r")(?:,|\s+(?:at|of|for))\s+(?:the\s+)?([A-Z].*)"
)
# particles that open a surname, which a sentence opening with the surname capitalises: "Van der Berg said"
_CAPITAL_PARTICLES = frozenset("van von de da dos ap ab bin le du al el del della di ter".split())
# "Mabon ap Gwynfor", "Anna van der Berg", and the Irish surnames' "Siân Ní Bhriain", "Pádraig Ó Briain"
_NAME_PARTICLES = r"(?:ap|ab|de|da|van|von|der|ter|bin|bint|ibn|al|le|du|Ní|Nic|Ó|Uí|Mac|Mhic)"
# a name with particles in lower case between capitalised words, untitled: "Llinos ap Gwyn", "Joost van der Berg"
_PARTICLE_NAME = re.compile(
    r"(?<![\w’'])[A-Z][a-z][\w’'-]*\s+(?:(?:ap|ab|de|da|dos|van|von|der|den|ter|te|op|bin|ibn|al|le|du|di|del|della|ferch)\s+){1,2}"
    r"[A-Z][\w’'-]+"
)
_TITLED_NAME = re.compile(
    r"\b"
    + _TITLES
    + r"\s+((?:[A-Z]\.?\s+){0,2}(?:(?:"
    + _NAME_PARTICLES
    + r")\s+){0,2}(?:[A-Z][\w’'-]+)(?:\s+(?:"
    + _NAME_PARTICLES
    + r"\s+)*[A-Z][\w’'-]+)*)"  # "Mr ap Gwynfor", "Dr van Mellaerts"
)
# an office in capitals, then its holder's name of two words: "Minister for Care Stephen Larkin", "Secretary of
# State for Health and Social Care Dr Gideon Marlow"
_OFFICE_THEN_NAME = re.compile(
    r"((?:Minister|Secretary\s+of\s+State|Minister\s+of\s+State|Cabinet\s+Secretary)\s+(?:for|of)\s+[A-Z][\w’'-]*"
    r"(?:\s+(?:and\s+|for\s+|of\s+)?[A-Z][\w’'-]*)*?)\s+((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
)
# a party's member by the party alone, named by its adjective or by its name with a possessive: "Labour’s Wes X",
# "Scottish Labour’s Jackie X", "Welsh Conservative Sam X", "The Liberal Democrats’ Helen X"
_PARTY_THEN_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?P<party>(?:(?:Scottish|Welsh)\s+)?(?:Conservative|Tory|Tories|Labour|Liberal\s+Democrat|Lib\s+Dem|"
    r"Green(?:\s+Party)?|SNP|Plaid(?:\s+Cymru)?|Reform(?:\s+UK)?|DUP|SDLP|UUP)s?)(?:[’']s|(?<=s)[’'])?\s+"
    r"(?P<name>(?:"
    + _TITLES
    + r"\s+)?[A-Z][a-z][\w’'-]*(?:\s+(?:"
    + _NAME_PARTICLES
    + r"\s+)?[A-Z][a-z][\w’'-]*){1,2})"
)
# a judge's office before the name, as courts and tribunals write it and as the press does: "Employment Judge
# Hartley", "Employment judge Sarah Holt" (the kind of judge is no organisation)
# (and a circuit judge's style, "His Honour Judge X" or "HHJ X", a recorder's and a sheriff's: "Sheriff Principal X")
_JUDGE_THEN_NAME = re.compile(
    r"(?:(?:His|Her)\s+)?(?:Honour\s+)?"
    r"((?:(?:Employment|District|Circuit|Deputy|Tribunal|Immigration|High\s+Court)\s+){0,2}(?:Judge|(?<=\s)judge)|"
    r"HHJ|Recorder|Sheriff(?:\s+Principal)?)"
    r"\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
)
# what a body does with a document of its own: "The King’s Fund published a report", "The BMA sent a survey"
_PUBLISHES = frozenset(
    (
        "publish publishes published publishing release releases released releasing issue issues issued issuing "
        "send sends sent sending produce produces produced producing launch launches launched launching "
        "unveil unveils unveiled unveiling circulate circulates circulated circulating post posts posted posting"
    ).split()
)
_DOC_NOUNS = {
    "report",
    "plan",
    "document",
    "paper",
    "survey",
    "study",
    "review",
    "guidance",
    "letter",
    "statement",
    "contract",
    "strategy",
    "consultation",
    "analysis",
    "framework",
    "agreement",
    "white",
    "specification",
    "briefing",
    "release",
    "blog",
    "foreword",
    "manifesto",
    "motion",
    "research",
    "audit",
    "evaluation",
    "bulletin",
    "update",
    "stocktake",
    "announcement",
    "memo",
    "email",
    "minutes",
    "circular",
    "leaflet",
    "website",
    "poll",
    "petition",
    "newsletter",
    "submission",
    "account",
    "response",
}
# what someone says, named as a noun, before "of" and the one who says it: "the verdict of Dr X" (no post of hers)
_WORDS_OF = frozenset(
    "verdict message view views words response reply answer assessment conclusion warning plea advice comments "
    "remarks opinion".split()
)
# what a person is said to deny or accept after a dash, no post of theirs: "— a charge Dr X rejects"
_CLAIM_NOUNS = frozenset("charge claim accusation allegation suggestion characterisation criticism assertion".split())
# words dropped from a document's name: "its latest report" -> "report"
_DOC_MODIFIERS = ("new", "latest", "recent", "leaked", "official", "separate", "internal", "draft")
# the posts that head a body, which a bare post before a name ("Chair Professor X said") holds in the body just in focus
_BODY_POSTS = frozenset({"chair", "chairman", "chairwoman", "president", "chief executive", "director", "vice chair"})
# the head words of the posts a body's own people hold (those above, and who speaks for it), which a line with the body's
# name above ("The King’s Fund", then "‘...’ – Sarah X, chief executive") gives that body
# what says that a speaker is not named, or is one of many: "who asked not to be named", "of one large federation"
_ANONYMOUS = re.compile(
    r"\bwho\s+(?:asked|wished|did\s+not\s+(?:want|wish)|does\s+not\s+(?:want|wish)|declined)\s+(?:not\s+)?to\s+be\s+"
    r"(?:named|identified)|\bon\s+condition\s+of\s+anonymity|\bwho\s+(?:has|have)\s+not\s+been\s+named|"
    r"\bof\s+one\s+(?:[a-z][\w-]*\s+){0,2}(?:federation|practice|surgery|trust|network|PCN|ICB|LMC|partnership)\b",
    re.I,
)
# what a lede's unnamed post does before the next paragraph names its holder: "The health minister has defended the
# new GP contract", then "Sarah X said"
_LEDE_VERBS = frozenset(
    "defended defends pledged pledges unveiled unveils announced announces promised promises vowed vows admitted "
    "admits rejected rejects criticised criticises attacked attacks welcomed welcomes launched launches backed backs "
    "thrown throws faced faces condemned condemns written writes wrote".split()
)
# a paper's interview with someone, whose "he" or "she" follows: "The Gazette has an interview with the chair of X, Dr Y"
_AN_INTERVIEW_WITH = re.compile(
    r"\b(?:an?|its|the)\s+(?:interview|conversation|chat)\s+with\s+(?:[^.;:!?]{0,80},\s+)?(?:(?:" + _TITLES + r")\s+)*$"
)
# a sentence that opens with a body by its kind as its subject: "The federation now employs 210 staff" (group 1)
_THE_KIND_OPENS = re.compile(r"(?:^|[.!?]\s+)[Tt]he\s+([a-z]+)\s+(?:now\s+|also\s+|has\s+|had\s+)?[a-z]+s?\b")
# the post someone is appointed to, after their name: "as its new director of primary care" (groups 1 and 2: the
# determiner, then the post without "new")
_APPOINTED_AS = re.compile(
    r"\s+as\s+((?:its|their|the|a|an)\s+)(?:(?:new|next|first|permanent)\s+)?([a-z][^,;:()–—.]{1,80}?)(?=,|\.|;|$)"
)
# a name, then a post at a body whose name, however long, ends the phrase: "lead author Dr X, an academic clinical
# lecturer at the University of Y’s Institute of Z"
_POSTED_AT_A_NAME = re.compile(
    r"(?:[a-z][\w-]*\s+){0,3}(?:"
    + _TITLES
    + r"\s+)?[A-Z][^,]*,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,5}(?:at|of|for)\s+"
    r"(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the|&))*"
)
_A_BODY_S_POST = frozenset(
    "chair chairman chairwoman co-chair vice-chair president executive director head lead officer secretary "
    "spokesperson spokesman spokeswoman chief".split()
)
# common given names whose bearers the article is likely to call "he" or "she": read to choose between two people a
# pronoun could mean when the article has not said which is which, to take "Amanda X" for a person where the tagger
# did not, to accept a first name alone after a post ("Our practice manager, Karen") and a person's post before its
# holder ("Wes X's deputy, Y"); never shown, never a speaker's attribute; names given to either are left out ("Sam",
# "Alex", "Jo", "Chris")
_GIVEN_HE = frozenset(
    """adam adrian ahmed aidan alan alastair alistair amir andrew angus anil anthony arjun arthur ashok barry ben
    benjamin bernard bill brian callum carl charles colin craig daniel darren david dean declan derek dominic donald
    douglas duncan edward ewan farhan fergus finlay francis fraser gareth gary gavin geoffrey george gerald gordon
    graham greg gregory hamish harry hassan henry hugh iain ian imran ivan jack jacob jake james jason jeremy jim john
    jonathan joseph julian justin kamal keith kenneth kevin kieran kofi kwame lee liam luke malcolm marcus mark martin
    matt matthew michael mike mohammed muhammad neil nicholas nick nigel oliver omar owen patrick paul pete peter phil philip raj rajesh ravi
    raymond richard robert roger rory russell ryan samuel sanjay scott sean simon stephen steven stuart suresh thomas
    timothy tom tony trevor vikram vincent wes william
    abdul abdullah adebayo ahmad akash amit andrei arun ashraf babak bilal bogdan chidi chinedu darius deepak dmitri
    emeka faisal farid hamid hiroshi hussein ibrahim ifeanyi jakub jamal karim kareem kenji khalid krzysztof kunle
    kwabena kwaku mahmoud majid manoj marek mehdi mehmet mihai mohamed mustafa nadeem naveen nnamdi obinna olumide
    pawel piotr pradeep rahul rajiv ramesh reza rohan sameer sandeep sanjeev sergei shahid sunil tariq tomasz tunde
    usman vijay waleed yusuf zain zubair
    albert alfred bert cyril dennis eric ernest frank fred frederick harold herbert leonard norman ronald sidney stanley
    walter wilfred
    aarav abhishek aditya ajay amitabh anand anish ankit arvind ashwin dhruv dinesh ganesh gaurav harish krishna kunal
    mahesh manish mohan mukesh nikhil nitin pankaj prakash pranav rakesh rohit sachin satish siddharth uday varun vinod
    vivek asif hamza hassan hussain idris ismail junaid kashif mohammad naveed osman qasim rashid rizwan saeed salman
    shoaib sohail tahir waqar waseem yasir younis zaheer abiodun adewale akin babatunde chukwuemeka ebuka femi gbenga
    jide kayode kojo kwesi oluwole segun olusegun yaw sipho thabo themba jabulani kagiso desmond winston clive delroy
    errol leroy anwar bashir dariush hadi hossein jamil nabil nasser navid omid ramin samir tarek walid yasin emre
    kemal murat burak takeshi haruto minh tuan duc bartosz dariusz grzegorz janusz lukasz mateusz michal radoslaw
    wojciech zbigniew andrzej vladimir florin laszlo zoltan istvan aled alun cian ciaran conor cormac dafydd darragh
    diarmuid dylan eoin emyr euan gethin huw iestyn ieuan iwan niall oisin owain padraig rhodri rhys ruairi seamus
    tadhg tomos tobias gideon jonah ezra felix hugo jasper rupert benedict bartholomew crispin giles lachlan magnus
    quentin rufus sebastian tristan barnaby cedric percy rodney roland alejandro carlos diego fernando javier jorge
    jose juan luis manuel miguel pablo pedro rafael ricardo sergio joao tiago giovanni giuseppe luca marco matteo
    paolo stefano jens johan joris lars stefan sven klaus henrik nils anders
    ron reg ken geoff terry roy stan len vic victor wilf howard neville alf bob dave mick jimmy ted eddie ernie sid
    wally""".split()
)
_GIVEN_SHE = frozenset(
    """aisha alison amanda amelia amy angela anita ann anna anne annie barbara beth bethany brenda carol caroline
    catherine charlotte chloe christine claire clare deborah debbie diane donna elaine eleanor elizabeth ella ellen
    emily emma fatima fiona frances gemma georgia gillian grace hannah harriet heather helen holly isabel jacqueline
    jane janet jennifer jenny jessica joan joanna joanne josephine judith julia julie karen kate katherine kathryn katie
    kirsty kathy laura lauren lesley linda lisa lorna louise lucy lynne margaret maria marie mary meera megan melanie michelle
    miriam nadia naomi natalie nicola nikki olivia pamela patricia paula pauline priya rachel rebecca rosalind rose
    ruth sally samantha sandra sarah sharon sheila shirley sian sonia sophie stephanie sue susan tessa tracey
    victoria wendy yvonne zoe jean edna doris maureen eileen joyce valerie betty irene sylvia iris marion mavis jill
    kelly
    adaeze amina ananya anjali asha ayesha bushra chidinma chioma deepa divya farah folake funmi hina ifeoma kavita
    lakshmi leila mariam maryam neha ngozi nkechi nasreen parveen pooja preeti priti rani rekha roya ruksana sadia
    samina sana shabnam shazia shirin sunita tahira uzma yasmin zainab zara zeynep agnieszka katarzyna magdalena olga
    irina svetlana ioana elena
    beryl dorothy edith ethel gladys hilda ivy marjorie mildred muriel phyllis violet vera
    aarti anusha aparna bhavna deepika geeta gita jyoti leena manisha meena nandini nisha priyanka radhika reena rupa
    sangeeta sarita seema shalini shilpa shreya sneha swati tanvi usha vandana vidya aaliyah asma hafsa hana huda
    humaira iqra khadija laila layla lubna nazia noor rabia rania rasha reem rukhsana saba saima salma samira shabana
    sumaira yara zahra abimbola adaora adebola adenike adeola amaka chiamaka chinwe chinyere ijeoma nneka titilayo
    yetunde akosua abena adwoa efua thandiwe nomvula lindiwe nandi palesa mei aiko haruka keiko yoko akiko linh thuy
    beata dorota ewa ewelina justyna kasia malgorzata marta monika natalia paulina zofia tatiana oksana natasha
    mihaela aoife aisling caoimhe ciara clodagh eilidh eimear fionnuala grainne mairead maeve niamh orla roisin
    saoirse siobhan sinead morag catriona mhairi isla ffion bethan catrin cerys eleri eluned gwen heledd lowri nia
    rhian rhiannon seren angharad carys ines lucia carmen isabella sofia chiara francesca giulia paola beatriz
    mariana ingrid astrid freya sigrid greta annika jade imogen jemima henrietta felicity octavia philippa penelope
    tamsin verity precious chipo rutendo ruvimbo tsitsi fadzai paulette pam val jackie bev lynn hazel glenda peggy
    kath rita lorraine tina debra denise gail gill""".split()
)
_GIVEN_NAMES = _GIVEN_HE | _GIVEN_SHE
# a headline's labels before a colon, which name no speaker: "Exclusive: ‘...’"
_HEADLINE_LABELS = frozenset(
    "exclusive revealed analysis comment opinion interview letters letter update breaking live watch listen explainer "
    "poll video podcast feature editorial review news investigation profile survey updated".split()
)
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "source", "representative"}
# an aside after one or some of a group that says why they are not named: "One of the partners, who asked not to be
# named,", "Two of the partners, speaking anonymously,"
_ANONYMOUS_ASIDE = r"(?:,\s+(?:who|speaking)\s[^,]*)?,?"
# the words after a possessive that ends a phrase ("The Royal College of GPs’ chair": "chair"), and a body's name
# before it that has its own "of" or "for", every word of it the name's
_POST_AFTER_A_POSSESSIVE = re.compile(r"(?<=[A-Za-z])(?:[’']s|s[’'])\s+([^’']+)$")
_A_BODY_NAMED_WITH_OF = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w&-]*(?:\s+(?:of|for|and|the|[A-Z][\w&-]*))*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&-]*"
    r"(?:\s+[A-Z][\w&-]*)*"
)
# a pronoun opening a sentence as the subject of a verb (of saying, when the verb is one): "She says ..."
_PRONOUN_SAYS = re.compile(  # (and a cue of two words: "He points out that ...")
    r"(?:^|(?<=[.!?]\s))(She|He|They)\s+(?:also\s+)?([a-z]+(?:\s+(?:out|on|back|up))?)\b"
)
# why, or for whom, after a name, which is no post: "thanked Priya X, for her work,", "Fiona X KC, for Dr Varma,"
_FOR_WHOM = r"for\s+(?:all\s+)?(?:(?:her|his|their|its|my|our)\s|(?:" + _TITLES + r")\s)"  # "for all his doubts"
# a judge named in the style of the office: "Mr Justice Cobb", "Lady Justice Marwood"
_JUDGE = re.compile(r"\b(Mr|Mrs|Ms|Lord|Lady)\s+Justice\s+([A-Z][\w’'-]+)")
# a post or a relation the writer calls theirs: "my trainer", "my old partner"
# (and "When I told a colleague this, he shook his head": the one the writer spoke to)
_MY_POST = re.compile(
    r"\b(?:[Mm]y|I\s+(?:told|asked|rang|called|emailed|met|spoke\s+to)\s+(?:a|an|one))\s+"
    r"(?:(?:old|former|then|first|new)\s+)?([a-z][\w-]*)\b"
)
# a source close to a kind of body: "source close to the company"
_CLOSE_TO_A_BODY = re.compile(r"(?:source|insider|figure)s?\s+close\s+to\s+the\s+([a-z]+)")
# whose words a comma introduces, as a colon would: "In his words, ‘...’", "In her own words,"
_IN_THEIR_WORDS = re.compile(r"\b[Ii]n\s+(?:his|her|their)\s+(?:own\s+)?words,\s*$")
# whom a headline's subject told, which makes its "told" active ("GPs told Pulse ...", "Streeting told MPs ..."):
# a paper, a house, a meeting, the writer; any other word after "told" is what they were told
_TOLD_LISTENER = re.compile(
    r"\s+(?:the\s+)?(?:Pulse|BMJ|HSJ|GPonline|BBC|MPs|MSPs|MSs|MLAs|AMs|peers|councillors|delegates|members|"
    r"journalists|reporters|conference|committee|inquiry|us|me|him|her|them)\b"
)
# a kind of body named by its adjective before a spokesperson: "A departmental spokeswoman" speaks for the department
_BODY_ADJECTIVES = {"departmental": "department", "governmental": "government"}
# news outlets, which report what others say: "The Times reported ..., quoting a source" is no source at the Times
_NEWS_OUTLETS = frozenset(
    {
        "Times",
        "Sunday Times",
        "Guardian",
        "Observer",
        "Telegraph",
        "Independent",
        "Financial Times",
        "Daily Mail",
        "Mail",
        "Mail on Sunday",
        "Mirror",
        "Sun",
        "Express",
        "BBC",
        "ITV",
        "Sky News",
        "Channel 4 News",
        "Pulse",
        "GPonline",
        "HSJ",
        "BMJ",
        "Lancet",
        "Health Service Journal",
        "Reuters",
        "i",
    }
)
# words between a speaker and a cue that leave the speaker its subject: "Dr X is expected to say", "was careful to
# say", "used her speech to warn", "took the opportunity to warn"
_RAISED_TO = (
    r"(?:(?:was|is|were|are)\s+(?:expected|due|set|likely|poised|understood|reported|said|thought|believed|known|"
    r"careful|keen|quick|eager|anxious|at\s+pains|happy|willing|prepared)\s+to(?:\s+have)?"
    r"|(?:used|uses)\s+(?:her|his|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}to|took\s+the\s+opportunity\s+to)"
)
_AUX_TAIL = re.compile(
    r"\s+(?:also|already|then|has|have|had|been|previously|since|subsequently|again|today|yesterday|recently|would|will|was|is|both|all|jointly|"
    r"further|once|later|last\s+week|this\s+week|earlier|however|now|(?:used|liked|loved)\s+to|"
    + _RAISED_TO
    + r"|(?:was|is|were)\s+fond\s+of|(?:has|have|had)\s+(?:long|always|never|often)|(?:was|were|is|has\s+been)\s+(?:quoted|reported|recorded|minuted)\s+as|"
    r"(?!(?:family|assembly|ally|rally|supply|reply)\s*$)(?-i:[a-z]+ly))\s*$",  # "officials privately concede"
    re.I,
)
_CLAUSE_SPLIT = re.compile(
    r"[;:–—(\[,]|\b(?:which|that|and|but|while|whereas|although|though|because|"
    r"as|so|if|when|after|before|since|where|yet|however|meanwhile|what|whom)\b|\b(?:said|says|told|added|claimed|"
    r"warned|argued|insisted|stressed|shows?|showed|reveals?|revealed)\b|\bwho\b(?=\s+(?:said|says|told|added))"
)
# an NHS body named after two places: "Kent and Medway ICB", "Guy’s and St Thomas’ NHS Foundation Trust"
_PLACE_PAIR_BODY = re.compile(
    # (not two bodies: "Thornleigh Borough Council and NHS Thornleigh ICB")
    r"(?<![\w’'])(?:(?!(?:Council|Trust|Board|ICB|LMC|PCN)\s)[A-Z][\w’'-]*\s+){1,3}and\s+(?!NHS\s)"
    r"(?:[A-Z][\w’'-]*\s+(?:of\s+(?=[A-Z]))?){1,4}?"  # "Isles of Scilly"
    r"(?:NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust|(?:University\s+)?Health\s+Board|Integrated\s+Care\s+"
    r"Board|ICB|ICS|LMCs?|PCNs?|CCG|Trust|Council|Federation|Partnership|Hospitals?)(?![\w’'])"
)
# the parts of a body that speak for it under the body's name: "the BMA’s GP committee", "its board", "the ICB’s
# executive", "the practice team"
_PARTS_OF_A_BODY = frozenset({"committee", "board", "council", "executive", "team", "group"})
_PART_OF_A_BODY = re.compile(  # (and a nation's: "Welsh GP committee")
    r"(?:(?:Welsh|Scottish|English|Northern\s+Irish)\s+)?(?:[A-Z]{2,}\s+)?(?:"
    + "|".join(sorted(_PARTS_OF_A_BODY))
    + ")"
)
# the parts of a body that act for it, and those who govern it: "Mersey Vale ICB’s board approved the plan"
_BODY_PARTS = _PARTS_OF_A_BODY | {"members", "trustees", "governors"}
# acronyms for a kind of NHS body, not one body: "an LMC chair", "PCN clinical director"
_KIND_OF_BODY = frozenset({"PCN", "LMC", "ICB", "ICS", "CCG", "PPG"})
# such a kind of body spelt out in lower case after an article, which names no one body ("chair of the local medical
# committee"), read as its letters are
_KIND_SPELT_OUT = {
    "local medical committee": "LMC",
    "integrated care board": "ICB",
    "integrated care system": "ICS",
    "clinical commissioning group": "CCG",
    "primary care network": "PCN",
    "patient participation group": "PPG",
}
_KIND_SPELT_OUT_RE = re.compile(
    r"(?<=\b(?:the|its|our) )(?:local )?(" + "|".join(_KIND_SPELT_OUT) + r")(?=s?\b)"  # not "Lewisham local ..."
)
# a kind of body that a role took from the front of an apposition: "LMC in a speech to the conference"
_KIND_FIRST = re.compile(r"^(?:" + "|".join(sorted(_KIND_OF_BODY)) + r")s?\s+(?=[a-z])")
# a kind of body written as if it were one's name ("The ICB said", "a GP federation", "Parish council chairman"),
# which no organisation filter should list: the body is unnamed
_KIND_AS_NAME = frozenset(
    {k.lower() for k in _KIND_OF_BODY}
    | {
        "gp federation",
        "gp federations",
        "gp committee",
        "parish council",
        "town council",
        "primary care network",
        "integrated care board",
        "integrated care system",
        "local medical committee",
        "clinical commissioning group",
    }
)
# words that open an office written in capitals: "Cabinet Secretary for Health", "Chief Medical Officer"
_OFFICE_WORDS = frozenset(
    "cabinet health shadow deputy chief prime first junior public medical nursing executive general national "
    "clinical finance policy primary care social home joint honorary vice assistant associate acting interim".split()
)
# words that make another office of a role: a shadow minister is not the minister
_OFFICE_MODIFIERS = (
    r"\b(?:shadow|deputy|acting|interim|former|senior|assistant|associate|joint|vice|outgoing|incoming|honorary)"
)
# a photo caption's pointer after a name: "Dr Lorna Fitch (pictured), a GP partner in Bristol, said"
_CAPTION_WORDS = r"(?i:pictured|left|right|above|below|inset|centre|center|top|bottom)"
_CAPTION_POINTER = r"\s*\((?:" + _CAPTION_WORDS + r"|(?i:not\s+(?:her|his|their)\s+real\s+name))(?:[ ,]+\w+)?\)"
_CAPTION = re.compile(_CAPTION_POINTER + r"(?=\s*$|,)")
# the same pointer between commas: "Dr Omar Aziz, pictured, a GP in Luton, said"
_CAPTION_ASIDE = re.compile(r",\s+" + _CAPTION_WORDS + r"(?:\s+" + _CAPTION_WORDS + r")?(?=,)")
_LEAD_WORDS = re.compile(
    r"^(?:but|and|however|meanwhile|also|now|yet|so|still|instead|separately|while|whilst|whereas|although|though|as|then|"
    r"when|after|before|since|once|because|if|unless|until|what|"
    # when, as a sentence opens: "Last week Dr X said", "Earlier this year Dr Y warned"
    r"(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|autumn|winter)|yesterday|today|"
    r"earlier\s+this\s+(?:week|month|year))\b[,\s]*",
    re.I,
)
# where or in what, as a sentence opens before its subject: "In London, the ICB’s medical director, Dr X",
# "Back in England, ...", "At the Court of Appeal, his barrister, Y KC,", "In a statement, ..."
_OPENING_PLACE = re.compile(
    r"(?:(?:back|over|out|down|up|elsewhere)\s+)?(?:in|at|across|outside|inside|within|on)\s+[^,;:]{2,50},\s+"
    r"(?=(?:the|his|her|its|their|a|an)\s|[A-Z])",
    re.I,
)
# when or where, after an inverted cue's speaker: "said Dr X on Tuesday", "said Dr X at the LMC conference in York"
_WHEN_OR_WHERE = (
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|at\s+the\s+weekend|"
    r"(?:last|this)\s+(?:week|month|year|night|morning)|at\s+(?:the|a|an|this|last)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:conference|meeting|summit|event|debate|launch|hearing|show|festival|congress|rally)\b.*)$"
)
# not after a title's full stop: "Dr. Emily X"
_NOT_A_TITLE = (
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bCllr)(?<!\bet al)"  # nor "Smith et al. (2021)"
    # nor a middle initial after a capitalised name or a title: "Dr John P. Oakes", "Dr A. Simpson"
    + "".join(rf"(?<!\b[A-Z][a-z]{{{n}}}\s[A-Z])" for n in range(1, 12))
    + r"(?<!\b[A-Z]\.\s[A-Z])"  # nor a second initial: "Dr A. J. Patel"
)
# a live blog's time stamp before an entry, with a plain hyphen ("14:35 - Dr X ...", "2.10pm - A spokesperson ..."),
# which the finder reads as an en dash (after which, or a colon, it reads the entry as a sentence of its own)
_LIVE_STAMP = re.compile(r"^(\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+)-(?=\s+\S)", re.I)
# a footnote's mark after a word, which the quote finder's masked text blanks: "Dr Anna X[2] said", "Dr Anna X¹ said";
# and a social-media handle in brackets after a name: "Dr Anna X (@AnnaXGP), a GP in Leeds, said"
_FOOTNOTE = re.compile(
    r"(?<=[\w.,;:!?’”])(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s\((?:@\w{1,30}|(?:far\s+)?(?:left|right)|cent(?:re|er)|pictured|"
    r"above|below|inset|top|bottom)\)(?=[\s,;:.]))"
)  # and a picture's place: "Dr A (left) and Dr B (right) said"
# a title's initials, each with a full stop that ends no sentence: "Dr A. J. Patel"
_TITLED_INITIALS = re.compile(
    r"\b((?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)[.\u2024]?\s+)((?:[A-Z]\.\s?){1,3})(?=[A-Z][a-z])"
)
_SENT_END = re.compile(_NOT_A_TITLE + r"(?:[.!?]+[’'”\")\]]*\s+(?=[A-Z‘“'\"(•\d])|[.!?]+[’'”\")\]]*\s*$)")
# head nouns of a person's role: "the review chair", "the minister", "a GP locum in the Midlands"
_ROLE_HEADS = frozenset(
    (
        "chair chairman chairwoman co-chair vice-chair president vice-president secretary minister director executive "
        "officer partner gp gps gpwsi gpwer gpsi locum patient resident carer manager lead leader fellow author "
        "researcher nurse pharmacist doctor clinician practitioner spokesperson spokesman spokeswoman representative "
        "member founder trustee adviser advisor analyst economist commissioner registrar trainee consultant surgeon associate "
        "campaigner councillor mp msp mla chief head governor chancellor professor lecturer paramedic physiotherapist "
        "receptionist administrator editor correspondent dean coordinator organiser organizer boss owner principal "
        "superintendent coroner ombudsman inspector auditor midwife dentist source official respondent participant "
        "interviewee delegate reader commenter caller listener insider pensioner villager volunteer retiree "
        "student teacher colleague pa anp hca navigator technician coach worker assistant staff user friend ally "
        "aide supporter critic family deputy presenter host interviewer broadcaster journalist reporter columnist counsel "
        "barrister solicitor lawyer panellist panelist trainer mentor mentee supervisor tutor appraiser examiner "
        "assessor educator rep constituent shopkeeper farmer builder driver cleaner electrician plumber publican "
        "vicar headteacher businessman businesswoman hairdresser mechanic engineer chef landlord landlady parent "
        "grandparent grandfather grandmother mum dad "
        "expert opponent sceptic skeptic observer commentator "  # "Experts warned", "Opponents claimed"
        "facilitator moderator convener ambassador champion steward viewer speaker successor predecessor "
        # and the public and staff a story quotes unnamed ("One attendee said", "One objector wrote")
        "attendee employee contributor objector petitioner protester protestor signatory homeowner tenant "
        "leaseholder trader consultee whistleblower agent applicant relative "
        "islander crofter fisherman fisherwoman postman postwoman "  # "Islander Calum X, 74, said"
        # ("The panel’s adult facilitator, X", "His successor, Dr X")
        # clinicians of other fields, who speak in stories about referrals and the hospital end of the NHS
        "psychiatrist psychologist physician therapist psychotherapist dietitian dietician optometrist optician "
        "podiatrist chiropodist osteopath anaesthetist anesthetist radiologist radiographer sonographer pathologist "
        "oncologist cardiologist dermatologist neurologist rheumatologist gastroenterologist endocrinologist "
        "haematologist urologist ophthalmologist geriatrician paediatrician pediatrician obstetrician gynaecologist "
        "epidemiologist virologist immunologist microbiologist pharmacologist audiologist phlebotomist hygienist "
        "counsellor specialist generalist medic intern matron visitor "
        # the people of a court, an inquest or a hearing: "the judge added", "the witness said"
        "judge magistrate prosecutor claimant defendant witness juror sheriff clerk complainant applicant "
        "investigator caseworker "
        # and others a story quotes by what they are: "the scientist said", "the peer told the Lords"
        "scientist statistician academic historian sociologist demographer writer novelist blogger activist "
        "lobbyist peer backbencher negotiator bishop chaplain priest rabbi imam veteran whistleblower accountant "
        "archbishop mayor provost treasurer convener convenor "
        "actuary surveyor architect planner pollster strategist bidder "
        # and the people of an election: "Reform's candidate, X", "One voter said", "a heckler shouted"
        "candidate voter canvasser heckler "
        # relatives, which a story also names by what they are: "the husband said", "the daughter of a patient"
        "wife husband daughter son mother father sister brother widow widower niece nephew granddaughter grandson "
        "aunt uncle cousin friend neighbour"
    ).split()
)
# whose voice a speaker speaks with, before the body: "Speaking on behalf of the RCGP, Dr X said", "Dr X, speaking for
# the BMA," (not "writing for the Guardian" nor "commenting for the BBC": a paper prints, it does not employ)
_ON_BEHALF_OF = r"(?i:(?:(?:speaking|responding|commenting|writing)\s+)?on\s+behalf\s+of|(?:speaking|responding)\s+for)"
# that clause before the speaker, the body in group 1: "Speaking on behalf of the RCGP, "
_ON_BEHALF = re.compile(r"(?:^|[.;!?]\s+)" + _ON_BEHALF_OF + r"\s+((?:the\s+)?[A-Z][^,;:.!?]{1,80}),\s*$")
# bodies whose members a post names: "BMA Northern Ireland GP committee chair", "Dr X (RCGP council)"
_MEMBERS_BODIES = ("committee", "council", "board", "panel", "network", "forum")
# the offices of a place, which its name completes and no body holds: "the Bishop of Lindale", "the Mayor of
# Greater Manchester", "the Lord Lieutenant of Cumbria"
_PLACE_OFFICES = frozenset(
    {
        "bishop",
        "archbishop",
        "mayor",
        "lord mayor",
        "metro mayor",
        "lord lieutenant",
        "high sheriff",
        "lord provost",
        "police and crime commissioner",
    }
)
# a coroner's office, held for an area: "the senior coroner for North Marlshire" (no body), written in lower case
_CORONERS = frozenset({"coroner", "senior coroner", "area coroner", "assistant coroner"})
_PLACE_OFFICES = _PLACE_OFFICES | _CORONERS
# the kind of work a lead or manager runs, capitalised only because it opens a sentence: "Shift lead Paula X",
# "Duty manager Y" (not a body, as "Kroll analyst X" is)
_KINDS_OF_WORK = frozenset(
    (
        "shift rota duty night day site operations safeguarding quality reception dispensary estates finance admin "
        "research training education access data digital frailty prescribing medicines workforce governance "
        "complaints recruitment"
    ).split()
)
# a minister's post "of State", where "State" is no body: "Secretary of State for Health and Social Care"
_STATE_POST = (
    r"(?:Parliamentary\s+)?(?:Under-)?(?:Secretary|Minister)\s+of\s+State"
    r"(?:\s+for\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)?"
)
# Hansard's way to name a member before their post: "my right hon. Friend the Secretary of State"
_HONOURABLE = r"(?:my\s+)?(?:right\s+)?(?:hon(?:ourable|\.)?\s+)?(?:and\s+(?:learned|gallant)\s+)?(?:Friend|Lady|Gentleman)\s+the\s+"
# nouns for what someone said, which their possessive names: "was Dr X’s reply", "Dr Dunn’s verdict? ‘...’"
_SAID_NOUNS = r"(?:reply|answer|response|verdict|view|retort|message|warning|advice|take|conclusion)"
# a sentence after a quote that says whose it was by what it was: "‘...’ It is a stark warning from Dr X", "The
# warning comes from Dr X", "The words are those of Dr X"
_WHOSE_IT_WAS = re.compile(
    r"\s*(?:(?:It|This|That)\s+(?:is|was)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?P<n1>warning|verdict|message|view|"
    r"assessment|plea|prediction|judgement|judgment)\s+(?:from|of)|The\s+(?P<n2>warning|verdict|message|words|plea|"
    r"assessment)\s+(?:comes?|came|is|are|was|were)\s+(?:from|those\s+of|that\s+of)|The\s+(?P<n3>speaker|author)\s+"
    r"(?:is|was))\s+"  # ("The speaker is Dr X, chair of Y")
)
# a paragraph after a quote's own that opens by pointing back to it: "‘...’" then "So says Dr X", "That is how Dr X
# describes ...", "Those were the words of Dr X"
_POINTS_BACK = re.compile(
    r"\s*(?:(?:So|Thus)\s+(?:says|said)\s|(?:That|This)\s+(?:is|was)\s+how\s|(?:These|Those)\s+(?:are|were)\s+the\s+"
    r"words\s)"
)
# what someone wrote or gave, whose words a colon after it introduces: "Dr X’s letter ended: ‘...’"
_WRITTEN_NOUNS = r"(?:letter|speech|statement|evidence|email|blog|column|submission|tweet|post|remarks|testimony)"
# where someone said it, which is no part of who they are: "said Dr X in a statement", "in a blog post"
_CHANNELS = r"(?:statement|interview|letter|email|blog|post|tweet|podcast|video)"
# cues of what someone thinks or feels, which a reported clause also uses of others: "adding that practices felt
# ‘steamrollered’" is the words of the one adding
_THOUGHT_CUES = frozenset(
    "thinks thought feels felt believes believe hopes hoped expects expected fears feared worries reckons reckoned".split()
)
# a cue that reports a clause: what follows it is the words of the one it reports
_REPORTING = (
    r"(?:said|says|adding|added|adds|saying|warned|warning|argued|arguing|claimed|claiming|insisted|insisting|"
    r"(?:told|tells|telling)(?:\s+[\w’'-]+){1,3})"
)
# the verbs that report what someone said, whose subject a cue joined to them by "but" or "and" shares (as finite verbs,
# which a cue's verb group is matched against; _REPORTING above is the same verbs as a pattern, with their participles)
_SAYING = frozenset("said says told tells warned warns argued argues insisted insists claimed claims".split())
# whose comments or claim a fragment after "that" gives: "the health secretary’s comments that GPs should ‘do more’",
# "Wes Streeting’s claim that ..."
_POSSESSIVE_CLAIM = re.compile(
    r"(?:^|[.;!?]\s+|,\s+|\b(?:about|over|by|to|rejected|dismissed|disputed|challenged|said|says|argued|that)\s+"
    r"|\b(?:[Dd]espite|[Aa]mid|[Ff]ollowing|[Gg]iven|[Aa]gainst)\s+)"  # "Despite NHS England’s insistence that"
    r"(?!(?:Despite|Amid|Following|Given|Against)\s)"
    r"(?P<who>(?:[Tt]he\s+(?:[a-z]+\s+){0,3}(?:[a-z]+|[A-Z]{2,5})|(?:"
    + _TITLES
    + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}))"
    r"[’']s\s+(?:(?:recent|latest|earlier|controversial)\s+)?(?P<noun>comments?|claims?|remarks?|suggestions?|assertions?|"
    r"insistence|warnings?)\s+that\b[^.;:!?]*$"
)
# a document, then a relative clause whose cue gives its words: "its annual report, which described primary care as"
_WHICH_SAID = re.compile(
    r"(?:^|\s)(?P<np>(?:the|its|their|a|an|this)\s+(?:(?!(?:the|its|their|a|an|this)\s)[\w’'-]+\s+){0,4}?"
    r"(?P<noun>[a-z]+))(?:\s+(?:on|via)\s+(?:its|their|the(?:\s+[\w’'-]+)?)\s+(?:website|site|page|account|feed|blog))?"
    r"(?:\s+(?:last|this)\s+"
    r"(?:week|month|year))?,?\s+which\s+(?:has\s+|had\s+)?(?P<verb>[a-z]+)\b[^,;:.!?‘“]*$",
    re.I,
)
# the verbs by which a document names something in its own words: "the report described GPs as ‘...’"
_NAMING = r"(?:describ|call|dubb?|brand|label|term)"
# how many of a group named before said it: "Of 412 clinical directors who responded, 148 said"
_SHARE_OF_THEM = re.compile(
    r"[\d,]+|most|many|some|half|a\s+(?:third|quarter|fifth|majority|minority)|nearly\s+half", re.I
)
# with whom, which an apposition may say instead of a post: "Dr A, like Dr B,", "together with two other partners"
_WITH_WHOM = (
    r"(?:like|unlike|as\s+well\s+as|(?:together|along)\s+with|alongside|in\s+common\s+with|"
    r"with\s+the\s+(?:backing|support|help|agreement)\s+of)"
)
# what an apposition says that is no post: whom they agree with ("Dr A, like Dr B,"), where they said it ("in a letter
# to members"), an age ("82-year-old Bill X"), where the words were printed ("quoted in the Times")
_NOT_A_POST = re.compile(
    _WITH_WHOM + r"\s"
    # a link between sentences: "Dr X, in contrast, said", "by contrast", "for her part", "in turn"
    r"|(?:in|by)\s+contrast$|for\s+(?:his|her|their|its)\s+part$|in\s+(?:turn|response|reply|fact|particular)$"
    r"|(?:of\s+course|at\s+least|as\s+ever|as\s+usual|for\s+example|for\s+instance|on\s+the\s+other\s+hand)$"
    r"|(?:in|on|via|through)\s+(?:a|an|the|his|her|their)\s"
    r"|\d+-year-old$"
    r"|(?:quoted|interviewed|pictured|photographed|cited)\b"
    # how they said it: "said Dr X, shaking her head", "with a sigh"
    r"|(?:shaking|nodding|laughing|smiling|sighing|grinning|shrugging|frowning)\b"
    r"|with\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:sigh|smile|laugh|shrug|grin|grimace|nod)\b"
    # where a document went or when: "Dr X’s email to staff, seen by Pulse,", "her blog, published on Monday,"
    r"|(?:seen|obtained|published|posted|sent|leaked|shared|released|circulated|dated|written)\s+(?:by|on|to|in|last|"
    r"this|yesterday|earlier)\b"
)
# how long someone has held a post, which is no part of it: "for more than 30 years", "since 2022"
_HOW_LONG = (
    r"\s+(?:(?:for|since)\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|some\s+)?\S+\s+(?:years|decades)"
    r"|since\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|of\s+\S+\s+years[’']\s+standing)"  # "a GP of 25 years’ standing"
)
# a parent's description beside a post, which is no part of it: "a mother of three and a partner in Hull", "a
# partner in Hull and mother of three"
_A_PARENT = r"(?:a\s+)?(?:grand)?(?:mother|father|parent|mum|dad)[- ]of[- ](?:one|two|three|four|five|six|\d+)"
_PARENT_OF = re.compile(r"^" + _A_PARENT + r"\s+and\s+(?:a\s+)?|\s+and\s+" + _A_PARENT + "$")
# the pronoun a possessive stands for: "Her verdict on the hubs:" is what she said
_WHOSE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
# the tier of a council a councillor sits on, written before the post: "Ward councillor X", "County councillor Y"
_COUNCIL_TIERS = frozenset("ward county district borough town city parish unitary".split())
# a councillor, candidate or peer who sits for no party: "Independent councillor Tom X", "Crossbench peer Baroness X"
_NO_PARTY = frozenset({"Independent", "Crossbench", "Crossbencher", "Non-affiliated"})
# words that are never an organisation's own name: "Trust", "Report", "the Department"
# descriptive words that open a phrase but never name a body
_DESCRIPTIVE = frozenset(
    (
        "anonymous another local senior junior former retired national regional leading fellow frontline opposition "
        "veteran general area assistant lifelong longtime long-standing loyal branch ward"
    ).split()
)
# entity labels that name a person or a body: a titled name inside one is not read again as a person
_NAMING_LABELS = frozenset({"PERSON", "ORG", "NHS_ORG", "PROF_BODY", "THINK_TANK", "ROLE", "POLICY"})
# the tagger's labels that a body's name ending in "Surgery" or "Trust" sometimes gets ("the Beech Tree Surgery": LAW)
_NOT_A_BODY_LABELS = ("LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC")
# people named by how they took part, whose apposition says what they are: "One reader, a GP partner in Kent"
_VOICES = frozenset(
    "reader readers respondent respondents participant participants interviewee interviewees commenter caller "
    "listener".split()
)
# a relative, by whom they are related to: "His wife, Jane"
_KIN = frozenset(
    "wife husband partner daughter son mother father sister brother widow widower niece nephew granddaughter "
    "grandson grandmother grandfather aunt uncle cousin friend neighbour".split()
)
_KIN_GENDER = {
    **dict.fromkeys("wife mother daughter sister widow niece granddaughter grandmother aunt".split(), "she"),
    **dict.fromkeys("husband father son brother widower nephew grandson grandfather uncle".split(), "he"),
}
# who is the elder of two namesakes by the kin word a story gives them ("The elder brother, Tom,"), and who the younger
_ELDER_KIN = frozenset(
    {"father", "mother", "grandfather", "grandmother", "elder brother", "elder sister", "older brother", "older sister"}
)
_YOUNGER_KIN = frozenset({"son", "daughter", "grandson", "granddaughter", "younger brother", "younger sister"})
# whose kin one is, by the word for the other: "Her daughter, Dr X" makes "the mother" the one "her" is
_KIN_CONVERSE = {
    **dict.fromkeys(("mother", "father"), frozenset({"daughter", "son"})),
    **dict.fromkeys(("daughter", "son"), frozenset({"mother", "father"})),
    **dict.fromkeys(("sister", "brother"), frozenset({"sister", "brother"})),
    **dict.fromkeys(("grandmother", "grandfather"), frozenset({"granddaughter", "grandson"})),
    **dict.fromkeys(("granddaughter", "grandson"), frozenset({"grandmother", "grandfather"})),
    **dict.fromkeys(("aunt", "uncle"), frozenset({"niece", "nephew"})),
    **dict.fromkeys(("niece", "nephew"), frozenset({"aunt", "uncle"})),
    "wife": frozenset({"husband"}),
    "husband": frozenset({"wife"}),
}
# nouns for a kind of body: "the trust", and the last word of a body's name ("Harcourt Forum")
_BODY_NOUNS = frozenset(
    (
        "trust council board committee college department practice practices surgery network networks "
        "federation government ministry service services group team union party agency authority body "
        "institute foundation association society partnership hospital clinic charity company firm "
        "organisation organization office system centre center unit panel forum alliance coalition commission "
        "inquiry taskforce review university school think tank campaign petition project programme scheme "
        "conference tribunal cabinet provider operator supplier contractor hub fund chambers collective cooperative "
        "co-operative"
    ).split()
)
_GENERIC_ORG = _BODY_NOUNS | _DESCRIPTIVE
# the subjects that may be a body the tagger missed, a post or a relative: "The Elmfield Surgery", "The minister"
# the last word of a firm's or a chambers' name, which a body the tagger missed may end in: "Pennine Locums Ltd"
_COMPANY_ENDS = frozenset("chambers ltd limited plc llp cic".split())
_SUBJECT_WORDS = _BODY_NOUNS | _COMPANY_ENDS | _KIN | _ROLE_HEADS | {w + "s" for w in _ROLE_HEADS}
# "the practice" after "The Elmfield Surgery": the words a body of that kind ends its name with
_SAME_KIND_OF_BODY = {
    **{w: frozenset({"practice", "surgery", "partnership", "centre", "center"}) for w in ("practice", "surgery")},
    "network": frozenset({"network", "pcn"}),  # "Tamebridge North PCN ... clinical director for the network"
    "board": frozenset({"board", "icb"}),  # "Wyeford ICB has apologised ... The board's director of primary care"
    "committee": frozenset({"committee", "lmc"}),  # "Valechester LMC said ... The committee's medical secretary"
}
# the tagger's labels for things, which it may give a name after a post ("The chief executive, Moira Dent,")
_NAMED_AS_THINGS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LOC", "GPE", "NORP"})
# a time of day, as a live blog opens each entry: "09:20", "9.45am"
# words for when, which a sentence may open with before a name: "By lunchtime Dr X has seen 19 patients"
_WHEN_WORDS = frozenset("lunchtime teatime midday noon midnight dawn dusk tonight today yesterday tomorrow".split())
_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d{2}(?:am|pm)?|\d{1,2}(?:am|pm)", re.I)
# the last word of a practice's name, which the tagger may take for a person's ("Elm Lane Surgery")
_PRACTICE_NAME_ENDS = frozenset({"Surgery", "Practice", "Centre", "Center", "Clinic"})
# the words a street's, a building's or a place's name ends in, which a given name may open ("Victoria Street")
_PLACE_NAME_ENDS = frozenset(
    "Street Road Lane Avenue Park Square Hill Way Close Drive Place Gardens Court House Hall Station Bridge Green "
    "Terrace Crescent Row Walk Grove Wharf Quay Mews Yard Fields Hospital Ward Wing Unit Building".split()
)
# the words a company's or a group's name ends in, which no person's does: "Vitalis Health", "Harbour Primary Care"
_BODY_NAME_ENDS = frozenset(
    {"Health", "Healthcare", "Care", "Medical", "Group", "Partners", "Partnership", "Federation"}
)
# a body that says "the company" of itself: a provider, which the entity patterns rarely know by name
# the end of a company's registered name: "Crestline Primary Care Ltd"
_A_COMPANY_S_NAME = re.compile(r"\s(?:Ltd|Limited|plc|PLC|LLP)\.?$")
_A_BUSINESS = frozenset({"company", "firm", "provider", "practice", "surgery", "partnership", "fund"})
# a body that says "the charity" or "the group" of itself: a voluntary body, not the NHS, a government or a
# professional body (those the entity patterns know by name, and they call themselves otherwise)
_A_VOLUNTARY_BODY = frozenset({"charity", "group", "campaign"})
# a body's kind written just before its name, which the tagger may take for a person's: "Doctors’ group
# Anaesthetists United", "the charity Carers Tamebridge", "the union Unison"
_A_NAMED_BODY = frozenset({"group", "charity", "campaign", "union", "organisation", "company", "firm", "consultancy"})
# a body's kind beside a name the entity patterns do not know, in a story under a headline's "Unite: ‘...’": "the
# union Unite", "the GMB union"
_KIND_BESIDE_A_NAME = r"(?:union|charity|group|campaign|company|firm|think\s+tank|trust|federation)"
# one who said something in a relative clause after their name and its apposition: "Dr Zara X, a digital lead at Y,
# who told GP Weekly that ..." (group 1, the verb)
_WHO_SAID = re.compile(r"(?:,\s+[^,;:.!?‘“]{1,80})?,\s+who\s+(\w+)\b")
# a post's body by its kind, "the trust’s chief executive, Paul X", "Dr X, who was the federation’s first chief
# operating officer": which trust, which federation (group 1, the kind's word)
_THE_KIND_S = re.compile(r"(?:^|,\s+(?:who\s+(?:is|was)\s+|one\s+of\s+)?)the\s+(?:[a-z]+\s+){0,2}([a-z]+)[’']s\s", re.I)
# a post held in a body named only by its kind: "Professor X, who chairs the college"
_WHO_HOLDS_THE = re.compile(r",\s+who\s+(?:chairs|leads|heads|runs)\s+the\s+([a-z]+)$", re.I)
# a body's word that a post before a name stands for: "College chair Professor X" is the RCGP's chair
_NAMED_FOR_BODY = frozenset({"college", "union", "association", "charity"})
_STATUTORY_WORDS = frozenset("nhs icb ccg department government ministry council commission parliament".split())
# what joins a document to the body that wrote it: "report by think tank Policy Exchange", "survey from the BMA";
# the document mentions and their description read it alike
_BY_BODY = (  # "The report, published by the Nuffield Trust", "research carried out by the University of X"
    r",?\s+(?:(?:published|issued|commissioned|carried\s+out|produced|conducted|compiled)\s+)?(?:by|from|of)\s+(?:the\s+)?"
    r"(?:think[- ]tank\s+)?"
)


def _phrase_rows(path) -> tuple[dict, ...]:
    """An entity patterns file's phrase rows: not its token patterns (``Healthwatch Kent``), a family of names."""
    from nlp.pipeline import read_patterns

    return tuple(r for r in read_patterns(path) if "phrase" in r)


@lru_cache(maxsize=1)
def _entity_rows() -> tuple[dict, ...]:
    """The entity patterns file's phrase rows, read once for every lexicon below."""
    from nlp.pipeline import ENTITIES_PATH

    return _phrase_rows(ENTITIES_PATH)


@lru_cache(maxsize=1)
def _office_holder_rows() -> tuple[dict, ...]:
    """The rows of ``corpora/office_holders.jsonl``: an office, who held it, from and to (``null``: now)."""
    import json

    from corpora.resources import OFFICE_HOLDERS_PATH

    text = OFFICE_HOLDERS_PATH.read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _office_holders_as_written() -> dict[str, tuple[str, ...]]:
    """Who has held an office that a story may give without its holder's name (``the health secretary``), by
    office, as the list writes them."""
    holders: dict[str, list[str]] = {}
    for row in _office_holder_rows():
        holders.setdefault(row["office"], []).append(row["name"])
    return {office: tuple(names) for office, names in holders.items()}


@lru_cache(maxsize=1)
def _present_office_holders() -> dict[str, str]:
    """Who holds each office now (the list's rows with no end), by office."""
    return {row["office"]: row["name"] for row in _office_holder_rows() if row.get("to") is None}


@lru_cache(maxsize=1)
def _office_holders() -> dict[str, frozenset[str]]:
    """The office holders by office, lower-cased."""
    return {office: frozenset(n.lower() for n in names) for office, names in _office_holders_as_written().items()}


@lru_cache(maxsize=4)
def _lexicons(entities_path: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Organisation and role phrases from the entity patterns (longest first)."""
    from nlp.pipeline import ORG_LABELS

    orgs, roles = set(), set()
    for row in _phrase_rows(entities_path) if entities_path else _entity_rows():
        if row["label"] in ORG_LABELS:
            orgs.add(row["phrase"])
        elif row["label"] == "ROLE":
            roles.add(row["phrase"])
    by_len = lambda s: (-len(s), s)  # noqa: E731
    return tuple(sorted(orgs, key=by_len)), tuple(sorted(roles, key=by_len))


@lru_cache(maxsize=4)
def _entity_phrases(*labels: str) -> frozenset[str]:
    """The entity patterns' phrases with one of ``labels``, lower-cased: ``THINK_TANK`` for what ``the think tank``
    may point back to; the NHS, professional and think-tank labels for the bodies no charity is."""
    return frozenset(r["phrase"].lower() for r in _entity_rows() if r["label"] in labels)


@lru_cache(maxsize=1)
def _known_companies() -> frozenset[str]:
    """The entity patterns' phrases of ``"kind": "company"`` (``Operose Health``, ``Push Doctor``), lower-cased: the
    bodies the patterns know that ``the company`` may point back to."""
    return frozenset(r["phrase"].lower() for r in _entity_rows() if r.get("kind") == "company")


# a body named by what it does: "The CQC has rated the practice inadequate ... the regulator said"
_EPITHET_BODIES = {
    "regulator": frozenset(
        "cqc|care quality commission|gmc|general medical council|nmc|nursing and midwifery council".split("|")
    ),
    "watchdog": frozenset({"cqc", "care quality commission", "national audit office", "nao", "healthwatch england"}),
    "union": frozenset(
        {"bma", "british medical association", "unison", "unite", "gmb", "rcn", "royal college of nursing"}
    ),
    "confederation": frozenset({"nhs confederation"}),
    # "Royal college calls for ...", "Doctors' union warns ...": the college or the union below
    "college": frozenset({"rcgp", "royal college of gps", "royal college of general practitioners", "the college"}),
    "royal college": frozenset({"rcgp", "royal college of gps", "royal college of general practitioners"}),
    "doctors' union": frozenset({"bma", "british medical association"}),
    "doctors’ union": frozenset({"bma", "british medical association"}),
}
# a kind of body by its acronym, which a body's long name spells out: "the ICB’s chief executive" after "Marlshire
# Integrated Care Board"
_KIND_ACRONYMS = {
    "icb": "integrated care board",
    "ccg": "clinical commissioning group",
    "pcn": "primary care network",
    "lmc": "local medical committee",
}
# a word of a body's own name that marks it as one of those: any local Healthwatch is a watchdog ("Healthwatch
# Westmoor surveyed 2,000 patients ... the watchdog said")
_EPITHET_NAME_WORDS = {"watchdog": frozenset({"watchdog", "healthwatch"})}


# a title just before a name the tagger took for something else: "Dr Clare Holt"
_TITLE_BEFORE = re.compile(r"(?:^|[\s(])" + _TITLES + r"\s+$")
# a lower-case post word, then a (titled) name: "author Dr Phil X"
_POST_THEN_NAME = re.compile(r"[a-z][\w-]*\s+(?:" + _TITLES + r"\s+)?[A-Z]")


# an author cited with a year: "Smith et al. (2021)", "Baird and Price (2019)"
_CITATION = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?(?:\s+et\s+al\.?)?\s+\(\d{4}[a-z]?\)")


# posts that only a GP holds, so that "the GP" or "the doctor" can refer back to their holder
_GP_POSTS = frozenset("gp gps partner partners locum salaried".split())
# how many words before a name can be its role and organisation ("BMA Northern Ireland GP committee chair Dr X")
_PREFIX_TOKENS = 8
# a body named after two places, which the tagger cuts at "and": "NHS Norfolk and Waveney ICB", "Kent and Medway LMC",
# "NHS Cornwall and Isles of Scilly ICB"; group 1 is the words before "and"
_TWO_PLACE_BODY = re.compile(
    r"(?<![\w’'-])((?:NHS\s+)?(?:(?!(?:Council|Trust|Board|ICB|LMC|PCN)\s)[A-Z][\w’'-]*\s+){1,3})(?:and|&)\s+(?!NHS\s)"
    r"(?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?){1,4}?"
    r"(?:ICB|ICS|LMCs?|CCG|Integrated\s+Care\s+(?:Board|System)|(?:University\s+)?Health\s+Board|"
    r"Local\s+Medical\s+Committee|NHS\s+(?:Foundation\s+)?Trust)(?![\w-])"  # "Brackwell and Dunsford NHS Foundation Trust"
)
# the last word of a body's name that a country or region may follow, as part of the name: "the Rural GP Association
# of Scotland", which the tagger cuts before "of"
_OF_A_PLACE_BODIES = frozenset("association society federation alliance confederation union institute network".split())
# the bodies a post "of the network", "of the committee" may name, the one named before: both lists above
_BODIES_WITH_POSTS = _OF_A_PLACE_BODIES | frozenset(_MEMBERS_BODIES)
# a notice a body put up on its own pages: "A notice on the Elms Surgery’s website", "a post on the ICB’s Facebook page"
_WHERE_POSTED = (
    r"(?:website|site|Facebook\s+page|page|X\s+account|Twitter\s+account|social\s+media(?:\s+accounts?)?|blog)"
)
_POSTED_ON = re.compile(
    r"(?:(?:a|an|the)\s+)?(?P<noun>notice|message|post|statement|update|announcement|letter)\s+on\s+(?:the\s+)?"
    r"(?:(?P<owner>[A-Z].*?)(?:[’']s|(?<=s)[’'])?\s+(?:own\s+)?"
    + _WHERE_POSTED
    # (or after it: "A post on the Facebook page of Saltmarsh Health Centre")
    + r"|"
    + _WHERE_POSTED
    + r"\s+of\s+(?:the\s+)?(?P<owner_after>[A-Z].*))",
    re.I,
)
# a post's last words naming where it is held: "a GP partner in Hebden Bridge", "at a practice in St Ives"
_IN_A_PLACE = re.compile(r"\bin\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*$")
# the post of someone named before, held by another: "His shadow, Ed X", "Her counterpart in Hull, Dr Tom X"
_SHADOW_OR_COUNTERPART = re.compile(r"(shadow|counterpart|opposite\s+number)(?:\s+((?:in|at)\s+.+))?")
# a title before a peer's, with "the" between: "Professor the Lord Darzi", "Dr the Baroness X"; group 1 the title
_TITLE_THE_PEER = re.compile(r"\b(Professor|Prof\.?|Dr|Sir)\s+the\s+(?=(?:Lord|Baroness|Baron|Lady)\s+[A-Z])")
# a saint's name that ends a body's (a church's, a practice's), whose "’s" is no possessive: "St Mary’s", "St John’s"
_SAINTS_NAME = re.compile(r"\bSt\.?\s+[A-Z][a-z]+[’']s$")
# the devolved houses whose record writes a member as Hansard does ("Jackie X (Dumbarton) (Lab)"), by the words that
# show an article is about one, and what their members are called
_DEVOLVED_HOUSES = (
    (re.compile(r"\b(?:Holyrood|Scottish Parliament|MSPs?|Presiding Officer)\b"), "MSP"),
    (re.compile(r"\b(?:Senedd|Welsh Parliament|Llywydd)\b"), "MS"),
)
# words that show a story is (also) about Westminster, whose members are MPs
_WESTMINSTER = re.compile(r"\b(?:House of Commons|Commons|Westminster|MPs)\b")
# a document's verb before the one it records as saying something: "Minutes of the meeting record the chair saying"
_RECORDS = re.compile(
    r"(?:records?|recorded|shows?|showed|quotes?|quoted)\s+(?=(?:the|a|an|its|their|his|her|him|them)\s|[A-Z])"
)
# whose words an aside just before a quote gives: "The hubs were, in Dr X’s words, ‘...’"; group 1 is whose
_IN_WHOSE_WORDS = re.compile(
    r",\s+in\s+((?:the\s+)?[A-Z][^,;:]*?)(?:[’']s|(?<=s)[’'])\s+(?:own\s+)?(?:words|view|phrase),\s*$"
)
# a name of two words after a body's possessive, then a cue or a comma: "The King’s Fund’s Beccy X said"; the match
# starts at the possessive's mark, group 1 is the name
_MEMBER_AFTER_A_BODY = re.compile(
    r"[’'](?:s\b)?\s+([A-Z][a-z]+\s+[A-Z][a-z][\w’'-]*)(?=\s+(?:said|says|told|tells|added|adds|warned|argued|wrote)\b|,)"
)
# people named by how the writer reached them, with no "that": "Patients we spoke to", "GPs Pulse surveyed"; group 1
# is who they are
_THOSE_WE_ASKED = re.compile(
    r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*s)\s+(?:we|I|Pulse|the\s+BBC|[A-Z][\w]+)\s+"
    r"(?:spoke|talked|surveyed|interviewed|asked|contacted|polled)(?:\s+(?:to|with))?"
)
# one described, then the first name they gave: "Another patient, who gave her name only as Mary"; group 1 is the
# description, group 2 the name
_GAVE_HER_NAME = re.compile(
    r"((?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he)\s+[^,]{2,40}),\s+who\s+(?:gave\s+(?:her|his|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|"
    r"gave\s+only\s+(?:her|his|their)\s+first\s+name,|"  # "who gave only her first name, Sue,"
    r"asked\s+to\s+be\s+(?:called|named|known|identified)\s+(?:only\s+)?(?:as\s+|by\s+(?:her|his|their)\s+first\s+name,?\s+)?)"
    r"\s*([A-Z][a-z]+),?"
)
# a headline's word for whoever leads a body, which the story names by their post in it: "LMC leader" is its chair
_LEADER_WORDS = frozenset({"leader", "leaders", "boss", "bosses", "chief", "head"})
# the posts a headline's "boss" or "chief" may stand for: "warns federation boss" over its chief executive
_TOP_POSTS = frozenset({"executive", "chair", "director", "president", "head", "leader"})
# a post someone has held, or held for a time: "who has worked as a GP in Bury for 20 years", "who has spent 20
# years as a GP", "who served as chair of Bury LMC from 2015 to 2021", "who spent a decade as a partner before going
# salaried" (group "now": held up to now; group "ended": a time it ended)
_FOR_A_TIME = r"(?:\S+\s+){1,3}?(?:years?|decades?|months?)"  # "20 years", "a decade"
_SERVED_AS = re.compile(
    r"who\s+(?:(?P<now>has\s+(?:been|worked|served|practised|practiced|spent\s+"
    + _FOR_A_TIME
    + r")|(?:now\s+|still\s+)?"
    r"(?:works|serves|practises|practices))|worked|served|practised|practiced|spent\s+" + _FOR_A_TIME + r")\s+as\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?P<post>[a-zA-Z].*?)"
    r"(?:\s+(?:for\s+(?:\S+\s+){0,2}(?:years?|decades?|months?)|since\s+\S+)\b.*?)?"
    r"(?P<ended>\s+(?:(?:from|between|until|till|before)\s|in\s+\d{4}\b).*)?$"
)
# "‘...,’ as one colleague put it to me.", "as one GP told me": the "as" before the one who put it so
_AS_PUT_IT = re.compile(
    r"as\s+(?=[^.;:!?,‘“]{1,60}?\s(?:put|puts)\s+it\b|[^.;:!?,‘“]{1,60}?\s(?:told|tells)\s+(?:me|us|him|her)\b)"
)
# a post a named person's holder has, the holder unnamed: "Dr Isla X’s practice manager", "Dr X’s patient, a woman
# in her eighties" (group 1 the person, group 2 the post)
_WHOSE_POST = re.compile(
    r"((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[’']s\s+([a-z][\w -]*?)(?:,\s+[^,]+)?,?"
)
# a nickname in quote marks between a first name and a surname: "Dr Farah ‘Fizz’ Jameel"
_NICKNAME = re.compile(r"(?<=[A-Za-z])\s+[‘“'\"][A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?[’”'\"](?=\s+[A-Z][a-z])")
# one person described and not named: "One GP partner, who asked not to be named,", "A salaried GP in Kent"
_ONE_UNNAMED = re.compile(
    r"(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}?(?:GP|[a-z][\w-]*[^s\W])\b(?!\s+and\s)"
)
# a post of a body written before the body's name, with no comma, at a sentence's start or after an article or a
# preposition: "Acting chair of the BMA GP committee Dr Jo X said"; group 2 is the post's last word
_POST_OF_THE = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?:[Tt]he|by|with|from|to)\s+)((?:[A-Za-z][\w-]*\s+){0,2}([A-Za-z][a-z-]*))\s+(?:of|at)\s+(?:the\s+)?$"
)
_ROLE_MODIFIERS = {
    "new",
    "former",
    "then",
    "current",
    "outgoing",
    "incoming",
    "interim",
    "acting",
    "deputy",
    "retiring",
    "departing",
    "founding",
}
# words taken into a role before a name whatever the tagger makes of them: "said lead GP Dr X"
# ("but shadow health minister Dr X said", where the tagger reads "shadow" as a verb)
# what a body's own news is called after its name in a headline: "Brackenshire LMC bulletin: June", "Riverside PCN
# news", "Thameside LMC: practice managers' bulletin"
_OWN_NEWS_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:\w+\s+)?(?:bulletin|newsletter|news|update)\b|:\s.*\b(?:bulletin|newsletter)\b", re.I
)
# a nation after a body's name, which makes it the body's branch there: "RCGP Wales", "BMA Northern Ireland"
_NATION_AFTER = re.compile(r"\s+(?:Wales|Scotland|Northern\s+Ireland|Cymru(?:\s+Wales)?)\b")
# how a practice's name ends: "Millgate Surgery", "Oakfield Medical Practice", "Castlegate Health Centre"
_PRACTICE_NAME_END_RE = r"(?:Surgery|Medical\s+Practice|Practice|Medical\s+Centre|Health\s+Centre|Medical\s+Group)"
# what a body finds or decides, whose words are that body's when no other document was named: "The Ombudsman has
# upheld a complaint ... ‘...,’ the report said"
_BODY_FINDINGS = frozenset("report ruling decision judgment judgement findings review investigation".split())
# an article's words that say it is an interview, before its "Q:" and "A:" (the one it was with named after them)
_INTERVIEWED = re.compile(
    r"\b(?:(?:spoke|spoken|speaks|talked|talks|talking|speaking)\s+to|sat\s+down\s+with|interview(?:ed|s)?(?:\s+with)?|"
    r"(?<!frequently\s)asked|Q&A\s+with|put\s+(?:our|these|your)\s+questions\s+to)\b"
)
# a post held at a body named by its kind: "a partner at the practice", "a senior fellow at the trust"
_AT_THE_KIND = re.compile(
    r"\s(?:at|of|for)\s+the\s+(?:university|trust|college|federation|charity|partnership|network|practice|surgery|hub|"
    r"institute|association|society|foundation|alliance)\b"
)
# a member's letters before their name ("SDLP MLA Colm X"), which are their post
_MEMBER_LETTERS = frozenset({"MP", "MSP", "MLA", "MS"})
# what one person writes in their own words, whose quotes are theirs ("His letter adds:"), not a work known by its
# author's name as a report or a review is ("Her report called for": the "Fuller report")
_ONE_S_OWN_WORDS = frozenset("letter email e-mail message post blog tweet note statement reply response speech".split())
# the sides of a case or a hearing for whom one speaks: "Ms Jane X, for the family,"
_PARTIES_TO_A_CASE = frozenset(
    "family claimant claimants respondent respondents defendant defendants appellant prosecution defence doctor "
    "patient trust".split()
)
# a hearing's anonymised witness or patient, then what they are: "Witness C, a receptionist", "Patient A"
_ANONYMISED = re.compile(
    r"((?:Witness|Patient|Colleague|Complainant|Person|Employee|Resident|Child|Mother|Doctor)\s+(?:[A-Z]|\d{1,2}))"
    r"((?:,\s+[^,]{2,80})?)"
)
# a place called by what it is before its name: "in the market town of Eastleigh Moor" (read as "in Eastleigh Moor")
_IN_A_SETTLEMENT_OF = re.compile(
    r"\bin\s+the\s+(?:[a-z]+\s+){0,2}(?:town|village|city|hamlet|borough|parish|suburb)\s+of\s+(?=[A-Z])"
)
# a coroner's style before the name: "Senior Coroner Gillian X", "Assistant Coroner Y"
_CORONER_THEN_NAME = re.compile(r"(?:(?:HM\s+)?(?:Senior|Assistant|Area|Deputy)\s+)?Coroner\s+[A-Z]")
# one's agent or employer named after them, which speaks for itself: "Dr Eze's defence union, the Medical Protection
# Society", "her employer, Greystone Family Practice"
_ONE_S_AGENT = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor)\.?\s+)?[A-Z][\w’'-]+(?:[’']s|\s+[A-Z][\w’'-]+[’']s)\s+"
    r"(?:former\s+|current\s+|new\s+)?(?:defence\s+union|union|employer|insurer|solicitors|lawyers|law\s+firm|"
    r"indemnity\s+provider)\s*,\s+(?:the\s+)?(?P<body>[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'&-]*){0,6})"
)
# the fields a lawyer or an adviser works in, written before the post and capitalised only by opening a sentence:
# "Employment lawyer Harriet X said" (no body called Employment)
_FIELDS_OF_PRACTICE = frozenset(
    "employment immigration family criminal commercial property regulatory clinical healthcare pensions tax "
    "competition privacy planning insolvency".split()
)
# one who acts for another, then their own name: "Counsel for Dr Farid X, Ruth Y" (hers, not her client's)
_ACTS_FOR = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<post>[Cc]ounsel|[Bb]arrister|[Ss]olicitor|[Ll]awyer|[Rr]epresentative|[Aa]dvocate)\s+"
    r"(?:for|representing)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor)\.?\s+)[A-Z][^,]{1,40},\s+(?P<name>.+)"
)
# one named by whose they are, then their own name, with no comma between: "Dr Solberg's colleague Dr Hamish X"
_WHOSE_THEN_NAME = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?[’']s\s+"
    r"(?P<post>colleague|partner|fellow\s+partner|deputy|business\s+partner)\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor)"
    r"\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
# a member of the public by their age and where they live: "Margaret X, 81, from Ashby Vale" (the place no body)
# ("Priti X, 41, Upper Dale", a vox pop's line: where she lives, "from" unsaid)
_AGE_THEN_HOME = re.compile(
    r"(?P<who>.+?,\s+\d{1,3}),\s+(?:(?:from|of)\s+)?(?P<place>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"
)
# a member's seat, then their name, with no comma between: "Labour MP for Ashby Marsh Corinne X" (the last two words)
_SEAT_THEN_NAME = re.compile(
    r"\b(?:MP|MSP|MS|MLA)\s+for\s+(?:(?:[A-Z][\w’'-]+|and|upon)\s+){1,5}?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+$"
)
# a post of a body, then a name with no comma between: "Chief executive of the Patients Association Olumide X" (the
# body's last word, group "end"; the name, group "name"), where the tagger takes the name into the body's
_POST_OF_BODY_THEN_NAME = re.compile(
    r"^[A-Za-z][\w -]*?\s(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,5}(?P<end>[A-Z][\w’'-]*)\s+"
    r"(?P<name>(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z][\w’'-]*\s+[A-Z][\w’'-]*[a-z][\w’'-]*)$"
)
# the cues that may follow an apposition without its closing comma: "Dr X, a GP in Leeds said"
_APPOSITION_CUES = r"(?:said|says|told|tells|added|adds|warned|argued)"
# a parent's or grandparent's epithet before a name: "Mother-of-three Chloe X"
_FAMILY_EPITHET = re.compile(
    r"((?:mother|father|mum|dad|grandmother|grandfather|gran|grandad|grandma|grandpa)-of-"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))\s+(?=[A-Z])",
    re.I,
)
_PREFIX_MODIFIERS = frozenset(_ROLE_MODIFIERS | {"lead", "senior", "shadow"})
# what a person is like, before what they are, capitalised only when it opens a sentence: "Young mother Chloe X",
# "Proud grandmother Pat Y" (no body's name)
_PERSON_ADJECTIVES = frozenset(
    "young elderly proud worried frustrated angry grieving heartbroken desperate exhausted disabled single busy".split()
)


# posts held towards someone, whose holder speaks for themselves: "friends of the former health secretary"
_RELATIONAL = frozenset("friend ally aide supporter critic colleague".split())


# where someone posted, which is no part of their post: "one GP on X", "a partner on the Pulse forum"
_ON_A_PLATFORM = re.compile(
    r"\s+on\s+(?:X|Twitter|Facebook|LinkedIn|Instagram|TikTok|Threads|Bluesky|Mastodon|Reddit|social\s+media|the\s+forum|"
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:forum|message\s+board))$"
)

# a share in figures or as "N in M": "62%", "87 per cent", "one in five"
_PER_CENT = r"\d[\d,.]*\s*(?:%|per\s*cent)"
_ONE_IN = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+in\s+\w+"
# a share of a group: "Some 62% of respondents", "Two-thirds of partners", "One in five GPs surveyed"
_SHARE_OF = re.compile(
    r"(?:(?:some|about|around|nearly|almost|over|just\s+over|just\s+under|more\s+than|fewer\s+than|less\s+than)\s+)?"
    r"(?:(?:" + _PER_CENT + r"|half|a\s+third|a\s+quarter|a\s+fifth|two[- ]thirds|three[- ]quarters|"
    r"the\s+majority|a\s+majority|a\s+minority|most|many|some)\s+of\s+(?:the\s+|all\s+|those\s+)?|"
    + _ONE_IN
    + r"\s+)(?P<group>[a-z][\w-]*(?:\s+[\w-]+){0,6})",
    re.I,
)
# a research participant named by a code: "Respondent 14, a salaried GP", "Interviewee B"
_PARTICIPANT_CODE = re.compile(
    r"(Respondent|Participant|Interviewee|Patient)\s+(?:\d{1,3}|[A-Z])(?:,\s*((?:a|an)\s+[^,]{2,60}?),?)?"
)
# a share with no group after it, which names no one either: "Some 87 per cent said", "One in five said"
_BARE_SHARE = re.compile(
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|fewer\s+than|less\s+than)\s+)?"
    r"(?:" + _PER_CENT + "|" + _ONE_IN + ")",
    re.I,
)


# people a lede describes who are not the doctor named below it ("A patient has said ..." then "Dr X said")
_LAY_PEOPLE = frozenset(
    "patient patients pensioner resident mother father parent carer widow widower man woman campaigner".split()
)


# the verbs of a question put to someone, who answers it: "Ms Cole ended by asking Mr Leigh whether he ..."
_ASKING = frozenset({"asked", "asking", "pressed", "pressing"})
# the verbs by which a document came from its one writer: "The letter, signed by Dr X, says"
_SIGNED = frozenset({"signed", "written", "sent", "penned"})
# where a sentence opens, whose noun is no post of the name after it: "At our tutorial Fiona asked me"
_WHERE_WORDS = frozenset({"at", "in", "during", "after", "before", "on", "since"})
_OWNERS = frozenset({"our", "my", "his", "her", "their", "its", "the", "a"})
# a peer's style, title and surname: "Lady Ogilvie-Strachan", "Lord Hale-Buckingham"
_PEER_STYLE = re.compile(r"^(?:Lord|Lady|Baroness|Baron)\s+(?=\S+$)", re.I)
# the titles that may stand inside what the tagger took for a person's name: "Backbencher Lady Harriet X" (those of
# _TITLES that the round probed; the others are left to _TITLES' own readers)
_TITLE_WORD = re.compile(r"Lady|Lord|Baroness|Dame|Sir|Dr|Professor|Cllr")
# which of several people described, a word passed over in what they are: "A second locum" is a locum
_ORDINAL_WORDS = r"(?:second|third|fourth|fifth|other|further)"
# adjectives in -ing before a post, which open no clause: "a leading GP academic", "the outgoing chair"
_ING_ADJECTIVES = (
    r"(?:lead|outgo|incom|found|act|visit|presid|consult|dispens|practis|retir|depart|sitt|serv|manag|supervis|remain)ing"
    # and a field before a post: "A planning officer", "a nursing home manager", "the licensing officer"
    r"|(?:plann|hous|nurs|licens|build|park|train|fund|market|prescrib|safeguard|commission)ing(?=\s+(?:home\s+)?"
    r"(?:officer|manager|lead|director|inspector|assistant|attendant|adviser|advisor|consultant|coordinator)s?\b)"
)
# people a story names by what they are, whose "he" or "she" follows: "A young mum wanted antibiotics. ‘...,’ she
# said" (with _LAY_PEOPLE, _KIN and the posts)
_PEOPLE_NOUNS = _LAY_PEOPLE | frozenset(
    "mum dad mum-of-two mum-of-three driver girl boy lady gentleman pensioner teenager student worker owner "
    "volunteer grandmother grandfather grandad granny nan".split()
)


# who someone is to the person named before them ("Dr Lee's daughter, Anna", "Mr X's predecessor, Y"): the one named
_KIN_OR_NEXT = frozenset(_KIN) | {"deputy", "predecessor", "successor", "counterpart", "colleague", "boss"}


# a time after a name, which is no post: "in March", "on Tuesday", "last year"
_WHEN = re.compile(
    r"(?:in|on|last|this|earlier|next|by)\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|week|month|year|the\s+"
    r"(?:morning|afternoon|evening|spring|summer|autumn|winter))\b"
)
# a byline, and a letter's signature: the writer's name, then where they write from or what they are
_BYLINE = re.compile(
    r"\s*(?:By|Written by|Words by)\s+((?:"
    + _TITLES
    + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}(?:,[^.]{2,80})?)\s*$"
)
_SIGNATURE = re.compile(
    r"((?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}(?:,\s*[^,.;:!?‘“]{2,50}){1,2})"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
# a clause on a body between a post and its holder's name: ", which runs four hubs," before "Dr Tim X"
_WHICH_ASIDE = re.compile(r",\s+which\s+[^,]{3,80}(?=,\s+(?:" + _TITLES + r"\s+)?[A-Z][\w’'-]+\s+[A-Z])")
# a letter cited in brackets after its writer's name: "Dr Helen X (Letters, 3 May)"
_CITED_IN = re.compile(r"\s*\((?:Letters?\b[^()]*|[^()]*\b\d{1,2}\s+(?:" + _MONTHS + r")\b[^()]*)\)")
# a document and its author: "A paper by the director of finance, Simon X", "a report by Dr Y"
_AUTHORED = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + "|".join(sorted(_DOC_NOUNS))
    + r")\s+by\s+(?=(?:the\s+)?[a-z]|"
    + _TITLES
    + r"\s|[A-Z][a-z]+\s+[A-Z])"
)
# a peer by title and surname: "Lord Hallworth"
_PEER = re.compile(r"\b(Lord|Baroness|Baron|Lady)\s+([A-Z][\w’'-]+)\b(?!\s+[A-Z])")
# the verb a person's post is given by, and the post: "Dr X chairs the federation", "chaired the review"
_HELD_AS = {
    "chairs": "chair",
    "chaired": "former chair",
    "leads": "lead",
    "led": "former lead",
    "heads": "head",
    "headed": "former head",
}
# how far away someone is, which is no part of their post: "a partner three miles away", "a GP next door"
_HOW_FAR = r"(?:[\w.]+\s+)?(?:miles?|streets?|doors?)\s+away|nearby|next\s+door"
# an account's handle on a social platform: "@GPJunior"
_HANDLE = r"@\w{1,30}"
# a capitalised word, hyphened parts and all, as a press release writes a post: "Chair", "Co-Chair", "Vice-President"
_CAPITAL_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
# a capitalised adjective that opens a post only because it opens the sentence: "Medicolegal adviser Dr X",
# "Pastoral lead Dr Y", "Parliamentary candidate Z", "Chartered physiotherapist W" (no body's name is one such word)
_AN_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(?:al|ic|ive|ous|ary|ered)")
# a company's name in camel case: "eConsult", "iPlato", "askmyGP"
_CAMEL = re.compile(r"[a-z]{1,3}[A-Z][\w-]+|[a-z]{3,8}(?:GP|NHS|Doc|Health)\b")
# a thing, then a clause on it with no "that" whose subject spoke of it: "a gap the authors", "the plan the BMA"
_CONTACT_CLAUSE = re.compile(
    r"(?:^|(?<=\s))((?:[Aa]n?|[Tt]he)\s+(?:(?!(?:the|a|an|his|her|their|its)\s)[a-z][\w-]*\s+){0,2}"
    r"(?!(?:the|a|an|his|her|their|its)\s)[a-z][\w-]*)\s+"
    r"((?:the|a|an|his|her|their|its)\s+\S.*|" + _TITLES + r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+|he|she|we|I)$"  # "an arrangement she calls ‘...’"
)
# a cue right after a quote inside a sentence, whose subject is before that quote: "’, said"
_SAID_AFTER_A_QUOTE = re.compile(
    r"[\s’'”\"]*,\s*(?:and\s+)?(?:said|says|added|adds|argued|argues|warned|warns|told|tells|wrote|writes)\b"
)
# a relative pronoun and when, before the verb of its clause: "The health secretary, who last month promised to"
_WHO_AND_WHEN = re.compile(r"(who|which)\s+(?:" + _WHEN.pattern + r"|previously|once|also|recently)")
# a committee transcript's question number before who asks or answers: "Q12 Chair:", "Q13 Dr Kieran X:"
_QUESTION_NUMBER = re.compile(r"Q\d{1,4}\s+(?=\S)")
# the chair of a house of Parliament, addressed by title: "Mr Speaker", "Madam Deputy Speaker"
_SPEAKER_OF_A_HOUSE = re.compile(r"(?:Mr|Madam)\s+((?:Deputy\s+)?Speaker)")
# what a body is made into, its name the verb's object: "The two practices merged to form Riverside Health Partnership"
_FORMED = frozenset(
    "form forms formed create creates created become became launch launched establish established".split()
)
# a team or group named by where it works: "A team from UCL", "a research group at the University of Leeds"
_TEAM_AT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[a-z][\w-]*\s+)?(?:team|group))\s+(?:from|at)\s+(?:the\s+)?([A-Z].*)")

# transcripts without quote marks (``Dr Shah: We lost two partners ...``, ``Q: ...`` / ``A: ...``): the labels that
# ask (the interviewer's side, whose questions are not quotes), the labels that answer (the interviewee introduced
# above), the posts a label may name on its own (``Chair:``, ``HOST:``), of which those that ask, and labels before a
# colon that name no speaker (``Pictured:``, ``Update:``, ``Timeline:``)
_TURN_ASKS = frozenset("q question".split())
_TURN_ANSWERS = frozenset("a answer".split())
_TURN_POSTS = frozenset(
    "chair chairman chairwoman convener convenor host presenter interviewer moderator speaker minister secretary "
    "caller reporter journalist witness clerk president questioner".split()
)
_TURN_ASKING_POSTS = frozenset("host presenter interviewer moderator reporter journalist questioner".split())
# who holds such a post, where the article says so with a participle: "a panel chaired by Dr Isobel X", "presented by
# GP trainee Jess X"
_POST_BY = {
    "chaired": "chair",
    "presented": "presenter",
    "hosted": "host",
    "moderated": "moderator",
    "convened": "convener",
    "interviewed": "interviewer",
}
_POSTS_BY = re.compile(r"\b(" + "|".join(_POST_BY) + r")\s+by\s+", re.I)
_NOT_TURN_LABELS = frozenset(
    "nb ps pps fyi tbc "  # an editor's "NB:", which may be someone's initials
    "pictured picture photo photograph image images credit source sources note notes correction clarification update "
    "background context warning disclaimer declaration funding methods results conclusion conclusions cost costs "
    "location timeline pros cons verdict summary agenda minutes present apologies attendees contact tel email web "
    "address date time venue price tickets january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split()
) | frozenset(
    (
        "case study",
        "key points",
        "key facts",
        "read more",
        "see also",
        "editor’s note",
        "editor's note",
        "what happens next",
        "the bottom line",
        "in attendance",
    )
)
# a label, its colon and the words after it: "Dr Amira Shah:", "Q12 Chair:", "Dr Jane X (Westerby North) (Lab):",
# "Dr Olu Fashanu, GP partner, Tamebridge:"
_TURN_LABEL = re.compile(  # and "Question from Mrs Ada X:" at a public meeting, "Ian X (08:12):" in a group chat
    r"\s*(?P<number>Q\s?\d+\s+|(?:Question|Comment|Reply|Reaction|Response)\s+from\s+)?"
    r"(?P<label>[A-Z][^:‘’“”\"\n]{0,150}?)(?:\s*\(\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\))?\s*:[ \t]+(?P<words>\S.*)",
    re.S,
)
# a minute-taker's note after initials, no one's words: "LM: Noted that the ICB had again failed to respond"
_MINUTED = re.compile(
    r"(?:Noted|Reported|Agreed|Confirmed|Explained|Stated|Advised|Asked|Said|Suggested)\s+(?:that|to|the|a)\b"
)
# a label about someone, not theirs: "More on Dr Idris:", "Update on the vote:"
_ABOUT_LABEL = re.compile(r"(?:More|Update|Updates|News|Latest)\s+(?:on|about|from)\s", re.I)
_QUOTE_MARKS = "‘“\"'"
# a stage note between turns, which is no one's words: "[Laughter]", "(Inaudible)"
_STAGE_NOTE = re.compile(r"\s*[\[(][^\])]{1,60}[\])]\s*\.?\s*")
# a Hansard stage direction between turns, as no one's words: "Several hon. Members rose—", "Interruption."
_STAGE_LINE = re.compile(r"\s*(?:\S+\s+){0,7}\S+[—–]\s*|\s*[A-Z][a-z]+\.\s*")
# how a turn's words open: as a sentence does, with a capital or a number, or with a quote or a bracket
_SPEECH_OPENS = re.compile(r"[A-Z0-9‘“\"'(\[]")
# words that open with a titled name, a comma and what they are: a listing of who holds a post ("Chair: Dr Amira X,
# who has led ..."), not their words (as "Dr X, is that consistent with what you see?", which asks them)
_WHAT_THEY_ARE = r",\s+(?:who|whose|a|an|the|aged)\s"  # after a name: what the listing says they are
_A_LISTING = re.compile(r"(?:" + _TITLES + r")\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}" + _WHAT_THEY_ARE)
# the words of people talking to each other: the first and second persons
_TALK = re.compile(
    r"\bI\b|\bI[’'](?:m|ve|d|ll)\b|\b(?i:we|we[’'](?:re|ve|d|ll)|us|our|ours|my|me|mine|you|your|yours)\b"
)
# a label that is a post before its holder's name ("Host Callum X"), and an office with its holder in brackets ("The
# Minister for Primary Care (Joanna X)"): names the tagger may miss
_LABEL_POST_THEN_NAME = re.compile(r"([A-Za-z]+)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}")
_OFFICE_THEN_HOLDER = re.compile(
    r"(.+?)\s+\(((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\)(?:\s+\([A-Z][\w ]{1,30}\))?"  # and the party after it
)
# a label that opens with a title: "Dr Shah", "The Rt Hon Jane X"
_TITLED_LABEL = re.compile(r"(?:The\s+)?(?:" + _TITLES + r")\.?\s+[A-Z]")
# a news outlet's name in a sentence: "Dr X spoke to Pulse", "told the Guardian"
_OUTLETS = r"(?:[Tt]he\s+)?(?:" + "|".join(map(re.escape, sorted(_NEWS_OUTLETS, key=len, reverse=True))) + r")"
# a body by its kind, then its name: "The practice, Meadowbank Surgery,"
_KIND_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:local\s+)?(?:(?:software|IT|technology|tech|telephony|phone|digital|systems?)\s+)?"
    r"([a-z]+|ICB|PCN|LMC|ICS|CCG)"  # "The ICB for the area, NHS X ICB,", "The trust responsible, X NHS Trust,"
    r"(?:\s+(?:for|covering|in|responsible\s+for)\s+(?:the\s+|that\s+|this\s+)?[a-z]+|\s+responsible|\s+concerned)?,\s+"
    r"((?:[A-Z][\w’'&-]*\s+(?:and\s+|of\s+)?){0,5}[A-Z][\w’'&-]*),?"
)
# "the charity Voices in Health", "the campaign group GPs Without Jobs": a body's kind, then its name (capitals,
# with the small words a name may hold)
_KIND_NAMES_A_BODY = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?:patients[’']\s+|doctors[’']\s+|GPs[’']\s+|campaign\s+)?"
    r"(charity|group|campaign|union|organisation|think\s+tank)\s+"
    r"((?:[A-Z][\w’'+&-]*\s+(?:(?:in|for|of|and|on|the|against)\s+){0,2}){0,5}[A-Z][\w’'+&-]*)"
)
# the verbs whose agent is the one a sentence is about: "echoed by Dr X", "will be led by Professor Y"
_AGENTS_IN_FOCUS = frozenset(
    "echoed backed supported shared endorsed repeated led chaired headed conducted authored presented hosted "
    # and whose agent answers: "The figure was challenged by Dr X. ‘...,’ he wrote"
    "challenged disputed questioned contested rejected rebutted countered criticised criticized "
    # and whose agent began it: "The campaign was started by Lorna X. ‘...,’ she said"
    "started founded launched organised organized set".split()
)
# kinds of firm that name a body after them, as the body nouns do: "The developer, Harcourt Homes,"
_KINDS_OF_FIRM = frozenset(
    "developer developers housebuilder landlord retailer chain vendor startup start-up manufacturer contractor "
    "operator".split()  # and a technology firm's: "The vendor, Verbatix,"
)
# a body named by its kind and whom it gathers: "The Committee of GP Education Directors", "the Association of Young GPs"
_A_BODY_OF_ITS_NAME = re.compile(
    r"(?:[Tt]he\s+)?((?:Committee|Association|Society|Council|Conference|Institute|Faculty|Federation|Academy|Union|"
    r"Alliance|Coalition|Network|College|Forum|Confederation|Guild|Chamber)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the|&))*?(?:\s+[A-Z][\w’'&-]*)?)"
)
# a council's health and wellbeing board, by its place: "Hallamshire health and wellbeing board"
_WELLBEING_BOARD = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,3}[Hh]ealth\s+and\s+[Ww]ell-?being\s+[Bb]oard)")
# how far a post reaches, written before it: "national director of primary care", "regional medical director"
_POST_SCOPES = frozenset("national regional local area divisional".split())
# a body named after a list of places, whose first comma is no end of its name: "Bristol, North Somerset and South
# Gloucestershire ICB", "Shropshire, Telford and Wrekin Integrated Care Board"
# the part of a place before "of" and its name: "the east end of Glasgow", "the outskirts of Bangor"
_PARTS_OF_A_PLACE = frozenset(
    "end side edge outskirts centre center heart part parts north south east west suburbs fringes city town "
    "county valleys".split()
)
# words that open a sentence with a comma, before a list of places: "On Monday, Kingsfold and Wexham ICB"
_DATE_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Yesterday|Today|Meanwhile|However|Earlier|Later)\b"
)
_PLACES_LISTED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?!"
    + _DATE_WORDS
    + r")[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:ICB|CCG|ICS|LMCs?|Local\s+Medical\s+Committee|(?:University\s+)?Health\s+Board|"
    r"Integrated\s+Care\s+(?:Board|System)|(?:NHS\s+)?(?:Foundation\s+)?Trust)"
)
# a councillor's title before their name, which is their post where no other is given: "Cllr Jane X (Lab, Moorside)"
_COUNCILLOR_TITLE = re.compile(r"(?:Cllr|Councillor)\.?\s")
# a hearing's or court's way of saying whom someone speaks for, before their name as the sentence opens ("Opening the
# case for the GMC, Ms X said", "Representing the GMC, Mr Y", "Prosecuting, Mr Z said") or after it ("Mr Z,
# prosecuting, said")
_SPEAKS_FOR_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?P<case>(?:Opening|Closing|Presenting|Putting)\s+the\s+case\s+for|Appearing\s+for|Acting\s+for)"
    r"|Representing|For)\s+(?:the\s+)?(?P<body>[A-Z][\w’'&-]*(?:\s+(?:of|and|for|&|[A-Z][\w’'&-]*))*),\s*$"
    r"|(?:^|[.!?]\s+)(?P<side>Prosecuting|Defending),\s*$"
)
_SPEAKS_FOR_AFTER = re.compile(r",\s+(?P<side>prosecuting|defending),?\s*$")
_SIDE_S_COUNSEL = {"prosecuting": "prosecutor", "defending": "defence counsel"}
# the words for how someone stands to another person, which give way to a post (not "partner", which is one)
_KIN_NOT_A_POST = frozenset(_KIN - {"partner"}) | {"colleague", "colleagues"}
# the words a firm's name ends in, which no person's does: "Kestrel Homes", "Aldgate Developments"
_FIRM_NAME_ENDS = frozenset(
    "Homes Developments Estates Properties Construction Builders Living Ltd Limited plc".split()
)
# a post of "the organisation" or "the body", which is the body just named: "Louise X, the organisation’s director"
_THE_ORGANISATION_S = re.compile(
    r"(?:^|,\s+)the\s+(?:organi[sz]ation|body)[’']s\s|\b(?:for|at|of)\s+the\s+(?:organi[sz]ation|body)\b", re.I
)  # and "A spokesperson for the organisation", "a medicolegal adviser at the organisation"
# a national body whose name opens with "NHS", which no board is: the rest are a nation's health boards and trusts by
# place ("NHS Grampian", "NHS Lothian")
_NATIONAL_NHS = frozenset(
    "england digital improvement providers confederation employers resolution wales scotland blood property "
    "professionals business".split()
)
# a verb of saying before a colon, which makes a paragraph a sentence that introduces a quote, not a label: "Dr X said:"
_SAID_IN_LABEL = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|explained|insisted|argued)\b"
)
# a government department's name up to its "and", just before a phrase the parser cut there: "A Department for Work and
# Pensions spokesperson"
_DEPARTMENT_AND = re.compile(r"((?:Department|Ministry|Office)\s+(?:of|for)\s+(?:[A-Z][\w&-]*\s+){1,3}and\s+)$")
# what introduces a title, not a quote: "The report, titled ‘...’", "a paper entitled ‘...’"
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|stamped)[,:]?\s*$")  # not "marked", which may mean "was"
# a post in one of many bodies, none named: "The chair of one of the country’s largest LMCs"
_POST_OF_ONE_OF = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+one\s+of\s+(?:the\s+)?(?:[a-z]+[’']s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}(?:[A-Z]{2,5}|[a-z]+)s"
)
# a post written before a name with no article, as a sentence or a credit opens: "Senior fellow Dr Jonathan X said"
# the post in apposition after a name: ", the SNP MSP for X," (group 1)
_POST_AFTER = re.compile(r",\s+((?:the|a|an)\s+[^,;:()]{2,80}),")
_POST_BEFORE_A_NAME = re.compile(
    r"(?!(?:The|A|An|Its|Our|Their|His|Her)\s)[A-Z][a-z-]+(?:\s+[a-z][\w-]*){0,3}\s+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){0,2}"
)
# the kind of body a post names by itself: "Practice partner Dr X" (a practice's, by the words its name ends in),
# "Clinical director Dr Y" (a PCN's, by its acronym)
_POST_OF_A_KIND: dict[str, frozenset[str] | str] = {
    "practice partner": frozenset({"practice", "surgery", "partnership", "centre", "center"}),
    "practice manager": frozenset({"practice", "surgery", "partnership", "centre", "center"}),
    "senior partner": frozenset({"practice", "surgery", "partnership", "centre", "center"}),
    "clinical director": "PCN",
}
# the words before a post that say what it is a post of, so that no other body is its own: "Tribunal chair X",
# "Conference chair Y", "Panel member Z"
_KIND_WORDS_OF_POSTS = frozenset(
    "tribunal conference panel committee board college council court inquiry review".split()
)
# criticised or praised for saying it, the words of the one criticised: "X has been criticised by GP leaders after
# posting on social media that practices should be ‘...’"
_AFTER_SAYING = re.compile(
    r"\b(?:after|for)\s+(" + _PARTICIPLE_CUES + r"|posting|tweeting|writing|suggesting)\b[^,;:.!?]*$"
)
# a body named for whom it gathers, its words all generic: "National Association of GP Federations"
_A_BODY_OF_ITS_MEMBERS = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,3}(?:Association|Institute|Society|College|Federation|Alliance|Confederation|Academy|"
    r"Union|Foundation|Forum)\s+(?:of|for)\s+(?:[A-Z][\w&’'-]*\s+){0,4}[A-Z][\w&’'-]*"
)
# a relative clause about a body between it and the cue: "A spokesperson for the department, which is led by X, said"
_WHICH_CLAUSE = re.compile(r",\s+which\s+[^,;:]{3,100},(?=\s*(?:said|says|added|adds|told|tells)\s*$)")
# who spoke, said after a quote that opened the piece: "The woman saying this is Dr X, lead GP at Y", "Dr X says this
# without bitterness"
_SAYING_THIS = re.compile(
    r"\s*(?:[Tt]he\s+(?:woman|man|doctor|GP|person)\s+(?:saying|who\s+says)\s+(?:this|that)\s+is\s+(?P<after>.{3,200}))"
    r"|\s*(?P<before>.{3,80}?)\s+(?:says|said)\s+(?:this|that)\b(?!\s+(?:is|was|the|a|it)\b)"
)
# a line that links to another story, whose headline's quotes are not this story's: "Read more: ..."
_READ_MORE = re.compile(
    r"\s*(?:Read\s+more|Read\s+next|Related|See\s+also|Also\s+read|More\s+on\s+this\s+story)\s*:", re.I
)
# a pair of relatives before the post they share, which is no part of it: "Husband and wife GPs Dr A and Dr B"
_KIN_PAIR_BEFORE = re.compile(
    r"^(?:(?:husband|wife|father|mother|son|daughter|brother|sister)(?:\s*-\s*|\s+)and(?:\s*-\s*|\s+)|-)"
    r"(?:husband|wife|son|daughter|brother|sister)\s+(?=\S)",
    re.I,
)
# a post in the plural before two names, the first of which it opens: "GP partners Dr Alan X and " (for Dr Mary X)
_SHARED_PLURAL_POST = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+)((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*s)\s+(?:(?:Drs?|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+and\s+$"
)
# how a paper says a member of the public felt, before what they are and their name, which is no part of the post:
# "Outraged mum-of-three Kelly X", "Furious pensioner Derek Y"
_FEELING_BEFORE_A_NAME = re.compile(
    r"\s*(?:outraged|furious|angry|fuming|livid|heartbroken|devastated|distraught|frustrated|desperate|delighted|"
    r"relieved|grieving|tearful|exasperated|worried|terrified|anxious|stunned|bewildered|grateful|thrilled|"
    r"disgusted|incensed|upset)\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[A-Z])",
    re.I,
)
# a committee of Parliament named in lower case, as the papers often write it: "the public accounts committee", "the
# Commons health committee", "the health select committee"
_PARLIAMENT_COMMITTEE = re.compile(
    r"(?:[Tt]he\s+)?((?:Commons\s+|Lords\s+)?(?:public\s+accounts|health\s+and\s+social\s+care|health|"
    r"science(?:,?\s+innovation)?\s+and\s+technology|work\s+and\s+pensions|treasury|education|"
    r"public\s+administration(?:\s+and\s+constitutional\s+affairs)?|[a-z]+(?:\s+and\s+[a-z]+)?\s+select)"
    r"\s+committee)"
)
# a speaker line written as a sentence: "Dr Lena X is a GP partner in Ripon"
_BIO_LINE = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]+)\s+is\s+(?:an?\s+|the\s+)?([a-z].{2,90}?)\.?\s*")
# a body's release that quotes one of its people, after the quote: "the ICB said in a press release, quoting its chief
# executive, Mary X."
_QUOTING_SOMEONE = re.compile(
    r"[^.;!?‘“]{0,120}?,\s+quoting\s+(?P<who>(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z])[^.;!?‘“]{2,120}?)\s*(?:[.;!?]|$)"
)
# an answer's attribution after the quote, by whose it was: "‘There is nothing to apologise for,’ came her reply."
_CAME_HER_REPLY = re.compile(
    r"came\s+(?P<whose>his|her|their|its)\s+(?:\w+\s+)?(?P<noun>reply|response|answer|retort)\b", re.I
)
