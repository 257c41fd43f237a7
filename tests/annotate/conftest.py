"""Fixtures for the annotation tests: analyse hand-built texts into actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.records import Actor, Article
from rashomon.resolve import resolve_actors
from rashomon.resolve.coverage import count_coverage


class Actors(dict[str, Actor]):
    """Actors by name, and each actor's mentions per article (`by_article[name][article_id]`)."""

    by_article: dict[str, dict[str, int]]


Analyse = Callable[..., Actors]


@pytest.fixture(scope="session")
def analyse(nlp: Language, make_article: Callable[[str], Article]) -> Analyse:
    """Annotate and resolve texts (one article each); return the actors by name."""

    def run(*texts: str) -> Actors:
        articles = [make_article(text) for text in texts]
        resolved = resolve_actors(articles, annotate(articles, nlp))
        actors = Actors((actor.name, actor) for actor in resolved.actors)
        names = {actor.id: actor.name for actor in resolved.actors}
        actors.by_article = {}
        for cell in count_coverage(resolved.mentions):
            actors.by_article.setdefault(names[cell.actor], {})[cell.article_id] = cell.mentions
        return actors

    return run
