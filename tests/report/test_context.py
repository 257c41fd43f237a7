"""What every section shares: article labels, duplicates and the actor ranking."""

from __future__ import annotations

from dataclasses import replace

from rashomon.records import ACTOR_KINDS, Analysis
from rashomon.report.context import KIND_KEYS, build_context, page_key

from .conftest import crowd


def test_articles_are_labelled_in_input_order_and_duplicates_name_the_original(
    analysis: Analysis,
) -> None:
    context = build_context(analysis)
    assert [entry.label for entry in context.articles] == ["A1", "A2", "A3"]
    assert [entry.duplicate_of for entry in context.articles] == [None, None, "A1"]
    assert [entry.label for entry in context.analysed] == ["A1", "A2"]


def test_duplicate_of_an_unknown_article_reads_another_article(analysis: Analysis) -> None:
    orphan = replace(analysis.articles[2], duplicate_of="a_missing")
    context = build_context(replace(analysis, articles=(analysis.articles[0], orphan)))
    assert context.articles[1].duplicate_of == "another article"


def test_actors_rank_by_total_mentions_then_name(analysis: Analysis) -> None:
    ranked = build_context(analysis).actors
    keys = [(-actor.mentions, actor.name.casefold()) for actor in ranked]
    assert keys == sorted(keys)
    assert {actor.id for actor in ranked} == {actor.id for actor in analysis.actors}


def test_page_keys_are_the_kind_letter_and_the_rank_in_base_36() -> None:
    context = build_context(crowd(10))
    keys = [context.keys[actor.id] for actor in context.actors]
    assert keys[:2] == [
        f"{KIND_KEYS[context.actors[0].kind]}0",
        f"{KIND_KEYS[context.actors[1].kind]}1",
    ]
    assert len(set(keys)) == len(keys) == len(context.actors)
    assert all(
        key[0] == KIND_KEYS[actor.kind] for key, actor in zip(keys, context.actors, strict=True)
    )
    assert page_key(context.actors[0], 36 * 36 + 35)[1:] == "10z"
    assert not any("_" in key for key in keys)


def test_every_actor_kind_has_its_own_key_letter() -> None:
    assert set(KIND_KEYS) == set(ACTOR_KINDS)
    assert len(set(KIND_KEYS.values())) == len(KIND_KEYS)
