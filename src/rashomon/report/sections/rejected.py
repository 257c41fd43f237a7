"""Rejected inputs: what could not be analysed and why; shown only when something was."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.records import Rejected
from rashomon.report.context import ReportContext
from rashomon.report.section import Section


@dataclass(frozen=True, slots=True)
class RejectedView:
    """The rejected inputs, in the order the analysis lists them."""

    rows: tuple[Rejected, ...]


def build(context: ReportContext) -> RejectedView:
    """Return the rejected inputs."""
    return RejectedView(context.analysis.rejected)


def has_rejects(context: ReportContext) -> bool:
    """Show the section only when at least one input was rejected."""
    return bool(context.analysis.rejected)


SECTION = Section(
    anchor="rejected",
    label="Rejected",
    template="section_rejected.html",
    build=build,
    shown=has_rejects,
)
