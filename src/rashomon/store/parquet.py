"""Parquet store: one file per table, merged with what is there by primary key."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from rashomon.errors import output_error
from rashomon.records import Analysis
from rashomon.store.files import replace_files
from rashomon.store.tables import analysis_tables, table_specs

_ROW = "__row"


def write_parquet(analysis: Analysis, directory: Path) -> None:
    """Upsert every table of `analysis` into `directory/<table>.parquet`.

    Rows whose key is already stored are replaced; others are kept. Every file is written
    before any is replaced (see `files`). Raises OutputError (E003) when it cannot write; the
    files are then as they were.
    """
    try:
        directory.mkdir(parents=True, exist_ok=True)
        writers = {}
        for name, incoming in analysis_tables(analysis).items():
            path = directory / f"{name}.parquet"
            writers[path] = partial(pq.write_table, merge(name, _read(name, path), incoming))
        replace_files(writers)
    except (OSError, pa.ArrowException) as error:
        raise output_error(f"Parquet folder {directory}", error) from error


def read_parquet(directory: Path) -> dict[str, pa.Table]:
    """Return every table stored in `directory`; a table with no file comes back empty."""
    return {name: _read(name, directory / f"{name}.parquet") for name in table_specs()}


def merge(name: str, stored: pa.Table, incoming: pa.Table) -> pa.Table:
    """Return `stored` rows whose key is not in `incoming`, plus `incoming`, sorted by key."""
    keys = list(table_specs()[name].key)
    numbered = stored.select(keys).append_column(_ROW, pa.array(range(stored.num_rows), pa.int64()))
    kept = numbered.join(incoming.select(keys), keys, join_type="left anti")
    survivors = stored.take(kept.column(_ROW))
    combined = pa.concat_tables([survivors, incoming])
    return combined.sort_by([(key, "ascending") for key in keys])


def _read(name: str, path: Path) -> pa.Table:
    schema = table_specs()[name].schema
    if not path.exists():
        return schema.empty_table()
    return pq.read_table(path).select(schema.names).cast(schema)
