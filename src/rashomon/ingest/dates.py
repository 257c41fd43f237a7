"""Dates written in metadata and text, read by dateparser: full dates only, in English.

A date counts only with its day, month and year ("11 April 2017", "Apr. 11, 2017",
"2017-04-11", "Tue, 11 Apr 2017 10:00:00 GMT"); relative dates ("yesterday") and partial ones
("April 2017") are not publication dates. Dotted numeric dates are day first ("12.03.2021" is 12
March, as wherever dots are written). In running text, candidates are found by their shape (a
number, a word and a four-digit year, in either order, or an ISO date) and each is checked by
dateparser, which knows the month names and the calendar ("February 30, 2020" is none).

A page's date lines say when it was published: "Published: 2 May 2023" and "Posted on …" are
`published`, "Updated: …" and "Last modified …" are `updated`, and a line that is nothing but a
date is `date`. A publication date comes from such lines (or metadata, a dateline, a caption),
never from the dates an article's narrative mentions.
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
_DOTTED = re.compile(r"^\s*[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\b")
_LABELLED = re.compile(
    r"^(?P<label>(?:first\s+)?published|posted|date|(?:last\s+)?(?:updated|modified))"
    r"(?:\s+on)?\s*:?\s*(?P<value>.{6,60})$",
    re.IGNORECASE,
)
_MAX_DATE_LINE_WORDS = 12
# The kinds of date line, the one to prefer first.
DATE_LINE_KINDS = ("published", "date", "updated")


@cache
def _parser(order: str = "MDY") -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "DATE_ORDER": order,
        },
    )


def parse_date(text: str) -> date | None:
    """The full date that `text` is, as a whole (weekday, time and zone allowed), else None."""
    order = "DMY" if _DOTTED.match(text) else "MDY"
    parsed = _parser(order).get_date_data(text.strip()).date_obj
    return parsed.date() if parsed is not None else None


def dates_in(text: str) -> list[date]:
    """Every full date written in `text`, in order of appearance."""
    found = (parse_date(match.group()) for match in _CANDIDATE.finditer(text))
    return [value for value in found if value is not None]


def first_date(text: str) -> str | None:
    """The first full date written in `text` as `YYYY-MM-DD`, or None when there is none."""
    found = dates_in(text)
    return found[0].isoformat() if found else None


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
    return first_date(value)


def is_date_line(line: str) -> bool:
    """Whether `line` is nothing but a full date (with weekday, time of day or zone)."""
    if len(line.split()) > _MAX_DATE_LINE_WORDS or not _HAS_YEAR.search(line):
        return False
    return parse_date(line) is not None


def date_line(line: str) -> tuple[str, str] | None:
    """The kind (one of DATE_LINE_KINDS) and ISO date of a page's date line, else None.

    "Published: 2 May 2023" gives ("published", "2023-05-02"), "Updated 15 March 2021 10:00"
    ("updated", "2021-03-15"), "Monday 6 January 2025 14:05 GMT" ("date", "2025-01-06"); "The strike
    began on 6 January 2025" is no date line.
    """
    labelled = _LABELLED.match(line.strip())
    if labelled and (value := iso_date(labelled.group("value"))):
        label = labelled.group("label").lower()
        return ("updated" if label.endswith(("updated", "modified")) else "published"), value
    if is_date_line(line) and (value := iso_date(line)):
        return "date", value
    return None
