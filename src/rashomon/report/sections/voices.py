"""Voices: who is quoted, in which articles, how often and how, with their first quotes.

A row for each of the most quoted speakers (`VOICE_SPEAKERS`, by quotes, then name): resolved
speakers by actor, the others by the words that name them ("a port official"), quotes with no
speaker named last, the outlet's questions left out. Each row counts the speaker's quotes by
kind and lists the articles; it shows its first `QUOTES_PER_SPEAKER` quotes (cut at
`QUOTE_CHARS`), each linked to its paragraph in the texts. Every quote is in the `quotes` list
of analysis.json and table.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rashomon.records import Quote
from rashomon.report.anchors import Places, cut
from rashomon.report.context import ReportContext
from rashomon.report.section import Section

VOICE_SPEAKERS = 60
QUOTES_PER_SPEAKER = 3
QUOTE_CHARS = 280
KINDS = ("direct", "indirect", "partial", "interview")
NO_SPEAKER = "No speaker named"


@dataclass(frozen=True, slots=True)
class ShownQuote:
    """One quote as the row shows it: its text (cut), kind, article label and link."""

    text: str
    kind: str
    label: str
    anchor: str


@dataclass(frozen=True, slots=True)
class VoiceRow:
    """One speaker: the page key of its actor (None when unresolved), its counts by kind, the
    labels of its articles and its first quotes."""

    name: str
    key: str | None
    counts: tuple[int, ...]
    articles: tuple[str, ...]
    quotes: tuple[ShownQuote, ...]


@dataclass(frozen=True, slots=True)
class VoicesView:
    """The speakers' rows, the kinds they count, and what was left out."""

    kinds: tuple[str, ...]
    rows: tuple[VoiceRow, ...]
    speakers: int
    quotes: int
    questions: int


def build(context: ReportContext) -> VoicesView:
    """The rows of the most quoted speakers."""
    statements = [quote for quote in context.analysis.quotes if quote.kind != "question"]
    by_speaker: defaultdict[tuple[str, str], list[Quote]] = defaultdict(list)
    for quote in statements:
        by_speaker[_speaker(context, quote)].append(quote)
    ranked = sorted(
        by_speaker.items(),
        key=lambda item: (item[0][1] == NO_SPEAKER, -len(item[1]), item[0][1].casefold()),
    )
    places = Places(context)
    return VoicesView(
        kinds=KINDS,
        rows=tuple(_row(context, places, key, quotes) for key, quotes in ranked[:VOICE_SPEAKERS]),
        speakers=len(by_speaker),
        quotes=len(statements),
        questions=len(context.analysis.quotes) - len(statements),
    )


def linked(context: ReportContext) -> set[str]:
    """The paragraph anchors this section links to."""
    return {quote.anchor for row in build(context).rows for quote in row.quotes}


def _speaker(context: ReportContext, quote: Quote) -> tuple[str, str]:
    """(actor id or "", name) of the quote's speaker; unresolved ones by their words."""
    actor = context.actors_by_id.get(quote.speaker or "")
    if actor is not None:
        return actor.id, actor.name
    words = " ".join((quote.speaker_text or "").split())
    return "", words or NO_SPEAKER


def _row(
    context: ReportContext, places: Places, key: tuple[str, str], quotes: list[Quote]
) -> VoiceRow:
    actor_id, name = key
    counts: Counter[str] = Counter(quote.kind for quote in quotes)
    shown = [
        ShownQuote(
            cut(quote.text, QUOTE_CHARS),
            quote.kind,
            places.label(quote.article_id),
            places.anchor(quote.article_id, quote.span[0], quote.field),
        )
        for quote in quotes[:QUOTES_PER_SPEAKER]
    ]
    articles = tuple(dict.fromkeys(places.label(quote.article_id) for quote in quotes))
    return VoiceRow(
        name=name,
        key=context.keys.get(actor_id) if actor_id else None,
        counts=tuple(counts.get(kind, 0) for kind in KINDS),
        articles=articles,
        quotes=tuple(shown),
    )


SECTION = Section(
    anchor="voices",
    label="Voices",
    template="section_voices.html",
    build=build,
    shown=lambda context: bool(context.analysis.quotes),
)
