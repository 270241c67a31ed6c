"""Charsets as browsers decide them (BOM, HTTP header, <meta charset>, detection), each case
fetched from a real local server, and the same bytes saved and ingested read the same:
the crawler and ``gpwatch ingest`` share one decoder (scraper/decode.py)."""

from __future__ import annotations

import asyncio
import codecs

import pytest

from corpora import store
from scraper.decode import decode_document
from scraper.extract import extract_article
from scraper.http import HttpConfig, PoliteClient
from scraper.ingest import ingest_paths, read_text
from tests.route_server import RouteServer

TITLE = "Café owners and GPs share a £2m building in Señor Street"
BODY = (
    "Partners say the shared building – with its café, pharmacy and “one front door” – has cut "
    "costs by £40,000 a year, although the rent review in 2027 worries them."
)


def page(meta: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{TITLE}</title></head><body><article>"
        f"<h1 class='entry-title'>{TITLE}</h1><div class='entry-content'><p>{BODY}</p><p>{BODY}</p></div>"
        "</article></body></html>"
    )


CASES = {
    # Latin-1 with only a <meta charset>: stored with replacement characters before
    "meta-latin1": ("text/html", page('<meta charset="iso-8859-1">').encode("cp1252"), "meta"),
    "meta-http-equiv": (
        "text/html",
        page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode("cp1252"),
        "meta",
    ),
    # UTF-16 with a BOM and no charset anywhere: lost its title before
    "bom-utf16le": ("text/html", codecs.BOM_UTF16_LE + page().encode("utf-16-le"), "bom"),
    "bom-utf16be": ("text/html", codecs.BOM_UTF16_BE + page().encode("utf-16-be"), "bom"),
    # the header outranks the page's own <meta>
    "header-over-meta": ("text/html; charset=windows-1252", page('<meta charset="utf-8">').encode("cp1252"), "http"),
    # a BOM outranks the header (as in every browser)
    "bom-over-header": ("text/html; charset=iso-8859-1", codecs.BOM_UTF8 + page().encode("utf-8"), "bom"),
    # nothing declared: detection
    "undeclared-utf8": ("text/html", page().encode("utf-8"), "utf-8"),
    "undeclared-cp1252": ("text/html", page().encode("cp1252"), "detected"),
}


def fetch(url: str):
    async def main():
        async with PoliteClient(HttpConfig(rate=500.0, backoff=0.01, retries=0)) as client:
            return await client.fetch(url, allowed_hosts=["127.0.0.1"])

    return asyncio.run(main())


@pytest.fixture(scope="module")
def server():
    routes = {"/robots.txt": (404, {}, b"")}
    for name, (ctype, body, _) in CASES.items():
        routes[f"/{name}/"] = (200, {"Content-Type": ctype}, body)
    with RouteServer(routes) as srv:
        yield srv


@pytest.mark.parametrize("name", list(CASES))
def test_fetched_page_decoded_as_a_browser_would(server, name, tmp_path):
    ctype, body, how = CASES[name]
    result = fetch(server.url(f"/{name}/"))
    assert decode_document(result.content, result.content_type).how == how
    record = extract_article(result.text, result.final_url)
    assert record.title == TITLE
    assert record.paragraphs[0].text == BODY
    assert "\ufffd" not in result.text
    # the same bytes saved to a file are read the same by ingest (no HTTP header there:
    # the header case falls to its <meta>, which is what a saved copy says)
    saved = tmp_path / f"{name}.html"
    saved.write_bytes(body)
    if how != "http":
        assert read_text(saved) == result.text


def test_ingest_stores_a_latin1_page_intact(tmp_path):
    saved = tmp_path / "latin1.html"
    saved.write_bytes(CASES["meta-latin1"][1])
    conn = store.connect(tmp_path / "c.db")
    report = ingest_paths(conn, [saved])
    assert report.new == 1
    assert conn.execute("SELECT title FROM articles").fetchone()[0] == TITLE


def test_invalid_bytes_in_the_declared_charset_become_replacement_characters():
    decoded = decode_document(b"<meta charset='utf-8'><p>caf\xe9 au lait</p>" + b"x" * 50, "text/html; charset=utf-8")
    assert decoded.how == "http" and "caf\ufffd au lait" in decoded.text


def test_unknown_label_is_ignored():
    decoded = decode_document("<meta charset='klingon'><p>café</p>".encode(), "text/html; charset=bogus")
    assert decoded.how == "utf-8" and "café" in decoded.text
