"""Links from a section to a place in the texts: the paragraph that holds an offset.

A paragraph of the texts section gets an id only when some section links to it, so the page
does not grow by an id per paragraph of every article.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from rashomon.records.base import ArticleField
from rashomon.report.context import ReportContext
from rashomon.report.highlight import paragraph_bounds


@lru_cache(maxsize=256)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(start for start, _ in paragraph_bounds(text))


def paragraph_index(text: str, offset: int) -> int:
    """The index (from 0) of the paragraph of `text` that holds `offset` (or precedes it)."""
    return max(0, bisect.bisect_right(_starts(text), offset) - 1)


def paragraph_anchor(label: str, index: int) -> str:
    """The id of paragraph `index` of the article labelled `label` ("A3-p4")."""
    return f"{label}-p{index}"


class Places:
    """Article labels and the anchors of places in their texts, for one report."""

    def __init__(self, context: ReportContext) -> None:
        self._labels: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        for entry in context.analysed:  # a duplicate shares its original's id, not its text
            self._labels.setdefault(entry.article.id, entry.label)
            self._texts.setdefault(entry.article.id, entry.article.text)

    def label(self, article_id: str) -> str:
        """The article's label ("A3"), or "" for an article the report does not hold."""
        return self._labels.get(article_id, "")

    def anchor(self, article_id: str, offset: int, field: ArticleField = "text") -> str:
        """The id to link to: the paragraph holding `offset`, or the article for its title."""
        label = self.label(article_id)
        if field == "title" or article_id not in self._texts:
            return f"text-{label}"
        return paragraph_anchor(label, paragraph_index(self._texts[article_id], offset))


def cut(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
