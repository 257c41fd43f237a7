"""Step `facts`: each fact candidate with its speaker and its relative dates resolved.

A fact sits in a quote when its first number (else its first date) lies inside the content of
a quote with a speaker: that speaker states it. Elsewhere the outlet does (`speaker` None,
`speaker_text` the outlet's name). Relative dates are resolved against the article's
publication date (`dates.resolve_relative`).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from rashomon.ids import content_id
from rashomon.records import Article, ArticleAnnotation, DateMention, Fact, FactCandidate, Quote
from rashomon.resolve.dates import resolve_relative
from rashomon.resolve.keys import ANALYSED, ANNOTATIONS, FACTS, QUOTES
from rashomon.resolve.steps import Key, Products


def resolve_facts(
    articles: Iterable[Article],
    annotations: Iterable[ArticleAnnotation],
    quotes: Iterable[Quote],
) -> tuple[Fact, ...]:
    """Every fact of every article, in article then text order."""
    by_id = {article.id: article for article in articles}
    quoted: dict[tuple[str, str], list[Quote]] = {}
    for quote in quotes:
        if quote.kind != "question" and quote.speaker_text is not None:
            quoted.setdefault((quote.article_id, quote.field), []).append(quote)
    for found in quoted.values():
        found.sort(key=lambda quote: quote.span)
    starts = {place: [quote.span[0] for quote in found] for place, found in quoted.items()}
    facts: list[Fact] = []
    for annotation in annotations:
        article = by_id.get(annotation.article_id)
        published = article.published if article is not None else None
        outlet = article.outlet if article is not None else None
        for candidate in annotation.facts:
            place = (annotation.article_id, candidate.field)
            holder = _holding(quoted.get(place, []), starts.get(place, []), _anchor(candidate))
            facts.append(_fact(annotation.article_id, candidate, holder, published, outlet))
    return tuple(facts)


def _anchor(candidate: FactCandidate) -> tuple[int, int]:
    """Where the fact is placed: its first number, else its first date."""
    return candidate.numbers[0].span if candidate.numbers else candidate.dates[0].span


def _fact(
    article_id: str,
    candidate: FactCandidate,
    quote: Quote | None,
    published: str | None,
    outlet: str | None,
) -> Fact:
    return Fact(
        id=content_id("f_", article_id, candidate.field, str(candidate.span[0])),
        article_id=article_id,
        text=candidate.text,
        numbers=candidate.numbers,
        speaker=quote.speaker if quote is not None else None,
        span=candidate.span,
        dates=tuple(_resolved(date, published) for date in candidate.dates),
        speaker_text=quote.speaker_text if quote is not None else outlet,
        quote=quote.id if quote is not None else None,
        field=candidate.field,
    )


def _holding(quotes: Sequence[Quote], starts: Sequence[int], span: tuple[int, int]) -> Quote | None:
    """The innermost of `quotes` (in text order, `starts` their starts) holding `span`, or None."""
    holding = [
        quote
        for quote in quotes[: bisect.bisect_right(starts, span[0])]
        if quote.span[0] <= span[0] and span[1] <= quote.span[1]
    ]
    return min(holding, key=lambda quote: quote.span[1] - quote.span[0]) if holding else None


def _resolved(date: DateMention, published: str | None) -> DateMention:
    if date.value is not None or not date.relative:
        return date
    value, precision = resolve_relative(date.text, published)
    return dataclasses.replace(date, value=value, precision=precision)


class FactsStep:
    """States each fact by its speaker and dates it."""

    name = "facts"
    needs: tuple[Key[Any], ...] = (ANALYSED, ANNOTATIONS, QUOTES)
    provides: tuple[Key[Any], ...] = (FACTS,)

    def run(self, products: Products) -> None:
        """Set `facts` from the annotations' fact candidates and the quotes."""
        products[FACTS] = resolve_facts(products[ANALYSED], products[ANNOTATIONS], products[QUOTES])
