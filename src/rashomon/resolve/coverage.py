"""Step `coverage`: how often each article mentions each actor (the report's matrix, a table)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from rashomon.records import Coverage, Mention
from rashomon.resolve.keys import COVERAGE, MENTIONS
from rashomon.resolve.steps import Key, Products


def count_coverage(mentions: Iterable[Mention]) -> tuple[Coverage, ...]:
    """One cell per (actor, article) with at least one mention, sorted by actor then article."""
    counts = Counter((mention.actor, mention.article_id) for mention in mentions)
    return tuple(
        Coverage(actor, article, count) for (actor, article), count in sorted(counts.items())
    )


class CoverageStep:
    """Counts the resolved mentions per actor and article."""

    name = "coverage"
    needs: tuple[Key[Any], ...] = (MENTIONS,)
    provides: tuple[Key[Any], ...] = (COVERAGE,)

    def run(self, products: Products) -> None:
        """Set `coverage` from `mentions`."""
        products[COVERAGE] = count_coverage(products[MENTIONS])
