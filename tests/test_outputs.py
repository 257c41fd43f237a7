"""The output files: the mode `open()` would give them, and all or nothing on a full disk."""

from __future__ import annotations

import errno
import itertools
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

import rashomon.store.files
from rashomon.errors import OutputError
from rashomon.ids import actor_id, article_id
from rashomon.outputs import OutputPaths, write_outputs
from rashomon.records import Actor, Analysis, Article, Coverage, Mention

TEXT = "Mara Holm opened the Vell Bridge on Monday."
HOLM = actor_id("person", "Mara Holm")


def _analysis(title: str) -> Analysis:
    article = Article(
        id=article_id(TEXT),
        title=title,
        outlet="Vell Weekly",
        author=None,
        published="2030-03-04",
        url=None,
        genre="news",
        language="en",
        text=TEXT,
        source="bridge.txt",
        word_count=len(TEXT.split()),
    )
    return Analysis(
        articles=(article,),
        actors=(Actor(HOLM, "Mara Holm", "person", ("Mara Holm",), None, None, 1),),
        mentions=(Mention(article.id, HOLM, "Mara Holm", (0, 9), (0, len(TEXT))),),
        coverage=(Coverage(HOLM, article.id, 1),),
    )


@pytest.fixture
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under the umask it is parametrized with."""
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002], indirect=True)
def test_every_output_gets_the_mode_open_gives_under_the_umask(umask: int, tmp_path: Path) -> None:
    db, parquet = tmp_path / "news.duckdb", tmp_path / "parquet"
    paths = OutputPaths(tmp_path / "out", db, parquet)
    write_outputs(_analysis("Bridge opens"), paths)
    write_outputs(_analysis("Bridge opens at last"), paths)
    files = [paths.json, paths.report, db, *sorted(parquet.iterdir())]
    assert {path.name: stat.S_IMODE(path.stat().st_mode) for path in files} == {
        path.name: 0o666 & ~umask for path in files
    }


def test_a_full_disk_while_writing_the_report_leaves_json_and_report_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = OutputPaths(tmp_path)
    write_outputs(_analysis("Bridge opens"), paths)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    fsync = os.fsync
    calls = itertools.count()

    def fills_the_disk_at_the_second_file(descriptor: int) -> None:
        if next(calls) == 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        fsync(descriptor)

    monkeypatch.setattr(rashomon.store.files.os, "fsync", fills_the_disk_at_the_second_file)
    with pytest.raises(OutputError) as caught:
        write_outputs(_analysis("Bridge opens at last"), paths)
    assert str(caught.value) == (
        f"E003 cannot write {paths.json}, {paths.report}: {os.strerror(errno.ENOSPC)}"
    )
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before
