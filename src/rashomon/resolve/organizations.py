"""Which names of organisations are one body: short forms, acronyms and corporate suffixes.

- A corporate suffix is no part of the body's name: "Apple Inc.", "Apple Co." and "Apple" are
  one (`organization_key`). Nor are the plural ending of an inner word ("Academy of Motion
  Pictures Arts" = "Academy of Motion Picture Arts"; "Times" stays apart from "Time") or the
  abbreviated forms of "Mount", "Fort" and
  "Saint" at the start ("Mt Cook" = "Mount Cook").
- A country named before or after a body of two or more words qualifies it the same either way:
  "U.S. Surgeon General", "U. S. Surgeon General" and "Surgeon General of the United States" are
  one; so are "Chinese Communist Party", "China's Communist Party" and "Communist Party of
  China".
- In one article, a name is the longer name it is the head of, when only one longer name fits:
  its last word ("the Commission" after "the European Commission"), its words before "of" ("the
  Academy" after "the Academy of Motion Picture Arts and Sciences") or the body a country
  qualifies ("the Surgeon General" after "the U.S. Surgeon General"). In an article that names
  no longer name it fits, it is the only one it fits in all articles ("Chargers" beside "San
  Diego Chargers" elsewhere), unless it is a generic institution noun ("Department", "Ministry":
  `generic_bodies`), which says nothing beyond its article. Products are named so too ("Camry"
  for "Toyota Camry").
- A place of two or more words is the longer place whose last words it is, when that is the
  only one in all articles and the words before it do not name another place ("Mount Cook" and
  "Aoraki Mount Cook"; but "South Wales" is not "New South Wales": `place_qualifiers`).
- An acronym is the name whose initials it spells ("AMA" = "American Medical Association", "ECB"
  = "European Central Bank"; "of", "the", "and", "for" and "&" have none): in one article when
  one name there fits, across articles when one name in all of them does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from rashomon.lexicon.gazetteer import folded_countries
from rashomon.lexicon.names import fold
from rashomon.lexicon.words import word_list
from rashomon.records import MentionCandidate

Flat = list[tuple[str, MentionCandidate]]
# Kinds whose short forms are their longer names': bodies, and products ("the Camry").
BODIES = frozenset({"organization", "group", "other"})
ACRONYM_KINDS = BODIES | {"location"}
CORPORATE_SUFFIXES = word_list("corporate_suffixes")
GENERIC_BODIES = word_list("generic_bodies")
OTHER_BODY_WORDS = word_list("other_body_words")
PLACE_QUALIFIERS = word_list("place_qualifiers") | word_list("compass_words")
NO_INITIAL = frozenset({"of", "the", "and", "for", "&", "de", "la", "du", "des", "on", "in"})
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_WORDS = re.compile(r"[\w&’'-]+")
LEADING_ABBREVIATIONS = {"mt": "mount", "ft": "fort", "st": "saint"}
# Words whose final "s" is no plural ending.
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics|'s|’s)$")
MAX_QUALIFIER_WORDS = 4
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1 << 16)
def organization_key(name: str) -> str:
    """Match key of a body's name (see the module docstring): "Apple Inc." → "apple", "U.S.
    Surgeon General" → "USA:surgeon general", "Mt Cook" → "mount cook"."""
    words = _plain_words(name)
    country, words = _qualifier(words)
    if len(words) > 2:
        words = [words[0], *map(_singular, words[1:-1]), words[-1]]
    return f"{country}:{' '.join(words)}" if country else " ".join(words)


def _plain_words(name: str) -> list[str]:
    """Folded words without a trailing corporate suffix and with "Mt", "Ft", "St" spelt out."""
    words = fold(name).split()
    while len(words) > 1 and words[-1].rstrip(".,") in CORPORATE_SUFFIXES:
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",")
    if len(words) > 1:
        first = words[0].rstrip(".")
        words[0] = LEADING_ABBREVIATIONS.get(first, words[0])
    return words


