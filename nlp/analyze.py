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
from collections import deque
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
        sents.extend(_sentences(doc, paragraph_id=p["id"], text=p["text"]))
    for c, doc in zip(comments, com_docs):
        sents.extend(_sentences(doc, comment_id=c["id"], text=c["text"]))
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
            if workers > 1:
                _process_with_workers(conn, (nlp, segmenter), wrapped, report, run_id, workers=workers, version=version)
            else:
                for batch in wrapped:
                    _process_batch(conn, (nlp, segmenter), batch, report, run_id, version=version)
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


Result = tuple[list[Sentence], list[Quote]] | Exception


def analyse_articles(pipelines, articles: list[dict]) -> Iterator[tuple[dict, Result]]:
    """(article, (sentences, quotes)) for each of ``articles`` in order, or (article,
    exception) for one that cannot be analysed.  ``pipelines`` is (full pipeline for
    paragraphs, comment segmenter).

    Texts stream through spaCy in its batches across articles while only one article's
    docs are kept (its sentences and quotes made, they are dropped), so memory does not
    grow with the batch or with a long comment thread.  When parsing fails the rest are
    analysed one article at a time, so only the article that broke it fails."""
    done = 0
    try:
        for item in _stream(pipelines, articles):
            yield item
            done += 1
    except Exception:  # noqa: BLE001 - find the article that broke the stream, one at a time
        for article in articles[done:]:
            try:
                (item,) = _stream(pipelines, [article])
            except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
                item = (article, exc)
            yield item


def _stream(pipelines, articles: list[dict]) -> Iterator[tuple[dict, Result]]:
    nlp, segmenter = pipelines
    par_docs = _pipeline.pipe_stream(nlp, (p["text"] for a in articles for p in a["paragraphs"]))
    com_docs = _pipeline.pipe_stream(segmenter, (c["text"] for a in articles for c in a["comments"]))
    for article in articles:
        docs = [next(par_docs) for _ in article["paragraphs"]] + [next(com_docs) for _ in article["comments"]]
        try:
            result: Result = units_for(article, docs)
        except Exception as exc:  # noqa: BLE001 - the parse is fine; this article's rules failed
            result = exc
        yield article, result


def _load(conn: Connection, batch: list[int]) -> list[dict]:
    articles = []
    for article_id in batch:
        article = store.get_article(conn, article_id)
        if article is not None:  # deleted since the work list was made
            articles.append(article)
    return articles


def _process_batch(
    conn: Connection,
    pipelines,
    batch: list[int],
    report: AnalyzeReport,
    run_id: int,
    *,
    version: str,
) -> None:
    articles = _load(conn, batch)
    for article, result in analyse_articles(pipelines, articles):
        _write(conn, article, result, report, run_id, version=version)


def _write(
    conn: Connection, article: dict, result: Result | str, report: AnalyzeReport, run_id: int, *, version: str
) -> None:
    """Store one article's units (``result``: its units, or the exception or reason it failed)."""
    try:
        if isinstance(result, BaseException):
            raise result
        if isinstance(result, str):
            raise _WorkerFailure(result)
        sents, quotes = result
        if store.article_content_hash(conn, article["id"]) != article["content_hash"]:
            return  # changed or deleted while we worked: the next run takes it
        analysis_store.replace_units(conn, article["id"], sents, quotes, pipeline_version=version)
    except store.StoreError:
        raise  # the store itself is unusable: stop, do not record a failure per article
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
        reason = str(exc) if isinstance(exc, _WorkerFailure) else f"{type(exc).__name__}: {exc}"
        log.error("%s: cannot analyse (%s)", article["url"], reason)
        store.record_error(conn, run_id, article["url"], f"analyze: {reason}", source=article.get("source"))
        report.failed += 1
        report.errors.append(f"{article['url']}: {reason}")
    else:
        report.articles += 1
        report.sentences += len(sents)
        report.quotes += len(quotes)


# ------------------------------------------------------------------ worker processes
#
# ``--workers N`` (N > 1): N processes each do the whole per-article work (parse, sentence
# units, quotes) on groups of articles; the main process only reads articles, writes
# their units (in order, one transaction each, as with one worker) and keeps the run's
# record.  Workers are forked where the platform allows, so they share the pipelines
# already loaded (a custom ``nlp`` included); elsewhere each builds the default ones.


class _WorkerFailure(Exception):
    """An article a worker process could not analyse (the reason is its message)."""


_WORKER_PIPELINES = None  # (nlp, segmenter) in a worker process


def _worker_init(pipelines=None) -> None:
    global _WORKER_PIPELINES
    if pipelines is not None:
        _WORKER_PIPELINES = pipelines
    elif _WORKER_PIPELINES is None:  # spawned, not forked: build our own
        _WORKER_PIPELINES = (_pipeline.get_pipeline(), _pipeline.get_comment_segmenter())


def _worker_run(articles: list[dict]) -> list[tuple[list, list] | str]:
    """Analyse ``articles`` in a worker: their units, or a reason for each that failed
    (exceptions are made text: not every one can be pickled back)."""
    out: list[tuple[list, list] | str] = []
    for _, result in analyse_articles(_WORKER_PIPELINES, articles):
        out.append(f"{type(result).__name__}: {result}" if isinstance(result, Exception) else result)
    return out


#: Texts (paragraphs and comments) per task handed to a worker: enough for spaCy's batches,
#: small enough that two workers finish a run at about the same time.
WORKER_TASK_TEXTS = 256


def _tasks(articles: list[dict], size: int) -> Iterator[list[dict]]:
    task: list[dict] = []
    texts = 0
    for article in articles:
        task.append(article)
        texts += len(article["paragraphs"]) + len(article["comments"])
        if texts >= size:
            yield task
            task, texts = [], 0
    if task:
        yield task


def analyse_parallel(pipelines, groups: Iterable[list[dict]], workers: int) -> Iterator[tuple[dict, Result | str]]:
    """What :func:`analyse_articles` gives, for each article of ``groups`` in order, from
    ``workers`` processes (a failure comes back as its reason, a string)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_PIPELINES
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    saved, _WORKER_PIPELINES = _WORKER_PIPELINES, (pipelines if fork else None)
    pending: deque = deque()
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init) as pool:
            for articles in groups:
                for task in _tasks(articles, WORKER_TASK_TEXTS):
                    pending.append((task, pool.submit(_worker_run, task)))
                    while len(pending) > 2 * workers:  # a few tasks queued ahead, so no worker waits
                        task_done, future = pending.popleft()
                        yield from zip(task_done, future.result(), strict=True)
            while pending:
                task_done, future = pending.popleft()
                yield from zip(task_done, future.result(), strict=True)
    finally:
        _WORKER_PIPELINES = saved


def _process_with_workers(
    conn: Connection,
    pipelines,
    batches: Iterable[list[int]],
    report: AnalyzeReport,
    run_id: int,
    *,
    workers: int,
    version: str,
) -> None:
    groups = (_load(conn, batch) for batch in batches)
    for article, result in analyse_parallel(pipelines, groups, workers):
        _write(conn, article, result, report, run_id, version=version)


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
