"""The terminal summary stays readable in an 80-column terminal."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from rich.console import Console

from rashomon.records import Actor, Analysis
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
    lines = _render(Analysis(articles=(article,), actors=(person, council)), width=80)
    header = next(line for line in lines if line.lstrip().startswith("actor"))
    assert header.split() == ["actor", "kind", "mentions", "affiliation", "aliases"]
    row = next(line for line in lines if " person " in line)
    assert row.lstrip().startswith("Ilya Vladimirovich")
    assert " 40 " in row
    assert "Northern Rivers" in row
    assert COUNCIL not in row, "a long affiliation is clipped"
    assert all(len(line) <= 80 for line in lines)


def test_every_article_column_shows_at_80_columns(make_article: ArticleFactory) -> None:
    article = make_article("The council met on Tuesday and argued about the harbour budget.")
    titled = replace(
        article,
        outlet="The Northern Rivers Gazette and Evening Chronicle",
        author="Margarethe Vostrikova-Lindqvist",
        title="Council argues for six hours about the harbour budget and agrees on nothing",
        word_count=11,
    )
    lines = _render(Analysis(articles=(titled,)), width=80)
    header = next(line for line in lines if line.lstrip().startswith("outlet"))
    assert header.split() == ["outlet", "author", "published", "genre", "words", "title"]
    row = next(line for line in lines if "Council" in line)
    assert " 11 " in row, "the word count"
    assert all(len(line) <= 80 for line in lines)


def test_a_wide_terminal_shows_whole_cells(make_article: ArticleFactory) -> None:
    council = Actor("r_council", COUNCIL, "organization", (COUNCIL,), None, None, 1)
    person = Actor(
        "r_person", "Ilya Vostrikov", "person", ("Ilya Vostrikov",), "r_council", None, 2
    )
    lines = _render(Analysis(actors=(person, council)), width=200)
    row = next(line for line in lines if " person " in line)
    assert COUNCIL in row


def test_a_long_run_lists_the_first_articles_and_counts_the_rest(
    make_article: ArticleFactory,
) -> None:
    articles = tuple(
        replace(make_article(f"Story number {n} about the harbour.", f"s{n}.txt"), title=f"T{n}")
        for n in range(25)
    )
    lines = _render(Analysis(articles=articles), width=120)
    titles = [line.split()[-1] for line in lines if line.split() and line.split()[-1][:1] == "T"]
    assert titles == [f"T{n}" for n in range(20)]
    assert "… and 5 more articles (every one is in the report and the JSON)" in lines
