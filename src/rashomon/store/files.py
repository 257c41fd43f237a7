"""Replace files all or nothing: each is written beside its path, then all are moved into place.

Nothing is replaced until every file is written and flushed to disk, so a failure while
writing (a full disk, a failing writer) leaves every old file as it was and no temporary file
behind. A file gets the mode a plain `open()` gives it: 0666 less the umask.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

Writer = Callable[[BinaryIO], None]


def replace_files(writers: Mapping[Path, Writer]) -> None:
    """Write each path with its writer, then replace the paths in the mapping's order."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, write in writers.items():
            staged.append((_stage(path, write), path))
        for temporary, path in staged:
            os.replace(temporary, path)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _stage(path: Path, write: Writer) -> Path:
    """A new hidden file beside `path` holding what `write` wrote, flushed to disk."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary
