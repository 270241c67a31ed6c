"""The spaCy pipeline shared by the language-pipeline tests (built once per process), and the quote finder's
fixture and speaker triple the quote tests share."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp_pipeline():
    from nlp.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture
def quotes(nlp_pipeline):  # noqa: F811 (the fixture above, by name)
    """The quote finder over paragraphs given as arguments, parsed by the shared pipeline."""
    from nlp.quotes import extract_quotes

    def run(*paragraphs: str):
        return extract_quotes(list(paragraphs), docs=list(nlp_pipeline.pipe(paragraphs)))

    return run


def who(q):
    """A quote's speaker as (name, role, organisation)."""
    return (q.speaker_name, q.speaker_role, q.speaker_org)
