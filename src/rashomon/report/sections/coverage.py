"""Coverage: the actor × article matrix of mention counts, shaded by how high each count is.

Only the most mentioned actors get a row (`Limits.matrix_actors`): the matrix holds a cell per
row and article, and the whole of it is the `coverage` table of the data outputs.
"""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.records import Actor
from rashomon.report.context import ArticleEntry, ReportContext
from rashomon.report.limits import Rest, split
from rashomon.report.section import Section

HEAT_LEVELS = 4


@dataclass(frozen=True, slots=True)
class Cell:
    """One actor × article count; `level` (1 … HEAT_LEVELS) shades it, 0 for no mentions."""

    count: int
    level: int


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One actor, its page key and its cells, one per analysed article."""

    actor: Actor
    key: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class CoverageView:
    """Columns are the analysed articles; rows are the most mentioned actors, in ranking order;
    `rest` counts the actors without a row."""

    columns: tuple[ArticleEntry, ...]
    rows: tuple[MatrixRow, ...]
    rest: Rest


def build(context: ReportContext) -> CoverageView:
    """Lay the coverage cells of the top actors out as a matrix; a missing cell is zero mentions.

    Shades are relative to the highest count of any actor, shown or not.
    """
    counts = {(cell.actor, cell.article_id): cell.mentions for cell in context.analysis.coverage}
    peak = max(counts.values(), default=0)
    shown, rest = split(context.actors, context.limits.matrix_actors)
    return CoverageView(
        columns=context.analysed,
        rows=tuple(
            MatrixRow(
                actor=actor,
                key=context.keys[actor.id],
                cells=tuple(
                    _cell(counts.get((actor.id, entry.article.id), 0), peak)
                    for entry in context.analysed
                ),
            )
            for actor in shown
        ),
        rest=rest,
    )


def _cell(count: int, peak: int) -> Cell:
    """Shade `count` in HEAT_LEVELS equal steps up to `peak`, the highest count of the matrix."""
    if count <= 0 or peak <= 0:
        return Cell(0, 0)
    return Cell(count, max(1, -(-count * HEAT_LEVELS // peak)))


SECTION = Section(
    anchor="coverage", label="Coverage", template="section_coverage.html", build=build
)
