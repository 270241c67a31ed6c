"""The realdev quote scorer in benchmarks/bench_quotes.py: speaker keys, optional quotes,
and the real-text figure itself (read from ../shared/realdev at run time)."""

from __future__ import annotations

import json

import pytest

from benchmarks.bench_quotes import REALDEV, f1_intervals, gpwatch_pairs, keys_match, prf, score_realdev
from tests.nlp_fixtures import nlp_pipeline  # noqa: F401


def test_keys_match_surnames_hyphens_and_organisation_words():
    assert keys_match(["bramall-stainer"], "Katie Bramall-Stainer")
    assert keys_match(["department", "dhsc"], None, "A DHSC spokesperson", None)
    assert not keys_match(["hodges"], "Bob Hodgson", "Dr Hodgson")
    assert not keys_match(["locum"], None, None, None)


def test_optional_quotes_count_neither_way():
    gold = [
        {"text": "We cannot go on like this any longer", "speaker": "Ada Vale", "keys": ["vale"]},
        {"text": "unsafe", "speaker": "Ada Vale", "keys": ["vale"], "optional": True},
        {"text": "a perfect storm", "speaker": "-", "keys": ["-"], "optional": True},
    ]
    found = [
        ("We cannot go on like this any longer", ("Ada Vale",)),
        ("unsafe", ("Ada Vale",)),
        ("a perfect storm", ("the report",)),
    ]
    c = score_realdev(gold, found)
    assert (c["gold"], c["predicted"], c["matched"], c["wrong"]) == (1, 1, 1, [])
    wrong = score_realdev(gold, [("We cannot go on like this any longer", ("Bo Hale",)), ("never said", ("X",))])
    assert (wrong["gold"], wrong["predicted"], wrong["matched"]) == (1, 2, 0)
    assert (
        score_realdev(gold, [("We cannot go on like this any longer", ("Bo Hale",))], with_speaker=False)["matched"]
        == 1
    )


def test_the_quote_f1_interval_draws_whole_articles_and_holds_the_figure():
    ours = [{"id": f"a{i}", "gold": 4, "predicted": 4, "matched": 4 if i % 4 else 1} for i in range(40)]
    theirs = [{"id": f"a{i}", "gold": 4, "predicted": 2, "matched": 1} for i in range(40)]
    iv = f1_intervals({"gpwatch": ours, "textacy": theirs})
    f1 = prf(ours)[2]
    low, high = iv["systems"]["gpwatch"]
    assert iv["groups"] == 40 and low < f1 < high and high - low > 0.02
    assert iv["lead"]["textacy"][0] > 0.3
    assert f1_intervals({"gpwatch": ours, "textacy": ours})["lead"]["textacy"] == [0.0, 0.0]


@pytest.mark.slow
@pytest.mark.skipif(not REALDEV.exists(), reason=f"{REALDEV} is absent: the real-text evaluation lives in ../shared")
def test_realdev_quote_speaker_f1_meets_the_target(nlp_pipeline):  # noqa: F811
    articles = [json.loads(line) for line in REALDEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = [score_realdev(a["quotes"], gpwatch_pairs(nlp_pipeline, a)) for a in articles]
    precision, recall, f1 = prf(counts)
    assert f1 >= 0.94, (precision, recall, f1)
