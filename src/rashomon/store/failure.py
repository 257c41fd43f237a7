"""Turn a low-level write failure into the one-line `OutputError` the CLI shows."""

from __future__ import annotations

from pathlib import Path

from rashomon.errors import OutputError


def output_error(what: str, target: Path, error: Exception) -> OutputError:
    """Return `E003 cannot write <what> <target>: <first line of error>`."""
    lines = str(error).strip().splitlines()
    detail = lines[0] if lines else type(error).__name__
    return OutputError(f"E003 cannot write {what} {target}: {detail}")
