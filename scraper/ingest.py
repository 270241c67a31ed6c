"""``gpwatch ingest``: store saved pages (plain-text dumps and ``.html`` files).

Files or folders (searched recursively for ``.txt``, ``.html`` and ``.htm``).
Text dumps go through :func:`scraper.textdump.parse_text_dump`, HTML pages
through :func:`scraper.extract.extract_article` (the same extraction the crawler
uses, with the selectors of the source the page's URL belongs to).

Bad input (missing, empty, binary, over :data:`MAX_BYTES`, not UTF-8, not an
article) costs one call of ``on_error("PATH: reason")`` and one row in the
store's ``errors`` table; the rest of the batch goes on.  Each page is stored
in its own transaction (:func:`corpora.store.upsert_article`), so nothing is
half-written.

Identity: a text dump has no URL, so it is filed as ``file:NAME#HASH`` unless
``url`` is given.  A saved HTML page uses its ``rel=canonical`` URL when it has
one.  Supersession: when a page with a real URL is stored, file-identity copies
of the same article (same source, same title) are deleted
(:func:`corpora.store.supersede_file_copies`); a text dump whose article is
already stored under a real URL is skipped and counted as ``superseded``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpora import store
from corpora.backend import Connection, backend_of
from corpora.records import ArticleRecord, content_hash
from scraper.decode import bom_encoding, decode_html
from scraper.errors import ParseError, one_line
from scraper.extract import extract_article
from scraper.sources import SourceConfig, SourceConfigError, load_sources, source_for_url
from scraper.textdump import guess_source, parse_text_dump
from scraper.urls import try_canonical

SUFFIXES = (".txt", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # a saved article page is a few hundred kB at most


class IngestError(ValueError):
    """The request itself is wrong (e.g. ``--url`` with several files): a usage error."""


@dataclass
class IngestReport:
    """What one ``ingest`` run did."""

    stored: int = 0  # pages stored (new + updated + unchanged)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    superseded: int = 0  # dumps skipped because the article is stored under its real URL
    failed: int = 0  # files that could not be ingested
    new_comments: int = 0
    run_id: int | None = None
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal."""
        parts = [f"{self.new} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.superseded:
            parts.append(f"{self.superseded} superseded")
        parts.append(f"{self.failed} failed")
        files = self.stored + self.superseded + self.failed
        return (
            f"ingested {files} file{'s' if files != 1 else ''}: "
            + ", ".join(parts)
            + f"; {self.new_comments} new comment{'s' if self.new_comments != 1 else ''}"
        )

    def counts(self) -> dict[str, int]:
        return {
            k: getattr(self, k)
            for k in ("stored", "new", "updated", "unchanged", "superseded", "failed", "new_comments")
        }


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files to ingest under ``paths`` (sorted, each once) and the paths that are
    unusable, with the reason."""
    files: list[Path] = []
    bad: list[tuple[Path, str]] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if (
                    found.is_file()
                    and found.suffix.lower() in SUFFIXES
                    and not any(part.startswith(".") for part in found.relative_to(path).parts)
                ):
                    add(found)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                add(path)
            else:
                bad.append((path, f"unsupported file type {path.suffix or '(none)'} (expected .txt, .html or .htm)"))
        elif path.exists():
            bad.append((path, "not a regular file"))
        else:
            bad.append((path, "no such file or directory"))
    return files, bad


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The file's text; :class:`ParseError` for a file that is too big (checked before
    reading), empty, binary or not in a readable encoding."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ParseError(f"cannot read ({exc.strerror or exc})") from exc
    if size > max_bytes:
        raise ParseError(f"file too large ({size / 1_048_576:.1f} MB; the limit is {max_bytes / 1_048_576:.0f} MB)")
    if size == 0:
        raise ParseError("empty file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read ({exc.strerror or exc})") from exc
    if b"\x00" in data[:8192] and bom_encoding(data) is None:
        raise ParseError("binary file, not a saved page")
    # the crawler's decoder: BOM, <meta charset> (a saved page has no HTTP header), detection
    return decode_html(data)


def _canonical_link(html: str) -> str | None:
    """The page's ``rel=canonical`` URL, found cheaply (the extractor re-checks it)."""
    for tag in re.findall(r"<link\b[^>]*>", html[:200_000], re.I):
        if re.search(r"""rel\s*=\s*["']?[^"'>]*\bcanonical\b""", tag, re.I):
            m = re.search(r"""href\s*=\s*["']([^"']+)["']""", tag, re.I)
            if m:
                return try_canonical(m.group(1))
    return None


def parse_file(
    path: Path, text: str, *, url: str | None, source: str | None, sources: dict[str, SourceConfig]
) -> ArticleRecord:
    """One saved page as an :class:`ArticleRecord` (``ParseError`` when it is not one)."""
    if path.suffix.lower() == ".txt":
        if source is None and url:
            site = source_for_url(url, sources)
            source = site.name if site is not None else None
        return parse_text_dump(text, name=path.name, url=url, source=source)
    page_url = url or _canonical_link(text)
    site = sources.get(source) if source else None
    if site is None and page_url:
        site = source_for_url(page_url, sources)
    record = extract_article(text, page_url or f"file:{path.name}", site)
    if page_url is None:
        digest = content_hash(record.title, *[p.text for p in record.paragraphs])[:12]
        record.url = f"file:{path.name}#{digest}"
        record.source = source or guess_source(text)
    elif source:
        record.source = source
    record.origin = "file"
    return record


def ingest_paths(
    conn: Connection,
    paths: Iterable[str | Path],
    *,
    url: str | None = None,
    source: str | None = None,
    progress: Callable[..., Iterator[Any]] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest every saved page under ``paths`` into the store; see the module docstring.

    ``url`` (the page's real URL) is only valid with exactly one file.  ``progress``
    is ``console.progress``-like (iterable, total, description); ``on_error`` gets one
    line per failed file.
    """
    paths = [Path(p) for p in paths]
    files, bad = collect_files(paths)
    if url is not None:
        if len(files) + len(bad) != 1 or any(p.is_dir() for p in paths):
            raise IngestError("--url needs exactly one file (it gives that page's real URL)")
        canonical = try_canonical(url)
        if canonical is None:
            raise IngestError(f"--url {url!r} is not an http(s) URL")
        url = canonical
    try:
        sources = load_sources()
    except SourceConfigError:
        sources = {}

    report = IngestReport()
    report.run_id = store.start_run(conn, "ingest", {"paths": [str(p) for p in paths], "url": url, "source": source})

    def fail(path: Path, reason: str) -> None:
        report.failed += 1
        line = one_line(f"{path}: {reason}")  # a file name may hold new lines or terminal escapes
        report.errors.append(line)
        store.record_error(conn, report.run_id, str(path), reason, source)
        if on_error is not None:
            on_error(line)

    status = "failed"
    try:
        for path, reason in bad:
            fail(path, reason)
        iterator = progress(files, total=len(files), description="ingesting") if progress else files
        for path in iterator:
            try:
                record = parse_file(path, read_text(path), url=url, source=source, sources=sources)
            except ParseError as exc:
                fail(path, exc.reason)
                continue
            if record.url.startswith("file:") and store.real_copy_of(conn, record.source, record.title):
                report.superseded += 1
                continue
            try:
                result = store.upsert_article(conn, record)
            except (backend_of(conn).IntegrityError, ValueError) as exc:
                fail(path, f"cannot store ({exc})")
                continue
            report.stored += 1
            setattr(report, result.status, getattr(report, result.status) + 1)
            report.new_comments += result.new_comments
        status = "ok" if not report.failed else "partial" if report.stored or report.superseded else "failed"
    finally:
        store.finish_run(conn, report.run_id, status, report.counts())
    return report
