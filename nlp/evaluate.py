"""Scoring a model on the held-out split, beside VADER and TextBlob (``gpwatch evaluate``).

The held-out units are the rows of the label files whose ``split`` is ``test`` (every row when no
row has a split: a file given only for evaluation).  Sentiment: per-class precision, recall and
F1, macro and micro averages and the confusion matrix, for gpwatch, VADER (compound >= 0.05
positive, <= -0.05 negative, as its authors recommend) and TextBlob (polarity, the same +-0.05
band) on the same units in the same run, when the codebook's sentiment labels are the standard
negative/neutral/positive (otherwise the report carries a warning and scores gpwatch alone).  Themes: per-theme precision, recall and F1, micro and
macro averages, for gpwatch and for the codebook's seed patterns alone (a theme whenever one of
its patterns matches), the baseline a keyword search would give.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nlp import classify
from nlp.classify import Classifier
from nlp.taxonomy import has_standard_sentiments, match_sentiment
from nlp.train import LabelledUnit, TrainError, default_label_files, read_labels

AGAINST = "against"  # the system name of a second model scored beside the first (``evaluate(against=...)``)
VADER_BAND = 0.05
TEXTBLOB_BAND = 0.05


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_sentiment(gold: list[str], pred: list[str], labels: list[str]) -> dict:
    """Per-class P/R/F1, macro and micro averages, accuracy and the confusion matrix
    (rows: gold, columns: predicted, in ``labels`` order)."""
    idx = {lab: i for i, lab in enumerate(labels)}
    cm = np.zeros((len(labels), len(labels)), dtype=int)
    for g, p in zip(gold, pred):
        if g in idx and p in idx:
            cm[idx[g], idx[p]] += 1
    per_class = {}
    for lab, i in idx.items():
        tp, fp, fn = int(cm[i, i]), int(cm[:, i].sum() - cm[i, i]), int(cm[i, :].sum() - cm[i, i])
        per_class[lab] = {**_prf(tp, fp, fn), "support": int(cm[i, :].sum())}
    macro = {k: round(float(np.mean([c[k] for c in per_class.values()])), 4) for k in ("precision", "recall", "f1")}
    tp = int(np.trace(cm))
    n = int(cm.sum())
    micro = _prf(tp, n - tp, n - tp)
    return {
        "per_class": per_class,
        "macro": macro,
        "micro": micro,
        "accuracy": round(tp / n, 4) if n else 0.0,
        "confusion": {"labels": labels, "matrix": cm.tolist()},
    }


def score_themes(gold: list[list[str]], pred: list[list[str]], theme_ids: list[str]) -> dict:
    per_theme = {}
    TP = FP = FN = 0
    for t in theme_ids:
        tp = sum(1 for g, p in zip(gold, pred) if t in g and t in p)
        fp = sum(1 for g, p in zip(gold, pred) if t not in g and t in p)
        fn = sum(1 for g, p in zip(gold, pred) if t in g and t not in p)
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        per_theme[t] = {**_prf(tp, fp, fn), "support": tp + fn}
    macro = {
        k: round(float(np.mean([c[k] for c in per_theme.values()])), 4) if per_theme else 0.0
        for k in ("precision", "recall", "f1")
    }
    return {"per_theme": per_theme, "micro": _prf(TP, FP, FN), "macro": macro}


def vader_labels(texts: list[str], band: float = VADER_BAND) -> list[str] | None:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    sia = SentimentIntensityAnalyzer()
    out = []
    for t in texts:
        c = sia.polarity_scores(t)["compound"]
        out.append("positive" if c >= band else "negative" if c <= -band else "neutral")
    return out


def textblob_labels(texts: list[str], band: float = TEXTBLOB_BAND) -> list[str] | None:
    try:
        from textblob import TextBlob
    except ImportError:
        return None
    out = []
    for t in texts:
        p = TextBlob(t).sentiment.polarity
        out.append("positive" if p >= band else "negative" if p <= -band else "neutral")
    return out


def pattern_themes(texts: list[str], clf: Classifier) -> list[list[str]] | None:
    """Themes by the codebook's seed patterns alone (any match), using the model's own lemmas."""
    from nlp.features import PatternHits

    try:
        norm = clf.model.features.named_steps["normalise"].transform(texts)
        hits = dict(clf.model.features.named_steps["union"].transformer_list).get("patterns")
    except (AttributeError, KeyError):
        return None
    if not isinstance(hits, PatternHits):
        return None
    counts = hits.counts(norm)
    return [[t for t, c in zip(clf.theme_ids, row) if c > 0] for row in counts]


def held_out_units(
    label_files: list[str | os.PathLike] | None = None, *, on_error: Callable | None = None, **columns
) -> list[LabelledUnit]:
    """The held-out rows of each file, each with only the labels of the tasks it is held out
    for: a row whose split (or, for sentiment, second split) is ``test``; every row of a file
    with no split at all (a file given only for evaluation)."""
    units: list[LabelledUnit] = []
    for path in label_files or default_label_files():
        file_units = read_labels(path, on_error=on_error, **columns)
        has_split = any(u.split for u in file_units)
        has_sent_split = any(u.sentiment_split for u in file_units)
        for u in file_units:
            themes = u.themes if (not has_split or u.themes_held_out) else None
            sent_held = u.sentiment_held_out if (has_sent_split or has_split) else True
            sentiment = u.sentiment if sent_held else None
            if themes is not None or sentiment is not None:
                units.append(dataclasses.replace(u, themes=themes, sentiment=sentiment))
    return units


# --------------------------------------------------------------------------- kinds and ambiguous units

KIND_COLUMN = "kind"  # e.g. realdev's "paragraph" / "comment"
REGISTER_COLUMN = "register"  # corpora/labelled's "news" / "statement" / "quote" / "comment"
AMBIGUOUS_COLUMN = "ambiguous"  # true: the annotators could not settle the label; never scored
PAGE_COLUMN = "url"  # realdev's page: the units of one page are resampled together (see the intervals)


@dataclass(frozen=True)
class UnitExtras:
    """What a label row says about its unit besides the labels: its kind (the ``kind`` column,
    else ``register``), whether it is marked ambiguous, and the page it comes from (``url``)."""

    kind: str | None = None
    ambiguous: bool = False
    page: str | None = None


def unit_extras(units: list[LabelledUnit]) -> dict[str, UnitExtras]:
    """``{unit.where: UnitExtras}`` from the rows the units were read from (a unit's ``where``
    is ``path:line``).  Files without the columns give ``UnitExtras()``."""
    from nlp.train import _rows

    out: dict[str, UnitExtras] = {}
    paths = {u.where.rsplit(":", 1)[0] for u in units if ":" in u.where}
    for path in paths:
        try:
            for lineno, row in _rows(Path(path)):
                kind = row.get(KIND_COLUMN) or row.get(REGISTER_COLUMN)
                amb = row.get(AMBIGUOUS_COLUMN)
                if isinstance(amb, str):
                    amb = amb.strip().lower() in ("1", "true", "yes")
                page = row.get(PAGE_COLUMN)
                out[f"{path}:{lineno}"] = UnitExtras(
                    kind=str(kind).strip().lower() if kind else None,
                    ambiguous=bool(amb),
                    page=(str(page).strip() or None) if page else None,
                )
        except (OSError, ValueError):
            continue
    return out


def split_by_kind(
    units: list[LabelledUnit], extras: dict[str, UnitExtras]
) -> tuple[list[LabelledUnit], int, list[str | None]]:
    """Leave out the units marked ambiguous; returns (kept units, how many left out, each kept
    unit's kind or None)."""
    kept, kinds, dropped = [], [], 0
    for u in units:
        extra = extras.get(u.where, UnitExtras())
        if extra.ambiguous:
            dropped += 1
            continue
        kept.append(u)
        kinds.append(extra.kind)
    return kept, dropped, kinds


def sentiment_by_kind(
    gold: list[str], systems: dict[str, list[str]], kinds: list[str | None], labels: list[str]
) -> dict:
    """``{kind: {"n", system: {"macro_f1", "accuracy", "per_class"}}}`` for every kind present."""
    out: dict = {}
    for kind in sorted({k for k in kinds if k}):
        idx = [i for i, k in enumerate(kinds) if k == kind]
        entry: dict = {"n": len(idx)}
        for name, pred in systems.items():
            sc = score_sentiment([gold[i] for i in idx], [pred[i] for i in idx], labels)
            entry[name] = {
                "macro_f1": sc["macro"]["f1"],
                "accuracy": sc["accuracy"],
                "per_class": {lab: c["f1"] for lab, c in sc["per_class"].items()},
            }
        out[kind] = entry
    return out


def sentiment_by_confidence(gold: list[str], pred: list[str], sure: list[bool | None], labels: list[str]) -> dict:
    """The model's sentiment scores on its sure and its unsure units apart (``sure`` from
    :attr:`nlp.classify.Prediction.sentiment_sure`): ``{"unsure_below", "sure": {"n", "share",
    "macro_f1", "accuracy"}, "unsure": {...}}``; a part with no unit has ``n`` 0 and no scores."""
    out: dict = {"unsure_below": classify.UNSURE_BELOW}
    for name, want in (("sure", True), ("unsure", False)):
        idx = [i for i, s in enumerate(sure) if s is want]
        entry: dict = {"n": len(idx), "share": round(len(idx) / len(gold), 4) if gold else 0.0}
        if idx:
            sc = score_sentiment([gold[i] for i in idx], [pred[i] for i in idx], labels)
            entry |= {"macro_f1": sc["macro"]["f1"], "accuracy": sc["accuracy"]}
        out[name] = entry
    return out


def themes_by_kind(
    gold: list[list[str]], systems: dict[str, list[list[str]]], kinds: list[str | None], theme_ids: list[str]
) -> dict:
    """``{kind: {"n", system: {"micro_f1", "precision", "recall"}}}`` for every kind present."""
    out: dict = {}
    for kind in sorted({k for k in kinds if k}):
        idx = [i for i, k in enumerate(kinds) if k == kind]
        entry: dict = {"n": len(idx)}
        for name, pred in systems.items():
            m = score_themes([gold[i] for i in idx], [pred[i] for i in idx], theme_ids)["micro"]
            entry[name] = {"micro_f1": m["f1"], "precision": m["precision"], "recall": m["recall"]}
        out[kind] = entry
    return out


# --------------------------------------------------------------------------- how sure the figures are

RESAMPLES = 1000
LEVEL = 0.95
_BATCH = 100  # resamples weighed at a time: bounds the memory a large held-out file needs


def resample_weights(groups: list[str], resamples: int = RESAMPLES, seed: int = 0) -> Iterator[np.ndarray]:
    """Batches of bootstrap weights: each row says how often each unit is drawn in one resample.
    Groups (the pages units come from) are drawn with replacement, as many as there are, and a
    drawn group brings all of its units, so units of one page, which are alike, do not count as
    independent evidence.  The seed is fixed: the same units always give the same interval."""
    _, inverse = np.unique(np.asarray(groups, dtype=str), return_inverse=True)
    n_groups = int(inverse.max()) + 1 if len(inverse) else 0
    rng = np.random.default_rng(seed)
    for start in range(0, resamples, _BATCH):
        draws = rng.multinomial(n_groups, np.full(n_groups, 1.0 / n_groups), size=min(_BATCH, resamples - start))
        yield draws[:, inverse].astype(np.float64)


def _f1_of_counts(c: np.ndarray) -> np.ndarray:
    """F1 from counts whose last axis is (tp, fp, fn): 2tp / (2tp + fp + fn), 0 where nothing
    was predicted or expected (as :func:`_prf` gives it)."""
    tp, fp, fn = c[..., 0], c[..., 1], c[..., 2]
    denom = 2 * tp + fp + fn
    return np.divide(2 * tp, denom, out=np.zeros_like(denom, dtype=np.float64), where=denom > 0)


def sentiment_counts(gold: list[str], pred: list[str], labels: list[str]) -> np.ndarray:
    """Per unit and class, (tp, fp, fn) as 0/1: shape (units, classes, 3).  A unit whose gold or
    predicted label is not in ``labels`` counts nowhere, as in :func:`score_sentiment`."""
    idx = {lab: i for i, lab in enumerate(labels)}
    out = np.zeros((len(gold), len(labels), 3))
    for u, (g, p) in enumerate(zip(gold, pred)):
        if g in idx and p in idx:
            if g == p:
                out[u, idx[g], 0] = 1
            else:
                out[u, idx[p], 1] = 1
                out[u, idx[g], 2] = 1
    return out


def theme_counts(gold: list[list[str]], pred: list[list[str]], theme_ids: list[str]) -> np.ndarray:
    """Per unit, (tp, fp, fn) summed over the codebook's themes: shape (units, 3)."""
    known = set(theme_ids)
    out = np.zeros((len(gold), 3))
    for u, (g, p) in enumerate(zip(gold, pred)):
        g, p = set(g) & known, set(p) & known
        out[u] = (len(g & p), len(p - g), len(g - p))
    return out


def macro_f1_of(counts: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The macro-F1 of each resample: ``counts`` from :func:`sentiment_counts`."""
    n, k, _ = counts.shape
    return _f1_of_counts((weights @ counts.reshape(n, k * 3)).reshape(-1, k, 3)).mean(axis=1)


def micro_f1_of(counts: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The micro-F1 of each resample: ``counts`` from :func:`theme_counts`."""
    return _f1_of_counts(weights @ counts)


def intervals(
    counts: dict[str, np.ndarray],
    score: Callable[[np.ndarray, np.ndarray], np.ndarray],
    groups: list[str],
    *,
    reference: str = "gpwatch",
    resamples: int = RESAMPLES,
    level: float = LEVEL,
) -> dict:
    """Percentile bootstrap intervals of one figure for every system, and of the reference
    system's lead over each other one (paired: every system is scored on the same resample).
    ``counts``: ``{system: per-unit counts}``; ``score(counts, weights)``: the figure of each
    resample; ``groups``: each unit's page (or the unit itself when its page is not known).
    Returns ``{"level", "resamples", "groups", "systems": {name: [low, high]}, "lead": {name:
    [low, high]}}``: a lead whose interval lies above 0 is one the data shows."""
    names = list(counts)
    scores: dict[str, list[np.ndarray]] = {name: [] for name in names}
    for weights in resample_weights(groups, resamples):
        for name in names:
            scores[name].append(score(counts[name], weights))
    drawn = {name: np.concatenate(v) for name, v in scores.items()}
    tail = (1 - level) / 2 * 100

    def bounds(values: np.ndarray) -> list[float]:
        low, high = np.percentile(values, [tail, 100 - tail])
        return [round(float(low), 4), round(float(high), 4)]

    return {
        "level": level,
        "resamples": resamples,
        "groups": len(set(groups)),
        "systems": {name: bounds(v) for name, v in drawn.items()},
        "lead": {name: bounds(drawn[reference] - drawn[name]) for name in names if name != reference},
    }


def lead_verdict(low: float, high: float) -> str:
    """What a lead's interval says: "shown" (above 0 throughout), "behind" (below 0
    throughout) or "not shown" (it holds 0: the units cannot tell the two systems apart)."""
    return "shown" if low > 0 else "behind" if high < 0 else "not shown"


def lead_text(low: float, high: float) -> str:
    """A lead's interval as the reports print it: ``+0.000 to +0.029 (not shown)``."""
    return f"{low:+.3f} to {high:+.3f} ({lead_verdict(low, high)})"


@dataclass
class EvaluationReport:
    """What :func:`evaluate` measured; ``to_dict()`` is the ``--json`` output."""

    model: str
    model_dir: str
    units: int
    label_files: list[str]
    sentiment: dict | None = None  # {"n", "labels", "systems": {name: scores}}
    themes: dict | None = None  # {"n", "theme_ids", "systems": {name: scores}}
    warnings: list[str] = field(default_factory=list)
    train_duplicates: dict | None = None  # the model's meta: training rows that were twins of held-out rows
    ambiguous_left_out: int = 0  # units marked ambiguous: never scored
    kinds: dict | None = None  # {kind: units} when the label files say what each unit is
    against: str | None = None  # the version of the model scored beside this one as "against"

    def to_dict(self) -> dict:
        out = {
            "model": self.model,
            "model_dir": self.model_dir,
            "units": self.units,
            "label_files": self.label_files,
            "ambiguous_left_out": self.ambiguous_left_out,
        }
        if self.kinds is not None:
            out["kinds"] = self.kinds
        if self.against is not None:
            out["against"] = self.against
        if self.sentiment is not None:
            out["sentiment"] = self.sentiment
        if self.themes is not None:
            out["themes"] = self.themes
        if self.train_duplicates is not None:
            out["train_duplicates"] = self.train_duplicates
        out["warnings"] = list(self.warnings)
        return out


def evaluate(
    model_dir: str | os.PathLike,
    label_files: list[str | os.PathLike] | None = None,
    *,
    on_error: Callable | None = None,
    baselines: bool = True,
    text_column: str = "text",
    themes_column: str = "themes",
    sentiment_column: str = "sentiment",
    split_column: str = "split",
    sentiment_split_column: str | None = None,
    against: str | os.PathLike | None = None,
) -> EvaluationReport:
    """Score the model in ``model_dir`` on the held-out units of ``label_files`` (default:
    ``corpora/labelled/*.jsonl``, read with the same column options as ``train``), with VADER
    and TextBlob beside it when the model's sentiment labels are the standard three (otherwise
    a warning says why they are not scored).  Gold sentiment labels are matched to the model's
    ignoring case.  ``against``: a second model folder scored on the same units as the system
    ``"against"`` (a retrained model beside the one before it), so that the intervals give the
    first model's lead over it, drawn pair by pair.  Prints nothing."""
    clf = Classifier(model_dir)
    other = Classifier(against) if against is not None else None
    units = held_out_units(
        label_files,
        on_error=on_error,
        text_column=text_column,
        themes_column=themes_column,
        sentiment_column=sentiment_column,
        split_column=split_column,
        sentiment_split_column=sentiment_split_column,
        known_themes=set(clf.theme_ids),
    )
    extras = unit_extras(units)
    units, ambiguous, kinds = split_by_kind(units, extras)
    if not units:
        raise TrainError("no held-out units to evaluate on")
    preds = clf.predict([u.text for u in units], kinds)
    other_preds = other.predict([u.text for u in units], kinds) if other is not None else None
    report = EvaluationReport(
        model=clf.version,
        model_dir=str(clf.path),
        units=len(units),
        label_files=[str(p) for p in (label_files or default_label_files())],
        train_duplicates=clf.meta.get("duplicates"),
        ambiguous_left_out=ambiguous,
        against=other.version if other is not None else None,
    )
    if any(kinds):
        report.kinds = {k: kinds.count(k) for k in sorted({k for k in kinds if k})}
    unit_kind = {id(u): k for u, k in zip(units, kinds)}
    pages = {id(u): extras.get(u.where, UnitExtras()).page for u in units}

    def resampled(task_units: list[LabelledUnit]) -> tuple[list[str], str]:
        """Each unit's resampling group (its page, else the unit itself) and what the groups are."""
        known = [pages[id(u)] is not None for u in task_units]
        groups = [pages[id(u)] or f"unit {u.where}" for u in task_units]
        return groups, "pages" if all(known) else "units" if not any(known) else "pages and units"

    labels = clf.sentiment_labels
    s_units = [(u, p) for u, p in zip(units, preds) if u.sentiment is not None]
    if s_units and clf.has_sentiment:
        gold = [match_sentiment(u.sentiment, labels) or u.sentiment for u, _ in s_units]
        unknown = sorted({g for g in gold if g not in labels})
        if unknown:
            report.warnings.append(
                f"{len([g for g in gold if g not in labels])} held-out sentiment label(s) not in "
                f"the model's codebook ({', '.join(unknown[:5])}); counted as misses"
            )
        texts = [u.text for u, _ in s_units]
        predicted = {"gpwatch": [p.sentiment for _, p in s_units]}
        if other is not None and other.has_sentiment and other.sentiment_labels == labels:
            predicted[AGAINST] = [q.sentiment for u, q in zip(units, other_preds) if u.sentiment is not None]
        elif other is not None:
            report.warnings.append(
                f"the --against model ({other.version}) has no sentiment or other sentiment labels; its sentiment not scored"
            )
        if baselines and has_standard_sentiments(labels):
            canon = {lab.strip().casefold(): lab for lab in labels}
            for name, fn in (("vader", vader_labels), ("textblob", textblob_labels)):
                got = fn(texts)
                if got is not None:
                    predicted[name] = [canon[g] for g in got]
        elif baselines:
            report.warnings.append(
                f"VADER and TextBlob not scored: they give negative/neutral/positive, and this "
                f"codebook's sentiment labels are {', '.join(labels)}"
            )
        systems = {name: score_sentiment(gold, pred, labels) for name, pred in predicted.items()}
        report.sentiment = {"n": len(s_units), "labels": labels, "systems": systems}
        report.sentiment["by_confidence"] = sentiment_by_confidence(
            gold, predicted["gpwatch"], [p.sentiment_sure for _, p in s_units], labels
        )
        groups, over = resampled([u for u, _ in s_units])
        counts = {name: sentiment_counts(gold, pred, labels) for name, pred in predicted.items()}
        report.sentiment["interval"] = {"figure": "macro_f1", "over": over, **intervals(counts, macro_f1_of, groups)}
        s_kinds = [unit_kind[id(u)] for u, _ in s_units]
        if any(s_kinds):
            report.sentiment["by_kind"] = sentiment_by_kind(gold, predicted, s_kinds, labels)
    elif s_units:
        report.warnings.append(
            f"the model has no sentiment model (trained on themes only); {len(s_units)} sentiment label(s) not scored"
        )

    t_units = [(u, p) for u, p in zip(units, preds) if u.themes is not None]
    if t_units:
        gold_t = [u.themes for u, _ in t_units]
        predicted_t = {"gpwatch": [p.themes for _, p in t_units]}
        if other is not None:
            predicted_t[AGAINST] = [q.themes for u, q in zip(units, other_preds) if u.themes is not None]
            if set(other.theme_ids) != set(clf.theme_ids):
                report.warnings.append(
                    f"the --against model ({other.version}) has other themes; only this model's themes are scored"
                )
        pat = pattern_themes([u.text for u, _ in t_units], clf) if baselines else None
        if pat is not None:
            predicted_t["patterns"] = pat
        systems_t = {name: score_themes(gold_t, pred, clf.theme_ids) for name, pred in predicted_t.items()}
        report.themes = {"n": len(t_units), "theme_ids": clf.theme_ids, "systems": systems_t}
        groups, over = resampled([u for u, _ in t_units])
        counts = {name: theme_counts(gold_t, pred, clf.theme_ids) for name, pred in predicted_t.items()}
        report.themes["interval"] = {"figure": "micro_f1", "over": over, **intervals(counts, micro_f1_of, groups)}
        t_kinds = [unit_kind[id(u)] for u, _ in t_units]
        if any(t_kinds):
            report.themes["by_kind"] = themes_by_kind(gold_t, predicted_t, t_kinds, clf.theme_ids)
    return report
