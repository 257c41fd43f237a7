"""The JSON Schema describes `Analysis.to_dict()`: round trips pass, broken documents fail."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.schema import ACTOR_KINDS, Actor, Analysis, Article, Mention, Rejected
from rashomon.store import validate_analysis

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"]
PLOVER += ["ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]

texts = st.text(max_size=30)
ids = st.text(alphabet="abcdef0123456789_", min_size=1, max_size=12)
maybe = st.none() | texts
counts = st.integers(min_value=0, max_value=10_000)
offsets = st.integers(min_value=0, max_value=100_000)
pairs = st.tuples(offsets, offsets)
span_lists = st.lists(offsets, min_size=2, max_size=2)
scores = st.floats(min_value=-1, max_value=1, allow_nan=False)

articles = st.builds(
    Article,
    id=ids,
    title=maybe,
    outlet=maybe,
    author=maybe,
    published=maybe,
    url=maybe,
    genre=texts,
    language=texts,
    text=st.text(max_size=200),
    source=texts,
    duplicate_of=st.none() | ids,
    word_count=counts,
    boilerplate=st.tuples(texts) | st.just(()),
)
actors = st.builds(
    Actor,
    id=ids,
    name=texts,
    kind=st.sampled_from(ACTOR_KINDS),
    aliases=st.lists(texts, max_size=3).map(tuple),
    affiliation=st.none() | ids,
    country=st.none() | st.from_regex(r"\A[A-Z]{3}\Z"),
    mentions=counts,
    mentions_by_article=st.dictionaries(ids, counts, max_size=3),
    titles=st.lists(texts, max_size=2).map(tuple),
)
mentions = st.builds(Mention, article_id=ids, actor=ids, text=texts, span=pairs, sentence=pairs)
rejected = st.builds(Rejected, input=texts, reason=texts, code=ids)
events = st.fixed_dictionaries(
    {
        "id": ids,
        "article_id": ids,
        "source": st.none() | ids,
        "target": st.none() | ids,
        "type": st.sampled_from(PLOVER),
        "mode": maybe,
        "intensity": st.floats(min_value=-10, max_value=10, allow_nan=False) | st.integers(-10, 10),
        "negated": st.booleans(),
        "hypothetical": st.booleans(),
        "speaker": st.none() | ids,
        "date": maybe,
        "evidence": texts,
        "span": span_lists,
    },
    optional={"trigger": texts},
)
quotes = st.fixed_dictionaries(
    {
        "id": ids,
        "article_id": ids,
        "speaker": st.none() | ids,
        "speaker_text": maybe,
        "text": texts,
        "kind": st.sampled_from(["direct", "indirect", "interview", "partial"]),
        "span": span_lists,
    }
)
numbers = st.fixed_dictionaries(
    {
        "value": st.integers() | st.floats(allow_nan=False, allow_infinity=False),
        "unit": maybe,
        "what": maybe,
    }
)
facts = st.fixed_dictionaries(
    {
        "id": ids,
        "article_id": ids,
        "text": texts,
        "numbers": st.lists(numbers, max_size=2),
        "speaker": st.none() | ids,
        "span": span_lists,
    }
)
framing = st.fixed_dictionaries(
    {
        "article_id": ids,
        "actor": ids,
        "mentions": counts,
        "sentiment": scores,
        "label": st.sampled_from(["negative", "neutral", "positive"]),
        "labels": st.lists(texts, max_size=3),
    }
)
stories = st.fixed_dictionaries(
    {"id": ids, "article_ids": st.lists(ids, max_size=3), "title": maybe, "actors": st.lists(ids)}
)
claims = st.lists(st.fixed_dictionaries({"article_ids": st.lists(ids), "evidence": texts}))
analyses = st.builds(
    Analysis,
    articles=st.lists(articles, max_size=3),
    actors=st.lists(actors, max_size=3),
    mentions=st.lists(mentions, max_size=3),
    events=st.lists(events, max_size=2),
    quotes=st.lists(quotes, max_size=2),
    facts=st.lists(facts, max_size=2),
    framing=st.lists(framing, max_size=2),
    comparison=st.fixed_dictionaries({"shared": claims, "unique": claims, "conflicts": claims}),
    stories=st.lists(stories, max_size=2),
    rejected=st.lists(rejected, max_size=2),
)


@given(analyses)
def test_random_analyses_validate_and_round_trip_through_json(analysis: Analysis) -> None:
    document = json.loads(json.dumps(analysis.to_dict()))
    validate_analysis(document)
    assert Analysis.from_dict(document) == analysis


def _valid() -> dict[str, Any]:
    analysis = Analysis(
        articles=[Article("a_1", "T", "O", None, None, None, "news", "en", "Text.", "t.txt")],
        actors=[Actor("r_1", "Nadia Orr", "person", ("Orr",), None, "ABC", 1, {"a_1": 1})],
        mentions=[Mention("a_1", "r_1", "Orr", (0, 3), (0, 5))],
        rejected=[Rejected("x.bin", "binary", "binary")],
    )
    return analysis.to_dict()


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
