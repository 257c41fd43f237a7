"""Numbers and dates as facts, with what they count (filled by the quotes issue)."""

from __future__ import annotations

from typing import ClassVar

from rashomon.records.base import Span, record


@record
class Number:
    """One number in a fact: "87 people killed" is 87, unit None, what "people killed"."""

    value: float
    unit: str | None
    what: str | None


@record
class Fact:
    """A sentence's numbers; `speaker` is the quoted actor when it sits in a quote."""

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    article_id: str
    text: str
    numbers: tuple[Number, ...]
    speaker: str | None
    span: Span
