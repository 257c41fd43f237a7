"""Dates written in metadata and text, read by dateparser: full dates only, in English.

A date counts only with its day, month and year ("11 April 2017", "Apr. 11, 2017",
"2017-04-11", "Tue, 11 Apr 2017 10:00:00 GMT"); relative dates ("yesterday") and partial ones
("April 2017") are not publication dates. In running text, candidates are found by their shape
(a number, a word and a four-digit year, in either order, or an ISO date) and each is checked by
dateparser, which knows the month names and the calendar ("February 30, 2020" is none).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from dateparser.date import DateDataParser

_ISO_PREFIX = re.compile(r"^\s*((?:19|20)\d\d-[01]\d-[0-3]\d)")
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_WORD = r"[A-Za-z]{3,9}\.?"
_YEAR = r"(?:19|20)\d\d"
_CANDIDATE = re.compile(
    rf"\b(?:{_WORD}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_WORD},?\s+{_YEAR}"
    rf"|{_YEAR}-[01]\d-[0-3]\d)\b"
)
_HAS_YEAR = re.compile(rf"\b{_YEAR}\b")
_MAX_DATE_LINE_WORDS = 12


@cache
def _parser() -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


def parse_date(text: str) -> date | None:
    """The full date that `text` is, as a whole (weekday, time and zone allowed), else None."""
    parsed = _parser().get_date_data(text.strip()).date_obj
    return parsed.date() if parsed is not None else None


def dates_in(text: str) -> list[date]:
    """Every full date written in `text`, in order of appearance."""
    found = (parse_date(match.group()) for match in _CANDIDATE.finditer(text))
    return [value for value in found if value is not None]


def latest_date(text: str) -> str | None:
    """The latest full date written in `text` as `YYYY-MM-DD`, or None when there is none."""
    found = dates_in(text)
    return max(found).isoformat() if found else None


def iso_date(value: str | None) -> str | None:
    """Normalise a date string (ISO, RFC 2822, or a written date) to `YYYY-MM-DD`; None if none.

    A string with more than a date ("Updated April 11, 2017 7:00pm") gives its first full date.
    """
    if not value or not value.strip():
        return None
    prefix = _ISO_PREFIX.match(value)
    if prefix and parse_date(prefix.group(1)) is not None:
        return prefix.group(1)
    whole = parse_date(value) if _HAS_YEAR.search(value) else None
    if whole is not None:
        return whole.isoformat()
    found = dates_in(value)
    return found[0].isoformat() if found else None


def is_date_line(line: str) -> bool:
    """Whether `line` is nothing but a full date (with weekday, time of day or zone)."""
    if len(line.split()) > _MAX_DATE_LINE_WORDS or not _HAS_YEAR.search(line):
        return False
    return parse_date(line) is not None
