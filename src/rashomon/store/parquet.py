"""Parquet store: one file per stored table (see `runs`), every run's rows in it.

A write replaces the incoming run's rows and keeps the other runs'. All files are written
before any is replaced, and `runs.parquet` is replaced last: it lists the runs whose rows are
complete, so rows of a run it does not list (left by a crash between two replaces) are never
read and are dropped by the next write.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from rashomon.errors import output_error
from rashomon.records import Analysis
from rashomon.store.files import replace_files
from rashomon.store.runs import (
    RUN_ID,
    RUNS,
    of_runs,
    renumbered,
    run_tables,
    stored_key,
    stored_schemas,
)


def write_parquet(analysis: Analysis, directory: Path) -> None:
    """Store `analysis` as one run in `directory/<table>.parquet`, replacing that run's rows.

    Raises OutputError (E003) when a file cannot be read or written; the files are then as
    they were.
    """
    run, incoming = run_tables(analysis)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        stored = read_parquet(directory)
        others = [other for other in stored[RUNS][RUN_ID].to_pylist() if other != run]
        tables = {
            name: _sorted(name, pa.concat_tables([of_runs(stored[name], others), table]))
            for name, table in incoming.items()
        }
        tables[RUNS] = renumbered(stored[RUNS], run)
        replace_files(
            {
                directory / f"{name}.parquet": partial(pq.write_table, table)
                for name, table in tables.items()
            }
        )
    except (OSError, ValueError, pa.ArrowException) as error:
        raise output_error(f"Parquet folder {directory}", error) from error


def read_parquet(directory: Path) -> dict[str, pa.Table]:
    """Every stored table in `directory`, with the rows of the runs `runs.parquet` lists.

    A table with no file comes back empty. Raises ValueError when a file holds other columns
    than this version writes.
    """
    tables = {name: _read(name, directory / f"{name}.parquet") for name in stored_schemas()}
    listed = tables[RUNS][RUN_ID].to_pylist()
    return {name: of_runs(table, listed) for name, table in tables.items()}


def _read(name: str, path: Path) -> pa.Table:
    schema = stored_schemas()[name]
    if not path.exists():
        return schema.empty_table()
    table = pq.read_table(path)
    if set(table.column_names) != set(schema.names):
        raise ValueError(
            f"{path.name} has other columns than this version of rashomon writes; use a new folder"
        )
    return table.select(schema.names).cast(schema)


def _sorted(name: str, table: pa.Table) -> pa.Table:
    return table.sort_by([(key, "ascending") for key in stored_key(name)])
