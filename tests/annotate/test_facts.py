"""Facts of one article: each sentence's numbers with what they count, and its dates."""

from __future__ import annotations

from spacy.language import Language

from rashomon.annotate.components.facts import FACTS_ATTR
from rashomon.records import FactCandidate, Number


def facts_of(nlp: Language, text: str) -> list[FactCandidate]:
    found: list[FactCandidate] = getattr(nlp(text)._, FACTS_ATTR)
    for fact in found:
        assert text[fact.span[0] : fact.span[1]] == fact.text
        for item in (*fact.numbers, *fact.dates):
            assert text[item.span[0] : item.span[1]] == item.text
    return found


def numbers_of(nlp: Language, text: str) -> list[Number]:
    return [number for fact in facts_of(nlp, text) for number in fact.numbers]


def test_casualties_count_people_killed_and_the_children_among_them(nlp: Language) -> None:
    killed, children = numbers_of(nlp, "The shelling killed 87 people, including 31 children.")
    assert (killed.value, killed.what) == (87, "people killed")
    assert (children.value, children.what, children.part_of) == (31, "children", 0)


def test_money_percentages_and_hedges(nlp: Language) -> None:
    text = "The port raised about $18 million, and 22% of the dockers voted to strike."
    money, share = numbers_of(nlp, text)
    assert (money.value, money.unit, money.approximate) == (18_000_000, "$", True)
    assert (share.value, share.unit, share.what) == (22, "%", "the dockers")


def test_ordinals_vague_plurals_ranges_and_durations(nlp: Language) -> None:
    text = (
        "The strike, now in its seventh week, drew dozens of fishermen. "
        "Between 10 and 15 boats stayed out for four years."
    )
    by_text = {number.text: number for number in numbers_of(nlp, text)}
    seventh = next(number for text, number in by_text.items() if "seventh" in text)
    assert (seventh.value, seventh.ordinal, seventh.what) == (7, True, "week")
    assert (by_text["dozens"].value, by_text["dozens"].approximate) == (24, True)
    assert by_text["dozens"].what == "fishermen"
    ranged = next(number for text, number in by_text.items() if "10 and 15" in text)
    assert (ranged.value, ranged.high) == (10, 15)
    assert (by_text["four years"].value, by_text["four years"].unit) == (4, "years")


def test_a_duration_with_more_between_number_and_unit(nlp: Language) -> None:
    [more] = numbers_of(nlp, "The union feared eight more years of the same contract.")
    assert (more.text, more.value, more.unit) == ("eight more years", 8, "years")


def test_one_of_is_not_a_count(nlp: Language) -> None:
    assert numbers_of(nlp, "One of the captains refused to sail.") == []


def test_dates_with_a_year_are_resolved_and_relative_ones_wait_for_the_step(
    nlp: Language,
) -> None:
    text = "The talks began on April 4, 2017 and resumed in late 2015 rules last week."
    [fact] = facts_of(nlp, text)
    dates = {date.text: date for date in fact.dates}
    assert (dates["April 4, 2017"].value, dates["April 4, 2017"].precision) == (
        "2017-04-04",
        "day",
    )
    relative = [date for date in fact.dates if date.relative]
    assert [date.text for date in relative] == ["last week"]
    assert relative[0].value is None
