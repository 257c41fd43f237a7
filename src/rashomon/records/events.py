"""Who did what to whom, coded in PLOVER (filled by the events issue)."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, get_args

from annotated_types import Interval

from rashomon.records.base import Span, record

PloverType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
PLOVER_TYPES: tuple[PloverType, ...] = get_args(PloverType)
Intensity = Annotated[float, Interval(ge=-10, le=10)]


@record
class Event:
    """One event an article reports: `source` did `type` to `target`.

    `speaker` is set when the event is only claimed inside a quote; `negated` and
    `hypothetical` tell denied, feared or conditional events from reported ones.
    """

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    article_id: str
    source: str | None
    target: str | None
    type: PloverType
    mode: str | None
    intensity: Intensity
    """From −10 (conflict) to +10 (cooperation)."""
    negated: bool
    hypothetical: bool
    speaker: str | None
    date: str | None
    evidence: str
    """The sentence that reports the event."""
    span: Span
