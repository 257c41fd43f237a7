"""Write one analysis to its output files: analysis.json, report.html, DuckDB, Parquet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rashomon.errors import output_error
from rashomon.records import Analysis
from rashomon.records.codec import to_json
from rashomon.report import render_report
from rashomon.store import write_duckdb, write_parquet
from rashomon.store.files import Writer, replace_files


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

    def written(self) -> list[Path]:
        """Every place this run writes to, which it must never read as input."""
        return [path for path in (self.out, self.db, self.parquet) if path is not None]

    @property
    def annotations(self) -> Path:
        """The folder of annotations saved while the run is under way, for resuming it."""
        return self.out / ".rashomon-annotations"


def write_outputs(analysis: Analysis, paths: OutputPaths) -> None:
    """Write every requested output.

    analysis.json and report.html are replaced together, only once both are written, so a
    crash or a full disk leaves both from the same run; then the stores, each all or nothing.
    """
    write_texts(
        {paths.json: to_json(analysis, indent=2) + "\n", paths.report: render_report(analysis)}
    )
    if paths.db is not None:
        write_duckdb(analysis, paths.db)
    if paths.parquet is not None:
        write_parquet(analysis, paths.parquet)


def write_texts(texts: dict[Path, str]) -> None:
    """Write each text (UTF-8) to its path, all or nothing, with the mode `open()` would give.

    Raises OutputError (E003) naming the paths when they cannot be written.
    """
    try:
        for folder in {path.parent for path in texts}:
            folder.mkdir(parents=True, exist_ok=True)
        replace_files({path: _encoded(text) for path, text in texts.items()})
    except OSError as error:
        raise output_error(", ".join(map(str, texts)), error) from error


def _encoded(text: str) -> Writer:
    def write(stream: BinaryIO) -> None:
        stream.write(text.encode("utf-8"))

    return write
