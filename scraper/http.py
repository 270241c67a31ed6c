"""A polite asynchronous HTTP client for the crawler (httpx.AsyncClient underneath).

What "polite" means here, per host (``scheme://host:port``):

* robots.txt is fetched once per run and obeyed (protego), ``Crawl-delay`` included;
* requests are spaced by a rate limit (default 1 per second, or slower when robots.txt
  asks) and at most ``per_host_concurrency`` are in flight (``concurrency`` overall);
* an honest User-Agent with a contact URL;
* timeouts, connection errors, 429 and 5xx are retried with exponential backoff and
  jitter, honouring ``Retry-After``; a host that keeps failing is paused for the rest of
  the run (circuit breaker) and reported instead of being hammered;
* redirects are followed by hand, and only within the allowed hosts;
* a response over the size cap (counted as it is decoded), or not HTML/XML/JSON, is refused;
* conditional requests: pass the stored ETag / Last-Modified and an unchanged page
  costs a 304, not a download.

Failures raise :class:`FetchError` with a one-line ``reason`` that the caller reports
(refusals are not logged here, so nothing is said twice); nothing here touches the
store, so the caller decides what to remember.

Hostile servers: every request has a whole-response deadline (connect, headers and
body within ``timeout``, so a server dripping one byte a second is cut off), and the
body is decoded here from the raw streamed bytes (:class:`BodyDecoder`) with a running
byte count across every layer of content coding, at most two layers, so a stacked
``gzip, gzip`` bomb is refused at the size cap rather than inflated in memory.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import logging
import random
import ssl
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import httpx

from scraper.robots import RobotsRules, load_robots
from scraper.sources import DEFAULT_USER_AGENT
from scraper.urls import canonical_url, host_allowed, host_key, robots_url

log = logging.getLogger("gpwatch.scraper.http")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ACCEPTED_TYPES = ("html", "xml", "json", "rss", "atom")
MAX_REDIRECTS = 5


@dataclass
class HttpConfig:
    """Knobs of the polite client.  Tests turn the delays down; the defaults suit real sites."""

    user_agent: str = DEFAULT_USER_AGENT
    rate: float = 1.0  # requests per second per host
    concurrency: int = 4  # requests in flight overall
    per_host_concurrency: int = 2  # requests in flight per host
    timeout: float = 20.0  # seconds for a whole response (connect, headers, body)
    retries: int = 3  # extra attempts after the first
    backoff: float = 1.0  # first backoff delay in seconds (doubles each retry, jittered)
    backoff_max: float = 60.0
    max_retry_after: float = 300.0  # a Retry-After longer than this gives up instead of waiting
    max_bytes: int = 10_000_000
    breaker_threshold: int = 3  # consecutive failed fetches before a host is paused
    obey_robots: bool = True
    host_rates: dict[str, float] = field(default_factory=dict)  # host name -> requests per second
    rate_override: float | None = None  # replaces every source's own rate (tests, local benchmarks)


class FetchError(Exception):
    """A URL could not be fetched; ``reason`` is one line fit for a log or the errors table."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        permanent: bool = False,
        host_failure: bool = False,
        robots: bool = False,
    ):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.permanent = permanent  # retrying on a later run will not help (404, robots, offsite)
        self.host_failure = host_failure  # counts towards the host's circuit breaker
        self.robots = robots  # refused by robots.txt (a rule, not a failure)


@dataclass
class FetchResult:
    url: str  # the URL asked for
    final_url: str  # after redirects (canonical)
    status: int  # 200..299, or 304
    content: bytes = b""
    content_type: str = ""
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def text(self) -> str:
        """The body decoded as a browser would (BOM, header charset, <meta charset>, detection:
        :func:`scraper.decode.decode_html`, which ``gpwatch ingest`` shares)."""
        from scraper.decode import decode_html

        return decode_html(self.content, self.content_type)


