"""Records passed between the ingest modules: metadata, a draft article, and an input problem."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from rashomon.errors import Reason
from rashomon.records import Rejected


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


class InputError(Exception):
    """Bad input data found inside ingest; it becomes a `Rejected`, never reaches the caller."""

    def __init__(self, code: Reason, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def rejected(self, source: str) -> Rejected:
        """Return the `Rejected` record for `source`, with a one-line reason."""
        return Rejected(input=source, reason=one_line(self.reason), code=str(self.code))


MAX_REASON = 200


def one_line(text: str) -> str:
    """Collapse `text` to one short line (reasons must not span lines or quote whole inputs)."""
    line = " ".join(text.split())
    return line if len(line) <= MAX_REASON else line[: MAX_REASON - 1] + "…"
