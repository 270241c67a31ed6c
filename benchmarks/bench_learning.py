"""Benchmark: learning from the user's own labels, as a curve on real text.

A researcher who labels units on the Annotate page gets them into the store's ``labels`` table
(``analysis_store.add_label``), and ``gpwatch train`` adds them to ``corpora/labelled``.  This
benchmark does exactly that with ``../shared/realdev`` (real public text, read at run time,
never copied; units marked ambiguous left out) standing in for the user's corpus, and reports
real-text quality after 0, 50, 100 and 200 of the "user's" labels.

How the folds are built (realdev has 217 scorable units from 70 pages):

* units are grouped by page (URL), so no page has units on both sides of a split: a model
  never sees a sibling paragraph of the text it is scored on;
* pages are shuffled (fixed seed) and dealt into K folds, largest page first, each to the fold
  with the fewest units so far;
* 0 labels: the model trained on ``corpora/labelled`` alone, scored on every unit;
* 50 and 100 labels: K = 2; for each fold, 50 (or 100) units drawn at random (fixed seed) from
  the other fold are stored as labels in a fresh store, the model is retrained through
  ``nlp.train.train(store_labels=...)`` and scored on the held-out fold; the two folds'
  predictions are pooled (every unit scored once); ``--quick`` scores the first fold only
  (about 109 units);
* 200 labels: 200 training units need folds of about 17 units, so K = 12 and the labels are
  the whole of the other eleven folds (198-199 units; the note gives the range); the full run
  scores all 12 folds, ``--quick`` the first 2 (about 37 units: a rough figure).

Each retrain is a whole ``gpwatch train`` (about a minute of CPU), so the full run costs 17
retrains and ``--quick`` 4.

Each row compares a size with the 0-label model on the same units.  The regularisation search
is off (``search=False``) in every retrain, as in the classify benchmark's quick run, so the
curve shows the labels' effect and not a different search; everything else is ``gpwatch
train`` as a user runs it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

REALDEV = Path(__file__).resolve().parents[1].parent / "shared" / "realdev" / "units.jsonl"
SEED = 0
SENTIMENTS = ["negative", "neutral", "positive"]  # realdev's labels, our codebook's


def _row(
    metric: str, value: float, unit: str, baseline: str | None, baseline_value: float | None, note: str = ""
) -> dict:
    ratio = round(value / baseline_value, 3) if baseline_value else None
    return {
        "benchmark": "learning curve",
        "metric": metric,
        "value": round(value, 4),
        "unit": unit,
        "baseline": baseline,
        "baseline_value": None if baseline_value is None else round(baseline_value, 4),
        "ratio": ratio,
        "note": note,
    }


def read_units(path: Path = REALDEV) -> list[dict]:
    units = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                u = json.loads(line)
                if not u.get("ambiguous") and u.get("text"):
                    units.append(u)
    return units


def page_folds(units: list[dict], k: int, seed: int = SEED) -> list[list[int]]:
    """Indices of ``units`` dealt into ``k`` folds by page (see the module docstring)."""
    pages: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        pages.setdefault(u.get("url") or u.get("id") or str(i), []).append(i)
    groups = list(pages.values())
    random.Random(seed).shuffle(groups)
    groups.sort(key=len, reverse=True)  # stable: equal sizes keep the shuffled order
    folds: list[list[int]] = [[] for _ in range(k)]
    for g in groups:
        min(folds, key=len).extend(g)
    return [sorted(f) for f in folds]


def store_labels(db: Path, units: list[dict]) -> None:
    """The user's labels, stored as the Annotate page stores them."""
    from corpora import analysis_store
    from corpora import store as store_mod

    conn = store_mod.connect(db)
    try:
        for u in units:
            analysis_store.add_label(
                conn,
                u["text"],
                sentiment=u["sentiment"],
                themes=list(u["themes"]),
                unit_type="comment" if u.get("kind") == "comment" else "sentence",
                annotator="bench_learning",
            )
    finally:
        conn.close()


def scores(units: list[dict], sentiments: list[str], themes: list[list[str]], theme_ids: list[str]) -> dict:
    from nlp.evaluate import score_sentiment, score_themes

    s = score_sentiment([u["sentiment"] for u in units], sentiments, SENTIMENTS)
    t = score_themes([u["themes"] for u in units], themes, theme_ids)
    comments = [i for i, u in enumerate(units) if u.get("kind") == "comment"]
    acc_c = (sum(units[i]["sentiment"] == sentiments[i] for i in comments) / len(comments)) if comments else None
    return {"sentiment": s["macro"]["f1"], "themes": t["micro"]["f1"], "comment_accuracy": acc_c}


