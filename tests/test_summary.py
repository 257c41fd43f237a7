"""The terminal summary stays readable in an 80-column terminal."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from rashomon.schema import Actor, Analysis
from rashomon.summary import print_summary

from .conftest import ArticleFactory

COUNCIL = "Northern Rivers Council for Strategic and International Affairs"


def _render(analysis: Analysis, width: int) -> list[str]:
    buffer = io.StringIO()
    print_summary(Console(width=width, file=buffer, color_system=None), analysis, Path("out"))
    return [line.rstrip() for line in buffer.getvalue().splitlines()]


def test_actor_names_and_counts_survive_a_long_affiliation(make_article: ArticleFactory) -> None:
    article = make_article("Ilya Vostrikov spoke for the council.")
    council = Actor("r_council", COUNCIL, "organization", (COUNCIL,), None, None, 1)
    person = Actor(
        "r_person",
        "Ilya Vladimirovich Vostrikov",
        "person",
        ("Ilya Vladimirovich Vostrikov", "Vostrikov", "Ilya Vostrikov"),
        "r_council",
        None,
        40,
    )
    lines = _render(Analysis(articles=[article], actors=[person, council]), width=80)
    header = next(line for line in lines if line.lstrip().startswith("actor"))
    assert header.split() == ["actor", "kind", "mentions", "affiliation", "also", "called"]
    row = next(line for line in lines if " person " in line)
    assert row.lstrip().startswith("Ilya Vladimirovich")
    assert " 40 " in row
    assert "Northern Rivers" in row
    assert COUNCIL not in row, "a long affiliation is clipped"
    assert all(len(line) <= 80 for line in lines)
