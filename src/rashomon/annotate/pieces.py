"""Long texts cut into pieces the annotator accepts, at paragraph breaks where it can.

spaCy refuses texts over `nlp.max_length` characters (E088), and its memory grows with a
document's length (a 950 KB article took 3.2 GB). A text longer than `size` is cut into pieces of
at most `size` characters: after a blank line when one falls in the second half of the piece,
else after a sentence end (". ", "? ", "! "), else after a space, else exactly at `size`. Each
piece keeps its start offset, so records made from it can be moved back into the whole text.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s")


def cut_pieces(text: str, size: int) -> list[tuple[int, str]]:
    """(start offset, piece) for each piece of `text`; one piece when it is short enough."""
    if len(text) <= size:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            end = _break(text, start, end)
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _break(text: str, start: int, end: int) -> int:
    """The best place to end a piece that starts at `start` and may run to `end`."""
    half = start + (end - start) // 2
    paragraph = text.rfind("\n\n", half, end)
    if paragraph != -1:
        return paragraph + 2
    sentences = [match.end() for match in _SENTENCE_END.finditer(text, half, end)]
    if sentences:
        return sentences[-1]
    space = text.rfind(" ", half, end)
    return space + 1 if space != -1 else end
