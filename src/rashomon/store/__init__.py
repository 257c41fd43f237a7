"""Store analyses as tables: a DuckDB file (embedded default) or Parquet files (exchange).

Each run is kept whole under its run id (see `runs`); DuckDB's `latest` views and
`latest_run` give the latest run's tables.
"""

from __future__ import annotations

from rashomon.store.database import write_duckdb
from rashomon.store.parquet import read_parquet, write_parquet
from rashomon.store.runs import latest_run, stored_schemas
from rashomon.store.tables import TableSpec, analysis_tables, table_specs
from rashomon.store.validate import validate_analysis

__all__ = [
    "TableSpec",
    "analysis_tables",
    "latest_run",
    "read_parquet",
    "stored_schemas",
    "table_specs",
    "validate_analysis",
    "write_duckdb",
    "write_parquet",
]
