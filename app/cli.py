"""The ``gpwatch`` command: a thin layer over the library.

Each subcommand parses its options and calls one library function (which the
tests call directly).  Exit status: 0 success, 1 some inputs failed, 2 usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import console
from corpora import store

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=store.location, default=None, help=f"corpus store (default: $GPWATCH_DB or {store.DEFAULT_DB})"
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-v", "--verbose", action="store_true", help="say more")
    group.add_argument("-q", "--quiet", action="store_true", help="only errors")


def _db(args: argparse.Namespace) -> str | Path:
    return args.db or store.default_location()


def _existing_db(args: argparse.Namespace) -> str | Path:
    """The store a reading command reads: it must exist (never created empty by a read)."""
    path = _db(args)
    if not store.Store(path).exists():
        raise store.StoreError(
            f"{path}: no such store (build one with `gpwatch ingest` or `gpwatch crawl`, or give --db PATH)"
        )
    return path


# --------------------------------------------------------------------------- commands


def cmd_ingest(args: argparse.Namespace) -> int:
    from scraper.ingest import IngestError, ingest_paths

    conn = store.connect(_db(args))
    try:
        report = ingest_paths(
            conn, args.paths, url=args.url, source=args.source, progress=console.progress, on_error=console.error
        )
    except IngestError as exc:
        console.error(str(exc))
        return EXIT_USAGE
    print(report.summary())
    return EXIT_PARTIAL if report.failed else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from corpora.export import export

    conn = store.connect(_existing_db(args))
    out = sys.stdout if args.out in (None, "-") else args.out
    if args.format == "parquet" and out is sys.stdout:
        console.error("--format parquet needs --out FILE")
        return EXIT_USAGE
    with console.working(f"exporting {args.format}"):
        n = export(conn, args.format, out, pseudonymise=args.pseudonymise)
    if out is not sys.stdout:
        print(f"exported {n} articles to {out}", file=sys.stderr)
    return EXIT_OK


def cmd_crawl(args: argparse.Namespace) -> int:
    from scraper.crawl import crawl

    conn = store.connect(_db(args))
    report = crawl(
        conn,
        args.target,
        max_pages=args.max_pages,
        since=args.since,
        dry_run=args.dry_run,
        progress=console.progress,
        sources_dir=args.sources_dir,
    )
    print(report.summary())
    return EXIT_PARTIAL if report.failed else EXIT_OK


def _analyse_step(conn, run_id: int) -> str:
    """The analysis step of ``gpwatch refresh``: everything not yet analysed."""
    import logging

    try:
        from nlp.analyze import analyze
        from nlp.model import ModelMissing
    except ImportError as exc:
        logging.getLogger("gpwatch.refresh").warning(
            "analysis skipped: the language pipeline is not available (%s)", exc
        )
        return "analysis skipped"
    try:
        report = analyze(conn)
    except (ModelMissing, OSError) as exc:
        logging.getLogger("gpwatch.refresh").warning("analysis skipped: %s", exc)
        return "analysis skipped"
    return report.summary()


def cmd_refresh(args: argparse.Namespace) -> int:
    from scraper.refresh import DEFAULT_BUDGET, RefreshLocked, refresh

    try:
        report = refresh(
            _db(args),
            sources=args.source or None,
            analyse=None if args.no_analyze else _analyse_step,
            sources_dir=args.sources_dir,
            budget=DEFAULT_BUDGET if args.budget is None else args.budget,
        )
    except RefreshLocked as exc:
        console.error(f"{exc}; exiting")
        return EXIT_LOCKED
    for problem in report.problems:
        console.error(problem)
    if report.run_id is not None:
        print(report.summary(), flush=True)
    return EXIT_PARTIAL if report.failed else EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    from nlp.analyze import analyze
    from nlp.model import ModelMissing

    conn = store.connect(_existing_db(args))
    try:
        report = analyze(conn, workers=args.workers, batch_size=args.batch_size, progress=console.progress)
    except ModelMissing as exc:
        console.error(str(exc))
        return EXIT_PARTIAL
    print(report.summary())
    return EXIT_PARTIAL if report.failed else EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from app.training import train_command

    return train_command(args)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from app.training import evaluate_command

    return evaluate_command(args)


def cmd_classify(args: argparse.Namespace) -> int:
    from nlp.classify import classify_stream

    infile = sys.stdin if args.file in (None, "-") else open(args.file, encoding="utf-8")
    try:
        failed = classify_stream(
            infile,
            sys.stdout,
            model_path=args.model,
            models_dir=store.Store(_db(args)).models_dir,
            on_error=console.error,
        )
    finally:
        if infile is not sys.stdin:
            infile.close()
    return EXIT_PARTIAL if failed else EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from app.serve import serve

    return serve(_existing_db(args), port=args.port, host=args.host)


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    from corpora.crawl_store import stored_sources

    conn = store.connect(_db(args), readonly=True)
    # the sources by the names that `gpwatch refresh --source` and the app take
    print(
        json.dumps({**store.counts(conn), "source_names": [s.name for s in stored_sources(conn, files=True)]}, indent=2)
    )
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gpwatch",
        description="Collect, analyse and explore the UK debate on the GP workforce and at-scale models of care.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("ingest", help="store saved pages (.txt dumps, .html) from files or folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--url", help="the page's real URL (one file only)")
    p.add_argument("--source", help="source name to file the pages under (default: guessed)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("export", help="export the corpus as JSONL, CSV or Parquet")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("--out", help="output file (default: standard output)")
    p.add_argument("--pseudonymise", action="store_true", help="replace commenter names with stable pseudonyms")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("crawl", help="one-off crawl of a configured source or any WordPress site by base URL")
    p.add_argument("target", metavar="URL_OR_SOURCE")
    p.add_argument("--max-pages", type=int, default=None)
    p.add_argument("--since", help="only articles published on or after this date (YYYY-MM-DD)")
    p.add_argument("--dry-run", action="store_true", help="list what would be fetched")
    p.add_argument("--sources-dir", type=Path, default=None, help="folder of source configurations")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser(
        "refresh",
        help="incremental refresh of every configured source (safe under cron)",
        epilog="exit status: 0 ok, 1 a source failed entirely, 3 another refresh holds the lock",
    )
    p.add_argument("--source", action="append", help="only this source (repeatable)")
    p.add_argument("--sources-dir", type=Path, default=None, help="folder of source configurations")
    p.add_argument("--no-analyze", action="store_true", help="do not analyse what is not yet analysed")
    p.add_argument(
        "--budget",
        type=float,
        default=None,
        metavar="SECONDS",
        help="seconds the crawl may take in all, each source getting a fair share of what is left "
        "(default: an hour); the run then ends, records what it did and resumes next time",
    )
    p.set_defaults(func=cmd_refresh)

    p = sub.add_parser("analyze", help="split, find quotes and classify what has not been processed yet")
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes that analyse articles side by side (default 1); the stored results are the same",
    )
    p.add_argument("--batch-size", type=int, default=64)
    p.set_defaults(func=cmd_analyze)

    from app.training import add_label_options

    p = sub.add_parser(
        "train",
        help="train the theme and sentiment models",
        epilog="training rows whose exact text is also a held-out row are kept unless "
        "--duplicates drop; either way their number is printed",
    )
    add_label_options(p)
    p.add_argument("--taxonomy", type=Path, help="codebook TOML (default: corpora/taxonomy.toml)")
    p.add_argument("--out", type=Path, help="model folder (default: next to the store)")
    p.add_argument(
        "--duplicates",
        choices=("keep", "drop"),
        default="keep",
        help="training rows whose exact text is also in the held-out split: keep (default) or drop",
    )
    p.add_argument(
        "--no-search",
        action="store_true",
        help="one regularisation strength each instead of a cross-validated search (quicker)",
    )
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="score the models on the held-out split beside VADER and TextBlob")
    p.add_argument("--model", type=Path, help="model artefact (default: the current one)")
    p.add_argument(
        "--against",
        type=Path,
        metavar="MODEL",
        help="a second model artefact scored on the same units, with the first one's lead over it",
    )
    add_label_options(p)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("classify", help='classify JSONL lines {"id", "text"} from FILE or stdin')
    p.add_argument("file", nargs="?", metavar="FILE|-")
    p.add_argument("--model", type=Path, help="model artefact (default: the current one)")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("app", help="serve the Streamlit app")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.set_defaults(func=cmd_app)

    p = sub.add_parser("stats", help="row counts of the store")
    p.set_defaults(func=cmd_stats)

    for action in sub.choices.values():
        _common(action)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    console.setup_logging(verbose=args.verbose, quiet=args.quiet)
    try:
        return args.func(args)
    except store.StoreError as exc:
        console.error(str(exc))
        return EXIT_PARTIAL
    except KeyboardInterrupt:
        console.error("interrupted")
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
