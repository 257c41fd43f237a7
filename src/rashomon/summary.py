"""The terminal summary printed after `rashomon analyze`: counts, articles, the main actors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.cells import cell_len
from rich.console import Console
from rich.table import Column, Table

from rashomon.records import Analysis

TOP_ACTORS = 15
TOP_ARTICLES = 20
NAME_WIDTH = 22
SOURCE_WIDTH = 16
MIN_LAST_WIDTH = 10


def _clipped(header: str, max_width: int | None = None, min_width: int | None = None) -> Column:
    """A column that is cut short, with an ellipsis, when the terminal is narrow."""
    return Column(
        header, no_wrap=True, overflow="ellipsis", max_width=max_width, min_width=min_width
    )


def _fixed(header: str, width: int) -> Column:
    """A column that keeps its width."""
    return Column(header, no_wrap=True, min_width=width)


def _table(console: Console, columns: list[Column], rows: list[list[str]]) -> Table:
    """A borderless table: whole cells when they fit, else capped columns and a last column
    that gets only the width the others leave.

    Left to itself, rich squeezes every column alike and drops narrow ones ("words") entirely.
    """
    natural = [
        max(
            [
                cell_len(str(column.header)),
                column.min_width or 0,
                *(cell_len(row[i]) for row in rows),
            ]
        )
        for i, column in enumerate(columns)
    ]
    padding = 2 * len(columns)
    if sum(natural) + padding <= console.width:
        for column in columns:
            column.max_width = None
    else:
        others = zip(natural[:-1], columns[:-1], strict=True)
        used = sum(min(width, column.max_width or width) for width, column in others)
        columns[-1].max_width = max(MIN_LAST_WIDTH, console.width - used - padding)
    table = Table(*columns, box=None)
    for row in rows:
        table.add_row(*row)
    return table


def print_summary(console: Console, analysis: Analysis, out: Path) -> None:
    """Print what was analysed (the first articles), the most-mentioned actors, where files went."""
    analysed = [article for article in analysis.articles if article.duplicate_of is None]
    kinds = Counter(actor.kind for actor in analysis.actors)
    console.print(
        f"[bold]{len(analysed)}[/] articles analysed, "
        f"{len(analysis.articles) - len(analysed)} duplicates, "
        f"{len(analysis.rejected)} rejected; [bold]{len(analysis.actors)}[/] actors ("
        + ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        + ")"
    )
    article_rows = [
        [
            article.outlet or "-",
            article.author or "-",
            article.published or "-",
            "duplicate" if article.duplicate_of else article.genre,
            str(article.word_count),
            article.title or "-",
        ]
        for article in analysis.articles[:TOP_ARTICLES]
    ]
    articles = [
        _clipped("outlet", max_width=SOURCE_WIDTH, min_width=12),
        _clipped("author", max_width=SOURCE_WIDTH, min_width=12),
        _fixed("published", 10),
        _fixed("genre", 9),
        _fixed("words", 5),
        _clipped("title"),
    ]
    console.print(_table(console, articles, article_rows))
    hidden = len(analysis.articles) - TOP_ARTICLES
    if hidden > 0:
        console.print(f"… and {hidden} more articles (every one is in the report and the JSON)")
    names = {actor.id: actor.name for actor in analysis.actors}
    ranked = sorted(analysis.actors, key=lambda actor: (-actor.mentions, actor.name))
    actor_rows = [
        [
            actor.name,
            actor.kind,
            str(actor.mentions),
            names.get(actor.affiliation or "", "-"),
            ", ".join(alias for alias in actor.aliases if alias != actor.name) or "-",
        ]
        for actor in ranked[:TOP_ACTORS]
    ]
    actors = [
        _clipped("actor", max_width=NAME_WIDTH, min_width=18),
        _fixed("kind", 12),
        _fixed("mentions", 8),
        _clipped("affiliation", max_width=18),
        _clipped("aliases"),
    ]
    console.print(_table(console, actors, actor_rows))
    if analysis.quotes or analysis.facts:
        console.print(_voices_line(analysis))
    console.print(f"wrote {out / 'analysis.json'} and {out / 'report.html'}")


def _voices_line(analysis: Analysis) -> str:
    """How many quotes of each kind, how many with a known speaker, and the most quoted ones."""
    names = {actor.id: actor.name for actor in analysis.actors}
    kinds = Counter(quote.kind for quote in analysis.quotes)
    spoken = Counter(
        quote.speaker
        for quote in analysis.quotes
        if quote.speaker in names and quote.kind != "question"
    )
    numbered = sum(1 for fact in analysis.facts if fact.numbers)
    line = (
        f"[bold]{len(analysis.quotes)}[/] quotes ("
        + ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        + f"), {sum(spoken.values())} with a known speaker; [bold]{numbered}[/] facts with numbers"
    )
    top = ", ".join(f"{names[speaker]} {count}" for speaker, count in spoken.most_common(3))
    return f"{line}; most quoted: {top}" if top else line
