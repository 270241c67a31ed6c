"""``gpwatch train`` and ``gpwatch evaluate``: options in, reports out.

The library (:func:`nlp.train.train`, :func:`nlp.evaluate.evaluate`) returns report dataclasses
and prints nothing; this module turns the command line into their arguments, renders training
progress on stderr, prints the reports and picks the exit status.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from app import console
from corpora import store

EXIT_OK, EXIT_FAILED = 0, 1


def add_label_options(parser: argparse.ArgumentParser) -> None:
    """The options that say how a label file is laid out: the same for train and evaluate."""
    parser.add_argument(
        "--labels",
        action="append",
        type=Path,
        help="CSV/TSV or JSONL of labelled text (repeatable; default: corpora/labelled)",
    )
    parser.add_argument("--text-column", default="text", help="column of the text (default: text)")
    parser.add_argument(
        "--themes-column",
        default="themes",
        help="column of the themes: a JSON list or ids separated by ; or | (default: themes)",
    )
    parser.add_argument(
        "--sentiment-column",
        default="sentiment",
        help="column of the sentiment label, matched to the codebook ignoring case (default: sentiment)",
    )
    parser.add_argument(
        "--split-column", default="split", help="column whose value 'test' holds a row out (default: split)"
    )
    parser.add_argument(
        "--sentiment-split-column",
        default=None,
        metavar="COLUMN",
        help="a second split column for the sentiment labels alone (default: the same split)",
    )


def _label_kwargs(args: argparse.Namespace) -> dict:
    return {
        "text_column": args.text_column,
        "themes_column": args.themes_column,
        "sentiment_column": args.sentiment_column,
        "split_column": args.split_column,
        "sentiment_split_column": args.sentiment_split_column,
    }


# --------------------------------------------------------------------------- progress


class ProgressLines:
    """Renders ``progress(stage, done, total)`` calls on stderr: one line per stage on a pipe or
    a log file, plus a line at each quarter of a long stage; on a terminal, one line rewritten
    in place.  Silent when quiet."""

    def __init__(self, stream=None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.stage = None
        self.quarter = -1
        self.t0 = time.perf_counter()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
        elapsed = time.perf_counter() - self.t0
        line = f"train: {stage} {done}/{total} ({elapsed:.0f} s)"
        if self.tty:
            self.stream.write("\r" + line.ljust(72))
            if stage == "written":
                self.stream.write("\n")
            self.stream.flush()
            return
        quarter = int(4 * done / total) if total else 4
        if stage != self.stage or quarter > self.quarter:
            print(line, file=self.stream, flush=True)
            self.stage, self.quarter = stage, quarter


# --------------------------------------------------------------------------- train


def format_train_report(report) -> list[str]:
    m = report.metrics
    sent, themes = m.get("sentiment", {}), m.get("themes", {})
    lines = [
        f"model {report.version} written to {report.folder} (current)",
        f"  trained on {report.units['total']} units ({report.units['themes']} with themes, "
        f"{report.units['sentiment']} with sentiment) in {report.seconds:.0f} s",
    ]
    if report.units["sentiment"]:
        lines.append(f"  sentiment: cross-validated macro-F1 {sent.get('cv_macro_f1', 'n/a')} at C={sent.get('C')}")
        off = sent.get("label_offsets") or {}
        if "offsets" in off:
            shown = ", ".join(f"{k} {v:+g}" for k, v in off["offsets"].items() if v)
            lines.append(
                f"  sentiment label offsets ({shown or 'none'}): "
                + ("kept" if off["used"] else "not kept")
                + f", out-of-fold gain {off['cross_fitted_gain']:+.4f}"
            )
    if report.units["themes"]:
        lines.append(
            f"  themes: cross-validated micro-F1 {themes.get('cv_micro_f1', 'n/a')} at C={themes.get('C')}"
            + (f" over the {len(themes.get('cv_f1', {}))} themes with enough examples" if report.rare_themes else "")
        )
    d = report.duplicates
    what = "removed (--duplicates drop)" if d.policy == "drop" else "kept (--duplicates drop removes them)"
    lines.append(
        f"  {d.found} training row{'s' if d.found != 1 else ''} whose text is also in the held-out split: {what}"
    )
    for tid, how in report.rare_themes.items():
        lines.append(f"  rare theme {tid}: {how}")
    if report.skipped:
        lines.append(f"  {len(report.skipped)} label row(s) skipped (see above)")
    return lines


def train_command(args: argparse.Namespace) -> int:
    """``gpwatch train``: train from ``--labels`` (default: corpora/labelled) plus the store's
    labels; write the model next to the store (or to ``--out``) and make it current."""
    from nlp.classify import models_root
    from nlp.taxonomy import TaxonomyError
    from nlp.train import TrainError, train

    db = getattr(args, "db", None) or store.default_location()
    out = Path(args.out) if getattr(args, "out", None) else models_root(db)
    try:
        report = train(
            args.labels or None,
            taxonomy=args.taxonomy,
            out_dir=out,
            store_labels=db if store.Store(db).exists() else None,
            on_error=console.error,
            progress=ProgressLines(quiet=getattr(args, "quiet", False)),
            duplicates=args.duplicates,
            search=not args.no_search,
            **_label_kwargs(args),
        )
    except (TrainError, TaxonomyError) as exc:
        console.error(str(exc))
        return EXIT_FAILED
    print("\n".join(format_train_report(report)))
    return EXIT_OK


# --------------------------------------------------------------------------- evaluate


def format_evaluation(report) -> str:
    """The evaluation report as aligned plain-text tables (the first column is as wide as the
    longest label or theme id it holds)."""
    lines = [f"model {report.model} on {report.units} held-out units"]
    if report.against:
        lines.append(f'("against": model {report.against}, scored on the same units)')
    dup = report.train_duplicates
    if dup and dup.get("found"):
        lines.append(
            f"({dup['found']} training rows had the exact text of a held-out row: "
            f"{'removed' if dup.get('policy') == 'drop' else 'kept'} at training)"
        )
    sent = report.sentiment
    if sent:
        names = list(sent["systems"])
        w = max([16] + [len(lab) + 2 for lab in sent["labels"]])
        lines += [
            "",
            f"Sentiment ({sent['n']} units): F1 per class, macro and micro averages, accuracy",
            f"{'':<{w}}" + "".join(f"{n:>10}" for n in names),
        ]
        for lab in sent["labels"]:
            lines.append(f"{lab:<{w}}" + "".join(f"{sent['systems'][n]['per_class'][lab]['f1']:>10.3f}" for n in names))
        for avg in ("macro", "micro"):
            lines.append(f"{avg + ' F1':<{w}}" + "".join(f"{sent['systems'][n][avg]['f1']:>10.3f}" for n in names))
        lines.append(f"{'accuracy':<{w}}" + "".join(f"{sent['systems'][n]['accuracy']:>10.3f}" for n in names))
        g = sent["systems"]["gpwatch"]
        lines += [
            "",
            "gpwatch sentiment, per class:",
            f"{'':<{w}}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}",
        ]
        for lab, c in g["per_class"].items():
            lines.append(f"{lab:<{w}}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}{c['support']:>10}")
        labs = g["confusion"]["labels"]
        cw = max([10] + [len(x) + 2 for x in labs])
        lines += [
            "",
            "confusion matrix (rows gold, columns predicted):",
            f"{'':<{w}}" + "".join(f"{x:>{cw}}" for x in labs),
        ]
        for lab, row in zip(labs, g["confusion"]["matrix"]):
            lines.append(f"{lab:<{w}}" + "".join(f"{v:>{cw}}" for v in row))
        lines += format_by_confidence(sent.get("by_confidence"), w)
    th = report.themes
    if th:
        names = list(th["systems"])
        g = th["systems"]["gpwatch"]
        w = max([22] + [len(t) + 2 for t in th["theme_ids"]])
        lines += [
            "",
            f"Themes ({th['n']} units): gpwatch precision / recall / F1, and F1 of the other systems",
            f"{'':<{w}}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"
            + "".join(f"{n + ' f1':>14}" for n in names[1:]),
        ]
        for t in th["theme_ids"]:
            c = g["per_theme"][t]
            lines.append(
                f"{t:<{w}}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}{c['support']:>9}"
                + "".join(f"{th['systems'][n]['per_theme'][t]['f1']:>14.3f}" for n in names[1:])
            )
        for avg in ("micro", "macro"):
            c = g[avg]
            lines.append(
                f"{avg + ' average':<{w}}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}{'':>9}"
                + "".join(f"{th['systems'][n][avg]['f1']:>14.3f}" for n in names[1:])
            )
    lines += format_intervals(report)
    lines += format_by_kind(report)
    return "\n".join(lines)


def format_intervals(report) -> list[str]:
    """The lines that say how sure the two headline figures are (empty without them)."""
    from nlp.evaluate import lead_text

    lines: list[str] = []
    for task, title in ((report.sentiment, "sentiment macro F1"), (report.themes, "theme micro F1")):
        iv = (task or {}).get("interval")
        if not iv:
            continue
        if not lines:
            drawn = {
                "units": f"{iv['groups']:,} units",
                "pages": f"{iv['groups']:,} pages the units come from",
            }.get(iv["over"], f"{iv['groups']:,} pages, or units where no page is given")
            lines += [
                "",
                f"How sure: {iv['level']:.0%} bootstrap intervals ({iv['resamples']:,} resamples of the {drawn}; "
                "a lead is gpwatch minus the other system)",
            ]
        figure = iv["figure"].split("_")[0]
        for name, (low, high) in iv["systems"].items():
            value = task["systems"][name][figure]["f1"]
            lines.append(f"{title + ', ' + name:<36}{value:>7.3f}   {low:.3f} to {high:.3f}")
        for name, (low, high) in iv["lead"].items():
            lines.append(f"{'  gpwatch lead over ' + name:<36}{'':>7}   {lead_text(low, high)}")
    return lines


def format_by_confidence(conf: dict | None, w: int = 16) -> list[str]:
    """The sure / unsure lines of the text report (empty without them)."""
    if not conf:
        return []
    lines = [
        "",
        f"gpwatch sentiment by confidence (unsure: top probability under {conf['unsure_below']:.2f})",
        f"{'':<{w}}{'units':>7}{'share':>8}{'macro F1':>10}{'accuracy':>10}",
    ]
    for name in ("sure", "unsure"):
        e = conf[name]
        scores = f"{e['macro_f1']:>10.3f}{e['accuracy']:>10.3f}" if e["n"] else f"{'-':>10}{'-':>10}"
        lines.append(f"{name:<{w}}{e['n']:>7}{e['share']:>8.0%}{scores}")
    return lines


def format_by_kind(report) -> list[str]:
    """The by-kind lines of the text report (empty when the labels have no kinds)."""
    lines: list[str] = []
    if report.ambiguous_left_out:
        lines += ["", f"{report.ambiguous_left_out} unit(s) marked ambiguous left out of every score"]
    sent = (report.sentiment or {}).get("by_kind")
    if sent:
        names = list(report.sentiment["systems"])
        lines += [
            "",
            "Sentiment by kind: macro-F1 / accuracy",
            f"{'':<16}{'units':>7}" + "".join(f"{n:>18}" for n in names),
        ]
        for kind, entry in sent.items():
            lines.append(
                f"{kind:<16}{entry['n']:>7}"
                + "".join(f"{entry[n]['macro_f1']:>11.3f} / {entry[n]['accuracy']:.3f}"[-18:].rjust(18) for n in names)
            )
    th = (report.themes or {}).get("by_kind")
    if th:
        names = list(report.themes["systems"])
        lines += ["", "Themes by kind: micro-F1", f"{'':<16}{'units':>7}" + "".join(f"{n:>12}" for n in names)]
        for kind, entry in th.items():
            lines.append(f"{kind:<16}{entry['n']:>7}" + "".join(f"{entry[n]['micro_f1']:>12.3f}" for n in names))
    return lines


def evaluate_command(args: argparse.Namespace) -> int:
    """``gpwatch evaluate [--model DIR] [--labels FILE ...] [column options] [--json]``."""
    from nlp.classify import ModelNotFound, current_model_dir
    from nlp.evaluate import evaluate
    from nlp.train import TrainError

    try:
        model_dir = (
            Path(args.model)
            if getattr(args, "model", None)
            else current_model_dir(getattr(args, "db", None) or store.default_location())
        )
        with console.working("evaluating on the held-out split"):
            report = evaluate(
                model_dir,
                args.labels or None,
                on_error=console.error,
                against=getattr(args, "against", None),
                **_label_kwargs(args),
            )
    except (ModelNotFound, TrainError) as exc:
        console.error(str(exc))
        return EXIT_FAILED
    for warning in report.warnings:
        console.error(warning)
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_evaluation(report))
    return EXIT_OK
