"""Bytes to text: BOMs, UTF-8, a declared charset, then charset-normalizer's best guess."""

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
# Among equally good guesses, Windows-1252 is the usual legacy encoding of English text.
_WESTERN = "cp1252"
_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.1
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def check_text_bytes(data: bytes) -> None:
    """Raise InputError when `data` is empty, whitespace only, or looks binary."""
    if not data.strip():
        raise InputError(Reason.EMPTY, "empty or whitespace only")
    if _bom_encoding(data) is not None:
        return
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise InputError(Reason.BINARY, "binary content (NUL bytes), not text")
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(Reason.BINARY, "binary content (mostly control characters), not text")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Return `data` as text; try a BOM, UTF-8, `declared`, then a detected charset.

    When charset-normalizer rates several charsets equally, Windows-1252 is preferred.

    Raises InputError (empty, binary, undecodable) for data that is not usable text.
    """
    check_text_bytes(data)
    bom = _bom_encoding(data)
    candidates = [bom] if bom else ["utf-8"]
    if declared and not bom:
        candidates.append(declared)
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if bom:
        raise InputError(Reason.UNDECODABLE, f"not valid {bom} despite its byte-order mark")
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(Reason.UNDECODABLE, "cannot decode: no character encoding fits the bytes")
    tied = (m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence)
    return str(next((m for m in tied if m.encoding == _WESTERN), best))


def declared_html_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in a `<meta>` tag near its start, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def charset_of(content_type: str) -> str | None:
    """Return the `charset` parameter of a Content-Type header value, if any."""
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None
