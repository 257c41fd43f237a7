"""Records passed between the ingest modules: metadata and a draft article."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True, slots=True)
class Meta:
    """Article metadata from one origin (JSONL fields, HTML tags, text lines, feed entries)."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    genre: str | None = None

    def fill(self, other: Meta) -> Meta:
        """Return this metadata with its missing fields taken from `other`."""
        values = {
            item.name: getattr(self, item.name) or getattr(other, item.name)
            for item in fields(Meta)
        }
        return Meta(**values)


@dataclass(frozen=True, slots=True)
class Draft:
    """Decoded content of one article before cleaning.

    `content` is plain text, or HTML markup when `markup` is true. `meta` holds metadata that the
    input states outright (it wins); `fallback` is used only where nothing else is found.
    """

    source: str
    content: str
    markup: bool = False
    meta: Meta = field(default_factory=Meta)
    fallback: Meta = field(default_factory=Meta)
