"""Numbers and dates as facts, with what they count and who states them."""

from __future__ import annotations

from typing import ClassVar, Literal

from rashomon.records.base import ArticleField, Span, record

DatePrecision = Literal["day", "week", "month", "year"]


@record
class Number:
    """One number in a fact: "87 people killed" is 87, unit None, what "people killed".

    `high` is the top of a range ("between 10 and 15"); `approximate` marks a hedged or vague
    number ("nearly 40", "dozens": 24, its least); `ordinal` an order ("the seventh year");
    `part_of` the index, in the same fact, of the number this one is part of ("87 people,
    including 31 children": 31 is part of 87).
    """

    value: float
    unit: str | None
    what: str | None
    text: str
    span: Span
    high: float | None = None
    approximate: bool = False
    ordinal: bool = False
    part_of: int | None = None


@record
class DateMention:
    """A date in a fact, as written and as resolved: "last week" in an article published
    2017-04-11 is the week of 2017-04-03; `value` is None when it cannot be resolved (a
    relative date in an article without a publication date)."""

    text: str
    span: Span
    value: str | None
    """ISO 8601 at its precision: "2017-04-04", "2017-04", "2015"."""
    precision: DatePrecision | None
    relative: bool


@record
class Fact:
    """A sentence's numbers and dates; `speaker` is the quoted actor when it sits in a quote.

    Outside quotes the outlet states the fact: `speaker` is None and `speaker_text` the
    outlet's name; `quote` is the id of the quote the sentence sits in.
    """

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    article_id: str
    text: str
    numbers: tuple[Number, ...]
    speaker: str | None
    span: Span
    dates: tuple[DateMention, ...] = ()
    speaker_text: str | None = None
    quote: str | None = None
    field: ArticleField = "text"
