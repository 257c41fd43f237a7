"""Plural names the model left untagged: "the Sixers fired their coach", "the Philly Sixers".

A capitalised plural after "the" (or after "the" and one more untagged capitalised word) that
acts, as the subject, object or possessor of a verb, and that the article never writes as a
common word (`Casing.common`), names a team, a band or a family: an entity with the label the
model gives the same name elsewhere in the document ("the Oscars", an EVENT there), else ORG.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from rashomon.annotate.casing import is_common_in_article
from rashomon.annotate.labels import ACTING_DEPENDENCIES, PLURAL_TAGS
from rashomon.lexicon.grammar import is_the


def plural_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """New entities for the untagged plural names of `doc` (see the module docstring)."""
    taken = {index for ent in ents for index in range(ent.start, ent.end)}
    labels: dict[str, Counter[str]] = {}
    for ent in ents:
        labels.setdefault(ent.text, Counter())[ent.label_] += 1
    found = []
    for token in doc[1:]:
        start = _name_start(doc, token.i, taken)
        if start is None or token.i in taken or not _acting_plural(token):
            continue
        span = doc[start : token.i + 1]
        counts = labels.get(span.text)
        label = counts.most_common(1)[0][0] if counts else "ORG"
        found.append(Span(doc, start, token.i + 1, label))
    return found


def _name_start(doc: Doc, index: int, taken: set[int]) -> int | None:
    """Where a plural name ending at `index` starts: right after "the", or one untagged
    capitalised word earlier ("the Philly Sixers"); None without "the"."""
    before = index - 1
    if is_the(doc[before].text):
        return index
    if before > 0 and before not in taken and _name_word(doc[before]):
        return before if is_the(doc[before - 1].text) else None
    return None


def _acting_plural(token: Token) -> bool:
    """Whether `token` is a capitalised plural that acts and is no common word of its article."""
    return (
        token.tag_ in PLURAL_TAGS
        and token.text.endswith("s")
        and token.dep_ in ACTING_DEPENDENCIES
        and _name_word(token)
    )


def _name_word(token: Token) -> bool:
    return token.is_title and not is_common_in_article(token)
