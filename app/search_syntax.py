"""Turn what a user types in the search box into a safe SQLite FTS5 query.

Supported, as people type them into search engines:

* bare words: ``pcn hubs`` (all of them must appear; FTS5's implicit AND);
* phrases in double quotes: ``"at scale"``; a ``*`` right after the closing quote
  makes the last word a prefix (``"primary care net"*``);
* prefixes: ``recruit*`` (recruit, recruits, recruitment ...);
* ``AND``, ``OR``, ``NOT`` in capitals, and parentheses: ``(pcn OR hub) NOT digital``;
  ``AND NOT`` means ``NOT``; ``-word`` after something means ``NOT word``.

Every term reaches FTS5 quoted (``"term"``), so punctuation, column names and FTS5
keywords typed by the user are searched as text and never change the query's
structure.  Malformed input raises :class:`SearchSyntaxError` whose message says
what is wrong and how to write it instead; nothing here raises anything else.

Cost limits, so that a search cannot tie up the app: at most :data:`MAX_NESTING`
levels of parentheses, :data:`MAX_PREFIX_TERMS` prefix terms of at least
:data:`MIN_PREFIX` characters each, 500 characters in all; the store's query budget
(``corpora.store.time_limit``) stops anything that still runs over a second.
"""

from __future__ import annotations

from dataclasses import dataclass

OPERATORS = ("AND", "OR", "NOT")

#: Parentheses may nest this deep (the parser recurses once per level).
MAX_NESTING = 20
#: A search may hold this many prefix terms (``recruit*``): each one makes FTS5 merge
#: the index entries of every word it starts, so many of them take seconds.
MAX_PREFIX_TERMS = 8
#: A prefix needs this many letters or digits before its ``*`` (``a*`` is nearly every word).
MIN_PREFIX = 2


class SearchSyntaxError(ValueError):
    """A search the user typed cannot be understood; ``str(exc)`` is the help to show."""


@dataclass(frozen=True)
class _Tok:
    kind: str  # term | op | lparen | rparen
    value: str = ""
    prefix: bool = False
    phrase: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    """A query ready for ``... MATCH ?`` and the plain terms it searches for."""

    fts: str
    terms: tuple[str, ...]


