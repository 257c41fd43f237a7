"""Exact and near-duplicate marking: the first article in input order is the canonical copy.

Exact copies (same cleaned text, hence the same id) get a distinct id of their own,
`content_id("a_", text, source)`. Near-duplicates are found with MinHash over word 5-gram
shingles (128 permutations, fixed seed) and an LSH index at the configured Jaccard threshold;
each candidate is confirmed by its estimated Jaccard similarity.
"""

from __future__ import annotations

import re
from dataclasses import replace

from datasketch import MinHash, MinHashLSH

from rashomon.ids import content_id
from rashomon.records import Article

PERMUTATIONS = 128
SEED = 1
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    """Return the MinHash of `text`'s word 5-gram shingles (case-folded)."""
    words = _WORD.findall(text.casefold())
    shingles = {
        " ".join(words[start : start + SHINGLE_WORDS])
        for start in range(max(1, len(words) - SHINGLE_WORDS + 1))
    }
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return minhash


def mark_duplicates(articles: list[Article], threshold: float, near: bool = True) -> list[Article]:
    """Return `articles` in the same order with `duplicate_of` set on every later copy.

    With `near` false, only exact copies are given distinct ids (none is marked a duplicate).
    """
    index = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    signatures: dict[str, MinHash] = {}
    order: dict[str, int] = {}
    exact: dict[str, str] = {}
    marked: list[Article] = []
    for article in articles:
        if article.id in exact:
            own_id = content_id("a_", article.text, article.source)
            marked.append(
                replace(article, id=own_id, duplicate_of=exact[article.id] if near else None)
            )
            continue
        canonical = None
        if near:
            minhash = signature(article.text)
            canonical = _nearest(index.query(minhash), minhash, signatures, order, threshold)
            if canonical is None:
                index.insert(article.id, minhash)
                signatures[article.id] = minhash
                order[article.id] = len(order)
        exact[article.id] = canonical or article.id
        marked.append(replace(article, duplicate_of=canonical))
    return marked


def _nearest(
    candidates: list[str],
    minhash: MinHash,
    signatures: dict[str, MinHash],
    order: dict[str, int],
    threshold: float,
) -> str | None:
    """Return the earliest candidate whose estimated Jaccard similarity reaches `threshold`."""
    close = [key for key in candidates if signatures[key].jaccard(minhash) >= threshold]
    return min(close, key=order.__getitem__) if close else None
