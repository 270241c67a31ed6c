"""Terminal output for the command line: logging set-up, one-line errors and
progress bars.  Library code takes a ``progress`` callable and never imports rich."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

_quiet = False


def setup_logging(verbose: bool = False, quiet: bool = False) -> None:
    global _quiet
    _quiet = quiet
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s" if not verbose else "%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("gpwatch")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def error(message: str) -> None:
    """One clear line on stderr (control characters escaped: one line, inert in a terminal)."""
    from scraper.errors import one_line

    print(f"gpwatch: {one_line(message)}", file=sys.stderr, flush=True)


def progress(iterable: Iterable[T], total: int | None = None, description: str = "") -> Iterator[T]:
    """A rich progress bar on a terminal; silent when quiet or not on a terminal."""
    if _quiet or not sys.stderr.isatty():
        yield from iterable
        return
    from rich.progress import track

    yield from track(iterable, total=total, description=description, console=None, transient=True)


@contextlib.contextmanager
def working(description: str) -> Iterator[None]:
    """A rich spinner for a long step that has no count to show (training, evaluation,
    export); silent when quiet or not on a terminal."""
    if _quiet or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(description):
        yield
