"""The annotation store: saved annotations come back unchanged, only for the same pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from rashomon.annotate import annotate, pipeline_fingerprint
from rashomon.records import Article
from rashomon.runner import AnnotationStore
from rashomon.settings import Settings

TEXTS = [
    "Foreign Minister Ilse Brandauer of Austria met Karim al Fassi, an adviser to the "
    "Moroccan government, in Vienna on Monday.",
    "Rabat said the talks with Vienna were useful.",
]
FINGERPRINT = pipeline_fingerprint(Settings())


def test_saved_annotations_load_back_equal(
    tmp_path: Path, nlp: Language, make_article: Callable[[str], Article]
) -> None:
    annotated = annotate([make_article(text) for text in TEXTS], nlp)
    assert any(mention.affiliation or mention.titles for mention in annotated[0].mentions)
    with AnnotationStore(tmp_path, FINGERPRINT).writer() as shard:
        for item in annotated:
            shard.add(item)
    loaded = AnnotationStore(tmp_path, FINGERPRINT).load()
    assert loaded == {item.article_id: item for item in annotated}


def test_every_shard_of_the_folder_is_read(
    tmp_path: Path, nlp: Language, make_article: Callable[[str], Article]
) -> None:
    first, second = annotate([make_article(text) for text in TEXTS], nlp)
    store = AnnotationStore(tmp_path, FINGERPRINT)
    with store.writer("worker-1") as shard:
        shard.add(first)
    with store.writer("worker-2") as shard:
        shard.add(second)
    assert store.load() == {first.article_id: first, second.article_id: second}


def test_annotations_of_another_pipeline_are_not_reused(
    tmp_path: Path, nlp: Language, make_article: Callable[[str], Article]
) -> None:
    with AnnotationStore(tmp_path, "rashomon 0.0.1|other_model").writer() as shard:
        shard.add(annotate([make_article(TEXTS[1])], nlp)[0])
    assert AnnotationStore(tmp_path, FINGERPRINT).load() == {}


def test_other_component_config_is_another_pipeline() -> None:
    tuned = Settings(component_config={"rashomon_entities": {"max_name_words": 3}})
    assert pipeline_fingerprint(tuned) != FINGERPRINT
    assert pipeline_fingerprint(Settings(workers=2, batch_size=4)) == FINGERPRINT


def test_a_line_torn_by_a_kill_is_skipped_and_later_lines_still_count(
    tmp_path: Path, nlp: Language, make_article: Callable[[str], Article]
) -> None:
    first, second = annotate([make_article(text) for text in TEXTS], nlp)
    store = AnnotationStore(tmp_path, FINGERPRINT)
    with store.writer() as shard:
        shard.add(first)
    with (tmp_path / "local.jsonl").open("a", encoding="utf-8") as stream:
        stream.write('{"pipeline": "' + FINGERPRINT + '", "annotation": {"article_id": "a_')
    assert store.load() == {first.article_id: first}
    with store.writer() as shard:
        shard.add(second)
    assert store.load() == {first.article_id: first, second.article_id: second}


def test_a_record_that_no_longer_fits_the_schema_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "local.jsonl").write_text(
        '{"pipeline": "' + FINGERPRINT + '", "annotation": {"article_id": 7}}\n', "utf-8"
    )
    assert AnnotationStore(tmp_path, FINGERPRINT).load() == {}
