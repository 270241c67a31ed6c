"""``gpwatch refresh``: the incremental refresh a cron job or systemd timer runs.

For every configured source: discover new articles (feeds, sitemaps, API, archives,
conditionally, so an unchanged listing costs a 304), fetch them with their whole
comment threads, and re-check the comment threads that are due on a decaying schedule
(see :func:`scraper.crawl.next_check_after`); then analyse what is new.

Safe under cron:

* a lock (``fcntl.flock`` on ``<db>.refresh.lock``) so two refreshes never run at once;
  the second prints a message and exits with status :data:`EXIT_LOCKED` (3);
* resumable after being killed at any point: everything lives in the store's frontier,
  validators and thread schedule, written one article at a time;
* a run record in the ``runs`` table (and each failure in ``errors``) and a one-line
  summary on stdout;
* exit status 0 when every source was reached (some pages may have failed: they are in
  the errors table and will be retried), 1 when a source failed entirely, 3 when
  another refresh holds the lock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import fcntl
import logging
import os
import sqlite3
import sys
from pathlib import Path

from corpora import store
from scraper.crawl import CrawlReport, client_config, crawl_source_async, source_matches, stored_site_sources
from scraper.http import HttpConfig, PoliteClient
from scraper.sources import DEFAULT_SOURCES_DIR, SourceConfig, SourceConfigError, load_source
from scraper.urls import host_of

log = logging.getLogger("gpwatch.scraper.refresh")

EXIT_OK, EXIT_SOURCE_FAILED, EXIT_LOCKED = 0, 1, 3


class RefreshLocked(Exception):
    """Another refresh of the same store is running."""


def lock_path(db_path: str | os.PathLike) -> Path:
    db = Path(db_path)
    return db.with_name(db.name + ".refresh.lock")


def acquire_lock(db_path: str | os.PathLike):
    """Take the refresh lock of ``db_path`` (non-blocking); returns the open file that
    holds it (the lock goes when the file is closed or the process dies, even by kill -9)."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RefreshLocked(f"another refresh is running on {db_path} (lock {path})") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def configured_sources(sources_dir: str | os.PathLike | None, names: list[str] | None,
                       conn: sqlite3.Connection | None = None) -> tuple[list[SourceConfig], list[str]]:
    """The sources to refresh and the problems found reading them (one line each).

    Every configured source (the generic WordPress template, whose host is a reserved
    ``.example`` name, only when named) and every site in the store at ``conn`` that was
    crawled by URL; or those named (by name, base URL or host: :func:`source_matches`).
    A bad configuration file is a problem line; the other sources are still refreshed.
    """
    directory = Path(sources_dir) if sources_dir is not None else DEFAULT_SOURCES_DIR
    if not directory.is_dir() and conn is None:
        return [], [f"{directory}: no such folder of source configurations"]
    available: dict[str, SourceConfig] = {}
    problems: list[str] = [] if directory.is_dir() else [f"{directory}: no such folder of source configurations"]
    for path in sorted(directory.glob("*.toml")):
        try:
            config = load_source(path)
        except SourceConfigError as exc:
            problems.append(str(exc))
            continue
        if config.name in available:
            problems.append(f"{path}: source name {config.name!r} is used twice")
            continue
        available[config.name] = config
    configured = dict(available)
    for stored in (stored_site_sources(conn, configured) if conn is not None else []):
        available[stored.name] = stored
    if names:
        picked = {n: next((s for s in available.values() if source_matches(n, s)), None) for n in names}
        problems += [f"unknown source {n!r} (known: {', '.join(sorted(available)) or 'none'})"
                     for n, s in picked.items() if s is None]
        return list({s.name: s for s in picked.values() if s is not None}.values()), problems
    chosen = [s for s in available.values() if not host_of(s.base_url).endswith(".example")]
    if not chosen and not problems:
        problems.append(f"{directory}: no sources configured")
    return chosen, problems


def _analyze(conn: sqlite3.Connection, run_id: int) -> str:
    """Run the language pipeline on what is new; a missing pipeline or model is a log line."""
    try:
        from nlp.analyze import analyze
    except ImportError as exc:
        log.warning("analysis skipped: the language pipeline is not available (%s)", exc)
        return "analysis skipped"
    try:
        report = analyze(conn)
    except (ImportError, OSError) as exc:
        log.warning("analysis skipped: %s", exc)
        return "analysis skipped"
    except Exception as exc:  # noqa: BLE001 - a failed analysis must not lose the collection
        log.error("analysis failed: %s", exc)
        store.record_error(conn, run_id, "analyze", f"{type(exc).__name__}: {exc}")
        return "analysis failed"
    summary = getattr(report, "summary", None)
    return summary() if callable(summary) else "analysed"


