"""The install-time model cache: keyed by what training reads, used by the demo only for a
store without labels of its own."""

from __future__ import annotations

import shutil

import pytest

from app import demo
from corpora import analysis_store, resources, store
from nlp import model_cache
from nlp.classify import CURRENT_FILE


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(model_cache.ENV_CACHE, str(tmp_path / "cache"))
    return tmp_path / "cache"


def fake_version(tmp_path, name="v-test"):
    folder = tmp_path / "trained" / name
    folder.mkdir(parents=True)
    (folder / "model.joblib").write_bytes(b"weights")
    return folder


def test_key_changes_with_the_labelled_data(tmp_path, monkeypatch):
    before = model_cache.data_key()
    assert model_cache.data_key() == before  # stable
    labelled = tmp_path / "labelled"
    shutil.copytree(resources.LABELLED_DIR, labelled)
    monkeypatch.setattr(resources, "LABELLED_DIR", labelled)
    assert model_cache.data_key() == before  # same bytes, same key
    with (labelled / "comments_01.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "x1", "text": "One more unit.", "register": "comment", "sentiment": "neutral"}\n')
    assert model_cache.data_key() != before


def test_put_then_install_makes_the_copy_current(tmp_path, cache):
    assert model_cache.cached("k1") is None
    hit = model_cache.put(fake_version(tmp_path), "k1")
    assert model_cache.cached("k1") == hit and hit.parent == cache
    models = tmp_path / "models"
    installed = model_cache.install(hit, models)
    assert installed == models / "v-test" and (installed / "model.joblib").read_bytes() == b"weights"
    assert (models / CURRENT_FILE).read_text().strip() == "v-test"


def test_demo_uses_the_cache_only_for_a_store_without_labels(tmp_path, cache):
    db = tmp_path / "demo.db"
    conn = store.connect(db)
    assert demo.cached_model(conn) is None  # nothing cached yet: the demo would train
    hit = model_cache.put(fake_version(tmp_path), model_cache.data_key())
    assert demo.cached_model(conn) == hit
    message = demo.train_if_needed(conn, db)
    assert "install-time cache" in message
    assert (store.Store.of(conn).models_dir / CURRENT_FILE).read_text().strip() == "v-test"

    other = store.connect(tmp_path / "labelled.db")
    analysis_store.add_label(other, "Partners are handing back contracts.", sentiment="negative", themes=[])
    assert demo.cached_model(other) is None  # its own labels shape its model: train, never copy
