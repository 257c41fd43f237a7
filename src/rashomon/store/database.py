"""DuckDB store: one table per analysis table, upserted by primary key."""

from __future__ import annotations

from pathlib import Path

import duckdb

from rashomon.errors import output_error
from rashomon.records import Analysis
from rashomon.store.tables import analysis_tables, table_specs

_INCOMING = "incoming"


def write_duckdb(analysis: Analysis, path: Path) -> None:
    """Upsert every table of `analysis` into the DuckDB file at `path`, in one transaction.

    Rows whose key is already stored are replaced; others are kept. Raises OutputError (E003)
    when the file cannot be created or written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with duckdb.connect(str(path)) as connection:
            connection.begin()
            for name, incoming in analysis_tables(analysis).items():
                connection.register(_INCOMING, incoming)
                _upsert(connection, name)
                connection.unregister(_INCOMING)
            connection.commit()
    except (OSError, duckdb.Error) as error:
        raise output_error(f"DuckDB file {path}", error) from error


def _upsert(connection: duckdb.DuckDBPyConnection, name: str) -> None:
    keys = table_specs()[name].key
    match = " AND ".join(f'"{name}"."{key}" = {_INCOMING}."{key}"' for key in keys)
    connection.execute(f'CREATE TABLE IF NOT EXISTS "{name}" AS FROM {_INCOMING} LIMIT 0')
    connection.execute(f'DELETE FROM "{name}" USING {_INCOMING} WHERE {match}')
    connection.execute(f'INSERT INTO "{name}" BY NAME FROM {_INCOMING}')
