"""What the report shows, computed from an `Analysis`: article cards, actor rows, the matrix."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rashomon.records import Actor, Analysis, Article, Mention
from rashomon.report.highlight import Segment, highlight

HEAT_LEVELS = 4


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One article as shown: short label (A1 …), metadata, a safe link and marked paragraphs."""

    label: str
    article: Article
    words: int
    link: str | None
    duplicate_of: str | None
    paragraphs: list[list[Segment]]


@dataclass(frozen=True, slots=True)
class Cell:
    """One actor × article count; `level` (1 … HEAT_LEVELS) shades it, 0 for no mentions."""

    count: int
    level: int


@dataclass(frozen=True, slots=True)
class ActorView:
    """One actor row: the actor, its other names, its affiliation's name and its cells."""

    actor: Actor
    aliases: list[str]
    affiliation: str | None
    cells: list[Cell]


@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything the template needs."""

    articles: list[ArticleView]
    analysed: list[ArticleView]
    actors: list[ActorView]
    analysis: Analysis


def build_view(analysis: Analysis) -> ReportView:
    """Return the report's view of `analysis`; actors sorted by total mentions, then name."""
    labels: dict[str, str] = {}
    for number, article in enumerate(analysis.articles, 1):
        labels.setdefault(article.id, f"A{number}")
    by_id = {actor.id: actor for actor in analysis.actors}
    by_article: defaultdict[str, list[Mention]] = defaultdict(list)
    for mention in analysis.mentions:
        by_article[mention.article_id].append(mention)
    articles = [
        ArticleView(
            label=f"A{number}",
            article=article,
            words=article.word_count or len(article.text.split()),
            link=_web_link(article.url),
            duplicate_of=_duplicate_label(article, labels),
            paragraphs=[]
            if article.duplicate_of
            else highlight(article.text, by_article[article.id], by_id),
        )
        for number, article in enumerate(analysis.articles, 1)
    ]
    analysed = [view for view in articles if view.article.duplicate_of is None]
    ranked = sorted(analysis.actors, key=lambda actor: (-actor.mentions, actor.name.casefold()))
    counts = {(cell.actor, cell.article_id): cell.mentions for cell in analysis.coverage}
    peak = max(counts.values(), default=0)
    rows = [
        ActorView(
            actor=actor,
            aliases=[alias for alias in actor.aliases if alias.casefold() != actor.name.casefold()],
            affiliation=_affiliation(actor, by_id),
            cells=[_cell(counts.get((actor.id, view.article.id), 0), peak) for view in analysed],
        )
        for actor in ranked
    ]
    return ReportView(articles=articles, analysed=analysed, actors=rows, analysis=analysis)


def _web_link(url: str | None) -> str | None:
    """Only http(s) URLs become links, so a `javascript:` URL can never run."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _duplicate_label(article: Article, labels: dict[str, str]) -> str | None:
    """Label of the first article with the id this one duplicates."""
    if article.duplicate_of is None:
        return None
    return labels.get(article.duplicate_of, "another article")


def _affiliation(actor: Actor, by_id: dict[str, Actor]) -> str | None:
    if actor.affiliation is None:
        return None
    parent = by_id.get(actor.affiliation)
    return parent.name if parent else actor.affiliation


def _cell(count: int, peak: int) -> Cell:
    if count <= 0 or peak <= 0:
        return Cell(0, 0)
    return Cell(count, max(1, -(-count * HEAT_LEVELS // peak)))