async def _refresh_all(conn: sqlite3.Connection, sources: list[SourceConfig], *, run_id: int,
                       http: HttpConfig | None, now: dt.datetime | None) -> list[CrawlReport]:
    reports = []
    for source in sources:
        async with PoliteClient(client_config(source, http)) as client:
            try:
                report = await crawl_source_async(conn, source, client=client, conditional_discovery=True,
                                                  recheck_threads=True, now=now, run_id=run_id)
            except store.StoreError:
                raise
            except Exception as exc:  # noqa: BLE001 - one broken source never stops the others
                log.exception("%s: refresh failed", source.name)
                store.record_error(conn, run_id, source.base_url, f"{type(exc).__name__}: {exc}", source.name)
                report = CrawlReport(source=source.name, source_failed=f"{type(exc).__name__}: {exc}")
        reports.append(report)
        log.info("%s", report.summary())
    return reports


def refresh(db_path: str | os.PathLike, *, sources: list[str] | None = None, analyze: bool = True,
            sources_dir: str | os.PathLike | None = None, http: HttpConfig | None = None,
            now: dt.datetime | None = None) -> int:
    """Refresh every configured source (or ``sources``) into the store at ``db_path``.

    Returns the exit status: 0 ok, 1 a source failed entirely, 3 another refresh holds
    the lock.  ``http`` (retry/backoff settings) and ``now`` (the clock for the thread
    schedule) are for tests.
    """
    try:
        lock = acquire_lock(db_path)
    except RefreshLocked as exc:
        print(f"gpwatch: {exc}; exiting", file=sys.stderr, flush=True)
        return EXIT_LOCKED
    try:
        conn = store.connect(db_path)
        try:
            chosen, problems = configured_sources(sources_dir, sources, conn)
            for problem in problems:
                print(f"gpwatch: {problem}", file=sys.stderr, flush=True)
            if not chosen:
                return EXIT_SOURCE_FAILED
            run_id = store.start_run(conn, "refresh", {"sources": [s.name for s in chosen],
                                                       "analyze": analyze})
            for problem in problems:
                store.record_error(conn, run_id, str(sources_dir or DEFAULT_SOURCES_DIR), problem)
            try:
                reports = asyncio.run(_refresh_all(conn, chosen, run_id=run_id, http=http, now=now))
            except BaseException:
                store.finish_run(conn, run_id, "failed")
                raise
            totals = _totals(reports)
            analysed = ""
            if analyze and (totals["new_articles"] or totals["updated_articles"] or totals["new_comments"]):
                analysed = _analyze(conn, run_id)
            failed = [r for r in reports if r.source_failed]
            failed += [CrawlReport(source="configuration", source_failed=p) for p in problems]
            status = "failed" if failed else "partial" if totals["errors"] else "ok"
            totals["failed_sources"] = [r.source for r in failed]
            store.finish_run(conn, run_id, status, totals)
            line = (f"refresh: {len(reports)} sources, {totals['new_articles']} new articles, "
                    f"{totals['updated_articles']} updated, {totals['new_comments']} new comments, "
                    f"{totals['threads_checked']} threads re-checked, {totals['pages_fetched']} pages fetched, "
                    f"{totals['not_modified']} not modified, {totals['requests']} requests, "
                    f"{totals['errors']} errors")
            paused = sorted({host for r in reports for host in r.paused_hosts})
            if paused:
                line += f"; paused hosts: {', '.join(paused)}"
            if failed:
                line += "; FAILED: " + ", ".join(f"{r.source} ({r.source_failed})" for r in failed)
            if analysed:
                line += f"; {analysed}"
            print(line, flush=True)
            return EXIT_SOURCE_FAILED if failed else EXIT_OK
        finally:
            conn.close()
    finally:
        lock.close()


def _totals(reports: list[CrawlReport]) -> dict:
    keys = ("requests", "pages_fetched", "not_modified", "new_articles", "updated_articles", "new_comments",
            "threads_checked", "discovered", "skipped", "pending", "errors")
    totals = {k: sum(r.counts()[k] for r in reports) for k in keys}
    totals["per_source"] = {r.source: r.counts() for r in reports}
    totals["paused_hosts"] = {r.source: r.paused_hosts for r in reports if r.paused_hosts}
    return totals


__all__ = ["refresh", "acquire_lock", "lock_path", "RefreshLocked", "EXIT_OK", "EXIT_SOURCE_FAILED",
           "EXIT_LOCKED"]
