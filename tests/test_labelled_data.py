"""The labelled data in corpora/labelled: well-formed, big enough, every theme and
sentiment well represented, and a fixed held-out split."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.default_codebook import DEFAULT_THEME_IDS

LABELLED = Path(__file__).resolve().parents[1] / "corpora" / "labelled"
THEMES = set(DEFAULT_THEME_IDS)
SENTIMENTS = {"negative", "neutral", "positive"}
REGISTERS = {"news", "statement", "quote", "comment"}


@pytest.fixture(scope="module")
def units() -> list[dict]:
    rows = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                row["_where"] = f"{path.name}:{number}"
                rows.append(row)
    return rows


def test_guidelines_exist_and_cover_the_edge_cases():
    text = (LABELLED / "GUIDELINES.md").read_text(encoding="utf-8").lower()
    for word in ("sarcas", "resign", "mixed", "neutral", "split", *THEMES):
        assert word in text, word


def test_every_unit_is_well_formed(units):
    ids = Counter(u["id"] for u in units)
    assert not [i for i, n in ids.items() if n > 1], "duplicate ids"
    for u in units:
        where = u["_where"]
        assert isinstance(u["text"], str) and u["text"].strip(), where
        assert u["sentiment"] in SENTIMENTS, where
        assert isinstance(u["themes"], list) and set(u["themes"]) <= THEMES and len(u["themes"]) <= 3, where
        assert u["register"] in REGISTERS, where
        assert u["split"] in {"train", "test"}, where


def test_the_split_is_fixed_by_the_id(units):
    for u in units:
        number = int(re.search(r"\d+", u["id"]).group())
        assert u["split"] == ("test" if number % 5 == 0 else "train"), u["_where"]


def test_no_text_is_both_in_train_and_test(units):
    norm = lambda t: re.sub(r"\W+", " ", t.lower()).strip()  # noqa: E731
    train = {norm(u["text"]) for u in units if u["split"] == "train"}
    leaked = [u["id"] for u in units if u["split"] == "test" and norm(u["text"]) in train]
    assert len(leaked) <= 3, leaked


def test_size_and_coverage(units):
    assert len(units) >= 2000
    sentiments = Counter(u["sentiment"] for u in units)
    assert min(sentiments.values()) >= 0.15 * len(units), sentiments
    registers = Counter(u["register"] for u in units)
    assert registers["comment"] >= 800 and registers["news"] + registers["quote"] + registers["statement"] >= 800
    for theme in THEMES:
        tagged = [u for u in units if theme in u["themes"]]
        assert len(tagged) >= 150, theme
        by_sentiment = Counter(u["sentiment"] for u in tagged)
        assert all(by_sentiment[s] >= 20 for s in SENTIMENTS), (theme, by_sentiment)
        assert sum(u["split"] == "test" for u in tagged) >= 30, theme
    assert sum(not u["themes"] for u in units) >= 50
