"""Every voice with its speaker (filled by the quotes issue)."""

from __future__ import annotations

from typing import ClassVar, Literal, get_args

from rashomon.records.base import Span, record

QuoteKind = Literal["direct", "indirect", "interview", "partial"]
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)


@record
class Quote:
    """One attributed statement; `speaker` is an actor id, or None when the text does not say."""

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    article_id: str
    speaker: str | None
    speaker_text: str | None
    """The words that name the speaker ("he", "the Kremlin spokesman")."""
    text: str
    kind: QuoteKind
    span: Span
