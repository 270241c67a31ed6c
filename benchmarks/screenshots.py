"""Screenshots of every page of the app in light and dark mode, in Debian's chromium through
Playwright (as tests/test_app_browser.py drives it), for a human to look at:

    .venv/bin/python -m benchmarks.screenshots --db data/demo.db [--out benchmarks/results/screenshots]

Serves the app on a free 127.0.0.1 port, opens each page in a fresh tab once per colour
scheme, waits for the script run to finish, and saves ``NAME-light.png`` / ``NAME-dark.png``.
Each page's visible text is checked for raw values (ISO timestamps, ``None``, Python or JSON
structures, internal keys); what is found is printed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
#: Debian's chromium, headless, with nothing that would reach beyond this machine (shared by the
#: browser test, bench_app and these screenshots)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGES = [
    ("overview", "/", "Overview"),
    ("themes", "/themes?themes=At-scale+models", "Distinctive phrases"),
    ("compare", "/compare?themes=At-scale+models", "Voices, with quoted speakers by kind"),
    ("search", "/search?q=networks+OR+hubs&scope=Quotes", "Quotes and search"),
    ("speakers", "/search?view=Speakers", "people quoted"),
    ("document", "/document?article={article}", "Comments ("),
    ("annotate", "/annotate", "Annotate"),
    ("health", "/health", "Corpus health"),
]
RAW = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\bNone\b|\{'|\{\"|short_threads|pages_fetched|per_source")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "app", "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the app did not start")


def _settle(page, timeout_s: float = 90.0) -> None:
    """Wait until the script run is over and stays over (a page bound to its URL may run
    twice), no element is still a loading skeleton, and charts have had time to draw."""
    deadline = time.monotonic() + timeout_s
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        page.wait_for_timeout(700)
        idle = page.evaluate(
            """() => document.querySelector('[data-testid="stApp"]')
                     ?.getAttribute('data-test-script-state') === 'notRunning'
                     && !document.querySelector('[data-testid="stSkeleton"]')"""
        )
        quiet = quiet + 1 if idle else 0
    page.wait_for_timeout(2500)  # charts and data grids draw after the script run


def shoot(db: Path, out: Path) -> list[str]:
    """Take every screenshot; return the raw values found on the pages."""
    from playwright.sync_api import sync_playwright

    from corpora import queries
    from corpora.store import Store

    with Store(db) as corpus:
        top = queries.most_discussed(corpus.reader, 1)
    article = top[0]["id"] if top else 1
    out.mkdir(parents=True, exist_ok=True)
    proc, url = _serve(db)
    problems: list[str] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            for scheme in ("light", "dark"):
                context = browser.new_context(viewport={"width": 1400, "height": 2400}, color_scheme=scheme)
                for name, path, expect in PAGES:
                    page = context.new_page()
                    page.goto(url + path.format(article=article), wait_until="domcontentloaded")
                    main = page.locator('[data-testid="stMain"]')
                    main.get_by_text(expect, exact=False).first.wait_for(timeout=60_000)
                    _settle(page)
                    page.screenshot(path=str(out / f"{name}-{scheme}.png"), full_page=True)
                    if scheme == "light":
                        for match in RAW.finditer(main.inner_text()):
                            problems.append(f"{name}: {match.group(0)!r}")
                    page.close()
                context.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "demo.db")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "screenshots")
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"gpwatch: {args.db}: no such store (run `make demo` first)", file=sys.stderr)
        return 1
    problems = shoot(args.db, args.out)
    for p in problems:
        print(f"raw value on page {p}")
    print(f"{len(PAGES) * 2} screenshots in {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
