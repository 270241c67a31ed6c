"""``gpwatch analyze``: sentences and quotes for what has not been processed yet, then
theme and sentiment annotation with the current model.

Incremental: only articles that are new, changed (text or comment thread) or made by
another :data:`nlp.pipeline.PIPELINE_VERSION` are processed.  Each article's units are
written in one transaction (:func:`corpora.analysis_store.replace_units`), so a run killed
at any point loses no finished article and duplicates nothing; the next run picks up
the rest.  One article that fails is logged and recorded in ``errors`` and the batch
goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from corpora import analysis_store, store
from corpora.backend import Connection
from corpora.records import Quote, Sentence
from nlp import pipeline as _pipeline
from nlp.quotes import extract_quotes
from nlp.units import sentences as _sentences

log = logging.getLogger("gpwatch.analyze")

Progress = Callable[..., Iterable]


@dataclass
class AnalyzeReport:
    articles: int = 0
    sentences: int = 0
    quotes: int = 0
    failed: int = 0
    annotated: int = 0
    annotation: str = "skipped"  # done | skipped (no model) | failed
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        ann = (
            f"annotated {self.annotated} articles"
            if self.annotation == "done"
            else "annotation skipped (no trained model)"
            if self.annotation == "skipped"
            else "annotation failed"
        )
        return (
            f"analysed {self.articles} articles: {self.sentences} sentences, {self.quotes} quotes, "
            f"{self.failed} failed; {ann} ({self.seconds:.1f}s)"
        )


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _texts(article: dict) -> list[str]:
    return [p["text"] for p in article["paragraphs"]] + [c["text"] for c in article["comments"]]


def units_for(article: dict, docs: list) -> tuple[list[Sentence], list[Quote]]:
    """Sentences (paragraphs, then comments) and quotes of one article from its parsed
    paragraphs and comments, in the order :func:`_texts` gives them."""
    paragraphs, comments = article["paragraphs"], article["comments"]
    par_docs, com_docs = docs[: len(paragraphs)], docs[len(paragraphs) :]
    sents: list[Sentence] = []
    for p, doc in zip(paragraphs, par_docs):
        sents.extend(_sentences(doc, paragraph_id=p["id"]))
    for c, doc in zip(comments, com_docs):
        sents.extend(_sentences(doc, comment_id=c["id"]))
    quotes = extract_quotes([p["text"] for p in paragraphs], docs=par_docs, kinds=[p["kind"] for p in paragraphs])
    return sents, quotes  # each quote has its paragraph_index; the store finds the paragraph's id


def analyze(
    conn: Connection,
    *,
    workers: int = 1,
    batch_size: int = 64,
    progress: Progress | None = None,
    nlp=None,
    segmenter=None,
) -> AnalyzeReport:
    """Process what needs processing, then annotate with the current model (if any).

    ``nlp`` is a pipeline from :func:`nlp.pipeline.build_pipeline` for article paragraphs
    and ``segmenter`` one from :func:`nlp.pipeline.build_comment_segmenter` for comments
    (default: built here, raising :class:`nlp.model.ModelMissing` when the spaCy model is
    not installed).
    """
    t0 = time.perf_counter()
    report = AnalyzeReport()
    version = _pipeline.PIPELINE_VERSION
    todo = analysis_store.articles_needing_units(conn, version)
    run_id = store.start_run(
        conn, "analyze", {"workers": workers, "batch_size": batch_size, "pipeline_version": version, "todo": len(todo)}
    )
    status = "failed"
    try:
        if todo:
            nlp = nlp or _pipeline.get_pipeline()
            segmenter = segmenter or _pipeline.build_comment_segmenter(nlp)
            batches = list(_chunks(todo, max(1, batch_size)))
            wrapped = progress(batches, total=len(batches), description="analysing") if progress else batches
            for batch in wrapped:
                _process_batch(conn, (nlp, segmenter), batch, report, run_id, workers=workers, version=version)
        _annotate(conn, report, run_id, progress)
        status = "partial" if report.failed else "ok"
    finally:
        report.seconds = time.perf_counter() - t0
        store.finish_run(
            conn,
            run_id,
            status,
            {
                "articles": report.articles,
                "sentences": report.sentences,
                "quotes": report.quotes,
                "failed": report.failed,
                "annotated": report.annotated,
                "annotation": report.annotation,
            },
        )
    return report


def _parse(pipelines, articles: list[dict], workers: int = 1) -> list:
    """Docs for every paragraph and comment of ``articles``, in :func:`_texts` order:
    paragraphs through the full pipeline, comments through the comment segmenter."""
    nlp, segmenter = pipelines
    par_docs, com_docs = _pipeline.parse_texts(
        nlp,
        segmenter,
        [p["text"] for a in articles for p in a["paragraphs"]],
        [c["text"] for a in articles for c in a["comments"]],
        workers=workers,
    )
    docs, pi, ci = [], 0, 0
    for a in articles:
        np_, nc = len(a["paragraphs"]), len(a["comments"])
        docs += par_docs[pi : pi + np_] + com_docs[ci : ci + nc]
        pi, ci = pi + np_, ci + nc
    return docs


def _process_batch(
    conn: Connection,
    pipelines,
    batch: list[int],
    report: AnalyzeReport,
    run_id: int,
    *,
    workers: int,
    version: str,
) -> None:
    articles = []
    for article_id in batch:
        article = store.get_article(conn, article_id)
        if article is not None:  # deleted since the work list was made
            articles.append(article)
    try:
        docs = _parse(pipelines, articles, workers)
    except Exception:  # noqa: BLE001 - find the article that broke the batch, one at a time
        docs = None
    offset = 0
    for article in articles:
        n = len(article["paragraphs"]) + len(article["comments"])
        try:
            art_docs = docs[offset : offset + n] if docs is not None else _parse(pipelines, [article])
            sents, quotes = units_for(article, art_docs)
            if store.article_content_hash(conn, article["id"]) != article["content_hash"]:
                continue  # changed or deleted while we worked: the next run takes it
            analysis_store.replace_units(conn, article["id"], sents, quotes, pipeline_version=version)
        except store.StoreError:
            raise  # the store itself is unusable: stop, do not record a failure per article
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
            reason = f"{type(exc).__name__}: {exc}"
            log.error("%s: cannot analyse (%s)", article["url"], reason)
            store.record_error(conn, run_id, article["url"], f"analyze: {reason}", source=article.get("source"))
            report.failed += 1
            report.errors.append(f"{article['url']}: {reason}")
        else:
            report.articles += 1
            report.sentences += len(sents)
            report.quotes += len(quotes)
        finally:
            offset += n


def _annotate(conn: Connection, report: AnalyzeReport, run_id: int, progress: Progress | None) -> None:
    """Theme and sentiment annotation with the current model; no model is not a failure."""
    try:
        from nlp.classify import annotate_pending, load_current
    except ImportError:
        log.info("no trained model: run `gpwatch train`")
        return
    clf = load_current(conn)
    if clf is None:
        log.info("no trained model: run `gpwatch train`")
        return
    try:
        report.annotated = annotate_pending(conn, clf, progress=progress)
        report.annotation = "done"
    except store.StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - the units are stored; annotation can be rerun
        reason = f"{type(exc).__name__}: {exc}"
        log.error("annotation failed (%s)", reason)
        store.record_error(conn, run_id, "annotate", f"analyze: {reason}")
        report.annotation = "failed"
        report.failed += 1
