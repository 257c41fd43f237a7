"""The annotation checkpoint: saved mentions come back unchanged, only for the same pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.annotate.checkpoint import AnnotationCheckpoint, pipeline_fingerprint
from rashomon.records import Article

TEXTS = [
    "Foreign Minister Ilse Brandauer of Austria met Karim al Fassi, an adviser to the "
    "Moroccan government, in Vienna on Monday.",
    "Rabat said the talks with Vienna were useful.",
]


def test_saved_mentions_load_back_equal(
    tmp_path: Path, nlp: Language, make_article: Callable[[str], Article]
) -> None:
    annotated = annotate([make_article(text) for text in TEXTS], nlp)
    assert any(mention.affiliation or mention.titles for mention in annotated[0].mentions)
    saved = AnnotationCheckpoint(tmp_path / "run.jsonl", pipeline_fingerprint(nlp))
    for item in annotated:
        saved.add(item)
    saved.close()
    loaded = AnnotationCheckpoint(tmp_path / "run.jsonl", pipeline_fingerprint(nlp)).load()
    assert loaded == {item.article_id: item for item in annotated}


def test_mentions_of_another_pipeline_are_not_reused(
    tmp_path: Path, nlp: Language, make_article: Callable[[str], Article]
) -> None:
    saved = AnnotationCheckpoint(tmp_path / "run.jsonl", "rashomon 0.0.1|other_model")
    saved.add(annotate([make_article(TEXTS[1])], nlp)[0])
    saved.close()
    assert AnnotationCheckpoint(tmp_path / "run.jsonl", pipeline_fingerprint(nlp)).load() == {}


def test_a_line_torn_by_a_kill_is_skipped_and_later_lines_still_count(
    tmp_path: Path, nlp: Language, make_article: Callable[[str], Article]
) -> None:
    path = tmp_path / "run.jsonl"
    first, second = annotate([make_article(text) for text in TEXTS], nlp)
    saved = AnnotationCheckpoint(path, pipeline_fingerprint(nlp))
    saved.add(first)
    saved.close()
    with path.open("a", encoding="utf-8") as stream:
        stream.write('{"pipeline": "' + pipeline_fingerprint(nlp) + '", "article_id": "a_')
    resumed = AnnotationCheckpoint(path, pipeline_fingerprint(nlp))
    assert resumed.load() == {first.article_id: first}
    resumed.add(second)
    resumed.close()
    assert resumed.load() == {first.article_id: first, second.article_id: second}
