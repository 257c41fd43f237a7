"""What every report section shares, computed once from an `Analysis`: labels, order, lookups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rashomon.records import ACTOR_KINDS, Actor, Analysis, Article
from rashomon.report.limits import LIMITS, Limits

KIND_LABELS: Mapping[str, str] = {kind: kind.capitalize() for kind in ACTOR_KINDS}
KIND_KEYS: Mapping[str, str] = {
    "person": "p",
    "state": "s",
    "organization": "o",
    "group": "g",
    "location": "l",
    "other": "x",
}
"""The letter that opens the page keys of an actor kind's actors; the stylesheet colours a mark
by it."""
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """One article as every section names it: its label (A1 …) and, for a duplicate, the label
    of the article it repeats."""

    label: str
    article: Article
    duplicate_of: str | None


@dataclass(frozen=True, slots=True)
class ReportContext:
    """The analysis with its articles labelled in input order and its actors ranked by total
    mentions, then name; `analysed` leaves out the duplicates. `keys` gives each actor id its
    short key on the page (see `page_key`); `limits` caps what the sections lay out in full."""

    analysis: Analysis
    articles: tuple[ArticleEntry, ...]
    analysed: tuple[ArticleEntry, ...]
    actors: tuple[Actor, ...]
    actors_by_id: Mapping[str, Actor]
    keys: Mapping[str, str]
    limits: Limits


def build_context(analysis: Analysis, limits: Limits = LIMITS) -> ReportContext:
    """Return the shared context of `analysis`, whose sections keep to `limits`."""
    labels: dict[str, str] = {}
    for number, article in enumerate(analysis.articles, 1):
        labels.setdefault(article.id, f"A{number}")
    articles = tuple(
        ArticleEntry(f"A{number}", article, _duplicate_label(article, labels))
        for number, article in enumerate(analysis.articles, 1)
    )
    ranked = sorted(analysis.actors, key=lambda actor: (-actor.mentions, actor.name.casefold()))
    return ReportContext(
        analysis=analysis,
        articles=articles,
        analysed=tuple(entry for entry in articles if entry.article.duplicate_of is None),
        actors=tuple(ranked),
        actors_by_id={actor.id: actor for actor in analysis.actors},
        keys={actor.id: page_key(actor, rank) for rank, actor in enumerate(ranked)},
        limits=limits,
    )


def page_key(actor: Actor, rank: int) -> str:
    """The actor's key on the page: its kind's letter, then its rank (from 0) in base 36.

    Every mark carries it, so it is kept short ("p0" for the most mentioned actor, a person); it
    never holds "_", so it cannot equal an actor id (which the page uses for an actor that is
    not in the analysis).
    """
    digits = ""
    while True:
        rank, digit = divmod(rank, len(_DIGITS))
        digits = _DIGITS[digit] + digits
        if not rank:
            return KIND_KEYS.get(actor.kind, "x") + digits


def _duplicate_label(article: Article, labels: Mapping[str, str]) -> str | None:
    """Label of the first article with the id this one duplicates."""
    if article.duplicate_of is None:
        return None
    return labels.get(article.duplicate_of, "another article")
