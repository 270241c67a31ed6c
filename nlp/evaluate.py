"""Scoring a model on the held-out split, beside VADER and TextBlob (``gpwatch evaluate``).

Label files may say what kind of text each unit is (a ``kind`` column, e.g. ``paragraph`` or
``comment`` as in ``../shared/realdev``, or ``corpora/labelled``'s ``register``): every score
is then also reported per kind, and the sentiment model is told which units readers wrote.  Units
marked ``"ambiguous": true`` are left out of every score, and the report says how many.

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


# --------------------------------------------------------------------------- kinds and ambiguous units

KIND_COLUMN = "kind"                 # e.g. realdev's "paragraph" / "comment"
REGISTER_COLUMN = "register"         # corpora/labelled's "news" / "statement" / "quote" / "comment"
AMBIGUOUS_COLUMN = "ambiguous"       # true: the annotators could not settle the label; never scored


def unit_extras(units: list[LabelledUnit]) -> dict[str, tuple[str | None, bool]]:
    """``{unit.where: (kind, ambiguous)}`` from the rows the units were read from (a unit's
    ``where`` is ``path:line``); the kind is the ``kind`` column, else the ``register`` column.
    Files without the columns give ``(None, False)``."""
    from nlp.train import _rows

    out: dict[str, tuple[str | None, bool]] = {}
    paths = {u.where.rsplit(":", 1)[0] for u in units if ":" in u.where}
    for path in paths:
        try:
            for lineno, row in _rows(Path(path)):
                kind = row.get(KIND_COLUMN) or row.get(REGISTER_COLUMN)
                amb = row.get(AMBIGUOUS_COLUMN)
                if isinstance(amb, str):
                    amb = amb.strip().lower() in ("1", "true", "yes")
                out[f"{path}:{lineno}"] = (str(kind).strip().lower() if kind else None, bool(amb))
        except (OSError, ValueError):
            continue
    return out


def split_by_kind(units: list[LabelledUnit], extras: dict[str, tuple[str | None, bool]]
                  ) -> tuple[list[LabelledUnit], int, list[str | None]]:
    """Leave out the units marked ambiguous; returns (kept units, how many left out, each kept
    unit's kind or None)."""
    kept, kinds, dropped = [], [], 0
    for u in units:
        kind, amb = extras.get(u.where, (None, False))
        if amb:
            dropped += 1
            continue
        kept.append(u)
        kinds.append(kind)
    return kept, dropped, kinds


def sentiment_by_kind(gold: list[str], systems: dict[str, list[str]], kinds: list[str | None],
                      labels: list[str]) -> dict:
    """``{kind: {"n", system: {"macro_f1", "accuracy", "per_class"}}}`` for every kind present."""
    out: dict = {}
    for kind in sorted({k for k in kinds if k}):
        idx = [i for i, k in enumerate(kinds) if k == kind]
        entry: dict = {"n": len(idx)}
        for name, pred in systems.items():
            sc = score_sentiment([gold[i] for i in idx], [pred[i] for i in idx], labels)
            entry[name] = {"macro_f1": sc["macro"]["f1"], "accuracy": sc["accuracy"],
                           "per_class": {lab: c["f1"] for lab, c in sc["per_class"].items()}}
        out[kind] = entry
    return out


def themes_by_kind(gold: list[list[str]], systems: dict[str, list[list[str]]], kinds: list[str | None],
                   theme_ids: list[str]) -> dict:
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


def format_by_kind(report: dict) -> list[str]:
    """The by-kind lines of the text report (empty when the labels have no kinds)."""
    lines: list[str] = []
    if report.get("ambiguous_left_out"):
        lines += ["", f"{report['ambiguous_left_out']} unit(s) marked ambiguous left out of every score"]
    sent = (report.get("sentiment") or {}).get("by_kind")
    if sent:
        names = list(report["sentiment"]["systems"])
        lines += ["", "Sentiment by kind: macro-F1 / accuracy",
                  f"{'':<16}{'units':>7}" + "".join(f"{n:>18}" for n in names)]
        for kind, entry in sent.items():
            lines.append(f"{kind:<16}{entry['n']:>7}" + "".join(
                f"{entry[n]['macro_f1']:>11.3f} / {entry[n]['accuracy']:.3f}"[-18:].rjust(18) for n in names))
    th = (report.get("themes") or {}).get("by_kind")
    if th:
        names = list(report["themes"]["systems"])
        lines += ["", "Themes by kind: micro-F1",
                  f"{'':<16}{'units':>7}" + "".join(f"{n:>12}" for n in names)]
        for kind, entry in th.items():
            lines.append(f"{kind:<16}{entry['n']:>7}" + "".join(f"{entry[n]['micro_f1']:>12.3f}" for n in names))
    return lines


def evaluate(model_dir: str | os.PathLike, label_files: list[str | os.PathLike] | None = None, *,
             on_error: Callable | None = None, baselines: bool = True) -> dict:
    """Score the model in ``model_dir`` on the held-out units of ``label_files`` (default:
    ``corpora/labelled/*.jsonl``), with VADER and TextBlob beside it.  Returns a JSON-able dict."""
    clf = Classifier(model_dir)
    units = held_out_units(label_files, on_error=on_error)
    units, ambiguous, kinds = split_by_kind(units, unit_extras(units))
    if not units:
        raise TrainError("no held-out units to evaluate on")
    preds = clf.predict([u.text for u in units], kinds)
    report: dict = {"model": clf.version, "model_dir": str(clf.path), "units": len(units),
                    "ambiguous_left_out": ambiguous,
                    "label_files": [str(p) for p in (label_files or default_label_files())]}
    if any(kinds):
        report["kinds"] = {k: kinds.count(k) for k in sorted({k for k in kinds if k})}
    unit_kind = {id(u): k for u, k in zip(units, kinds)}

    s_units = [(u, p) for u, p in zip(units, preds) if u.sentiment is not None]
    if s_units:
        labels = clf.sentiment_labels
        gold = [u.sentiment for u, _ in s_units]
        texts = [u.text for u, _ in s_units]
        predicted = {"gpwatch": [p.sentiment for _, p in s_units]}
        if baselines:
            for name, fn in (("vader", vader_labels), ("textblob", textblob_labels)):
                got = fn(texts)
                if got is not None:
                    predicted[name] = got
        systems = {name: score_sentiment(gold, pred, labels) for name, pred in predicted.items()}
        report["sentiment"] = {"n": len(s_units), "labels": labels, "systems": systems}
        s_kinds = [unit_kind[id(u)] for u, _ in s_units]
        if any(s_kinds):
            report["sentiment"]["by_kind"] = sentiment_by_kind(gold, predicted, s_kinds, labels)

    t_units = [(u, p) for u, p in zip(units, preds) if u.themes is not None]
    if t_units:
        gold_t = [u.themes for u, _ in t_units]
        predicted_t = {"gpwatch": [p.themes for _, p in t_units]}
        pat = pattern_themes([u.text for u, _ in t_units], clf) if baselines else None
        if pat is not None:
            predicted_t["patterns"] = pat
        systems_t = {name: score_themes(gold_t, pred, clf.theme_ids) for name, pred in predicted_t.items()}
        report["themes"] = {"n": len(t_units), "theme_ids": clf.theme_ids, "systems": systems_t}
        t_kinds = [unit_kind[id(u)] for u, _ in t_units]
        if any(t_kinds):
            report["themes"]["by_kind"] = themes_by_kind(gold_t, predicted_t, t_kinds, clf.theme_ids)
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
    lines += format_by_kind(report)
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
