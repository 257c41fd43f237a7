"""Component `rashomon_gazetteer`: countries, demonyms, capitals, known organisations as entities.

Each match becomes an entity whose `kb_id_` says what it denotes: "state:RUS" for "Russia",
"Russians", "Moscow" or "the Kremlin"; "organization:G7" or "group:Hezbollah" for known bodies.
A match replaces the model's entities that it covers (so "G7" is no longer a PRODUCT and
"Kremlin" no longer an ORG), but never cuts into a longer entity ("Russian" inside "Russian
International Council for Foreign Affairs", "Washington" inside "George Washington").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rashomon.annotate.gazetteer import Gazetteer, load_gazetteer

DETERMINERS = frozenset({"the", "The"})


@Language.factory("rashomon_gazetteer", requires=["doc.ents"], assigns=["doc.ents"])
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """Build the component; the phrase patterns are compiled once, here."""
    return GazetteerRuler(nlp, load_gazetteer())


class GazetteerRuler:
    """Tag gazetteer names as entities with a `kb_id_` naming the actor they denote."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        entries: dict[str, list[str]] = {}
        for table, label in (
            (gazetteer.countries, "GPE"),
            (gazetteer.seats, "GPE"),
            (gazetteer.demonyms, "NORP"),
        ):
            for surface, code in table.items():
                entries.setdefault(f"{label}|state:{code}", []).append(surface)
        for surface, (canonical, kind) in gazetteer.organizations.items():
            entries.setdefault(f"ORG|{kind}:{canonical}", []).append(surface)
        for key, surfaces in entries.items():
            self.matcher.add(key, [nlp.make_doc(surface) for surface in surfaces])

    def __call__(self, doc: Doc) -> Doc:
        """Add or relabel gazetteer entities in `doc`."""
        found = []
        for match_id, start, end in self.matcher(doc):
            label, kb_id = doc.vocab.strings[match_id].split("|", 1)
            found.append(Span(doc, start, end, label=label, kb_id=kb_id))
        if not found:
            return doc
        kept = list(doc.ents)
        for span in filter_spans(found):
            if any(_inside(span, ent) for ent in kept):
                continue
            kept = [ent for ent in kept if ent.end <= span.start or ent.start >= span.end]
            kept.append(span)
        doc.ents = sorted(kept, key=lambda ent: ent.start)
        return doc


def _inside(span: Span, ent: Span) -> bool:
    """Whether `ent` (leading "the" aside) is longer than `span` and contains it."""
    start = ent.start + 1 if ent[0].text in DETERMINERS else ent.start
    return start <= span.start and span.end <= ent.end and (ent.end - start) > len(span)
