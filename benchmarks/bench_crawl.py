"""Scraper benchmarks: parsing speed, crawl throughput against a rate limit, and what an
incremental refresh costs when nothing changed.

* ``extract_pages_per_s``: article pages read per second by gpwatch's extraction
  (BeautifulSoup with lxml, article and comments), against a bare ``lxml.html`` parse of
  the same pages in the same run (the floor any extraction pays);
* ``bs4_lxml_parse_pages_per_s``: BeautifulSoup's lxml tree builder against its
  ``html.parser`` builder on the same pages;
* ``full_extract_pages_per_s``: full extraction of an article page as the crawler does
  it (``parse_page``: one parse, the article and its comment page), against BeautifulSoup
  lxml tree building alone in the same run (the ceiling: a ratio of 1 would mean
  extraction costs nothing beyond the parse);
* ``crawl_requests_per_s``: a real crawl of the local fixture site (benchmarks/fixture_site.py)
  at a fixed per-host rate limit, against that limit: a ratio near 1 means the crawl is
  bound by politeness, not by our code;
* ``refresh_requests_no_change``: requests made by a refresh when nothing changed, against
  the requests of the first crawl of the same site;
* ``wordpress_*``: a real WordPress (Debian's package, benchmarks/wordpress_site.py) crawled by URL,
  block and classic themes, REST comments open and closed: requests per second against the
  politeness limit, and comments per second (skipped with a note when the packages are absent).

``run(workdir, quick)`` returns the rows; ``benchmarks/run.py`` collects them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _row(metric: str, value: float, unit: str, baseline: str | None, baseline_value: float | None, note: str) -> dict:
    ratio = (value / baseline_value) if baseline_value else None
    return {
        "benchmark": "crawl",
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
        "baseline": baseline,
        "baseline_value": None if baseline_value is None else round(baseline_value, 3),
        "ratio": None if ratio is None else round(ratio, 3),
        "note": note,
    }


def _bigger_site(n_articles: int):
    """The fixture site with ``n_articles`` extra Pulse-style articles, each with a thread."""
    from benchmarks.fixture_site import Article, Comment, FixtureSite

    site = FixtureSite()
    topics = [
        "extended access hubs",
        "network contract funding",
        "salaried GP pay",
        "federation contracts",
        "trust-run practices",
        "locum chambers",
        "virtual wards",
        "additional roles",
    ]
    for i in range(n_articles):
        topic = topics[i % len(topics)]
        site.add_article(
            Article(
                f"bench-{i}",
                f"/pulse/news/bench-story-{i}/",
                f"Story {i}: practices weigh up {topic}",
                f"Partners in area {i} describe the trade-offs of {topic}",
                "Bench Reporter",
                [
                    f"Practices in area {i} have been discussing {topic} at their network meetings this month, "
                    f"with partners divided over the effect on their own lists."
                    for _ in range(1)
                ]
                + [
                    f"Paragraph {k} of story {i} sets out what local GPs said about {topic}, including the "
                    f"workload, the funding and what it meant for continuity of care."
                    for k in range(8)
                ],
                days_ago=2 + i % 20,
                layout="pulse_new",
                comments=[
                    Comment(
                        100000 + i * 100 + k,
                        f"Reader {k}",
                        f"Comment {k} on story {i}: {topic} {'works' if k % 2 else 'does not work'} for our practice.",
                        1 + k * 0.01,
                    )
                    for k in range(4 + i % 5)
                ],
            )
        )
    return site


def _pages(site, n: int) -> list[tuple[str, str]]:
    """Rendered article pages (url, html) straight from the site's router, no HTTP."""
    out = []
    for art in list(site.pulse.values())[:n]:
        status, _ctype, body, _ = site.route(art.path, {})
        if status == 200:
            out.append((site.base + art.path, body if isinstance(body, str) else body.decode()))
    return out


def _rate(func, pages, min_seconds: float) -> float:
    """Pages per second of ``func`` over ``pages``, repeated for at least ``min_seconds``."""
    done, start = 0, time.perf_counter()
    while True:
        for url, html in pages:
            func(url, html)
        done += len(pages)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def _paired_rates(func, baseline, pages, min_seconds: float) -> tuple[float, float]:
    """Pages per second of ``func`` and of ``baseline``, timed in alternating passes over
    ``pages`` (so a busy machine slows both alike and their ratio stays fair)."""
    spent = [0.0, 0.0]
    done = 0
    while spent[0] + spent[1] < min_seconds or not done:
        for k, f in enumerate((func, baseline)):
            start = time.perf_counter()
            for url, html in pages:
                f(url, html)
            spent[k] += time.perf_counter() - start
        done += len(pages)
    return done / spent[0], done / spent[1]


