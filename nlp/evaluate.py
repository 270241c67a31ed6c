"""Scoring a model on the held-out split, beside VADER and TextBlob (``gpwatch evaluate``).

The held-out units are the rows of the label files whose ``split`` is ``test`` (every row when no
row has a split: a file given only for evaluation).  Sentiment: per-class precision, recall and
F1, macro and micro averages and the confusion matrix, for gpwatch, VADER (compound >= 0.05
positive, <= -0.05 negative, as its authors recommend) and TextBlob (polarity, the same +-0.05
band) on the same units in the same run.  Themes: per-theme precision, recall and F1, micro and
macro averages, for gpwatch and for the codebook's seed patterns alone (a theme whenever one of
its patterns matches), the baseline a keyword search would give.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from nlp.classify import Classifier, current_model_dir
from nlp.train import LabelledUnit, TrainError, default_label_files, read_labels

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
    return {"per_class": per_class, "macro": macro, "micro": micro, "accuracy": round(tp / n, 4) if n else 0.0,
            "confusion": {"labels": labels, "matrix": cm.tolist()}}


def score_themes(gold: list[list[str]], pred: list[list[str]], theme_ids: list[str]) -> dict:
    per_theme = {}
    TP = FP = FN = 0
    for t in theme_ids:
        tp = sum(1 for g, p in zip(gold, pred) if t in g and t in p)
        fp = sum(1 for g, p in zip(gold, pred) if t not in g and t in p)
        fn = sum(1 for g, p in zip(gold, pred) if t in g and t not in p)
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        per_theme[t] = {**_prf(tp, fp, fn), "support": tp + fn}
    macro = {k: round(float(np.mean([c[k] for c in per_theme.values()])), 4) if per_theme else 0.0
             for k in ("precision", "recall", "f1")}
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


def held_out_units(label_files: list[str | os.PathLike] | None = None, *, on_error: Callable | None = None,
                   **columns) -> list[LabelledUnit]:
    units: list[LabelledUnit] = []
    for path in label_files or default_label_files():
        file_units = read_labels(path, on_error=on_error, **columns)
        has_split = any(u.split for u in file_units)
        units.extend(u for u in file_units if not has_split or u.split == "test")
    return units


def evaluate(model_dir: str | os.PathLike, label_files: list[str | os.PathLike] | None = None, *,
             on_error: Callable | None = None, baselines: bool = True) -> dict:
    """Score the model in ``model_dir`` on the held-out units of ``label_files`` (default:
    ``corpora/labelled/*.jsonl``), with VADER and TextBlob beside it.  Returns a JSON-able dict."""
    clf = Classifier(model_dir)
    units = held_out_units(label_files, on_error=on_error)
    if not units:
        raise TrainError("no held-out units to evaluate on")
    preds = clf.predict([u.text for u in units])
    report: dict = {"model": clf.version, "model_dir": str(clf.path), "units": len(units),
                    "label_files": [str(p) for p in (label_files or default_label_files())]}

    s_units = [(u, p) for u, p in zip(units, preds) if u.sentiment is not None]
    if s_units:
        labels = clf.sentiment_labels
        gold = [u.sentiment for u, _ in s_units]
        texts = [u.text for u, _ in s_units]
        systems = {"gpwatch": score_sentiment(gold, [p.sentiment for _, p in s_units], labels)}
        if baselines:
            for name, fn in (("vader", vader_labels), ("textblob", textblob_labels)):
                got = fn(texts)
                if got is not None:
                    systems[name] = score_sentiment(gold, got, labels)
        report["sentiment"] = {"n": len(s_units), "labels": labels, "systems": systems}

    t_units = [(u, p) for u, p in zip(units, preds) if u.themes is not None]
    if t_units:
        gold_t = [u.themes for u, _ in t_units]
        systems_t = {"gpwatch": score_themes(gold_t, [p.themes for _, p in t_units], clf.theme_ids)}
        pat = pattern_themes([u.text for u, _ in t_units], clf) if baselines else None
        if pat is not None:
            systems_t["patterns"] = score_themes(gold_t, pat, clf.theme_ids)
        report["themes"] = {"n": len(t_units), "theme_ids": clf.theme_ids, "systems": systems_t}
    return report


# --------------------------------------------------------------------------- output


def format_report(report: dict) -> str:
    lines = [f"model {report['model']} on {report['units']} held-out units"]
    sent = report.get("sentiment")
    if sent:
        names = list(sent["systems"])
        lines += ["", f"Sentiment ({sent['n']} units): F1 per class, macro and micro averages",
                  f"{'':<16}" + "".join(f"{n:>10}" for n in names)]
        for lab in sent["labels"]:
            lines.append(f"{lab:<16}" + "".join(f"{sent['systems'][n]['per_class'][lab]['f1']:>10.3f}" for n in names))
        for avg in ("macro", "micro"):
            lines.append(f"{avg + ' F1':<16}" + "".join(f"{sent['systems'][n][avg]['f1']:>10.3f}" for n in names))
        g = sent["systems"]["gpwatch"]
        lines += ["", "gpwatch sentiment, per class:", f"{'':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}"]
        for lab, c in g["per_class"].items():
            lines.append(f"{lab:<16}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}{c['support']:>10}")
        labs = g["confusion"]["labels"]
        lines += ["", "confusion matrix (rows gold, columns predicted):", f"{'':<16}" + "".join(f"{x:>10}" for x in labs)]
        for lab, row in zip(labs, g["confusion"]["matrix"]):
            lines.append(f"{lab:<16}" + "".join(f"{v:>10}" for v in row))
    th = report.get("themes")
    if th:
        names = list(th["systems"])
        g = th["systems"]["gpwatch"]
        lines += ["", f"Themes ({th['n']} units): gpwatch precision / recall / F1, and F1 of the other systems",
                  f"{'':<22}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"
                  + "".join(f"{n + ' f1':>14}" for n in names[1:])]
        for t in th["theme_ids"]:
            c = g["per_theme"][t]
            lines.append(f"{t:<22}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}{c['support']:>9}"
                         + "".join(f"{th['systems'][n]['per_theme'][t]['f1']:>14.3f}" for n in names[1:]))
        for avg in ("micro", "macro"):
            c = g[avg]
            lines.append(f"{avg + ' average':<22}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}{'':>9}"
                         + "".join(f"{th['systems'][n][avg]['f1']:>14.3f}" for n in names[1:]))
    return "\n".join(lines)


def evaluate_command(args) -> int:
    """``gpwatch evaluate [--model DIR] [--labels FILE ...] [--json]``."""
    from app import console
    from corpora import store as store_mod
    from nlp.classify import ModelNotFound

    try:
        model_dir = Path(args.model) if getattr(args, "model", None) else current_model_dir(
            Path(args.db) if getattr(args, "db", None) else store_mod.default_db_path())
        report = evaluate(model_dir, getattr(args, "labels", None) or None, on_error=console.error)
    except (ModelNotFound, TrainError) as exc:
        console.error(str(exc))
        return 1
    print(json.dumps(report, indent=2) if getattr(args, "json", False) else format_report(report))
    return 0
