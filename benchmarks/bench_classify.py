"""Benchmark: theme and sentiment classification, speed and quality.

Speed: units per second for ``classify_stream`` (the ``gpwatch classify`` path: JSONL in,
JSONL out, one process) on 100,000 units (quick: 10,000) built from the labelled texts, against
VADER scoring the same units in the same run (VADER is the usual off-the-shelf choice and does
less: sentiment only); peak resident memory of the process.

Quality: the model is trained here from ``corpora/labelled`` (train split) and scored with
``nlp.evaluate`` on the held-out split and on ``../shared/realdev`` (real public text nobody
here wrote, evaluation only, read at run time; its units marked ambiguous are left out), overall
and per kind (article paragraphs, comments): sentiment macro-F1 beside VADER and TextBlob
(and accuracy on comments), theme micro-F1 beside the codebook's patterns alone (the keyword
baseline), and the F1 of every theme on the held-out split.  Without ``../shared/realdev`` the
real-text rows are one row saying so.
"""

from __future__ import annotations

import io
import json
import resource
import time
from pathlib import Path

REALDEV = Path(__file__).resolve().parents[1].parent / "shared" / "realdev" / "units.jsonl"


def _row(
    benchmark: str,
    metric: str,
    value: float,
    unit: str,
    baseline: str | None,
    baseline_value: float | None,
    note: str = "",
    higher_is_better: bool = True,
) -> dict:
    ratio = None
    if baseline_value:
        ratio = round(value / baseline_value if higher_is_better else baseline_value / value, 3) if value else None
    return {
        "benchmark": benchmark,
        "metric": metric,
        "value": round(value, 4),
        "unit": unit,
        "baseline": baseline,
        "baseline_value": None if baseline_value is None else round(baseline_value, 4),
        "ratio": ratio,
        "note": note,
    }


def interval_note(interval: dict | None, baseline: str | None = None) -> str:
    """The row's note on how sure its figure is: gpwatch's bootstrap interval and, beside a
    baseline, gpwatch's lead over it (``nlp.evaluate.intervals``)."""
    from nlp.evaluate import lead_text

    if not interval:
        return ""
    low, high = interval["systems"]["gpwatch"]
    note = f"{interval['level']:.0%} interval {low:.3f}-{high:.3f} ({interval['groups']} {interval['over']} resampled)"
    if baseline in interval["lead"]:
        note += f"; lead {lead_text(*interval['lead'][baseline])}"
    return note


def _units(n: int) -> list[str]:
    from nlp.train import default_label_files, read_labels

    texts = [u.text for p in default_label_files() for u in read_labels(p)]
    # vary each copy a little so nothing could be served from a cache
    return [f"{texts[i % len(texts)]} ({i // len(texts)})" if i >= len(texts) else texts[i] for i in range(n)]


def run(workdir: Path, quick: bool) -> list[dict]:
    from nlp.classify import Classifier, classify_stream
    from nlp.evaluate import evaluate, vader_labels
    from nlp.train import train

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    model_dir = train(None, out_dir=workdir / "models", search=not quick).folder
    train_s = time.perf_counter() - t0
    meta = json.loads((model_dir / "meta.json").read_text())
    results: list[dict] = []

    n = 10_000 if quick else 100_000
    texts = _units(n)
    payload = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    Classifier(model_dir)  # warm the imports
    timings = {}
    for workers in (1, 2):
        out = io.StringIO()
        t0 = time.perf_counter()
        failed = classify_stream(io.StringIO(payload), out, model_path=model_dir, workers=workers)
        timings[workers] = time.perf_counter() - t0
        assert failed == 0 and out.getvalue().count("\n") == n
    t0 = time.perf_counter()
    vader_labels(texts)
    vader = time.perf_counter() - t0
    for workers, secs in timings.items():
        results.append(
            _row(
                "classify",
                f"units/s classifying {n:,} units, {workers} process(es) (themes + sentiment, JSONL in and out)",
                n / secs,
                "units/s",
                "VADER sentiment only, same units, 1 process",
                n / vader,
                note=f"{secs:.1f} s for {n:,} units; VADER {vader:.1f} s",
            )
        )
    results.append(
        _row(
            "classify",
            "peak resident memory",
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "MiB",
            None,
            None,
            note="whole benchmark process (training included)",
            higher_is_better=False,
        )
    )
    results.append(
        _row(
            "classify",
            "training time",
            train_s,
            "s",
            None,
            None,
            note=f"{meta['units']['total']} labelled units, search over C: {not quick}",
            higher_is_better=False,
        )
    )

    report = evaluate(model_dir).to_dict()
    sent = report["sentiment"]["systems"]
    for name in ("vader", "textblob"):
        if name in sent:
            results.append(
                _row(
                    "classify quality",
                    f"sentiment macro-F1 on the held-out split ({report['units']} units)",
                    sent["gpwatch"]["macro"]["f1"],
                    "F1",
                    name,
                    sent[name]["macro"]["f1"],
                    note=f"gpwatch vs {name}; {interval_note(report['sentiment'].get('interval'), name)}",
                )
            )
    themes = report["themes"]["systems"]
    results.append(
        _row(
            "classify quality",
            "theme micro-F1 on the held-out split",
            themes["gpwatch"]["micro"]["f1"],
            "F1",
            "codebook patterns alone",
            themes.get("patterns", {}).get("micro", {}).get("f1"),
            note=interval_note(report["themes"].get("interval"), "patterns"),
        )
    )
    for tid, c in themes["gpwatch"]["per_theme"].items():
        base = themes.get("patterns", {}).get("per_theme", {}).get(tid, {}).get("f1")
        results.append(
            _row(
                "classify quality",
                f"theme F1: {tid}",
                c["f1"],
                "F1",
                "codebook patterns alone",
                base,
                note=f"support {c['support']}",
            )
        )
    results += realdev_rows(model_dir)
    return results


