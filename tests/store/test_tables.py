"""The analysis as Arrow tables."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.schema import Analysis
from rashomon.store import KEYS, SCHEMAS, analysis_tables

Build = Callable[..., Analysis]


def test_every_table_has_its_schema_and_contract_lists_start_empty(make_analysis: Build) -> None:
    tables = analysis_tables(make_analysis(2))
    assert set(tables) == set(SCHEMAS) == set(KEYS)
    for name, table in tables.items():
        assert table.schema.equals(SCHEMAS[name]), name
    assert {name: tables[name].num_rows for name in ("quotes", "facts", "framing", "stories")} == {
        "quotes": 0,
        "facts": 0,
        "framing": 0,
        "stories": 0,
    }


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


def test_actor_articles_flatten_mentions_by_article(make_analysis: Build) -> None:
    analysis = make_analysis(3)
    rows = analysis_tables(analysis)["actor_articles"].to_pylist()
    assert len(rows) == 6
    assert {row["actor"] for row in rows} == {actor.id for actor in analysis.actors}
    assert {row["article_id"] for row in rows} == {article.id for article in analysis.articles}
    assert {row["mentions"] for row in rows} == {1}


def test_a_repeated_key_keeps_the_last_record(make_analysis: Build) -> None:
    analysis = make_analysis(1)
    renamed = make_analysis(1, mayor_name="T. Brel").actors[0]
    analysis.actors.append(renamed)
    names = analysis_tables(analysis)["actors"].column("name").to_pylist()
    assert sorted(names) == ["Ostmark Council", "T. Brel"]
