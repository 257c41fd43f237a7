"""The only bridge from spaCy `Doc`s to records: each component's exporter fills its fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.registry import COMPONENTS
from rashomon.lexicon.names import clean_name
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
    article_id: str, pieces: Sequence[tuple[int | None, ArticleAnnotation]]
) -> ArticleAnnotation:
    """One article's annotation from those of its pieces: each piece of the text with its start
    offset, the title with None (its records are marked as the title's, title first)."""
    if len(pieces) == 1 and pieces[0][0] == 0:
        return pieces[0][1]
    moved = [
        in_title(annotation) if offset is None else shift_spans(annotation, offset)
        for offset, annotation in pieces
    ]
    lists = {
        field.name: tuple(item for piece in moved for item in getattr(piece, field.name))
        for field in dataclasses.fields(ArticleAnnotation)
        if field.name != "article_id"
    }
    return ArticleAnnotation(article_id, **lists)


def in_title(annotation: ArticleAnnotation) -> ArticleAnnotation:
    """The annotation with every record that says where it points marked as the title's."""
    changes: dict[str, Any] = {
        field.name: tuple(_titled(item) for item in getattr(annotation, field.name))
        for field in dataclasses.fields(ArticleAnnotation)
        if field.name != "article_id"
    }
    return dataclasses.replace(annotation, **changes)


def _titled(item: Any) -> Any:
    return dataclasses.replace(item, field="title") if hasattr(item, "field") else item


def with_texts_of(annotation: ArticleAnnotation, original: str) -> ArticleAnnotation:
    """The annotation with each record's `text` read from `original` at its `span` again.

    The model may have read a headline in sentence case; the records keep the words as written.
    """
    changes: dict[str, Any] = {
        field.name: tuple(_with_text(item, original) for item in getattr(annotation, field.name))
        for field in dataclasses.fields(ArticleAnnotation)
        if field.name != "article_id"
    }
    return dataclasses.replace(annotation, **changes)


def _with_text(item: Any, original: str) -> Any:
    """The record with its text as written; a name made from the text is made again."""
    if not (hasattr(item, "span") and hasattr(item, "text")):
        return item
    text = original[item.span[0] : item.span[1]]
    if text == item.text:
        return item
    changes = {"text": text}
    name = getattr(item, "name", None)
    if name is not None and name == clean_name(item.text):
        changes["name"] = clean_name(text)
    return dataclasses.replace(item, **changes)
