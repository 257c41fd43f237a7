"""The only bridge from spaCy `Doc`s to records: each component's exporter fills its fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.registry import COMPONENTS
from rashomon.records import ArticleAnnotation
from rashomon.records.spans import shift_spans


def export_annotation(article_id: str, doc: Doc, nlp: Language) -> ArticleAnnotation:
    """The `ArticleAnnotation` of one annotated `doc`, from the exporters of `nlp`'s components."""
    fields: dict[str, Any] = {}
    for name in nlp.pipe_names:
        component = COMPONENTS.get(name)
        if component is not None and component.export is not None:
            fields.update(component.export(doc))
    return ArticleAnnotation(article_id, **fields)


def join_pieces(
    article_id: str, pieces: Sequence[tuple[int, ArticleAnnotation]]
) -> ArticleAnnotation:
    """One article's annotation from those of its pieces (each with its start offset)."""
    if len(pieces) == 1 and pieces[0][0] == 0:
        return pieces[0][1]
    moved = [shift_spans(annotation, offset) for offset, annotation in pieces]
    lists = {
        field.name: tuple(item for piece in moved for item in getattr(piece, field.name))
        for field in dataclasses.fields(ArticleAnnotation)
        if field.name != "article_id"
    }
    return ArticleAnnotation(article_id, **lists)
