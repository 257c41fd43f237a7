"""The inputs as analysed: cleaned articles, and the inputs that could not be."""

from __future__ import annotations

from typing import ClassVar

from rashomon.records.base import Count, record


@record
class Article:
    """One cleaned input article.

    `text` is the cleaned body; every `span` elsewhere is a [start, end) character offset into it.
    `source` is the input (path, URL, or `path:line`) it came from. `duplicate_of` is the id of
    the article this one repeats (exactly or nearly); duplicates are listed, not analysed twice.
    `boilerplate` keeps the lines removed from the body (captions, credits, bylines) so that
    nothing is silently lost.
    """

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    """Publication date, YYYY-MM-DD."""
    url: str | None
    genre: str
    """news, opinion or interview."""
    language: str
    text: str
    source: str
    duplicate_of: str | None = None
    word_count: Count = 0
    boilerplate: tuple[str, ...] = ()


@record
class Rejected:
    """An input that was not analysed, with a one-line reason and a stable reason code."""

    KEY: ClassVar[tuple[str, ...]] = ("input",)

    input: str
    reason: str
    code: str