def run(workdir: Path, quick: bool) -> list[dict]:
    import lxml.html
    from bs4 import BeautifulSoup

    from corpora import store
    from scraper.crawl import crawl_source
    from scraper.extract import extract_article, extract_comments, parse_page
    from scraper.http import HttpConfig
    from scraper.refresh import refresh
    from scraper.sources import load_sources

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    n_articles = 12 if quick else 40
    site = _bigger_site(n_articles).start()
    try:
        sources_dir = site.write_sources(workdir / "bench-sources", rate=500.0)
        source = load_sources(sources_dir)["pulsefix"]

        # ---- parsing speed
        pages = _pages(site, n_articles)
        seconds = 1.0 if quick else 3.0
        extract = _rate(lambda u, h: (extract_article(h, u, source), extract_comments(h, u, source)), pages, seconds)
        bare = _rate(lambda u, h: lxml.html.fromstring(h), pages, seconds / 2)
        rows.append(
            _row(
                "extract_pages_per_s",
                extract,
                "pages/s",
                "bare lxml.html parse",
                bare,
                f"{len(pages)} fixture article pages with comments; article + comment extraction",
            )
        )
        bs4_lxml = _rate(lambda u, h: BeautifulSoup(h, "lxml"), pages, seconds / 2)
        bs4_html = _rate(lambda u, h: BeautifulSoup(h, "html.parser"), pages, seconds / 2)
        rows.append(
            _row(
                "bs4_lxml_parse_pages_per_s",
                bs4_lxml,
                "pages/s",
                "bs4 html.parser",
                bs4_html,
                "BeautifulSoup tree building only, same pages",
            )
        )
        full, tree = _paired_rates(
            lambda u, h: parse_page(h, u, source), lambda u, h: BeautifulSoup(h, "lxml"), pages, 2 * seconds
        )
        rows.append(
            _row(
                "full_extract_pages_per_s",
                full,
                "pages/s",
                "bs4 lxml tree building",
                tree,
                f"{len(pages)} fixture article pages; parse_page (one parse: article + comment page), "
                "as the crawler calls it; timed in passes alternating with the baseline",
            )
        )

        # ---- crawl throughput at a fixed rate limit
        limit = 20.0 if quick else 10.0
        site.busy_429_left = site.flaky_500_left = 0  # measure the steady state, not the hostile endpoints
        crawl_db = workdir / "bench-crawl.db"
        for stale in (crawl_db, crawl_db.with_name(crawl_db.name + "-wal"), crawl_db.with_name(crawl_db.name + "-shm")):
            stale.unlink(missing_ok=True)
        conn = store.connect(crawl_db)
        try:
            start = time.perf_counter()
            report = crawl_source(conn, source, http=HttpConfig(rate_override=limit, backoff=0.05))
            elapsed = time.perf_counter() - start
        finally:
            conn.close()
        achieved = report.requests / elapsed if elapsed else 0.0
        rows.append(
            _row(
                "crawl_requests_per_s",
                achieved,
                "requests/s",
                "rate limit",
                limit,
                f"{report.requests} requests, {report.new_articles} articles, {report.new_comments} comments"
                f" in {elapsed:.1f}s at {limit:g} req/s per host, concurrency {source.concurrency}",
            )
        )

        # ---- a refresh when nothing changed
        db = workdir / "bench-refresh.db"
        for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            stale.unlink(missing_ok=True)
        now = dt.datetime.now(dt.timezone.utc)
        fast = HttpConfig(backoff=0.05)
        site.clear_log()
        refresh(db, sources=["wpfix", "pulsefix"], sources_dir=sources_dir, http=fast, now=now)
        first = len(site.requests())
        site.clear_log()
        refresh(db, sources=["wpfix", "pulsefix"], sources_dir=sources_dir, http=fast, now=now)
        second = site.requests()
        not_modified = sum(1 for r in second if r[2] == 304)
        rows.append(
            _row(
                "refresh_requests_no_change",
                float(len(second)),
                "requests",
                "first crawl requests",
                float(first),
                f"{not_modified} of them 304s, the rest robots.txt; {n_articles + 10} articles stored",
            )
        )
    finally:
        site.stop()
    rows += _sample_site_refresh(workdir, quick)
    rows += _wordpress_crawl(workdir, quick)
    return rows


