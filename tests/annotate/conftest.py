"""Fixtures for the annotation tests: analyse hand-built texts into actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.resolve import resolve_actors
from rashomon.schema import Actor, Article

Analyse = Callable[..., dict[str, Actor]]


@pytest.fixture(scope="session")
def analyse(nlp: Language, make_article: Callable[[str], Article]) -> Analyse:
    """Annotate and resolve texts (one article each); return the actors by name."""

    def run(*texts: str) -> dict[str, Actor]:
        articles = [make_article(text) for text in texts]
        actors, _ = resolve_actors(articles, annotate(articles, nlp))
        return {actor.name: actor for actor in actors}

    return run
