"""The cue classifier: whether a verb attributes a statement, from its features.

A logistic regression whose weights `benchmarks/train_cues.py` learns on PolNeAR's train split
and writes to `data/cue_weights.tsv` (its threshold and bias first, then feature → weight). The
features are `annotate.cue_features.cue_features`; unknown ones weigh nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from functools import cache

from rashomon.lexicon.words import data_lines


@cache
def _weights() -> tuple[float, float, dict[str, float]]:
    """The threshold, the bias and the weight of each feature."""
    weights = {
        name: float(value)
        for name, value in (line.split("\t") for line in data_lines("cue_weights.tsv"))
    }
    return weights.pop("threshold"), weights.pop("bias"), weights


def cue_probability(features: Iterable[str]) -> float:
    """The probability that a verb with `features` is a cue."""
    _, bias, weights = _weights()
    return probability(features, bias, weights)


def probability(features: Iterable[str], bias: float, weights: Mapping[str, float]) -> float:
    """The logistic regression's probability for `features` under `bias` and `weights` (the
    shipped ones at run time, the ones being learned in `benchmarks/train_cues.py`)."""
    total = bias + sum(weights.get(name, 0.0) for name in set(features))
    return 1 / (1 + math.exp(-total))


def is_cue(features: Iterable[str]) -> bool:
    """Whether a verb with `features` is a cue: its probability reaches the trained threshold."""
    return cue_probability(features) >= _weights()[0]