@dataclass
class FetchStats:
    requests: int = 0  # HTTP requests sent (robots.txt, redirects and retries included)
    fetched: int = 0  # successful 2xx responses handed back
    not_modified: int = 0  # 304s
    errors: int = 0  # fetches that failed in the end
    retries: int = 0
    bytes: int = 0
    refused: int = 0  # size cap, content type, offsite redirect, robots.txt

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class _Host:
    key: str
    interval: float
    semaphore: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_at: float = 0.0
    robots: RobotsRules | None = None
    robots_loaded: bool = False
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    failures: int = 0  # consecutive failed fetches
    paused: str | None = None  # reason, once the circuit breaker opened


class ResponseDeadline(Exception):
    """The whole response (connect, headers, body) did not arrive within the deadline."""


class BodyRefused(Exception):
    """A body refused while it was read: over the size cap, or coded in a way we do not decode."""


#: Content codings decoded, and how many may be stacked on one response.  Real servers
#: send one; ``gzip, gzip`` is a trick to get a tiny download past a size check.
CONTENT_CODINGS = ("gzip", "x-gzip", "deflate", "identity")
MAX_CONTENT_CODINGS = 2


class _Layer:
    """One zlib-based content coding being undone (gzip with any number of members,
    deflate with or without its zlib header)."""

    def __init__(self, coding: str):
        self.coding = coding
        self.wbits = 31 if coding in ("gzip", "x-gzip") else 15
        self.inflater = zlib.decompressobj(self.wbits)
        self.started = False

    def decode(self, data: bytes, room: int) -> bytes | None:
        """The decoded bytes, or ``None`` when they would be more than ``room`` (never
        producing more than ``room + 1`` bytes to find out)."""
        out: list[bytes] = []
        produced = 0
        while data:
            try:
                chunk = self.inflater.decompress(data, room - produced + 1)
            except zlib.error:
                if self.coding == "deflate" and not self.started:  # raw deflate, no zlib header
                    self.inflater = zlib.decompressobj(-15)
                    self.started = True
                    continue
                raise BodyRefused(f"corrupt {self.coding} content") from None
            self.started = True
            produced += len(chunk)
            if produced > room:
                return None
            out.append(chunk)
            if self.inflater.unconsumed_tail:
                data = self.inflater.unconsumed_tail
            elif self.inflater.eof and self.inflater.unused_data:  # another gzip member follows
                data = self.inflater.unused_data
                self.inflater = zlib.decompressobj(self.wbits)
            else:
                data = b""
        return b"".join(out)

    def flush(self) -> bytes:
        return b"" if self.inflater.eof else self.inflater.flush()


class BodyDecoder:
    """Undo a response's content codings (``Content-Encoding`` lists them in the order
    applied, so they are undone last first) as its raw bytes arrive, with a running
    byte count at every layer against ``max_bytes``: a body, or any layer inside it,
    over the cap is refused as soon as the cap is passed, so a small download cannot
    inflate to gigabytes in memory first.  More than :data:`MAX_CONTENT_CODINGS`
    codings, or one not in :data:`CONTENT_CODINGS`, is refused."""

    def __init__(self, content_encoding: str, max_bytes: int):
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        unknown = [c for c in codings if c not in CONTENT_CODINGS]
        if unknown:
            raise BodyRefused(f"content coding {unknown[0][:40]!r} is not supported")
        codings = [c for c in codings if c != "identity"]
        if len(codings) > MAX_CONTENT_CODINGS:
            raise BodyRefused(
                f"{len(codings)} stacked content codings ({', '.join(codings)[:80]}); "
                f"at most {MAX_CONTENT_CODINGS} are accepted"
            )
        self.max_bytes = max_bytes
        self.layers = [_Layer(c) for c in reversed(codings)]
        self.counts = [0] * (len(self.layers) + 1)  # bytes in: the download, then out of each layer
        self.parts: list[bytes] = []

    def _add(self, level: int, data: bytes | None) -> None:
        if data is None or self.counts[level] + len(data) > self.max_bytes:
            what = "response" if level == 0 else f"response decoded ({self.layers[level - 1].coding})"
            raise BodyRefused(f"{what} larger than the {self.max_bytes}-byte cap")
        self.counts[level] += len(data)

    def _through(self, start: int, data: bytes) -> None:
        """Pass ``data`` (the output of level ``start``) through the inner layers."""
        for level in range(start + 1, len(self.layers) + 1):
            if not data:
                return
            data = self.layers[level - 1].decode(data, self.max_bytes - self.counts[level])
            self._add(level, data)
        if data:
            self.parts.append(data)

    def feed(self, data: bytes) -> None:
        self._add(0, data)
        self._through(0, data)

    def finish(self) -> None:
        for level, layer in enumerate(self.layers, 1):
            tail = layer.flush()
            self._add(level, tail)
            self._through(level, tail)

    def content(self) -> bytes:
        return b"".join(self.parts)

    @property
    def decoded_bytes(self) -> int:
        return self.counts[-1]


