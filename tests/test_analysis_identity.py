"""What ``gpwatch analyze`` stores for article text is exactly what the full pipeline gives
each paragraph on its own (sentences) and what the quote finder gives each article's
paragraphs parsed one by one (quotes): however analysis streams texts through spaCy, and
with one worker process or two.  Comments get the comment segmenter's sentences, the same
with one worker or two."""

from __future__ import annotations

import pytest

from corpora import store
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from corpora.sample_site.content import load_articles
from nlp import pipeline
from nlp.analyze import analyze
from nlp.quotes import extract_quotes
from nlp.units import sentences
from tests.nlp_fixtures import nlp_pipeline  # noqa: F401

ARTICLES = 30  # of the sample site's, with their comment threads (originally written text)

SENTENCES = (
    "SELECT a.url, p.position, c.external_id, s.position, s.start, s.end, s.text FROM sentences s "
    "JOIN articles a ON a.id = s.article_id LEFT JOIN paragraphs p ON p.id = s.paragraph_id "
    "LEFT JOIN comments c ON c.id = s.comment_id ORDER BY a.url, p.position, c.external_id, s.position"
)
QUOTES = (
    "SELECT a.url, q.position, p.position, q.start, q.end, q.text, q.speaker, q.speaker_name, q.speaker_role, "
    "q.speaker_org, q.cue, q.fragment FROM quotes q JOIN articles a ON a.id = q.article_id "
    "LEFT JOIN paragraphs p ON p.id = q.paragraph_id ORDER BY a.url, q.position"
)


def _records() -> list[ArticleRecord]:
    out = []
    for a in load_articles()[:ARTICLES]:
        out.append(
            ArticleRecord(
                url=f"https://sample.gpwatch.example/{a.slug}/",
                source="sample",
                title=a.title,
                paragraphs=[Paragraph(text, kind) for kind, text in a.paragraphs],
                comments=[
                    CommentRecord(c.text, author=c.author, posted=c.posted, external_id=str(c.id)) for c in a.comments
                ],
            )
        )
    return out


@pytest.fixture(scope="module")
def stores(tmp_path_factory, nlp_pipeline):  # noqa: F811
    """The same articles analysed with one worker and with two."""
    out = {}
    for workers in (1, 2):
        conn = store.connect(tmp_path_factory.mktemp(f"w{workers}") / "gpwatch.db")
        for record in _records():
            store.upsert_article(conn, record)
        report = analyze(conn, nlp=nlp_pipeline, workers=workers, batch_size=8)
        assert (report.articles, report.failed) == (ARTICLES, 0)
        out[workers] = conn
    return out


def test_article_sentences_and_quotes_are_the_full_pipelines_paragraph_by_paragraph(stores, nlp_pipeline):  # noqa: F811
    conn = stores[1]
    checked_quotes = 0
    for record in _records():
        texts = [p.text for p in record.paragraphs]
        docs = [nlp_pipeline(t) for t in texts]  # one at a time: no batching, no streaming
        want = [
            (record.url, i, None, s.position, s.start, s.end, s.text)
            for i, doc in enumerate(docs)
            for s in sentences(doc, paragraph_id=i)
        ]
        got = [tuple(r) for r in conn.execute(SENTENCES) if r[0] == record.url and r[2] is None]
        assert got == want and want
        quotes = extract_quotes(texts, docs=docs, kinds=[p.kind for p in record.paragraphs])
        want_q = [
            (
                record.url,
                q.position,
                q.paragraph_index,
                q.start,
                q.end,
                q.text,
                q.speaker,
                q.speaker_name,
                q.speaker_role,
                q.speaker_org,
                q.cue,
                int(q.fragment),
            )
            for q in quotes
        ]
        assert [tuple(r) for r in conn.execute(QUOTES) if r[0] == record.url] == want_q
        checked_quotes += len(want_q)
    assert checked_quotes >= 20  # the articles do have quotes to compare


def test_comment_sentences_are_the_segmenters(stores):
    seg = pipeline.get_comment_segmenter()
    rows = [tuple(r) for r in stores[1].execute(SENTENCES) if r[2] is not None]
    want = []
    for record in _records():
        for c in sorted(record.comments, key=lambda c: c.external_id):
            want += [
                (record.url, None, c.external_id, s.position, s.start, s.end, s.text) for s in sentences(seg(c.text))
            ]
    assert rows == sorted(want, key=lambda r: (r[0], r[2], r[3])) and len(want) >= 100


def test_two_workers_store_exactly_what_one_does(stores):
    one, two = stores[1], stores[2]
    assert one.execute(SENTENCES).fetchall() == two.execute(SENTENCES).fetchall()
    assert one.execute(QUOTES).fetchall() == two.execute(QUOTES).fetchall()
    assert len(one.execute(SENTENCES).fetchall()) >= 500
    runs = [dict(r) for r in two.execute("SELECT status FROM runs WHERE kind = 'analyze'")]
    assert runs and runs[-1]["status"] == "ok"


def test_two_workers_record_a_bad_article_and_go_on(tmp_path, nlp_pipeline, monkeypatch):  # noqa: F811
    conn = store.connect(tmp_path / "gpwatch.db")
    for record in _records()[:4]:
        store.upsert_article(conn, record)
    long = ArticleRecord(
        url="https://gp-news.example/long",
        source="gp-news",
        title="Long",
        paragraphs=[Paragraph("GPs are leaving. " * 40)],
    )
    store.upsert_article(conn, long)
    monkeypatch.setattr(nlp_pipeline, "max_length", 300)  # spaCy refuses the long paragraph
    report = analyze(conn, nlp=nlp_pipeline, workers=2, batch_size=2)
    assert (report.articles, report.failed) == (4, 1)
    err = conn.execute("SELECT location, reason FROM errors").fetchone()
    assert err["location"] == "https://gp-news.example/long" and "analyze: ValueError" in err["reason"]
