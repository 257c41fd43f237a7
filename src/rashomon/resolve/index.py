"""Which actor a span of an article names: the index later steps use to attach actors.

Built from the resolved mentions. A speaker phrase, an event's subject or a quote's source is
looked up by its character span: the mention with exactly that span, else the mention that
overlaps it most (the earliest among equals), else None.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable

from rashomon.records import Mention


class ActorIndex:
    """Mentions by article and span, for looking up the actor a span names."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        by_article: defaultdict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for mention in mentions:
            by_article[mention.article_id].append((*mention.span, mention.actor))
        self._spans = {article: sorted(spans) for article, spans in by_article.items()}
        self._starts = {
            article: [start for start, _, _ in spans] for article, spans in self._spans.items()
        }

    def actor_at(self, article_id: str, span: tuple[int, int]) -> str | None:
        """The actor of the mention at `span`, or of the one overlapping it most; else None."""
        overlapping = self.mentions_in(article_id, span)
        if not overlapping:
            return None
        start, end = span
        best = max(
            overlapping, key=lambda item: (min(end, item[1]) - max(start, item[0]), -item[0])
        )
        return best[2]

    def mentions_in(self, article_id: str, span: tuple[int, int]) -> list[tuple[int, int, str]]:
        """The (start, end, actor) of every mention overlapping `span`, in text order."""
        spans = self._spans.get(article_id, [])
        start, end = span
        # Mentions never overlap each other, so those overlapping `span` are contiguous.
        first = max(0, bisect.bisect_right(self._starts.get(article_id, []), start) - 1)
        found = []
        for item in spans[first:]:
            if item[0] >= end:
                break
            if item[1] > start:
                found.append(item)
        return found
