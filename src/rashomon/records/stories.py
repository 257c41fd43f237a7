"""Stories: articles clustered by the event they report (filled later)."""

from __future__ import annotations

from typing import ClassVar

from rashomon.records.base import record


@record
class Story:
    """One story: the articles that report it and the actors it involves."""

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    article_ids: tuple[str, ...]
    title: str | None
    actors: tuple[str, ...]
