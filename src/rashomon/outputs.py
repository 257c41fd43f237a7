"""Write one analysis to its output files: analysis.json, report.html, DuckDB, Parquet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rashomon.errors import output_error
from rashomon.records import Analysis
from rashomon.records.codec import to_json_bytes
from rashomon.report import report_chunks
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
    write_files({paths.json: _json_of(analysis), paths.report: _report_of(analysis)})
    if paths.db is not None:
        write_duckdb(analysis, paths.db)
    if paths.parquet is not None:
        write_parquet(analysis, paths.parquet)


def write_files(writers: dict[Path, Writer]) -> None:
    """Write each path with its writer, all or nothing (see `store.files.replace_files`).

    Raises OutputError (E003) naming the paths when they cannot be written.
    """
    try:
        for folder in {path.parent for path in writers}:
            folder.mkdir(parents=True, exist_ok=True)
        replace_files(writers)
    except OSError as error:
        raise output_error(", ".join(map(str, writers)), error) from error


def _json_of(analysis: Analysis) -> Writer:
    """Writes analysis.json from pydantic's bytes, never holding the document as text too."""

    def write(stream: BinaryIO) -> None:
        stream.write(to_json_bytes(analysis, indent=2))
        stream.write(b"\n")

    return write


def _report_of(analysis: Analysis) -> Writer:
    """Writes report.html as the template makes it, never holding the whole page."""

    def write(stream: BinaryIO) -> None:
        for chunk in report_chunks(analysis):
            stream.write(chunk.encode("utf-8"))

    return write
