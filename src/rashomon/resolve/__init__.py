"""Resolution across articles: one actor per real-world entity, with every mention traced."""

from __future__ import annotations

from collections.abc import Sequence

from rashomon.records import Article, ArticleAnnotation
from rashomon.resolve.actors import ResolvedActors, build_actors

__all__ = ["ResolvedActors", "resolve_actors"]


def resolve_actors(
    articles: Sequence[Article], annotated: Sequence[ArticleAnnotation]
) -> ResolvedActors:
    """Merge the mentions of `annotated` into actors.

    Raises ValueError when `annotated` names an article that is not in `articles`.
    """
    known = {article.id for article in articles}
    unknown = sorted({item.article_id for item in annotated} - known)
    if unknown:
        raise ValueError(f"mentions for unknown articles: {', '.join(unknown)}")
    return build_actors(annotated)
