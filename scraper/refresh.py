"""The incremental refresh a cron job or systemd timer runs (``gpwatch refresh``).

For every configured source: discover new articles (feeds, sitemaps, API, archives,
conditionally, so an unchanged listing costs a 304), fetch them with their whole
comment threads, and re-check the comment threads that are due on a decaying schedule
(see :func:`scraper.crawl.next_check_after`); then hand the store to the ``analyse``
step the caller gives (the command line passes :func:`nlp.analyze.analyze`), which
analyses everything not yet analysed, not only what this run found.

:func:`refresh` returns a :class:`RefreshReport`; the command line (``app/cli.py``)
prints it and turns it into an exit status.  Safe under cron:

* a lock (``fcntl.flock`` on ``<real path of the db>.refresh.lock``, the symlinks in the
  store's path resolved, so one store reached by two paths is still one lock) so two
  refreshes never run at once; the second raises :class:`RefreshLocked`;
* a budget for the whole run (:data:`DEFAULT_BUDGET` seconds): each source gets a fair
  share of what is left when its turn comes, so a source that drips bytes or stalls is
  cut off at its share, the other sources are still served, and the run always ends,
  records its outcome and releases the lock (every request also has its own
  whole-response deadline, see :mod:`scraper.http`);
* resumable after being killed at any point: everything lives in the store's frontier,
  validators and thread schedule, written one article at a time; a run left ``running``
  by a killed process is closed as ``interrupted`` when the next one starts
  (:func:`corpora.store.start_run`);
* a run record in the ``runs`` table and each failure in ``errors``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import fcntl
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpora import store
from corpora.backend import Connection
from scraper.crawl import CrawlReport, client_config, crawl_source_async, source_matches, stored_site_sources
from scraper.http import HttpConfig, PoliteClient
from scraper.sources import DEFAULT_SOURCES_DIR, SourceConfig, SourceConfigError, load_source
from scraper.urls import host_of

log = logging.getLogger("gpwatch.scraper.refresh")

#: Seconds a whole refresh may spend crawling (analysis of what it stored comes after).
DEFAULT_BUDGET = 3600.0

#: ``analyse(conn, run_id) -> one-line summary``: the analysis step, given by the caller.
Analyse = Callable[[Connection, int], str]


class RefreshLocked(Exception):
    """Another refresh of the same store is running."""


def lock_path(db_path: str | os.PathLike) -> Path:
    """The lock file of the store at ``db_path``: beside the store's real file, so the
    same store reached through a symlink (or a relative path) shares one lock."""
    db = Path(db_path).expanduser().resolve()
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


def configured_sources(
    sources_dir: str | os.PathLike | None, names: list[str] | None, conn: Connection | None = None
) -> tuple[list[SourceConfig], list[str]]:
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
    for stored in stored_site_sources(conn, configured) if conn is not None else []:
        available[stored.name] = stored
    if names:
        picked = {n: next((s for s in available.values() if source_matches(n, s)), None) for n in names}
        problems += [
            f"unknown source {n!r} (known: {', '.join(sorted(available)) or 'none'})"
            for n, s in picked.items()
            if s is None
        ]
        return list({s.name: s for s in picked.values() if s is not None}.values()), problems
    chosen = [s for s in available.values() if not host_of(s.base_url).endswith(".example")]
    if not chosen and not problems:
        problems.append(f"{directory}: no sources configured")
    return chosen, problems


# --------------------------------------------------------------------------- the report


@dataclass
class RefreshReport:
    """What one refresh did; :meth:`summary` is the one line the command prints."""

    run_id: int | None = None
    status: str = "failed"  # ok | partial | failed (the run record's status)
    sources: list[CrawlReport] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # configuration problems, one line each
    totals: dict = field(default_factory=dict)
    analysis: str = ""  # the analysis step's summary ("" when not asked for)
    budget: float = DEFAULT_BUDGET
    over_budget: list[str] = field(default_factory=list)  # sources cut off at their share of the budget
    seconds: float = 0.0

    @property
    def failed_sources(self) -> list[CrawlReport]:
        return [r for r in self.sources if r.source_failed] + [
            CrawlReport(source="configuration", source_failed=p) for p in self.problems
        ]

    @property
    def failed(self) -> bool:
        """A source failed entirely (or none could be refreshed)."""
        return bool(self.failed_sources) or not self.sources

    def summary(self) -> str:
        t = self.totals or _totals(self.sources)
        line = (
            f"refresh: {len(self.sources)} sources, {t['new_articles']} new articles, "
            f"{t['updated_articles']} updated, {t['new_comments']} new comments, "
            f"{t['threads_checked']} threads re-checked, {t['pages_fetched']} pages fetched, "
            f"{t['not_modified']} not modified, {t['requests']} requests, {t['errors']} errors"
        )
        paused = sorted({host for r in self.sources for host in r.paused_hosts})
        if paused:
            line += f"; paused hosts: {', '.join(paused)}"
        failed = self.failed_sources
        if failed:
            line += "; FAILED: " + ", ".join(f"{r.source} ({r.source_failed})" for r in failed)
        if self.analysis:
            line += f"; {self.analysis}"
        return line


# --------------------------------------------------------------------------- the run


def _analyse(conn: Connection, run_id: int, analyse: Analyse) -> str:
    """Run the caller's analysis step; a failure is recorded, never loses the collection."""
    try:
        return analyse(conn, run_id)
    except store.StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - a failed analysis must not lose the collection
        log.error("analysis failed: %s", exc)
        store.record_error(conn, run_id, "analyze", f"{type(exc).__name__}: {exc}")
        return "analysis failed"


