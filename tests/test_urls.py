"""Canonical URLs: one page, one URL."""

import pytest

from scraper.urls import canonical_url, host_allowed, host_key, try_canonical, with_params


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTP://WWW.PulseToday.co.uk/news/story/", "http://www.pulsetoday.co.uk/news/story/"),
        ("https://www.pulsetoday.co.uk:443/news/story/#comments", "https://www.pulsetoday.co.uk/news/story/"),
        ("https://site.example/a?utm_source=rss&utm_medium=feed&id=4", "https://site.example/a?id=4"),
        ("https://site.example/a?fbclid=IwAR0&gclid=x&mc_cid=1&mc_eid=2", "https://site.example/a"),
        (
            "https://site.example/x.article?SortOrder=dateasc&PageSize=10&PageNo=2",
            "https://site.example/x.article?PageNo=2&PageSize=10&SortOrder=dateasc",
        ),
        ("https://site.example", "https://site.example/"),
        ("http://127.0.0.1:8080/wp/?p=7", "http://127.0.0.1:8080/wp/?p=7"),
        ("https://site.example/a%20b", "https://site.example/a%20b"),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_tracking_duplicates_collapse_and_meaningful_params_stay():
    a = canonical_url("https://site.example/news/hub/?utm_campaign=daily&utm_source=rss")
    b = canonical_url("https://SITE.example/news/hub/?fbclid=abc#comments")
    assert a == b == "https://site.example/news/hub/"
    assert canonical_url("https://site.example/x?PageNo=3") != canonical_url("https://site.example/x?PageNo=2")
    assert canonical_url("https://site.example/x?ref=1&src=2", extra_tracking=["ref"]) == "https://site.example/x?src=2"


def test_relative_and_unusable_urls():
    assert canonical_url("../b/", "https://site.example/a/c/") == "https://site.example/a/b/"
    for bad in ("mailto:someone@site.example", "javascript:void(0)", "ftp://site.example/x", ""):
        assert try_canonical(bad) is None
        with pytest.raises(ValueError):
            canonical_url(bad)


def test_host_checks():
    allowed = ["www.pulsetoday.co.uk", "pulsetoday.co.uk"]
    assert host_allowed("https://WWW.pulsetoday.co.uk/x", allowed)
    assert not host_allowed("https://evil-pulsetoday.co.uk/x", allowed)
    assert not host_allowed("https://pulsetoday.co.uk.evil.example/x", allowed)
    assert not host_allowed("ftp://pulsetoday.co.uk/x", allowed)
    assert host_allowed("http://127.0.0.1:8000/a", ["127.0.0.1:8000"])
    assert not host_allowed("http://127.0.0.1:8001/a", ["127.0.0.1:8000"])
    assert not host_allowed("http://localhost:8000/a", ["127.0.0.1"])
    assert host_key("https://Site.example/a") == "https://site.example:443"
    assert host_key("http://127.0.0.1:8000/a") == "http://127.0.0.1:8000"


def test_with_params_replaces_and_sorts():
    url = with_params("https://site.example/x.article?PageNo=1&utm_source=a", {"PageNo": 2, "PageSize": 10})
    assert url == "https://site.example/x.article?PageNo=2&PageSize=10"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_segment = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
_params = st.lists(
    st.tuples(st.sampled_from(["PageNo", "utm_source", "fbclid", "q", "SortOrder", "p"]), _segment), max_size=4
)


@settings(max_examples=200, deadline=None)
@given(
    host=st.sampled_from(["Site.Example", "www.pulsetoday.co.uk", "127.0.0.1:8080"]),
    path=st.lists(_segment, max_size=4),
    params=_params,
    fragment=_segment,
)
def test_canonical_url_is_stable(host, path, params, fragment):
    from urllib.parse import quote, urlencode

    url = f"https://{host}/" + "/".join(quote(p) for p in path) + "?" + urlencode(params) + "#" + quote(fragment)
    once = canonical_url(url)
    assert canonical_url(once) == once  # idempotent
    assert "#" not in once and "utm_source" not in once and "fbclid" not in once
    assert once.split("/")[2] == once.split("/")[2].lower()
