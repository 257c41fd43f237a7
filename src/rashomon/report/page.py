"""What the page around the sections shows: the masthead counts and the sections it holds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rashomon.report.context import ReportContext
from rashomon.report.section import Section


@dataclass(frozen=True, slots=True)
class Counts:
    """The masthead's figures; `articles` counts analysed articles, not their duplicates."""

    articles: int
    duplicates: int
    actors: int
    mentions: int
    rejected: int


@dataclass(frozen=True, slots=True)
class ShownSection:
    """A section the page shows, with the view its template reads."""

    section: Section
    view: object


@dataclass(frozen=True, slots=True)
class PageView:
    """The masthead counts and the shown sections, in registry order."""

    counts: Counts
    sections: tuple[ShownSection, ...]


def build_page(context: ReportContext, sections: Iterable[Section]) -> PageView:
    """Return the page of `context`: each section that is shown, built once, in the given order."""
    analysis = context.analysis
    counts = Counts(
        articles=len(context.analysed),
        duplicates=len(context.articles) - len(context.analysed),
        actors=len(analysis.actors),
        mentions=len(analysis.mentions),
        rejected=len(analysis.rejected),
    )
    shown = tuple(
        ShownSection(section, section.build(context))
        for section in sections
        if section.shown(context)
    )
    return PageView(counts, shown)
