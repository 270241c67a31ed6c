"""A small corpus store for the app's tests, built only through the repository functions.

Three original articles (written for these tests) from two sources, their paragraphs,
quotes with speakers, comment threads (one of them hostile: script tags and markdown
image syntax), sentences, model annotations, two runs and a parse error.
"""

from __future__ import annotations

from pathlib import Path

from corpora import analysis_store as an
from corpora import store
from corpora.records import ArticleRecord, CommentRecord, Paragraph

HOSTILE_COMMENT = (
    "<script>window.__pwned = 1</script> Lovely policy. "
    "![tracker](http://evil.example/x.png) [claim your prize](http://evil.example/win)"
)
SARCASTIC_COMMENT = "Great stuff. More meetings, fewer appointments."

# (title, source, published, declared, paragraphs, quotes, comments, article annotation)
# quotes: (paragraph index, text, speaker, name, role, org, cue, themes, sentiment)
# comments: (author, posted, text, themes, sentiment, scores)
ARTICLES = [
    {
        "url": "https://pulse.example/news/networks-by-july",
        "source": "pulse",
        "title": "Practices told to join primary care networks by July",
        "published": "2019-01-31",
        "declared": 4,
        "paragraphs": [
            (
                "Practices in England will have to sign up to a primary care network by the summer, "
                "NHS England has announced.",
                ["at_scale_models"],
            ),
            (
                "RCGP chair Dr Amelia Hart said: ‘Networks could help practices share staff, but they must "
                "not become another layer of bureaucracy.’",
                ["at_scale_models"],
            ),
            (
                "Each network will cover between 30,000 and 50,000 patients and receive funding for a clinical "
                "pharmacist and a social prescriber.",
                ["skill_mix", "funding_pay"],
            ),
        ],
        "quotes": [
            (
                1,
                "Networks could help practices share staff, but they must not become another layer of bureaucracy.",
                "RCGP chair Dr Amelia Hart",
                "Amelia Hart",
                "chair",
                "RCGP",
                "said",
                ["at_scale_models"],
                "neutral",
            ),
        ],
        "comments": [
            (
                "Tired Partner",
                "2019-02-01T08:15:00",
                "Another reorganisation dreamt up by people who have never "
                "run a surgery. I give the networks two years.",
                ["at_scale_models"],
                "negative",
                0.9,
            ),
            (None, None, SARCASTIC_COMMENT, ["at_scale_models", "access_continuity"], "negative", 0.40),
            (
                "Locum Larry",
                "2019-02-01T10:02:00",
                "I will believe the pharmacist funding when I see it in the bank.",
                ["funding_pay", "skill_mix"],
                "negative",
                0.8,
            ),
            ("Mallory", "2019-02-02T23:59:00", HOSTILE_COMMENT, [], "neutral", 0.7),
        ],
        "annotation": (["at_scale_models", "skill_mix"], "neutral"),
    },
    {
        "url": "https://gponline.example/hubs-evenings",
        "source": "gponline",
        "title": "Hubs to offer evening and weekend appointments",
        "published": "2019-06-12",
        "declared": 2,
        "paragraphs": [
            (
                "Patients will be able to book evening and weekend appointments at new GP hubs, the health "
                "secretary announced.",
                ["access_continuity", "at_scale_models"],
            ),
            (
                "Health secretary Mark Dunmore told reporters: ‘Every patient deserves to see a GP at a time "
                "that suits them.’",
                ["access_continuity", "politics_trust"],
            ),
            (
                "The BMA warned that hubs would draw doctors away from their own practices.",
                ["at_scale_models", "workforce_supply"],
            ),
        ],
        "quotes": [
            (
                1,
                "Every patient deserves to see a GP at a time that suits them.",
                "Health secretary Mark Dunmore",
                "Mark Dunmore",
                "health secretary",
                "DHSC",
                "told reporters",
                ["access_continuity"],
                "positive",
            ),
        ],
        "comments": [
            (
                "Dr Green",
                "2019-06-12T19:30:00",
                "Continuity of care is dead. Nobody at a hub knows the patient.",
                ["access_continuity"],
                "negative",
                0.85,
            ),
            (
                None,
                None,
                "Our hub has been a success and patients love the Saturday clinics.",
                ["at_scale_models", "access_continuity"],
                "positive",
                0.75,
            ),
        ],
        "annotation": (["access_continuity", "politics_trust"], "neutral"),
    },
    {
        "url": "https://pulse.example/news/partners-quit",
        "source": "pulse",
        "title": "Partners quit as workload soars",
        "published": "2020-03-03",
        "declared": 5,
        "paragraphs": [
            ("A quarter of GP partners plan to quit within five years, a survey has found.", ["workforce_supply"]),
            (
                "Dr Priya Nandra, chair of the BMA’s GP committee, said: ‘Partners are exhausted and the pension "
                "rules are pushing them out.’",
                ["workload_morale", "funding_pay"],
            ),
            ("‘We need ten thousand more GPs,’ Dr Hart added.", ["workforce_supply"]),
        ],
        "quotes": [
            (
                1,
                "Partners are exhausted and the pension rules are pushing them out.",
                "Dr Priya Nandra, chair of the BMA’s GP committee",
                "Priya Nandra",
                "chair",
                "BMA",
                "said",
                ["workload_morale", "funding_pay"],
                "negative",
            ),
            (
                2,
                "We need ten thousand more GPs,",
                "Dr Hart",
                "Amelia Hart",
                "chair",
                "RCGP",
                "added",
                ["workforce_supply"],
                "neutral",
            ),
        ],
        "comments": [
            (
                "Sam",
                "2020-03-04T07:00:00",
                "Retired at 56 and never looked back. Best decision I ever made, sadly.",
                ["workforce_supply"],
                "negative",
                0.6,
            ),
        ],
        "annotation": (["workforce_supply", "workload_morale"], "negative"),
    },
]


