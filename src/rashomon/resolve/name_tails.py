"""Names that run on past the name the run knows, cut back to it.

Inside one article nothing tells "Donor" in "Marco Rubio Donor" from a surname; across the run
the words it writes in lower case do ("donor", "wins", "super"). A name is cut back to a name
the run gives elsewhere:
- a person's name of three words or more, by a last word the run writes in lower case ("Donald
  Trump Wins" → "Donald Trump"), never back to an initial ("Donald J. Trump" stays, though the
  run writes "trump" in lower case), or by a repeated last word ("Marco Rubio Rubio");
- a person's name, by a first word that is no given name and either is in capitals of two or
  three letters (an abbreviated title: "WR Jackson", "GM Ed Stefanski") or the run writes it in
  lower case ("Soy Rob Portman"), back to another person's name or surname ("Rush Limbaugh"
  stays, unless another Limbaugh is named);
- in a title, whose capitals say nothing, any name by the words at its end that the run writes
  in lower case, back to a name of its kind ("Queens Hit & Run" → "Queens"; "White House" is
  not the person "White"), and a name that ends in a person's name by
  the words before it ("Nomination of Regina Benjamin" → the person "Regina Benjamin"), but
  never by a given name ("Tom Cotton" stays, though the run writes "tom" in lower case).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from rashomon.lexicon.names import HONORIFICS, SUFFIXES, fold, is_first_name, person_key
from rashomon.records import MentionCandidate

Flat = list[tuple[str, MentionCandidate]]
NamesOf = dict[tuple[str, ...], set[tuple[str, ...]]]  # a name or its last words → full names
MIN_PERSON_WORDS = 3
MAX_TITLE_LETTERS = 3
JOINERS = frozenset({"&", "of", "for", "and"})


def trim_name_tails(flat: Flat, lower: frozenset[str]) -> Flat:
    """`flat` with every name cut back where it runs on (see the module docstring)."""
    keys = {person_key(m.name) for _, m in flat if m.kind == "person"}
    names_of: defaultdict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for key in keys:
        for start in range(len(key)):
            names_of[key[start:]].add(key)
    names: set[tuple[str, str]] = {(m.kind, fold(m.name)) for _, m in flat}
    trimmed = []
    for article, mention in flat:
        if mention.kind == "person":
            mention = _person(mention, names_of, lower)
        if mention.field == "title" and mention.kind != "state":
            mention = _in_title(mention, names_of, names, lower)
        trimmed.append((article, mention))
    return trimmed


def _person(
    mention: MentionCandidate, names_of: NamesOf, lower: frozenset[str]
) -> MentionCandidate:
    words = mention.name.split()
    if len(words) < 2:
        return mention
    own = person_key(mention.name)
    first, last = words[0], fold(words[-1])
    rest = person_key(" ".join(words[1:]))
    abbreviated = len(first) <= MAX_TITLE_LETTERS and first.isalpha() and first.isupper()
    if (
        (abbreviated or first.casefold() in lower)
        and not is_first_name(first.casefold())
        and names_of.get(rest, set()) - {own}
    ):
        return replace(mention, name=" ".join(words[1:]))
    if len(words) >= MIN_PERSON_WORDS and (
        words[-1] == words[-2]
        or (
            last in lower
            and last.rstrip(".") not in SUFFIXES
            and len(words[-2].rstrip(".")) > 1
            and person_key(" ".join(words[:-1])) in names_of
        )
    ):
        return replace(mention, name=" ".join(words[:-1]))
    return mention


def _in_title(
    mention: MentionCandidate,
    names_of: NamesOf,
    names: set[tuple[str, str]],
    lower: frozenset[str],
) -> MentionCandidate:
    words = mention.name.split()
    end = len(words)
    while end > 1 and _not_name_word(words[end - 1], lower):
        end -= 1
    if end < len(words) and (mention.kind, fold(" ".join(words[:end]))) in names:
        return replace(mention, name=" ".join(words[:end]))
    for start in range(1, len(words)):
        before = words[start - 1]
        if not _not_name_word(before, lower) or is_first_name(fold(before)):
            break
        rest = " ".join(words[start:])
        if person_key(rest) in names_of and words[start][:1].isupper():
            return replace(mention, name=rest, kind="person", label="PERSON", country=None)
    return mention


def _not_name_word(word: str, lower: frozenset[str]) -> bool:
    folded = fold(word).rstrip(".")
    return folded in lower or folded in JOINERS or folded in HONORIFICS
