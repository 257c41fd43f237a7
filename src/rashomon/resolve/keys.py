"""The products cross-article steps exchange. A key named like a list of `Analysis` fills it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rashomon.records import Actor, Article, ArticleAnnotation, Coverage, Fact, Mention, Quote
from rashomon.resolve.steps import Key

if TYPE_CHECKING:
    from rashomon.resolve.index import ActorIndex

# Given by the pipeline: the articles analysed (duplicates left out) and their annotations.
ANALYSED: Key[tuple[Article, ...]] = Key("analysed_articles")
ANNOTATIONS: Key[tuple[ArticleAnnotation, ...]] = Key("annotations")
# Made by the steps.
ACTORS: Key[tuple[Actor, ...]] = Key("actors")
MENTIONS: Key[tuple[Mention, ...]] = Key("mentions")
ACTOR_INDEX: Key[ActorIndex] = Key("actor_index")
COVERAGE: Key[tuple[Coverage, ...]] = Key("coverage")
QUOTES: Key[tuple[Quote, ...]] = Key("quotes")
FACTS: Key[tuple[Fact, ...]] = Key("facts")