def _qualifier(words: list[str]) -> tuple[str | None, list[str]]:
    """(country code, the body's own words) when a country qualifies a body of two or more
    words, before it ("U.S. Surgeon General") or after "of" ("… of the United States")."""
    countries = folded_countries()
    for size in range(1, min(MAX_QUALIFIER_WORDS, len(words) - 2) + 1):
        code = countries.get(_POSSESSIVE.sub("", " ".join(words[:size])))
        if code:
            return code, words[size:]
    if "of" in words:
        of = len(words) - 1 - words[::-1].index("of")
        rest = words[of + 1 :]
        if rest[:1] == ["the"]:
            rest = rest[1:]
        code = countries.get(" ".join(rest))
        if code and of >= 2:
            return code, words[:of]
    return None, words


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not _NOT_PLURAL.search(word):
        return word[:-1]
    return word


def expand_organizations(flat: Flat) -> Flat:
    """Each short form and acronym of an organisation named as the body it stands for."""
    local: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    everywhere: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for article, mention in flat:
        if mention.kind == "location":
            for tail in _place_tails(mention.name):
                everywhere[tail].setdefault(organization_key(mention.name), mention.name)
        if mention.kind in BODIES and " " in mention.name:
            key = organization_key(mention.name)
            for form in _short_forms(mention.name):
                local[(article, form)].add(mention.name)
                if form != key:
                    everywhere[form].setdefault(key, mention.name)
    expanded = []
    for article, mention in flat:
        name = _expansion(article, mention, local, everywhere)
        expanded.append((article, replace(mention, name=name) if name else mention))
    return expanded


def _expansion(
    article: str,
    mention: MentionCandidate,
    local: dict[tuple[str, str], set[str]],
    everywhere: dict[str, dict[str, str]],
) -> str | None:
    """The longer name `mention` stands for, or None (see the module docstring)."""
    if mention.kind in BODIES:
        key = organization_key(mention.name)
        names = local.get((article, key), set())
        if len(names) == 1:
            return next(iter(names))
        anywhere = everywhere.get(key, {})
        if not names and len(anywhere) == 1 and key not in GENERIC_BODIES:
            return next(iter(anywhere.values()))
    if mention.kind == "location" and " " in mention.name:
        places = everywhere.get(f"place:{organization_key(mention.name)}", {})
        if len(places) == 1:
            return next(iter(places.values()))
    if " " in mention.name:
        return None
    if mention.kind in ACRONYM_KINDS and _ACRONYM.match(mention.name):
        letters = mention.name.replace(".", "").lower()
        names = local.get((article, f"acronym:{letters}"), set())
        if len(names) == 1:
            return next(iter(names))
        spelling = everywhere.get(f"acronym:{letters}", {})
        if len(spelling) == 1:
            return next(iter(spelling.values()))
    return None


def _place_tails(name: str) -> Iterable[str]:
    """The keys, marked "place:", of the last two or more words of a place's name, where the
    words before them are no qualifier of places ("Aoraki Mount Cook" → "mount cook")."""
    words = organization_key(name).split()
    for start in range(1, len(words) - 1):
        if not PLACE_QUALIFIERS & set(words[:start]):
            yield "place:" + " ".join(words[start:])


def _short_forms(name: str) -> Iterable[str]:
    """The keys of the shorter names and the acronym a multi-word name may be written as in its
    article: its last word (unless alone it names another body: "House" is not the White House),
    its words before "of", the body a country qualifies."""
    key = organization_key(name)
    country, _, own = key.rpartition(":")
    words = own.split()
    if words[-1] not in OTHER_BODY_WORDS:
        yield words[-1]
    if "of" in words[1:-1]:
        yield " ".join(words[: words.index("of")])
    if country and len(words) > 1:
        yield own
    initials = _initials(name)
    if initials:
        yield f"acronym:{initials}"


def _initials(name: str) -> str | None:
    """The initials of a name of two or more words that have one ("European Central Bank" →
    "ecb"), or None."""
    words = [w for w in _WORDS.findall(name) if w.casefold() not in NO_INITIAL]
    if len(words) < 2 or not all(word[:1].isalpha() for word in words):
        return None
    return "".join(word[0].lower() for word in words)
