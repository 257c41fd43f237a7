"""Component `rashomon_gazetteer`: countries, demonyms, capitals, known organisations as entities.

A spaCy `SpanRuler` over the lexicon's gazetteer. Each match becomes an entity whose `id_` says
what it denotes: "state:RUS" for "Russia" or "Russians"; "seat:RUS" for "Moscow" or "the
Kremlin", which stand for Russia only where they act (see the mentions component);
"organization:G7" or "group:Hezbollah" for known bodies. A match replaces the model's entities
that it covers (so "G7" is no longer a PRODUCT and "Kremlin" no longer an ORG), but never cuts
into a longer entity ("Russian" inside "Russian International Council for Foreign Affairs",
"Washington" inside "George Washington"): that is `prefer_longer_entities`, its `ents_filter`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Span
from spacy.util import filter_spans

from rashomon.annotate.component import Component
from rashomon.lexicon.gazetteer import Gazetteer, load_gazetteer
from rashomon.lexicon.grammar import is_the


def make_gazetteer(nlp: Language, name: str, phrase_matcher_attr: str) -> SpanRuler:
    """A span ruler writing `doc.ents`, loaded with every gazetteer name."""
    ruler = SpanRuler(
        nlp,
        name,
        spans_key=None,
        annotate_ents=True,
        ents_filter=prefer_longer_entities,
        phrase_matcher_attr=phrase_matcher_attr,
        scorer=None,
    )
    ruler.add_patterns(gazetteer_patterns(load_gazetteer()))
    return ruler


def gazetteer_patterns(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """One phrase pattern per surface form: its NER label and the actor it denotes as its id."""
    patterns: list[dict[str, Any]] = []
    for table, label, kind in (
        (gazetteer.countries, "GPE", "state"),
        (gazetteer.demonyms, "NORP", "state"),
        (gazetteer.capitals, "GPE", "seat"),
        (gazetteer.seats, "GPE", "seat"),
    ):
        for surface, code in table.items():
            patterns.append({"label": label, "pattern": surface, "id": f"{kind}:{code}"})
    for surface, (canonical, kind) in gazetteer.organizations.items():
        patterns.append({"label": "ORG", "pattern": surface, "id": f"{kind}:{canonical}"})
    return patterns


def prefer_longer_entities(entities: Iterable[Span], matches: Iterable[Span]) -> list[Span]:
    """The model's entities with the gazetteer matches laid over them (see the module docstring).

    Entities never overlap, so the only one that can hold a match is the one owning its first
    token: each match looks at its own tokens only.
    """
    kept: dict[int, Span] = {}
    owner: dict[int, Span] = {}

    def keep(ent: Span) -> None:
        kept[ent.start] = ent
        owner.update(dict.fromkeys(range(ent.start, ent.end), ent))

    for ent in entities:
        keep(ent)
    for span in filter_spans(matches):
        holder = owner.get(span.start)
        if holder is not None and _inside(span, holder):
            continue
        for overlapping in {owner[i] for i in range(span.start, span.end) if i in owner}:
            del kept[overlapping.start]
            for i in range(overlapping.start, overlapping.end):
                del owner[i]
        keep(span)
    return sorted(kept.values(), key=lambda ent: ent.start)


def _inside(span: Span, ent: Span) -> bool:
    """Whether `ent` (leading "the" aside) is longer than `span` and contains it."""
    start = ent.start + 1 if is_the(ent[0].text) else ent.start
    return start <= span.start and span.end <= ent.end and (ent.end - start) > len(span)


COMPONENT = Component(
    name="rashomon_gazetteer",
    factory=make_gazetteer,
    default_config={"phrase_matcher_attr": "ORTH"},
    requires=("doc.ents",),
    assigns=("doc.ents",),
)
