"""Resume after a crash: each article's mentions are appended to a JSON Lines file as they are made.

A run that is killed during annotation leaves the file behind; the next run with the same output
folder reads it back and annotates only the articles it lacks. Writing the outputs deletes it.
Lines carry a fingerprint of the pipeline (rashomon version, model name and version, components),
so mentions made by another pipeline are never reused. A torn last line, from a kill mid-write,
is ignored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from spacy.language import Language

from rashomon import __version__
from rashomon.errors import OutputError
from rashomon.records import ArticleAnnotation
from rashomon.records.codec import ValidationError, from_json, to_jsonable


def pipeline_fingerprint(nlp: Language) -> str:
    """Identify what produces the mentions: rashomon's version, the model and its components."""
    meta = nlp.meta
    parts = [__version__, f"{meta.get('lang')}_{meta.get('name')}", str(meta.get("version"))]
    return "|".join([*parts, ",".join(nlp.pipe_names)])


class AnnotationCheckpoint:
    """The annotated articles of an unfinished run, stored at `path`."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self._fingerprint = fingerprint
        self._stream: TextIO | None = None

    def load(self) -> dict[str, ArticleAnnotation]:
        """Return the mentions already made by this pipeline, by article id."""
        if not self.path.exists():
            return {}
        found: dict[str, ArticleAnnotation] = {}
        with self.path.open(encoding="utf-8") as stream:
            for line in stream:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(record, dict) and record.get("pipeline") == self._fingerprint:
                    try:
                        item = _from_record(record)
                    except (KeyError, ValidationError):
                        continue
                    found[item.article_id] = item
        return found

    def add(self, item: ArticleAnnotation) -> None:
        """Save one annotated article and flush it to disk."""
        stream = self._open()
        stream.write(json.dumps(_to_record(item, self._fingerprint), ensure_ascii=False) + "\n")
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
                reason = error.strerror or error
                raise OutputError(f"E003 cannot write {self.path}: {reason}") from error
        return self._stream


def _ends_mid_line(path: Path) -> bool:
    """Whether the file exists and its last line was cut off before its newline."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as stream:
        stream.seek(-1, 2)
        return stream.read(1) != b"\n"


def _to_record(item: ArticleAnnotation, fingerprint: str) -> dict[str, Any]:
    return {"pipeline": fingerprint, "annotation": to_jsonable(item)}


def _from_record(record: dict[str, Any]) -> ArticleAnnotation:
    return from_json(ArticleAnnotation, record["annotation"])
