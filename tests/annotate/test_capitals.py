"""A capital or seat of government stands for its state where it acts, else it is a place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.records import Article


@pytest.mark.parametrize(
    ("text", "capital", "kind", "name"),
    [
        ("Moscow condemned the strikes on Tuesday.", "Moscow", "state", "Russia"),
        ("The sanctions hurt Moscow badly.", "Moscow", "state", "Russia"),
        ("Moscow’s goal is to keep the base.", "Moscow", "state", "Russia"),
        ("Talks with Washington stalled again.", "Washington", "state", "United States"),
        ("It is important to Tehran to keep him.", "Tehran", "state", "Iran"),
        ("The Moscow government said nothing.", "Moscow", "state", "Russia"),
        ("Protesters held a rally in Paris on Sunday.", "Paris", "location", "Paris"),
        ("Flights to Moscow were cut for a week.", "Moscow", "location", "Moscow"),
    ],
)
def test_a_capital_is_its_state_only_where_it_acts(
    nlp: Language,
    make_article: Callable[[str], Article],
    text: str,
    capital: str,
    kind: str,
    name: str,
) -> None:
    (annotation,) = annotate([make_article(text)], nlp)
    (mention,) = [m for m in annotation.mentions if m.text == capital]
    assert (mention.kind, mention.name) == (kind, name)
    assert mention.country is not None


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("The Kremlin said the talks were over.", "state", "Russia"),
        ("A Kremlin spokesman declined to comment.", "state", "Russia"),
        ("Reporters waited outside the Kremlin all day.", "location", "Kremlin"),
    ],
)
def test_a_seat_of_government_too_is_its_state_only_where_it_acts(
    nlp: Language, make_article: Callable[[str], Article], text: str, kind: str, name: str
) -> None:
    (annotation,) = annotate([make_article(text)], nlp)
    (mention,) = [m for m in annotation.mentions if m.text == "Kremlin"]
    assert (mention.kind, mention.name, mention.country) == (kind, name, "RUS")
