"""DuckDB store: one table per stored table (see `runs`), and views of the latest run.

A write replaces the incoming run's rows and keeps the other runs', in one transaction, so a
failure changes nothing. Schema `latest` holds one view per analysis table: the latest run's
rows without `run_id` (`SELECT * FROM latest.actors`).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from rashomon.errors import output_error
from rashomon.records import Analysis
from rashomon.store.runs import NUMBER, RUN_ID, RUNS, renumbered, run_tables, stored_schemas
from rashomon.store.tables import table_specs

LATEST = "latest"
_ROWS = "rows"


def write_duckdb(analysis: Analysis, path: Path) -> None:
    """Store `analysis` as one run in the DuckDB file at `path`, replacing that run's rows.

    Raises OutputError (E003) naming the file when it cannot be opened or written (read-only,
    locked by another process, not a DuckDB file); the file is then as it was.
    """
    run, incoming = run_tables(analysis)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with duckdb.connect(str(path)) as connection:
            connection.begin()
            for name in stored_schemas():
                _create(connection, name)
            runs = renumbered(connection.table(RUNS).to_arrow_table(), run)
            for name, table in incoming.items():
                connection.execute(f'DELETE FROM "{name}" WHERE "{RUN_ID}" = ?', [run])
                _with_rows(connection, table, f'INSERT INTO "{name}" BY NAME FROM {_ROWS}')
            connection.execute(f'DELETE FROM "{RUNS}"')
            _with_rows(connection, runs, f'INSERT INTO "{RUNS}" BY NAME FROM {_ROWS}')
            _create_latest_views(connection)
            connection.commit()
    except (OSError, ValueError, duckdb.Error) as error:
        raise output_error(f"DuckDB file {path}", error) from error


def _create(connection: duckdb.DuckDBPyConnection, name: str) -> None:
    """Create the stored table `name` if it is missing; refuse one with other columns."""
    schema = stored_schemas()[name]
    create = f'CREATE TABLE IF NOT EXISTS "{name}" AS FROM {_ROWS}'
    _with_rows(connection, schema.empty_table(), create)
    if set(connection.table(name).columns) != set(schema.names):
        raise ValueError(
            f"table {name} has other columns than this version of rashomon writes; use a new file"
        )


def _with_rows(connection: duckdb.DuckDBPyConnection, rows: pa.Table, statement: str) -> None:
    """Execute `statement`, in which the name `rows` stands for the Arrow table `rows`."""
    connection.register(_ROWS, rows)
    connection.execute(statement)
    connection.unregister(_ROWS)


def _create_latest_views(connection: duckdb.DuckDBPyConnection) -> None:
    latest = f'SELECT "{RUN_ID}" FROM main."{RUNS}" ORDER BY "{NUMBER}" DESC LIMIT 1'
    connection.execute(f"CREATE SCHEMA IF NOT EXISTS {LATEST}")
    for name in table_specs():
        connection.execute(
            f'CREATE OR REPLACE VIEW {LATEST}."{name}" AS SELECT * EXCLUDE ("{RUN_ID}") '
            f'FROM main."{name}" WHERE "{RUN_ID}" = ({latest})'
        )
