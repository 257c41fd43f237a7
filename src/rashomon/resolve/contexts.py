"""What an article is about, as the names it gives: namesakes told apart by the company they keep.

An article that calls someone only "Romney" does not say which Romney; the other names it gives
do ("Paul Ryan", "Republican National Convention" for Mitt; "Michigan", "American Motors" for
George). Each article is the set of names of its actors (`article_features`); a person is the
articles that name them in full. `Contexts.closest` takes the person whose articles share the
most with this one (cosine of idf-weighted name sets, the article itself left out), weighed by
the log of how many articles name them (one article is a narrow, spiky profile: "Donald Trump
Jr." must not take every "Mr. Trump" beside "Jared Kushner"), when clearly ahead of any other
(`MARGIN` times) and close at all (`MIN_SCORE`). A name in every article says nothing; one in
few says much.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TypeVar

from rashomon.lexicon.names import person_key
from rashomon.records import MentionCandidate
from rashomon.resolve.organizations import organization_key

Candidate = TypeVar("Candidate")
MARGIN = 1.5
MIN_SCORE = 0.05


def article_features(flat: Sequence[tuple[str, MentionCandidate]]) -> dict[str, frozenset[str]]:
    """Article id → the names of its actors: people by full name (surnames alone say too
    little), states by code, others by folded name."""
    features: dict[str, set[str]] = {}
    for article, mention in flat:
        found = features.setdefault(article, set())
        if mention.kind == "person":
            key = person_key(mention.name)
            if len(key) > 1:
                found.add("person:" + " ".join(key))
        elif mention.kind == "state" and mention.country:
            found.add("state:" + mention.country)
        else:
            found.add("name:" + organization_key(mention.name))
    return {article: frozenset(names) for article, names in features.items()}


class Contexts:
    """The names of every article, weighted by how rare they are in the run."""

    def __init__(self, features: Mapping[str, frozenset[str]]) -> None:
        self._features = features
        counts = Counter(name for names in features.values() for name in names)
        total = len(features)
        self._weight = {name: math.log((1 + total) / (1 + count)) for name, count in counts.items()}

    def closest(
        self, article: str, candidates: Mapping[Candidate, Iterable[str]]
    ) -> Candidate | None:
        """The candidate whose articles (other than `article`) are clearly closest to it."""
        if len(candidates) < 2:
            return None
        own = self._vector(article)
        scored = []
        for index, articles in enumerate(candidates.values()):
            others = frozenset(articles) - {article}
            similarity = _cosine(own, self._centroid(others))
            scored.append((similarity * math.log1p(len(others)), index))
        scored.sort(reverse=True)
        (best, index), (second, _) = scored[0], scored[1]
        if best >= MIN_SCORE and best >= MARGIN * second:
            return list(candidates)[index]
        return None

    def _vector(self, article: str) -> dict[str, float]:
        return {name: self._weight[name] for name in self._features.get(article, ())}

    @lru_cache(maxsize=4096)  # noqa: B019 (one Contexts per run; the cache dies with it)
    def _centroid(self, articles: frozenset[str]) -> dict[str, float]:
        vector: dict[str, float] = {}
        for article in articles:
            for name in self._features.get(article, ()):
                vector[name] = vector.get(name, 0.0) + self._weight[name]
        return vector


def _cosine(first: dict[str, float], second: dict[str, float]) -> float:
    if not first or not second:
        return 0.0
    dot = sum(value * second.get(name, 0.0) for name, value in first.items())
    norm = math.sqrt(sum(v * v for v in first.values()) * sum(v * v for v in second.values()))
    return dot / norm if norm else 0.0
