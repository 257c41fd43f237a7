"""How an article writes its words, to read its headlines: which words it writes in lower case,
and which it writes capitalised where only names are (inside a plain sentence).

A headline in title case or capitals capitalises every word ("Sixers Hire Maurice Cheeks as Head
Coach"), so there a capital says nothing. A word is common there when the article never writes
it as a name and either writes it in lower case elsewhere, or it is an English verb ("hire",
"returns", "nominate": the model's own lemma lists) or a function word; names the gazetteer knows
("Turkey", "Chad") never are. A line is a headline when most of its words of four letters or more
are capitalised and, unless it is the title, one of them is a function word or a word the
article writes in lower case. Headline lines reach the model in sentence case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from rashomon.lexicon.words import word_list

CASING_KEY = "rashomon_casing"  # where a Doc's user_data holds its article's casing
HEADLINE_SHARE = 0.7
HEADLINE_MIN_LETTERS = 4
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]|\.(?=\w))*")
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+")
_HEADLINE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w'’-])")
_FUNCTION_WORDS = word_list("headline_function_words")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """English words that are never names in a headline (verbs), and names that always are."""

    verbs: frozenset[str] = frozenset()
    known_names: frozenset[str] = frozenset()

    def is_verb(self, folded: str) -> bool:
        """Whether a case-folded word is an English verb, inflected or not ("returns")."""
        return any(form in self.verbs for form in _base_forms(folded))


@dataclass(frozen=True, slots=True)
class Casing:
    """The case-folded words an article writes in lower case, those it writes capitalised inside
    a plain sentence (not first, not in a headline), and the vocabulary that tells the rest."""

    lower: frozenset[str]
    names: frozenset[str]
    vocabulary: Vocabulary = Vocabulary()

    def is_headline(self, line: str, title: bool = False) -> bool:
        """Whether `line` is written in title case or capitals (see the module docstring).

        A title needs only the capitals; another line also a capitalised word that the article
        writes in lower case or a function word ("To", "Of").
        """
        words = _WORD.findall(line)
        long = [word for word in words if len(word) >= HEADLINE_MIN_LETTERS and word.isalpha()]
        capitalised = [word for word in long if word[0].isupper()]
        if len(long) < 2 or len(capitalised) < HEADLINE_SHARE * len(long):
            return False
        return title or any(
            word[0].isupper() and word.casefold() in self.lower | _FUNCTION_WORDS
            for word in words[1:]
        )

    def common(self, word: str) -> bool:
        """Whether `word` is a common word here (see the module docstring)."""
        folded = word.casefold().rstrip(".")
        if folded in self.names or word in self.vocabulary.known_names:
            return False
        return folded in self.lower or folded in _FUNCTION_WORDS or self.vocabulary.is_verb(folded)


def is_common_in_article(words: Token | Span) -> bool:
    """Whether the article of `words`' document writes them as a common word
    (`Casing.common`); False when the document carries no casing."""
    casing: Casing | None = words.doc.user_data.get(CASING_KEY)
    return casing is not None and casing.common(words.text)


def sentence_case(text: str, casing: Casing, title: bool = False) -> str:
    """`text` with the common words of its headline lines in lower case, same length and offsets.

    "Sixers Hire Maurice Cheeks as Head Coach" reads "Sixers hire Maurice Cheeks as head coach"
    to the model, which finds names in it as it does in a plain sentence. A line's first word
    and an initial keep their capitals, and a word whose lower case would change its length is
    left as it is.
    """
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if casing.is_headline(line, title=title):
            lines[number] = _HEADLINE_WORD.sub(
                lambda match: _lowered(match, casing) if match.start() > 0 else match.group(), line
            )
    return "\n".join(lines)


def _lowered(match: re.Match[str], casing: Casing) -> str:
    word = match.group()
    if len(word) == 1 and match.string[match.end() : match.end() + 1] == ".":
        return word  # an initial
    lower = word.lower()
    return lower if len(lower) == len(word) and casing.common(word) else word


def article_casing(title: str | None, text: str, vocabulary: Vocabulary = Vocabulary()) -> Casing:
    """The casing of an article's title and text."""
    lines = [line for line in [title or "", *text.splitlines()] if line.strip()]
    lower = frozenset(
        word.casefold() for line in lines for word in _WORD.findall(line) if word.islower()
    )
    draft = Casing(lower, frozenset(), vocabulary)
    names: set[str] = set()
    for number, line in enumerate(lines):
        if draft.is_headline(line, title=number == 0 and bool(title)):
            continue
        for sentence in _SENTENCE.split(line):
            words = _WORD.findall(sentence)
            names.update(word.casefold() for word in words[1:] if word[:1].isupper())
    return Casing(lower, frozenset(names), vocabulary)


def _base_forms(folded: str) -> Iterable[str]:
    """The word and the forms it may be inflected from ("dies" → "die", "named" → "name")."""
    yield folded
    for ending, replacements in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",))):
        if folded.endswith(ending):
            yield from (folded[: -len(ending)] + tail for tail in replacements)
    for ending, replacements in (("ied", ("y",)), ("ed", ("", "e")), ("ing", ("", "e"))):
        if folded.endswith(ending):
            yield from (folded[: -len(ending)] + tail for tail in replacements)
