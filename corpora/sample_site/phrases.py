"""Original phrase material for generated articles and comments.

Written for gpwatch in the registers of UK GP trade-press news and of GP
commenters; every name, organisation and place here is invented (national bodies
such as the BMA, the RCGP and NHS England appear only as the organisations a
speaker belongs to).  Used by :mod:`corpora.sample_site.generate` (the sample
site) and :mod:`benchmarks.scale_corpus` (the scale corpus).

Slots in braces are filled by the generators: {place}, {n}, {pct}, {money},
{year}, {org} and so on.
"""

from __future__ import annotations

from corpora.records import SENTIMENTS  # noqa: F401 - the generators read it from here

THEMES = (
    "workforce_supply",
    "skill_mix",
    "at_scale_models",
    "partnership_contract",
    "digital_first",
    "funding_pay",
    "workload_morale",
    "access_continuity",
    "politics_trust",
)

PLACES = (
    "Tamebridge",
    "North Marlow",
    "Severnside",
    "Ceredig",
    "Brackley Vale",
    "Eastholme",
    "Kestwick",
    "Lowmoor",
    "Harrowfield",
    "Wendle",
    "Carrowby",
    "Ashcombe",
    "Stourley",
    "Penhallow",
    "Fenmouth",
    "Dunmere",
    "Oxley Cross",
    "Hallam Bridge",
    "Wyvern",
    "Bramcote",
)

REPORTERS = ("Hannah Crossley", "Tom Ashdown", "Priya Raval", "Gareth Lowe", "Saoirse Doyle", "Ifan Rees")

# (name, role phrase used before the name, organisation, pronoun, stance)
# stance: "profession" (GP leaders), "official" (government and NHS bodies),
# "local" (LMCs, practices), "independent" (think tanks, academics, patients)
SPEAKERS = (
    ("Dr Ana Whitfield", "BMA GP committee chair", "BMA", "she", "profession"),
    ("Dr Colin Maybury", "former BMA GP committee chair", "BMA", "he", "profession"),
    ("Dr Imran Sethi", "RCGP chair", "RCGP", "he", "profession"),
    ("Professor Ruth Okafor", "former RCGP chair", "RCGP", "she", "profession"),
    ("Dr Nadia Fenwick", "NHS England director of primary care", "NHS England", "she", "official"),
    ("Lucy Harrow", "health minister", "Department of Health and Social Care", "she", "official"),
    ("Martin Quayle", "ICB chief executive", "{place} Integrated Care Board", "he", "official"),
    ("Dr Anjali Deshmukh", "chair", "{place} LMC", "she", "local"),
    ("Dr Marcus Penhaligon", "medical secretary", "{place} LMC", "he", "local"),
    ("Dr Joel Ambrose", "chair", "{place} LMC", "he", "local"),
    ("Dr Adebayo Lawal", "clinical director", "{place} Primary Care Network", "he", "local"),
    ("Dr Gemma Royle", "GP partner", "a practice in {place}", "she", "local"),
    ("Denise Okonedo", "practice manager", "the Practice Managers’ Network", "she", "local"),
    ("Dr Ben Okoro", "senior fellow", "the Larchfield Institute", "he", "independent"),
    ("Professor Eleanor Marsh", "health services researcher", "the University of {place}", "she", "independent"),
    ("Dr Liam Fairbairn", "chair", "the Sessional GPs’ Forum", "he", "local"),
    ("Dr Callum Reeve", "founder", "Meridian GP Chambers", "he", "local"),
    ("Dr Rhiannon Vesey", "chief medical officer", "ClinicFirst Digital", "she", "independent"),
    ("Graham Ellery", "trust chief executive", "Royal {place} NHS Trust", "he", "official"),
    ("Margaret Tull", "chair", "the Patients First Alliance", "she", "independent"),
)

