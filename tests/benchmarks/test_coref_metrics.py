"""The coreference scores of benchmarks/coref_metrics.py on clusterings worked out by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from coref_metrics import b_cubed, ceaf_e, conll_f1, muc

GOLD = {m: "A" for m in range(1, 6)} | {6: "B", 7: "B"} | {m: "C" for m in range(8, 13)}
# Bagga & Baldwin's example: the system merges A and C and keeps B.
MERGED = {m: ("AC" if label in "AC" else "B") for m, label in GOLD.items()}


def test_a_perfect_clustering_scores_one_everywhere() -> None:
    for metric in (b_cubed, muc, ceaf_e):
        score = metric(GOLD, GOLD)
        assert (score.precision, score.recall) == (1.0, 1.0)
    assert conll_f1(GOLD, GOLD) == 1.0


def test_merging_two_entities_costs_precision_only() -> None:
    b3 = b_cubed(GOLD, MERGED)
    assert b3.recall == 1.0
    assert b3.precision == pytest.approx(7 / 12)
    links = muc(GOLD, MERGED)
    assert links.recall == 1.0
    assert links.precision == pytest.approx(9 / 10)


def test_all_singletons_keep_no_link() -> None:
    gold = dict.fromkeys("abcd", "X")
    singletons = {m: m for m in "abcd"}
    b3 = b_cubed(gold, singletons)
    assert (b3.precision, b3.recall) == (1.0, 0.25)
    assert muc(gold, singletons).f1 == 0.0
    entity = ceaf_e(gold, singletons)
    assert entity.recall == pytest.approx(0.4)  # φ4 = 2·1 / (4 + 1), one key entity
    assert entity.precision == pytest.approx(0.1)  # the same, over four response entities


def test_labels_must_cover_the_same_mentions() -> None:
    with pytest.raises(ValueError, match="same mentions"):
        b_cubed({1: "a"}, {2: "a"})