async def _refresh_all(
    conn: Connection,
    sources: list[SourceConfig],
    *,
    run_id: int,
    http: HttpConfig | None,
    now: dt.datetime | None,
    budget: float,
    report: RefreshReport,
) -> None:
    """Each source in turn, each within a fair share of the budget left."""
    deadline = time.monotonic() + budget
    for i, source in enumerate(sources):
        share = max(0.0, (deadline - time.monotonic()) / (len(sources) - i))
        limit = asyncio.timeout(share)
        try:
            async with PoliteClient(client_config(source, http)) as client:
                async with limit:
                    crawled = await crawl_source_async(
                        conn,
                        source,
                        client=client,
                        conditional_discovery=True,
                        recheck_threads=True,
                        now=now,
                        run_id=run_id,
                    )
        except TimeoutError as exc:
            if not limit.expired():  # a timeout of its own, not the budget's
                log.error("%s: refresh failed (%s)", source.name, exc)
                store.record_error(conn, run_id, source.base_url, f"{type(exc).__name__}: {exc}", source.name)
                crawled = CrawlReport(source=source.name, source_failed=f"{type(exc).__name__}: {exc}")
                report.sources.append(crawled)
                continue
            why = f"stopped at its {share:.0f}s share of the {budget:.0f}s run budget; resumes next run"
            log.warning("%s: %s", source.name, why)
            store.record_error(conn, run_id, source.base_url, why, source.name)
            crawled = CrawlReport(source=source.name, source_failed=why)
            report.over_budget.append(source.name)
        except store.StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - one broken source never stops the others
            log.exception("%s: refresh failed", source.name)
            store.record_error(conn, run_id, source.base_url, f"{type(exc).__name__}: {exc}", source.name)
            crawled = CrawlReport(source=source.name, source_failed=f"{type(exc).__name__}: {exc}")
        report.sources.append(crawled)
        log.info("%s", crawled.summary())


def refresh(
    db_path: str | os.PathLike,
    *,
    sources: list[str] | None = None,
    analyse: Analyse | None = None,
    sources_dir: str | os.PathLike | None = None,
    http: HttpConfig | None = None,
    now: dt.datetime | None = None,
    budget: float = DEFAULT_BUDGET,
) -> RefreshReport:
    """Refresh every configured source (or ``sources``) into the store at ``db_path``.

    Raises :class:`RefreshLocked` when another refresh of the same store holds the lock.
    ``analyse`` is the analysis step run after the crawl (none: collection only);
    ``budget`` the seconds the crawl may take in all.  ``http`` (retry/backoff settings)
    and ``now`` (the clock for the thread schedule) are for tests.
    """
    started = time.monotonic()
    lock = acquire_lock(db_path)
    report = RefreshReport(budget=budget)
    try:
        conn = store.connect(db_path)
        try:
            # the store's sites crawled by URL are sources too; start_run first closes the
            # runs of any kind a killed process left 'running'
            chosen, report.problems = configured_sources(sources_dir, sources, conn)
            if not chosen:
                return report
            report.run_id = run_id = store.start_run(
                conn, "refresh", {"sources": [s.name for s in chosen], "analyze": analyse is not None, "budget": budget}
            )
            for problem in report.problems:
                store.record_error(conn, run_id, str(sources_dir or DEFAULT_SOURCES_DIR), problem)
            try:
                asyncio.run(_refresh_all(conn, chosen, run_id=run_id, http=http, now=now, budget=budget, report=report))
                if analyse is not None:
                    # everything not yet analysed, whoever stored it (a killed run's articles too)
                    report.analysis = _analyse(conn, run_id, analyse)
            except BaseException:
                store.finish_run(conn, run_id, "failed", _totals(report.sources))
                raise
            report.totals = _totals(report.sources)
            failed = report.failed_sources
            report.status = "failed" if failed else "partial" if report.totals["errors"] else "ok"
            report.totals["failed_sources"] = [r.source for r in failed]
            if report.over_budget:
                report.totals["over_budget"] = report.over_budget
            store.finish_run(conn, run_id, report.status, report.totals)
            return report
        finally:
            conn.close()
    finally:
        lock.close()
        report.seconds = time.monotonic() - started


def _totals(reports: list[CrawlReport]) -> dict:
    keys = (
        "requests",
        "pages_fetched",
        "not_modified",
        "new_articles",
        "updated_articles",
        "new_comments",
        "threads_checked",
        "discovered",
        "skipped",
        "pending",
        "errors",
    )
    totals = {k: sum(r.counts()[k] for r in reports) for k in keys}
    totals["per_source"] = {r.source: r.counts() for r in reports}
    totals["paused_hosts"] = {r.source: r.paused_hosts for r in reports if r.paused_hosts}
    return totals


__all__ = ["refresh", "RefreshReport", "acquire_lock", "lock_path", "RefreshLocked", "DEFAULT_BUDGET"]
