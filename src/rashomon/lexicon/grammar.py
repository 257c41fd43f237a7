"""Closed-class words the rules share: possessive endings and the words that open a name."""

from __future__ import annotations

from rashomon.lexicon.words import word_list

# Possessive endings as the tokenizer splits them off: "Putin" + "’s", "Assads" + "’".
POSSESSIVES = frozenset({"'s", "’s", "'S", "’S", "'", "’"})
# Words that may open the phrase naming a person's affiliation ("the Forum", "its director").
AFFILIATION_DETERMINERS = word_list("affiliation_determiners")


def is_the(word: str) -> bool:
    """Whether `word` is the definite article, in any case ("the", "The", "THE")."""
    return word.casefold() == "the"
