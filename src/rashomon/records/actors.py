"""Actors merged across articles, their mentions, and how often each article names each."""

from __future__ import annotations

from typing import ClassVar, Literal, get_args

from rashomon.records.base import ArticleField, Count, CountryCode, Span, record

ActorKind = Literal["person", "state", "organization", "group", "location", "other"]
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)


@record
class Actor:
    """A real-world actor merged across articles.

    `mentions` is the total count over all articles (per article: `Analysis.coverage`).
    `titles` are the roles the coverage gives the actor ("President", "Secretary of State").
    """

    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    """Every spelling the articles use for the actor."""
    affiliation: str | None
    """Id of the actor this one belongs to (a person's party, state or organisation)."""
    country: CountryCode | None
    mentions: Count
    titles: tuple[str, ...] = ()


@record
class Mention:
    """One mention of an actor in one article, traceable to its sentence.

    `span` and `sentence` are offsets into the article's `text`, or into its `title` when
    `field` is "title" (headlines are annotated like the body).
    """

    KEY: ClassVar[tuple[str, ...]] = ("article_id", "field", "span")

    article_id: str
    actor: str
    text: str
    span: Span
    sentence: Span
    field: ArticleField = "text"


@record
class Coverage:
    """How often one article mentions one actor (only pairs with at least one mention)."""

    KEY: ClassVar[tuple[str, ...]] = ("actor", "article_id")

    actor: str
    article_id: str
    mentions: Count
