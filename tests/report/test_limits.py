"""Large analyses: the matrix and the actors table show the top actors and name the rest."""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser

import pytest

from rashomon.records import Analysis
from rashomon.report import render_report
from rashomon.report.context import build_context
from rashomon.report.limits import LIMITS, MATRIX_ACTORS, TABLE_ACTORS, Limits

from .conftest import PAYLOAD, crowd


class _Tables(HTMLParser):
    """Collects the actor names of each table's rows, the notes and the listed other actors."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: dict[str, list[str]] = {}
        self.notes: list[str] = []
        self.others: list[str] = []
        self._table = ""
        self._into: list[str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "table":
            self._table = classes[0] if classes else ""
        if tag == "button" and self._table:
            self._into, self._text = self.rows.setdefault(self._table, []), []
        if tag == "p" and "more" in classes:
            self._into, self._text = self.notes, []
        if tag == "li" and self._table == "others":
            self._into, self._text = self.others, []
        if tag == "details" and "others" in classes:
            self._table = "others"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("button", "p", "li") and self._into is not None:
            self._into.append("".join(self._text))
            self._into = None
        if tag in ("table", "details"):
            self._table = ""

    def handle_data(self, data: str) -> None:
        if self._into is not None:
            self._text.append(data)


def _tables(analysis: Analysis, limits: Limits = LIMITS) -> _Tables:
    tables = _Tables()
    tables.feed(render_report(analysis, limits=limits))
    return tables


@pytest.fixture(scope="module")
def large() -> Analysis:
    """400 articles naming 2,404 actors, far more than either cap."""
    return crowd(400)


def test_matrix_has_a_row_for_exactly_the_top_actors_and_counts_the_rest(large: Analysis) -> None:
    ranked = build_context(large).actors
    tables = _tables(large)
    assert tables.rows["matrix"] == [actor.name for actor in ranked[:MATRIX_ACTORS]]
    rest = ranked[MATRIX_ACTORS:]
    note = next(note for note in tables.notes if "coverage" in note)
    assert f"Rows for the {MATRIX_ACTORS} most mentioned of {len(ranked):,} actors" in note
    assert f"The other {len(rest):,} ({sum(a.mentions for a in rest):,} mentions in all)" in note
    assert "analysis.json" in note
    assert "--db" in note


def test_actors_table_has_rows_for_the_top_actors_and_lists_every_other(large: Analysis) -> None:
    ranked = build_context(large).actors
    tables = _tables(large)
    assert tables.rows["actors"] == [actor.name for actor in ranked[:TABLE_ACTORS]]
    assert tables.others == [f"{actor.name} ({actor.mentions})" for actor in ranked[TABLE_ACTORS:]]
    note = next(note for note in tables.notes if "actors list" in note)
    assert f"the other {len(ranked) - TABLE_ACTORS:,}" in note


def test_limits_of_none_show_every_actor_and_no_note(analysis: Analysis) -> None:
    large = crowd(40)
    tables = _tables(large, Limits(matrix_actors=None, table_actors=None))
    assert len(tables.rows["matrix"]) == len(tables.rows["actors"]) == len(large.actors)
    assert tables.notes == tables.others == []
    assert _tables(analysis).notes == []


def test_names_left_out_of_the_table_stay_escaped(hostile: Analysis) -> None:
    renamed = tuple(replace(actor, name=f"{actor.name} {PAYLOAD}") for actor in hostile.actors)
    html = render_report(replace(hostile, actors=renamed), limits=Limits(1, 1))
    assert "<script>window.__xss" not in html
    others = html[html.index('<details class="others">') :]
    others = others[: others.index("</details>")]
    names = re.findall(r"<li>(.*?)</li>", others)
    assert len(names) == len(hostile.actors) - 1
    assert all(PAYLOAD in unescape(name) and "&lt;script&gt;" in name for name in names)
