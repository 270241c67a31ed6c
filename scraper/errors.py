"""Errors raised by the page parsers."""

from __future__ import annotations


class ParseError(ValueError):
    """The input is not an article we can read (empty, binary, not an article ...).

    ``reason`` is a short human sentence, suitable for a one-line error message
    after the file name or URL.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
