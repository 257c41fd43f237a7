"""Versioned output records (the `rashomon/1` contract) and their JSON form.

Every stage reads and writes these records; spaCy objects never leave `annotate/`. Field names
follow ../shared/DESIGN.md. Lists that later issues fill (events, quotes, facts, framing,
comparison, stories) are typed loosely here until their issues define their records.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

SCHEMA_VERSION = "rashomon/1"

ActorKind = Literal["person", "state", "organization", "group", "location", "other"]
ACTOR_KINDS: tuple[ActorKind, ...] = (
    "person",
    "state",
    "organization",
    "group",
    "location",
    "other",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned input article.

    `text` is the cleaned body; every `span` elsewhere is a [start, end) character offset into it.
    `source` is the input (path, URL, or `path#line`) it came from. `duplicate_of` is the id of
    the article this one repeats (exactly or nearly); duplicates are listed, not analysed twice.
    `boilerplate` keeps the lines removed from the body (captions, credits, bylines) so that
    nothing is silently lost.
    """

    id: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None
    genre: str
    language: str
    text: str
    source: str
    duplicate_of: str | None = None
    word_count: int = 0
    boilerplate: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that was not analysed, with a one-line reason and a stable reason code."""

    input: str
    reason: str
    code: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an actor in one article, traceable to its sentence."""

    article_id: str
    actor: str
    text: str
    span: tuple[int, int]
    sentence: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Actor:
    """A real-world actor merged across articles.

    `mentions` is the total count; `mentions_by_article` maps article id to count.
    `titles` are the roles the coverage gives the actor ("President", "Secretary of State").
    """

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    affiliation: str | None
    country: str | None
    mentions: int
    mentions_by_article: dict[str, int] = field(default_factory=dict)
    titles: tuple[str, ...] = ()


def _empty_comparison() -> dict[str, list[Any]]:
    return {"shared": [], "unique": [], "conflicts": []}


@dataclass(slots=True)
class Analysis:
    """The whole result of one run: the `analysis.json` document."""

    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    framing: list[dict[str, Any]] = field(default_factory=list)
    comparison: dict[str, list[Any]] = field(default_factory=_empty_comparison)
    stories: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready document, with `schema` first and lists in a stable order."""
        document: dict[str, Any] = {"schema": SCHEMA_VERSION}
        for item in fields(self):
            document[item.name] = _jsonable(getattr(self, item.name))
        return document

    @classmethod
    def from_dict(cls, document: dict[str, Any]) -> Analysis:
        """Rebuild an `Analysis` from `to_dict()` output (for re-reading `analysis.json`)."""
        return cls(
            articles=[
                Article(**{**item, "boilerplate": tuple(item["boilerplate"])})
                for item in document["articles"]
            ],
            actors=[
                Actor(
                    **{**item, "aliases": tuple(item["aliases"]), "titles": tuple(item["titles"])}
                )
                for item in document["actors"]
            ],
            mentions=[
                Mention(
                    **{**item, "span": tuple(item["span"]), "sentence": tuple(item["sentence"])}
                )
                for item in document["mentions"]
            ],
            events=list(document["events"]),
            quotes=list(document["quotes"]),
            facts=list(document["facts"]),
            framing=list(document["framing"]),
            comparison=dict(document["comparison"]),
            stories=list(document["stories"]),
            rejected=[Rejected(**item) for item in document["rejected"]],
        )


def _jsonable(value: Any) -> Any:
    """Convert records, tuples and dicts recursively into JSON types."""
    if hasattr(value, "__dataclass_fields__"):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value
