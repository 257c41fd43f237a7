"""Component `rashomon_entities`: repair what a small NER model gets wrong, one document at a time.

1. Trim: a leading "the", trailing possessives ("Vladimir Putin’s" → "Vladimir Putin") and
   leading titles or honorifics of a person ("President Putin" → "Putin"); drop entities that
   are only part of a title ("State" in "Secretary of State").
2. Vote: a name tagged PERSON anywhere in the document (or whose words end such a name:
   "Al Assad" after "Bashar Al Assad") is a PERSON everywhere; any other name takes the
   label it gets most often in the document.
3. Places: an ORG that is the object of a locative preposition under a noun ("bases at Latakia
   and Tartus", "a facility in Tartous") is a place (GPE).
4. Propagate: an untagged proper noun that repeats the last word of a PERSON's name
   ("Khlebnikov" after "Alexei Khlebnikov") becomes a PERSON.
5. Join: a name the model split in two ("Helena Duarte" + "Vaz") becomes one PERSON.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from rashomon.annotate.names import HONORIFICS, LINKING_PARTICLES, NameKey, person_key
from rashomon.annotate.titles import TITLES_KEY

DETERMINERS = frozenset({"the", "The", "THE"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’", "'S", "’S"})
VOTING_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT"})
PLACE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
LOCATIVES = frozenset({"in", "at", "near", "outside", "around", "from", "to", "into"})


@Language.component("rashomon_entities", requires=["doc.ents", "doc.spans"], assigns=["doc.ents"])
def repair_entities(doc: Doc) -> Doc:
    """Trim, relabel and complete `doc.ents` (see the module docstring)."""
    titles = doc.spans.get(TITLES_KEY, [])
    in_title = {index for span in titles for index in range(span.start, span.end)}
    ents = [span for ent in doc.ents if (span := _trim(ent, in_title)) is not None]
    ents = _vote(ents)
    ents = _places(ents)
    ents = sorted(ents + _propagate(doc, ents, in_title), key=lambda span: span.start)
    doc.ents = _join_names(ents)
    return doc


def _trim(ent: Span, in_title: set[int]) -> Span | None:
    """The entity without a leading "the", possessives and (for people) titles; None if empty."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if not ent.kb_id_ and all(index in in_title for index in range(start, end)):
        return None
    while start < end and doc[start].text in DETERMINERS:
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    if ent.label_ == "PERSON":
        while start < end and (start in in_title or doc[start].lower_.rstrip(".") in HONORIFICS):
            start += 1
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)


def _join_names(ents: list[Span]) -> list[Span]:
    """Join PERSON entities split in two by the model ("Helena Duarte" + "Vaz")."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and ent.label_ == last.label_ == "PERSON"
            and ent.start == last.end
            and last[-1].whitespace_ == " "
        ):
            joined[-1] = Span(ent.doc, last.start, ent.end, "PERSON")
        else:
            joined.append(ent)
    return joined


def _vote(ents: list[Span]) -> list[Span]:
    """Relabel names as PERSON when the document names a person so, else by majority label."""
    tails: set[NameKey] = set()
    for ent in ents:
        if ent.label_ == "PERSON":
            key = person_key(ent.text)
            tails.update(key[index:] for index in range(len(key)))
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for ent in ents:
        if ent.label_ in PLACE_LABELS and not ent.kb_id_:
            votes[ent.text][ent.label_] += 1
    voted = []
    for ent in ents:
        label = ent.label_
        if ent.kb_id_ or label not in VOTING_LABELS:
            voted.append(ent)
            continue
        if person_key(ent.text) in tails:
            label = "PERSON"
        elif ent.text in votes:
            ranked = votes[ent.text].most_common(2)
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                label = ranked[0][0]
        voted.append(ent if label == ent.label_ else Span(ent.doc, ent.start, ent.end, label))
    return voted


def _places(ents: list[Span]) -> list[Span]:
    """Relabel ORGs used as places ("bases at Latakia and Tartus") as GPE."""
    places: set[int] = set()
    relabelled = []
    for ent in ents:
        root = ent.root
        if (
            ent.label_ == "ORG"
            and not ent.kb_id_
            and (
                (root.dep_ == "conj" and root.head.i in places)
                or (
                    root.dep_ == "pobj"
                    and root.head.lower_ in LOCATIVES
                    and root.head.head.pos_ in {"NOUN", "PROPN"}
                )
            )
        ):
            ent = Span(ent.doc, ent.start, ent.end, "GPE")
        if ent.label_ in {"GPE", "LOC", "FAC"}:
            places.add(root.i)
        relabelled.append(ent)
    return relabelled


def _propagate(doc: Doc, ents: list[Span], in_title: set[int]) -> list[Span]:
    """New PERSON spans for untagged repeats of a person's last name (with its particle)."""
    surnames = {doc[ent.end - 1].text for ent in ents if ent.label_ == "PERSON"}
    if not surnames:
        return []
    taken = {index for ent in ents for index in range(ent.start, ent.end)}
    found = []
    for token in doc:
        if (
            token.text in surnames
            and token.i not in taken
            and token.i not in in_title
            and not token.is_stop
            and token.pos_ == "PROPN"
        ):
            start = token.i
            if start > 0 and doc[start - 1].lower_ in LINKING_PARTICLES and start - 1 not in taken:
                start -= 1
            found.append(Span(doc, start, token.i + 1, "PERSON"))
    return found
