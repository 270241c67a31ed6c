"""Canonical URLs and host checks.

One page reached through two URLs (``?utm_source=...``, ``#comments``, ``HTTP://WWW.Site``)
must be stored once, so every URL the crawler keeps goes through :func:`canonical_url`:
lower-case scheme and host, no default port, no fragment, no tracking parameters, the
remaining query parameters sorted (so ``?PageSize=10&PageNo=2`` and ``?PageNo=2&PageSize=10``
are one page).  Meaningful parameters (``PageNo``, ``p``, ``page``) are kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

#: Parameters that only say where a click came from; never part of a page's identity.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wt_mc",
        "cmpid",
        "ito",
        "spm",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str, extra: Iterable[str] = ()) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES) or low in {e.lower() for e in extra}


def canonical_url(url: str, base: str | None = None, *, extra_tracking: Iterable[str] = ()) -> str:
    """The canonical form of ``url`` (resolved against ``base`` when relative).

    Raises ``ValueError`` for anything that is not an absolute http(s) URL.
    """
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"bad port in URL {url!r}") from exc
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = quote(unquote(parts.path or "/"), safe="/:@!$&'()*+,;=-._~%")
    extra = tuple(extra_tracking)
    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k, extra)]
    params.sort()
    return urlunsplit((scheme, netloc, path, urlencode(params, doseq=True), ""))


def try_canonical(url: str, base: str | None = None, *, extra_tracking: Iterable[str] = ()) -> str | None:
    """:func:`canonical_url`, or ``None`` for a URL that cannot be crawled (mailto:, javascript:, ...)."""
    try:
        return canonical_url(url, base, extra_tracking=extra_tracking)
    except ValueError:
        return None


def host_of(url: str) -> str:
    """The lower-case host name of ``url`` ('' when it has none)."""
    return (urlsplit(url).hostname or "").lower()


def host_key(url: str) -> str:
    """``host:port`` of ``url``: the unit that rate limits, robots.txt and circuit breakers apply to."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def host_allowed(url: str, allowed_hosts: Iterable[str]) -> bool:
    """Whether ``url`` is an http(s) URL on one of ``allowed_hosts`` (exact host names,
    case-insensitive; an entry with a port, ``127.0.0.1:8000``, must match the port too)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return False
    host = parts.hostname.lower()
    try:
        port = parts.port
    except ValueError:
        return False
    for entry in allowed_hosts:
        entry = entry.lower().strip()
        if ":" in entry:
            e_host, _, e_port = entry.rpartition(":")
            if host == e_host and str(port or _DEFAULT_PORTS[parts.scheme.lower()]) == e_port:
                return True
        elif host == entry:
            return True
    return False


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "/robots.txt", "", ""))


def with_params(url: str, params: dict[str, str | int]) -> str:
    """``url`` with ``params`` set (replacing any of the same name), canonical."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({k: str(v) for k, v in params.items()})
    return canonical_url(urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), "")))