# Per theme: headline and standfirst templates, leads, context, bullets, quotes by
# sentiment, and comments by sentiment.
MATERIAL: dict[str, dict[str, tuple[str, ...]]] = {
    "workforce_supply": {
        "headline": (
            "GP numbers fall again as {n} full-time doctors leave in a year",
            "{pct}% of GP trainees plan to work abroad or part-time, survey finds",
            "{place} practices advertise for a year without a single GP applicant",
            "International recruitment scheme brings {n} GPs to under-doctored areas",
            "Retention scheme for older GPs ‘too little, too late’",
        ),
        "standfirst": (
            "Official figures show the number of fully qualified GPs has fallen while the population and the demand for appointments keep rising",
            "Leaders warn that the workforce target is slipping further out of reach, as doctors cite workload and pensions as reasons to go",
            "Recruiters say the pipeline of new doctors is healthy, but too many leave within five years of qualifying",
        ),
        "lead": (
            "The number of fully qualified full-time equivalent GPs in England has fallen by {n} over the past twelve months, according to the latest workforce figures.",
            "Practices in {place} have been unable to recruit a single GP in the past year, despite offering golden hellos of up to {money}.",
            "Around {pct}% of GPs in training say they intend to work fewer than eight sessions a week once qualified, a survey has found.",
            "More than {n} GPs aged over 55 have left the workforce early in the past two years, new analysis suggests.",
        ),
        "context": (
            "Each full-time GP now looks after an average of {n} patients, up from around 1,900 a decade ago.",
            "The government’s target to increase GP numbers by 6,000 has been quietly dropped from the latest planning guidance.",
            "Training numbers have risen to record levels, but the number of doctors leaving has risen faster.",
            "Workforce analysts say part-time working is a response to intensity, not a lack of commitment.",
        ),
        "bullet": (
            "a fall of {n} full-time equivalent GPs in the past year",
            "one in three practices with a GP vacancy unfilled for more than six months",
            "{pct}% of leavers citing workload as the main reason",
            "the number of GP trainees at a record high",
            "early retirement among GPs over 55 up by a quarter",
        ),
        "quote_negative": (
            "We are training more GPs than ever and losing them faster than ever. You cannot fill a bath with the plug out.",
            "Every GP who leaves puts more pressure on the ones who stay, and that is how the next one leaves. It is a spiral and nobody in government seems to know how to stop it.",
            "These figures are not a surprise to anyone working in general practice. They are the result of a decade of promises that were never kept.",
        ),
        "quote_neutral": (
            "The picture is mixed. Training numbers are up, but the question is how many of those doctors are still in NHS general practice in five years.",
            "We need to understand why GPs are choosing to work fewer sessions before we can design anything that changes it.",
        ),
        "quote_positive": (
            "For the first time in years the pipeline looks healthy. If we can keep the doctors we train, the numbers will turn.",
            "The international recruits have been a real success in {place}. They have stayed, they have settled and patients love them.",
        ),
        "comment_negative": (
            "Another year, another fall, another promise. I have stopped reading the target announcements.",
            "I am 57 and I am going in March. Not because I want to, but because the pension rules make it madness to stay.",
            "We have advertised for a salaried GP for eleven months. One applicant, who wanted to work from Portugal.",
            "The ones who stay are the ones who burn out next. I have watched it happen to three colleagues.",
        ),
        "comment_neutral": (
            "Would be useful to see the headcount figures alongside the FTE ones. Lots of us work part-time precisely so we can keep doing this.",
            "Does anyone know if the figures include GP retainers? Our area seems to count them differently every year.",
            "Interesting that the trainee numbers look so different from the qualified ones. Where are they all going?",
        ),
        "comment_positive": (
            "Our two new GPs from the international scheme have been brilliant. Best recruitment decision we have made.",
            "We took on three newly qualified GPs this year and they are fantastic. There is hope.",
        ),
    },
    "skill_mix": {
        "headline": (
            "Networks to recruit {n} more pharmacists and paramedics under roles scheme",
            "Physician associates ‘must not see undifferentiated patients’, says college",
            "Supervision of new roles ‘eating into GP time’, survey finds",
            "First contact physios cut GP musculoskeletal appointments by {pct}%",
        ),
        "standfirst": (
            "The additional roles scheme has brought thousands of new staff into practices, but GPs say the burden of supervising them is rarely acknowledged",
            "Practices report mixed experiences of the new roles, with pharmacists and physios praised and concerns raised about scope of practice",
        ),
        "lead": (
            "Primary care networks have recruited more than {n} staff through the additional roles scheme, NHS England has announced.",
            "GPs are spending an average of {n} minutes a day supervising colleagues in new roles, a survey has found.",
            "A first contact physiotherapy service in {place} has reduced GP appointments for back and joint pain by {pct}%.",
        ),
        "context": (
            "Networks can claim reimbursement for pharmacists, physiotherapists, paramedics, physician associates, mental health practitioners and social prescribing link workers.",
            "Until recently the scheme could not be used to employ GPs, a restriction GP leaders had long campaigned against.",
            "The college has published guidance on the safe supervision of physician associates working in general practice.",
        ),
        "bullet": (
            "clinical pharmacists handling most repeat prescribing queries",
            "social prescribing link workers for patients with loneliness and debt problems",
            "first contact physiotherapists for musculoskeletal problems",
            "mental health practitioners shared with the local trust",
            "paramedics doing home visits for housebound patients",
        ),
        "quote_negative": (
            "Every new member of the team needs supervising, and the supervision comes out of the same GP time that was already too short.",
            "Patients are being seen by people who do not have the training to manage an undifferentiated presentation, and many of them do not know it.",
        ),
        "quote_neutral": (
            "The roles work best where practices have had time to plan how they fit into the team. Where they were parachuted in, they have struggled.",
            "We need better data on what the new roles are actually doing before we decide whether to expand them.",
        ),
        "quote_positive": (
            "Our pharmacists have transformed how we manage medicines. I would not want to go back to the way it was before.",
            "The link workers are doing things a GP was never able to do in ten minutes: sorting out housing, debt and loneliness. Patients tell us it has changed their lives.",
        ),
        "comment_negative": (
            "Fund a paramedic, then pay a GP to supervise the paramedic. The maths does not work.",
            "Patients think they have seen the doctor. They have not. Then they come back, and then they do see the doctor.",
            "Roles money that cannot be spent on GPs while GPs cannot find jobs. You could not design it worse.",
        ),
        "comment_neutral": (
            "Depends entirely on the individual. Our pharmacist is superb, our physician associate is still finding her feet.",
            "Has anyone found a good model for supervision that does not involve the duty doctor doing it between patients?",
        ),
        "comment_positive": (
            "Our first contact physio is the most popular clinician in the building. Patients ask for her by name.",
            "The link worker has done more for some of my frequent attenders than I managed in ten years.",
            "Pharmacist-led reviews have cleared our medication backlog. Genuinely grateful.",
        ),
    },
    "at_scale_models": {
        "headline": (
            "Federation in {place} takes on extended access for {n} patients",
            "Practices in {place} to merge into a single super-partnership",
            "Trust employs GPs directly in second ‘integrated’ practice deal",
            "Primary care networks ‘should become the contract holders’, think tank says",
            "Hub model for same-day care ‘undermines continuity’, GPs warn",
        ),
        "standfirst": (
            "Supporters say working at scale gives small practices resilience, but critics warn it moves decisions away from the communities practices serve",
            "The deal is the latest in a series of moves towards larger organisations in general practice, as partners look for a way out of personal liability",
        ),
        "lead": (
            "Eleven practices in {place} are to merge into a single partnership covering {n} patients, in one of the largest mergers in England.",
            "A GP federation in {place} will run same-day appointments for all its member practices from a central hub, under a new contract with the ICB.",
            "A hospital trust has become the employer of GPs at a second practice in {place}, as the number of vertically integrated practices grows.",
        ),
        "context": (
            "Primary care networks, introduced in 2019, now cover almost every practice in England.",
            "Supporters of scale point to shared back-office costs and resilience when a partner leaves; critics to a loss of local control.",
            "The practices will keep their own lists and sites, but share a management team, a telephone system and a clinical rota.",
        ),
        "bullet": (
            "a shared back office for payroll, HR and estates",
            "a single telephone hub for all member practices",
            "same-day appointments at a central site",
            "named GPs retained at each surgery for patients with complex needs",
        ),
        "quote_negative": (
            "Bigger is not better for patients who need to see the same doctor. Every merger I have seen has been sold on continuity and delivered a call centre.",
            "Once the contract is held forty miles away, the priorities of the organisation come first and the priorities of the community come second.",
        ),
        "quote_neutral": (
            "Scale is a means, not an end. The question for every merger is what it does for patients, and that is not always the question being asked.",
            "There is no single right size for general practice. What works in a city will not work in a rural county.",
        ),
        "quote_positive": (
            "Working together has given us resilience we simply did not have. When a partner fell ill last winter, the practice did not fall over.",
            "The federation has let small practices survive. Without it, at least three of our surgeries would have closed.",
        ),
        "comment_negative": (
            "Working at scale is what they say when they mean closing the branch surgery.",
            "Our super-partnership has a chief executive, a head of transformation and a brand manager. It still does not have enough GPs.",
            "The trust model is nationalisation by the back door. At least be honest about it.",
        ),
        "comment_neutral": (
            "I am on the fence. Our network has been useful for sharing staff, but I do not want it holding our contract.",
            "Would be interesting to see the patient satisfaction figures two years after the merger, not two months.",
        ),
        "comment_positive": (
            "Our federation has been a lifeline. Shared pharmacists, shared HR, shared cover. I was a sceptic and I was wrong.",
            "We joined a larger group last year. The partners sleep at night again. That counts for something.",
        ),
    },
    "partnership_contract": {
        "headline": (
            "{n} practices hand back contracts in a year, figures show",
            "Partners ‘personally liable for millions’ in premises leases",
            "GP partnership review calls for end to unlimited liability",
            "Salaried GPs outnumber partners for the first time",
        ),
        "standfirst": (
            "The partnership model has been the backbone of general practice since 1948, but fewer young GPs want to buy in",
            "Partners cite personal liability for premises and staff as the main reason they are considering handing back their contracts",
        ),
        "lead": (
            "The number of GP partners in England has fallen below the number of salaried and locum GPs for the first time, official figures show.",
            "{n} practices handed back their contracts in the past year, with most citing recruitment problems and financial risk.",
            "Partners at a practice in {place} face a bill of {money} after the last partner left and the lease reverted to them.",
        ),
        "context": (
            "Under the GMS contract, partners carry personal liability for the practice’s debts, including leases and redundancy costs.",
            "A review of the partnership model recommended that the NHS should take on more of the risk of premises.",
            "Patients of practices that close are dispersed to neighbouring practices, which often receive no additional funding.",
        ),
        "bullet": (
            "personal liability for premises leases",
            "the last-person-standing problem when partners retire",
            "redundancy costs falling on remaining partners",
            "falling partner income in real terms",
        ),
        "quote_negative": (
            "Nobody becomes a partner any more because nobody wants to sign their house over to a lease. Until that changes, the model is dying.",
            "Every practice that hands back its contract is a list of patients dispersed onto neighbours who are already at breaking point.",
        ),
        "quote_neutral": (
            "Partnership still works well for many practices, but it needs to be a choice that makes sense for a GP in their thirties, not a trap.",
            "We need to look honestly at what the partnership model does well and what it does badly, and stop treating it as all or nothing.",
        ),
        "quote_positive": (
            "Partnership gives you the freedom to run a practice the way you think it should be run. When it works, there is no better job in medicine.",
            "Our practice took on two new partners this year. Both of them trained here. That is what continuity looks like for a business.",
        ),
        "comment_negative": (
            "Last partner standing. Three words that should terrify every GP under 45.",
            "My drawings are less than our salaried GP earns and I carry the lease. Why would anyone do this?",
            "Handing back the contract is the only rational decision left for too many practices.",
        ),
        "comment_neutral": (
            "Depends so much on the building. NHS-owned premises and partnership is a very different proposition.",
            "Has anyone actually used the premises guidance to get out of a lease? Would be grateful for real experience.",
        ),
        "comment_positive": (
            "I became a partner last year and do not regret it. Good partners, a fair agreement and an owned building make all the difference.",
            "Partnership is still the best job in medicine when the partners trust each other. Ours do.",
        ),
    },
    "digital_first": {
        "headline": (
            "Online consultation requests double as practices struggle to keep up",
            "Digital provider registers {n} patients in {place} in six months",
            "NHS App to let patients book GP appointments directly from next year",
            "AI triage tool piloted in {n} practices",
            "Remote consultations ‘miss serious illness’, coroner warns",
        ),
        "standfirst": (
            "Online requests can be submitted around the clock, and practices say the volume now outstrips the clinicians available to answer them",
            "Supporters say digital access frees up the phone lines; critics warn it favours the young and the well",
        ),
        "lead": (
            "Practices in {place} received {n} online consultation requests last month, more than double the figure of a year ago.",
            "A digital-first GP provider has registered {n} patients since opening in {place}, most of them under 40.",
            "An artificial intelligence triage tool that sorts patient requests by urgency is being piloted in {n} practices.",
        ),
        "context": (
            "Practices are required to keep online consultation tools open throughout core hours.",
            "Under out-of-area registration rules, patients can register with a practice far from where they live.",
            "Remote consultations rose sharply during the pandemic and have since settled at around a third of all appointments.",
        ),
        "bullet": (
            "online requests open throughout core hours",
            "video consultations for patients who prefer them",
            "automatic triage of requests by urgency",
            "a telephone route kept open for patients who cannot use the internet",
        ),
        "quote_negative": (
            "Opening the digital front door without adding clinicians behind it just moves the queue from the phone to the inbox.",
            "The patients who find it easiest to use an app are the ones who need us least. The ones who need us most are still on the phone.",
        ),
        "quote_neutral": (
            "Digital tools are neither good nor bad in themselves. The question is whether they are funded and staffed properly.",
            "We are evaluating the triage tool carefully. Early signs are encouraging, but it is too soon to say it is safe at scale.",
        ),
        "quote_positive": (
            "Online triage has ended the 8am rush in our practice. Patients get a response the same day and the phones are quiet.",
            "For working patients, a video call at lunchtime is far better than taking half a day off to sit in a waiting room.",
        ),
        "comment_negative": (
            "We switched the online form on at 8am and had to switch it off at 8.20. Three hundred requests. Two duty doctors.",
            "The digital front door is great until you realise there is nobody standing behind it.",
            "AI triage. Because what we were missing was a computer telling us everything is urgent.",
        ),
        "comment_neutral": (
            "We cap online requests at a number we can safely deal with. Is anyone else doing this, and what has the ICB said?",
            "Video works well for some things and terribly for others. The guidance needs to say which.",
        ),
        "comment_positive": (
            "Total triage has made our days more predictable than they have been in years. I would not go back.",
            "Patients in our area love the online system. Complaints have halved since we brought it in.",
        ),
    },
    "funding_pay": {
        "headline": (
            "Core funding to rise by {uplift}% in contract deal",
            "Practices face {money} energy bills as funding falls in real terms",
            "GP pay award ‘will not be funded’, practices warned",
            "Spending on general practice falls to lowest share of NHS budget on record",
        ),
        "standfirst": (
            "GP leaders say the settlement will leave practices unable to pay staff the national living wage without cutting services",
            "Analysis shows the share of the NHS budget spent on general practice has fallen for the fourth year running",
        ),
        "lead": (
            "Core funding for GP practices will rise by {uplift}% next year, in a settlement GP leaders described as a real-terms cut.",
            "General practice received {pct}% of NHS spending last year, the lowest share since records began.",
            "Practices in {place} say rising staff and energy costs will force them to cut services by the spring.",
        ),
        "context": (
            "The global sum is paid per weighted patient and covers most of the cost of running a practice.",
            "The pay review body recommended a rise for salaried GPs, but the government has not said whether practices will be funded to pay it.",
            "Practice costs have risen sharply with inflation, the national living wage and employer national insurance.",
        ),
        "bullet": (
            "a core funding uplift of {uplift}%",
            "no additional money for the salaried GP pay award",
            "more flexibility in the roles scheme",
            "a new payment for practices that meet access targets",
        ),
        "quote_negative": (
            "This is a real-terms cut to every practice in England. You cannot pay this year’s wages with last year’s money.",
            "Practices are being asked to deliver more than ever for less than ever. Something has to give, and it will be services for patients.",
        ),
        "quote_neutral": (
            "The settlement provides stability, but there are real pressures on practice finances that we will continue to discuss with the profession.",
            "The figures need to be read alongside the money spent through networks, which is not counted in the core contract.",
        ),
        "quote_positive": (
            "This is the most significant increase in funding for general practice in a decade, and it shows that we are serious about the front door of the NHS.",
            "For the first time in years the uplift covers our rising costs. It is not everything we asked for, but it is a start.",
        ),
        "comment_negative": (
            "A real-terms cut, imposed, again. We are being starved out.",
            "Our energy bill has tripled and our uplift is in single digits. Something will close.",
            "Pay award announced, pay award unfunded. Partners pay it out of their own pocket or the salaried GPs do not get it.",
        ),
        "comment_neutral": (
            "Can anyone explain how the uplift interacts with the network money? Our accountant has given up.",
            "Worth reading the full settlement, not just the headline. Some of the roles flexibility is genuinely useful.",
        ),
        "comment_positive": (
            "Credit where it is due: this uplift actually covers our costs this year. First time in a long time.",
            "The new access payment has funded two extra sessions a week for us. Patients have noticed.",
        ),
    },
    "workload_morale": {
        "headline": (
            "GPs working {n}-hour weeks with {pct}% at high risk of burnout",
            "Safe working limit of 25 contacts a day ‘ignored in most practices’",
            "Practices declare business continuity incidents as demand soars",
            "Nearly half of GPs say they are too exhausted to provide safe care",
        ),
        "standfirst": (
            "A survey of GPs paints a picture of a profession at breaking point, with rising numbers reporting exhaustion and plans to leave",
            "Practices say demand has risen by a fifth since before the pandemic while the number of GPs has fallen",
        ),
        "lead": (
            "Almost half of GPs say they regularly work at a level they consider unsafe, a survey of {n} doctors has found.",
            "GPs in {place} are seeing an average of {n} patient contacts a day, well above the recommended safe limit.",
            "Practices in {place} have declared business continuity incidents after a surge in demand left them unable to offer appointments.",
        ),
        "context": (
            "The BMA recommends a safe limit of 25 patient contacts a day per GP.",
            "Work transferred from hospitals, including blood tests and follow-up, adds to the daily load.",
            "Burnout rates among GPs are among the highest of any medical specialty.",
        ),
        "bullet": (
            "an average of {n} patient contacts a day",
            "{pct}% of GPs reporting symptoms of burnout",
            "hospital work transferred without funding",
            "administration taking up a third of the working day",
        ),
        "quote_negative": (
            "A tired GP at the end of a fifty-contact day is not the doctor you want making a decision about your child. This is not safe.",
            "I have never seen morale this low. Colleagues who have loved this job for thirty years are telling me they cannot wait to get out.",
        ),
        "quote_neutral": (
            "We need to measure workload properly before we can manage it. Appointment data tells us only part of the story.",
            "Practices are trying different ways of managing demand, and we are collecting evidence on what works.",
        ),
        "quote_positive": (
            "Since we capped daily contacts, sickness absence has fallen and nobody has left. The team is happier and I think the care is safer.",
            "There is still a huge amount of joy in this job when we have the time to do it properly.",
        ),
        "comment_negative": (
            "Fifty-two contacts yesterday. Home at nine. Did it again today. This is not sustainable and everyone knows it.",
            "I used to love this job. Now I count the days to my next holiday and dread the inbox when I get back.",
            "Burnout is not a personal failing. It is what happens when the system runs on goodwill until the goodwill runs out.",
        ),
        "comment_neutral": (
            "How is everyone counting contacts? Do repeat prescriptions and results count? It makes a huge difference to the numbers.",
            "We tried a duty doctor model and a capped list. Both helped a bit. Neither fixed it.",
        ),
        "comment_positive": (
            "We capped at 28 contacts last year and kept it. Best decision we ever made. The doctors are human again.",
            "Had a lovely day today. Ten patients I know well, time to talk, a thank you card. Still worth it on days like this.",
        ),
    },
    "access_continuity": {
        "headline": (
            "Patients waiting {n} days for a routine GP appointment, survey finds",
            "8am rush to end under new access plan",
            "Continuity of care ‘cuts deaths and admissions’, study finds",
            "Same-day appointments rise but fewer patients see their usual GP",
        ),
        "standfirst": (
            "The government wants every patient assessed on the day they contact their practice, but GPs warn that speed is coming at the cost of continuity",
            "Researchers say seeing the same GP over time is linked to fewer hospital admissions and better outcomes",
        ),
        "lead": (
            "Patients in {place} wait an average of {n} days for a routine appointment, the latest patient survey shows.",
            "Practices will be required to assess every patient on the day they make contact, under the government’s new access plan.",
            "Patients who see the same GP for most of their appointments are {pct}% less likely to be admitted to hospital, a study has found.",
        ),
        "context": (
            "The proportion of patients who say they have a preferred GP and usually see them has fallen steadily over the past decade.",
            "Satisfaction with making an appointment is at its lowest level since the national patient survey began.",
            "The access targets count how quickly patients are seen, not whether they see a clinician who knows them.",
        ),
        "bullet": (
            "an assessment of need on the day of contact",
            "online and telephone routes open throughout core hours",
            "named GPs for patients with complex needs",
            "protected appointment time for continuity",
        ),
        "quote_negative": (
            "Policy has chased speed of access for a decade and sacrificed the relationship between patients and their doctor. The evidence says that was a mistake.",
            "You cannot promise every patient a same-day response without more clinicians. All you do is move the queue.",
        ),
        "quote_neutral": (
            "Access and continuity are not opposites, but they pull in different directions and practices need help to balance them.",
            "We want to understand what patients value most, and it is not the same for a young worker with a rash as for a frail older person.",
        ),
        "quote_positive": (
            "Knowing your doctor is not a luxury. It keeps people out of hospital, and practices that protect it see the difference.",
            "Patients tell us the new system is faster and fairer. Nobody has to ring at eight o’clock any more.",
        ),
        "comment_negative": (
            "Same-day access for everyone means continuity for no one. We have chosen the wrong target.",
            "The patient survey asks how easy it was to get through on the phone, then blames us when the answer is no.",
            "I have not seen the same GP twice in four years. I am 79 and have three long-term conditions. That is not care.",
        ),
        "comment_neutral": (
            "We split the day: mornings for same-day, afternoons for continuity. Works reasonably well. Anyone else tried it?",
            "Would love to see the continuity figures broken down by practice size.",
        ),
        "comment_positive": (
            "We introduced named GPs for over-75s last year and the difference in admissions is obvious. Do it if you can.",
            "Continuity is the best medicine we have. Good to see the evidence getting the attention it deserves.",
        ),
    },
    "politics_trust": {
        "headline": (
            "Health secretary accuses GPs of ‘not pulling their weight’",
            "GP leaders walk out of talks with ministers",
            "Public trust in GPs remains high despite access frustrations, poll finds",
            "Election pledges on general practice ‘not worth the paper they are written on’",
            "GPs vote for collective action over contract",
        ),
        "standfirst": (
            "GP leaders say the remarks will fuel abuse of practice staff at a time when surgeries are delivering record numbers of appointments",
            "The poll shows patients blame the government rather than their practice for difficulties getting an appointment",
        ),
        "lead": (
            "GP leaders have reacted with anger after the health secretary suggested that some practices were ‘not pulling their weight’.",
            "Talks on the GP contract collapsed today after BMA negotiators walked out, accusing ministers of refusing to discuss core funding.",
            "Nearly {pct}% of the public trust their GP to tell the truth, a poll has found, despite widespread frustration with access.",
        ),
        "context": (
            "Practices in England delivered more appointments last year than in any previous year.",
            "Relations between the profession and the government have been strained since the contract was imposed.",
            "All the main parties have promised to restore the family doctor, without saying how it would be paid for.",
        ),
        "bullet": (
            "an end to the 8am scramble",
            "a guaranteed appointment within two weeks",
            "more GP training places",
            "a review of the GP contract",
        ),
        "quote_negative": (
            "When ministers attack GPs in the newspapers, the consequences land on a receptionist in a small surgery at eight o’clock in the morning.",
            "We have been promised a new deal for general practice by every government for fifteen years. None of them has delivered it.",
        ),
        "quote_neutral": (
            "We remain open to talks and we want an agreement, but it has to be one that practices can deliver.",
            "The public’s view of general practice is more nuanced than the headlines suggest.",
        ),
        "quote_positive": (
            "Patients continue to trust their GP above almost anyone else. That trust is something to build on, not to squander.",
            "The new government has opened the door to proper negotiations, and we welcome that.",
        ),
        "comment_negative": (
            "Not pulling our weight. Record appointments, record abuse, record resignations. Unbelievable.",
            "Every government promises to save general practice and every government makes it worse.",
            "Another minister who has never worked a day in a surgery telling us how to do our jobs.",
        ),
        "comment_neutral": (
            "Interesting poll. Trust in GPs high, satisfaction with access low. Both can be true.",
            "Would be good to see what the manifesto commitments actually cost before we judge them.",
        ),
        "comment_positive": (
            "Proud of the profession for standing together for once. Whatever happens next, this matters.",
            "Patients at my surgery have been overwhelmingly supportive. Some of them have written to their MP.",
        ),
    },
}

