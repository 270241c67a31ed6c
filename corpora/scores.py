"""How an annotation's probabilities are stored (issue 18: a leaner store; migration 7).

``annotations.sentiment_scores`` and ``annotations.theme_scores`` used to hold JSON objects
(``{"negative":0.8,"neutral":0.1,"positive":0.1}``) whose keys repeat on every row.  Now only the
values are stored, comma-separated, each as the shortest text that reads back as the same float:

* ``0.8,0.1,0.1``: sentiment scores keyed by exactly :data:`corpora.records.SENTIMENTS`, in that
  order, or theme scores keyed by exactly the annotation's own ``themes``, in that order;
* ``#3:0.1,0.7,...``: any other keys (a whole codebook's theme scores, another codebook's
  sentiment labels), listed once in the ``score_keys`` table (id 3 here, its keys a JSON array).

Anything else (an empty dict, a value that is not a float) stays JSON, which starts with ``{``.

From migration 11 the values may also be written compact, when that is shorter: ``~`` and then every value
as a two-byte count of ten-thousandths in URL-safe base64 (``~IgBpJh4A``), which the classifier's
probabilities, rounded to four places, always are (nine whole-codebook theme scores: 25 characters
instead of about 60); ``#3~...`` under a key list.  A value that is not exactly such a count keeps the
decimal form.  :func:`unpack_row` reads every form back to the same dicts, keys in the same order."""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Callable, Sequence

from corpora.backend import Connection
from corpora.records import SENTIMENTS
from corpora.store import schema_version

#: the schema migration that adds ``score_keys`` (corpora/sqlite_schema.py)
SCORE_KEYS_SINCE = 7
#: the schema migration from which scores may be stored in the compact form (a store that older code does not write)
COMPACT_SINCE = 11

#: ``key_id(keys)``: the ``score_keys`` id of a key list (added when new); ``keys_of(id)``: its keys
KeyId = Callable[[tuple[str, ...]], int]
KeysOf = Callable[[int], tuple[str, ...]]


def _packable(scores: dict) -> bool:
    return bool(scores) and all(type(v) is float for v in scores.values())


#: compact values are counts of this fraction, two bytes each (corpora.scores: from migration 11)
COMPACT_STEP = 10_000


def _compact(values: Sequence[float]) -> str | None:
    """``~`` and the values as little-endian two-byte counts of 1/:data:`COMPACT_STEP` in URL-safe base64
    without padding, when each value is exactly such a count (it reads back as the same float); else None."""
    counts = []
    for v in values:
        n = round(v * COMPACT_STEP)
        if not 0 <= n <= 0xFFFF or n / COMPACT_STEP != v:
            return None
        counts.append(n)
    return "~" + base64.urlsafe_b64encode(struct.pack(f"<{len(counts)}H", *counts)).decode("ascii").rstrip("=")


def _pack(scores: dict, usual: Sequence[str], key_id: KeyId | None, compact: bool) -> str:
    if _packable(scores):
        values = ",".join(repr(v) for v in scores.values())
        small = _compact(list(scores.values())) if compact else None
        if small is not None and len(small) < len(values) + 1:  # ``#3~`` is one character shorter than ``#3:``
            values, sep = small, ""
        else:
            sep = ":"
        if tuple(scores) == tuple(usual):
            return values
        if key_id is not None:
            return f"#{key_id(tuple(scores))}{sep}{values}"
    return json.dumps(scores, separators=(",", ":"))


def pack_sentiment_scores(scores: dict, key_id: KeyId | None = None, *, compact: bool = False) -> str:
    """The stored text of sentiment probabilities ``{label: p}`` (``key_id``: see :class:`KeyLists`;
    without it, labels other than the usual three are stored as JSON; ``compact``: the values in the compact
    form where it is shorter, which a store of migration 11 or later reads)."""
    return _pack(scores, SENTIMENTS, key_id, compact)


def pack_theme_scores(
    scores: dict, themes: Sequence[str], key_id: KeyId | None = None, *, compact: bool = False
) -> str:
    """The stored text of theme probabilities ``{theme: p}`` of a unit tagged with ``themes``."""
    return _pack(scores, themes, key_id, compact)


