"""What every section shares: article labels, duplicates and the actor ranking."""

from __future__ import annotations

from dataclasses import replace

from rashomon.records import Analysis
from rashomon.report.context import build_context


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
