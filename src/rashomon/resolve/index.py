"""Which actor a span of an article names: the index later steps use to attach actors.

Built from the resolved mentions. A speaker phrase, an event's subject or a quote's source is
looked up by its character span in the article's text (or title): the mention with exactly that
span, else the mention that overlaps it most (the earliest among equals), else None.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable

from rashomon.records import Mention
from rashomon.records.base import ArticleField


class ActorIndex:
    """Mentions by article and span, for looking up the actor a span names."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        by_place: defaultdict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
        for mention in mentions:
            by_place[(mention.article_id, mention.field)].append((*mention.span, mention.actor))
        self._spans = {place: sorted(spans) for place, spans in by_place.items()}
        self._starts = {
            place: [start for start, _, _ in spans] for place, spans in self._spans.items()
        }

    def actor_at(
        self, article_id: str, span: tuple[int, int], field: ArticleField = "text"
    ) -> str | None:
        """The actor of the mention at `span`, or of the one overlapping it most; else None."""
        overlapping = self.mentions_in(article_id, span, field)
        if not overlapping:
            return None
        start, end = span
        best = max(
            overlapping, key=lambda item: (min(end, item[1]) - max(start, item[0]), -item[0])
        )
        return best[2]

    def mentions_in(
        self, article_id: str, span: tuple[int, int], field: ArticleField = "text"
    ) -> list[tuple[int, int, str]]:
        """The (start, end, actor) of every mention overlapping `span`, in text order."""
        place = (article_id, field)
        spans = self._spans.get(place, [])
        start, end = span
        # Mentions never overlap each other, so those overlapping `span` are contiguous.
        first = max(0, bisect.bisect_right(self._starts.get(place, []), start) - 1)
        found = []
        for item in spans[first:]:
            if item[0] >= end:
                break
            if item[1] > start:
                found.append(item)
        return found
