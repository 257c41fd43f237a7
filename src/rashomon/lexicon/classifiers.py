"""The trained classifiers of reported speech: which verbs are cues, and what each attributes.

Each is a logistic regression over string features, learned on PolNeAR's train split by a
script in `benchmarks/` and shipped as a weights file in `data/`: its threshold and bias
first, then feature → weight; unknown features weigh nothing.
- `CUE_CLASSIFIER` (`cue_weights.tsv`, `benchmarks/train_cues.py`): whether a verb
  attributes a statement, from `annotate.cue_features.cue_features`;
- `CONTENT_CLASSIFIER` (`content_weights.tsv`, `benchmarks/train_contents.py`): whether a
  dependent of a cue holds what it attributes, from `annotate.content_features.content_features`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from rashomon.lexicon.words import data_lines


def probability(features: Iterable[str], bias: float, weights: Mapping[str, float]) -> float:
    """The logistic regression's probability for `features` under `bias` and `weights` (the
    shipped ones at run time, the ones being learned in the training scripts)."""
    total = bias + sum(weights.get(name, 0.0) for name in set(features))
    return 1 / (1 + math.exp(-total))


@dataclass(frozen=True)
class Classifier:
    """A shipped logistic regression, read from `data/<weights>` when first used."""

    weights_file: str

    @cached_property
    def _model(self) -> tuple[float, float, dict[str, float]]:
        """The threshold, the bias and the weight of each feature."""
        weights = {
            name: float(value)
            for name, value in (line.split("\t") for line in data_lines(self.weights_file))
        }
        return weights.pop("threshold"), weights.pop("bias"), weights

    @property
    def threshold(self) -> float:
        """The probability from which an item is in the class."""
        return self._model[0]

    def probability(self, features: Iterable[str]) -> float:
        """The probability that an item with `features` is in the class."""
        _, bias, weights = self._model
        return probability(features, bias, weights)

    def accepts(self, features: Iterable[str]) -> bool:
        """Whether the probability for `features` reaches the trained threshold."""
        return self.probability(features) >= self.threshold


CUE_CLASSIFIER = Classifier("cue_weights.tsv")
CONTENT_CLASSIFIER = Classifier("content_weights.tsv")
