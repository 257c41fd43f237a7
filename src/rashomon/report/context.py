"""What every report section shares, computed once from an `Analysis`: labels, order, lookups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rashomon.records import ACTOR_KINDS, Actor, Analysis, Article
from rashomon.report.limits import LIMITS, Limits

KIND_LABELS: Mapping[str, str] = {kind: kind.capitalize() for kind in ACTOR_KINDS}


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
    mentions, then name; `analysed` leaves out the duplicates. `limits` caps what the sections
    lay out in full."""

    analysis: Analysis
    articles: tuple[ArticleEntry, ...]
    analysed: tuple[ArticleEntry, ...]
    actors: tuple[Actor, ...]
    actors_by_id: Mapping[str, Actor]
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
    return ReportContext(
        analysis=analysis,
        articles=articles,
        analysed=tuple(entry for entry in articles if entry.article.duplicate_of is None),
        actors=tuple(
            sorted(analysis.actors, key=lambda actor: (-actor.mentions, actor.name.casefold()))
        ),
        actors_by_id={actor.id: actor for actor in analysis.actors},
        limits=limits,
    )


def _duplicate_label(article: Article, labels: Mapping[str, str]) -> str | None:
    """Label of the first article with the id this one duplicates."""
    if article.duplicate_of is None:
        return None
    return labels.get(article.duplicate_of, "another article")
