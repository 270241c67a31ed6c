"""The demo corpus a researcher would believe: a decade of original articles, enough per
quarter for the charts, no quote put in two mouths, no sentence on a loop."""

from __future__ import annotations

import collections
import json
import re

import pytest

from corpora.sample_site.content import load_articles
from corpora.sample_site.generate import GENERATED_DIR
from corpora.sample_site.newsroom import CAST, newsroom_articles
from corpora.sample_site.server import COMMENTS_PER_PAGE
from tests.nlp_fixtures import nlp_pipeline  # noqa: F401

MAX_REPEATS = 5  # a sentence of six words or more appears at most this often in the whole site


@pytest.fixture(scope="module")
def articles():
    return load_articles()


@pytest.fixture(scope="module")
def generated():
    return newsroom_articles()


def test_generation_is_deterministic_and_is_what_the_site_serves(generated):
    stored = [json.loads(line) for line in (GENERATED_DIR / "newsroom.jsonl").read_text(encoding="utf-8").splitlines()]
    assert stored == generated
    assert newsroom_articles()[:3] == generated[:3]


def test_at_least_300_articles_over_ten_years_and_every_quarter_covered(articles):
    assert len(articles) >= 300
    per_quarter = collections.Counter((int(a.published[:4]), (int(a.published[5:7]) - 1) // 3 + 1) for a in articles)
    quarters = [(y, q) for y in range(2015, 2027) for q in range(1, 5) if (y, q) <= (2026, 3)]
    assert len({y for y, _ in quarters}) >= 10
    thin = {q: per_quarter[q] for q in quarters if per_quarter[q] < 6}
    assert not thin, thin


def test_no_quote_is_attributed_to_two_speakers(generated):
    speakers: dict[str, set[str]] = collections.defaultdict(set)
    for article in generated:
        for quote in article["quotes"]:
            speakers[quote["text"]].add(quote["speaker"])
    assert len(speakers) > 600
    shared = {text: who for text, who in speakers.items() if len(who) > 1}
    assert not shared, list(shared.items())[:3]
    # and every quote is where the article says it is, in that speaker's paragraph
    for article in generated[:50]:
        for quote in article["quotes"]:
            assert quote["text"].rstrip(".") in article["paragraphs"][quote["paragraph"]]["text"]


def test_office_holders_speak_only_in_their_years(generated):
    years = {name: (first, last) for name, *_, first, last in CAST}
    for article in generated:
        year = int(article["published"][:4])
        for quote in article["quotes"]:
            first, last = years[quote["speaker"]]
            assert first <= year <= last, (quote["speaker"], year)
    ministers = {q["speaker"] for a in generated for q in a["quotes"] if q["role"] == "health secretary"}
    assert len(ministers) >= 3  # the office changes hands over the decade


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])[’”]?\s+", text) if len(s.split()) >= 6]


def test_no_sentence_is_repeated_more_than_a_few_times(articles):
    counts: collections.Counter[str] = collections.Counter()
    for a in articles:
        for text in [a.title, a.standfirst] + [t for _, t in a.paragraphs] + [c.text for c in a.comments]:
            counts.update(_sentences(text))
    worst = counts.most_common(3)
    assert worst[0][1] <= MAX_REPEATS, worst
    assert sum(counts.values()) > 5000  # the partner: there is a lot of text, and it was counted


def test_comment_threads_look_like_threads(articles):
    comments = [c for a in articles for c in a.comments]
    assert len(comments) >= 2000
    replies = [c for c in comments if c.parent]
    assert 0.15 < len(replies) / len(comments) < 0.4
    assert any(sum(1 for c in a.comments if not c.parent) > COMMENTS_PER_PAGE for a in articles)
    assert sum(1 for a in articles if not a.comments) >= 5  # some articles draw no comments at all
    texts = collections.Counter(c.text for c in comments if not c.parent)
    assert texts.most_common(1)[0][1] == 1  # no top-level comment is posted twice


def test_the_speakers_organisations_are_organisations_not_places(articles, nlp_pipeline):  # noqa: F811
    # the demo's organisation filter lists what the quote finder reads as each speaker's organisation
    from corpora.sample_site.phrases import PLACES
    from nlp.quotes import extract_quotes

    sample = [a for a in articles if any(n in t for _, t in a.paragraphs for n in ("Yusuf Amin", "Tom Ferris"))][:25]
    assert len(sample) == 25
    orgs, roles = collections.Counter(), collections.Counter()
    for a in sample:
        texts = [t for _, t in a.paragraphs]
        for q in extract_quotes(texts, docs=list(nlp_pipeline.pipe(texts))):
            orgs[q.speaker_org] += 1
            if q.speaker_name in ("Yusuf Amin", "Tom Ferris"):
                roles[q.speaker_role] += 1
    assert not set(orgs) & set(PLACES), orgs
    assert sum(n for org, n in orgs.items() if org) >= 10  # organisations are found
    assert set(roles) == {"locum GP", "GP trainee"}  # a repeated full name keeps the post given before
