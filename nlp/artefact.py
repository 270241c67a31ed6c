"""The saved form of a trained model: plain arrays and JSON, no pickled classes.

A model folder holds ``model.json`` (the format tag, the model's scalars and, for every feature
transformer, the string name of its factory, its parameters and its fitted state) and
``arrays.npz`` (the weight matrices and the TF-IDF weights, loaded with ``allow_pickle=False``).
Nothing in the files names a Python class or module: a transformer is saved under a stable name
registered here (``"gpwatch.normaliser"``, ``"sklearn.tfidf"``...), as spaCy registers its
factories, and rebuilt by the function registered under that name.  Renaming or moving a class
therefore breaks no trained model; changing what a factory means needs a new name (or a new
format tag) instead.

Models written before this format (a pickle of ``nlp.classify.Model`` in ``model.joblib``) are
refused with one line saying that a retrain is needed: unpickling them would import whatever
classes the pickle names.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FORMAT = "gpwatch-model/2"
MODEL_JSON = "model.json"
ARRAYS_FILE = "arrays.npz"
LEGACY_FILE = "model.joblib"


class ArtefactError(ValueError):
    """A model folder that cannot be read; the message is one line naming the file."""


@dataclass(frozen=True)
class Factory:
    """How one kind of fitted transformer is saved and rebuilt.  ``save(obj, arrays, key)``
    returns ``(params, state)`` (JSON-able; large arrays go into ``arrays`` under keys starting
    with ``key``); ``load(params, state, arrays, key)`` returns the fitted transformer."""

    kind: type
    save: Callable
    load: Callable


FACTORIES: dict[str, Factory] = {}
ANALYZERS: dict[str, Callable] = {}


def register(name: str, kind: type, save: Callable, load: Callable) -> None:
    FACTORIES[name] = Factory(kind, save, load)


def register_analyzer(name: str, fn: Callable) -> None:
    """A callable TF-IDF analyzer, saved by this name."""
    ANALYZERS[name] = fn


def _factory_name(obj) -> str:
    for name, fac in FACTORIES.items():
        if type(obj) is fac.kind:
            return name
    raise ArtefactError(f"no saved form registered for {type(obj).__name__}")


# --------------------------------------------------------------------------- the factories


def _register_builtin() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from nlp import features as F

    register_analyzer("gpwatch.plain_ngrams", F.plain_ngrams)
    register_analyzer("gpwatch.negated_words", F.negated_words)
    register_analyzer("gpwatch.word_prefixes", F.word_prefixes)
    register_analyzer("gpwatch.raw_char_ngrams", F.raw_char_ngrams)

    register(
        "gpwatch.normaliser",
        F.Normaliser,
        lambda o, arrays, key: ({"negation": bool(o.negation), "cues": bool(o.cues)}, {"lemmas": dict(o.lemmas or {})}),
        lambda p, s, arrays, key: F.Normaliser(lemmas=s["lemmas"] or None, **p),
    )
    register(
        "gpwatch.lexicon",
        F.LexiconFeatures,
        lambda o, arrays, key: ({"scale": float(o.scale), "length": bool(o.length)}, {}),
        lambda p, s, arrays, key: F.LexiconFeatures(**p),
    )

    def save_general(o, arrays, key):
        return {"scale": float(o.scale)}, {"valences": o.valence_}

    def load_general(p, s, arrays, key):
        obj = F.GeneralLexicon(valences=s["valences"], **p)
        obj.valence_ = dict(s["valences"])
        return obj

    register("gpwatch.general_lexicon", F.GeneralLexicon, save_general, load_general)

    def load_clauses(p, s, arrays, key):
        obj = F.ClauseLexicon(valences=s["valences"], **p)
        obj.valence_ = dict(s["valences"])
        return obj

    register("gpwatch.clause_lexicon", F.ClauseLexicon, save_general, load_clauses)
    register(
        "gpwatch.patterns",
        F.PatternHits,
        lambda o, arrays, key: ({"patterns": o.patterns, "lemmas": o.lemmas, "scale": float(o.scale)}, {}),
        lambda p, s, arrays, key: F.PatternHits(**p).fit([]),
    )

    def save_tfidf(o, arrays, key):
        analyzer = o.analyzer
        if callable(analyzer):
            names = [n for n, fn in ANALYZERS.items() if fn is analyzer]
            if not names:
                raise ArtefactError(f"analyzer {getattr(analyzer, '__name__', analyzer)!r} is not registered")
            analyzer = {"registered": names[0]}
        params = {
            "analyzer": analyzer,
            "token_pattern": o.token_pattern,
            "lowercase": bool(o.lowercase),
            "ngram_range": list(o.ngram_range),
            "sublinear_tf": bool(o.sublinear_tf),
            "norm": o.norm,
            "use_idf": bool(o.use_idf),
            "smooth_idf": bool(o.smooth_idf),
            "dtype": np.dtype(o.dtype).name,
        }
        vocab = sorted(o.vocabulary_, key=o.vocabulary_.get)
        arrays[f"{key}.idf"] = np.asarray(o.idf_, dtype=np.float64)
        return params, {"vocabulary": vocab}

    def load_tfidf(p, s, arrays, key):
        p = dict(p)
        if isinstance(p["analyzer"], dict):
            name = p["analyzer"]["registered"]
            if name not in ANALYZERS:
                raise ArtefactError(f"analyzer {name!r} is not registered in this version of gpwatch")
            p["analyzer"] = ANALYZERS[name]
        p["ngram_range"] = tuple(p["ngram_range"])
        p["dtype"] = np.dtype(p["dtype"]).type
        vec = TfidfVectorizer(**p)
        vec.vocabulary_ = {term: i for i, term in enumerate(s["vocabulary"])}
        vec.fixed_vocabulary_ = False
        vec.idf_ = arrays[f"{key}.idf"]
        return vec

    register("sklearn.tfidf", TfidfVectorizer, save_tfidf, load_tfidf)


def _ensure_registered() -> None:
    if not FACTORIES:
        _register_builtin()


# --------------------------------------------------------------------------- features


def save_features(pipeline, arrays: dict) -> dict:
    """The spec of a fitted ``Pipeline([("normalise", ...), ("union", FeatureUnion)])``."""
    _ensure_registered()
    norm = pipeline.named_steps["normalise"]
    spec = {"normalise": _save_one(norm, arrays, "normalise")}
    blocks = []
    for i, (name, obj) in enumerate(pipeline.named_steps["union"].transformer_list):
        blocks.append({"name": name, **_save_one(obj, arrays, f"block{i}")})
    spec["blocks"] = blocks
    return spec


def _save_one(obj, arrays: dict, key: str) -> dict:
    name = _factory_name(obj)
    params, state = FACTORIES[name].save(obj, arrays, key)
    return {"factory": name, "params": params, "state": state}


def _load_one(entry: dict, arrays, key: str):
    name = entry.get("factory")
    if name not in FACTORIES:
        raise ArtefactError(f"feature factory {name!r} is not registered in this version of gpwatch")
    return FACTORIES[name].load(entry.get("params") or {}, entry.get("state") or {}, arrays, key)


def load_features(spec: dict, arrays):
    from sklearn.pipeline import FeatureUnion, Pipeline

    _ensure_registered()
    norm = _load_one(spec["normalise"], arrays, "normalise")
    blocks = [(b["name"], _load_one(b, arrays, f"block{i}")) for i, b in enumerate(spec["blocks"])]
    return Pipeline([("normalise", norm), ("union", FeatureUnion(blocks))])


# --------------------------------------------------------------------------- whole models


def save_model(model, folder: str | os.PathLike) -> None:
    """Write ``model.json`` and ``arrays.npz`` for a :class:`nlp.classify.Model` into ``folder``."""
    folder = Path(folder)
    arrays: dict[str, np.ndarray] = {}
    spec = {
        "format": FORMAT,
        "version": model.version,
        "features": save_features(model.features, arrays),
        "sentiment": {
            "labels": list(model.sentiment_labels),
            "dims": model.sentiment_dims,
            "fitted": model.sentiment_coef is not None,
            "comment_column": bool(model.comment_column),
        },
        "themes": {
            "ids": list(model.theme_ids),
            "thresholds": [float(t) for t in model.thresholds],
            "binary_view": model.theme_coef_bin is not None,
            "skip": list(model.theme_skip) if model.theme_skip else None,
        },
        "info": model.info,
    }
    if model.sentiment_coef is not None:
        arrays["sentiment.coef"] = np.asarray(model.sentiment_coef, dtype=np.float64)
        arrays["sentiment.intercept"] = np.asarray(model.sentiment_intercept, dtype=np.float64)
    arrays["themes.coef"] = np.asarray(model.theme_coef, dtype=np.float32)
    arrays["themes.intercept"] = np.asarray(model.theme_intercept, dtype=np.float64)
    if model.theme_coef_bin is not None:
        arrays["themes.coef_bin"] = np.asarray(model.theme_coef_bin, dtype=np.float32)
        arrays["themes.intercept_bin"] = np.asarray(model.theme_intercept_bin, dtype=np.float64)
    with open(folder / ARRAYS_FILE, "wb") as fh:
        np.savez_compressed(fh, **arrays)
    (folder / MODEL_JSON).write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")


def load_model(folder: str | os.PathLike):
    """Read a model folder written by :func:`save_model`; :class:`ArtefactError` (one line)
    for a folder in the old pickle format, another format or a damaged file."""
    from nlp.classify import Model

    folder = Path(folder)
    path = folder / MODEL_JSON
    if not path.exists():
        if (folder / LEGACY_FILE).exists():
            raise ArtefactError(
                f"{folder / LEGACY_FILE}: a model saved by an older gpwatch (a pickle, no longer "
                "read); retrain it with `gpwatch train`"
            )
        raise FileNotFoundError(path)
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ArtefactError(f"{path}: not a readable model ({exc})") from None
    if not isinstance(spec, dict) or spec.get("format") != FORMAT:
        got = spec.get("format") if isinstance(spec, dict) else None
        raise ArtefactError(
            f"{path}: model format {got!r}, this gpwatch reads {FORMAT!r}; retrain it with `gpwatch train`"
        )
    try:
        with np.load(folder / ARRAYS_FILE, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        features = load_features(spec["features"], arrays)
        sent, themes = spec["sentiment"], spec["themes"]
        return Model(
            version=spec["version"],
            features=features,
            sentiment_labels=list(sent["labels"]),
            sentiment_coef=arrays.get("sentiment.coef"),
            sentiment_intercept=arrays.get("sentiment.intercept"),
            theme_ids=list(themes["ids"]),
            theme_coef=arrays["themes.coef"],
            theme_intercept=arrays["themes.intercept"],
            thresholds=list(themes["thresholds"]),
            info=spec.get("info") or {},
            theme_coef_bin=arrays.get("themes.coef_bin"),
            theme_intercept_bin=arrays.get("themes.intercept_bin"),
            sentiment_dims=sent.get("dims"),
            comment_column=bool(sent.get("comment_column")),
            theme_skip=tuple(themes["skip"]) if themes.get("skip") else None,
        )
    except ArtefactError:
        raise
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ArtefactError(f"{folder}: damaged model files ({type(exc).__name__}: {exc})") from None
