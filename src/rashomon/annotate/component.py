"""How a per-article annotator is declared: a spaCy component with its config and its exporter.

A component module declares one `Component`: its spaCy factory, the config it takes (with
defaults), what it requires and assigns on the `Doc`, and, when it produces records, its exporter
(the function that turns its `Doc` annotations into fields of `ArticleAnnotation`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

Exporter = Callable[[Doc], Mapping[str, tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class Component:
    """One rashomon spaCy component.

    `factory(nlp, name, **config)` builds it; `extensions` are the `Doc._` attributes it
    writes; `export(doc)` returns the `ArticleAnnotation` fields it fills (None for components
    that only prepare the `Doc` for later ones).
    """

    name: str
    factory: Callable[..., Callable[[Doc], Doc]]
    default_config: Mapping[str, Any] = field(default_factory=dict)
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    extensions: tuple[str, ...] = ()
    export: Exporter | None = None
