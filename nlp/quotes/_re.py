"""The :mod:`re` functions the quote finder calls, over a cache of compiled patterns large enough for its own.

Python's :mod:`re` keeps the last 512 patterns it compiled; the finder reads some 650 distinct ones (many built from its
word lists), so with that cache each article compiled again what the one before had pushed out (about a fifth of the
finder's time). The modules of this package import this one as ``re``; everything else is :mod:`re`'s own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import IGNORECASE, I, M, Match, Pattern, S, escape  # noqa: F401  (re-exported for the package's modules)


@lru_cache(maxsize=4096)
def compile(pattern: str | Pattern, flags: int = 0) -> Pattern:  # noqa: A001  (re.compile's name, as callers use it)
    return re.compile(pattern, flags)


def match(pattern, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list:
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string: str, flags: int = 0) -> list:
    return compile(pattern, flags).findall(string)


def finditer(pattern, string: str, flags: int = 0):
    return compile(pattern, flags).finditer(string)
