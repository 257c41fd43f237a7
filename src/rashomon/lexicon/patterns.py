"""Regular expressions built from the word lists: names, interview speaker headers, opinion marks.

Ingest (genre, title) and annotate (speaker entities) read headers with this one pattern.
"""

from __future__ import annotations

import re

from rashomon.lexicon.words import sorted_words

# A capitalised name word (Latin letters, accents allowed) and the particles that join names.
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"
_PARTICLE = "|".join(sorted_words("particles_linking"))
PERSON_NAME = rf"{NAME_WORD}(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)?{NAME_WORD}){{1,3}}"
# An interview speaker header opening a line: "Name[, Organisation]: answer ...".
SPEAKER_HEADER = re.compile(
    rf"^[ \t]*(?P<name>{PERSON_NAME})"
    r"(?:,[ \t]*(?:the[ \t]+)?(?P<org>[A-Z][^:\n,]{1,80}?))?[ \t]*:[ \t]+\S",
    re.MULTILINE,
)
_PERSON = re.compile(rf"^{PERSON_NAME}$")
# A word that marks opinion ("Comment", "/opinion/", "a columnist for ...").
OPINION_WORD = rf"(?:{'|'.join(sorted(sorted_words('opinion_words'), key=len, reverse=True))})"
OPINION_MARK = re.compile(rf"\b{OPINION_WORD}\b", re.IGNORECASE)


def is_person_name(text: str) -> bool:
    """Whether `text` reads as a person's name: two to four capitalised words."""
    return _PERSON.match(text.strip()) is not None
