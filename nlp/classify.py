"""Classifying text with a trained theme and sentiment model.

A model artefact is a folder ``<models>/<version>/`` holding ``model.json`` and ``arrays.npz``
(a :class:`Model` as plain arrays and JSON, with each feature transformer under a registered
name: see :mod:`nlp.artefact`) and ``meta.json`` (data hash, library versions, metrics,
codebook).  The
models of a store live in ``<folder of the store>/models/``; the file ``models/CURRENT`` names
the current version.  ``$GPWATCH_MODEL`` (a version folder, or a models folder with a
``CURRENT`` file) overrides that everywhere.

The ``gpwatch classify`` contract (:func:`classify_stream`): input JSONL lines ``{"id", "text"}``,
optionally ``"kind"`` (``"comment"`` for text written by readers: comments, letters, forum
posts; the sentiment model knows readers' text leans negative); output one JSONL line per good
input line, in input order::

    {"id": ..., "sentiment": "negative", "sentiment_scores": {"negative": p, "neutral": p, "positive": p},
     "themes": ["funding_pay"], "theme_scores": {"workforce_supply": p, ...}}

``id`` is echoed unchanged (any JSON value); ``sentiment_scores`` sum to 1 (rounded to 4
places); ``theme_scores`` holds every theme of the model's codebook; ``themes`` are those whose
score reaches the theme's threshold (chosen by cross-validation at training time), ordered by
score.  A bad line gives one error naming its line number; the rest goes on.  A model trained
on themes alone has no sentiment: ``"sentiment": null`` and ``"sentiment_scores": {}``.
A sentiment whose top score is under :data:`UNSURE_BELOW` is unsure (:func:`sentiment_sure` on
the line's ``sentiment_scores``; the line itself carries no flag, so its shape stays as above).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import numpy as np

from corpora import analysis_store, scores
from corpora.backend import Connection
from corpora.store import Store, StoreError, default_location

MODEL_FILE = "model.json"
META_FILE = "meta.json"
CURRENT_FILE = "CURRENT"
ENV_MODEL = "GPWATCH_MODEL"
# Articles are long: their themes come from the article text itself, their sentiment from the
# mean of their body sentences' probabilities (see annotate_pending).
MAX_TEXT_CHARS = 20_000

#: A sentiment whose top probability is under this is *unsure* (:attr:`Prediction.sentiment_sure`
#: False): the model gives its own label less than a 60% chance.  A fixed, stated rule rather than
#: one fitted to any evaluation set; ``gpwatch evaluate`` reports the sure and the unsure units'
#: scores apart, so a researcher can see what the flag is worth on their own labels (on realdev's
#: dev half: 18% of units unsure, their accuracy 0.55 against 0.75 for the rest).
UNSURE_BELOW = 0.6


def sentiment_sure(sentiment_scores: dict, below: float | None = None) -> bool | None:
    """Whether the top probability of ``sentiment_scores`` reaches ``below`` (default
    :data:`UNSURE_BELOW`; ``None`` when there are no scores: a themes-only model).  The same rule
    on the scores ``gpwatch classify`` writes gives the same answer as :attr:`Prediction.sentiment_sure`."""
    top = scores.confidence(sentiment_scores)
    return None if top is None else top >= (UNSURE_BELOW if below is None else below)


class ModelNotFound(StoreError):
    """No trained model where one was looked for.  A :class:`StoreError`, so the command line
    reports it as one line."""


def without_columns(X, span: tuple[int, int] | None):
    """``X`` without the columns ``span`` (a (start, stop) pair; None: none), as CSR."""
    from scipy import sparse

    if span is None:
        return X.tocsr()
    return sparse.hstack([X[:, : span[0]], X[:, span[1] :]]).tocsr()


@dataclass
class Model:
    """A trained model: a shared feature pipeline, a multinomial sentiment model (weights and
    intercepts, one row per label of ``sentiment_labels``) and one binary model per theme
    folded into one weight matrix (fast to apply); theme probabilities are the mean of that and
    a second matrix applied to the binary view.  The last feature block (character n-grams) is
    for the themes only: the sentiment model reads the first ``sentiment_dims`` columns.
    Saved and loaded by :mod:`nlp.artefact` as arrays and JSON."""

    version: str
    features: object  # sklearn Pipeline: raw texts -> sparse matrix
    sentiment_labels: list[str]
    sentiment_coef: np.ndarray | None  # (n_labels, sentiment_dims), rows in sentiment_labels order
    sentiment_intercept: np.ndarray | None  # (n_labels,)
    theme_ids: list[str]
    theme_coef: object  # (n_features, n_themes) array
    theme_intercept: np.ndarray  # (n_themes,)
    thresholds: list[float]
    info: dict = field(default_factory=dict)
    theme_coef_bin: object | None = None  # second view: weights on the binary, unit-length features
    theme_intercept_bin: np.ndarray | None = None
    sentiment_dims: int | None = None  # the sentiment model reads only the first columns (None: all)
    comment_column: bool = False  # the sentiment weights end with one for "written by a reader"
    # columns (start, stop) of a sentiment-only block the theme models do not read (None: none)
    theme_skip: tuple[int, int] | None = None

    def sentiment_proba(self, X, comments: np.ndarray | None = None) -> np.ndarray:
        """Softmax of the multinomial logistic regression, columns in ``sentiment_labels`` order.
        ``comments``: per row, 1 for text written by a reader (a comment, letter or forum post),
        0 for article text and quotes or when not known; read only by a model trained with the
        comment column."""
        if self.sentiment_coef is None:
            n = len(self.sentiment_labels)
            return np.full((X.shape[0], n), 1.0 / n)
        if self.sentiment_dims is not None and self.sentiment_dims < X.shape[1]:
            X = X[:, : self.sentiment_dims]
        W = self.sentiment_coef
        z = np.asarray(X @ (W[:, :-1] if self.comment_column else W).T) + self.sentiment_intercept
        if self.comment_column and comments is not None:
            z += np.outer(np.asarray(comments, dtype=float), W[:, -1])
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def theme_proba(self, X) -> np.ndarray:
        if not self.theme_ids:
            return np.zeros((X.shape[0], 0))
        if self.theme_skip is not None:
            X = without_columns(X, self.theme_skip)
        z = np.asarray(X @ self.theme_coef) + self.theme_intercept
        p = 1.0 / (1.0 + np.exp(-z))
        if self.theme_coef_bin is not None:
            from nlp.features import binary_l2

            zb = np.asarray(binary_l2(X) @ self.theme_coef_bin) + self.theme_intercept_bin
            p = (p + 1.0 / (1.0 + np.exp(-zb))) / 2
        return p


@dataclass
class Prediction:
    sentiment: str | None  # None from a themes-only model
    sentiment_scores: dict[str, float]
    themes: list[str]
    theme_scores: dict[str, float]
    # False when the sentiment is unsure (its probability under UNSURE_BELOW); None without one
    sentiment_sure: bool | None = None


class Classifier:
    """A loaded model artefact.  ``Classifier(path)`` takes a version folder, a models folder
    with a ``CURRENT`` file, or a model file."""

    def __init__(self, path: str | os.PathLike):
        from nlp import artefact

        self.path = resolve_model_dir(Path(path))
        try:
            self.model: Model = artefact.load_model(self.path)
        except FileNotFoundError:
            raise ModelNotFound(f"{self.path}: no {MODEL_FILE} (train one with `gpwatch train`)") from None
        except artefact.ArtefactError as exc:
            raise ModelNotFound(str(exc)) from None
        try:
            self.meta = json.loads((self.path / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.meta = {}

    @property
    def version(self) -> str:
        return self.model.version

    @property
    def theme_ids(self) -> list[str]:
        return list(self.model.theme_ids)

    @property
    def sentiment_labels(self) -> list[str]:
        return list(self.model.sentiment_labels)

    @property
    def has_sentiment(self) -> bool:
        """False for a themes-only model: its predictions carry no sentiment."""
        return self.model.sentiment_coef is not None

    def scores(self, texts: list[str], kinds: list[str | None] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Raw probability arrays: (sentiment, themes), rows in the order of ``texts``.
        ``kinds``: per text, what it is (``comment`` for readers' comments, letters and posts;
        anything else or None for article text and quotes), when the caller knows."""
        texts = [(t or "")[:MAX_TEXT_CHARS] for t in texts]
        if not texts:
            return np.zeros((0, len(self.model.sentiment_labels))), np.zeros((0, len(self.model.theme_ids)))
        X = self.model.features.transform(texts)
        return self.model.sentiment_proba(X, comment_flags(kinds)), self.model.theme_proba(X)

    def decide(self, sent: np.ndarray, themes: np.ndarray) -> list[Prediction]:
        """Turn probability rows into predictions (argmax sentiment, thresholded themes)."""
        labels, ids = self.model.sentiment_labels, self.model.theme_ids
        thr = np.asarray(self.model.thresholds, dtype=float)
        best = np.argmax(sent, axis=1).tolist() if len(sent) else []
        sent_rows = np.round(sent, 4).tolist()
        if not self.has_sentiment:  # a themes-only model: no sentiment, not a uniform one
            labels, best, sent_rows = [], [None] * len(sent_rows), [[] for _ in sent_rows]
        theme_rows = np.round(themes, 4).tolist()
        passed = (themes >= thr).tolist() if len(ids) else [[] for _ in sent_rows]
        out = []
        for b, srow, trow, prow in zip(best, sent_rows, theme_rows, passed):
            theme_scores = dict(zip(ids, trow))
            chosen = sorted((tid for tid, ok in zip(ids, prow) if ok), key=lambda k: -theme_scores[k])
            sentiment_scores = dict(zip(labels, srow))
            out.append(
                Prediction(
                    sentiment=labels[b] if b is not None else None,
                    sentiment_scores=sentiment_scores,
                    themes=chosen,
                    theme_scores=theme_scores,
                    sentiment_sure=sentiment_sure(sentiment_scores),
                )
            )
        return out

    def predict(self, texts: list[str], kinds: list[str | None] | None = None) -> list[Prediction]:
        return self.decide(*self.scores(texts, kinds))


