"""Dates, ISO normalisation and outlet names."""

from __future__ import annotations

import pytest

from rashomon.ingest.dates import date_line, first_date, is_date_line, iso_date
from rashomon.ingest.metadata import outlet_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday, April 11, 2017", "2017-04-11"),
        ("on 3rd March 2020 and on Sept. 9, 2021", "2020-03-03"),
        ("signed 2019-02-28 in Rabat", "2019-02-28"),
        ("in April 2017, and on February 30, 2020", None),
        ("in 2017", None),
    ],
)
def test_first_full_date(text: str, expected: str | None) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-05T10:00:00+00:00", "2026-03-05"),
        ("Thu, 05 Mar 2026 10:00:00 GMT", "2026-03-05"),
        ("5 March 2026", "2026-03-05"),
        ("Updated April 11, 2017 7:00pm", "2017-04-11"),
        ("12.03.2021", "2021-03-12"),
        ("12.03.2021 10:00", "2021-03-12"),
        ("03/12/2021", "2021-03-12"),
        ("yesterday", None),
        ("2 days ago", None),
        ("April 2017", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("raw", "camel", "expected"),
    [
        ("TRTWorld and agencies", True, "TRT World"),
        ("— The Daily Ledger Group Limited, Leeds 2019", False, "The Daily Ledger"),
        ("© Harbour Times Media Group 2026. All rights reserved", False, "Harbour Times"),
        ("agencies", True, None),
    ],
)
def test_outlet_name(raw: str, camel: bool, expected: str | None) -> None:
    assert outlet_name(raw, split_camel=camel) == expected


def test_date_line() -> None:
    assert is_date_line("Monday 6 January 2025 14:05 GMT")
    assert is_date_line("Tuesday 11 April 2017 • 7:00pm")
    assert not is_date_line("The strike began on 6 January 2025")
    assert not is_date_line("Doors open at 10:30")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 2 May 2023", ("published", "2023-05-02")),
        ("First published on 2 May 2023", ("published", "2023-05-02")),
        ("Posted 12.03.2021", ("published", "2021-03-12")),
        ("Updated: 15 March 2021 10:00 CET", ("updated", "2021-03-15")),
        ("Last modified on March 15, 2021", ("updated", "2021-03-15")),
        ("Monday 6 January 2025 14:05 GMT", ("date", "2025-01-06")),
        ("The strike began on 6 January 2025", None),
        ("Updated 2 hours ago", None),
    ],
)
def test_date_lines_and_their_kind(line: str, expected: tuple[str, str] | None) -> None:
    assert date_line(line) == expected
