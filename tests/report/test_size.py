"""The report grows linearly: with the articles and their text, never with actors × articles."""

from __future__ import annotations

from rashomon.records import Analysis
from rashomon.report import render_report

from .conftest import crowd


def _size(analysis: Analysis) -> int:
    return len(render_report(analysis).encode("utf-8"))


def _text_size(analysis: Analysis) -> int:
    return sum(len(article.text.encode("utf-8")) for article in analysis.articles)


def test_each_added_article_costs_the_same_though_actors_grow_with_articles() -> None:
    """Each article names 6 actors of its own: a cell per actor × article would make the second
    200 articles cost about 3 times the 100 before them, not 2."""
    small, medium, large = (_size(crowd(articles)) for articles in (100, 200, 400))
    assert large - medium < 2.1 * (medium - small)


def test_longer_texts_cost_their_own_bytes_and_little_more() -> None:
    base, padded = crowd(100), crowd(100, filler=1000)
    added = _text_size(padded) - _text_size(base)
    assert added <= _size(padded) - _size(base) <= 1.01 * added


def test_markup_beyond_the_text_stays_under_3_kb_per_article() -> None:
    """400 articles, 2,404 actors, 16 mentions an article: cards, texts, matrix column, marks."""
    large = crowd(400)
    assert _size(large) - _text_size(large) < 3_000 * len(large.articles)