COMMENT_KINDS = frozenset({"comment", "letter", "post", "reply"})


def comment_flags(kinds: list[str | None] | None) -> np.ndarray | None:
    """1.0 for each kind that is text written by a reader (``comment``, ``letter``, ``post``,
    ``reply``), else 0.0; None when no kinds are given."""
    if kinds is None:
        return None
    return np.array([1.0 if (k or "").strip().lower() in COMMENT_KINDS else 0.0 for k in kinds])


# --------------------------------------------------------------------------- finding models


def _is_model_dir(path: Path) -> bool:
    from nlp.artefact import LEGACY_FILE

    return (path / MODEL_FILE).exists() or (path / LEGACY_FILE).exists()


def resolve_model_dir(path: Path) -> Path:
    """A version folder from a version folder, a models folder with CURRENT, or a model file."""
    if path.is_file() and path.name != CURRENT_FILE:
        return path.parent
    if path.is_file():
        path = path.parent
    current = path / CURRENT_FILE
    if not _is_model_dir(path) and current.exists():
        name = current.read_text(encoding="utf-8").strip()
        if not name:
            raise ModelNotFound(f"{current}: empty")
        return path / name
    if not path.exists():
        raise ModelNotFound(f"{path}: no such model folder")
    return path


def models_root(db_path: str | os.PathLike) -> Path:
    """Where a store's models live: ``<folder of the store>/models`` (:attr:`Store.models_dir`)."""
    return Store(db_path).models_dir


