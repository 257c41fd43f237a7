"""Component `rashomon_speaker_headers`: interview speaker headers as entities.

A line that starts "Name, Organisation: …" or "Name: …" introduces a speaker in an interview.
The name becomes a PERSON entity (small models miss names in this position) and the
organisation an ORG entity (unless the model already tagged exactly that span). The link
between them is kept in `doc._.rashomon_header_affiliations` (person start token → the org
span's (start, end) tokens). A bare "Name:" counts only when the same name also heads a line
with an organisation, heads two or more lines, or is already a PERSON entity: "Note:" or
"Update:" are not speakers.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from rashomon.annotate.component import Component
from rashomon.lexicon.patterns import SPEAKER_HEADER

AFFILIATIONS_ATTR = "rashomon_header_affiliations"


def make_speaker_headers(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component is stateless: `speaker_headers` itself."""
    return speaker_headers


def speaker_headers(doc: Doc) -> Doc:
    """Tag interview speaker headers and link each speaker to the organisation named with it."""
    found = [match for match in SPEAKER_HEADER.finditer(doc.text) if not _possessive(match["name"])]
    affiliations: dict[int, tuple[int, int]] = {}
    setattr(doc._, AFFILIATIONS_ATTR, affiliations)
    if not found:
        return doc
    names = [match["name"] for match in found]
    with_org = {match["name"] for match in found if match["org"]}
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    new: list[Span] = []
    for match in found:
        name = match["name"]
        if not (match["org"] or name in with_org or names.count(name) > 1 or name in persons):
            continue
        person = doc.char_span(match.start("name"), match.end("name"), "PERSON")
        if person is None:
            continue
        new.append(person)
        if match["org"]:
            org = _org_span(doc, match.start("org"), match.end("org"))
            if org is not None:
                new.append(org)
                affiliations[person.start] = (org.start, org.end)
    kept = [ent for ent in doc.ents if not any(_overlap(ent, span) for span in new)]
    doc.ents = sorted(kept + new, key=lambda span: span.start)
    return doc


def _org_span(doc: Doc, start: int, end: int) -> Span | None:
    """The model's entity for the organisation if it tagged exactly that, else a new ORG span."""
    span = doc.char_span(start, end, "ORG", alignment_mode="expand")
    if span is None:
        return None
    for ent in doc.ents:
        if ent.start_char <= start and end <= ent.end_char and ent.label_ != "PERSON":
            return ent
    return span


def _overlap(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end


def _possessive(name: str) -> bool:
    return any(word.endswith(("’s", "'s")) for word in name.split())


COMPONENT = Component(
    name="rashomon_speaker_headers",
    factory=make_speaker_headers,
    requires=("doc.ents",),
    assigns=("doc.ents", f"doc._.{AFFILIATIONS_ATTR}"),
    extensions=(AFFILIATIONS_ATTR,),
)
