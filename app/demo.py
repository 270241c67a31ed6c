"""``make demo``: serve the bundled sample site on 127.0.0.1, collect it into a store
through the real crawler, analyse it, train the models when there are none, annotate,
print a summary, then serve the app until Ctrl-C.

    python -m app.demo --db data/demo.db --port 8501 --site-port 8765 [--no-serve]

Every step imports its part lazily: a part that has not been built yet is reported in
one line and the demo goes on with the rest.  A second run reuses the store: the crawl
is incremental (unchanged pages cost a 304), analysis and annotation only touch what is
new, and an existing model is kept.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import console
from corpora import store
from corpora.backend import Connection

#: The demo crawls its own local site, so it may go faster than the polite default for
#: real sites (1 request a second); every other part of the crawl is the real one.  At 50 a
#: second the rate alone held the sample site's 714 requests to 14 s of the crawl's 22 s.
DEMO_RATE = 1000.0

#: Analysis processes: the demo's own machine is the one it is on, so it uses its cores (as
#: ``gpwatch analyze --workers N`` does; more than four gain little on the sample site).
DEMO_WORKERS = max(1, min(4, os.cpu_count() or 1))


class StepUnavailable(Exception):
    """A part of gpwatch that a demo step needs has not been built yet."""


def _import(module: str, name: str):
    """``module.name``, or :class:`StepUnavailable` when that module or name does not exist yet."""
    if importlib.util.find_spec(module) is None:
        raise StepUnavailable(f"{module} is not there yet")
    mod = importlib.import_module(module)
    if not hasattr(mod, name):
        raise StepUnavailable(f"{module}.{name} is not there yet")
    return getattr(mod, name)


@dataclass
class DemoResult:
    base_url: str = ""
    steps: dict[str, str] = field(default_factory=dict)  # step -> ok | unavailable | failed | skipped
    crawl_summary: str = ""

    @property
    def failed(self) -> bool:
        return any(v == "failed" for v in self.steps.values())


def _say(message: str) -> None:
    print(f"demo: {message}", flush=True)


#: a time a library summary already ends with ("(12.3s)"): the step line prints the step's own, once
_OWN_TIME = re.compile(r"\s*\(\d+(?:\.\d+)?\s?s\)\s*$")
HEARTBEAT_S = 15.0  # how often a long step says it is still working when the output is not a terminal


@contextlib.contextmanager
def _still_working(name: str, every: float = HEARTBEAT_S) -> Iterator[None]:
    """Progress for a step with no count to show (training): a spinner on a terminal, else
    a line every ``every`` seconds saying how long it has been going."""
    if sys.stderr.isatty():
        with console.working(f"{name}: working…"):
            yield
        return
    done = threading.Event()
    started = time.perf_counter()

    def beat() -> None:
        while not done.wait(every):
            _say(f"{name}: still working ({time.perf_counter() - started:.0f} s so far)")

    thread = threading.Thread(target=beat, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def _step(result: DemoResult, name: str, fn: Callable[[], str | None]) -> None:
    """Run one step; report it unavailable or failed in one line and carry on.  The line
    ends with the step's time, printed once."""
    started = time.perf_counter()
    try:
        message = fn()
        if message:
            message = _OWN_TIME.sub("", message)
    except StepUnavailable as exc:
        result.steps[name] = "unavailable"
        _say(f"{name}: step unavailable ({exc})")
        return
    except Exception as exc:  # one broken part must not stop the rest of the demo
        result.steps[name] = "failed"
        console.error(f"demo {name} step failed: {type(exc).__name__}: {exc}")
        return
    result.steps[name] = "ok"
    took = time.perf_counter() - started
    _say(f"{name}: {message or 'done'} ({took:.1f} s)")


# --------------------------------------------------------------------------- steps


def crawl_site(conn: Connection, base_url: str) -> str:
    crawl = _import("scraper.crawl", "crawl")
    kwargs = {}
    try:
        from scraper.http import HttpConfig

        kwargs["http"] = HttpConfig(rate_override=DEMO_RATE)
    except ImportError:
        pass
    report = crawl(conn, base_url + "/", progress=console.progress, **kwargs)
    if getattr(report, "failed", False) and getattr(report, "source_failed", None):
        raise RuntimeError(report.summary())
    return report.summary()


def analyze_store(conn: Connection) -> str:
    analyze = _import("nlp.analyze", "analyze")
    # the demo trains next when there is no model: analysis's own "run gpwatch train" hint
    # would only mislead here
    analysis_log = logging.getLogger("gpwatch.analyze")
    level = analysis_log.level
    analysis_log.setLevel(logging.WARNING)
    try:
        report = analyze(conn, workers=DEMO_WORKERS, batch_size=64, progress=console.progress)
    finally:
        analysis_log.setLevel(level)
    message = report.summary() if hasattr(report, "summary") else str(report)
    return message.replace("annotation skipped (no trained model)", "annotation comes after training")


def cached_model(conn: Connection) -> Path | None:
    """The model ``make install`` trained into the cache (:mod:`nlp.model_cache`) for
    today's labelled data and code, when the store has no labels of its own (its model
    would depend on them); else None."""
    try:
        from corpora.analysis_store import iter_labels
        from nlp import model_cache
    except ImportError:
        return None
    if next(iter(iter_labels(conn)), None) is not None:
        return None
    return model_cache.cached()