def _searchable(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _clean(text: str) -> str:
    """Drop control characters (NUL and friends) that no index contains."""
    return "".join(ch if ch.isprintable() else " " for ch in text)


def _tokenise(query: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in '"“”':
            close = -1
            for j in range(i + 1, n):
                if query[j] in '"“”':
                    close = j
                    break
            if close < 0:
                start = query[i + 1 : i + 21].strip()
                raise SearchSyntaxError(
                    f'Unbalanced quote: the phrase starting "{start}" has no closing quote. '
                    'Put phrases between two double quotes, e.g. "at scale".'
                )
            text = " ".join(query[i + 1 : close].split())
            prefix = close + 1 < n and query[close + 1] == "*"
            i = close + 1 + (1 if prefix else 0)
            if _searchable(text):
                tokens.append(_Tok("term", text, prefix=prefix, phrase=True))
        elif ch == "(":
            tokens.append(_Tok("lparen"))
            i += 1
        elif ch == ")":
            tokens.append(_Tok("rparen"))
            i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in '"“”()':
                j += 1
            word = query[i:j]
            i = j
            if word in OPERATORS:
                tokens.append(_Tok("op", word))
                continue
            negate = word.startswith("-") and len(word) > 1 and _searchable(word)
            if negate:
                word = word.lstrip("-")
            prefix = word.endswith("*")
            stem = word.rstrip("*")
            if "*" in stem or (prefix and not _searchable(stem)):
                raise SearchSyntaxError(
                    f"'{word}': * marks a prefix and goes at the end of a word, e.g. recruit* "
                    "(finds recruit, recruits, recruitment)."
                )
            if not _searchable(stem):
                continue  # punctuation on its own (&, -, ...) is not indexed: ignore it
            if negate:
                tokens.append(_Tok("op", "NOT"))
            tokens.append(_Tok("term", stem, prefix=prefix))
    # "AND NOT" reads naturally but FTS5 wants plain NOT
    merged: list[_Tok] = []
    for tok in tokens:
        if tok.kind == "op" and tok.value == "NOT" and merged and merged[-1] == _Tok("op", "AND"):
            merged[-1] = tok
        else:
            merged.append(tok)
    return merged


def _quote(tok: _Tok) -> str:
    return '"' + tok.value.replace('"', '""') + '"' + ("*" if tok.prefix else "")


class _Parser:
    """Recursive descent with FTS5's precedence (NOT > AND > OR); output fully parenthesised."""

    def __init__(self, tokens: list[_Tok]):
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Tok:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> str:
        out = self.or_expr()
        tok = self.peek()
        if tok is not None:
            if tok.kind == "rparen":
                raise SearchSyntaxError("Unbalanced parentheses: there is a ')' without a matching '('.")
            raise SearchSyntaxError(f"Unexpected '{tok.value}' in the search.")  # pragma: no cover
        return out

    def or_expr(self) -> str:
        parts = [self.and_expr()]
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.value == "OR":
            self.take()
            parts.append(self.and_expr("OR"))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def and_expr(self, after: str | None = None) -> str:
        parts = [self.not_expr(after)]
        while (tok := self.peek()) is not None and (
            tok.kind in ("term", "lparen") or (tok.kind == "op" and tok.value == "AND")
        ):
            if tok.kind == "op":
                self.take()
                parts.append(self.not_expr("AND"))
            else:
                parts.append(self.not_expr())
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    def not_expr(self, after: str | None = None) -> str:
        left = self.primary(after)
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.value == "NOT":
            self.take()
            right = self.primary("NOT")
            left = f"({left} NOT {right})"
        return left

    def primary(self, after: str | None) -> str:
        tok = self.peek()
        if tok is None:
            if after:
                raise SearchSyntaxError(
                    f"'{after}' at the end needs a search term after it, e.g. "
                    + {"NOT": "hubs NOT digital", "OR": "pcn OR hub"}.get(after, "pcn AND hub")
                    + "."
                )
            raise SearchSyntaxError("Type a word or a phrase to search for.")
        if tok.kind == "term":
            self.take()
            return _quote(tok)
        if tok.kind == "lparen":
            self.take()
            if (nxt := self.peek()) is not None and nxt.kind == "rparen":
                raise SearchSyntaxError("Empty parentheses: put search terms inside them, e.g. (pcn OR hub).")
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise SearchSyntaxError(
                    f"Too many nested parentheses: at most {MAX_NESTING} levels, "
                    "e.g. (pcn OR hub) AND (weekend OR evening)."
                )
            inner = self.or_expr()
            if (close := self.peek()) is None or close.kind != "rparen":
                raise SearchSyntaxError("Unbalanced parentheses: a '(' is never closed with ')'.")
            self.take()
            self.depth -= 1
            return inner
        if tok.kind == "rparen":
            raise SearchSyntaxError("Unbalanced parentheses: there is a ')' without a matching '('.")
        # an operator where a term should be
        if tok.value == "NOT" and after is None:
            raise SearchSyntaxError(
                "NOT needs something to exclude from: write e.g. hubs NOT digital (a search cannot start with NOT)."
            )
        where = f"after '{after}'" if after else "at the start"
        raise SearchSyntaxError(
            f"'{tok.value}' {where} needs a search term on each side, e.g. pcn {tok.value} hub. "
            "Operators are AND, OR and NOT in capitals; put a word in quotes to search for it as text."
        )


def _check_cost(tokens: list[_Tok]) -> None:
    """Refuse the searches that cost FTS5 seconds: many prefix terms, or very short ones."""
    prefixes = [t for t in tokens if t.kind == "term" and t.prefix]
    for tok in prefixes:
        stem = tok.value.split()[-1] if tok.value.split() else tok.value
        if sum(ch.isalnum() for ch in stem) < MIN_PREFIX:
            raise SearchSyntaxError(
                f"'{stem[:20]}*' matches nearly every word: a prefix needs at least {MIN_PREFIX} letters "
                "before the *, e.g. gp* or recruit*."
            )
    if len(prefixes) > MAX_PREFIX_TERMS:
        raise SearchSyntaxError(
            f"Too many prefix terms ({len(prefixes)}): use at most {MAX_PREFIX_TERMS} words ending in *, "
            "or write the words out in full."
        )


def parse_query(query: str) -> ParsedQuery:
    """Parse the user's search into a :class:`ParsedQuery` or raise :class:`SearchSyntaxError`."""
    if query is None or not query.strip():
        raise SearchSyntaxError("Type a word or a phrase to search for.")
    if len(query) > 500:
        raise SearchSyntaxError("The search is too long: keep it under 500 characters.")
    tokens = _tokenise(_clean(query))
    if not any(t.kind == "term" for t in tokens):
        if tokens and all(t.kind == "op" for t in tokens):
            raise SearchSyntaxError(
                "Operators alone search for nothing: write e.g. pcn OR hub, or put the word in quotes "
                'to search for it as text ("not").'
            )
        if tokens:
            raise SearchSyntaxError("Empty parentheses: put search terms inside them, e.g. (pcn OR hub).")
        raise SearchSyntaxError("There is nothing searchable in this query: use letters or numbers.")
    _check_cost(tokens)
    fts = _Parser(tokens).parse()
    terms = tuple(t.value for t in tokens if t.kind == "term")
    return ParsedQuery(fts=fts, terms=terms)