def current_model_dir(db_path: str | os.PathLike | None = None, *, models_dir: str | os.PathLike | None = None) -> Path:
    """The current model's version folder in ``models_dir`` (default: the models folder of the
    store at ``db_path``), or ``$GPWATCH_MODEL`` when set.

    Raises :class:`ModelNotFound` when there is none.
    """
    env = os.environ.get(ENV_MODEL)
    if env:
        return resolve_model_dir(Path(env))
    root = Path(models_dir) if models_dir is not None else models_root(db_path or default_location())
    current = root / CURRENT_FILE
    if not current.exists():
        raise ModelNotFound(f"{root}: no trained model (run `gpwatch train`)")
    name = current.read_text(encoding="utf-8").strip()
    if not name or not _is_model_dir(root / name):
        raise ModelNotFound(f"{current}: names {name!r}, which has no {MODEL_FILE}")
    return root / name


def load_current(conn: Connection) -> Classifier | None:
    """The current model of the store behind ``conn``, or None when no model has been trained."""
    try:
        return Classifier(current_model_dir(models_dir=Store.of(conn).models_dir))
    except ModelNotFound:
        return None


# --------------------------------------------------------------------------- the store


def annotate_pending(conn: Connection, clf: Classifier, progress: Callable | None = None) -> int:
    """Annotate every article whose units were not yet classified by ``clf.version``.

    Sentences, quotes and comments are classified directly.  The article's themes are predicted
    from its own text (title and body); its sentiment is the mean of the sentiment probabilities
    of its body sentences (not the comment sentences), so one angry quote does not make a
    factual report negative and a long text is not judged by a model trained on short units.
    An article with no body sentences yet is classified directly.  Returns the number of
    articles annotated; each is written in its own transaction.
    """
    if not clf.has_sentiment:
        raise ModelNotFound(
            f"{clf.path}: a themes-only model; annotating the store needs one trained with sentiment labels too"
        )
    todo = analysis_store.articles_needing_annotations(conn, clf.version)
    items: Iterable[int] = progress(todo, total=len(todo), description="classifying") if progress else todo
    done = 0
    for article_id in items:
        units = analysis_store.units_for_article(conn, article_id)
        order = [(kind, u) for kind in ("sentence", "quote", "comment", "article") for u in units[kind]]
        kinds = [
            "comment" if kind == "comment" or (kind == "sentence" and u.get("comment_id") is not None) else kind
            for kind, u in order
        ]
        sent, themes = clf.scores([u["text"] for _, u in order], kinds)
        body = [i for i, (kind, u) in enumerate(order) if kind == "sentence" and u.get("comment_id") is None]
        for i, (kind, _) in enumerate(order):
            if kind == "article" and body:
                sent[i] = sent[body].mean(axis=0)
        preds = clf.decide(sent, themes)
        annotations = [
            analysis_store.Annotation(
                unit_type=kind,
                unit_id=int(u["id"]),
                article_id=article_id,
                sentiment=p.sentiment,
                sentiment_scores=p.sentiment_scores,
                themes=p.themes,
                theme_scores=p.theme_scores,
            )
            for (kind, u), p in zip(order, preds)
        ]
        analysis_store.write_annotations(conn, article_id, annotations, model_version=clf.version)
        done += 1
    return done


