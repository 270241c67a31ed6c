"""How an annotation's probabilities are stored (issue 18: a leaner store; migration 7).

``annotations.sentiment_scores`` and ``annotations.theme_scores`` used to hold JSON objects
(``{"negative":0.8,"neutral":0.1,"positive":0.1}``) whose keys repeat on every row.  When the
keys are the usual ones, only the values are stored, comma-separated, each as the shortest text
that reads back as the same float (``0.8,0.1,0.1``):

* sentiment scores keyed by exactly :data:`corpora.records.SENTIMENTS`, in that order;
* theme scores keyed by exactly the annotation's own ``themes``, in that order.

Anything else (another codebook's labels, theme scores for the whole codebook, a value that is
not a float) stays JSON, which always starts with ``{``; :func:`unpack_sentiment_scores` and
:func:`unpack_theme_scores` read both forms back to the same dict, keys in the same order."""

from __future__ import annotations

import json
from collections.abc import Sequence

from corpora.records import SENTIMENTS


def _values(scores: dict, keys: Sequence[str]) -> str | None:
    if not keys or tuple(scores) != tuple(keys) or not all(type(v) is float for v in scores.values()):
        return None
    return ",".join(repr(v) for v in scores.values())


def _json(scores: dict) -> str:
    return json.dumps(scores, separators=(",", ":"))


def pack_sentiment_scores(scores: dict) -> str:
    """The stored text of sentiment probabilities ``{label: p}``."""
    return _values(scores, SENTIMENTS) or _json(scores)


def pack_theme_scores(scores: dict, themes: Sequence[str]) -> str:
    """The stored text of theme probabilities ``{theme: p}`` of a unit tagged with ``themes``."""
    return _values(scores, themes) or _json(scores)


def _unpack(text: str, keys: Sequence[str]) -> dict:
    if text.startswith("{"):
        return json.loads(text)
    values = text.split(",")
    if len(values) != len(keys):
        raise ValueError(f"stored scores {text!r} do not match the keys {list(keys)!r}")
    return {k: float(v) for k, v in zip(keys, values)}


def unpack_sentiment_scores(text: str) -> dict:
    return _unpack(text, SENTIMENTS)


def unpack_theme_scores(text: str, themes: Sequence[str]) -> dict:
    return _unpack(text, themes)


def unpack_row(row: dict) -> dict:
    """An annotation row as stored (``sentiment_scores``, ``themes``, ``theme_scores`` as text)
    with those three read back: two dicts and a list."""
    out = dict(row)
    out["themes"] = json.loads(out["themes"])
    out["sentiment_scores"] = unpack_sentiment_scores(out["sentiment_scores"])
    out["theme_scores"] = unpack_theme_scores(out["theme_scores"], out["themes"])
    return out


def confidence(sentiment_scores: dict) -> float | None:
    """The top sentiment probability (``None`` when the unit has no sentiment)."""
    values = [v for v in sentiment_scores.values() if v is not None]
    return max(values) if values else None
