"""JSON both ways and the JSON Schema, derived from the record declarations by pydantic.

`to_json`/`from_json` serve `analysis.json` and the runner's annotation shards alike; reading
validates every field, so a damaged file is an error, not a wrong result.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from rashomon.records.analysis import SCHEMA_VERSION, Analysis

T = TypeVar("T")

SCHEMA_ID = "https://github.com/rashomon-news/rashomon/schemas/analysis.schema.json"

__all__ = [
    "ValidationError",
    "analysis_json_schema",
    "from_json",
    "to_json",
    "to_json_bytes",
    "to_jsonable",
]


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(kind: type[T]) -> TypeAdapter[T]:
    """The pydantic adapter of a record type, built once."""
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)
    return adapter


def to_json(item: object, indent: int | None = None) -> str:
    """The record as JSON text (UTF-8 characters kept as they are)."""
    return to_json_bytes(item, indent).decode("utf-8")


def to_json_bytes(item: object, indent: int | None = None) -> bytes:
    """The record as UTF-8 JSON bytes, without a text copy (for writing large documents)."""
    return _adapter(type(item)).dump_json(item, indent=indent)


def to_jsonable(item: object) -> Any:
    """The record as JSON-ready Python values (dicts, lists, strings, numbers)."""
    return _adapter(type(item)).dump_python(item, mode="json")


def from_json(kind: type[T], data: str | bytes | dict[str, Any]) -> T:
    """Read a `kind` record from JSON text or from `to_jsonable` values.

    Raises pydantic.ValidationError when a field is missing or of the wrong type.
    """
    if isinstance(data, dict):
        return _adapter(kind).validate_python(data)
    return _adapter(kind).validate_json(data)


def analysis_json_schema() -> dict[str, Any]:
    """The JSON Schema of `analysis.json` (what `schemas/analysis.schema.json` ships)."""
    generated: dict[str, Any] = _adapter(Analysis).json_schema(mode="serialization")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"rashomon analysis document ({SCHEMA_VERSION})",
    }
    schema |= {key: value for key, value in generated.items() if key != "title"}
    cleaned: dict[str, Any] = _without_field_titles(schema)
    return cleaned


def _without_field_titles(node: Any) -> Any:
    """Drop the "title" pydantic gives every field (its name in Title Case): noise in review."""
    if isinstance(node, dict):
        properties = node.get("properties")
        cleaned = {key: _without_field_titles(value) for key, value in node.items()}
        if isinstance(properties, dict):
            cleaned["properties"] = {
                name: {k: v for k, v in _without_field_titles(field).items() if k != "title"}
                for name, field in properties.items()
            }
        return cleaned
    if isinstance(node, list):
        return [_without_field_titles(item) for item in node]
    return node


def schema_text() -> str:
    """The schema as the file is written: sorted keys, two-space indent, final newline."""
    return json.dumps(analysis_json_schema(), indent=2, ensure_ascii=False) + "\n"
