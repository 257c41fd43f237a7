"""Character ranges of a text, sorted, for asking quickly whether an offset or a span is inside."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator


class Ranges:
    """Non-overlapping [start, end) character ranges."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [start for start, _ in self._ranges]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._ranges)

    def _at(self, offset: int) -> tuple[int, int] | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        return self._ranges[index] if index >= 0 else None

    def inside(self, offset: int) -> bool:
        """Whether `offset` falls inside one of the ranges."""
        found = self._at(offset)
        return found is not None and found[0] <= offset < found[1]

    def covers(self, span: tuple[int, int]) -> bool:
        """Whether `span` lies inside one of the ranges."""
        found = self._at(span[0])
        return found is not None and found[0] <= span[0] and span[1] <= found[1]

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether `span` shares a character with one of the ranges."""
        index = bisect.bisect_left(self._starts, span[1]) - 1
        return index >= 0 and self._ranges[index][1] > span[0] and span[1] > span[0]
