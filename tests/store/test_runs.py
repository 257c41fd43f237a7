"""Runs kept apart: a subset, a superset and a renamed actor never mix counts or leave orphans."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rashomon import analyze, load_settings
from rashomon.ids import actor_id
from rashomon.outputs import OutputPaths, write_outputs
from rashomon.records import Analysis
from rashomon.records.codec import from_json

Build = Callable[..., Analysis]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _of_run(rows: dict[str, list[dict[str, Any]]], name: str, number: int) -> list[dict[str, Any]]:
    run = next(row["run_id"] for row in rows["runs"] if row["number"] == number)
    return [row for row in rows[name] if row["run_id"] == run]


def test_a_subset_then_a_superset_keep_each_runs_counts(make_analysis: Build, stores: Any) -> None:
    superset, subset = make_analysis(3, party=True), make_analysis(1, party=True)
    stores.write(superset)
    stores.check(superset)
    stores.write(subset)
    rows = stores.check(subset)
    assert {row["name"]: row["mentions"] for row in _of_run(rows, "actors", 1)} == {
        "Tomas Brel": 3,
        "Ostmark Council": 3,
        "Ostmark Green Party": 0,
    }
    assert {row["name"]: row["mentions"] for row in _of_run(rows, "actors", 2)} == {
        "Tomas Brel": 1,
        "Ostmark Council": 1,
        "Ostmark Green Party": 0,
    }
    stores.write(superset)
    rows = stores.check(superset)
    assert sorted(row["number"] for row in rows["runs"]) == [2, 3], "the superset again adds no run"
    assert len(rows["mentions"]) == 6 + 2


def test_a_run_stored_again_becomes_the_latest_and_adds_nothing(
    make_analysis: Build, stores: Any
) -> None:
    first, second = make_analysis(2), make_analysis(1)
    stores.write(first)
    stores.write(second)
    before = stores.rows()
    stores.write(first)
    after = stores.check(first)
    assert {name: rows for name, rows in after.items() if name != "runs"} == {
        name: rows for name, rows in before.items() if name != "runs"
    }
    assert sorted(row["number"] for row in after["runs"]) == [2, 3]


def test_an_actor_renamed_by_a_later_run_keeps_its_name_in_the_earlier_one(
    make_analysis: Build, stores: Any
) -> None:
    stores.write(make_analysis(2))
    name = "Tomas A. Brel"
    renamed = make_analysis(1, mayor_name=name, mayor_id=actor_id("person", name))
    stores.write(renamed)
    rows = stores.check(renamed)
    assert sorted(row["name"] for row in stores.latest()["actors"]) == [
        "Ostmark Council",
        "Tomas A. Brel",
    ]
    assert sorted(row["name"] for row in _of_run(rows, "actors", 1)) == [
        "Ostmark Council",
        "Tomas Brel",
    ]


@pytest.fixture(scope="module")
def example_runs() -> tuple[Analysis, Analysis]:
    """The bundled examples analysed whole, and two of them alone."""
    settings = load_settings(workers=1)
    subset = [str(EXAMPLES / "harbour_times.txt"), str(EXAMPLES / "atlantic_wire.html")]
    return analyze([str(EXAMPLES)], settings), analyze(subset, settings)


def _mentions_of(analysis: Analysis, name: str) -> int:
    return next(actor.mentions for actor in analysis.actors if actor.name == name)


def test_rerunning_the_examples_on_a_subset_and_a_superset_keeps_every_count_of_each_json(
    example_runs: tuple[Analysis, Analysis], stores: Any, tmp_path: Path
) -> None:
    paths = OutputPaths(out=tmp_path / "out", db=stores.db, parquet=stores.parquet)
    superset, subset = example_runs
    actors: list[set[tuple[str, str, int]]] = []
    for analysis in (superset, subset, superset):
        write_outputs(analysis, paths)
        rows = stores.check(from_json(Analysis, paths.json.read_text(encoding="utf-8")))
        actors.append({(row["run_id"], row["name"], row["mentions"]) for row in rows["actors"]})
    assert actors[0] < actors[1] == actors[2], (
        "each run kept as it was; the superset again adds none"
    )
    morocco = sorted(mentions for _, name, mentions in actors[1] if name == "Morocco")
    assert morocco == sorted([_mentions_of(subset, "Morocco"), _mentions_of(superset, "Morocco")])
    assert morocco[0] < morocco[1]
