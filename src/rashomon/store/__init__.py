"""Store an analysis as tables: a DuckDB file (embedded default) or Parquet files (exchange)."""

from __future__ import annotations

from rashomon.store.database import write_duckdb
from rashomon.store.parquet import read_parquet, write_parquet
from rashomon.store.tables import KEYS, SCHEMAS, analysis_tables
from rashomon.store.validate import validate_analysis

__all__ = [
    "KEYS",
    "SCHEMAS",
    "analysis_tables",
    "read_parquet",
    "validate_analysis",
    "write_duckdb",
    "write_parquet",
]
