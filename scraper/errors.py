"""Errors raised by the page parsers, and :func:`one_line` for the lines that report them."""

from __future__ import annotations

import unicodedata


class ParseError(ValueError):
    """The input is not an article we can read (empty, binary, not an article ...).

    ``reason`` is a short human sentence, suitable for a one-line error message
    after the file name or URL.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def one_line(text: object) -> str:
    """``text`` made safe to print as one line: control characters (new lines, carriage
    returns, terminal escape sequences, bidirectional overrides, line separators) are
    written as escapes (``\\n``, ``\\x1b``, ``\\u202e``), so a file name or a server's
    message can neither break the line nor drive the terminal."""
    out = []
    for ch in str(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch != "\u00ad":
            escaped = ch.encode("unicode_escape").decode("ascii")
            out.append(escaped if escaped != ch else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)
