"""Which names of organisations are one body: short forms, acronyms and corporate suffixes.

- A corporate suffix is no part of the body's name: "Apple Inc.", "Apple Co." and "Apple" are
  one (`organization_key`).
- In one article, a one-word name is the longer name it is the head of, when only one longer
  name fits: its last word ("the Commission" after "the European Commission") or its first
  word before "of" ("the Academy" after "the Academy of Motion Picture Arts and Sciences").
- An acronym is the name whose initials it spells ("AMA" = "American Medical Association", "ECB"
  = "European Central Bank"; "of", "the", "and", "for" and "&" have none): in one article when
  one name there fits, across articles when one name in all of them does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from rashomon.lexicon.names import fold
from rashomon.lexicon.words import word_list
from rashomon.records import MentionCandidate

Flat = list[tuple[str, MentionCandidate]]
BODIES = frozenset({"organization", "group"})
ACRONYM_KINDS = BODIES | {"other", "location"}
CORPORATE_SUFFIXES = word_list("corporate_suffixes")
NO_INITIAL = frozenset({"of", "the", "and", "for", "&", "de", "la", "du", "des", "on", "in"})
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_WORDS = re.compile(r"[\w&’'-]+")


def organization_key(name: str) -> str:
    """The folded name without a trailing corporate suffix ("Apple Inc." → "apple")."""
    words = fold(name).split()
    while len(words) > 1 and words[-1].rstrip(".,") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


def expand_organizations(flat: Flat) -> Flat:
    """Each short form and acronym of an organisation named as the body it stands for."""
    local: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    spelled: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for article, mention in flat:
        if mention.kind in BODIES and " " in mention.name:
            for form in _short_forms(mention.name):
                local[(article, form)].add(mention.name)
            initials = _initials(mention.name)
            if initials:
                spelled[initials].setdefault(organization_key(mention.name), mention.name)
    expanded = []
    for article, mention in flat:
        name = _expansion(article, mention, local, spelled)
        expanded.append((article, replace(mention, name=name) if name else mention))
    return expanded


def _expansion(
    article: str,
    mention: MentionCandidate,
    local: dict[tuple[str, str], set[str]],
    spelled: dict[str, dict[str, str]],
) -> str | None:
    """The longer name `mention` stands for, or None (see the module docstring)."""
    if " " in mention.name:
        return None
    if mention.kind in BODIES:
        names = local.get((article, fold(mention.name)), set())
        if len(names) == 1:
            return next(iter(names))
    if mention.kind in ACRONYM_KINDS and _ACRONYM.match(mention.name):
        letters = mention.name.replace(".", "").lower()
        names = local.get((article, f"acronym:{letters}"), set())
        if len(names) == 1:
            return next(iter(names))
        everywhere = spelled.get(letters, {})
        if len(everywhere) == 1:
            return next(iter(everywhere.values()))
    return None


def _short_forms(name: str) -> Iterable[str]:
    """The one-word forms and the acronym a multi-word name may be written as in its article."""
    words = fold(name).split()
    yield words[-1]
    if len(words) > 2 and words[1] == "of":
        yield words[0]
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
