"""The `analysis.json` document: every list of the `rashomon/1` contract, typed."""

from __future__ import annotations

from typing import Literal

from rashomon.records.actors import Actor, Coverage, Mention
from rashomon.records.articles import Article, Rejected
from rashomon.records.base import record
from rashomon.records.comparison import Comparison
from rashomon.records.events import Event
from rashomon.records.facts import Fact
from rashomon.records.framing import Framing
from rashomon.records.quotes import Quote
from rashomon.records.stories import Story

SCHEMA_VERSION: Literal["rashomon/1"] = "rashomon/1"


@record
class Analysis:
    """The whole result of one run. Items may carry more fields than listed; the listed ones
    are required."""

    schema: Literal["rashomon/1"] = SCHEMA_VERSION
    articles: tuple[Article, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    coverage: tuple[Coverage, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    framing: tuple[Framing, ...] = ()
    comparison: Comparison = Comparison()
    stories: tuple[Story, ...] = ()
    rejected: tuple[Rejected, ...] = ()
