"""Coverage: the actor × article matrix of mention counts, shaded by how high each count is."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.records import Actor
from rashomon.report.context import ArticleEntry, ReportContext
from rashomon.report.section import Section

HEAT_LEVELS = 4


@dataclass(frozen=True, slots=True)
class Cell:
    """One actor × article count; `level` (1 … HEAT_LEVELS) shades it, 0 for no mentions."""

    count: int
    level: int


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One actor and its cells, one per analysed article."""

    actor: Actor
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class CoverageView:
    """Columns are the analysed articles; rows are the actors, most mentioned first."""

    columns: tuple[ArticleEntry, ...]
    rows: tuple[MatrixRow, ...]


def build(context: ReportContext) -> CoverageView:
    """Lay the analysis's coverage cells out as a matrix; a missing cell is zero mentions."""
    counts = {(cell.actor, cell.article_id): cell.mentions for cell in context.analysis.coverage}
    peak = max(counts.values(), default=0)
    return CoverageView(
        columns=context.analysed,
        rows=tuple(
            MatrixRow(
                actor=actor,
                cells=tuple(
                    _cell(counts.get((actor.id, entry.article.id), 0), peak)
                    for entry in context.analysed
                ),
            )
            for actor in context.actors
        ),
    )


def _cell(count: int, peak: int) -> Cell:
    """Shade `count` in HEAT_LEVELS equal steps up to `peak`, the highest count of the matrix."""
    if count <= 0 or peak <= 0:
        return Cell(0, 0)
    return Cell(count, max(1, -(-count * HEAT_LEVELS // peak)))


SECTION = Section(
    anchor="coverage", label="Coverage", template="section_coverage.html", build=build
)
