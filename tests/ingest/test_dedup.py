"""Duplicates: exact copies get their own id, near copies point at the first in input order."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.ids import article_id, content_id
from rashomon.ingest.dedup import mark_duplicates
from rashomon.records import Article

from .conftest import ENGLISH_FILLER

ArticleFactory = Callable[..., Article]

STORY = (
    "The ferry operator cancelled every crossing to the northern islands on Monday after a storm "
    "damaged the harbour wall at Kirkwall. Engineers said repairs would take at least a week, and "
    "the council asked the government for emergency funds to keep supplies moving to the islands. "
    "Shops on the smaller islands reported that fresh food was already running short."
)


def test_exact_and_near_duplicates_point_at_the_first_copy(make_article: ArticleFactory) -> None:
    near = STORY + " (Syndicated copy.)"
    articles = [
        make_article(STORY, "a.txt"),
        make_article(ENGLISH_FILLER, "b.txt"),
        make_article(near, "c.txt"),
        make_article(STORY, "d.txt"),
        make_article(near, "e.txt"),
    ]
    marked = mark_duplicates(articles, 0.8)
    first = article_id(STORY)
    assert [article.duplicate_of for article in marked] == [None, None, first, first, first]
    assert marked[3].id == content_id("a_", STORY, "d.txt")
    assert marked[4].id == content_id("a_", near, "e.txt")
    assert len({article.id for article in marked}) == 5, "every article keeps a distinct id"
    assert [article.source for article in marked] == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]


def test_different_stories_are_not_duplicates(make_article: ArticleFactory) -> None:
    marked = mark_duplicates([make_article(STORY, "a"), make_article(ENGLISH_FILLER, "b")], 0.8)
    assert [article.duplicate_of for article in marked] == [None, None]


def test_without_near_deduplication_exact_copies_still_get_distinct_ids(
    make_article: ArticleFactory,
) -> None:
    marked = mark_duplicates([make_article(STORY, "a"), make_article(STORY, "b")], 0.8, near=False)
    assert [article.duplicate_of for article in marked] == [None, None]
    assert marked[0].id != marked[1].id
