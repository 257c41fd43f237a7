"""Train the cue classifier on PolNeAR's train split and write its weights.

Every verb of the train split's articles outside quote marks is an example; it is a cue when a
gold Cue span holds it ("said", "has warned", "according to"). The features are
`rashomon.annotate.cue_features.cue_features`, on the parse of the model rashomon runs. A
logistic regression (scikit-learn, L2) learns their weights; one article in `--every` is held
out to choose the threshold (best F1 of cue verbs) and to print precision and recall at it.
The dev and test splits are never read here.

Written: `src/rashomon/lexicon/data/cue_weights.tsv`, the threshold and bias in its header,
then one feature and its weight per line (weights under `--prune` in size are left out).

    python benchmarks/train_cues.py [--data DIR] [--every 7] [--c 0.5] [--prune 0.01]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import Article, read_polnear
from training import DATA, Example, arguments, fit, parsed, write_weights


def examples(articles: Sequence[Article], model: str) -> list[list[Example]]:
    """For each article, each verb outside quote marks as (features, is a cue)."""
    from rashomon.annotate.cue_features import cue_features

    found = []
    for article, doc, quoted in parsed(articles, model):
        cue_words = {start for item in article.gold for _, start in item.cue}
        found.append(
            [
                (cue_features(token), token.idx in cue_words)
                for token in doc
                if token.pos_ == "VERB" and not quoted.inside(token.idx)
            ]
        )
    return found


def best_threshold(scores: Sequence[float], labels: Sequence[bool]) -> tuple[float, float, float]:
    """The threshold of best F1 over `scores`, with the precision and recall there."""
    ranked = sorted(zip(scores, labels, strict=True), reverse=True)
    positives = sum(labels)
    best = (0.5, 0.0, 0.0, -1.0)
    correct = 0
    for rank, (score, label) in enumerate(ranked, 1):
        correct += label
        precision, recall = correct / rank, correct / positives
        f1 = 2 * precision * recall / (precision + recall) if correct else 0.0
        if f1 > best[3]:
            best = (score, precision, recall, f1)
    return best[0], best[1], best[2]


def main() -> None:
    parser = arguments(__doc__.splitlines()[0], DATA / "cue_weights.tsv", c=0.5)
    args = parser.parse_args()

    from rashomon.lexicon.classifiers import probability

    per_article = examples(read_polnear(args.data), args.model)
    train, held, bias, weights = fit(per_article, args.every, args.c)
    scores = [probability(features, bias, weights) for features, _ in held]
    labels = [label for _, label in held]
    threshold, precision, recall = best_threshold(scores, labels)
    cues = sum(label for _, label in train)
    print(f"{len(train)} training verbs ({cues} cues), {len(held)} held out ({sum(labels)} cues)")
    print(f"held out at threshold {threshold:.3f}: precision {precision:.3f}, recall {recall:.3f}")
    listed = [features.count("lexicon=none") == 0 for features, _ in held]
    hits = sum(1 for flag, label in zip(listed, labels, strict=True) if flag and label)
    print(
        f"the cue lexicon alone (quote_cues.tsv): precision {hits / max(1, sum(listed)):.3f},"
        f" recall {hits / max(1, sum(labels)):.3f}"
    )
    header = [
        "Weights of the cue classifier: written by benchmarks/train_cues.py, do not edit.",
        f"Trained on {args.data.name}, PolNeAR's train split: {len(train)} verbs, C={args.c}.",
    ]
    write_weights(args.out, header, threshold, bias, weights, args.prune)


if __name__ == "__main__":
    main()
