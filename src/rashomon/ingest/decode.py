"""Bytes to text: BOMs, UTF-8, a declared charset, then charset-normalizer's judgement.

Undeclared legacy bytes are read as Windows-1252 (a superset of Latin-1) whenever
charset-normalizer finds that reading as clean as its best guess: on a short text its guess is
one of many equally clean code pages ("São Paulo" came out as "S„o Paulo", Mac Central European),
and English and Western European text is far more often Windows-1252 than any of them. Real
Cyrillic, Greek, Central European or CJK bytes read as Windows-1252 are a mess, so their own code
page still wins. UTF-16 without a byte-order mark is recognised by its zero bytes, all on the
same side of each 2-byte unit (as in text mostly in Latin script).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from rashomon.errors import InputError, Reason

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_WESTERN = "cp1252"
_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.1
# UTF-16 without BOM: at least this share of the units have a zero byte, always on the same side.
_MIN_ZERO_UNITS = 0.3
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def check_text_bytes(data: bytes) -> None:
    """Raise InputError when `data` is empty, whitespace only, or looks binary."""
    if not data.strip():
        raise InputError(Reason.EMPTY, "empty or whitespace only")
    if _bom_encoding(data) is not None or _unmarked_utf16(data) is not None:
        return
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise InputError(Reason.BINARY, "binary content (NUL bytes), not text")
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(Reason.BINARY, "binary content (mostly control characters), not text")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Return `data` as text; try a BOM, UTF-8, `declared`, then a detected charset.

    Raises InputError (empty, binary, undecodable) for data that is not usable text.
    """
    check_text_bytes(data)
    bom = _bom_encoding(data)
    unmarked = None if bom else _unmarked_utf16(data)
    candidates = [bom or unmarked or "utf-8"]
    if declared and not (bom or unmarked):
        candidates.append(declared)
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if bom:
        raise InputError(Reason.UNDECODABLE, f"not valid {bom} despite its byte-order mark")
    if unmarked:
        raise InputError(Reason.UNDECODABLE, f"looks like {unmarked} but is not valid")
    best = from_bytes(data).best()
    western = from_bytes(data, cp_isolation=[_WESTERN]).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        return str(western)
    if best is None:
        raise InputError(Reason.UNDECODABLE, "cannot decode: no character encoding fits the bytes")
    return str(best)


def declared_html_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in a `<meta>` tag near its start, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def charset_of(content_type: str) -> str | None:
    """Return the `charset` parameter of a Content-Type header value, if any."""
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def _unmarked_utf16(data: bytes) -> str | None:
    """Return "utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark, else None."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(data) % 2 or not sample:
        return None
    units = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= _MIN_ZERO_UNITS * units and even == 0:
        return "utf-16-le"
    if even >= _MIN_ZERO_UNITS * units and odd == 0:
        return "utf-16-be"
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None
