"""The codebook: theme ids, names, definitions and seed patterns, and the sentiment labels.

The default codebook is ``corpora/taxonomy.toml``; a researcher may pass their own TOML file
(same layout) to ``gpwatch train --taxonomy FILE``, or train without one, in which case the
themes are simply the labels found in the training data (see :func:`from_labels`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from corpora.records import SENTIMENTS
from corpora.resources import TAXONOMY_PATH

DEFAULT_PATH = TAXONOMY_PATH
DEFAULT_SENTIMENTS = SENTIMENTS


def match_sentiment(raw: str | None, labels) -> str | None:
    """``raw`` as spelled in ``labels``, matched ignoring case and surrounding spaces; None
    when it is not one of them."""
    if raw is None:
        return None
    key = str(raw).strip().casefold()
    for label in labels:
        if label.strip().casefold() == key:
            return label
    return None


def has_standard_sentiments(labels) -> bool:
    """True for exactly the three labels negative, neutral and positive (any case, any order)."""
    return sorted(str(s).strip().casefold() for s in labels) == sorted(DEFAULT_SENTIMENTS)


class TaxonomyError(ValueError):
    """The codebook file cannot be read or is not a valid codebook."""


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    definition: str = ""
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    themes: tuple[Theme, ...]
    sentiments: tuple[str, ...] = DEFAULT_SENTIMENTS
    name: str = ""
    version: str = ""
    sentiment_definitions: dict[str, str] = field(default_factory=dict)
    source: str = ""
    #: whether `gpwatch train` may try a character n-gram block of the original text for the
    #: sentiment model (kept only when cross-validation on the labels says it helps); a codebook
    #: whose labels are in another register than the text it will score can turn it off
    sentiment_character_ngrams: bool = True

    @property
    def theme_ids(self) -> list[str]:
        return [t.id for t in self.themes]

    def theme(self, theme_id: str) -> Theme:
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(theme_id)

    def sentiment_label(self, raw: str | None) -> str | None:
        """The codebook's own spelling of a sentiment label, matched ignoring case and
        surrounding spaces ("Negative", " negative" -> the codebook's "negative"); None when
        the label is not in the codebook."""
        return match_sentiment(raw, self.sentiments)

    @property
    def standard_sentiments(self) -> bool:
        """Whether the sentiment labels are the three that VADER and TextBlob can be scored
        against (negative, neutral, positive, in any case and order)."""
        return has_standard_sentiments(self.sentiments)

    def patterns(self) -> dict[str, list[str]]:
        """``{theme id: [lemma phrase, ...]}``: the seed patterns."""
        return {t.id: list(t.patterns) for t in self.themes}

    def to_dict(self) -> dict:
        """A plain, JSON-serialisable form (stored in a model's ``meta.json``)."""
        return {
            "name": self.name,
            "version": self.version,
            "source": self.source,
            "sentiments": list(self.sentiments),
            "sentiment_definitions": dict(self.sentiment_definitions),
            "sentiment_character_ngrams": self.sentiment_character_ngrams,
            "themes": [
                {"id": t.id, "name": t.name, "definition": t.definition, "patterns": list(t.patterns)}
                for t in self.themes
            ],
        }

    @classmethod
    def from_dict(cls, data: dict, source: str = "") -> Taxonomy:
        """Build and validate a codebook from parsed TOML (or :meth:`to_dict` output)."""
        where = source or "codebook"
        raw_themes = data.get("themes")
        if not isinstance(raw_themes, list) or not raw_themes:
            raise TaxonomyError(f"{where}: needs at least one [[themes]] table")
        themes: list[Theme] = []
        seen: set[str] = set()
        for i, t in enumerate(raw_themes, 1):
            if not isinstance(t, dict) or not isinstance(t.get("id"), str) or not t["id"].strip():
                raise TaxonomyError(f"{where}: theme {i} has no id")
            tid = t["id"].strip()
            if tid in seen:
                raise TaxonomyError(f"{where}: theme id {tid!r} appears twice")
            seen.add(tid)
            patterns = t.get("patterns", [])
            if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
                raise TaxonomyError(f"{where}: theme {tid!r}: patterns must be a list of strings")
            themes.append(
                Theme(
                    id=tid,
                    name=str(t.get("name") or tid),
                    definition=str(t.get("definition") or ""),
                    patterns=tuple(p.strip().lower() for p in patterns if p.strip()),
                )
            )
        sentiments = data.get("sentiments", list(DEFAULT_SENTIMENTS))
        if (
            not isinstance(sentiments, list)
            or len(sentiments) < 2
            or not all(isinstance(s, str) and s for s in sentiments)
            or len(set(sentiments)) != len(sentiments)
        ):
            raise TaxonomyError(f"{where}: sentiments must be a list of at least two distinct labels")
        defs = data.get("sentiment_definitions", {})
        chars = data.get("sentiment_character_ngrams", True)
        if not isinstance(chars, bool):
            raise TaxonomyError(f"{where}: sentiment_character_ngrams must be true or false")
        return cls(
            themes=tuple(themes),
            sentiments=tuple(sentiments),
            name=str(data.get("name", "")),
            version=str(data.get("version", "")),
            source=source,
            sentiment_definitions={str(k): str(v) for k, v in (defs or {}).items()},
            sentiment_character_ngrams=chars,
        )


def load(path: str | Path | None = None) -> Taxonomy:
    """Load a codebook TOML file (default: ``corpora/taxonomy.toml``)."""
    path = Path(path) if path is not None else DEFAULT_PATH
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise TaxonomyError(f"{path}: no such codebook file") from None
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return Taxonomy.from_dict(data, source=str(path))


def from_labels(theme_ids: list[str], sentiments: list[str] | None = None) -> Taxonomy:
    """A minimal codebook (no patterns) for labelled data that comes without one."""
    return Taxonomy(
        themes=tuple(Theme(id=t, name=t) for t in theme_ids),
        sentiments=tuple(sentiments or DEFAULT_SENTIMENTS),
        name="from labels",
        source="labels",
    )
