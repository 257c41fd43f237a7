"""JSON Lines: one article per line with `text` or `html`, plus optional metadata fields.

The metadata fields are `META_FIELDS`; `date`, the name many news datasets give the publication
date, stands for `published` when a line has no `published`.

Each line stands alone: a bad line, even one nested too deeply for the JSON parser
(`[[[[…]]]]` thousands deep raises RecursionError), is rejected as `file.jsonl:N` and the other
lines are still read. A file over the byte cap is read line by line, each line capped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from rashomon.errors import InputError, Reason
from rashomon.ingest.records import Draft, Meta
from rashomon.records import Rejected

META_FIELDS = ("title", "url", "outlet", "author", "published", "genre")
ALIASES = {"date": "published"}  # another name → the field it stands for when that is absent


def read_jsonl_lines(
    lines: Iterable[bytes], source: str, max_bytes: int
) -> Iterator[Draft | Rejected]:
    """Yield a draft per non-blank line of a JSON Lines file too large to read at once.

    Lines are read one at a time, as UTF-8 (what JSON Lines is written in), so the file may be
    any size; a line over `max_bytes`, or one that is not UTF-8, is rejected as `source:N`.
    """
    for number, raw in enumerate(lines, start=1):
        item = f"{source}:{number}"
        if len(raw) > max_bytes:
            reason = f"line is {len(raw)} bytes, limit is {max_bytes}"
            yield InputError(Reason.TOO_LARGE, reason).rejected(item)
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield InputError(Reason.UNDECODABLE, "line is not UTF-8").rejected(item)
            continue
        if line.strip():
            try:
                yield _draft(line, item)
            except InputError as problem:
                yield problem.rejected(item)


def read_jsonl(text: str, source: str) -> Iterator[Draft | Rejected]:
    """Yield a draft per non-blank line of `text`; a bad line is rejected as `source:N`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{source}:{number}"
        try:
            yield _draft(line, item)
        except InputError as problem:
            yield problem.rejected(item)


def _draft(line: str, item: str) -> Draft:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            Reason.MALFORMED, f"not valid JSON: {error.msg} at column {error.colno}"
        ) from error
    except RecursionError as error:
        raise InputError(Reason.MALFORMED, "JSON nested too deeply to read") from error
    if not isinstance(record, dict):
        raise InputError(Reason.MALFORMED, "a line must be a JSON object")
    for name in (*META_FIELDS, *ALIASES, "text", "html"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(Reason.MALFORMED, f"field {name!r} must be a string")
    for alias, name in ALIASES.items():
        if record.get(name) is None:
            record[name] = record.get(alias)
    text, html = record.get("text"), record.get("html")
    if text is None and html is None:
        raise InputError(Reason.MALFORMED, "a line needs a 'text' or 'html' field")
    markup = not (text and text.strip())
    content = html if markup else text
    if not content or not content.strip():
        raise InputError(Reason.EMPTY, "the 'text' (or 'html') field is empty")
    meta = Meta(**{name: record.get(name) for name in META_FIELDS})
    return Draft(source=item, content=content, markup=markup, meta=meta)
