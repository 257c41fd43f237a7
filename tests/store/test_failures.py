"""Store failures: each gives a one-line E003 naming the store and leaves the store as it was."""

from __future__ import annotations

import errno
import itertools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow.parquet as pq
import pytest

from rashomon.errors import OutputError
from rashomon.records import Analysis
from rashomon.store import write_parquet

Build = Callable[..., Analysis]
FULL_DISK = os.strerror(errno.ENOSPC)


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_full_disk_during_a_parquet_write_leaves_the_previous_files_as_they_were(
    make_analysis: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_parquet(make_analysis(1), tmp_path)
    before = _files(tmp_path)
    write_table = pq.write_table
    calls = itertools.count()

    def fills_the_disk_at_the_fourth_file(table: Any, where: BinaryIO, **options: Any) -> None:
        if next(calls) == 3:
            where.write(b"PAR1 and half a row group")
            raise OSError(errno.ENOSPC, FULL_DISK)
        write_table(table, where, **options)

    monkeypatch.setattr(pq, "write_table", fills_the_disk_at_the_fourth_file)
    with pytest.raises(OutputError) as caught:
        write_parquet(make_analysis(2), tmp_path)
    assert str(caught.value) == f"E003 cannot write Parquet folder {tmp_path}: {FULL_DISK}"
    assert _files(tmp_path) == before, "no file replaced, no temporary file left"
