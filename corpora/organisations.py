"""One name for each organisation the entity patterns know under several: ``RCGP``, ``Royal College of
GPs`` and ``Royal College of General Practitioners`` are one body.

The quote finder writes a speaker's organisation as the article names it, which is what a journalist
cites; the app lists each body once under its one name, and an organisation filter matches every form
of it.  In ``corpora/entities.jsonl`` a phrase's ``same_as`` gives its body's one name (``"Royal College
of GPs"``: ``"same_as": "RCGP"``), else its ``id`` does (``BMA’s GP committee``: ``BMA GP committee``,
which the quote finder also reads).  A name no pattern gives stays as written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache

from corpora.resources import ENTITIES_PATH

# the pattern labels that name bodies (not posts, policies or places)
BODY_LABELS = frozenset({"NHS_ORG", "PROF_BODY", "THINK_TANK", "ORG"})


@cache
def _bodies() -> dict[str, tuple[str, ...]]:
    """Each body known under more than one form: its one name -> every form (the name first)."""
    rows = [json.loads(line) for line in ENTITIES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    forms: dict[str, set[str]] = {}
    for r in rows:
        name = r.get("same_as") or r.get("id")
        if r.get("label") in BODY_LABELS and r.get("phrase") and name:
            forms.setdefault(name, set()).add(r["phrase"])
    # a name in lower case is a kind of body, not one ("primary care network": PCN, PCNs)
    return {name: (name, *sorted(f - {name})) for name, f in forms.items() if f - {name} and name[:1].isupper()}


@cache
def _name_of() -> dict[str, str]:
    return {form.lower(): name for name, fs in _bodies().items() for form in fs}


def canonical(org: str) -> str:
    """The one name of the body ``org`` names (``Royal College of GPs`` -> ``RCGP``), or ``org`` itself."""
    return _name_of().get(org.strip().lower(), org)


def forms(org: str) -> tuple[str, ...]:
    """Every form of the body ``org`` names, its one name first (``RCGP``, ``Royal College of GPs``, ...), or
    ``(org,)`` for a name no pattern gives."""
    return _bodies().get(canonical(org), (org,))


def one_per_body(orgs: Iterable[str]) -> list[str]:
    """``orgs`` with each body once, under its one name, sorted."""
    return sorted({canonical(o) for o in orgs})
