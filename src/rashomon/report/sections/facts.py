"""Facts: the numbers each article states, with what they count and who states them.

A row for each of the first `FACT_ROWS` facts that hold a number, in article order, at most
`FACTS_PER_ARTICLE` from one article so that every article gets rows; each linked to its
paragraph in the texts. Every fact, and every date, is in the `facts` list of analysis.json
and table.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rashomon.records import Fact, Number
from rashomon.report.anchors import Places, cut
from rashomon.report.context import ReportContext
from rashomon.report.section import Section

FACT_ROWS = 300
FACTS_PER_ARTICLE = 8
SENTENCE_CHARS = 240


@dataclass(frozen=True, slots=True)
class FactRow:
    """One fact: its article label and link, who states it, its numbers and its sentence."""

    label: str
    anchor: str
    speaker: str
    quoted: bool
    numbers: tuple[str, ...]
    sentence: str


@dataclass(frozen=True, slots=True)
class FactsView:
    """The rows shown, and how many facts with numbers there are in all."""

    rows: tuple[FactRow, ...]
    total: int


def build(context: ReportContext) -> FactsView:
    """The first rows of facts with numbers, a few per article."""
    counted = [fact for fact in context.analysis.facts if fact.numbers]
    places = Places(context)
    per_article: Counter[str] = Counter()
    rows: list[FactRow] = []
    for fact in counted:
        if len(rows) == FACT_ROWS:
            break
        if per_article[fact.article_id] == FACTS_PER_ARTICLE:
            continue
        per_article[fact.article_id] += 1
        rows.append(_row(context, places, fact))
    return FactsView(rows=tuple(rows), total=len(counted))


def linked(context: ReportContext) -> set[str]:
    """The paragraph anchors this section links to."""
    return {row.anchor for row in build(context).rows}


def _row(context: ReportContext, places: Places, fact: Fact) -> FactRow:
    actor = context.actors_by_id.get(fact.speaker or "")
    speaker = actor.name if actor is not None else (fact.speaker_text or "The outlet")
    return FactRow(
        label=places.label(fact.article_id),
        anchor=places.anchor(fact.article_id, fact.span[0], fact.field),
        speaker=speaker,
        quoted=fact.quote is not None,
        numbers=tuple(describe(number) for number in fact.numbers),
        sentence=cut(fact.text, SENTENCE_CHARS),
    )


def describe(number: Number) -> str:
    """A number as a reader scans it: "≈ $18,000,000 raised", "7th year", "10–15 hurt"."""
    value = _figure(number.value)
    if number.high is not None:
        value = f"{value}–{_figure(number.high)}"
    if number.ordinal:
        value = f"{value}{_ordinal_suffix(int(number.value))}"
    unit = number.unit or ""
    if unit in {"$", "€", "£", "¥"}:
        value = f"{unit}{value}"
    elif unit == "%":
        value = f"{value}%"
    elif unit:
        value = f"{value} {unit}"
    if number.approximate:
        value = f"≈ {value}"
    return f"{value} {number.what}" if number.what else value


def _figure(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _ordinal_suffix(value: int) -> str:
    if 10 <= value % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


SECTION = Section(
    anchor="facts",
    label="Facts",
    template="section_facts.html",
    build=build,
    shown=lambda context: any(fact.numbers for fact in context.analysis.facts),
)
