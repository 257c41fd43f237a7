"""Runs kept apart: each run's analysis is stored whole, under its run id, never merged.

Actors are resolved over one run's articles: another run (a subset, a superset) may count,
name and even identify them differently, so rows of two runs do not add up. Every stored table
is therefore an analysis table with a first column `run_id`, keyed by `run_id` and the record's
key; the `runs` table numbers the runs in the order they were last stored. The latest run is
the one with the highest number.

A run's id is a hash of all its rows, so storing the same analysis again adds nothing (it
only becomes the latest again), and any change of inputs or results is a new run.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache

import pyarrow as pa
import pyarrow.compute as pc

from rashomon.ids import content_id
from rashomon.records import Analysis
from rashomon.store.tables import analysis_tables, table_specs

RUN_ID = "run_id"
RUNS = "runs"
NUMBER = "number"
_RUNS_SCHEMA = pa.schema([pa.field(RUN_ID, pa.string()), pa.field(NUMBER, pa.int64())])


@cache
def stored_schemas() -> dict[str, pa.Schema]:
    """The schema of every stored table: the analysis tables with `run_id` first, then `runs`."""
    schemas = {
        name: spec.schema.insert(0, pa.field(RUN_ID, pa.string()))
        for name, spec in table_specs().items()
    }
    return schemas | {RUNS: _RUNS_SCHEMA}


def stored_key(name: str) -> tuple[str, ...]:
    """The key of a stored table: `run_id`, then the record's key."""
    return (RUN_ID,) if name == RUNS else (RUN_ID, *table_specs()[name].key)


def run_tables(analysis: Analysis) -> tuple[str, dict[str, pa.Table]]:
    """The run id of `analysis` and its tables, each row tagged with that id."""
    tables = analysis_tables(analysis)
    run = run_id(tables)
    return run, {
        name: table.add_column(0, pa.field(RUN_ID, pa.string()), pa.repeat(run, table.num_rows))
        for name, table in tables.items()
    }


def run_id(tables: Mapping[str, pa.Table]) -> str:
    """A hash of every row of the analysis tables, in key order (so input order does not count)."""
    parts: list[str] = []
    for name, table in tables.items():
        ordered = table.sort_by([(key, "ascending") for key in table_specs()[name].key])
        parts += [name, json.dumps(ordered.to_pylist(), sort_keys=True, ensure_ascii=False)]
    return content_id("run_", *parts)


def renumbered(runs: pa.Table, run: str) -> pa.Table:
    """The `runs` table once `run` is stored: unchanged if `run` is the latest, else `run` last."""
    if latest_id(runs) == run:
        return runs
    others = runs.filter(pc.not_equal(runs[RUN_ID], run))
    number = (pc.max(runs[NUMBER]).as_py() or 0) + 1
    added = pa.table({RUN_ID: [run], NUMBER: [number]}, schema=_RUNS_SCHEMA)
    return pa.concat_tables([others, added]).sort_by(NUMBER)


def latest_id(runs: pa.Table) -> str | None:
    """The id of the run with the highest number (None when no run is stored)."""
    if runs.num_rows == 0:
        return None
    index = pc.index(runs[NUMBER], pc.max(runs[NUMBER])).as_py()
    return str(runs[RUN_ID][index].as_py())


def of_runs(table: pa.Table, runs: list[str]) -> pa.Table:
    """The rows of `table` whose run is one of `runs`."""
    return table.filter(pc.is_in(table[RUN_ID], pa.array(runs, pa.string())))


def latest_run(tables: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    """The latest run's analysis tables (as its analysis.json gives them), from stored tables."""
    latest = latest_id(tables[RUNS])
    chosen = [] if latest is None else [latest]
    return {name: of_runs(tables[name], chosen).drop_columns([RUN_ID]) for name in table_specs()}