def _wordpress_crawl(workdir: Path, quick: bool) -> list[dict]:
    """A real WordPress (Debian's package on MariaDB, PHP-FPM and nginx: benchmarks/wordpress_site.py)
    crawled by URL with its default block theme and with a classic theme, the REST API open
    (comments from /wp-json/wp/v2/comments) and, for the block theme, with its comments closed
    (every comment page read): requests per second against the politeness limit, with the
    requests, seconds and comments per second of each crawl."""
    from benchmarks.wordpress_site import DEBIAN_CONFIGS, missing_packages, wordpress_servers
    from corpora import store
    from scraper.crawl import crawl
    from scraper.http import HttpConfig

    missing = missing_packages()
    reason = (
        f"Debian's WordPress packages are not installed ({', '.join(missing)}; `make system-deps`)"
        if missing
        else None
        if os.access(DEBIAN_CONFIGS, os.W_OK)
        else f"{DEBIAN_CONFIGS} is not writable (needs root)"
    )
    if reason:
        return [_row("wordpress_crawl_requests_per_s", None, "requests/s", "rate limit", None, f"skipped: {reason}")]
    limit = 20.0 if quick else 10.0
    rows: list[dict] = []
    folder = workdir / "wordpress"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with wordpress_servers(folder) as wp:
        rows.append(
            _row(
                "wordpress_start_s",
                wp.started_seconds,
                "s",
                None,
                None,
                "MariaDB, PHP-FPM and nginx started, two WordPress sites installed and filled",
            )
        )
        runs = [("block", False), ("classic", False), ("block", True)]
        for theme, closed in runs:
            site = wp.sites[theme]
            db = workdir / f"bench-wordpress-{theme}{'-closed' if closed else ''}.db"
            for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                stale.unlink(missing_ok=True)
            conn = store.connect(db)
            try:
                closing = site.rest_comments_closed() if closed else contextlib.nullcontext()
                with closing:
                    start = time.perf_counter()
                    report = crawl(conn, site.base + "/", http=HttpConfig(rate_override=limit, backoff=0.05))
                    elapsed = time.perf_counter() - start
            finally:
                conn.close()
            label = f"wordpress_{theme}{'_html' if closed else ''}"
            how = "comment pages (REST comments closed)" if closed else "REST API comments"
            note = (
                f"{report.requests} requests, {report.new_articles} posts, {report.new_comments} comments in "
                f"{elapsed:.1f}s ({report.new_comments / elapsed:.1f} comments/s) at {limit:g} req/s per host; "
                f"{how}; {len(report.errors)} errors (the broken sitemap)"
            )
            rows.append(
                _row(
                    f"{label}_crawl_requests_per_s", report.requests / elapsed, "requests/s", "rate limit", limit, note
                )
            )
            rows.append(
                _row(f"{label}_crawl_comments_per_s", report.new_comments / elapsed, "comments/s", None, None, note)
            )
    return rows


def _sample_site_refresh(workdir: Path, quick: bool) -> list[dict]:
    """Requests and seconds of a first crawl and of a no-change refresh of the demo's
    sample site (corpora/sample_site) on 127.0.0.1; the refresh must cost only robots.txt,
    feeds, sitemaps and 304s."""
    from benchmarks.reliability_helpers import write_sample_source
    from corpora.sample_site.server import serve_sample_site
    from scraper.http import HttpConfig
    from scraper.refresh import refresh

    server, base = serve_sample_site(port=0)
    try:
        sources = write_sample_source(workdir / "bench-sample-sources", base, rate=500.0)
        db = workdir / "bench-sample-refresh.db"
        for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            stale.unlink(missing_ok=True)
        now = dt.datetime.now(dt.timezone.utc)
        fast = HttpConfig(backoff=0.05)
        timings = []
        for _ in range(2):
            server.requests.clear()
            start = time.perf_counter()
            refresh(db, sources=["sample"], sources_dir=sources, http=fast, now=now)
            timings.append((time.perf_counter() - start, list(server.requests)))
    finally:
        server.shutdown()
        server.server_close()
    (first_s, first), (second_s, second) = timings
    cheap = [r for r in second if r[2] == 304 or r[1].startswith(("/robots.txt", "/feed", "/sitemap", "/wp-sitemap"))]
    note = (
        f"sample site, {sum(1 for r in first if r[2] == 200)} pages fetched by the first crawl; "
        f"no-change refresh: {sum(1 for r in second if r[2] == 304)} 304s, "
        f"{len(second) - len(cheap)} requests other than robots.txt, feeds, sitemaps and 304s"
    )
    return [
        _row(
            "sample_refresh_requests_no_change",
            float(len(second)),
            "requests",
            "first crawl requests",
            float(len(first)),
            note,
        ),
        _row(
            "sample_refresh_seconds_no_change",
            second_s,
            "s",
            "first crawl seconds",
            first_s,
            note + "; rate limit 500 req/s",
        ),
        _row(
            "sample_refresh_other_requests_no_change",
            float(len(second) - len(cheap)),
            "requests",
            None,
            None,
            "must be 0: a no-change refresh costs only feeds, sitemaps and 304s",
        ),
    ]


if __name__ == "__main__":
    import json

    quick = "--quick" in sys.argv
    for row in run(ROOT / "benchmarks" / "work", quick):
        print(json.dumps(row))
