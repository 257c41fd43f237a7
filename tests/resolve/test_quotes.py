"""Step `quotes`: each quote's speaker as the actor its name resolves to, across articles."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.records import Article, Quote
from rashomon.resolve import resolve_actors
from rashomon.resolve.index import ActorIndex
from rashomon.resolve.quotes import resolve_quotes


def _quotes(nlp: Language, articles: list[Article]) -> tuple[list[Quote], dict[str, str]]:
    annotations = annotate(articles, nlp)
    resolved = resolve_actors(articles, annotations)
    quotes = resolve_quotes(articles, annotations, ActorIndex(resolved.mentions), resolved.actors)
    return list(quotes), {actor.id: actor.name for actor in resolved.actors}


def _headline(nlp: Language, article: Article, title: str) -> tuple[Quote, dict[str, str]]:
    """The one quote of `article`'s title once it is `title`, and the actors' names."""
    quotes, names = _quotes(nlp, [dataclasses.replace(article, title=title)])
    [headline] = [quote for quote in quotes if quote.field == "title"]
    return headline, names


def test_speakers_named_differently_are_one_actor_across_articles(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    articles = [
        make_article("“The ferry line will survive,” Transport Minister Elena Sousa said."),
        make_article("Elena Sousa arrived late. She said the ferry line would survive the winter."),
    ]
    quotes, names = _quotes(nlp, articles)
    assert [names.get(quote.speaker or "") for quote in quotes] == ["Elena Sousa", "Elena Sousa"]
    assert [quote.attribution for quote in quotes] == ["named", "pronoun"]
    assert len({quote.id for quote in quotes}) == 2


def test_a_speaker_the_text_does_not_make_clear_stays_null(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    article = make_article("Karl Weiss and Jonas Berg met. He said the timetable would be cut.")
    [quote], _ = _quotes(nlp, [article])
    assert quote.speaker is None
    assert quote.speaker_text == "He"
    assert quote.attribution == "none"


def test_questions_are_the_outlet_s_and_parts_of_a_statement_are_linked(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    text = (
        "Island Radio spoke to one expert.\n\n"
        "Will the strike end?\n\n"
        "Lena Holm, Baltic Transport Institute: Not soon."
    )
    interview = dataclasses.replace(make_article(text), outlet="Island Radio")
    report = make_article(
        "“We asked for six weeks,” union leader Tomas Berg said, “and got three.”"
    )
    quotes, names = _quotes(nlp, [interview, report])
    by_kind = {quote.kind: quote for quote in quotes}
    question = by_kind["question"]
    assert question.speaker_text == "Island Radio"
    assert names.get(question.speaker or "") == "Island Radio"
    assert question.attribution == "outlet"
    assert names[by_kind["interview"].speaker or ""] == "Lena Holm"
    first, second = [quote for quote in quotes if quote.kind == "direct"]
    assert second.continues == first.id
    assert names[second.speaker or ""] == "Tomas Berg"


def test_a_headline_speaker_is_the_article_s_one_actor_of_that_last_name(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    body = "Foreign Minister Sergei Lavrov met Elena Sousa in Lisbon on Monday."
    headline, names = _headline(nlp, make_article(body), "Lavrov: Russia will stay in Tartus")
    assert names.get(headline.speaker or "") == "Sergei Lavrov"
    assert headline.attribution == "named"


def test_a_headline_surname_two_actors_share_is_neither_of_them(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    body = "Karl Berg met his brother Jonas Berg in Lisbon on Monday."
    headline, names = _headline(nlp, make_article(body), "Berg: The ferry line will survive")
    assert names.get(headline.speaker or "") not in {"Karl Berg", "Jonas Berg"}
    assert headline.speaker_text == "Berg"
