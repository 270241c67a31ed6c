"""robots.txt as RFC 9309 says: how a host's rules are fetched and what a failure means.

* the file's redirects are followed, up to five (to another host too: the rules found
  apply to the host asked about);
* 2xx: the rules are parsed (protego), ``Crawl-delay`` included;
* 4xx other than 429 ("unavailable"): there are no rules, everything may be fetched;
* 5xx, 429, a connection failure or too many redirects ("unreachable"): nothing may be
  fetched for now; that is reported as the host's robots.txt being unreachable, never as a
  rule disallowing the page, and the pages stay queued for a later run.

:func:`load_robots` does the fetching through a ``send(url) -> httpx.Response`` callable
supplied by the polite client (so its rate limit, size cap and User-Agent apply) and logs
one line per robots.txt that failed; the client logs nothing per page refused (the caller
reports each page once).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
from protego import Protego

from scraper.urls import canonical_url

log = logging.getLogger("gpwatch.scraper.robots")

MAX_ROBOTS_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass
class RobotsRules:
    """One host's robots.txt as read: rules, none, or unreachable for now."""

    url: str
    rules: Protego | None = None  # None: no rules (everything allowed) or unreachable
    unreachable: str | None = None  # why nothing may be fetched for now (HTTP 503, connection failed ...)

    def allows(self, url: str, user_agent: str) -> bool:
        if self.unreachable:
            return False
        return self.rules is None or self.rules.can_fetch(url, user_agent)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.rules is None:
            return None
        delay = self.rules.crawl_delay(user_agent)
        return float(delay) if delay else None

    def refusal(self, url: str) -> str:
        """The one-line reason a page of this host is not fetched."""
        if self.unreachable:
            return f"robots.txt unreachable ({self.unreachable}); not fetched for now"
        return "disallowed by robots.txt"


Send = Callable[[str], Awaitable[httpx.Response]]


async def load_robots(send: Send, robots_url: str, *, max_bytes: int) -> RobotsRules:
    """Fetch and read the robots.txt at ``robots_url`` (see the module doc)."""
    url = robots_url
    for _hop in range(MAX_ROBOTS_REDIRECTS + 1):
        try:
            response = await send(url)
        except httpx.HTTPError as exc:
            why = str(exc) if isinstance(exc, httpx.TimeoutException) and str(exc) else type(exc).__name__
            return _unreachable(robots_url, f"connection failed: {why}")
        status = response.status_code
        if status in REDIRECTS:
            location = response.headers.get("location")
            try:
                url = canonical_url(location or "", url)
            except ValueError:
                return _unreachable(robots_url, f"HTTP {status} to an unusable URL {location!r}")
            continue
        if status == 429 or status >= 500:
            return _unreachable(robots_url, f"HTTP {status}")
        if 400 <= status < 500:
            log.info("%s: HTTP %d, so no rules apply", robots_url, status)
            return RobotsRules(robots_url)
        if getattr(response, "refused", None):  # over the size cap, or a coding we do not decode
            log.warning("%s: robots.txt ignored (%s)", robots_url, response.refused)
            return RobotsRules(robots_url)
        if not 200 <= status < 300:
            return _unreachable(robots_url, f"HTTP {status}")
        text = response.content.decode("utf-8", errors="replace")
        return RobotsRules(robots_url, rules=Protego.parse(text))
    return _unreachable(robots_url, f"more than {MAX_ROBOTS_REDIRECTS} redirects")


def _unreachable(robots_url: str, why: str) -> RobotsRules:
    log.warning("%s: unreachable (%s); nothing on this host is fetched for now", robots_url, why)
    return RobotsRules(robots_url, unreachable=why)
