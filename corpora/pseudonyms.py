"""Stable pseudonyms for commenters (private people), shared by the app and the export.

A pseudonym is a keyed hash (HMAC-SHA256) of the commenter's name with the per-corpus
secret kept in the store (``store.corpus_secret``), so the same person gets the same
pseudonym everywhere in one corpus, and nobody without the secret can recover names by
hashing a list of guesses.  Quoted public figures are never pseudonymised.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable

PREFIX = "commenter-"


def pseudonym(name: str, secret: str) -> str:
    """``commenter-`` plus the first 8 hex digits of HMAC-SHA256(secret, name).

    The name is used exactly as stored (after stripping outer whitespace), so
    ``"Jmd"`` and ``"jmd"`` are different commenters, as they are on the site.
    """
    if not secret:
        raise ValueError("a pseudonym needs the corpus secret")
    digest = hmac.new(secret.encode("utf-8"), name.strip().encode("utf-8"), hashlib.sha256).hexdigest()
    return PREFIX + digest[:8]


MASK = "commenter"  # what a commenter is called where no secret is at hand (the read-only app)


class ThreadPseudonyms:
    """The one way gpwatch pseudonymises a comment thread, used by ``gpwatch export
    --pseudonymise`` and by the app's pseudonym setting alike.

    Every commenter of the thread (``authors``) gets :func:`pseudonym` of their name, in the
    author field (:meth:`author`) and wherever their full name (four characters or more) appears
    in a comment of the same thread (:meth:`text`), whole words only.  Names of quoted public
    figures (``public``) are left alone in texts.  Without a ``secret`` (a store nobody has
    pseudonymised yet, opened read-only), every name becomes ``commenter``: never an unkeyed
    hash that anyone could reverse from a list of names.  A first name on its own is not found.
    """

    def __init__(self, authors: Iterable[str | None], secret: str | None, public: Iterable[str | None] = ()):
        self.secret = secret
        names = {a.strip() for a in authors if a and a.strip()}
        self.mapping = {name: pseudonym(name, secret) if secret else MASK for name in names}
        public_names = {p for p in public if p}
        mentionable = sorted((n for n in names if len(n) >= 4 and n not in public_names), key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in mentionable) + r")(?!\w)") if mentionable else None
        )

    def author(self, name: str | None) -> str | None:
        if not name or not name.strip():
            return name
        return self.mapping.get(name.strip()) or (pseudonym(name, self.secret) if self.secret else MASK)

    def text(self, text: str | None) -> str | None:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self.mapping[m.group(1)], text)
