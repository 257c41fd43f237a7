"""How a record is declared: a frozen, slotted dataclass whose fields say everything once.

From that one declaration `codec` derives JSON (both ways) and the JSON Schema, and
`store.tables` derives the Arrow tables. Field docstrings become the schema's descriptions.
Constraints ride on the types: `Count` is never negative, `Span` is a [start, end) pair of
character offsets (stored as two columns), `CountryCode` is ISO 3166-1 alpha-3.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypeVar, dataclass_transform

from annotated_types import Ge, Interval
from pydantic import ConfigDict, Field, with_config

T = TypeVar("T")

# In serialisation mode every field is written, so every field is required in the schema.
RECORD_CONFIG = ConfigDict(
    json_schema_serialization_defaults_required=True, use_attribute_docstrings=True
)


class SplitColumns:
    """Marks a pair stored as two table columns, `<name>_start` and `<name>_end`."""

    def __repr__(self) -> str:
        return "SplitColumns()"


Offset = Annotated[int, Ge(0)]
Count = Annotated[int, Ge(0)]
Span = Annotated[
    tuple[Offset, Offset],
    SplitColumns(),
    Field(description="[start, end) character offsets into the article text."),
]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 code.")]
Sentiment = Annotated[float, Interval(ge=-1, le=1)]
# Which text of an article a span points into: its body, or its title (the headline).
ArticleField = Literal["text", "title"]


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """Declare `cls` a record: a frozen, slotted dataclass with the shared JSON config."""
    declared: Any = dataclass(frozen=True, slots=True)(cls)
    return with_config(RECORD_CONFIG)(declared)  # type: ignore[no-any-return]
