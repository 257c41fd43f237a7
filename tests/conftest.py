"""Fixtures shared by every test package."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.ids import article_id
from rashomon.schema import Article

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
