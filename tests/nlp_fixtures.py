"""The spaCy pipeline shared by the language-pipeline tests (built once per process)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp_pipeline():
    from nlp.pipeline import get_pipeline

    return get_pipeline()