# --------------------------------------------------------------------------- the JSONL contract


def _parse_line(line: str) -> tuple[object, str, str | None]:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    if "id" not in obj:
        raise ValueError('no "id"')
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" missing or not a string')
    kind = obj.get("kind")
    return obj["id"], text, kind if isinstance(kind, str) else None


def _contract_lines(clf: Classifier, batch: list[tuple[object, str, str | None]]) -> str:
    preds = clf.predict([t for _, t, _ in batch], [k for _, _, k in batch])
    return "".join(
        json.dumps(
            {
                "id": uid,
                "sentiment": p.sentiment,
                "sentiment_scores": p.sentiment_scores,
                "themes": p.themes,
                "theme_scores": p.theme_scores,
            },
            ensure_ascii=False,
        )
        + "\n"
        for (uid, _, _), p in zip(batch, preds)
    )


_worker_clf: Classifier | None = None


def _worker_init(path: str) -> None:
    global _worker_clf
    _worker_clf = Classifier(path)


def _worker_batch(batch: list[tuple[object, str, str | None]]) -> str:
    assert _worker_clf is not None
    return _contract_lines(_worker_clf, batch)


def classify_stream(
    infile: IO[str],
    outfile: IO[str],
    *,
    model_path: str | os.PathLike | None = None,
    models_dir: str | os.PathLike | None = None,
    on_error: Callable[[str], None] | None = None,
    batch_size: int = 1000,
    workers: int = 1,
) -> int:
    """Classify JSONL lines ``{"id", "text"}`` from ``infile`` and write the contract lines to
    ``outfile`` in input order.  Blank lines are skipped; a bad line is reported through
    ``on_error`` as ``line N: reason`` and skipped.  Returns the number of bad lines.

    The model: ``model_path``, else ``$GPWATCH_MODEL``, else the current model in ``models_dir``
    (``gpwatch classify --db X`` passes X's models folder; default: the default store's);
    :class:`ModelNotFound` when there is none.  ``workers`` > 1 classifies batches in
    that many processes (order is kept).
    """
    clf = Classifier(model_path if model_path is not None else current_model_dir(models_dir=models_dir))
    name = getattr(infile, "name", "<stdin>")
    failed = 0

    def batches():
        nonlocal failed
        batch: list[tuple[object, str, str | None]] = []
        for lineno, line in enumerate(infile, 1):
            if not line.strip():
                continue
            try:
                batch.append(_parse_line(line))
            except ValueError as exc:
                failed += 1
                if on_error:
                    on_error(f"{name}: line {lineno}: {exc}")
                continue
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    if workers > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(workers, _worker_init, (str(clf.path),)) as pool:
            for chunk in pool.imap(_worker_batch, batches()):
                outfile.write(chunk)
    else:
        for batch in batches():
            outfile.write(_contract_lines(clf, batch))
    outfile.flush()
    return failed