def realdev_rows(model_dir: Path, path: Path = REALDEV) -> list[dict]:
    """Real-text quality rows: ``../shared/realdev`` overall and per kind, beside VADER, TextBlob
    and the keyword baseline."""
    from nlp.evaluate import evaluate

    bench = "classify real text"
    if not path.exists():
        return [
            _row(
                bench,
                "realdev not found: no real-text figures",
                0.0,
                "",
                None,
                None,
                note=f"{path} is absent (it lives beside the repository, in ../shared/realdev)",
            )
        ]
    report = evaluate(model_dir, [path]).to_dict()
    out: list[dict] = []
    left = f"{report.get('ambiguous_left_out', 0)} ambiguous units left out"
    sent = report["sentiment"]
    for name in ("vader", "textblob"):
        if name in sent["systems"]:
            out.append(
                _row(
                    bench,
                    f"sentiment macro-F1, realdev all ({sent['n']} units)",
                    sent["systems"]["gpwatch"]["macro"]["f1"],
                    "F1",
                    name,
                    sent["systems"][name]["macro"]["f1"],
                    note=f"gpwatch vs {name}; {left}; {interval_note(sent.get('interval'), name)}",
                )
            )
    conf = sent.get("by_confidence") or {}
    sure, unsure = conf.get("sure", {}), conf.get("unsure", {})
    rule = f"unsure: the top sentiment probability under {conf.get('unsure_below', 0):.2f} (nlp.classify.UNSURE_BELOW)"
    if sure.get("n"):
        out.append(
            _row(
                bench,
                f"sentiment macro-F1, realdev units gpwatch is sure of ({sure['n']} of {sent['n']})",
                sure["macro_f1"],
                "F1",
                "gpwatch on all units",
                sent["systems"]["gpwatch"]["macro"]["f1"],
                note=f"{sure['share']:.0%} of the units; accuracy {sure['accuracy']:.3f}; {rule}",
            )
        )
    if sure.get("n") and unsure.get("n"):
        out.append(
            _row(
                bench,
                f"sentiment accuracy, realdev units gpwatch is unsure of ({unsure['n']} of {sent['n']})",
                unsure["accuracy"],
                "accuracy",
                "gpwatch on the units it is sure of",
                sure["accuracy"],
                note=f"{unsure['share']:.0%} of the units; macro-F1 {unsure['macro_f1']:.3f}; {rule}; lower is the flag earning its keep",
            )
        )
    for kind, entry in sent.get("by_kind", {}).items():
        for name in ("vader", "textblob"):
            if name in entry:
                out.append(
                    _row(
                        bench,
                        f"sentiment macro-F1, realdev {kind}s ({entry['n']} units)",
                        entry["gpwatch"]["macro_f1"],
                        "F1",
                        name,
                        entry[name]["macro_f1"],
                        note=f"gpwatch vs {name}",
                    )
                )
        if "vader" in entry:
            out.append(
                _row(
                    bench,
                    f"sentiment accuracy, realdev {kind}s ({entry['n']} units)",
                    entry["gpwatch"]["accuracy"],
                    "accuracy",
                    "vader",
                    entry["vader"]["accuracy"],
                )
            )
    th = report["themes"]
    base = th["systems"].get("patterns", {}).get("micro", {}).get("f1")
    out.append(
        _row(
            bench,
            f"theme micro-F1, realdev all ({th['n']} units)",
            th["systems"]["gpwatch"]["micro"]["f1"],
            "F1",
            "codebook patterns alone (keywords)",
            base,
            note=interval_note(th.get("interval"), "patterns"),
        )
    )
    for kind, entry in th.get("by_kind", {}).items():
        out.append(
            _row(
                bench,
                f"theme micro-F1, realdev {kind}s ({entry['n']} units)",
                entry["gpwatch"]["micro_f1"],
                "F1",
                "codebook patterns alone (keywords)",
                entry.get("patterns", {}).get("micro_f1"),
            )
        )
    return out


if __name__ == "__main__":
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for r in run(Path(tmp), args.quick):
            print(json.dumps(r))
