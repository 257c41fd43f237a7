"""Annotation: one spaCy pass per article, exported as stand-off mention records."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.language import Language

from rashomon.annotate.export import export_mentions
from rashomon.records import Affiliation, Article, ArticleAnnotation, MentionCandidate

__all__ = ["Affiliation", "ArticleAnnotation", "MentionCandidate", "annotate", "iter_annotations"]


def iter_annotations(
    articles: Sequence[Article], nlp: Language, batch_size: int = 16
) -> Iterator[ArticleAnnotation]:
    """Run `nlp` over the articles' texts and yield their mentions, in input order."""
    texts = (article.text for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size), strict=True):
        yield export_mentions(article.id, doc)


def annotate(
    articles: Sequence[Article],
    nlp: Language,
    batch_size: int = 16,
    progress: Callable[[str], None] | None = None,
) -> list[ArticleAnnotation]:
    """Return the mentions of every article, in input order.

    `progress(article.id)` is called after each article.
    """
    results = []
    for item in iter_annotations(articles, nlp, batch_size):
        results.append(item)
        if progress is not None:
            progress(item.article_id)
    return results
