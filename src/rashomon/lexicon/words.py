"""Word lists kept as data files in `lexicon/data/`: one entry per line, `#` starts a comment."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of the packaged data file `name`, in file order."""
    text = resources.files("rashomon.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of `data/<name>.txt` as a set (spelling kept as written)."""
    return frozenset(line.strip() for line in data_lines(f"{name}.txt"))


@cache
def sorted_words(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>.txt` in file order (for patterns that must be stable)."""
    return tuple(line.strip() for line in data_lines(f"{name}.txt"))
