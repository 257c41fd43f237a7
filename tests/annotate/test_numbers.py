"""Numbers as news writes them, valued."""

from __future__ import annotations

import pytest

from rashomon.annotate.numbers import Value, parse_number


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("87", "CARDINAL", Value(87)),
        ("31,000", "CARDINAL", Value(31_000)),
        ("2.5", "CARDINAL", Value(2.5)),
        ("seven", "CARDINAL", Value(7)),
        ("thirty-one", "CARDINAL", Value(31)),
        ("two hundred", "CARDINAL", Value(200)),
        ("five hundred thousand", "CARDINAL", Value(500_000)),
        ("two dozen", "CARDINAL", Value(24)),
        ("1.5 million", "CARDINAL", Value(1_500_000)),
        ("more than two hundred", "CARDINAL", Value(200, approximate=True)),
        ("nearly 40 percent", "PERCENT", Value(40, unit="%", approximate=True)),
        ("22%", "PERCENT", Value(22, unit="%")),
        ("3.7 percentage points", "PERCENT", Value(3.7, unit="percentage points")),
        ("about $18 million", "MONEY", Value(18_000_000, unit="$", approximate=True)),
        ("€3bn", "MONEY", Value(3_000_000_000, unit="€")),
        ("1,000 rubles", "MONEY", Value(1_000, unit="RUB")),
        ("between 10 and 15", "CARDINAL", Value(10, high=15)),
        ("10 to 15 million", "CARDINAL", Value(10_000_000, high=15_000_000)),
        ("seventh", "ORDINAL", Value(7, ordinal=True)),
        ("21st", "ORDINAL", Value(21, ordinal=True)),
        ("Dozens", "CARDINAL", Value(24, approximate=True)),
        ("hundreds", "CARDINAL", Value(200, approximate=True)),
        ("millions of dollars", "MONEY", Value(2_000_000, unit="$", approximate=True)),
    ],
)
def test_a_number_is_valued_with_its_unit_range_and_hedge(
    text: str, label: str, expected: Value
) -> None:
    assert parse_number(text, label) == expected


@pytest.mark.parametrize("text", ["", "three-quarters", "none", "the many"])
def test_words_without_a_number_give_none(text: str) -> None:
    assert parse_number(text) is None
