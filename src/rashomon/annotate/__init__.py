"""Annotate: one spaCy pass per article, exported as one `ArticleAnnotation` record each.

spaCy objects never leave this package. A new per-article annotator is one module under
`components/` declaring a `Component` (factory, config, requires/assigns, exporter), its line in
`registry.COMPONENTS`, its name in `Settings.components`, and its field in `ArticleAnnotation`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language

from rashomon.annotate.export import export_annotation
from rashomon.annotate.nlp import load_nlp, pipeline_fingerprint
from rashomon.records import Article, ArticleAnnotation

__all__ = ["annotate", "iter_annotations", "load_nlp", "pipeline_fingerprint"]


def iter_annotations(
    articles: Sequence[Article], nlp: Language, batch_size: int = 16
) -> Iterator[ArticleAnnotation]:
    """Run `nlp` over the articles' texts and yield their annotations, in input order."""
    texts = (article.text for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size), strict=True):
        yield export_annotation(article.id, doc, nlp)


def annotate(
    articles: Sequence[Article], nlp: Language, batch_size: int = 16
) -> list[ArticleAnnotation]:
    """The annotations of every article, in input order."""
    return list(iter_annotations(articles, nlp, batch_size))
