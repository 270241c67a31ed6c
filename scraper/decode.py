"""One decoder for every page gpwatch reads, fetched (the crawler) or saved (``gpwatch ingest``).

A page's encoding is decided as browsers decide it (the WHATWG HTML standard's encoding
sniffing), first answer wins:

1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE): it outranks even the HTTP header, as in
   every browser;
2. the ``charset`` of the HTTP ``Content-Type`` header;
3. a ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">``
   (or an XML declaration's ``encoding``) in the first 1024 bytes, as browsers pre-scan;
4. detection: strict UTF-8 when the bytes are valid UTF-8, else ``charset_normalizer``'s
   best guess (windows-1252 when it reads the page as cleanly as the best: browsers'
   legacy default), else windows-1252.

Labels are read as browsers read them: ``iso-8859-1``, ``latin1`` and ``us-ascii`` mean
windows-1252 (the bytes 0x80-0x9F are curly quotes and the euro sign, not control
characters), a ``<meta>`` that claims UTF-16 means UTF-8 (the page is ASCII-compatible or
the pre-scan could not have read it), an unknown label is ignored.  Bytes that are invalid
in the chosen encoding become U+FFFD, as in a browser; the page is never refused for them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

PRESCAN_BYTES = 1024  # how far browsers look for a <meta charset>

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

#: WHATWG labels whose meaning differs from Python's codec of the same name.
_WHATWG = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "cp819": "cp1252",
    "ibm819": "cp1252",
    "iso-ir-100": "cp1252",
    "x-cp1252": "cp1252",
    "windows-1252": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "gb_2312-80": "gbk",
    "x-gbk": "gbk",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "x-user-defined": "cp1252",
    "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8",
}

_META = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the Python codec used
    how: str  # bom | http | meta | detected | utf-8 | default


def codec_for(label: str | None) -> str | None:
    """The Python codec for an encoding label as a browser reads it, or None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    if not key:
        return None
    key = _WHATWG.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` header value."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when ``data`` starts with a byte order mark."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def declared_in_document(data: bytes) -> str | None:
    """The codec named by the document itself (``<meta charset>``, the ``http-equiv`` form or
    an XML declaration) within the first :data:`PRESCAN_BYTES` bytes."""
    head = data[:PRESCAN_BYTES]
    m = _XML_DECL.match(head.lstrip()) or _META.search(head)
    if not m:
        return None
    codec = codec_for(m.group(1).decode("ascii", "replace"))
    if codec and codec.startswith("utf-16"):
        return "utf-8"  # a meta that could be read byte by byte is not UTF-16 (WHATWG)
    return codec


def _detect(data: bytes) -> tuple[str, str]:
    try:
        data.decode("utf-8")
        return "utf-8", "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data[:200_000]))
    except Exception:  # noqa: BLE001 - detection is a guess; a failed guess falls back below
        matches = []
    if matches:
        # single-byte encodings often read a page equally cleanly; among those that do,
        # windows-1252 wins, as it does in browsers (the web's legacy default)
        cleanest = min(m.chaos for m in matches)
        if any("cp1252" in m.could_be_from_charset for m in matches if m.chaos <= cleanest + 0.01):
            return "cp1252", "detected"
    best = matches[0] if matches else None
    codec = codec_for(best.encoding) if best is not None else None
    if codec:
        return codec, "detected"
    return "cp1252", "default"


def decode_document(data: bytes, content_type: str | None = None) -> Decoded:
    """``data`` as text, its encoding decided as a browser would (see the module doc)."""
    if isinstance(data, str):
        return Decoded(data, "utf-8", "text")
    bom = bom_encoding(data)
    if bom:
        codec, skip = bom
        return Decoded(data[skip:].decode(codec, errors="replace"), codec, "bom")
    codec = codec_for(charset_of(content_type))
    how = "http"
    if codec is None:
        codec, how = declared_in_document(data), "meta"
    if codec is None:
        codec, how = _detect(data)
    return Decoded(data.decode(codec, errors="replace"), codec, how)


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """The text of a fetched or saved page (:func:`decode_document`'s text)."""
    return decode_document(data, content_type).text
