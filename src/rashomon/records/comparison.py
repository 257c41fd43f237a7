"""What the outlets share, what only one reports, where they conflict (filled later)."""

from __future__ import annotations

from typing import ClassVar

from rashomon.records.base import Span, record


@record
class Evidence:
    """The sentence of one article that supports a claim."""

    article_id: str
    text: str
    span: Span


@record
class Claim:
    """A claim and the articles that make it (two or more when shared, one when unique)."""

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    text: str
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@record
class Conflict:
    """The same quantity or fact stated differently, with every evidence."""

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    what: str
    evidence: tuple[Evidence, ...]


@record
class Comparison:
    """The comparison of the articles' claims."""

    shared: tuple[Claim, ...] = ()
    unique: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
