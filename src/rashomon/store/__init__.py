"""Store an analysis as tables: a DuckDB file (embedded default) or Parquet files (exchange)."""

from __future__ import annotations

from rashomon.store.database import write_duckdb
from rashomon.store.parquet import read_parquet, write_parquet
from rashomon.store.tables import TableSpec, analysis_tables, table_specs
from rashomon.store.validate import validate_analysis

__all__ = [
    "TableSpec",
    "analysis_tables",
    "read_parquet",
    "table_specs",
    "validate_analysis",
    "write_duckdb",
    "write_parquet",
]
