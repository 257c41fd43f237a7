"""Split an article's text into paragraphs of plain and marked segments, from mention offsets.

Segments carry raw text; the template escapes every one of them, so nothing in an article can
become markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rashomon.records import Actor, Mention

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text; `key` is set when the run is a mention (the page key of its actor),
    `title` when the run calls the actor other than by its name (then it is the name)."""

    text: str
    key: str | None = None
    title: str | None = None


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Return [start, end) offsets of the paragraphs of `text` (split on blank lines, trimmed)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for separator in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = len(text) if separator is None else separator.start()
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            first = start + len(chunk) - len(chunk.lstrip())
            bounds.append((first, first + len(stripped)))
        if separator is not None:
            start = separator.end()
    return bounds


def usable_mentions(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """Return mentions with in-range spans, earliest first, dropping any that overlap a kept one."""
    valid = [m for m in mentions if 0 <= m.span[0] < m.span[1] <= len(text)]
    kept: list[Mention] = []
    for mention in sorted(valid, key=lambda m: (m.span[0], -m.span[1])):
        if not kept or mention.span[0] >= kept[-1].span[1]:
            kept.append(mention)
    return kept


def highlight(
    text: str, mentions: Iterable[Mention], actors: Mapping[str, Actor], keys: Mapping[str, str]
) -> list[list[Segment]]:
    """Return the paragraphs of `text`, each a list of segments with mentions marked.

    `keys` maps actor ids to page keys; a mention of an actor without one is keyed by its actor
    id. A mention that crosses a paragraph break is left unmarked.
    """
    marks = usable_mentions(text, mentions)
    return [
        _segments(text, start, end, marks, actors, keys) for start, end in paragraph_bounds(text)
    ]


def _segments(
    text: str,
    start: int,
    end: int,
    marks: Sequence[Mention],
    actors: Mapping[str, Actor],
    keys: Mapping[str, str],
) -> list[Segment]:
    segments: list[Segment] = []
    cursor = start
    for mention in marks:
        first, last = mention.span
        if first < start or last > end:
            continue
        if first > cursor:
            segments.append(Segment(text[cursor:first]))
        run = text[first:last]
        actor = actors.get(mention.actor)
        title = actor.name if actor and actor.name.casefold() != run.casefold() else None
        segments.append(Segment(run, keys.get(mention.actor, mention.actor), title))
        cursor = last
    if cursor < end:
        segments.append(Segment(text[cursor:end]))
    return segments
