"""The report's sections, in page order: `SECTIONS` is the one list to edit to add a section."""

from __future__ import annotations

from rashomon.report.section import Section
from rashomon.report.sections import actors, coverage, facts, rejected, sources, texts, voices

SECTIONS: tuple[Section, ...] = (
    sources.SECTION,
    actors.SECTION,
    voices.SECTION,
    facts.SECTION,
    coverage.SECTION,
    texts.SECTION,
    rejected.SECTION,
)
