"""Step `facts`: who states each fact, and its relative dates resolved."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.records import Article, Fact
from rashomon.resolve import resolve_actors
from rashomon.resolve.facts import resolve_facts
from rashomon.resolve.index import ActorIndex
from rashomon.resolve.quotes import resolve_quotes


def _facts(nlp: Language, article: Article) -> tuple[list[Fact], dict[str, str]]:
    annotations = annotate([article], nlp)
    resolved = resolve_actors([article], annotations)
    index = ActorIndex(resolved.mentions)
    quotes = resolve_quotes([article], annotations, index, resolved.actors)
    names = {actor.id: actor.name for actor in resolved.actors}
    return list(resolve_facts([article], annotations, quotes)), names


def test_a_number_in_a_quote_is_the_speaker_s_and_one_outside_the_outlet_s(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    text = (
        "Storms sank 12 boats on Tuesday.\n\n"
        "“We lost 40 nets in one night,” harbour master Ines Duarte said."
    )
    article = dataclasses.replace(make_article(text), outlet="Island Courier")
    facts, names = _facts(nlp, article)
    outlet_fact, quoted_fact = facts
    assert (outlet_fact.speaker, outlet_fact.speaker_text, outlet_fact.quote) == (
        None,
        "Island Courier",
        None,
    )
    assert names[quoted_fact.speaker or ""] == "Ines Duarte"
    assert quoted_fact.quote is not None


def test_relative_dates_resolve_against_the_publication_date(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    text = "Storms sank 12 boats on Tuesday and two more last month."
    published = dataclasses.replace(make_article(text), published="2017-04-12")
    [fact], _ = _facts(nlp, published)
    dates = {date.text: (date.value, date.precision) for date in fact.dates}
    assert dates["Tuesday"] == ("2017-04-11", "day")
    assert dates["last month"] == ("2017-03", "month")
    [undated], _ = _facts(nlp, make_article(text))
    assert all(date.value is None for date in undated.dates)
