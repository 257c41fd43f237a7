"""Headlines are annotated like the body: their mentions point into the title."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.records import Article
from rashomon.resolve import resolve_actors

TITLE = "Austria and Morocco sign a fisheries pact in Vienna"
TEXT = "The two governments met on Monday. Rabat called the deal fair."


def test_title_mentions_point_into_the_title_and_count_for_the_actor(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    article = replace(make_article(TEXT), title=TITLE)
    (annotation,) = annotate([article], nlp)
    titled = [mention for mention in annotation.mentions if mention.field == "title"]
    assert {mention.text for mention in titled} >= {"Austria", "Morocco", "Vienna"}
    assert all(TITLE[m.span[0] : m.span[1]] == m.text for m in titled)
    assert all(m.sentence == (0, len(TITLE)) for m in titled)
    body = [mention for mention in annotation.mentions if mention.field == "text"]
    assert all(TEXT[m.span[0] : m.span[1]] == m.text for m in body)
    actors = {actor.name: actor for actor in resolve_actors([article], [annotation]).actors}
    assert actors["Morocco"].mentions == 2  # "Morocco" in the title, "Rabat" in the text


def test_an_article_without_a_title_has_only_text_mentions(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    (annotation,) = annotate([make_article(TITLE + ". " + TEXT)], nlp)
    assert {mention.field for mention in annotation.mentions} == {"text"}