@dataclass
class _Response:
    """What one request brought back: status, headers and the decoded body (or why the
    body was refused)."""

    status_code: int
    headers: httpx.Headers
    content: bytes = b""
    refused: str | None = None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


@functools.lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    """One TLS context per process (building one loads the CA bundle, which is slow)."""
    try:
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:  # pragma: no cover - httpx depends on certifi
        return ssl.create_default_context()


def _content_type_ok(content_type: str) -> bool:
    if not content_type:
        return True  # unlabelled: let the parser judge
    ct = content_type.split(";")[0].strip().lower()
    return any(t in ct for t in ACCEPTED_TYPES)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


class PoliteClient:
    """Use as ``async with PoliteClient(config) as client: await client.fetch(url, allowed_hosts=...)``."""

    def __init__(self, config: HttpConfig | None = None, *, transport: httpx.AsyncBaseTransport | None = None):
        self.config = config or HttpConfig()
        self.stats = FetchStats()
        self._hosts: dict[str, _Host] = {}
        self._global = asyncio.Semaphore(max(1, self.config.concurrency))
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(self.config.timeout),
            headers={
                "User-Agent": self.config.user_agent,
                "Accept-Encoding": "gzip, deflate",
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8,*/*;q=0.5",
            },
            transport=transport,
            verify=_tls_context(),
        )

    async def __aenter__(self) -> PoliteClient:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    # ----------------------------------------------------------------- per-host state

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        host = self._hosts.get(key)
        if host is None:
            name = key.split("://", 1)[1].rsplit(":", 1)[0]
            rate = self.config.host_rates.get(name, self.config.rate)
            host = _Host(
                key=key,
                interval=1.0 / rate if rate > 0 else 0.0,
                semaphore=asyncio.Semaphore(max(1, self.config.per_host_concurrency)),
            )
            self._hosts[key] = host
        return host

    def set_rate(self, host_name: str, rate: float) -> None:
        """Requests per second for one host (e.g. from its source configuration)."""
        self.config.host_rates[host_name.lower()] = rate
        for host in self._hosts.values():
            if host.key.split("://", 1)[1].rsplit(":", 1)[0] == host_name.lower() and rate > 0:
                host.interval = max(host.interval, 1.0 / rate)

    @property
    def paused_hosts(self) -> dict[str, str]:
        """Hosts whose circuit breaker opened in this run, with the reason."""
        return {h.key: h.paused for h in self._hosts.values() if h.paused}

    def host_paused(self, url: str) -> str | None:
        host = self._hosts.get(host_key(url))
        return host.paused if host else None

    async def _wait_turn(self, host: _Host) -> None:
        """Space requests to one host by its interval (rate limit / crawl-delay)."""
        async with host.lock:
            now = time.monotonic()
            wait = host.next_at - now
            if wait > 0:
                await asyncio.sleep(wait)
            host.next_at = max(now, host.next_at) + host.interval

    # ----------------------------------------------------------------- robots.txt

    async def _robots(self, host: _Host, url: str) -> RobotsRules | None:
        """The host's robots.txt, read once per run (RFC 9309: :mod:`scraper.robots`)."""
        if not self.config.obey_robots:
            return None
        async with host.robots_lock:
            if host.robots_loaded:
                return host.robots
            host.robots = await load_robots(self._send_robots, robots_url(url), max_bytes=self.config.max_bytes)
            host.robots_loaded = True
            delay = host.robots.crawl_delay(self.config.user_agent)
            if delay:
                host.interval = max(host.interval, delay)
                log.info("%s: robots.txt asks for a crawl delay of %ss", host.key, delay)
            return host.robots

    async def _send_robots(self, url: str) -> _Response:
        self.stats.requests += 1
        try:
            return await self._send(self._host(url), url, {})
        except ResponseDeadline as exc:  # robots.py knows httpx's errors: a dripping robots.txt is unreachable
            raise httpx.TimeoutException(f"robots.txt {exc}") from None

    async def allowed_by_robots(self, url: str) -> bool:
        robots = await self._robots(self._host(url), url)
        return robots is None or robots.allows(url, self.config.user_agent)

    # ----------------------------------------------------------------- fetching

    async def _send(self, host: _Host, url: str, headers: dict[str, str]) -> _Response:
        """One request, rate-limited, whole: connect, headers and body within
        ``timeout`` seconds (a server dripping bytes cannot hold it longer), the body
        decoded with a running byte count against the size cap."""
        async with self._global, host.semaphore:
            await self._wait_turn(host)
            try:
                async with asyncio.timeout(self.config.timeout):
                    return await self._exchange(url, headers)
            except TimeoutError:
                raise ResponseDeadline(f"timed out after {self.config.timeout:g}s") from None

    async def _exchange(self, url: str, headers: dict[str, str]) -> _Response:
        request = self._client.build_request("GET", url, headers=headers)
        response = await self._client.send(request, stream=True)
        try:
            out = _Response(response.status_code, response.headers)
            length = response.headers.get("content-length")
            if length and length.isdigit() and int(length) > self.config.max_bytes:
                out.refused = f"response larger than the {self.config.max_bytes}-byte cap"
                return out
            try:
                decoder = BodyDecoder(response.headers.get("content-encoding", ""), self.config.max_bytes)
                async for chunk in response.aiter_raw():  # raw bytes: decoded here, with the cap
                    decoder.feed(chunk)
                decoder.finish()
            except BodyRefused as exc:
                out.refused = str(exc)
                return out
            out.content = decoder.content()
            return out
        finally:
            await response.aclose()

    async def fetch(
        self, url: str, *, allowed_hosts: Iterable[str], etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET ``url`` politely; a :class:`FetchResult` with status 2xx or 304, else :class:`FetchError`."""
        allowed = list(allowed_hosts)
        try:
            current = canonical_url(url)
        except ValueError as exc:
            raise FetchError(url, str(exc), permanent=True) from None
        if not host_allowed(current, allowed):
            self.stats.refused += 1
            raise FetchError(url, "host not allowed for this source", permanent=True)
        conditional: dict[str, str] = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        for _hop in range(MAX_REDIRECTS + 1):
            host = self._host(current)
            if host.paused:
                self.stats.errors += 1
                raise FetchError(current, f"host paused for this run ({host.paused})")
            robots = await self._robots(host, current)
            if robots is not None and not robots.allows(current, self.config.user_agent):
                self.stats.refused += 1  # the caller reports it: one line per URL
                if robots.unreachable:  # not a rule: the page stays queued for a later run
                    raise FetchError(current, robots.refusal(current))
                raise FetchError(current, robots.refusal(current), permanent=True, robots=True)
            response = await self._attempts(host, current, conditional)
            if response.status_code in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    self._failed(host, current)
                    raise FetchError(current, f"HTTP {response.status_code} without a Location", permanent=True)
                try:
                    target = canonical_url(location, current)
                except ValueError:
                    self.stats.refused += 1
                    raise FetchError(current, f"redirect to an unusable URL {location!r}", permanent=True) from None
                if not host_allowed(target, allowed):
                    self.stats.refused += 1
                    raise FetchError(current, f"redirect to {target} leaves the allowed hosts", permanent=True)
                current = target
                continue
            return self._finish(host, url, current, response)
        self.stats.errors += 1
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects", permanent=True)

    async def _attempts(self, host: _Host, url: str, conditional: dict[str, str]) -> _Response:
        """Send with retries on timeouts, connection errors, 429 and 5xx."""
        cfg = self.config
        last_reason = ""
        attempts = 0
        for attempt in range(cfg.retries + 1):
            if attempt:
                self.stats.retries += 1
            retry_after: float | None = None
            attempts += 1
            try:
                response = await self._send(host, url, conditional)
                self.stats.requests += 1
            except ResponseDeadline as exc:
                self.stats.requests += 1
                last_reason = str(exc)
            except httpx.TimeoutException:
                self.stats.requests += 1
                last_reason = f"timed out after {cfg.timeout:g}s"
            except httpx.TransportError as exc:
                self.stats.requests += 1
                last_reason = f"connection failed ({type(exc).__name__})"
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                last_reason = f"HTTP {response.status_code}"
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if retry_after is not None and retry_after > cfg.max_retry_after:
                    last_reason += f" asking to wait {retry_after:.0f}s, longer than {cfg.max_retry_after:.0f}s"
                    break
            if attempt == cfg.retries:
                break
            delay = min(cfg.backoff_max, cfg.backoff * 2**attempt)
            delay = delay / 2 + random.uniform(0, delay / 2)
            if retry_after is not None:
                delay = max(delay, retry_after)
            log.info("%s: %s; retry %d of %d in %.2fs", url, last_reason, attempt + 1, cfg.retries, delay)
            await asyncio.sleep(delay)
        self._failed(host, url)
        tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
        raise FetchError(url, f"{last_reason} (after {tries})", host_failure=True)

    def _failed(self, host: _Host, url: str) -> None:
        self.stats.errors += 1
        host.failures += 1
        if host.failures >= self.config.breaker_threshold and not host.paused:
            host.paused = f"{host.failures} failed fetches in a row, last {url}"
            log.debug(
                "%s: paused for the rest of this run after %d failed fetches in a row (the caller reports it)",
                host.key,
                host.failures,
            )

    def _finish(self, host: _Host, asked: str, final: str, response: _Response) -> FetchResult:
        status = response.status_code
        content_type = response.headers.get("content-type", "")
        if status == 304:
            host.failures = 0
            self.stats.not_modified += 1
            return FetchResult(
                asked,
                final,
                304,
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
                headers=dict(response.headers),
            )
        if not 200 <= status < 300:
            if status >= 500:
                self._failed(host, final)
            else:
                self.stats.errors += 1
            raise FetchError(final, f"HTTP {status}", status=status, permanent=400 <= status < 500 and status != 408)
        host.failures = 0
        if response.refused:
            self.stats.refused += 1
            raise FetchError(final, response.refused, permanent=True)
        if not _content_type_ok(content_type):
            self.stats.refused += 1
            raise FetchError(
                final, f"content type {content_type.split(';')[0]!r} is not HTML, XML or JSON", permanent=True
            )
        body = response.content
        self.stats.fetched += 1
        self.stats.bytes += len(body)
        return FetchResult(
            asked,
            final,
            status,
            content=body,
            content_type=content_type,
            encoding=_charset(content_type),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            headers=dict(response.headers),
        )