# Spokesperson statements (official responses) by stance.
STATEMENTS = (
    "A Department of Health and Social Care spokesperson said: ‘We are committed to supporting general practice and are investing record sums to help practices recruit more staff and offer more appointments.’",
    "An NHS England spokesperson said: ‘We recognise the pressures on general practice and are working closely with the profession to support practices that are struggling.’",
    "A spokesperson for the ICB said it was ‘working closely with local practices’ and would ‘keep the arrangements under review’.",
    "The Patients First Alliance said patients ‘deserve a service they can rely on’ and urged all sides to work together.",
)

# Commenter names (None: anonymous).
COMMENTERS = (
    None,
    None,
    None,
    None,
    None,
    None,
    "Dr Rob Haskins",
    "Northern GP",
    "Salaried GP, Midlands",
    "Practice manager, Kent",
    "Jenny Carr",
    "Dr Sunita Rao",
    "Disillusioned of Devon",
    "Dr Kofi Mensah",
    "Cynical partner",
    "Dr Emma Lyle",
    "Locum for life",
    "Dr Priya Sood",
    "Retired at 56",
    "Rural GP, Cumbria",
    "Dr Tom Bracewell",
    "Angry of Altrincham",
    "Exhausted in Exeter",
    "ST3 trainee",
    "Dr Nuala Brennan",
    "Partner, Hampshire",
    "Dr Gwen Ellison",
    "Pharmacist in practice",
    "Dr Amir Khalil",
    "Patient, not a GP",
)

