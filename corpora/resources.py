"""The data files that ship inside the ``corpora`` package, found through
:mod:`importlib.resources` so that they are found the same way in a checkout, an editable
install and an installed wheel (``pyproject.toml`` lists them as package data).

Nothing else locates these files by walking up from ``__file__``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def corpora_file(*parts: str) -> Path:
    """A file or folder inside the installed ``corpora`` package.  gpwatch is installed as
    plain files (never zipped), so the resource is a real path that spaCy, ``glob`` and
    ``open`` can use."""
    return Path(str(resources.files("corpora").joinpath(*parts)))


TAXONOMY_PATH = corpora_file("taxonomy.toml")  # the codebook
ENTITIES_PATH = corpora_file("entities.jsonl")  # the EntityRuler's phrases
OFFICE_HOLDERS_PATH = corpora_file("office_holders.jsonl")  # who has held an office a story may name alone
SOURCES_DIR = corpora_file("sources")  # source configurations, one TOML file each
LABELLED_DIR = corpora_file("labelled")  # the labelled training and test units
SAMPLE_SITE_DIR = corpora_file("sample_site", "articles")  # the sample site's articles
