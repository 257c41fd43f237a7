"""The analysis as Arrow tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rashomon.records import Analysis
from rashomon.store import analysis_tables, table_specs

Build = Callable[..., Analysis]


def test_every_contract_list_has_its_table_and_empty_ones_start_empty(make_analysis: Build) -> None:
    tables = analysis_tables(make_analysis(2))
    assert list(tables) == [
        "articles",
        "actors",
        "mentions",
        "coverage",
        "events",
        "quotes",
        "facts",
        "framing",
        "comparison_shared",
        "comparison_unique",
        "comparison_conflicts",
        "stories",
        "rejected",
    ]
    for name, table in tables.items():
        assert table.schema.equals(table_specs()[name].schema), name
    empty = ["quotes", "facts", "framing", "stories", "comparison_shared", "comparison_conflicts"]
    assert {tables[name].num_rows for name in empty} == {0}


def test_nested_records_become_structs_and_keys_name_their_columns() -> None:
    specs = table_specs()
    numbers = specs["facts"].schema.field("numbers").type
    assert str(numbers) == (
        "list<item: struct<value: double, unit: string, what: string, text: string, "
        "span_start: int64, span_end: int64, high: double, approximate: bool, ordinal: bool, "
        "part_of: int64>>"
    )
    evidence = specs["comparison_conflicts"].schema.field("evidence").type
    assert str(evidence.value_type) == (
        "struct<article_id: string, text: string, span_start: int64, span_end: int64>"
    )
    assert specs["mentions"].key == ("article_id", "field", "span_start", "span_end")
    assert specs["coverage"].key == ("actor", "article_id")


def test_rows_match_the_records(make_analysis: Build) -> None:
    analysis = make_analysis(2)
    tables = analysis_tables(analysis)
    assert tables["articles"].num_rows == 2
    assert tables["articles"].column("boilerplate").to_pylist() == [["Photo 1"], ["Photo 2"]]
    assert tables["actors"].column("aliases").to_pylist() == [["Brel"], []]
    assert tables["rejected"].to_pylist() == [
        {"input": "empty.txt", "reason": "the file is empty", "code": "empty"}
    ]


def test_spans_become_start_and_end_columns(make_analysis: Build) -> None:
    analysis = make_analysis(1)
    mention = analysis.mentions[0]
    row = analysis_tables(analysis)["mentions"].to_pylist()[0]
    assert (row["span_start"], row["span_end"]) == mention.span
    assert (row["sentence_start"], row["sentence_end"]) == mention.sentence
    event = analysis_tables(analysis)["events"].to_pylist()[0]
    assert (event["span_start"], event["span_end"], event["type"]) == (0, 48, "REQUEST")


def test_coverage_has_a_row_per_actor_and_article(make_analysis: Build) -> None:
    analysis = make_analysis(3)
    rows = analysis_tables(analysis)["coverage"].to_pylist()
    assert len(rows) == 6
    assert {row["actor"] for row in rows} == {actor.id for actor in analysis.actors}
    assert {row["article_id"] for row in rows} == {article.id for article in analysis.articles}
    assert {row["mentions"] for row in rows} == {1}


def test_a_repeated_key_keeps_the_last_record(make_analysis: Build) -> None:
    analysis = make_analysis(1)
    renamed = make_analysis(1, mayor_name="T. Brel").actors[0]
    analysis = replace(analysis, actors=(*analysis.actors, renamed))
    names = analysis_tables(analysis)["actors"].column("name").to_pylist()
    assert sorted(names) == ["Ostmark Council", "T. Brel"]
