"""Runs of surnames the model took for one person's name, split into one mention each.

A poll table or a list of candidates ("Biden Sanders Buttigieg Warren Harris") reads to a
small NER model as one long name. Across the run the words tell: each is the surname of a
person the run names in full elsewhere ("Joe Biden", "Bernie Sanders", …). A person's name of
`MIN_LIST_WORDS` words or more, none an initial, each the surname of a person the run names in
full (not only inside such a run), becomes one mention per word, each a surname that the
actors step then resolves like any other. "Paul D. Ryan" (an initial) and "Debbie Wasserman
Schultz" (no one's surname "Debbie") stay whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rashomon.lexicon.names import fold, person_key, surname
from rashomon.records import MentionCandidate

Flat = list[tuple[str, MentionCandidate]]
MIN_LIST_WORDS = 3
_WORD = re.compile(r"\S+")


def split_name_lists(flat: Flat) -> Flat:
    """`flat` with each person's name that lists known surnames split into its words."""
    keys = {person_key(mention.name) for _, mention in flat if mention.kind == "person"}
    full = [key for key in keys if len(key) > 1]
    any_surname = {surname(key) for key in full}
    # Surnames of names in full that are not themselves runs of surnames.
    surnames = {surname(key) for key in full if not all(part in any_surname for part in key)}
    split: Flat = []
    for article, mention in flat:
        words = list(_WORD.finditer(mention.text))
        if (
            mention.kind == "person"
            and mention.name == mention.text
            and len(words) >= MIN_LIST_WORDS
            and all(_is_surname(word.group(), surnames) for word in words)
        ):
            start = mention.span[0]
            split.extend(
                (
                    article,
                    replace(
                        mention,
                        span=(start + word.start(), start + word.end()),
                        text=word.group(),
                        name=word.group(),
                    ),
                )
                for word in words
            )
        else:
            split.append((article, mention))
    return split


def _is_surname(word: str, surnames: set[str]) -> bool:
    """Whether `word` is no initial and one of `surnames`."""
    return len(word.rstrip(".")) > 1 and not word.endswith(".") and fold(word) in surnames
