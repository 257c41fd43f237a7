"""Relative dates resolved against the publication date: "last week", "on Tuesday", "March".

dateparser reads the expression with the publication date as "now", preferring the past (news
reports what happened); the result keeps the precision the words give ("last month" is a
month, not a day). Without a publication date, or for words it cannot read ("earlier this
month"), the date stays unresolved.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from dateparser.date import DateDataParser

from rashomon.records import DatePrecision

_PRECISIONS: dict[str, DatePrecision] = {
    "day": "day",
    "part_of_day": "day",
    "time": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}


@lru_cache(maxsize=4096)
def resolve_relative(text: str, published: str | None) -> tuple[str | None, DatePrecision | None]:
    """(ISO value, precision) of `text` as of the `published` date (ISO), or (None, None)."""
    if not published:
        return None, None
    try:
        base = datetime.datetime.fromisoformat(published[:10])
    except ValueError:
        return None, None
    found = _parser(base).get_date_data(text)
    precision = _PRECISIONS.get(found.period or "")
    if found.date_obj is None or precision is None:
        return None, None
    day = found.date_obj.date()
    if precision == "year":
        return f"{day.year:04d}", precision
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}", precision
    return day.isoformat(), precision


@lru_cache(maxsize=64)
def _parser(base: datetime.datetime) -> DateDataParser:
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)
