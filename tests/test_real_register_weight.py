"""The sentiment model weights corpora/labelled's real-register units above the rest (issue 13)."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from nlp.train import LABELLED_DIR, REAL_REGISTER_WEIGHT, LabelledUnit, fit_sentiment, unit_weights

LABELS = ["negative", "neutral", "positive"]


def test_only_rows_of_the_shipped_real_register_files_are_weighted(tmp_path):
    real = sorted(LABELLED_DIR.glob("real_*.jsonl"))
    assert real, "corpora/labelled has real-register files"
    units = [
        LabelledUnit(text="a", themes=None, sentiment="negative", where=f"{real[0]}:3"),
        LabelledUnit(text="b", themes=None, sentiment="negative", where=f"{LABELLED_DIR / 'hard_01.jsonl'}:3"),
        # a user's own file that happens to be called real_*.jsonl is not ours: weight 1
        LabelledUnit(text="c", themes=None, sentiment="negative", where=f"{tmp_path / 'real_01.jsonl'}:1"),
        LabelledUnit(text="d", themes=None, sentiment="negative", where="store label 7"),
    ]
    assert unit_weights(units).tolist() == [REAL_REGISTER_WEIGHT, 1.0, 1.0, 1.0]
    assert REAL_REGISTER_WEIGHT > 1


def test_weighted_units_outvote_more_numerous_unweighted_ones():
    # feature 0: six negative rows of weight 1 against four positive rows of weight 4;
    # feature 1: neutral rows.  Unweighted the majority (negative) wins; weighted, positive.
    rows = [[1.0, 0.0]] * 10 + [[0.0, 1.0]] * 5
    y = np.array(["negative"] * 6 + ["positive"] * 4 + ["neutral"] * 5)
    weight = np.array([1.0] * 6 + [4.0] * 4 + [1.0] * 5)
    X = sparse.csr_matrix(np.array(rows))
    plain, _ = fit_sentiment(X, y, LABELS, cs=(1.0,))
    weighted, info = fit_sentiment(X, y, LABELS, cs=(1.0,), sample_weight=weight)
    probe = sparse.csr_matrix(np.array([[1.0, 0.0]]))
    assert plain.predict(probe)[0] == "negative"
    assert weighted.predict(probe)[0] == "positive"
    assert 0 <= info["cv_macro_f1"] <= 1 and info["C"] == 1.0
