"""Annotation: one spaCy pass per article, exported as stand-off mention records."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language

from rashomon.annotate.export import export_mentions
from rashomon.annotate.records import Affiliation, ArticleMentions, MentionCandidate
from rashomon.schema import Article

__all__ = ["Affiliation", "ArticleMentions", "MentionCandidate", "annotate"]


def annotate(
    articles: Sequence[Article],
    nlp: Language,
    batch_size: int = 16,
    progress: Callable[[str], None] | None = None,
) -> list[ArticleMentions]:
    """Run `nlp` over the articles' texts and return their mentions, in input order.

    `progress(article.id)` is called after each article.
    """
    results = []
    texts = (article.text for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size), strict=True):
        results.append(export_mentions(article.id, doc))
        if progress is not None:
            progress(article.id)
    return results
