"""Ships named with their prefix: "INS Sukanya", "Indian Naval Ship Sukanya", "the MV Gibe".

A navy's or a register's prefix (`vessel_prefixes`: "INS", "HMS", "MV", or spelled out: "Indian
Naval Ship") directly followed by capitalised words names a ship. It becomes one PRODUCT entity
(the label OntoNotes gives vehicles) whose id, "vessel:INS Sukanya", is the prefix's
abbreviation and the ship's own name, and which replaces the entities it overlaps ("Warship INS
Sukanya", a PERSON to the model). The name ends before a word that is no name: a common word of
the article, a title ("INS Commissioner"), a possessive. Elsewhere in the document the bare name
("Sukanya", "the Sukanya") is the same ship, unless a longer entity holds it ("Mysore Palace").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from rashomon.annotate.casing import is_common_in_article
from rashomon.lexicon.grammar import is_the
from rashomon.lexicon.words import data_lines

VESSEL = "vessel"
MAX_NAME_WORDS = 4
Prefixes = dict[str, list[tuple[tuple[str, ...], str]]]  # first word → (words, abbreviation)


def with_vessels(doc: Doc, ents: list[Span], in_title: set[int]) -> list[Span]:
    """`ents` with every ship the document names as one entity (see the module docstring)."""
    ships = list(_prefixed(doc, in_title))
    if not ships:
        return ents
    taken = {index for ship in ships for index in range(ship.start, ship.end)}
    names = {tuple(t.text for t in ship[-_name_size(ship) :]): ship.id_ for ship in ships}
    ships.extend(_repeats(doc, ents, names, taken))
    covered = {index for ship in ships for index in range(ship.start, ship.end)}
    kept = [ent for ent in ents if not covered.intersection(range(ent.start, ent.end))]
    return sorted(kept + ships, key=lambda span: span.start)


def _prefixed(doc: Doc, in_title: set[int]) -> Iterator[Span]:
    """The ships named with a prefix, in text order."""
    prefixes = _prefixes()
    index = 0
    while index < len(doc):
        for words, abbreviation in prefixes.get(doc[index].text, []):
            start = index + len(words)
            if tuple(t.text for t in doc[index:start]) != words:
                continue
            end = start
            while end - start < MAX_NAME_WORDS and _name_word(doc, end, in_title):
                end += 1
            if end > start:
                name = f"{abbreviation} {doc[start:end].text}"
                yield Span(doc, index, end, "PRODUCT", span_id=f"{VESSEL}:{name}")
                index = end - 1
                break
        index += 1


def _name_word(doc: Doc, index: int, in_title: set[int]) -> bool:
    """Whether the token at `index` continues a ship's name."""
    if index >= len(doc) or not doc[index - 1].whitespace_ or index in in_title:
        return False
    token: Token = doc[index]
    common = is_common_in_article(token)
    return token.is_title and token.is_alpha and not token.is_stop and not common


def _name_size(ship: Span) -> int:
    """How many words of a ship's entity are its own name (after the prefix)."""
    return len(ship.id_.split()) - 1


def _repeats(
    doc: Doc, ents: list[Span], names: dict[tuple[str, ...], str], taken: set[int]
) -> Iterator[Span]:
    """The bare names of the document's ships where no entity longer than the name holds them."""
    owner = {index: ent for ent in ents for index in range(ent.start, ent.end)}
    by_first = {words[0]: words for words in names}
    for token in doc:
        words = by_first.get(token.text)
        end = token.i + len(words) if words else 0
        if not words or tuple(t.text for t in doc[token.i : end]) != words:
            continue
        if taken.intersection(range(token.i, end)):
            continue
        holders = {owner[i] for i in range(token.i, end) if i in owner}
        if all(_within(holder, token.i, end) for holder in holders):
            yield Span(doc, token.i, end, "PRODUCT", span_id=names[words])


def _within(ent: Span, start: int, end: int) -> bool:
    """Whether `ent` holds no more than the words from `start` to `end` (and a leading "the")."""
    first = ent.start + 1 if is_the(ent[0].text) else ent.start
    return first >= start and ent.end <= end


@functools.cache
def _prefixes() -> Prefixes:
    """The prefixes of `vessel_prefixes.tsv` by first word, longest first."""
    found: Prefixes = {}
    for line in data_lines("vessel_prefixes.tsv"):
        abbreviation, _, spelled = line.partition("\t")
        for form in [abbreviation, *spelled.split(";")]:
            words = tuple(form.replace("'s", " 's").split())
            found.setdefault(words[0], []).append((words, abbreviation))
    for options in found.values():
        options.sort(key=lambda option: -len(option[0]))
    return found
