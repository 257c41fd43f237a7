"""The annotate stage's output on disk: JSON Lines shards of `ArticleAnnotation` records.

Each annotated article is appended (and flushed) to a shard as soon as it is made, so a run that
is killed keeps what it did: the next run with the same folder reads the shards back and
annotates only the articles they lack. Every line carries the pipeline's fingerprint (rashomon
version, model, components and their config), so annotations made by another pipeline are never
reused. A torn last line, from a kill mid-write, is ignored. One writer per shard: a local run
writes one shard, a distributed runner one per worker.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from rashomon.errors import output_error
from rashomon.records import ArticleAnnotation
from rashomon.records.codec import ValidationError, from_json, to_jsonable

SHARD_SUFFIX = ".jsonl"


class AnnotationStore:
    """The annotations of one run, in shard files inside `folder`."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint

    def load(self) -> dict[str, ArticleAnnotation]:
        """The annotations already made by this pipeline, by article id."""
        found: dict[str, ArticleAnnotation] = {}
        for item in self._records():
            found[item.article_id] = item
        return found

    def writer(self, shard: str = "local") -> ShardWriter:
        """An appending writer for `folder/<shard>.jsonl` (use it as a context manager)."""
        return ShardWriter(self.folder / f"{shard}{SHARD_SUFFIX}", self.fingerprint)

    def _records(self) -> Iterator[ArticleAnnotation]:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob(f"*{SHARD_SUFFIX}")):
            with path.open(encoding="utf-8") as stream:
                for line in stream:
                    item = self._parse(line)
                    if item is not None:
                        yield item

    def _parse(self, line: str) -> ArticleAnnotation | None:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return None
        if not isinstance(record, dict) or record.get("pipeline") != self.fingerprint:
            return None
        try:
            return from_json(ArticleAnnotation, record["annotation"])
        except (KeyError, ValidationError):
            return None


def discard_annotations(folder: Path) -> None:
    """Delete a run's saved annotations once its outputs are written."""
    shutil.rmtree(folder, ignore_errors=True)


class ShardWriter:
    """Appends annotations to one shard file, flushing each."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self._fingerprint = fingerprint
        self._stream: TextIO | None = None

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, item: ArticleAnnotation) -> None:
        """Save one annotated article and flush it to disk."""
        stream = self._open()
        record = {"pipeline": self._fingerprint, "annotation": to_jsonable(item)}
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        stream.flush()

    def close(self) -> None:
        """Close the file, keeping it for a later resume."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def _open(self) -> TextIO:
        if self._stream is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                torn = _ends_mid_line(self.path)
                self._stream = self.path.open("a", encoding="utf-8")
                if torn:
                    self._stream.write("\n")
            except OSError as error:
                raise output_error(self.path, error) from error
        return self._stream


def _ends_mid_line(path: Path) -> bool:
    """Whether the file exists and its last line was cut off before its newline."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as stream:
        stream.seek(-1, 2)
        return stream.read(1) != b"\n"
