"""Sentence units: what the models classify and what full-text search finds.

A sentence keeps character offsets into the paragraph or comment it came from, so
``parent_text[s.start:s.end] == s.text`` always holds (surrounding blanks trimmed).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from corpora.analysis_store import Sentence


def sentences(
    doc: Doc, *, paragraph_id: int | None = None, comment_id: int | None = None, text: str | None = None
) -> list[Sentence]:
    """The sentences of one parsed paragraph or comment, numbered from 0.

    ``text`` is the text ``doc`` was made from, when the caller has it: ``doc.text`` builds it
    again token by token (some 3% of a paragraph's analysis).  A ``text`` of another length than
    the doc's is not the doc's text, and ``doc.text`` is used instead."""
    if text is None or len(text) != _doc_length(doc):
        text = doc.text
    out: list[Sentence] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        out.append(
            Sentence(
                position=len(out),
                start=start,
                end=end,
                text=text[start:end],
                paragraph_id=paragraph_id,
                comment_id=comment_id,
            )
        )
    return out


def _doc_length(doc: Doc) -> int:
    """The length of ``doc``'s text, from its last token (without building the text)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def boundaries(doc: Doc) -> set[int]:
    """Character offsets where a sentence starts, after the first non-blank text."""
    text = doc.text
    return {s.start_char for s in doc.sents if text[: s.start_char].strip()}


@dataclass
class BoundaryAgreement:
    """How a segmentation's sentence boundaries compare with a reference's (the parser's)."""

    agreed: int
    extra: int  # boundaries the reference does not have
    missed: int  # reference boundaries not found

    @property
    def precision(self) -> float:
        return self.agreed / (self.agreed + self.extra) if self.agreed + self.extra else 1.0

    @property
    def recall(self) -> float:
        return self.agreed / (self.agreed + self.missed) if self.agreed + self.missed else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def boundary_agreement(reference: list[Doc], docs: list[Doc]) -> BoundaryAgreement:
    """Compare the sentence boundaries of ``docs`` with those of ``reference`` (same texts, same order)."""
    agreed = extra = missed = 0
    for ref, doc in zip(reference, docs, strict=True):
        if ref.text != doc.text:
            raise ValueError("boundary_agreement needs the same texts in the same order")
        want, got = boundaries(ref), boundaries(doc)
        agreed, extra, missed = agreed + len(want & got), extra + len(got - want), missed + len(want - got)
    return BoundaryAgreement(agreed, extra, missed)
