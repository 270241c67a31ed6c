"""``nlp.quotes._speakers._find_phrase`` (organisation and role phrases in a speaker's description)
is one compiled alternation; it must find exactly what searching each phrase in turn found."""

from __future__ import annotations

import re

from corpora.sample_site.content import load_articles
from nlp.quotes import _lexicon, _speakers


def _one_by_one(text, phrases, exact_upper=True):
    """The earlier implementation: each phrase searched on its own, the earliest match
    kept, at the same place the longest, then the first listed."""
    best = None
    for p in phrases:
        flags = 0 if (p.isupper() and exact_upper) else re.I
        m = re.search(r"(?<![\w’'])" + re.escape(p) + r"(?![\w’'])", text, flags)
        if m and (best is None or m.start() < best.start() or (m.start() == best.start() and m.end() > best.end())):
            best = m
    return best


def _texts() -> list[str]:
    articles = load_articles()
    texts = [t for a in articles for _, t in a.paragraphs] + [c.text for a in articles for c in a.comments]
    return texts[::6] + [
        "the RCGP chair and the rcgp chair",
        "BMA’s GP committee chair, said",
        "chief executive of NHS England's primary care team",
        "Royal College of General Practitioners' chair",
        "a GP partner in the Health Foundation",
        "",
    ]


def test_one_alternation_finds_what_each_phrase_in_turn_found():
    orgs, roles = _lexicon._lexicons()
    assert len(orgs) > 20 and len(roles) > 20
    found = 0
    for phrases in (orgs, roles, tuple(reversed(orgs)), ("chair", "Chair", "GP", "gp partner", "GP partner")):
        for text in _texts():
            for exact in (True, False):
                want, got = _one_by_one(text, phrases, exact), _speakers._find_phrase(text, phrases, exact)
                assert (want and (want.span(), want.group(0))) == (got and (got.span(), got.group(0))), text
                found += want is not None
    assert found > 200  # the phrases are there to be found
    assert _speakers._find_phrase("anything", ()) is None
