"""Every per-article annotator, registered with spaCy in one explicit call.

`Settings.components` says which run and in which order; `Settings.component_config` overrides
their config. A new annotator is one module under `components/` declaring a `Component`, plus
its line here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.component import Component
from rashomon.annotate.components import (
    entities,
    facts,
    gazetteer,
    mentions,
    name_edges,
    quotes,
    speaker_headers,
    titles,
)

COMPONENTS: dict[str, Component] = {
    component.name: component
    for component in (
        gazetteer.COMPONENT,
        titles.COMPONENT,
        speaker_headers.COMPONENT,
        name_edges.COMPONENT,
        entities.COMPONENT,
        mentions.COMPONENT,
        quotes.COMPONENT,
        facts.COMPONENT,
    )
}


def register_components() -> None:
    """Register every component and its `Doc._` attributes with spaCy (again is harmless)."""
    for component in COMPONENTS.values():
        for extension in component.extensions:
            if not Doc.has_extension(extension):
                Doc.set_extension(extension, default=None)
        Language.factory(
            component.name,
            default_config=dict(component.default_config),
            requires=list(component.requires),
            assigns=list(component.assigns),
            func=component.factory,
        )
