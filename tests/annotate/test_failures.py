"""One article that breaks the annotator never costs the others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate import annotate_batch, load_nlp
from rashomon.pipeline import analyze
from rashomon.records import Article, ArticleAnnotation, Rejected
from rashomon.settings import Settings

TEXTS = [
    "Foreign Minister Ilse Brandauer of Austria met Karim al Fassi in Vienna on Monday.",
    "The Dockworkers' Union in Kessel said BOOM and the parser broke.",
    "Rabat said the talks with Vienna were useful.",
]


@Language.component("test_breaks_on_boom")
def _breaks_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise ValueError("a component failed on this text\nwith a second line")
    return doc


@pytest.fixture(scope="module")
def fragile() -> Language:
    nlp = load_nlp(Settings())
    nlp.add_pipe("test_breaks_on_boom", before="rashomon_mentions")
    return nlp


def test_the_failing_article_is_rejected_and_the_others_annotated(
    fragile: Language, make_article: Callable[[str, str], Article]
) -> None:
    articles = [make_article(text, f"in{number}.txt") for number, text in enumerate(TEXTS)]
    results = annotate_batch(articles, fragile)
    assert [type(item) for item in results] == [ArticleAnnotation, Rejected, ArticleAnnotation]
    rejected = results[1]
    assert isinstance(rejected, Rejected)
    assert (rejected.input, rejected.code) == ("in1.txt", "failed")
    assert rejected.reason == (
        "could not be annotated: ValueError: a component failed on this text"
    )
    first = results[0]
    assert isinstance(first, ArticleAnnotation)
    assert "Austria" in [mention.text for mention in first.mentions]


def test_the_run_goes_on_and_lists_the_failed_article_as_rejected(
    fragile: Language, tmp_path: Path
) -> None:
    for number, text in enumerate(TEXTS):
        (tmp_path / f"in{number}.txt").write_text(text, encoding="utf-8")
    analysis = analyze([str(tmp_path)], Settings(), nlp=fragile)
    assert [(item.input, item.code) for item in analysis.rejected] == [
        (str(tmp_path / "in1.txt"), "failed")
    ]
    assert sorted(article.source for article in analysis.articles) == [
        str(tmp_path / "in0.txt"),
        str(tmp_path / "in2.txt"),
    ]
    assert {"Austria", "Morocco"} <= {actor.name for actor in analysis.actors}
