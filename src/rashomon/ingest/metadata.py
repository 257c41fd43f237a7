"""Metadata helpers: full dates in text, ISO normalisation, outlet and person names."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
_ISO_PREFIX = re.compile(r"^\s*((?:19|20)\d\d-[01]\d-[0-3]\d)")

_WEEKDAY_OR_TIME = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\b(?:gmt|utc|bst|cet|est|edt)\b"
    r"|[,.\s]",
    re.IGNORECASE,
)

_CORPORATE_SUFFIX = re.compile(
    r"(?:\s+(?:Media\s+)?(?:Group|Limited|Ltd\.?|Inc\.?|LLC|plc|PLC|Corporation|Corp\.?|"
    r"Company|Co\.|Holdings))+$"
)
_CAMEL_RUN = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])")


def dates_in(text: str) -> list[date]:
    """Return every full (day, month, year) date written in `text`, in order of appearance."""
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parsed = _to_date(match)
            if parsed is not None:
                found.append((match.start(), parsed))
    return [value for _, value in sorted(found)]


def latest_date(text: str) -> str | None:
    """Return the latest full date written in `text` as `YYYY-MM-DD`, or None when there is none."""
    found = dates_in(text)
    return max(found).isoformat() if found else None


def iso_date(value: str | None) -> str | None:
    """Normalise a date string (ISO, RFC 2822, or a written date) to `YYYY-MM-DD`; None if none."""
    if not value:
        return None
    prefix = _ISO_PREFIX.match(value)
    if prefix and _valid_iso(prefix.group(1)):
        return prefix.group(1)
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = dates_in(value)
    return found[0].isoformat() if found else None


def is_date_line(line: str) -> bool:
    """Return whether `line` is nothing but a full date (with weekday or time of day)."""
    if not dates_in(line):
        return False
    rest = line
    for pattern in _DATE_PATTERNS:
        rest = pattern.sub("", rest)
    return not _WEEKDAY_OR_TIME.sub("", rest)


def outlet_name(raw: str, split_camel: bool = False) -> str | None:
    """Return an outlet name from a source or copyright phrase.

    "The Telegraph Group Limited, London 2017" gives "The Telegraph"; "© The Harbour Times 2026"
    gives "The Harbour Times". `split_camel` splits run-together tags: "TRTWorld" gives "TRT World".
    """
    text = re.sub(r"^(?:©|\(c\)|copyright\b|[—–-])+\s*", "", raw.strip(), flags=re.IGNORECASE)
    text = re.sub(r"\b(?:19|20)\d\d\b", "", text)
    text = re.sub(r"all rights reserved\.?", "", text, flags=re.IGNORECASE)
    text = re.split(r",|;|\||\.\s|\s+and\s+|\s+&\s+|\s+via\s+", text)[0].strip(" .")
    text = _CORPORATE_SUFFIX.sub("", text).strip(" .")
    if split_camel:
        text = " ".join(_CAMEL_RUN.sub(" ", word) for word in text.split())
    if not text or not text[0].isupper() or len(text.split()) > 6:
        return None
    return text


def _to_date(match: re.Match[str]) -> date | None:
    month_text = match.group("month").lower()
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
    try:
        return date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None


def _valid_iso(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True
