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


@pytest.mark.parametrize(
    "text",
    [
        "São Paulo's mayor, José Müller, visited the Zürich office on Friday.",
        "Año nuevo en Málaga: la peña celebró.",
        "Ørsted and Ærø: Grüße aus Köln",
        "Café près du port.",
        "résumé",
    ],
)
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_short_western_text_is_read_as_windows_1252(text: str, encoding: str) -> None:
    """charset-normalizer alone read these as Mac Central European, cp1250, Big5 or UTF-16."""
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zażółć gęślą jaźń. Prezydent Wałęsa powiedział, że rząd musi działać.", "cp1250"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda oznámila nová opatření.", "cp1250"),
        ("Портовые рабочие в пятницу третий день подряд не вышли на работу.", "cp1251"),
        ("Портовые рабочие в пятницу третий день подряд не вышли на работу.", "koi8-r"),
        ("Οι λιμενεργάτες απεργούν για τρίτη μέρα την Παρασκευή.", "iso-8859-7"),
        ("港湾労働者は金曜日、三日連続でストライキを行い、貨物船が待機している。", "shift_jis"),
        ("港湾労働者は金曜日、三日連続でストライキを行い、貨物船が待機している。", "euc-jp"),
        ("港口工人周五连续第三天罢工，数十艘货轮在海湾外等待靠港。", "gb2312"),
        ("港口工人週五連續第三天罷工，數十艘貨輪在海灣外等待靠港。", "big5"),
        ("항구 노동자들은 금요일에 사흘째 파업을 벌였다.", "euc-kr"),
    ],
)
def test_other_legacy_encodings_keep_their_own_code_page(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(encoding: str) -> None:
    assert decode_bytes(SENTENCE.encode(encoding)) == SENTENCE


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
