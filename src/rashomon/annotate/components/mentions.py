"""Component `rashomon_mentions`: actor mentions with their kind, name, titles and affiliation.

Writes `doc._.rashomon_mentions`, a list of `DocMention` (one per entity that denotes an actor,
in text order). A capital or seat of government is its state where it acts (`acts`: "Moscow
condemned", "the Kremlin said"), else a place ("a rally in Paris", "outside the Kremlin").
Dates, numbers, money, events and other non-actor entities are skipped (so is a month or day
the model calls a body or a place: "Sept"), and so are NORP adjectives that are not demonyms
("Baathist"); plural NORPs ("Kurds") are groups. A product (a vehicle, a ship, a weapon: "Toyota
Camry", "AK-47") is an actor of kind "other", unless it is one word that is plural or that the
article writes in lower case and never as a name (the model calls "Philosophers", a team's
"Broncos" and "Family" products), a given name, or a sentence's first word. A "person" with a
digit in its name ("COVID-19") is no actor.

A person's titles and affiliation come from the words around the name:
- before it: "Russian President Vladimir Putin", "US Secretary of State Rex Tillerson",
  "his Russian counterpart Sergei Lavrov", "Russia’s foreign minister Sergei Lavrov",
  "the EU fisheries commissioner, Annelie Brandt";
- after it: "Annelie Brandt of the European Commission", "Jane Roe, director of the Forum",
  "Sergei Lavrov, Russia’s foreign minister", "Alexei Khlebnikov, Russian International
  Council for Foreign Affairs,"; but not the titles of the next person in a list ("Donald
  Trump, Sen. Marco Rubio");
- an interview speaker header ("Name, Organisation:"), from `rashomon_speaker_headers`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from rashomon.annotate.casing import is_common_in_article
from rashomon.annotate.component import Component
from rashomon.annotate.components.speaker_headers import AFFILIATIONS_ATTR
from rashomon.annotate.components.titles import TITLES_KEY
from rashomon.annotate.labels import ACTING_DEPENDENCIES, PLACE_LABELS, PLURAL_TAGS
from rashomon.annotate.vessels import VESSEL
from rashomon.lexicon.gazetteer import country_name, load_gazetteer
from rashomon.lexicon.grammar import AFFILIATION_DETERMINERS, POSSESSIVES
from rashomon.lexicon.names import clean_name, fold, is_first_name
from rashomon.lexicon.words import word_list
from rashomon.records import ActorKind, Affiliation, MentionCandidate

MENTIONS_ATTR = "rashomon_mentions"
GROUP_WORDS = word_list("group_words")
ROLE_WORDS = word_list("role_words")
AFFILIATE_KINDS = frozenset({"state", "organization", "group"})
ACTING_PREPOSITIONS = frozenset({"by", "with", "against", "between"})
GOVERNMENT_NOUNS = word_list("government_nouns")
MONTHS_AND_DAYS = word_list("months_and_days")


@dataclass(frozen=True, slots=True)
class DocMention:
    """An actor mention still tied to its `Doc` (made a record by `export_mentions`)."""

    span: Span
    kind: ActorKind
    name: str
    country: str | None
    titles: tuple[str, ...] = ()
    affiliation: Affiliation | None = None


def make_mention_finder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component is stateless: `find_mentions` itself."""
    return find_mentions


def find_mentions(doc: Doc) -> Doc:
    """Describe every actor entity of `doc` and store the list in `doc._.rashomon_mentions`."""
    context = _Context(doc)
    mentions = []
    for ent in doc.ents:
        described = describe(ent)
        if described is None:
            continue
        kind, name, country = described
        if kind == "person":
            titles, affiliation = context.roles(ent)
            mentions.append(DocMention(ent, kind, name, country, titles, affiliation))
        else:
            mentions.append(DocMention(ent, kind, name, country))
    setattr(doc._, MENTIONS_ATTR, mentions)
    return doc


