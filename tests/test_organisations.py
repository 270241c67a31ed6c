"""One name for a body the entity patterns know under several forms (corpora.organisations)."""

from __future__ import annotations

import json

from corpora import organisations
from corpora.resources import ENTITIES_PATH


def test_the_forms_of_a_body_are_its_patterns_with_one_name():
    assert organisations.forms("RCGP") == ("RCGP", "Royal College of GPs", "Royal College of General Practitioners")
    assert organisations.forms("the King’s Fund".removeprefix("the ")) == organisations.forms("Kings Fund")
    assert organisations.canonical("British Medical Association") == "BMA"
    assert organisations.canonical("  royal college of gps ") == "RCGP"  # any case, as the patterns match


def test_a_name_no_pattern_gives_and_a_kind_of_body_stay_as_written():
    assert organisations.forms("Calder LMC") == ("Calder LMC",)
    assert organisations.canonical("Calder LMC") == "Calder LMC"
    assert organisations.forms("PCN") == ("PCN",)  # a kind of body ("primary care network"), not one body


def test_one_per_body_lists_each_body_once_sorted():
    got = organisations.one_per_body(
        ["Royal College of GPs", "BMA", "RCGP", "Calder LMC", "British Medical Association"]
    )
    assert got == ["BMA", "Calder LMC", "RCGP"]


def test_every_body_with_several_forms_has_its_one_name_among_its_patterns():
    rows = [json.loads(line) for line in ENTITIES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    phrases = {r["phrase"] for r in rows if "phrase" in r}
    bodies = organisations._bodies()
    assert len(bodies) >= 30  # the aliases are there to be merged
    for name, forms in bodies.items():
        assert name in phrases and forms[0] == name and len(forms) > 1
        assert all(organisations.canonical(f) == name for f in forms)