def train_if_needed(conn: Connection, db: Path) -> str:
    """Keep an existing model; else copy the cached one (:func:`cached_model`); else
    train, saying so every 10 s, and cache the result for the next fresh store."""
    load_current = _import("nlp.classify", "load_current")
    if load_current(conn) is not None:
        return "a model exists; kept"
    models_dir = store.Store.of(conn).models_dir
    hit = cached_model(conn)
    if hit is not None:
        from nlp import model_cache

        folder = model_cache.install(hit, models_dir)
        return f"model copied from the install-time cache ({hit.name}): {folder}"
    train = _import("nlp.train", "train")
    _say("train: training the theme and sentiment models (about a minute on an idle 2-core machine)")
    with _still_working("train"):
        folder = train(None, out_dir=models_dir, store_labels=db, on_error=console.error).folder
    if cached_model(conn) is None:  # nothing cached yet and no own labels: keep this one for next time
        try:
            from corpora.analysis_store import iter_labels
            from nlp import model_cache

            if next(iter(iter_labels(conn)), None) is None:
                model_cache.put(folder)
        except (ImportError, OSError) as exc:
            console.error(f"demo: cannot cache the trained model ({exc})")
    return f"model trained: {folder}"


def annotate(conn: Connection) -> str:
    load_current = _import("nlp.classify", "load_current")
    annotate_pending = _import("nlp.classify", "annotate_pending")
    clf = load_current(conn)
    if clf is None:
        raise StepUnavailable("no trained model")
    n = annotate_pending(conn, clf, progress=console.progress)
    return f"{n} articles annotated with model {clf.version}"


def summary(conn: Connection) -> str:
    """A few lines on what the store now holds."""
    held = store.summary(conn)
    counts = held["counts"]
    lines = [
        f"store: {counts['articles']} articles, {counts['paragraphs']} paragraphs, {counts['comments']} comments, "
        f"{counts['sentences']} sentences, {counts['quotes']} quotes, {counts['annotations']} annotations"
    ]
    if held["years"]:
        lines.append(f"  published {held['years'][0]} to {held['years'][1]}")
    for unit_type, by_sentiment in held["sentiment"].items():
        lines.append(f"  {unit_type} sentiment: {', '.join(f'{s} {n}' for s, n in by_sentiment.items())}")
    if held["themes"]:
        lines.append("  themes: " + ", ".join(f"{t} {n}" for t, n in held["themes"].items()))
    if held["speakers"]:
        lines.append("  most quoted: " + ", ".join(f"{s} ({n})" for s, n in held["speakers"]))
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


STEPS = ("crawl", "analyse", "train", "annotate")


def run_demo(
    db: Path,
    *,
    site_port: int = 8765,
    serve_port: int | None = 8501,
    host: str = "127.0.0.1",
    skip: tuple[str, ...] = (),
) -> DemoResult:
    """The whole demo; ``serve_port`` None stops after the summary (``--no-serve``);
    ``skip`` names steps not to run (e.g. ``train``, which takes minutes on a small machine)."""
    from corpora.sample_site.server import serve_sample_site

    result = DemoResult()
    try:
        server, base = serve_sample_site(site_port)
    except OSError as exc:
        raise SystemExit(
            f"gpwatch: demo: cannot serve the sample site on 127.0.0.1:{site_port} "
            f"({exc.strerror or exc}); pass --site-port with a free port"
        ) from None
    result.base_url = base
    n_articles = len(server.site.articles)
    n_comments = sum(len(a.comments) for a in server.site.articles)
    _say(f"sample site serving {n_articles} articles and {n_comments} comments at {base}/")
    try:
        conn = store.connect(db)
        _say(f"store: {db}")
        steps = {
            "crawl": lambda: crawl_site(conn, base),
            "analyse": lambda: analyze_store(conn),
            "train": lambda: train_if_needed(conn, db),
            "annotate": lambda: annotate(conn),
        }
        for name in STEPS:
            if name in skip:
                result.steps[name] = "skipped"
                _say(f"{name}: skipped")
            else:
                _step(result, name, steps[name])
        print(summary(conn), flush=True)
        conn.close()
        if serve_port is None:
            return result
        try:
            serve = _import("app.serve", "serve")
        except StepUnavailable as exc:
            result.steps["serve"] = "unavailable"
            _say(f"app: step unavailable ({exc}); the sample site stays up at {base}/ until Ctrl-C")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                return result
        _say(f"serving the app at http://{host}:{serve_port}/ (the sample site stays up at {base}/); Ctrl-C to stop")
        try:
            serve(db, port=serve_port, host=host)
        except KeyboardInterrupt:
            pass
        result.steps["serve"] = "ok"
        return result
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("data") / "demo.db", help="the demo's store")
    parser.add_argument("--port", type=int, default=8501, help="port of the app")
    parser.add_argument(
        "--site-port",
        type=int,
        default=8765,
        help="port of the sample site (keep it fixed: the store remembers its URLs)",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address the app binds (default 127.0.0.1)")
    parser.add_argument("--no-serve", action="store_true", help="stop after the summary instead of serving the app")
    parser.add_argument(
        "--skip", action="append", choices=STEPS[1:], default=[], help="do not run this step (repeatable)"
    )
    args = parser.parse_args(argv)
    console.setup_logging()
    try:
        result = run_demo(
            args.db,
            site_port=args.site_port,
            serve_port=None if args.no_serve else args.port,
            host=args.host,
            skip=tuple(args.skip),
        )
    except store.StoreError as exc:
        console.error(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
