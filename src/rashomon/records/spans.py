"""Moving a record's character offsets: every `Span` field, in nested records too.

Used when an article is annotated in pieces: each piece's records are moved by the piece's
start, so that they point into the whole text again.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from types import UnionType
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin, get_type_hints

from rashomon.records.base import SplitColumns

R = TypeVar("R")


def shift_spans(record: R, offset: int) -> R:
    """A copy of `record` with every span moved by `offset` characters (None stays None)."""
    if offset == 0:
        return record
    changes: dict[str, Any] = {}
    kind_of: type = type(record)
    for name, kind in _span_fields(kind_of).items():
        value = getattr(record, name)
        if kind == "span":
            if value is not None:
                changes[name] = (value[0] + offset, value[1] + offset)
        elif kind == "record" and value is not None:
            changes[name] = shift_spans(value, offset)
        elif kind == "records":
            changes[name] = tuple(shift_spans(item, offset) for item in value)
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


@cache
def _span_fields(kind: type) -> dict[str, str]:
    """The fields of a record that hold spans: "span", "record" (nested) or "records" (a tuple)."""
    found: dict[str, str] = {}
    hints = get_type_hints(kind, include_extras=True)
    for field in dataclasses.fields(kind):
        hint = hints[field.name]
        if any(_is_span(option) for option in _options(hint)):
            found[field.name] = "span"
            continue
        inner = _record_type(hint)
        if inner is not None and _span_fields(inner):
            found[field.name] = "record"
        elif get_origin(hint) is tuple:
            item = _record_type(get_args(hint)[0])
            if item is not None and _span_fields(item):
                found[field.name] = "records"
    return found


def _options(hint: Any) -> tuple[Any, ...]:
    """The types a hint allows: itself, or each member of a union (`| None`)."""
    return get_args(hint) if get_origin(hint) in (Union, UnionType) else (hint,)


def _is_span(hint: Any) -> bool:
    return get_origin(hint) is Annotated and any(
        isinstance(meta, SplitColumns) for meta in hint.__metadata__
    )


def _record_type(hint: Any) -> type | None:
    """The record type `hint` names, alone or with `| None`; None for any other type."""
    return next(
        (
            kind
            for kind in _options(hint)
            if isinstance(kind, type) and dataclasses.is_dataclass(kind)
        ),
        None,
    )
