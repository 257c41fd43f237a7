"""The analysis as Arrow tables, derived from the record declarations (no schema written here).

Each list of `Analysis` is one table of the same name; a record-valued field holding lists is one
table per list (`comparison` gives `comparison_shared`, `comparison_unique`,
`comparison_conflicts`). Columns follow the record's fields: a `Span` becomes two integer columns
`<name>_start` and `<name>_end` (so SQL can join and key on them; both null for a missing span),
a tuple a list column, a nested record a struct. A table's primary key is its record's `KEY`.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

import pyarrow as pa

from rashomon.records import Analysis
from rashomon.records.base import SplitColumns

Convert = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One table: where its records sit in `Analysis`, its Arrow schema and its key columns."""

    name: str
    path: tuple[str, ...]
    schema: pa.Schema
    key: tuple[str, ...]
    rows: Callable[[Any], dict[str, Any]]


@cache
def table_specs() -> dict[str, TableSpec]:
    """Every table of the analysis, in the order of the document's fields."""
    specs: dict[str, TableSpec] = {}
    for path, kind in _record_lists(Analysis, ()):
        name = "_".join(path)
        fields, rows = _columns(kind)
        keys: tuple[str, ...] = getattr(kind, "KEY")  # noqa: B009 (a ClassVar of each record)
        key = tuple(column for field in keys for column in _column_names(kind, field))
        specs[name] = TableSpec(name, path, pa.schema(fields), key, rows)
    return specs


def analysis_tables(analysis: Analysis) -> dict[str, pa.Table]:
    """Every table of `analysis`, one row per key (the last record with a key wins)."""
    return {name: _table(spec, analysis) for name, spec in table_specs().items()}


def _table(spec: TableSpec, analysis: Analysis) -> pa.Table:
    items: Any = analysis
    for step in spec.path:
        items = getattr(items, step)
    rows = {_key(spec, row): row for row in map(spec.rows, items)}
    return pa.Table.from_pylist(list(rows.values()), schema=spec.schema)


def _key(spec: TableSpec, row: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(row[column] for column in spec.key)


def _record_lists(kind: type, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], type]]:
    """(path, record type) of every tuple-of-records field, looking inside record fields."""
    for name, hint in _hints(kind).items():
        inner, _ = _unwrap(hint)
        if get_origin(inner) is tuple and dataclasses.is_dataclass(get_args(inner)[0]):
            yield (*path, name), get_args(inner)[0]
        elif isinstance(inner, type) and dataclasses.is_dataclass(inner):
            yield from _record_lists(inner, (*path, name))


def _columns(kind: type) -> tuple[list[pa.Field], Callable[[Any], dict[str, Any]]]:
    """The Arrow fields of a record, and the function turning one record into a row."""
    fields: list[pa.Field] = []
    parts: list[tuple[str, Convert, bool]] = []
    for name, hint in _hints(kind).items():
        inner, split = _unwrap(hint)
        if split:
            fields += [pa.field(f"{name}_start", pa.int64()), pa.field(f"{name}_end", pa.int64())]
        else:
            fields.append(pa.field(name, _arrow_type(inner)))
        parts.append((name, _converter(inner), split))

    def row(item: Any) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, convert, split in parts:
            value = getattr(item, name)
            if split:
                values[f"{name}_start"], values[f"{name}_end"] = value or (None, None)
            else:
                values[name] = convert(value)
        return values

    return fields, row


def _column_names(kind: type, field: str) -> tuple[str, ...]:
    _, split = _unwrap(_hints(kind)[field])
    return (f"{field}_start", f"{field}_end") if split else (field,)


def _arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a (non-split) field type."""
    hint, _ = _unwrap(hint)
    origin = get_origin(hint)
    if origin is Literal or hint is str:
        return pa.string()
    simple = {bool: pa.bool_(), int: pa.int64(), float: pa.float64()}
    if hint in simple:
        return simple[hint]
    if origin is tuple:
        return pa.list_(_arrow_type(get_args(hint)[0]))
    if origin is dict:
        key, value = get_args(hint)
        return pa.map_(_arrow_type(key), _arrow_type(value))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        fields, _ = _columns(hint)
        return pa.struct(fields)
    raise TypeError(f"no Arrow type for {hint!r}")


def _converter(hint: Any) -> Convert:
    """How a field's value becomes an Arrow cell (records become dicts; the rest is kept)."""
    hint, _ = _unwrap(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        _, row = _columns(hint)
        return row
    if get_origin(hint) is tuple:
        item = get_args(hint)[0]
        if isinstance(item, type) and dataclasses.is_dataclass(item):
            _, row = _columns(item)
            return lambda values: [row(value) for value in values]
    return _same


def _same(value: Any) -> Any:
    return value


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """The type without `Annotated` and `| None`, and whether it is stored as split columns."""
    split = False
    while True:
        if get_origin(hint) is Annotated:
            split = split or any(isinstance(meta, SplitColumns) for meta in hint.__metadata__)
            hint = get_args(hint)[0]
        elif get_origin(hint) in (Union, types.UnionType):
            hint = next(arg for arg in get_args(hint) if arg is not type(None))
        else:
            return hint, split


@cache
def _hints(kind: type) -> dict[str, Any]:
    """The record's field types, resolved, with their `Annotated` metadata."""
    hints = get_type_hints(kind, include_extras=True)
    return {field.name: hints[field.name] for field in dataclasses.fields(kind)}
