"""Train the content classifier on PolNeAR's train split and write its weights.

The examples are the dependents (`content_children`) of verbs outside quote marks: of every
verb a gold Cue span holds, and of every other verb the cue classifier gives at least half its
threshold (so that the model also learns what the objects of verbs that only look like cues
are: nothing said). A dependent is content when the verb is a gold cue and at least half the
words of the dependent's subtree lie in that attribution's gold Content. The features are
`rashomon.annotate.content_features.content_features`, on the parse of the model rashomon runs.
A logistic regression (scikit-learn, L2) learns their weights; one article in `--every` is held
out to print precision and recall at `--threshold`. The dev split is never read here.

Written: `src/rashomon/lexicon/data/content_weights.tsv`, the threshold and bias in its header,
then one feature and its weight per line (weights under `--prune` in size are left out).

    python benchmarks/train_contents.py [--data DIR] [--every 7] [--c 1.0] [--threshold 0.5]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import WORD, Article, read_polnear
from training import DATA, Example, arguments, fit, parsed, write_weights

if TYPE_CHECKING:
    from spacy.tokens import Token


def examples(articles: Sequence[Article], model: str) -> list[list[Example]]:
    """For each article, each dependent of a cue-like verb as (features, is content)."""
    from rashomon.annotate.content_features import content_children, content_features
    from rashomon.annotate.cue_features import cue_features
    from rashomon.lexicon.classifiers import CUE_CLASSIFIER

    found = []
    for article, doc, quoted in parsed(articles, model):
        attribution = {start: item for item in article.gold for _, start in item.cue}
        own: list[Example] = []
        for verb in doc:
            if verb.pos_ != "VERB" or quoted.inside(verb.idx):
                continue
            gold = attribution.get(verb.idx)
            if (
                gold is None
                and CUE_CLASSIFIER.probability(cue_features(verb)) < CUE_CLASSIFIER.threshold / 2
            ):
                continue
            content = {start for _, start in gold.content} if gold is not None else set()
            for child in content_children(verb):
                own.append((content_features(verb, child), _inside(child, content)))
        found.append(own)
    return found


def _inside(child: Token, content: set[int]) -> bool:
    """Whether at least half the words of `child`'s subtree are in `content` (their starts)."""
    doc = child.doc
    subtree = doc[child.left_edge.i : child.right_edge.i + 1]
    words = {token.idx for token in subtree if WORD.match(token.text)}
    return bool(words) and len(words & content) >= len(words) / 2


def main() -> None:
    parser = arguments(__doc__.splitlines()[0], DATA / "content_weights.tsv", c=1.0)
    parser.add_argument("--threshold", type=float, default=0.5, help="probability of content")
    args = parser.parse_args()

    from rashomon.lexicon.classifiers import probability

    per_article = examples(read_polnear(args.data), args.model)
    train, held, bias, weights = fit(per_article, args.every, args.c)
    said = [probability(features, bias, weights) >= args.threshold for features, _ in held]
    labels = [label for _, label in held]
    hits = sum(1 for flag, label in zip(said, labels, strict=True) if flag and label)
    content = sum(label for _, label in train)
    print(f"{len(train)} training dependents ({content} content), {len(held)} held out")
    print(
        f"held out at threshold {args.threshold}: precision {hits / max(1, sum(said)):.3f},"
        f" recall {hits / max(1, sum(labels)):.3f}"
    )
    header = [
        "Weights of the content classifier: written by benchmarks/train_contents.py, do not edit.",
        f"Trained on {args.data.name}, PolNeAR's train split: {len(train)} dependents, C={args.c}.",
    ]
    write_weights(args.out, header, args.threshold, bias, weights, args.prune)


if __name__ == "__main__":
    main()
