"""How many actors the report lays out in full; the complete tables live in the data outputs.

A section that shows only the first actors of the ranking says how many it left out and where
they are (analysis.json, and the DuckDB/Parquet tables of `rashomon analyze --db/--parquet`).
Texts are never cut: every article is shown whole, with every mention marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rashomon.records import Actor

MATRIX_ACTORS = 50
"""Rows of the coverage matrix. Each row holds a cell per article, so the matrix grows with
rows × articles: 50 rows keep it near 0.5 MB at 1,000 articles, and more rows than a screen or
two cannot be compared by eye. On 1,000 real articles (ABP) the top 50 carry 43 % of all
mentions, each at least 88."""

TABLE_ACTORS = 200
"""Full rows (aliases, affiliation, country) of the actors table, about 400 bytes each; the
rest are listed by name and count. On 1,000 real articles (ABP) the 200th actor has 27
mentions, and 4,640 of the 7,863 actors are named once."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How many of the ranked actors each section shows in full; None shows them all."""

    matrix_actors: int | None = MATRIX_ACTORS
    table_actors: int | None = TABLE_ACTORS


LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Rest:
    """The actors a section left out, in ranking order, and their mentions in all."""

    actors: tuple[Actor, ...]
    mentions: int


def split(actors: Sequence[Actor], limit: int | None) -> tuple[tuple[Actor, ...], Rest]:
    """The first `limit` of `actors` (all of them for None), and the rest."""
    cut = len(actors) if limit is None else limit
    rest = tuple(actors[cut:])
    return tuple(actors[:cut]), Rest(rest, sum(actor.mentions for actor in rest))
