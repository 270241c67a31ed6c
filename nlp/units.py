"""Sentence units: what the models classify and what full-text search finds.

A sentence keeps character offsets into the paragraph or comment it came from, so
``parent_text[s.start:s.end] == s.text`` always holds (surrounding blanks trimmed).
"""

from __future__ import annotations

from spacy.tokens import Doc

from corpora.analysis_store import Sentence


def sentences(doc: Doc, *, paragraph_id: int | None = None, comment_id: int | None = None) -> list[Sentence]:
    """The sentences of one parsed paragraph or comment, numbered from 0."""
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
        out.append(Sentence(position=len(out), start=start, end=end, text=text[start:end],
                            paragraph_id=paragraph_id, comment_id=comment_id))
    return out