def describe(ent: Span) -> tuple[ActorKind, str, str | None] | None:
    """(kind, name, country code) of the actor `ent` denotes, or None if it is no actor."""
    if ent.id_:
        prefix, _, value = ent.id_.partition(":")
        if prefix == "state" or (prefix == "seat" and acts(ent)):
            return "state", country_name(value), value
        if prefix == "seat":
            return "location", clean_name(ent.text), value
        if prefix == VESSEL:
            return "other", value, None
        return ("group" if prefix == "group" else "organization"), value, None
    name = clean_name(ent.text)
    if not name:
        return None
    if ent.label_ != "PERSON" and fold(name).rstrip(".") in MONTHS_AND_DAYS:
        return None
    if ent.label_ == "PERSON":
        return None if any(char.isdigit() for char in name) else ("person", name, None)
    if ent.label_ in PLACE_LABELS:
        return "location", name, None
    if ent.label_ == "ORG":
        country = load_gazetteer().country_code(ent[0].text)
        if ent[-1].text in GROUP_WORDS:
            return "group", name, country
        return "organization", name, country
    if ent.label_ == "NORP" and ent[-1].tag_ in PLURAL_TAGS:
        return "group", name, None
    if ent.label_ == "PRODUCT" and _names_product(ent):
        return "other", name, None
    return None


def _names_product(ent: Span) -> bool:
    """Whether a PRODUCT names one: not one word that is plural, a common word of its article
    (`Casing.common`), a given name ("Helena") or capitalised only as its sentence's first word
    ("Debt", "Agenda")."""
    if len(ent) > 1:
        return True
    common = is_common_in_article(ent)
    opening = ent[0].is_sent_start or ent[0].i == 0 or "\n" in ent.doc[ent[0].i - 1].text
    given = is_first_name(fold(ent.text))
    return not (common or opening or given) and ent[0].tag_ not in PLURAL_TAGS


