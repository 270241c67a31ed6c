"""The storage backends the store tests run against (the test matrix).

``$GPWATCH_TEST_BACKENDS`` names them, comma-separated (default ``sqlite``).  A file backend
(one whose ``schemes`` include "", as SQLite's) gets a fresh file under the test's
``tmp_path``; a server backend ``NAME`` gets the database named by ``$GPWATCH_TEST_NAME_URL``
(e.g. ``GPWATCH_TEST_POSTGRESQL_URL=postgresql://gpwatch@localhost/gpwatch_test``), emptied
with the backend's ``destroy`` before and after each test, so give it a scratch database.

Test modules import the fixtures they use from here (``store_location``, ``contract_store``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpora.backend import Backend, get_backend
from corpora.store import Store

ENV_BACKENDS = "GPWATCH_TEST_BACKENDS"


def backend_names() -> list[str]:
    return [n.strip() for n in os.environ.get(ENV_BACKENDS, "sqlite").split(",") if n.strip()]


def scratch_location(backend: Backend, tmp_path: Path) -> str | Path:
    """An empty store location for one test."""
    if "" in backend.schemes:
        return tmp_path / "store.db"
    var = f"GPWATCH_TEST_{backend.name.upper()}_URL"
    url = os.environ.get(var)
    if not url:
        pytest.fail(f"{ENV_BACKENDS} names {backend.name!r}: set ${var} to a scratch database the tests may empty")
    return url


@pytest.fixture(params=backend_names())
def store_location(request, tmp_path):
    """(backend, location) of an empty store, once per backend of the matrix."""
    backend = get_backend(request.param)
    location = scratch_location(backend, tmp_path)
    backend.destroy(backend.parse(location))
    yield backend, location
    backend.destroy(backend.parse(location))


@pytest.fixture
def contract_store(store_location):
    """A :class:`Store` at an empty location of each backend, closed afterwards."""
    backend, location = store_location
    st = Store(location, backend=backend)
    yield st
    st.close()
