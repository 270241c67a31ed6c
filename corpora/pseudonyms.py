"""Stable pseudonyms for commenters (private people), shared by the app and the export.

A pseudonym is a keyed hash (HMAC-SHA256) of the commenter's name with the per-corpus
secret kept in the store (``store.corpus_secret``), so the same person gets the same
pseudonym everywhere in one corpus, and nobody without the secret can recover names by
hashing a list of guesses.  Quoted public figures are never pseudonymised.
"""

from __future__ import annotations

import hashlib
import hmac

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