def acts(ent: Span) -> bool:
    """Whether a capital or seat of government acts, and so stands for its state ("Moscow",
    "the Kremlin"): the subject or object of a verb
    ("Moscow condemned", "sanctions that hit Moscow"), a possessor ("Moscow's goal"), the object
    of "by", "with" or "against" ("talks with Moscow") or of "to" or "for" after an adjective
    ("important to Tehran"), or a word before a government noun ("the Moscow government"); not
    a place named ("a rally in Paris", "flights to Moscow")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ACTING_DEPENDENCIES:
        return True
    if root.dep_ == "pobj":
        preposition = root.head
        to_someone = preposition.lower_ in {"to", "for"} and preposition.head.pos_ == "ADJ"
        return preposition.lower_ in ACTING_PREPOSITIONS or to_someone
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.lower_ in GOVERNMENT_NOUNS


class _Context:
    """Indexes of one document's entities and titles, for reading the words around a name."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_start = {ent.start: ent for ent in doc.ents}
        self.by_end = {ent.end: ent for ent in doc.ents}
        titles = doc.spans.get(TITLES_KEY, [])
        self.title_by_start = {span.start: span for span in titles}
        self.title_by_end = {span.end: span for span in titles}
        self.headers: dict[int, tuple[int, int]] = getattr(doc._, AFFILIATIONS_ATTR) or {}

    def roles(self, person: Span) -> tuple[tuple[str, ...], Affiliation | None]:
        """Titles and affiliation the text gives `person` (see the module docstring)."""
        header = self.headers.get(person.start)
        before_titles, before = self._before(person.start)
        after_titles, after = self._after(person.end)
        titles = tuple(dict.fromkeys(before_titles + after_titles))
        organization = self.by_start.get(header[0]) if header is not None else None
        if organization is not None:
            return titles, _affiliation(organization)
        return titles, before or after

    def _before(self, index: int) -> tuple[list[str], Affiliation | None]:
        doc = self.doc
        i = index - 1
        comma = i >= 0 and doc[i].text == ","
        if comma:
            i -= 1
        titles: list[str] = []
        roles = 0
        while i >= 0:
            if i + 1 in self.title_by_end:
                title = self.title_by_end[i + 1]
                titles.insert(0, title.label_)
                i = title.start - 1
            elif doc[i].lower_ in ROLE_WORDS:
                i -= 1
            else:
                break
            roles += 1
        if roles == 0:
            return [], None
        if i >= 0 and doc[i].text in POSSESSIVES:
            i -= 1
        ent = self.by_end.get(i + 1)
        return titles, (_affiliation(ent) if ent is not None else None)

    def _after(self, index: int) -> tuple[list[str], Affiliation | None]:
        doc = self.doc
        size = len(doc)
        if index < size and doc[index].lower_ == "of":
            return [], self._entity_at(index + 1)
        if index >= size or doc[index].text != ",":
            return [], None
        i = self._skip_determiner(index + 1)
        owner = self.by_start.get(i)
        if owner is not None:
            i = owner.end
            if i < size and doc[i].text in POSSESSIVES:
                i += 1
            elif i >= size or doc[i].is_punct:
                found = _affiliation(owner)
                return [], found if found is not None and found.kind != "state" else None
        titles: list[str] = []
        roles = 0
        while i < size:
            if i in self.title_by_start:
                title = self.title_by_start[i]
                titles.append(title.label_)
                i = title.end
            elif doc[i].lower_ in ROLE_WORDS:
                i += 1
            else:
                break
            roles += 1
        if roles == 0:
            return [], None
        following = self.by_start.get(i)
        if following is not None and following.label_ == "PERSON":
            return [], None  # a list: "Donald Trump, Sen. Marco Rubio": the titles are Rubio's
        if owner is None and i < size and doc[i].lower_ in {"of", "at", "for"}:
            return titles, self._entity_at(i + 1)
        return titles, (_affiliation(owner) if owner is not None else None)

    def _entity_at(self, index: int) -> Affiliation | None:
        ent = self.by_start.get(self._skip_determiner(index))
        return _affiliation(ent) if ent is not None else None

    def _skip_determiner(self, index: int) -> int:
        if index < len(self.doc) and self.doc[index].lower_ in AFFILIATION_DETERMINERS:
            return index + 1
        return index


def _affiliation(span: Span) -> Affiliation | None:
    """The span as an affiliation, if it denotes a state, an organisation or a group."""
    described = describe(span)
    if described is None or described[0] not in AFFILIATE_KINDS:
        return None
    kind, name, country = described
    return Affiliation(name, kind, country)


def export_mentions(doc: Doc) -> dict[str, tuple[MentionCandidate, ...]]:
    """`doc._.rashomon_mentions` as stand-off records with character offsets."""
    found: list[DocMention] = getattr(doc._, MENTIONS_ATTR) or []
    return {"mentions": tuple(_candidate(mention) for mention in found)}


def _candidate(mention: DocMention) -> MentionCandidate:
    span = mention.span
    sentence = span.sent
    return MentionCandidate(
        span=(span.start_char, span.end_char),
        text=span.text,
        sentence=(sentence.start_char, sentence.end_char),
        kind=mention.kind,
        name=mention.name,
        label=span.label_,
        country=mention.country,
        titles=mention.titles,
        affiliation=mention.affiliation,
        definite=_definite(span),
    )


def _definite(span: Span) -> bool:
    """Whether "the" opens or precedes the name ("the Senate"), as it never does a person's."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ == "the" or (before is not None and before.lower_ == "the")


COMPONENT = Component(
    name="rashomon_mentions",
    factory=make_mention_finder,
    requires=("doc.ents", "doc.sents", "doc.spans"),
    assigns=(f"doc._.{MENTIONS_ATTR}",),
    extensions=(MENTIONS_ATTR,),
    export=export_mentions,
)
