"""Records declared once: JSON round trips, the shipped JSON Schema, validation of bad documents."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from rashomon.records import (
    Actor,
    Affiliation,
    Analysis,
    Article,
    ArticleAnnotation,
    Claim,
    Coverage,
    Evidence,
    Mention,
    MentionCandidate,
    Number,
    Rejected,
)
from rashomon.records.codec import from_json, schema_text, to_json, to_jsonable
from rashomon.records.spans import shift_spans
from rashomon.store import validate_analysis
from rashomon.store.validate import SCHEMA_RESOURCE

countries = st.none() | st.from_regex(r"\A[A-Z]{3}\Z")
st.register_type_strategy(Actor, st.builds(Actor, country=countries))
st.register_type_strategy(Affiliation, st.builds(Affiliation, country=countries))
st.register_type_strategy(MentionCandidate, st.builds(MentionCandidate, country=countries))
finite = st.floats(allow_nan=False, allow_infinity=False)
st.register_type_strategy(Number, st.builds(Number, value=finite))


@given(st.from_type(Analysis))
def test_random_analyses_validate_and_round_trip_through_json(analysis: Analysis) -> None:
    text = to_json(analysis)
    validate_analysis(json.loads(text))
    assert from_json(Analysis, text) == analysis
    assert from_json(Analysis, to_jsonable(analysis)) == analysis


@given(st.from_type(ArticleAnnotation))
def test_annotations_round_trip_through_json(annotation: ArticleAnnotation) -> None:
    assert from_json(ArticleAnnotation, to_json(annotation)) == annotation


def test_the_shipped_schema_is_the_generated_one() -> None:
    """The contract's snapshot: regenerate it with `make schema` and review the diff."""
    shipped = files("rashomon").joinpath(*SCHEMA_RESOURCE).read_text(encoding="utf-8")
    assert shipped == schema_text()


def test_reading_a_damaged_document_fails_with_the_field() -> None:
    document = _valid()
    document["mentions"][0]["span"] = [0]
    with pytest.raises(ValidationError, match="span"):
        from_json(Analysis, document)


def _valid() -> dict[str, Any]:
    analysis = Analysis(
        articles=(Article("a_1", "T", "O", None, None, None, "news", "en", "Text.", "t.txt"),),
        actors=(Actor("r_1", "Nadia Orr", "person", ("Orr",), None, "ABC", 1),),
        mentions=(Mention("a_1", "r_1", "Orr", (0, 3), (0, 5)),),
        coverage=(Coverage("r_1", "a_1", 1),),
        rejected=(Rejected("x.bin", "binary", "binary"),),
    )
    document: dict[str, Any] = to_jsonable(analysis)
    return document


def test_the_minimal_document_is_valid() -> None:
    validate_analysis(_valid())


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema",), "rashomon/2"),
        (("actors", 0, "kind"), "politician"),
        (("actors", 0, "country"), "abc"),
        (("actors", 0, "country"), "AB"),
        (("actors", 0, "mentions"), -1),
        (("mentions", 0, "span"), [0, 1, 2]),
        (("mentions", 0, "span"), [0.5, 1]),
        (("articles", 0, "word_count"), "12"),
        (("articles", 0, "title"), 7),
        (("comparison",), {"shared": [], "unique": []}),
        (("coverage", 0, "mentions"), -2),
        (("quotes",), [{"id": "q_1", "article_id": "a_1", "kind": "direct"}]),
        (("events",), [{"id": "e_1"}]),
        (
            ("framing",),
            [
                {
                    "article_id": "a_1",
                    "actor": "r_1",
                    "mentions": 1,
                    "sentiment": 2,
                    "label": "neutral",
                    "labels": [],
                }
            ],
        ),
    ],
)
def test_invalid_values_fail(path: tuple[str | int, ...], value: Any) -> None:
    document = _valid()
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validate_analysis(document)


@pytest.mark.parametrize(
    "path",
    [
        ("articles", 0, "text"),
        ("actors", 0, "aliases"),
        ("mentions", 0, "actor"),
        ("rejected", 0, "reason"),
        ("stories",),
    ],
)
def test_missing_required_fields_fail(path: tuple[str | int, ...]) -> None:
    document = _valid()
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    with pytest.raises(jsonschema.ValidationError, match="required property"):
        validate_analysis(document)


def test_extra_fields_are_welcome() -> None:
    document = _valid()
    document["actors"][0]["wikidata"] = "Q1"
    document["summary"] = {"note": "more than the contract"}
    validate_analysis(document)


def test_shifting_moves_every_span_also_inside_nested_records() -> None:
    mention = MentionCandidate((3, 8), "Varga", (0, 20), "person", "Varga", "PERSON")
    moved = shift_spans(mention, 100)
    assert (moved.span, moved.sentence) == ((103, 108), (100, 120))
    claim = Claim("c_1", "The port is closed.", ("a_1",), (Evidence("a_1", "Closed.", (5, 12)),))
    assert shift_spans(claim, 10).evidence[0].span == (15, 22)
    annotation = ArticleAnnotation("a_1", (mention,))
    assert shift_spans(annotation, 100).mentions == (moved,)
    assert shift_spans(annotation, 0) is annotation