def leads(units: list[dict], after: list, before: list, theme_ids: list[str]) -> dict[str, str]:
    """The retrained models' lead over the model with no labels, on the same units and the same
    draws of whole pages (``nlp.evaluate.intervals``): ``{"sentiment": note, "themes": note}``."""
    from nlp.evaluate import intervals, lead_text, macro_f1_of, micro_f1_of, sentiment_counts, theme_counts

    pages = [u.get("url") or u["text"] for u in units]
    gold_s, gold_t = [u["sentiment"] for u in units], [u["themes"] for u in units]
    s_counts = {
        name: sentiment_counts(gold_s, [p.sentiment for p in preds], SENTIMENTS)
        for name, preds in (("after", after), ("before", before))
    }
    t_counts = {
        name: theme_counts(gold_t, [p.themes for p in preds], theme_ids)
        for name, preds in (("after", after), ("before", before))
    }
    out = {}
    for task, counts, score in (("sentiment", s_counts, macro_f1_of), ("themes", t_counts, micro_f1_of)):
        iv = intervals(counts, score, pages, reference="after")
        out[task] = (
            f"{iv['level']:.0%} interval of the gain over {iv['groups']} pages {lead_text(*iv['lead']['before'])}"
        )
    return out


def run(workdir: Path, quick: bool) -> list[dict]:
    from nlp.classify import Classifier
    from nlp.train import train

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    if not REALDEV.exists():
        return [
            _row(
                "realdev not found: no learning curve",
                0.0,
                "",
                None,
                None,
                note=f"{REALDEV} is absent (it lives beside the repository, in ../shared/realdev)",
            )
        ]
    units = read_units()
    base = Classifier(train(None, out_dir=workdir / "models0", search=False).folder)
    base_pred = base.predict([u["text"] for u in units], [u.get("kind") for u in units])
    theme_ids = base.theme_ids

    def subset_scores(idx: list[int], preds) -> dict:
        return scores([units[i] for i in idx], [p.sentiment for p in preds], [p.themes for p in preds], theme_ids)

    everyone = list(range(len(units)))
    s0 = subset_scores(everyone, base_pred)
    rows = [
        _row(
            f"sentiment macro-F1 on realdev, 0 labels ({len(units)} units)",
            s0["sentiment"],
            "F1",
            None,
            None,
            note="trained on corpora/labelled only",
        ),
        _row(f"theme micro-F1 on realdev, 0 labels ({len(units)} units)", s0["themes"], "F1", None, None),
    ]
    if s0["comment_accuracy"] is not None:
        rows.append(
            _row("sentiment accuracy on realdev comments, 0 labels", s0["comment_accuracy"], "accuracy", None, None)
        )

    plans = [(50, 2, 1 if quick else None), (100, 2, 1 if quick else None), (200, 12, 2 if quick else None)]
    rng = random.Random(SEED)
    for n, k, limit in plans:
        folds = page_folds(units, k)
        scored: list[int] = []
        preds: dict[int, object] = {}
        used: list[int] = []
        for f, test in enumerate(folds[:limit] if limit else folds):
            pool = [i for j, fold in enumerate(folds) if j != f for i in fold]
            chosen = pool if len(pool) <= n else rng.sample(pool, n)
            used.append(len(chosen))
            db = workdir / f"labels_{n}_{f}.db"
            store_labels(db, [units[i] for i in chosen])
            model = Classifier(train(None, out_dir=workdir / f"models_{n}_{f}", store_labels=db, search=False).folder)
            fold_preds = model.predict([units[i]["text"] for i in test], [units[i].get("kind") for i in test])
            for i, p in zip(test, fold_preds):
                preds[i] = p
            scored.extend(test)
        got = subset_scores(scored, [preds[i] for i in scored])
        ref = subset_scores(scored, [base_pred[i] for i in scored])
        note = (
            f"{len(scored)} units scored in {len(used)} of {k} page-grouped folds; labels per retrain "
            f"{min(used)}-{max(used)} (mean {sum(used) / len(used):.0f})"
        )
        gain = leads([units[i] for i in scored], [preds[i] for i in scored], [base_pred[i] for i in scored], theme_ids)
        rows.append(
            _row(
                f"sentiment macro-F1 on realdev after {n} labels",
                got["sentiment"],
                "F1",
                "0 labels, same units",
                ref["sentiment"],
                note=f"{note}; {gain['sentiment']}",
            )
        )
        rows.append(
            _row(
                f"theme micro-F1 on realdev after {n} labels",
                got["themes"],
                "F1",
                "0 labels, same units",
                ref["themes"],
                note=f"{note}; {gain['themes']}",
            )
        )
        if got["comment_accuracy"] is not None:
            rows.append(
                _row(
                    f"sentiment accuracy on realdev comments after {n} labels",
                    got["comment_accuracy"],
                    "accuracy",
                    "0 labels, same units",
                    ref["comment_accuracy"],
                    note=note,
                )
            )
    return rows


if __name__ == "__main__":
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for r in run(Path(tmp), args.quick):
            print(json.dumps(r))
