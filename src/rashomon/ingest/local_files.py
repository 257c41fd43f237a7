"""Local files: walking folders, excluded paths, and opening a file without ever blocking.

Folders are walked recursively in sorted order. Hidden files and folders (a name starting with
".", such as `.git/` or `.DS_Store`) are passed over silently, and so is an excluded path (the
run's own output folder); every other entry is yielded, whatever its type, so that an unsupported
file gets its own reject instead of vanishing. A file is opened with `O_NONBLOCK` and checked to be
a regular file on the open descriptor: a named pipe (FIFO) would otherwise block the run forever
on `open`, and a check before opening could be raced.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from rashomon.errors import InputError, Reason

logger = logging.getLogger(__name__)

_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


# Files that document the folder they are in, by name without extension (README.md, LICENSE).
_FOLDER_NOTES = frozenset(
    {"readme", "license", "licence", "copying", "changelog", "changes", "authors", "notice"}
)


def is_folder_notes(path: Path) -> bool:
    """Whether `path` is named as a folder's own documentation: "README.md", "LICENSE"."""
    return path.name.split(".", 1)[0].lower() in _FOLDER_NOTES


class Exclusions:
    """Paths that are never read, compared once resolved (symbolic links followed).

    `os.path.realpath` resolves them, as `Path.resolve` would, but leaves a symbolic-link loop
    as it is instead of raising.
    """

    def __init__(self, paths: Iterable[str | os.PathLike[str]] = ()) -> None:
        self._paths = tuple(Path(os.path.realpath(path)) for path in paths)

    def covering(self, path: Path) -> Path | None:
        """Return the excluded path that is `path` or holds it, else None."""
        if not self._paths:
            return None
        resolved = Path(os.path.realpath(path))
        for excluded in self._paths:
            if resolved == excluded or excluded in resolved.parents:
                return excluded
        return None


def walk(folder: Path, exclusions: Exclusions) -> Iterator[Path]:
    """Yield every non-hidden, non-excluded entry under `folder` that is not a folder, sorted."""
    for root, folders, files in os.walk(folder):
        kept = []
        for name in sorted(folders):
            if name.startswith("."):
                continue
            if exclusions.covering(Path(root) / name) is not None:
                logger.info("%s is excluded; not read", Path(root) / name)
                continue
            kept.append(name)
        folders[:] = kept
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and exclusions.covering(path) is None:
                yield path


def file_size(path: Path) -> int:
    """Return the size of the regular file at `path`; raise InputError for anything else."""
    try:
        status = path.stat()
    except FileNotFoundError as error:
        raise InputError(Reason.NOT_FOUND, f"no such file or folder: {path}") from error
    except OSError as error:
        raise InputError(Reason.UNREADABLE, f"cannot read: {error.strerror}") from error
    _check_regular(status.st_mode)
    return status.st_size


def open_regular(path: Path) -> IO[bytes]:
    """Open the regular file at `path` for reading, without blocking on a pipe or device."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError as error:
        raise InputError(Reason.NOT_FOUND, f"no such file or folder: {path}") from error
    except OSError as error:
        raise InputError(Reason.UNREADABLE, f"cannot read: {error.strerror}") from error
    try:
        _check_regular(os.fstat(descriptor).st_mode)
    except BaseException:
        os.close(descriptor)
        raise
    return os.fdopen(descriptor, "rb")


def read_regular(path: Path, limit: int) -> bytes:
    """Return the bytes of the regular file at `path`; raise InputError past `limit` bytes."""
    with open_regular(path) as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise InputError(Reason.UNREADABLE, f"cannot read: {error.strerror}") from error
    if len(data) > limit:
        raise InputError(Reason.TOO_LARGE, f"file is larger than the {limit}-byte limit")
    return data


def _check_regular(mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KINDS if test(mode)), "of an unknown kind")
    raise InputError(Reason.UNSUPPORTED, f"not a regular file ({kind}); only files are read")
