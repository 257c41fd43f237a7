"""Component `rashomon_entities`: repair what a small NER model gets wrong, one document at a time.

1. Trim: a leading "the", possessives ("Vladimir Putin’s" → "Vladimir Putin", "’s Asia" →
   "Asia") and leading titles or honorifics of a person ("President Putin" → "Putin"); drop
   entities that are only part of a title ("State" in "Secretary of State") or that have no
   capitalised word left. A lower-case compass word before a proper noun is not part of the
   name, and what it qualifies is a place ("east Aleppo", which the model calls a NORP, → GPE
   "Aleppo"). An entity ends before a line break ("Bloomberg\n\nEarlier Sabine Weyand" →
   "Bloomberg") or a URL, and a person's or place's name before a possessive ("Trump’s Cabinet"
   → "Trump"; organisations keep theirs: "St. John’s Church"). A "person" in whose name a
   landform word opens a name ("Mount Cook", "Aoraki Mount Cook": `landform_words`) is a place,
   and so is an "organisation" named by such a word and one name word ("Mt Cook").
2. Vote: a name tagged PERSON anywhere in the document (or whose words end such a name:
   "Al Assad" after "Bashar Al Assad") is a PERSON everywhere; any other name takes the
   label it gets most often in the document.
3. Extend: a PERSON directly followed (one space, no punctuation) by title-case proper nouns
   that no entity, title or gazetteer entry claims takes them in ("Helena Duarte" + "Vaz"),
   unless the article writes the word in lower case and never as a name ("Jeb Bush" + "Super"),
   or it opens a country's initials ("Regina Benjamin" + "U. S.").
4. Places: an ORG that is the object of a locative preposition under a noun ("bases at Latakia
   and Tartus", "a facility in Tartous") is a place (GPE). So is a one-word PRODUCT governed by
   a locative preposition ("held in Agadir", "off the coast of Agadir"), a one-word ORG or an
   untagged proper noun governed by a purely spatial one ("near Agadir", "outside Peniche"),
   unless the document also tags that name PERSON or ORG where it is not used as a place. The
   other PRODUCT mentions of a name made a place follow it.
   Untagged plural names that act ("the Sixers fired their coach") are found
   (`annotate.plural_names`).
5. Propagate: an untagged proper noun that repeats the last word of a PERSON's name
   ("Khlebnikov" after "Alexei Khlebnikov") becomes a PERSON, together with the words before
   it that continue the name ("Duarte Vaz" after "Helena Duarte Vaz").
6. Join: a name the model split in two ("Helena Duarte" + "Vaz") becomes one PERSON, and an
   organisation directly before a product is its maker, part of its name ("Toyota" + "Camry" →
   PRODUCT "Toyota Camry"). A person named by a suffix alone that joins no name ("Jr." opening
   a sentence, where "Halloran" + "Jr." is "Halloran Jr.") is dropped.
7. Ships: a ship named with its prefix ("INS Sukanya", "Indian Naval Ship Sukanya") is one
   entity, and so is its bare name elsewhere in the document (`annotate.vessels`).
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from rashomon.annotate.casing import is_common_in_article
from rashomon.annotate.component import Component
from rashomon.annotate.components.titles import TITLES_KEY
from rashomon.annotate.labels import ACTOR_LABELS
from rashomon.annotate.plural_names import plural_names
from rashomon.annotate.vessels import with_vessels
from rashomon.lexicon.gazetteer import MAX_INITIALS_TOKENS, is_country_initials, load_gazetteer
from rashomon.lexicon.grammar import POSSESSIVES, is_the
from rashomon.lexicon.names import HONORIFICS, LINKING_PARTICLES, SUFFIXES, NameKey, person_key
from rashomon.lexicon.words import word_list

# Labels whose names never contain a possessive ("Trump’s Cabinet" is not a person's name).
NO_POSSESSIVE_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
VOTING_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT"})
# Labels the model gives to places, among them ORG, which it gives Tartus and Latakia.
PLACE_OR_ORG_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
LOCATIVES = word_list("locative_prepositions")
SPATIAL = word_list("spatial_prepositions")
# Prepositions that make a one-word PRODUCT a place ("held in Agadir", "trawlers from Agadir").
PRODUCT_LOCATIVES = SPATIAL | {"in", "at", "from"}
AREA_NOUNS = word_list("area_nouns")
NOT_NAME_WORDS = word_list("not_name_words")
COMPASS_WORDS = word_list("compass_words")
LANDFORM_WORDS = word_list("landform_words")
# Labels of two adjacent entities that are one name (step 6) → the label of that name.
JOINED = {("PERSON", "PERSON"): "PERSON", ("ORG", "PRODUCT"): "PRODUCT"}


def make_entity_repairer(nlp: Language, name: str, max_name_words: int) -> EntityRepairer:
    """Build the component; the token patterns are compiled once, here.

    `max_name_words`: a person's name is extended over following proper nouns (step 3) up to
    this many words.
    """
    return EntityRepairer(nlp, max_name_words)


class EntityRepairer:
    """Trim, relabel and complete `doc.ents` (see the module docstring)."""

    def __init__(self, nlp: Language, max_name_words: int = 5) -> None:
        self.max_name_words = max_name_words
        self.places = Matcher(nlp.vocab)
        name = {"POS": "PROPN", "ENT_TYPE": "", "IS_TITLE": True}
        self.places.add(
            "PLACE",
            [
                [{"LOWER": {"IN": sorted(SPATIAL)}}, name],
                [{"LOWER": {"IN": sorted(AREA_NOUNS)}}, {"LOWER": "of"}, name],
            ],
        )

    def __call__(self, doc: Doc) -> Doc:
        """Repair the entities of `doc`."""
        return repair_entities(doc, self._untagged_places(doc), self.max_name_words)

    def _untagged_places(self, doc: Doc) -> list[Span]:
        """Untagged one-word proper nouns governed by a spatial preposition, as GPE spans."""
        found = []
        for _, _, end in self.places(doc):
            token = doc[end - 1]
            if token.dep_ == "pobj" and token.head.i == end - 2 and not list(token.children):
                found.append(Span(doc, token.i, token.i + 1, "GPE"))
        return found


def repair_entities(
    doc: Doc, untagged_places: list[Span] | None = None, max_name_words: int = 5
) -> Doc:
    """Trim, relabel and complete `doc.ents` (see the module docstring).

    `untagged_places` are candidate places the model did not tag (see `EntityRepairer`).
    """
    titles = doc.spans.get(TITLES_KEY, [])
    in_title = {index for span in titles for index in range(span.start, span.end)}
    ents = [span for ent in doc.ents if (span := _trim(ent, in_title)) is not None]
    ents = _vote(_extend_persons(doc, ents, in_title, max_name_words))
    ents = _places(ents, untagged_places or [])
    ents = sorted(ents + plural_names(doc, ents), key=lambda span: span.start)
    ents = sorted(ents + _propagate(doc, ents, in_title), key=lambda span: span.start)
    ents = [ent for ent in _join_names(ents) if not _only_suffixes(ent)]
    doc.ents = with_vessels(doc, ents, in_title)
    return doc


def _trim(ent: Span, in_title: set[int]) -> Span | None:
    """The entity without a leading "the", possessives and (for people) titles; None if empty."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if not ent.id_ and all(index in in_title for index in range(start, end)):
        return None
    while start < end and (
        is_the(doc[start].text) or doc[start].is_space or doc[start].text in POSSESSIVES
    ):
        start += 1
    label = ent.label_
    if start + 1 < end and doc[start].text in COMPASS_WORDS and doc[start + 1].pos_ == "PROPN":
        start += 1
        label = "GPE" if label in {"NORP", "PERSON", "ORG"} else label
    if _names_landform(doc[start:end], label):
        label = "LOC"
    end = next((index for index in range(start + 1, end) if _ends_name(doc[index], label)), end)
    while end > start and doc[end - 1].is_space:
        end -= 1
    while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    if label == "PERSON":
        while start < end and (start in in_title or doc[start].lower_.rstrip(".") in HONORIFICS):
            start += 1
    if start >= end:
        return None
    if label in ACTOR_LABELS and not any(token.text[:1].isupper() for token in doc[start:end]):
        return None
    if (start, end, label) == (ent.start, ent.end, ent.label_):
        return ent
    return Span(doc, start, end, label=label, span_id=ent.id_)


