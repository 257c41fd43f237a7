"""Bytes to text: BOMs, UTF-8, declared and detected charsets, and what is not text."""

from __future__ import annotations

import codecs

import pytest

from rashomon.errors import InputError, Reason
from rashomon.ingest.decode import charset_of, declared_html_charset, decode_bytes

SENTENCE = "Le café près du port, naïve façade — “quoted” and ‘single’."


@pytest.mark.parametrize(
    "data",
    [
        SENTENCE.encode("utf-8"),
        codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),
        SENTENCE.encode("utf-16"),
        codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le"),
    ],
)
def test_unicode_encodings_and_boms(data: bytes) -> None:
    assert decode_bytes(data) == SENTENCE


def test_declared_charset_is_used_when_utf8_fails() -> None:
    data = SENTENCE.encode("cp1252")
    assert decode_bytes(data, "cp1252") == SENTENCE


def test_undeclared_legacy_charset_is_detected() -> None:
    text = "The harbour café served crème brûlée to the crews every evening. " * 4
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", Reason.EMPTY),
        (b"  \n\t \r\n", Reason.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, Reason.BINARY),
        (bytes([1, 2, 3, 4, 5, 6, 7, 65]) * 50, Reason.BINARY),
        (bytes(range(0x80, 0x100)) * 4, Reason.UNDECODABLE),
    ],
)
def test_data_that_is_not_text_is_rejected(data: bytes, code: Reason) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data)
    assert caught.value.code == code


def test_charset_declarations() -> None:
    assert charset_of("text/html; charset=ISO-8859-1") == "ISO-8859-1"
    assert charset_of("text/html") is None
    assert declared_html_charset(b'<html><head><meta charset="windows-1252">') == "windows-1252"
    assert (
        declared_html_charset(
            b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        )
        == "koi8-r"
    )
