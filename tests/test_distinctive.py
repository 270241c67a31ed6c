"""Log-odds with an informative Dirichlet prior: the phrases typical of a theme."""

from __future__ import annotations

import math
from collections import Counter

from app.distinctive import count_phrases, distinctive_phrases, log_odds_dirichlet, phrases

PCN_TEXTS = [
    "The primary care network will share a clinical pharmacist across five practices.",
    "Our primary care network has hired a paramedic and a social prescriber.",
    "Every primary care network must have a clinical director by July.",
    "The network agreement forces practices into a primary care network of 30,000 patients.",
] * 3
REST_TEXTS = [
    "Pensions tax is driving senior partners into early retirement.",
    "The practice could not recruit a salaried GP for a year.",
    "Workload is unsafe and the partners are exhausted.",
    "The practice will close its doors after the last partner retires.",
] * 3


def test_phrases_drop_stop_words_and_keep_bigrams():
    got = phrases("The primary care network and the hubs")
    assert "primary care" in got and "care network" in got and "hubs" in got
    assert "the" not in got and "and" not in got and "network and" not in got


def test_distinctive_phrases_of_a_theme_come_first():
    top = distinctive_phrases(PCN_TEXTS, REST_TEXTS, top=5)
    names = [d.phrase for d in top]
    assert "primary care" in names[:3] or "care network" in names[:3]
    assert all(d.z > 0 and d.target_count >= 2 for d in top)
    assert not any("partner" in n or "pension" in n for n in names)
    # reversed roles: the rest's phrases become distinctive instead
    rev = [d.phrase for d in distinctive_phrases(REST_TEXTS, PCN_TEXTS, top=5)]
    assert not set(names) & set(rev)


def test_log_odds_matches_the_formula():
    target, rest = Counter({"hub": 10, "gp": 5}), Counter({"hub": 2, "gp": 20})
    scored = {d.phrase: d for d in log_odds_dirichlet(target, rest, prior_scale=0.5)}
    background = target + rest
    n, a0 = sum(background.values()), 0.5 * sum(background.values())
    alpha = a0 * (background["hub"] + 0.01) / (n + 0.01 * 2)
    delta = math.log((10 + alpha) / (15 + a0 - 10 - alpha)) - math.log((2 + alpha) / (22 + a0 - 2 - alpha))
    z = delta / math.sqrt(1 / (10 + alpha) + 1 / (2 + alpha))
    assert math.isclose(scored["hub"].delta, delta) and math.isclose(scored["hub"].z, z)
    assert scored["hub"].z > 0 > scored["gp"].z


def test_prior_shrinks_rare_phrases():
    """A phrase seen twice only in the target scores below one seen forty times mostly there."""
    target = Counter({"rare": 2, "common": 40, "filler": 100})
    rest = Counter({"common": 10, "filler": 100})
    scored = {d.phrase: d for d in log_odds_dirichlet(target, rest)}
    assert scored["common"].z > scored["rare"].z > 0
    assert count_phrases(["", "Hubs hubs"])["hubs"] == 2
