"""Which person names denote the same person, within one article and across articles.

Names are compared by `person_key` (folded words without particles), so "Bashar al Assad",
"Bashar Al Assad" and "Bashar al-Assad" are one name. A shorter name ("Assad", "Al Assad",
"Putin", "Xi") or any run of consecutive words of a longer name ("Helena Duarte" beside
"Helena Duarte Vaz") joins the one longer name it fits in the same article; when it fits several
("Bashar al Assad" and "Hafez al Assad" in one article) it is ambiguous and stays its own
person. An article that uses only the short name is linked across articles to the only longer
name it fits, or to a clearly dominant one (at least twice the mentions of the next);
otherwise it stays its own person: bail out rather than guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rashomon.annotate.names import NameKey, fits, fits_in_article

# Within an article, a key that fits several longer names; across articles it never merges.
ArticleRoot = tuple[NameKey, bool]
DOMINANCE = 2


def cluster_persons(keys: Iterable[tuple[str, NameKey]]) -> dict[tuple[str, NameKey], NameKey]:
    """Map each (article id, name key) to the key of the person it denotes.

    `keys` holds one pair per person mention (repeats count as mentions).
    """
    counts = Counter(pair for pair in keys if pair[1])
    by_article: dict[str, Counter[NameKey]] = {}
    for (article, key), count in counts.items():
        by_article.setdefault(article, Counter())[key] += count
    local: dict[tuple[str, NameKey], ArticleRoot] = {}
    totals: Counter[ArticleRoot] = Counter()
    for article, article_keys in sorted(by_article.items()):
        for key, root in _link(article_keys).items():
            local[(article, key)] = root
            totals[root] += article_keys[key]
    linked = _link_roots(totals)
    return {pair: linked.get(root, root[0]) for pair, root in local.items()}


def _link(keys: Counter[NameKey]) -> dict[NameKey, ArticleRoot]:
    """Within one article: each key → (its longest form, whether it was ambiguous)."""
    roots = [key for key in keys if not any(fits_in_article(key, other) for other in keys)]
    linked: dict[NameKey, ArticleRoot] = {}
    for key in keys:
        if key in roots:
            linked[key] = (key, False)
            continue
        candidates = [root for root in roots if fits_in_article(key, root)]
        linked[key] = (candidates[0], False) if len(candidates) == 1 else (key, True)
    return linked


def _link_roots(totals: Counter[ArticleRoot]) -> dict[ArticleRoot, NameKey]:
    """Across articles: each unambiguous short root → the longer name it denotes, if clear."""
    names: Counter[NameKey] = Counter()
    for (key, ambiguous), count in totals.items():
        if not ambiguous:
            names[key] += count
    maximal = [key for key in names if not any(fits(key, other) for other in names)]
    linked: dict[ArticleRoot, NameKey] = {}
    for key in names:
        if key in maximal:
            continue
        ranked = sorted(((names[root], root) for root in maximal if fits(key, root)), reverse=True)
        if len(ranked) == 1 or (ranked and ranked[0][0] >= DOMINANCE * ranked[1][0]):
            linked[(key, False)] = ranked[0][1]
    return linked
