"""The terminal summary printed after `rashomon analyze`: counts, articles, the main actors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Column, Table

from rashomon.schema import Analysis

TOP_ACTORS = 15
NAME_WIDTH = 24


def _clipped(header: str, max_width: int | None = None, min_width: int | None = None) -> Column:
    """A column that gives up width first, ending in an ellipsis."""
    return Column(
        header,
        no_wrap=True,
        overflow="ellipsis",
        ratio=1,
        max_width=max_width,
        min_width=min_width,
    )


def _fixed(header: str, width: int) -> Column:
    """A column that keeps its width."""
    return Column(header, no_wrap=True, min_width=width)


def print_summary(console: Console, analysis: Analysis, out: Path) -> None:
    """Print what was analysed, the most-mentioned actors and where the files went."""
    analysed = [article for article in analysis.articles if article.duplicate_of is None]
    kinds = Counter(actor.kind for actor in analysis.actors)
    console.print(
        f"[bold]{len(analysed)}[/] articles analysed, "
        f"{len(analysis.articles) - len(analysed)} duplicates, "
        f"{len(analysis.rejected)} rejected; [bold]{len(analysis.actors)}[/] actors ("
        + ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        + ")"
    )
    articles = Table(
        _clipped("outlet"),
        _clipped("author"),
        _fixed("published", 10),
        _fixed("genre", 9),
        _fixed("words", 5),
        _clipped("title"),
        box=None,
    )
    for article in analysis.articles:
        articles.add_row(
            article.outlet or "-",
            article.author or "-",
            article.published or "-",
            "duplicate" if article.duplicate_of else article.genre,
            str(article.word_count),
            article.title or "-",
        )
    console.print(articles)
    names = {actor.id: actor.name for actor in analysis.actors}
    actors = Table(
        _clipped("actor", max_width=NAME_WIDTH, min_width=18),
        _fixed("kind", 12),
        _fixed("mentions", 8),
        _clipped("affiliation", max_width=NAME_WIDTH),
        _clipped("also called"),
        box=None,
    )
    ranked = sorted(analysis.actors, key=lambda actor: (-actor.mentions, actor.name))
    for actor in ranked[:TOP_ACTORS]:
        actors.add_row(
            actor.name,
            actor.kind,
            str(actor.mentions),
            names.get(actor.affiliation or "", "-"),
            ", ".join(alias for alias in actor.aliases if alias != actor.name) or "-",
        )
    console.print(actors)
    console.print(f"wrote {out / 'analysis.json'} and {out / 'report.html'}")
