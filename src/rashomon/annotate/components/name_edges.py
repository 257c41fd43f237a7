"""Component `rashomon_name_edges`: a name starts and ends with name words.

The model's people often take in a word on either side; names joined by "and" come as one.
- A "person" whose last word heads organisations' names ("Clinton Foundation") is one.
- A person's name drops leading words that are no name: adverbs, verbs, determiners, pronouns,
  prepositions ("Certainly Donald Trump", "Telling Jeb Bush", "a Donald Trump"), a plural demonym
  ("Floridians Jeb Bush"), an occupation ("Comedian Ellen DeGeneres") or a word the article
  writes in lower case and never as a name ("Billionaire Donald Trump"), while two words remain;
  of two, one that is never a first name, when the other is a word the article writes as a name
  ("Candidate Obama", "Obstructing Obama", "Warship Sukanya" → "Obama", "Sukanya"; "Mark Vinar"
  stays).
- It drops trailing words that are no name, by the same test ("Christie at", "Donald Trump
  Finally", "Marco Rubio Donor", "Jeb Bush-spent") or an occupation ("Sanjay Gupta Surgeon"),
  while two words remain, or one that the article writes as a name ("Trump Wins" → "Trump"), and
  a country's initials ("Regina Benjamin U. S." before "Surgeon General").
- Any other name loses a leading adverb, verb or pronoun, and a person who owns it
  ("Grayson’s Democratic Senate" → "Democratic Senate"); "the" and "a" are trimmed later.
- A person or organisation of two names joined by "and" ("Braynard and Chrabaszcz",
  "McDonald's and Walmart") is two entities when each name also stands alone in the document;
  "&" stays part of a name ("Johnson & Johnson").
The article's casing (`annotate.casing`) comes in `doc.user_data`; without it only the word
classes and the occupations decide. Gazetteer entities are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon.annotate.casing import CASING_KEY, Casing
from rashomon.annotate.component import Component
from rashomon.lexicon.gazetteer import MAX_INITIALS_TOKENS, is_country_initials
from rashomon.lexicon.grammar import POSSESSIVES
from rashomon.lexicon.names import SUFFIXES, is_first_name
from rashomon.lexicon.words import word_list

OCCUPATIONS = word_list("occupations")
ORGANIZATION_HEADS = word_list("organization_heads")
# Word classes that never begin or end a person's name.
NOT_NAME_CLASSES = frozenset(
    {"ADV", "VERB", "AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "NUM", "PUNCT"}
)
PLURAL_TAGS = frozenset({"NNPS", "NNS"})
INFLECTED_ENDINGS = ("ing", "ed")
LEADING_NOT_BODY = frozenset({"ADV", "VERB", "AUX", "PRON", "INTJ", "SCONJ", "CCONJ"})
SPLIT_LABELS = frozenset({"PERSON", "ORG"})


def make_name_edges(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component is stateless: `clean_name_edges` itself."""
    return clean_name_edges


def clean_name_edges(doc: Doc) -> Doc:
    """Trim people's names and split coordinated names (see the module docstring)."""
    casing: Casing | None = doc.user_data.get(CASING_KEY)
    persons = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    people = {ent.text for ent in persons} | {ent[-1].text for ent in persons}
    cleaned: list[Span] = []
    for ent in doc.ents:
        if ent.id_:
            cleaned.append(ent)
            continue
        for part in _split_coordination(ent):
            if part.label_ == "PERSON" and part[-1].text in ORGANIZATION_HEADS:
                cleaned.append(Span(doc, part.start, part.end, label="ORG"))
            elif part.label_ == "PERSON":
                cleaned.append(_trim_person(part, casing))
            else:
                cleaned.append(_trim_body(part, people))
    doc.ents = cleaned
    return doc


