"""Fixtures shared by every test package."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from rashomon.annotate.nlp import load_nlp
from rashomon.ids import article_id
from rashomon.records import Article
from rashomon.settings import Settings

ArticleFactory = Callable[..., Article]


def _cleaned_article(text: str, source: str = "test") -> Article:
    """An already-cleaned English news article around `text`, with no metadata."""
    return Article(
        id=article_id(text),
        title=None,
        outlet=None,
        author=None,
        published=None,
        url=None,
        genre="news",
        language="en",
        text=text,
        source=source,
    )


@pytest.fixture(scope="session")
def make_article() -> ArticleFactory:
    """Build an already-cleaned article: `make_article(text, source="test")`."""
    return _cleaned_article


@pytest.fixture(scope="session")
def nlp() -> Language:
    """rashomon's pipeline on the default model, loaded once per test session."""
    return load_nlp(Settings())
