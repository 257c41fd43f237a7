"""Store failures: a full disk, a cut-short write, a store of another layout.

Each gives a one-line E003 naming the store and leaves the store as it was.
"""

from __future__ import annotations

import errno
import itertools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import duckdb
import pyarrow.parquet as pq
import pytest

from rashomon.errors import OutputError
from rashomon.records import Analysis
from rashomon.store import analysis_tables, write_duckdb, write_parquet

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


def test_a_parquet_write_cut_short_between_two_replaces_is_never_read_and_then_dropped(
    make_analysis: Build, stores: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, cut_short, third = make_analysis(1), make_analysis(2), make_analysis(3)
    stores.write(first)
    replace = os.replace
    calls = itertools.count()

    def crashes_after_four_replaces(source: Any, target: Any) -> None:
        if next(calls) == 4:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        replace(source, target)

    monkeypatch.setattr(os, "replace", crashes_after_four_replaces)
    with pytest.raises(OutputError):
        write_parquet(cut_short, stores.parquet)
    monkeypatch.setattr(os, "replace", replace)
    stores.check(first)
    stores.write(third)
    stores.check(third)


def test_stores_of_another_layout_are_refused_and_left_as_they_were(
    make_analysis: Build, stores: Any
) -> None:
    old = analysis_tables(make_analysis(1))["actors"]
    stores.parquet.mkdir()
    pq.write_table(old, stores.parquet / "actors.parquet")
    before = _files(stores.parquet)
    with duckdb.connect(str(stores.db)) as connection:
        connection.execute("CREATE TABLE actors AS FROM old")
    for writer, where in ((write_duckdb, stores.db), (write_parquet, stores.parquet)):
        with pytest.raises(
            OutputError, match="other columns than this version of rashomon writes; use a new "
        ) as caught:
            writer(make_analysis(1), where)
        assert "\n" not in str(caught.value)
    assert _files(stores.parquet) == before
    with duckdb.connect(str(stores.db), read_only=True) as connection:
        assert connection.execute("SELECT table_name FROM duckdb_tables()").fetchall() == [
            ("actors",)
        ]
