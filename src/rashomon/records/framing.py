"""How each article frames each actor (filled by the framing issue)."""

from __future__ import annotations

from typing import ClassVar, Literal

from rashomon.records.base import Count, Sentiment, record

FramingLabel = Literal["negative", "neutral", "positive"]


@record
class Framing:
    """One article's sentiment towards one actor, and the words it uses to name it."""

    KEY: ClassVar[tuple[str, ...]] = ("article_id", "actor")

    article_id: str
    actor: str
    mentions: Count
    sentiment: Sentiment
    """From −1 (negative) to +1 (positive)."""
    label: FramingLabel
    labels: tuple[str, ...]
    """Words and phrases the article uses to name or describe the actor."""
