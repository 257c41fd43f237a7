"""How the long stages report progress; the CLI implements it with rich."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Tick = Callable[[str], None]


class Progress(Protocol):
    """Receives progress from the long stages."""

    def start(self, stage: str, total: int | None) -> Tick:
        """Begin `stage` with `total` items (None when unknown); return the per-item callback."""
        ...


def ticker(progress: Progress | None, stage: str, total: int | None) -> Tick:
    """The per-item callback of `stage`, or one that does nothing without a `progress`."""
    return progress.start(stage, total) if progress is not None else _ignore


def _ignore(_item: str) -> None:
    """No progress to report to."""
