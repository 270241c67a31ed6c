"""The texts ``benchmarks/bench_app.py`` waits for in the browser are the texts the app's pages
show: a page whose words changed would otherwise time out in the benchmark, which then reports a
page that "did not render" (as the health page and the sidebar's document page did for a day).

Each page is opened through Streamlit's AppTest on the small fixture store, at the benchmark's
own route (path and query parameters) or, for the sidebar, in its default view."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest

from benchmarks.bench_app import BROWSER_PAGES, SIDEBAR_PAGES
from nlp import taxonomy
from tests.app_fixture import build_fixture_store
from tests.test_app_pages import open_page


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("benchpages") / "corpus.db"
    return path, build_fixture_store(path)


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def shown_text(at: AppTest) -> str:
    """Every string the main area's elements carry (text, labels, HTML bodies), one a line."""
    out: list[str] = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            out.extend(_strings(MessageToDict(proto)))
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            for child in children.values():
                walk(child)

    walk(at.main)
    return "\n".join(out)


def open_route(db: Path, route: str, monkeypatch) -> AppTest:
    """The app at ``route`` (``/page?param=value``), as a browser opening that URL."""
    parts = urllib.parse.urlsplit(route)
    return open_page(db, parts.path.strip("/") or None, monkeypatch, **dict(urllib.parse.parse_qsl(parts.query)))


def _route(route: str, facts: dict) -> str:
    theme = taxonomy.load().themes[0].name
    return route.format(theme=urllib.parse.quote_plus(theme), article=min(facts["articles"].values()))


@pytest.mark.parametrize("name, route, expect", BROWSER_PAGES, ids=[p[0] for p in BROWSER_PAGES])
def test_each_timed_page_shows_the_text_the_benchmark_waits_for(fixture_db, monkeypatch, name, route, expect):
    db, facts = fixture_db
    at = open_route(db, _route(route, facts), monkeypatch)
    assert expect in shown_text(at)


@pytest.mark.parametrize("name, link, expect", SIDEBAR_PAGES, ids=[p[0] for p in SIDEBAR_PAGES])
def test_each_sidebar_page_shows_the_text_the_benchmark_waits_for_in_its_default_view(
    fixture_db, monkeypatch, name, link, expect
):
    db, _ = fixture_db
    at = open_route(db, "/" if name == "overview" else f"/{name}", monkeypatch)
    assert expect in shown_text(at)


def test_the_page_text_finder_does_not_find_what_a_page_does_not_show(fixture_db, monkeypatch):
    db, _ = fixture_db
    at = open_route(db, "/health", monkeypatch)
    text = shown_text(at)
    assert "Refresh runs" in text
    assert "Coverage: declared against collected comments" not in text
