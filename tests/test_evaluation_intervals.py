"""How sure the evaluation's figures are: bootstrap intervals that draw whole pages, scored on
the same counts as the report's own figures, and a lead over a baseline that is called shown
only when every likely resample keeps it."""

from __future__ import annotations

import numpy as np
import pytest

from nlp.evaluate import (
    intervals,
    lead_verdict,
    macro_f1_of,
    micro_f1_of,
    resample_weights,
    score_sentiment,
    score_themes,
    sentiment_counts,
    theme_counts,
)

LABELS = ["negative", "neutral", "positive"]
THEMES = ["skill_mix", "funding_pay", "digital_first"]


def _ones(n: int) -> np.ndarray:
    return np.ones((1, n))


def test_a_resample_is_scored_as_the_report_scores_the_units_it_draws():
    gold = ["negative", "negative", "neutral", "positive", "neutral", "negative", "odd"]
    pred = ["negative", "positive", "neutral", "neutral", "neutral", "neutral", "negative"]
    counts = sentiment_counts(gold, pred, LABELS)
    assert macro_f1_of(counts, _ones(len(gold)))[0] == pytest.approx(
        score_sentiment(gold, pred, LABELS)["macro"]["f1"], abs=1e-4
    )
    # a unit drawn twice counts as two copies of it; one not drawn counts as absent
    weights = np.array([[2, 0, 1, 1, 1, 3, 1]], dtype=float)
    drawn = [i for i, w in enumerate(weights[0]) for _ in range(int(w))]
    assert macro_f1_of(counts, weights)[0] == pytest.approx(
        score_sentiment([gold[i] for i in drawn], [pred[i] for i in drawn], LABELS)["macro"]["f1"], abs=1e-4
    )
    gold_t = [["skill_mix"], [], ["funding_pay", "digital_first"], ["skill_mix"], ["unknown_theme"]]
    pred_t = [["skill_mix"], ["funding_pay"], ["funding_pay"], [], ["unknown_theme"]]
    t_counts = theme_counts(gold_t, pred_t, THEMES)
    assert micro_f1_of(t_counts, _ones(len(gold_t)))[0] == pytest.approx(
        score_themes(gold_t, pred_t, THEMES)["micro"]["f1"], abs=1e-4
    )
    assert micro_f1_of(t_counts, np.array([[0, 1, 0, 0, 0]], dtype=float))[0] == 0.0  # only a false positive


def test_pages_are_drawn_whole_as_many_as_there_are_and_the_same_each_time():
    groups = [f"page{i % 7}" for i in range(40)]
    batches = list(resample_weights(groups, resamples=250))
    weights = np.concatenate(batches)
    assert weights.shape == (250, 40) and len(batches) == 3  # drawn a batch at a time
    for page in set(groups):
        cols = weights[:, [i for i, g in enumerate(groups) if g == page]]
        assert (cols == cols[:, :1]).all()  # a page's units are drawn together
    firsts = [groups.index(f"page{k}") for k in range(7)]
    assert (weights[:, firsts].sum(axis=1) == 7).all()  # 7 pages drawn in every resample
    assert weights[:, firsts].std() > 0  # with replacement: some pages twice, some not at all
    assert np.array_equal(weights, np.concatenate(list(resample_weights(groups, resamples=250))))


def test_an_interval_holds_its_figure_and_is_wider_when_a_page_is_all_right_or_all_wrong():
    rng = np.random.default_rng(3)
    n_pages, per_page = 20, 20
    gold, pred, pages = [], [], []
    for page in range(n_pages):
        right = page < 14  # a page the model reads right throughout, or wrong throughout
        for _ in range(per_page):
            g = LABELS[rng.integers(3)]
            gold.append(g)
            pred.append(g if right else LABELS[(LABELS.index(g) + 1) % 3])
            pages.append(f"https://example.test/{page}")
    counts = {"gpwatch": sentiment_counts(gold, pred, LABELS)}
    figure = score_sentiment(gold, pred, LABELS)["macro"]["f1"]
    by_page = intervals(counts, macro_f1_of, pages)
    by_unit = intervals(counts, macro_f1_of, [str(i) for i in range(len(gold))])
    assert by_page["groups"] == n_pages and by_unit["groups"] == n_pages * per_page
    for iv in (by_page, by_unit):
        low, high = iv["systems"]["gpwatch"]
        assert low < figure < high

    def width(iv: dict) -> float:
        return iv["systems"]["gpwatch"][1] - iv["systems"]["gpwatch"][0]

    assert width(by_page) > 2 * width(by_unit)  # 20 pages are less evidence than 400 independent units


def test_a_lead_is_shown_only_when_every_likely_resample_keeps_it():
    rng = np.random.default_rng(5)
    gold = [LABELS[i] for i in rng.integers(3, size=200)]
    pages = [f"p{i // 4}" for i in range(200)]
    guess = [LABELS[i] for i in rng.integers(3, size=200)]
    almost = list(gold)
    for i in (0, 1, 2):  # three units apart: a lead no sample of this size can show
        almost[i] = LABELS[(LABELS.index(gold[i]) + 1) % 3]
    counts = {
        name: sentiment_counts(gold, pred, LABELS)
        for name, pred in (("gpwatch", gold), ("guess", guess), ("almost", almost), ("same", gold))
    }
    iv = intervals(counts, macro_f1_of, pages)
    assert iv["systems"]["gpwatch"] == [1.0, 1.0]
    assert iv["lead"]["guess"][0] > 0.3  # shown
    assert iv["lead"]["almost"][0] >= 0 and iv["lead"]["almost"][0] < 0.01  # within reach of a tie
    assert iv["lead"]["same"] == [0.0, 0.0]
    assert set(iv["lead"]) == {"guess", "almost", "same"} and iv["level"] == 0.95 and iv["resamples"] == 1000


def test_a_lead_is_called_by_where_its_interval_lies():
    assert lead_verdict(0.004, 0.2) == "shown"
    assert lead_verdict(-0.021, 0.041) == "not shown"
    assert lead_verdict(-0.2, -0.01) == "behind"
