"""Write one analysis to its output files: analysis.json, report.html, DuckDB, Parquet."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rashomon.errors import output_error
from rashomon.records import Analysis
from rashomon.records.codec import to_json
from rashomon.report import render_report
from rashomon.store import write_duckdb, write_parquet


@dataclass(frozen=True, slots=True)
class OutputPaths:
    """Where one run writes; `db` and `parquet` are optional."""

    out: Path
    db: Path | None = None
    parquet: Path | None = None

    @property
    def json(self) -> Path:
        """The analysis document."""
        return self.out / "analysis.json"

    @property
    def report(self) -> Path:
        """The self-contained HTML report."""
        return self.out / "report.html"

    @property
    def annotations(self) -> Path:
        """The folder of annotations saved while the run is under way, for resuming it."""
        return self.out / ".rashomon-annotations"


def write_outputs(analysis: Analysis, paths: OutputPaths) -> None:
    """Write every requested output.

    Files are replaced atomically, so a crash leaves none half written.
    """
    write_text_atomic(paths.json, to_json(analysis, indent=2) + "\n")
    write_text_atomic(paths.report, render_report(analysis))
    if paths.db is not None:
        write_duckdb(analysis, paths.db)
    if paths.parquet is not None:
        write_parquet(analysis, paths.parquet)


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and `os.replace`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        raise output_error(path, error) from error