def _scores(sentiment: str, confidence: float) -> dict[str, float]:
    others = [s for s in an.SENTIMENTS if s != sentiment]
    rest = 1.0 - confidence
    return {sentiment: confidence, others[0]: round(rest * 0.6, 4), others[1]: round(rest * 0.4, 4)}


def _annotation(
    unit_type: str, unit_id: int, article_id: int, themes: list[str], sentiment: str, confidence: float = 0.8
) -> an.Annotation:
    return an.Annotation(
        unit_type,
        unit_id,
        article_id,
        sentiment,
        _scores(sentiment, confidence),
        list(themes),
        {t: 0.9 - 0.1 * i for i, t in enumerate(themes)},
    )


def build_fixture_store(path: Path) -> dict:
    """Create the store at ``path`` and return facts the tests check against."""
    conn = store.connect(path)
    facts: dict = {"articles": {}, "comments": {}, "quotes": {}}
    run = store.start_run(conn, "crawl", {"sources": ["pulse", "gponline"]})
    for spec in ARTICLES:
        record = ArticleRecord(
            url=spec["url"],
            source=spec["source"],
            title=spec["title"],
            published=spec["published"],
            comments_declared=spec["declared"],
            paragraphs=[Paragraph(text) for text, _ in spec["paragraphs"]],
            comments=[
                CommentRecord(text=text, author=author, posted=posted) for author, posted, text, *_ in spec["comments"]
            ],
        )
        article_id = store.upsert_article(conn, record).article_id
        facts["articles"][spec["title"]] = article_id
        stored = store.get_article(conn, article_id)
        para_ids = [p["id"] for p in stored["paragraphs"]]
        sentences = [
            an.Sentence(position=0, start=0, end=len(text), text=text, paragraph_id=pid)
            for pid, (text, _) in zip(para_ids, spec["paragraphs"])
        ]
        quotes = [
            an.Quote(
                position=i,
                text=q[1],
                speaker=q[2],
                speaker_name=q[3],
                speaker_role=q[4],
                speaker_org=q[5],
                cue=q[6],
                paragraph_id=para_ids[q[0]],
            )
            for i, q in enumerate(spec["quotes"])
        ]
        an.replace_units(conn, article_id, sentences, quotes, pipeline_version="test-pipeline")
        units = an.units_for_article(conn, article_id)
        annotations = [_annotation("article", article_id, article_id, *spec["annotation"])]
        for unit, (_, themes) in zip(units["sentence"], spec["paragraphs"]):
            annotations.append(_annotation("sentence", unit["id"], article_id, themes, "neutral", 0.7))
        for unit, q in zip(units["quote"], spec["quotes"]):
            annotations.append(_annotation("quote", unit["id"], article_id, q[7], q[8], 0.8))
            facts["quotes"][q[1]] = unit["id"]
        for unit, c in zip(units["comment"], spec["comments"]):
            annotations.append(_annotation("comment", unit["id"], article_id, c[3], c[4], c[5]))
            facts["comments"][c[2]] = unit["id"]
        an.write_annotations(conn, article_id, annotations, model_version="test-model")
    store.finish_run(conn, run, "ok", {"pages_fetched": 3, "new_articles": 3})
    refresh = store.start_run(conn, "refresh", {})
    store.record_error(conn, refresh, "https://pulse.example/news/broken-page", "no article text found", source="pulse")
    store.finish_run(conn, refresh, "partial", {"pages_fetched": 4, "not_modified": 3, "failed": 1})
    facts["secret"] = store.corpus_secret(conn)
    conn.close()
    return facts
