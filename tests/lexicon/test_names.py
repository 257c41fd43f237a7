"""Name normalisation: possessives, particles, keys and which short names fit which full names."""

from __future__ import annotations

import pytest

from rashomon.lexicon.names import (
    clean_name,
    fits,
    fits_in_article,
    fold,
    particle_style,
    person_key,
    same_name,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vladimir Putin’s", "Vladimir Putin"),
        ("Putin's", "Putin"),
        ("the Kremlin", "Kremlin"),
        ("the  Middle\nEast", "Middle East"),
        ("the Assads’", "Assads"),
        ("Thomas", "Thomas"),
    ],
)
def test_clean_name(text: str, expected: str) -> None:
    assert clean_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inês", "ines"),
        ("F.B.I.", "fbi"),
        ("U.S. Senate", "us senate"),
        ("O.J. Simpson", "oj simpson"),
        ("St. Petersburg", "st. petersburg"),
        ("George W. Bush", "george w. bush"),
        ("U. S. Senate", "us senate"),
        ("George H. W. Bush", "george hw bush"),
    ],
)
def test_fold_drops_accents_case_and_the_dots_of_initialisms(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Bashar al Assad", ("bashar", "assad")),
        ("Bashar Al-Assad", ("bashar", "assad")),
        ("Al Assad", ("assad",)),
        ("Inês Carvalho", ("ines", "carvalho")),
        ("Mr Oduya", ("oduya",)),
        ("Martin Luther King Jr.", ("martin", "luther", "king", "jr")),
        ("Ursula von der Leyen", ("ursula", "leyen")),
        ("Donald Trump, Jr.", ("donald", "trump", "jr")),
        ('Maurice "Mo" Cheeks', ("maurice", "cheeks")),
        ("Dr. Regina M. Benjamin", ("regina", "m", "benjamin")),
    ],
)
def test_person_key(name: str, key: tuple[str, ...]) -> None:
    assert person_key(name) == key


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        (("assad",), ("bashar", "assad"), True),
        (("xi",), ("xi", "jinping"), True),
        (("duarte", "vaz"), ("helena", "duarte", "vaz"), True),
        (("aymenn", "tamimi"), ("aymenn", "jawad", "tamimi"), True),
        (("hafez", "assad"), ("bashar", "assad"), False),
        (("jinping",), ("xi", "jinping"), True),
        (("jawad",), ("aymenn", "jawad", "tamimi"), False),
        (("bashar", "assad"), ("bashar", "assad"), False),
        (("trump", "jr"), ("donald", "trump", "jr"), True),
        (("trump",), ("donald", "trump", "jr"), True),
        (("donald", "trump"), ("donald", "trump", "jr"), False),
        (("trump", "jr"), ("donald", "trump"), False),
        (("trump", "sr"), ("donald", "trump", "jr"), False),
        (("king", "jr"), ("martin", "luther", "king", "jr"), True),
    ],
)
def test_fits(short: tuple[str, ...], full: tuple[str, ...], expected: bool) -> None:
    assert fits(short, full) is expected


def test_particle_style_prefers_lower_case_particles() -> None:
    assert particle_style("Bashar al Assad") < particle_style("Bashar Al Assad")


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        (("helena", "duarte"), ("helena", "duarte", "vaz"), True),
        (("duarte",), ("helena", "duarte", "vaz"), True),
        (("duarte", "vaz"), ("helena", "duarte", "vaz"), True),
        (("helena", "vaz"), ("helena", "duarte", "vaz"), True),
        (("duarte", "helena"), ("helena", "duarte", "vaz"), False),
        (("helena", "costa"), ("helena", "duarte", "vaz"), False),
        (("helena", "duarte", "vaz"), ("helena", "duarte", "vaz"), False),
        (("luther", "king"), ("martin", "luther", "king", "jr"), False),
        (("luther",), ("martin", "luther", "king", "jr"), True),
    ],
)
def test_fits_in_article(short: tuple[str, ...], full: tuple[str, ...], expected: bool) -> None:
    assert fits_in_article(short, full) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("donald", "j", "trump"), ("donald", "john", "trump"), True),
        (("paul", "d", "ryan", "jr"), ("paul", "davis", "ryan", "jr"), True),
        (("donald", "j", "trump"), ("donald", "k", "trump"), False),
        (("donald", "john", "trump"), ("donald", "james", "trump"), False),
        (("j", "trump"), ("john", "trump"), False),
        (("donald", "j", "trump"), ("donald", "j", "trump"), False),
        (("donald", "j", "trump"), ("ronald", "j", "trump"), False),
    ],
)
def test_same_name(first: tuple[str, ...], second: tuple[str, ...], expected: bool) -> None:
    assert same_name(first, second) is expected
    assert same_name(second, first) is expected


def test_clean_name_drops_a_lower_case_article() -> None:
    assert clean_name("a Republican") == "Republican"
    assert clean_name("an Ostmark Party") == "Ostmark Party"
    assert clean_name("A Tovin") == "A Tovin"
