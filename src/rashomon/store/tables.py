"""The analysis as Arrow tables: one schema per table, shared by the DuckDB and Parquet stores.

Spans become two integer columns (`span_start`, `span_end`) so that they can be joined and
keyed on in SQL. `Actor.mentions_by_article` becomes its own table, `actor_articles`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

from rashomon.schema import Analysis

_TEXT = pa.string()
_INT = pa.int64()
_TEXTS = pa.list_(pa.string())
_NUMBER = pa.struct([("value", pa.float64()), ("unit", _TEXT), ("what", _TEXT)])

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", _TEXT),
            ("title", _TEXT),
            ("outlet", _TEXT),
            ("author", _TEXT),
            ("published", _TEXT),
            ("url", _TEXT),
            ("genre", _TEXT),
            ("language", _TEXT),
            ("text", _TEXT),
            ("source", _TEXT),
            ("duplicate_of", _TEXT),
            ("word_count", _INT),
            ("boilerplate", _TEXTS),
        ]
    ),
    "actors": pa.schema(
        [
            ("id", _TEXT),
            ("name", _TEXT),
            ("kind", _TEXT),
            ("aliases", _TEXTS),
            ("affiliation", _TEXT),
            ("country", _TEXT),
            ("mentions", _INT),
            ("titles", _TEXTS),
        ]
    ),
    "actor_articles": pa.schema([("actor", _TEXT), ("article_id", _TEXT), ("mentions", _INT)]),
    "mentions": pa.schema(
        [
            ("article_id", _TEXT),
            ("actor", _TEXT),
            ("text", _TEXT),
            ("span_start", _INT),
            ("span_end", _INT),
            ("sentence_start", _INT),
            ("sentence_end", _INT),
        ]
    ),
    "rejected": pa.schema([("input", _TEXT), ("reason", _TEXT), ("code", _TEXT)]),
    "events": pa.schema(
        [
            ("id", _TEXT),
            ("article_id", _TEXT),
            ("source", _TEXT),
            ("target", _TEXT),
            ("type", _TEXT),
            ("mode", _TEXT),
            ("intensity", pa.float64()),
            ("negated", pa.bool_()),
            ("hypothetical", pa.bool_()),
            ("speaker", _TEXT),
            ("date", _TEXT),
            ("evidence", _TEXT),
            ("span_start", _INT),
            ("span_end", _INT),
        ]
    ),
    "quotes": pa.schema(
        [
            ("id", _TEXT),
            ("article_id", _TEXT),
            ("speaker", _TEXT),
            ("speaker_text", _TEXT),
            ("text", _TEXT),
            ("kind", _TEXT),
            ("span_start", _INT),
            ("span_end", _INT),
        ]
    ),
    "facts": pa.schema(
        [
            ("id", _TEXT),
            ("article_id", _TEXT),
            ("text", _TEXT),
            ("numbers", pa.list_(_NUMBER)),
            ("speaker", _TEXT),
            ("span_start", _INT),
            ("span_end", _INT),
        ]
    ),
    "framing": pa.schema(
        [
            ("article_id", _TEXT),
            ("actor", _TEXT),
            ("mentions", _INT),
            ("sentiment", pa.float64()),
            ("label", _TEXT),
            ("labels", _TEXTS),
        ]
    ),
    "stories": pa.schema(
        [("id", _TEXT), ("article_ids", _TEXTS), ("title", _TEXT), ("actors", _TEXTS)]
    ),
}

KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("id",),
    "actors": ("id",),
    "actor_articles": ("actor", "article_id"),
    "mentions": ("article_id", "span_start", "span_end"),
    "rejected": ("input",),
    "events": ("id",),
    "quotes": ("id",),
    "facts": ("id",),
    "framing": ("article_id", "actor"),
    "stories": ("id",),
}


def analysis_tables(analysis: Analysis) -> dict[str, pa.Table]:
    """Return every table of `analysis`, one row per key (the last record with a key wins)."""
    document = analysis.to_dict()
    rows: dict[str, list[dict[str, Any]]] = {
        name: [_flatten(item) for item in document.get(name, [])] for name in SCHEMAS
    }
    rows["actor_articles"] = [
        {"actor": actor["id"], "article_id": article, "mentions": count}
        for actor in document["actors"]
        for article, count in actor["mentions_by_article"].items()
    ]
    return {name: _table(name, items) for name, items in rows.items()}


def key_of(name: str, row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return the primary key of `row` in table `name`."""
    return tuple(row[column] for column in KEYS[name])


def _flatten(item: Mapping[str, Any]) -> dict[str, Any]:
    """Split each `[start, end]` pair (`span`, `sentence`) into `<name>_start` and `<name>_end`."""
    row = dict(item)
    for name in ("span", "sentence"):
        pair = row.pop(name, None)
        if pair is not None:
            row[f"{name}_start"], row[f"{name}_end"] = pair
    return row


def _table(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    unique = {key_of(name, row): row for row in rows}
    schema = SCHEMAS[name]
    return pa.Table.from_pylist(
        [{column: row.get(column) for column in schema.names} for row in unique.values()],
        schema=schema,
    )