def _only_suffixes(ent: Span) -> bool:
    """Whether a person is named by generational suffixes alone ("Jr." opening a sentence, where
    no name before it joins it): no one."""
    return ent.label_ == "PERSON" and all(token.lower_.rstrip(".") in SUFFIXES for token in ent)


def _names_landform(span: Span, label: str) -> bool:
    """Whether a PERSON or ORG is a place for its landform word (see step 1): a person's name
    with one before a name word ("Aoraki Mount Cook"), or an organisation's name of one and a
    name word only ("Mt Cook"; "Mount Kessel Hospital" stays)."""
    opens = [
        token.text in LANDFORM_WORDS and span[index + 1].is_title
        for index, token in enumerate(span[:-1])
    ]
    if label == "ORG":
        return opens == [True]
    return label == "PERSON" and any(opens)


def _ends_name(token: Token, label: str) -> bool:
    """Whether an entity labelled `label` ends before `token` (see step 1)."""
    if "\n" in token.text or token.like_url:
        return True
    return label in NO_POSSESSIVE_LABELS and token.text in POSSESSIVES


def _join_names(ents: list[Span]) -> list[Span]:
    """Join a name split in two by the model, one space apart (step 6): two PERSONs ("Helena
    Duarte" + "Vaz"), or a maker's ORG and its PRODUCT ("Toyota" + "Camry")."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        label = JOINED.get((last.label_, ent.label_)) if last is not None else None
        if (
            last is not None
            and label is not None
            and not (last.id_ or ent.id_)
            and ent.start == last.end
            and last[-1].whitespace_ == " "
        ):
            joined[-1] = Span(ent.doc, last.start, ent.end, label)
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
        if ent.label_ in PLACE_OR_ORG_LABELS and not ent.id_:
            votes[ent.text][ent.label_] += 1
    voted = []
    for ent in ents:
        label = ent.label_
        if ent.id_ or label not in VOTING_LABELS:
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


def _places(ents: list[Span], untagged: list[Span]) -> list[Span]:
    """Relabel ORGs and PRODUCTs used as places as GPE; add untagged places (see step 4)."""
    blocked = {
        ent.text
        for ent in ents
        if ent.label_ in {"PERSON", "ORG"} and _locative(ent.root) is None and not ent.id_
    }
    blocked.update(token.text for ent in ents if ent.label_ == "PERSON" for token in ent)
    places: set[int] = set()
    made: set[str] = set()
    relabelled = []
    for ent in ents:
        root = ent.root
        if (
            not ent.id_
            and ent.text not in blocked
            and (
                (
                    ent.label_ == "ORG"
                    and (
                        (root.dep_ == "conj" and root.head.i in places)
                        or (
                            root.dep_ == "pobj"
                            and root.head.lower_ in LOCATIVES
                            and root.head.head.pos_ in {"NOUN", "PROPN"}
                        )
                    )
                )
                or _one_word_place(ent)
            )
        ):
            ent = Span(ent.doc, ent.start, ent.end, "GPE")
            made.add(ent.text)
        if ent.label_ in {"GPE", "LOC", "FAC"}:
            places.add(root.i)
        relabelled.append(ent)
    taken = {index for ent in ents for index in range(ent.start, ent.end)}
    for span in untagged:
        if span.text not in blocked and span.start not in taken:
            relabelled.append(span)
            made.add(span.text)
    return [
        Span(ent.doc, ent.start, ent.end, "GPE")
        if ent.label_ == "PRODUCT" and ent.text in made
        else ent
        for ent in relabelled
    ]


def _one_word_place(ent: Span) -> bool:
    """Whether a one-word PRODUCT or ORG is the object of a locative (step 4)."""
    if len(ent) != 1 or ent[0].pos_ != "PROPN" or ent.label_ not in {"PRODUCT", "ORG"}:
        return False
    preposition = _locative(ent.root)
    if preposition is None:
        return False
    allowed = PRODUCT_LOCATIVES if ent.label_ == "PRODUCT" else SPATIAL
    return preposition == "of" or preposition in allowed


def _locative(token: Token) -> str | None:
    """The preposition that makes `token` a place ("near", "in", "of" after "coast"), or None.

    A conjunct shares the preposition of the first one ("at Latakia and Tartus").
    """
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "pobj":
        return None
    preposition = token.head.lower_
    if preposition == "of":
        return "of" if token.head.head.lower_ in AREA_NOUNS else None
    return preposition if preposition in LOCATIVES or preposition in SPATIAL else None


def _extend_persons(
    doc: Doc, ents: list[Span], in_title: set[int], max_name_words: int
) -> list[Span]:
    """Extend PERSONs over the untagged title-case proper nouns that follow them (step 3)."""
    if not any(ent.label_ == "PERSON" for ent in ents):
        return ents
    taken = {index for ent in ents for index in range(ent.start, ent.end)}
    known = _known_words()
    extended = []
    for ent in ents:
        end = ent.end
        if ent.label_ == "PERSON" and not ent.id_:
            while (
                end < len(doc)
                and end - ent.start < max_name_words
                and doc[end - 1].whitespace_ == " "
                and end not in taken
                and end not in in_title
                and _name_word(doc[end], known)
                and not _opens_country_initials(doc, end)
            ):
                end += 1
        extended.append(ent if end == ent.end else Span(doc, ent.start, end, "PERSON"))
    return extended


def _opens_country_initials(doc: Doc, index: int) -> bool:
    """Whether a country's initials start at `index` ("U. S." in "Regina Benjamin U. S.")."""
    return any(
        is_country_initials(doc[index:end].text)
        for end in range(index + 1, min(index + MAX_INITIALS_TOKENS, len(doc)) + 1)
    )