def _trim_person(ent: Span, casing: Casing | None) -> Span:
    """The person's name without the words at its edges that are no name."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end - start > 1 and _not_name(doc[start], casing, leading=True):
        if end - start == 2 and not (
            _written_as_name(doc[end - 1], casing) and _never_first_name(doc[start], casing)
        ):
            break
        start += 1
    while end - start > 1 and _not_name(doc[end - 1], casing, leading=False):
        if end - start == 2 and not _written_as_name(doc[start], casing):
            break
        end -= 1
    while end - start > 2 and doc[end - 1].lower_ in OCCUPATIONS:
        end -= 1
    end = _before_country_initials(doc, start, end)
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _before_country_initials(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when it ends in a country's initials ("Regina Benjamin U. S."
    → "Regina Benjamin"); `end` when it does not."""
    for cut in range(max(start + 1, end - MAX_INITIALS_TOKENS), end):
        if is_country_initials(doc[cut:end].text):
            return cut
    return end


def _trim_body(ent: Span, people: set[str]) -> Span:
    """Any other name without a leading determiner, adverb or verb ("a Democratic Senate"), or
    a person who owns it ("Grayson’s Democratic Senate")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end - start > 1 and doc[start].pos_ in LEADING_NOT_BODY:
        start += 1
    possessive = next((i for i in range(start + 1, end - 1) if doc[i].text in POSSESSIVES), None)
    if possessive is not None and doc[start:possessive].text in people:
        start = possessive + 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _not_name(token: Token, casing: Casing | None, leading: bool) -> bool:
    if token.lower_.rstrip(".") in SUFFIXES:
        return False
    if token.pos_ in NOT_NAME_CLASSES or not token.text[:1].isalpha():
        return True
    if leading and (token.tag_ in PLURAL_TAGS or token.lower_ in OCCUPATIONS):
        return True
    return casing is not None and casing.common(token.text)


def _never_first_name(token: Token, casing: Casing | None) -> bool:
    """Whether a word that is no name here is none anywhere: by its word class or as an
    occupation, as an inflected verb ("Obstructing"), or as a word that no given name or
    nickname spells ("Warship"); a verb's base form may be a first name ("Mark", "Will",
    "Bill")."""
    if _not_name(token, None, leading=True):
        return True
    if not _not_name(token, casing, leading=True):
        return False
    return token.lower_.endswith(INFLECTED_ENDINGS) or not is_first_name(token.lower_)


def _written_as_name(token: Token, casing: Casing | None) -> bool:
    return casing is not None and token.text.casefold() in casing.names


def _split_coordination(ent: Span) -> list[Span]:
    """Two entities for "A and B" when "A" and "B" each stand alone in the document."""
    if ent.label_ not in SPLIT_LABELS:
        return [ent]
    whole: list[tuple[int, int]] | None = None
    for token in ent[1:-1]:
        if token.lower_ == "and":
            first = ent.doc[ent.start : token.i]
            second = ent.doc[token.i + 1 : ent.end]
            if whole is None:
                whole = _occurrences(ent.doc.text, ent.text)
            if _stands_alone(first, whole) and _stands_alone(second, whole):
                return [
                    Span(ent.doc, first.start, first.end, label=ent.label_),
                    Span(ent.doc, second.start, second.end, label=ent.label_),
                ]
    return [ent]


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where `text` writes `name` as words of their own."""
    return [
        (match.start(), match.end())
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]


def _stands_alone(part: Span, whole: list[tuple[int, int]]) -> bool:
    """Whether the document writes `part` as a word of its own outside every occurrence of the
    whole name (`whole`: "Islamic State of Iraq" inside a second "Islamic State of Iraq and
    Syria" does not stand alone)."""
    return any(
        not any(start <= found < end for start, end in whole)
        for found, _ in _occurrences(part.doc.text, part.text)
    )


COMPONENT = Component(
    name="rashomon_name_edges",
    factory=make_name_edges,
    requires=("doc.ents",),
    assigns=("doc.ents",),
)
