"""Coreference scores over one set of mentions: MUC, B³, CEAF-e and their mean (CoNLL F1).

`gold` and `predicted` map every mention to its cluster label; both must cover the same mentions
(a mention the system missed gets a singleton label of its own). Definitions as in the CoNLL-2012
scorer (Pradhan et al. 2014): MUC counts links, B³ averages per mention, CEAF-e aligns clusters
one to one with the entity similarity φ4 = 2|K ∩ R| / (|K| + |R|).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Labels = Mapping[Hashable, Hashable]


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 of one metric."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def clusters(labels: Labels) -> list[frozenset[Hashable]]:
    """The mentions grouped by label."""
    groups: defaultdict[Hashable, set[Hashable]] = defaultdict(set)
    for mention, label in labels.items():
        groups[label].add(mention)
    return [frozenset(group) for group in groups.values()]


def b_cubed(gold: Labels, predicted: Labels) -> Score:
    """B³ (Bagga & Baldwin 1998): per-mention overlap of its gold and predicted clusters."""
    _same_mentions(gold, predicted)
    gold_of = {m: group for group in clusters(gold) for m in group}
    predicted_of = {m: group for group in clusters(predicted) for m in group}
    if not gold_of:
        return Score(0.0, 0.0)
    precision = recall = 0.0
    for mention, gold_group in gold_of.items():
        shared = len(gold_group & predicted_of[mention])
        precision += shared / len(predicted_of[mention])
        recall += shared / len(gold_group)
    return Score(precision / len(gold_of), recall / len(gold_of))


def muc(gold: Labels, predicted: Labels) -> Score:
    """MUC (Vilain et al. 1995): the share of coreference links kept."""
    _same_mentions(gold, predicted)
    return Score(_muc_recall(predicted, gold), _muc_recall(gold, predicted))


def ceaf_e(gold: Labels, predicted: Labels) -> Score:
    """Entity-based CEAF (Luo 2005) with φ4, clusters aligned one to one (Hungarian method)."""
    _same_mentions(gold, predicted)
    keys, responses = clusters(gold), clusters(predicted)
    if not keys or not responses:
        return Score(0.0, 0.0)
    similarity = np.zeros((len(keys), len(responses)))
    index = {m: column for column, group in enumerate(responses) for m in group}
    for row, key in enumerate(keys):
        for mention in key:
            column = index[mention]
            similarity[row, column] += 1
    sizes = np.array([len(group) for group in responses], dtype=float)
    key_sizes = np.array([len(group) for group in keys], dtype=float)
    similarity = 2 * similarity / (key_sizes[:, None] + sizes[None, :])
    rows, columns = linear_sum_assignment(similarity, maximize=True)
    total = float(similarity[rows, columns].sum())
    return Score(total / len(responses), total / len(keys))


def conll_f1(gold: Labels, predicted: Labels) -> float:
    """The CoNLL-2012 score: the mean F1 of MUC, B³ and CEAF-e."""
    scores = (muc(gold, predicted), b_cubed(gold, predicted), ceaf_e(gold, predicted))
    return sum(score.f1 for score in scores) / len(scores)


def _muc_recall(key_labels: Labels, response_labels: Labels) -> float:
    """Σ(|K| − |partitions of K by the response|) / Σ(|K| − 1) over the key clusters."""
    kept = needed = 0
    for key in clusters(key_labels):
        parts = {response_labels[mention] for mention in key}
        kept += len(key) - len(parts)
        needed += len(key) - 1
    return 0.0 if needed == 0 else kept / needed


def _same_mentions(gold: Labels, predicted: Labels) -> None:
    if gold.keys() != predicted.keys():
        raise ValueError("gold and predicted labels must cover the same mentions")
