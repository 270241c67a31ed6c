"""The real app (`gpwatch app`) in headless Debian chromium through Playwright: every page
loads without an exception box, hostile comment text stays inert, screenshots are saved
to screenshots/ for a human to look at."""

from __future__ import annotations

import csv
import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from benchmarks.screenshots import CHROMIUM, CHROMIUM_ARGS  # one set of browser flags
from tests.app_fixture import build_fixture_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "screenshots"

# (screenshot name, path and query, a heading the page must show)
PAGES = [
    ("overview", "/", "Overview"),
    ("themes", "/themes?themes=At-scale+models", "Distinctive phrases"),
    ("compare", "/compare?themes=At-scale+models", "Voices, with quoted speakers by kind"),
    ("search", "/search?q=staff+OR+hub*", "Quotes and search"),
    ("speakers", "/search?view=Speakers", "people quoted"),
    ("document", "/document?article=1", "Comments (4 collected of 4 declared)"),
    ("annotate", "/annotate", "Annotate"),
    ("health", "/health", "Corpus health"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (apt-get install chromium)")
    db = tmp_path_factory.mktemp("browser") / "corpus.db"
    build_fixture_store(db)
    port = _free_port()
    gpwatch = Path(sys.executable).with_name("gpwatch")
    command = [str(gpwatch)] if gpwatch.exists() else [sys.executable, "-m", "app.cli"]
    proc = subprocess.Popen(
        command + ["app", "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the app did not start: {proc.stdout.read() if proc.stdout else ''}")
        time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = chromium.new_context(viewport={"width": 1400, "height": 1000})  # one context: assets cached
        yield context
        context.close()
        chromium.close()


def _load(browser, url: str, expect: str):
    page = browser.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.locator('[data-testid="stMain"]').get_by_text(expect, exact=False).first.wait_for(timeout=30_000)
    _script_idle(page)  # the script run has finished: charts and tables are in place
    page.wait_for_timeout(300)
    return page


def _script_idle(page) -> None:
    """Wait until the app's script run has finished (a click during a rerun is lost)."""
    page.wait_for_function(
        """() => document.querySelector('[data-testid="stApp"]')?.getAttribute('data-test-script-state')
                 === 'notRunning'""",
        timeout=30_000,
    )


def _until_answered(page, act, attempts: int = 3, settle=lambda: None):
    """Run ``act`` (a click and the wait for what it brings) until it is answered, and return what it returns. On a
    loaded machine a click can land in a script rerun and be lost, so an unanswered one is tried again once the
    script is idle (and ``settle`` has run)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(attempts):
        _script_idle(page)
        settle()
        try:
            return act()
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise


def _download(page, button):
    """Click a download button and return the download."""

    def act():
        with page.expect_download(timeout=30_000) as download:
            button.click()
        return download.value

    def settle():
        page.wait_for_load_state("networkidle")
        if not button.is_enabled():
            # a button whose file is made on click (the search page's CSV) stays disabled when the answer to its
            # click is lost in a rerun, until the page is loaded again, as a reader would do
            page.reload()
            _script_idle(page)
            button.wait_for(state="visible", timeout=30_000)

    return _until_answered(page, act, settle=settle)


def _click_until_visible(page, target, shows) -> None:
    """Click ``target`` until ``shows`` is visible."""

    def act():
        target.click()
        shows.wait_for(state="visible", timeout=10_000)

    _until_answered(page, act)


def test_hostile_comment_is_shown_as_inert_text(app_url, browser):
    page = _load(browser, app_url + "/document?article=1", "Comments (4 collected of 4 declared)")
    try:
        # the entry script ran (its navigation and sidebar), even when a sub-page is opened first
        nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
        assert "Quotes and search" in nav and "Corpus health" in nav
        assert "Show commenters under pseudonyms" in page.locator('[data-testid="stSidebar"]').inner_text()
        page.get_by_text("Lovely policy", exact=False).first.wait_for(timeout=30_000)  # st.html renders late
        text = page.locator('[data-testid="stMain"]').inner_text()
        assert "<script>window.__pwned = 1</script> Lovely policy." in text
        assert "![tracker](http://evil.example/x.png)" in text
        assert "[claim your prize](http://evil.example/win)" in text
        assert page.evaluate("() => window.__pwned") is None
        assert page.locator('img[src*="evil.example"]').count() == 0
        assert page.locator('a[href*="evil.example"]').count() == 0
        assert page.locator("script", has_text="__pwned").count() == 0
        page.get_by_text("Lovely policy", exact=False).first.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "document-hostile.png"))
    finally:
        page.close()


def test_every_page_loads_without_an_exception(app_url, browser):
    SHOTS.mkdir(exist_ok=True)
    for name, path, expect in PAGES:
        page = _load(browser, app_url + path, expect)
        try:
            page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
            boxes = page.locator('[data-testid="stException"]')
            assert boxes.count() == 0, f"{name}: {boxes.first.inner_text()}"
        finally:
            page.close()
    assert (SHOTS / "document.png").stat().st_size > 10_000


def test_search_page_highlights_matches_and_explains_bad_queries(app_url, browser):
    page = _load(browser, app_url + "/search?q=staff", "Quotes and search")
    try:
        page.get_by_text("Amelia Hart (chair, RCGP)", exact=False).first.wait_for(timeout=30_000)
        page.locator("mark", has_text="staff").first.wait_for(timeout=30_000)
        export = page.get_by_role("button", name="Export CSV")
        export.wait_for(state="visible", timeout=30_000)
        download = _download(page, export)
        rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
        assert [r["speaker"] for r in rows] == ["Amelia Hart"]
        assert rows[0]["citation"].endswith("2019-01-31, https://pulse.example/news/networks-by-july")
        # each result's citation opens from its "Cite" disclosure, as text selected in one click
        cite = page.locator(".gp-cite").first
        assert not cite.locator("div").is_visible()
        _click_until_visible(page, cite.locator("summary"), cite.locator("div"))
        assert "— Amelia Hart (chair, RCGP), quoted in ‘Practices told to join" in cite.locator("div").inner_text()
        cite.locator("div").click()
        assert page.evaluate("() => String(window.getSelection())").startswith("“Networks could help practices")
        # and its link opens the document the result comes from
        page.locator(".gp-result").first.get_by_role("link", name="Open the document").click()
        main = page.locator('[data-testid="stMain"]')
        main.get_by_text("Practices told to join primary care networks by July").first.wait_for(timeout=30_000)
        main.get_by_text("Comments (4 collected").first.wait_for(timeout=30_000)
        assert "/document?article=" in page.url
    finally:
        page.close()
    page = _load(browser, app_url + "/search?q=%22at+scale", "Unbalanced quote")
    try:
        assert page.locator('[data-testid="stException"]').count() == 0
        assert shutil.which("chromium") or Path(CHROMIUM).exists()
    finally:
        page.close()


def test_no_request_leaves_the_machine(app_url, browser):
    """Every request of every page (scripts, fonts, favicon, charts) goes to the app itself."""
    from urllib.parse import urlsplit

    requested: list[str] = []

    def record(request) -> None:
        requested.append(request.url)

    browser.on("request", record)
    try:
        for _, path, expect in PAGES:
            page = _load(browser, app_url + path, expect)
            page.wait_for_timeout(500)
            page.close()
    finally:
        browser.remove_listener("request", record)
    local = urlsplit(app_url).netloc
    remote = sorted({u for u in requested if not u.startswith(("data:", "blob:")) and urlsplit(u).netloc != local})
    assert requested and not remote, remote
