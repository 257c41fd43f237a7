"""Every voice with its speaker: direct, reported, interview and partial quotes, and questions."""

from __future__ import annotations

from typing import ClassVar, Literal, get_args

from rashomon.records.base import ArticleField, Span, record

QuoteKind = Literal["direct", "indirect", "interview", "partial", "question"]
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
# How the speaker was found: named beside the cue, a pronoun or a title whose referent the text
# makes clear, the speaker of the quote just before (a quote that goes on without a cue), an
# interview header, the outlet (its own questions), or not at all.
Attribution = Literal["named", "pronoun", "title", "continued", "header", "outlet", "none"]
ATTRIBUTIONS: tuple[Attribution, ...] = get_args(Attribution)


@record
class Quote:
    """One attributed statement; `speaker` is an actor id, or None when the text does not say.

    `span` is the content: for direct and partial quotes with their quote marks, for reported
    speech the clause reported ("that the talks had failed"). `cue` is the verb or phrase that
    attributes it ("said", "according to", the colon of an interview header).
    """

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    article_id: str
    speaker: str | None
    speaker_text: str | None
    """The words that name the speaker ("he", "the Kremlin spokesman")."""
    text: str
    kind: QuoteKind
    span: Span
    cue: str | None = None
    cue_span: Span | None = None
    speaker_span: Span | None = None
    attribution: Attribution = "none"
    continues: str | None = None
    """The id of the quote this one goes on from: one statement split by its cue ("“…,” she
    said, “…”") or running on into the next sentence without one."""
    field: ArticleField = "text"