def _values(text: str) -> list[float]:
    if not text.startswith("~"):
        return [float(v) for v in text.split(",")]
    try:
        raw = base64.urlsafe_b64decode(text[1:] + "=" * (-(len(text) - 1) % 4))
        return [n / COMPACT_STEP for n in struct.unpack(f"<{len(raw) // 2}H", raw)] if len(raw) % 2 == 0 else []
    except (ValueError, struct.error):
        raise ValueError(f"stored scores {text[:40]!r} are not compact values") from None


def _unpack(text: str, usual: Sequence[str], keys_of: KeysOf | None) -> dict:
    if text.startswith("{"):
        return json.loads(text)
    keys: Sequence[str] = usual
    if text.startswith("#"):
        if keys_of is None:
            raise ValueError(f"stored scores {text[:40]!r} name a key list, and no store was given to read it")
        cut = next((i for i, ch in enumerate(text) if ch in ":~"), len(text))
        ref, text = text[1:cut], text[cut + 1 :] if text[cut : cut + 1] == ":" else text[cut:]
        keys = keys_of(int(ref))
    values = _values(text)
    if len(values) != len(keys):
        raise ValueError(f"stored scores {text[:40]!r} do not match the keys {list(keys)[:10]!r}")
    return dict(zip(keys, values))


def unpack_sentiment_scores(text: str, keys_of: KeysOf | None = None) -> dict:
    return _unpack(text, SENTIMENTS, keys_of)


def unpack_theme_scores(text: str, themes: Sequence[str], keys_of: KeysOf | None = None) -> dict:
    return _unpack(text, themes, keys_of)


def unpack_row(row: dict, keys_of: KeysOf | None = None) -> dict:
    """An annotation row as stored (``sentiment_scores``, ``themes``, ``theme_scores`` as text)
    with those three read back: two dicts and a list."""
    out = dict(row)
    out["themes"] = json.loads(out["themes"])
    out["sentiment_scores"] = unpack_sentiment_scores(out["sentiment_scores"], keys_of)
    out["theme_scores"] = unpack_theme_scores(out["theme_scores"], out["themes"], keys_of)
    return out


def confidence(sentiment_scores: dict) -> float | None:
    """The top sentiment probability (``None`` when the unit has no sentiment)."""
    values = [v for v in sentiment_scores.values() if v is not None]
    return max(values) if values else None


def keys_text(keys: Sequence[str]) -> str:
    """A key list as ``score_keys.keys`` holds it (a JSON array, as SQLite's ``json_group_array``
    writes it: no spaces, text unescaped)."""
    return json.dumps(list(keys), separators=(",", ":"), ensure_ascii=False)


class KeyLists:
    """The ``score_keys`` of one store, read once and added to as new key lists are written.
    ``key_id`` and ``keys_of`` are what :func:`pack_theme_scores` and :func:`unpack_row` take;
    ``key_id`` is ``None`` on a store from before ``score_keys`` (the app reads old stores without
    migrating them), so scores under other keys are written there as JSON."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._ids: dict[tuple[str, ...], int] = {}
        self._keys: dict[int, tuple[str, ...]] = {}
        version = schema_version(conn)
        #: whether the store reads the compact values (migration 11 and later)
        self.compact = version >= COMPACT_SINCE
        if version < SCORE_KEYS_SINCE:
            self.key_id = None  # type: ignore[method-assign,assignment]

    def _load(self) -> None:
        for i, text in self.conn.execute("SELECT id, keys FROM score_keys"):
            keys = tuple(json.loads(text))
            self._keys[i] = keys
            self._ids.setdefault(keys, i)

    def key_id(self, keys: tuple[str, ...]) -> int:
        if keys not in self._ids:
            text = keys_text(keys)
            self.conn.execute("INSERT INTO score_keys(keys) VALUES (?) ON CONFLICT(keys) DO NOTHING", (text,))
            (i,) = self.conn.execute("SELECT id FROM score_keys WHERE keys = ?", (text,)).fetchone()
            self._ids[keys], self._keys[i] = i, keys
        return self._ids[keys]

    def keys_of(self, i: int) -> tuple[str, ...]:
        if i not in self._keys:
            self._load()
        if i not in self._keys:
            raise ValueError(f"stored scores name key list {i}, which the store does not have")
        return self._keys[i]
