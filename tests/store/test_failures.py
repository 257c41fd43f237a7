"""Store failures: a full disk, a cut-short write, a read-only, locked, foreign or old store.

Each gives a one-line E003 naming the store, never a traceback, and leaves the store as it was.
"""

from __future__ import annotations

import errno
import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import duckdb
import pyarrow.parquet as pq
import pytest

import rashomon
from rashomon.errors import OutputError
from rashomon.records import Analysis
from rashomon.records.codec import to_json
from rashomon.store import analysis_tables, write_duckdb, write_parquet

Build = Callable[..., Analysis]
FULL_DISK = os.strerror(errno.ENOSPC)
# Root writes to a 0444 file; without these capabilities it is held to the mode like anyone.
AS_ROOT_HELD_TO_MODES = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
WRITE_DUCKDB = """
import sys
from pathlib import Path
from rashomon.errors import OutputError
from rashomon.records import Analysis
from rashomon.records.codec import from_json
from rashomon.store import write_duckdb
try:
    write_duckdb(from_json(Analysis, sys.stdin.read()), Path(sys.argv[1]))
except OutputError as error:
    sys.exit(str(error))
"""
HOLD_DUCKDB = """
import sys
import duckdb
connection = duckdb.connect(sys.argv[1])
print("held", flush=True)
sys.stdin.read()
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _child_environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(Path(rashomon.__file__).parents[1])}


def _held_to_modes(command: list[str]) -> list[str]:
    """`command` run as root without the capabilities that let root write a read-only file."""
    dropped = [*AS_ROOT_HELD_TO_MODES, "true"]
    if shutil.which("setpriv") is None or subprocess.run(dropped, check=False).returncode:
        pytest.skip("as root a 0444 file stays writable, and setpriv cannot drop that right")
    return [*AS_ROOT_HELD_TO_MODES, *command]


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


def test_a_read_only_duckdb_file_gives_a_one_line_e003_and_stays_as_it_was(
    make_analysis: Build, stores: Any
) -> None:
    command = [sys.executable, "-c", WRITE_DUCKDB, str(stores.db)]
    if os.geteuid() == 0:
        command = _held_to_modes(command)
    write_duckdb(make_analysis(1), stores.db)
    before = stores.duckdb_rows()
    stores.db.chmod(0o444)
    result = subprocess.run(
        command,
        input=to_json(make_analysis(2)),
        capture_output=True,
        text=True,
        env=_child_environment(),
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"E003 cannot write DuckDB file {stores.db}: ")
    assert "Permission denied" in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert stores.duckdb_rows() == before


@contextmanager
def _held(path: Path) -> Iterator[None]:
    """Another process holding the DuckDB file open (and so its lock) while the block runs."""
    command = [sys.executable, "-c", HOLD_DUCKDB, str(path)]
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_child_environment()
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        try:
            yield
        finally:
            assert holder.stdin is not None
            holder.stdin.close()


def test_a_duckdb_file_locked_by_another_process_gives_a_one_line_e003_and_stays_as_it_was(
    make_analysis: Build, stores: Any
) -> None:
    write_duckdb(make_analysis(1), stores.db)
    before = stores.duckdb_rows()
    with _held(stores.db), pytest.raises(OutputError) as caught:
        write_duckdb(make_analysis(2), stores.db)
    message = str(caught.value)
    assert message.startswith(f"E003 cannot write DuckDB file {stores.db}: ")
    assert "lock" in message
    assert "\n" not in message
    assert stores.duckdb_rows() == before


def test_a_duckdb_write_failing_midway_changes_no_table(make_analysis: Build, stores: Any) -> None:
    write_duckdb(make_analysis(1), stores.db)
    with duckdb.connect(str(stores.db)) as connection:
        connection.execute("DROP TABLE rejected")
        connection.execute(
            "CREATE TABLE rejected (run_id VARCHAR, input VARCHAR, reason VARCHAR, code INTEGER)"
        )
    before = stores.duckdb_rows()
    with pytest.raises(OutputError, match=r"^E003 cannot write DuckDB file .*Conversion Error"):
        write_duckdb(make_analysis(2), stores.db)
    assert stores.duckdb_rows() == before


def test_a_file_that_is_not_a_duckdb_database_gives_a_one_line_e003(
    make_analysis: Build, tmp_path: Path
) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("my notes, not a database\n", encoding="utf-8")
    with pytest.raises(OutputError, match=rf"^E003 cannot write DuckDB file {path}: ") as caught:
        write_duckdb(make_analysis(1), path)
    assert "\n" not in str(caught.value)
    assert path.read_text(encoding="utf-8") == "my notes, not a database\n"


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
