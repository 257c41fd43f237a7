"""The only bridge from spaCy `Doc`s to records: each component's exporter fills its fields."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.registry import COMPONENTS
from rashomon.records import ArticleAnnotation


def export_annotation(article_id: str, doc: Doc, nlp: Language) -> ArticleAnnotation:
    """The `ArticleAnnotation` of one annotated `doc`, from the exporters of `nlp`'s components."""
    fields: dict[str, Any] = {}
    for name in nlp.pipe_names:
        component = COMPONENTS.get(name)
        if component is not None and component.export is not None:
            fields.update(component.export(doc))
    return ArticleAnnotation(article_id, **fields)
