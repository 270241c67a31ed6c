"""Who a quoted speaker speaks for: government and NHS England, professional bodies and
unions, think tanks, GPs and practice staff, or other; from ``speaker_kinds.toml`` (an
organisation decides before a role)."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

KINDS_FILE = Path(__file__).resolve().parent / "speaker_kinds.toml"
OTHER = "other"
OTHER_NAME = "Other or unknown"


@dataclass(frozen=True)
class SpeakerKind:
    id: str
    name: str
    orgs: tuple[str, ...]
    roles: tuple[str, ...]


def _pattern(names: tuple[str, ...]) -> re.Pattern | None:
    if not names:
        return None
    alternatives = sorted((re.escape(n) for n in names), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


@functools.cache
def kinds() -> tuple[SpeakerKind, ...]:
    data = tomllib.loads(KINDS_FILE.read_text(encoding="utf-8"))
    return tuple(
        SpeakerKind(k["id"], k["name"], tuple(k.get("orgs", ())), tuple(k.get("roles", ()))) for k in data["kinds"]
    )


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern | None, re.Pattern | None], ...]:
    return tuple((k.id, _pattern(k.orgs), _pattern(k.roles)) for k in kinds())


def kind_names() -> dict[str, str]:
    """Kind id -> display name, in the file's order, "other" last."""
    return {k.id: k.name for k in kinds()} | {OTHER: OTHER_NAME}


@functools.cache
def speaker_kind(org: str | None, role: str | None) -> str:
    """The kind id of a speaker with this organisation and role (either may be None)."""
    for field in (org, role):
        if not field:
            continue
        for kind_id, org_re, role_re in _patterns():
            pattern = org_re if field is org else role_re
            if pattern is not None and pattern.search(field):
                return kind_id
    return OTHER
