"""The Streamlit app driven as a user would, for the tests of its pages (``AppTest``)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app" / "streamlit_app.py")


def search_page(db: Path, monkeypatch, **params: str) -> AppTest:
    """The app's search page on the store ``db``, opened with the query parameters ``params``."""
    monkeypatch.setenv("GPWATCH_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("pages/search.py")
    at.query_params = dict(params)
    at.run()
    return at