# Generic comment pieces, by sentiment, for replies and longer comments.
OPENERS = {
    "negative": ("Honestly, ", "Same old story. ", "Depressing reading. ", "Here we go again. ", ""),
    "neutral": ("Genuine question: ", "For what it is worth, ", "Slightly different view here. ", ""),
    "positive": ("Good news for once. ", "Credit where it is due. ", "Really encouraging. ", ""),
}
CLOSERS = {
    "negative": (" I give up.", " Nobody is listening.", " We have been saying this for years.", ""),
    "neutral": (" Would be interested in others’ experience.", " Time will tell.", ""),
    "positive": (" More of this, please.", " Well done to everyone involved.", ""),
}
REPLIES = {
    "negative": (
        "Exactly this. Nothing will change until it is too late.",
        "Could not agree more. We have been through exactly the same.",
        "You are more optimistic than me, and I am not optimistic at all.",
        "And then they wonder why nobody wants to do the job.",
    ),
    "neutral": (
        "Same here. Our ICB has said different things on different days.",
        "I think it depends a lot on the area. Ours has been different.",
        "Do you know if that applies to PMS practices too?",
        "Worth raising with your LMC. Ours has been helpful on exactly this.",
    ),
    "positive": (
        "Glad it is working for you. Gives me some hope.",
        "Thank you for posting this. Good to hear a positive story.",
        "Agree completely. Ours has been a success too.",
    ),
}
