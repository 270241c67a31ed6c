"""The comment rules read the doc's arrays instead of one token object at a time: they must set
exactly the sentence starts, runs and texts that the plain token-by-token reading gave.  The
reference readings below are the rules as first written (one token object per token); they
are compared on every comment of the sample site and the labelled data, and on generated text
full of what the rules look at (blank lines, line breaks, brackets, glued marks, abbreviations)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpora.sample_site.content import load_articles
from nlp import pipeline
from nlp.units import doc_text

ROOT = Path(__file__).resolve().parents[1]


def reference_rules(doc):
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_space:
            continue
        if prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
        elif (
            prev.is_space
            and "\n" in prev.text
            and i >= 2
            and pipeline._line_end(doc[i - 2])
            and tok.text[:1].isupper()
        ):
            tok.is_sent_start = True
        elif prev.text in "([" and len(prev.text) == 1 and not prev.whitespace_:
            tok.is_sent_start = False
        elif tok.is_punct and not prev.whitespace_ and not prev.is_space and tok.text not in pipeline._OPENERS:
            tok.is_sent_start = False
        elif len(prev.text) > 1 and prev.text.endswith(".") and not prev.is_punct:
            tok.is_sent_start = False
        elif (
            prev.text in (".", "!", "?")
            and not prev.whitespace_
            and i >= 2
            and tok.text[:1].isupper()
            and pipeline._glued_end(doc[i - 2], prev.text)
        ):
            tok.is_sent_start = True
    return doc


def reference_run(doc) -> int:
    best = run = 0
    for i, token in enumerate(doc):
        if i and token.is_sent_start:
            run = 0
        if token.is_space:
            continue
        run = 0 if token.is_punct else run + 1
        best = max(best, run)
    return best


@pytest.fixture(scope="module")
def senter():
    """The comment segmenter's senter alone (the rules are what is compared)."""
    seg = pipeline.build_comment_segmenter(pipeline.get_pipeline())
    for name in pipeline.COMMENT_RULES:
        seg.remove_pipe(name)
    return seg


def _starts(doc) -> list[bool]:
    return [bool(t.is_sent_start) for t in doc]


def _compare(senter, text: str) -> None:
    ours, theirs = senter(text), senter(text)
    assert doc_text(ours) == ours.text == text
    assert pipeline.longest_unpunctuated_run(ours) == reference_run(ours)
    assert _starts(pipeline.comment_boundary_rules(ours)) == _starts(reference_rules(theirs)), text
    assert pipeline.longest_unpunctuated_run(ours) == reference_run(ours)


def _written_comments() -> list[str]:
    texts = [c.text for a in load_articles() for c in a.comments]
    for path in sorted((ROOT / "corpora" / "labelled").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("register") == "comment":
                texts.append(row["text"])
    return texts


def test_the_rules_set_the_starts_the_token_by_token_reading_set_on_every_written_comment(senter):
    texts = _written_comments()
    assert len(texts) > 1000
    changed = 0
    for text in texts:
        _compare(senter, text)
        before = _starts(senter(text))
        changed += before != _starts(pipeline.comment_boundary_rules(senter(text)))
    assert changed > 50  # the rules do change starts on these comments: the comparison is not idle


PIECES = [
    "GPs", "are", "leaving", "Them", "e.g.", "U.K.", "Dr.", "A&E.", "No.", "20mins.", "them.I", "them.After",
    "(sic)", "[29]", "[unreadable]", "“Quote”", "‘word’", "!", "?", ".", "..", "…", ",", "-", "No-one",
    "\n", "\n\n", "\n\n\n", " ", "  ", "OK!", "Why?", "WHY", "ha ha", "(", ")", "[", "]", "'", '"', "2.", "£3.50",
]


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=40), st.lists(st.booleans(), min_size=40, max_size=40))
def test_the_rules_set_the_same_starts_on_generated_text(senter, pieces, spaces):
    text = "".join(p + (" " if s else "") for p, s in zip(pieces, spaces, strict=False))
    _compare(senter, text)
