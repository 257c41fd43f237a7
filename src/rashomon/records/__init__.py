"""The versioned records every stage reads and writes (the `rashomon/1` contract).

Each record is declared once, as a frozen dataclass; JSON, the JSON Schema and the Arrow tables
all derive from it. spaCy objects never appear here: spans are character offsets.
"""

from __future__ import annotations

from rashomon.records.actors import ACTOR_KINDS, Actor, ActorKind, Coverage, Mention
from rashomon.records.analysis import SCHEMA_VERSION, Analysis
from rashomon.records.annotation import (
    Affiliation,
    ArticleAnnotation,
    FactCandidate,
    MentionCandidate,
    QuoteCandidate,
)
from rashomon.records.articles import Article, Rejected
from rashomon.records.comparison import Claim, Comparison, Conflict, Evidence
from rashomon.records.events import PLOVER_TYPES, Event, PloverType
from rashomon.records.facts import DateMention, DatePrecision, Fact, Number
from rashomon.records.framing import Framing, FramingLabel
from rashomon.records.quotes import ATTRIBUTIONS, QUOTE_KINDS, Attribution, Quote, QuoteKind
from rashomon.records.stories import Story

__all__ = [
    "ACTOR_KINDS",
    "ATTRIBUTIONS",
    "PLOVER_TYPES",
    "QUOTE_KINDS",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Affiliation",
    "Analysis",
    "Article",
    "ArticleAnnotation",
    "Attribution",
    "Claim",
    "Comparison",
    "Conflict",
    "Coverage",
    "DateMention",
    "DatePrecision",
    "Event",
    "Evidence",
    "Fact",
    "FactCandidate",
    "Framing",
    "FramingLabel",
    "Mention",
    "MentionCandidate",
    "Number",
    "PloverType",
    "Quote",
    "QuoteCandidate",
    "QuoteKind",
    "Rejected",
    "Story",
]