def _name_word(token: Token, known: frozenset[str]) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not token.is_stop
        and token.text not in known
        and token.lower_ not in NOT_NAME_WORDS
        and token.lower_.rstrip(".") not in HONORIFICS
        and not is_common_in_article(token)
    )


@functools.cache
def _known_words() -> frozenset[str]:
    """Gazetteer names (places, demonyms, organisations) and one-word titles, as written."""
    gazetteer = load_gazetteer()
    titles = {word for title in gazetteer.titles for word in title.split()}
    titles |= {title[:1].upper() + title[1:] for title in titles}
    return frozenset(
        [
            *gazetteer.countries,
            *gazetteer.demonyms,
            *gazetteer.capitals,
            *gazetteer.seats,
            *gazetteer.organizations,
            *titles,
        ]
    )


def _propagate(doc: Doc, ents: list[Span], in_title: set[int]) -> list[Span]:
    """New PERSON spans for untagged repeats of a person's last name (with its particle).

    The span reaches back over the words before the last name that continue the same person's
    name ("Duarte Vaz" after "Helena Duarte Vaz"), replacing a shorter repeat it covers ("Xi"
    then "Xi Jinping" when both "President Xi" and "Xi Jinping" are named).
    """
    names: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
    for ent in ents:
        if ent.label_ == "PERSON":
            names[doc[ent.end - 1].text].add(tuple(token.text for token in ent))
    if not names:
        return []
    taken = {index for ent in ents for index in range(ent.start, ent.end)}

    def free(index: int) -> bool:
        return index >= 0 and index not in taken and index not in in_title

    found: list[Span] = []
    for token in doc:
        if (
            token.text in names
            and token.i not in taken
            and token.i not in in_title
            and not token.is_stop
            and token.pos_ == "PROPN"
        ):
            start = token.i
            for words in names[token.text]:
                first = token.i
                for word in reversed(words[:-1]):
                    if not (free(first - 1) and doc[first - 1].text == word):
                        break
                    first -= 1
                start = min(start, first)
            if free(start - 1) and doc[start - 1].lower_ in LINKING_PARTICLES:
                start -= 1
            while found and found[-1].end > start:
                found.pop()
            found.append(Span(doc, start, token.i + 1, "PERSON"))
    return found


COMPONENT = Component(
    name="rashomon_entities",
    factory=make_entity_repairer,
    default_config={"max_name_words": 5},
    requires=("doc.ents", "doc.spans"),
    assigns=("doc.ents",),
)
