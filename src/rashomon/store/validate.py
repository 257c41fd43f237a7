"""Check an `analysis.json` document against the packaged `rashomon/1` JSON Schema."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_RESOURCE = ("schemas", "analysis.schema.json")


@cache
def analysis_schema() -> dict[str, Any]:
    """Return the packaged JSON Schema of the analysis document (read once)."""
    resource = files("rashomon").joinpath(*SCHEMA_RESOURCE)
    schema: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return schema


@cache
def _validator() -> Draft202012Validator:
    schema = analysis_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate_analysis(document: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` (the most relevant error) unless `document` is valid."""
    _validator().validate(document)
