"""The extractor's fast CSS selector path: a parsed page indexed once, and the simple
selectors the source configurations use answered from the index (private to
:mod:`scraper.extract`).

This is the one module that leans on library internals, fenced here on purpose:
soupsieve's compiled selector objects (``soupsieve.compile(...).selectors``: tag,
ids, classes, attributes, relation) and its ``util.lower``/``util.ascii_lower``, and
BeautifulSoup's ``_decomposed`` mark on removed elements.  soupsieve is pinned in
``pyproject.toml``, and ``tests/test_extract_fast.py`` (the guard test) holds every
answer to soupsieve's own, element for element, on every configured selector; an
upgrade that changes those internals fails there, and deleting this module (answering
everything with ``Tag.select``) only costs speed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import soupsieve
from bs4 import BeautifulSoup, SoupStrainer, Tag
from soupsieve import util as sv_util

#
# Why: soupsieve answers ``select`` by walking every element under the root and matching
# each against the selector, and the extractor asks ~40 selectors per page (most of them
# per comment), which cost ~20x the parse itself.  A page is therefore indexed once (tags
# by name, class and id, in document order) and the simple selectors the source configs
# use (tag, #id, .class, [attr], [attr=value], descendant and child combinators) are
# answered from those few candidates, with soupsieve's own compiled form of the selector
# and its matching rules (ASCII-lowercase names, ``' '``-joined list values, the
# case-insensitive HTML attributes), so the result is the same list in the same order.
# Anything else (pseudo-classes, sibling combinators, namespaces, <template>) goes to
# soupsieve unchanged.


class _Compound:
    """One compound selector (``li.comment``) with the compound its element must sit
    under (``rel`` ``' '``) or directly under (``rel`` ``'>'``)."""

    __slots__ = ("name", "ids", "classes", "attributes", "rel", "up")

    def __init__(
        self, name: str | None, ids: tuple, classes: tuple, attributes: tuple, rel: str | None, up: _Compound | None
    ):
        self.name, self.ids, self.classes, self.attributes = name, ids, classes, attributes
        self.rel, self.up = rel, up


class _Unsupported(Exception):
    """A selector the fast matcher does not handle (soupsieve answers it)."""


def _convert(selector, rel: str | None = None) -> _Compound:
    """A :class:`_Compound` from one soupsieve ``Selector`` (raises :class:`_Unsupported`)."""
    if (
        selector is None
        or selector.__class__.__name__ != "Selector"
        or selector.flags
        or selector.nth
        or selector.selectors
        or selector.contains
        or selector.lang
    ):
        raise _Unsupported
    tag = selector.tag
    name = None
    if tag is not None:
        if tag.prefix is not None:
            raise _Unsupported
        name = None if tag.name in (None, "*") else sv_util.lower(tag.name)
    for attr in selector.attributes:
        if attr.inverse or attr.prefix not in ("", None):
            raise _Unsupported
    if name is None and not (selector.ids or selector.classes or selector.attributes):
        raise _Unsupported  # a bare ``*`` compound: leave the document-node subtleties to soupsieve
    up = None
    if selector.relation:
        if len(selector.relation) != 1 or selector.relation.is_not or selector.relation.is_html:
            raise _Unsupported
        parent = selector.relation[0]
        if parent.rel_type not in (" ", ">"):
            raise _Unsupported
        up = _convert(parent, parent.rel_type)
    return _Compound(name, tuple(selector.ids), tuple(selector.classes), tuple(selector.attributes), rel, up)


@lru_cache(maxsize=512)
def compiled(selector: str) -> tuple[_Compound, ...] | None:
    """The fast form of a selector (its comma-separated alternatives), or ``None`` when
    soupsieve must answer it (unsupported syntax, or a selector soupsieve rejects: the
    fallback then raises and is reported as before).  Cached: one compile per
    selector string, so per source configuration."""
    try:
        compiled = soupsieve.compile(selector)
        listing = compiled.selectors
        if listing.is_not or listing.is_html or not len(listing):
            return None
        return tuple(_convert(s) for s in listing)
    except Exception:  # noqa: BLE001 - _Unsupported, or a bad selector for soupsieve to report
        return None


def _classes_of(attrs: dict) -> list:
    classes = attrs.get("class", [])
    if classes is None:
        return []  # a valueless attribute: no classes (soupsieve reads it as '')
    return _NOT_WS.findall(classes) if isinstance(classes, str) else classes


_NOT_WS = re.compile("[^ \t\r\n\f]+")  # soupsieve's class splitting


def _matches(el: Tag, c: _Compound) -> bool:
    """``el`` matches compound ``c`` and its chain of ancestors (soupsieve's rules)."""
    if c.name is not None:
        el_name = el.name
        if el_name != c.name and (el_name is None or sv_util.lower(el_name) != c.name):
            return False
    attrs = el.attrs
    if c.ids:
        own = attrs.get("id", "")
        own = "" if own is None else own
        for i in c.ids:
            if i != own:
                return False
    if c.classes:
        current = _classes_of(attrs)
        for cls in c.classes:
            if cls not in current:
                return False
    for a in c.attributes:
        value = attrs.get(sv_util.lower(a.attribute))
        if value is None:
            if sv_util.lower(a.attribute) not in attrs:
                return False
            value = ""
        if a.pattern is None:
            continue
        value = value if isinstance(value, str) else " ".join(value)
        if a.ignore_case:
            value = sv_util.ascii_lower(value)
        if a.pattern.search(value) is None:
            return False
    up = c.up
    if up is None:
        return True
    parent = el.parent
    if up.rel == ">":
        return parent is not None and not isinstance(parent, BeautifulSoup) and _matches(parent, up)
    while parent is not None and not isinstance(parent, BeautifulSoup):
        if _matches(parent, up):
            return True
        parent = parent.parent
    return False


class Page:
    """A parsed page with its tags indexed by name, class and id in document order.

    The index is built once, right after parsing: ``tags`` in document order, each
    tag's position and the position of the last tag inside it (so the candidates under
    a root are a slice of each sorted position list), and position lists by tag name,
    class and id.  Later edits to the tree (the extractor only removes elements:
    ``decompose`` and ``extract``) are honoured by checking at query time that a
    candidate still hangs under the root searched.  ``fast`` is false for documents the
    fast matcher does not model (namespaced elements, ``<template>``, upper-case names);
    every query then goes to soupsieve / BeautifulSoup.
    """

    __slots__ = ("soup", "fast", "pos", "end", "by_name", "by_class", "by_id", "tags")

    def __init__(self, soup: BeautifulSoup):
        self.soup = soup
        self.pos: dict[int, int] = {}
        self.end: list[int] = []
        self.by_name: dict[str, list[int]] = {}
        self.by_class: dict[str, list[int]] = {}
        self.by_id: dict[str, list[int]] = {}
        self.tags: list[Tag] = []
        fast = not soup.is_xml and "" not in (getattr(soup, "_namespaces", None) or {})
        pos, end, by_name, by_class, by_id, tags = (
            self.pos,
            self.end,
            self.by_name,
            self.by_class,
            self.by_id,
            self.tags,
        )
        open_: list[int] = []  # positions of the tags enclosing the current one
        for el in soup.descendants:
            if not isinstance(el, Tag):
                continue
            name = el.name
            if (
                el.namespace
                or not isinstance(name, str)
                or name == "template"
                or (not name.islower() and name != sv_util.lower(name))
            ):
                fast = False
                break
            i = len(tags)
            parent = el.parent
            while open_ and tags[open_[-1]] is not parent:
                end[open_.pop()] = i - 1
            open_.append(i)
            pos[id(el)] = i
            tags.append(el)
            end.append(i)
            by_name.setdefault(name, []).append(i)
            attrs = el.attrs
            if not attrs:
                continue
            for key in attrs:
                if not key.islower() and key != sv_util.lower(key):
                    fast = False
            classes = attrs.get("class")
            if classes:
                if isinstance(classes, str):
                    classes = _NOT_WS.findall(classes)
                for cls in classes if len(classes) == 1 else dict.fromkeys(classes):
                    by_class.setdefault(cls, []).append(i)
            if "id" in attrs:
                own = attrs["id"]
                own = "" if own is None else own
                if not isinstance(own, str):
                    fast = False
                else:
                    by_id.setdefault(own, []).append(i)
        last = len(tags) - 1
        for i in open_:
            end[i] = last
        self.fast = fast

    # -- queries

    @staticmethod
    def _under(el: Tag, root: Tag, known: dict[int, bool] | None = None) -> bool:
        """``el`` is still a descendant of ``root`` (not removed from the tree).

        ``known``: the verdicts of one query (``id`` of a node -> it hangs under ``root``),
        shared by its candidates, so the walk up stops at the first node already decided
        and one query costs the size of the subtree, not candidates times depth (a reply
        thread nested thousands deep stays linear)."""
        if known is None:
            known = {}
        known[id(root)] = True
        path: list[int] = []
        node = el
        while True:
            if "_decomposed" in node.__dict__:
                verdict = False
                break
            verdict = known.get(id(node))
            if verdict is not None:
                break
            path.append(id(node))
            node = node.parent
            if node is None:
                verdict = False
                break
        for key in path:
            known[key] = verdict
        return verdict

    def _positions(self, c: _Compound) -> list[int]:
        if c.ids:
            return self.by_id.get(c.ids[0], [])
        if c.classes:
            return self.by_class.get(c.classes[0], [])
        if c.name is not None:
            return self.by_name.get(c.name, [])
        return range(len(self.tags))

    def _span(self, root: Tag) -> tuple[int, int]:
        """The positions a descendant of ``root`` can have: [lo, hi)."""
        i = self.pos.get(id(root)) if root is not self.soup else None
        if i is None or self.tags[i] is not root:
            return 0, len(self.tags)
        return i + 1, self.end[i] + 1

    def iselect(self, root: Tag, alternatives: tuple[_Compound, ...]):
        """Matches of ``alternatives`` under ``root``, in document order (as soupsieve's select)."""
        lo, hi = self._span(root)
        if len(alternatives) == 1:
            found = self._positions(alternatives[0])
            candidates = found[bisect_left(found, lo) : bisect_left(found, hi)]
        else:
            merged: set[int] = set()
            for c in alternatives:
                found = self._positions(c)
                merged.update(found[bisect_left(found, lo) : bisect_left(found, hi)])
            candidates = sorted(merged)
        tags, under, known = self.tags, self._under, {}
        for i in candidates:
            el = tags[i]
            if el is root or not under(el, root, known):
                continue
            for c in alternatives:
                if _matches(el, c):
                    yield el
                    break

    def find_tags(self, name: str, strainer: SoupStrainer, need: str | None = None):
        """``soup.find_all(...)`` for a filter on one tag name, from the name index.

        ``need``: an attribute the filter cannot match without (a quick pre-check;
        BeautifulSoup's own ``strainer`` decides)."""
        root, tags, known = self.soup, self.tags, {}
        for i in self.by_name.get(name, []):
            el = tags[i]
            if need is not None and need not in el.attrs:
                continue
            if self._under(el, root, known) and strainer.match(el):
                yield el

    def gone(self, tag: Tag) -> bool:
        """``tag.decomposed`` without its cost: on a live tag that property falls through
        to ``tag.find("_decomposed")``, a walk of the subtree, which can only find
        something when the page has a tag of that name."""
        if "_decomposed" in tag.__dict__ or not self.fast or "_decomposed" in self.by_name:
            return tag.decomposed
        return False
