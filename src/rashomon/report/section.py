"""How a report section is declared: its place in the page, its view and when it is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rashomon.report.context import ReportContext


def always(context: ReportContext) -> bool:
    """Show the section for every analysis."""
    return True


@dataclass(frozen=True, slots=True)
class Section:
    """One section of the report.

    The page wraps it in `<section id="{anchor}">` and links it from the table of contents as
    `label`; `template` (a file in `templates/`) shows the view that `build` arranges from the
    context. A section whose `shown` is false is left out of both.
    """

    anchor: str
    label: str
    template: str
    build: Callable[[ReportContext], object]
    shown: Callable[[ReportContext], bool] = always
