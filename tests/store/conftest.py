"""Invented analyses for the store tests (N short articles about an invented council vote),
and the stores read back as rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from rashomon.ids import actor_id, article_id
from rashomon.records import Actor, Analysis, Article, Coverage, Event, Mention, Rejected
from rashomon.records.codec import from_json, to_json
from rashomon.store import (
    analysis_tables,
    latest_run,
    read_parquet,
    stored_schemas,
    table_specs,
    write_duckdb,
    write_parquet,
)
from rashomon.store.runs import stored_key

MAYOR = actor_id("person", "Tomas Brel")
COUNCIL = actor_id("organization", "Ostmark Council")
PARTY = actor_id("organization", "Ostmark Green Party")

Build = Callable[..., Analysis]


def _article(number: int) -> Article:
    text = f"Tomas Brel asked the Ostmark Council for vote {number}. The council agreed."
    return Article(
        id=article_id(text),
        title=f"Vote {number}",
        outlet=f"Outlet {number}",
        author=None,
        published="2030-01-0" + str(number % 9 + 1),
        url=f"https://outlet{number}.example/vote",
        genre="news",
        language="en",
        text=text,
        source=f"vote{number}.txt",
        word_count=len(text.split()),
        boilerplate=(f"Photo {number}",),
    )


def _mentions(article: Article, mayor_id: str) -> list[Mention]:
    sentence = (0, article.text.index(".") + 1)
    mayor = article.text.index("Tomas Brel")
    council = article.text.index("Ostmark Council")
    return [
        Mention(article.id, mayor_id, "Tomas Brel", (mayor, mayor + 10), sentence),
        Mention(article.id, COUNCIL, "Ostmark Council", (council, council + 15), sentence),
    ]


def build(
    count: int, mayor_name: str = "Tomas Brel", party: bool = False, mayor_id: str = MAYOR
) -> Analysis:
    """Articles 1..count, their mentions, two actors, one rejected input and one event.

    With `party`, the mayor belongs to a third actor that no mention names (0 mentions).
    """
    articles = [_article(number) for number in range(1, count + 1)]
    mentioned = (
        Actor(mayor_id, mayor_name, "person", ("Brel",), PARTY if party else COUNCIL, "OST", count),
        Actor(COUNCIL, "Ostmark Council", "organization", (), None, None, count),
    )
    named_by_none = Actor(PARTY, "Ostmark Green Party", "organization", (), None, "OST", 0)
    actors = (*mentioned, named_by_none) if party else mentioned
    event = Event(
        id="e_1",
        article_id=articles[0].id,
        source=mayor_id,
        target=COUNCIL,
        type="REQUEST",
        mode="verbal",
        intensity=1.5,
        negated=False,
        hypothetical=False,
        speaker=None,
        date="2030-01-02",
        evidence="Tomas Brel asked the Ostmark Council for vote 1.",
        span=(0, 48),
    )
    return Analysis(
        articles=tuple(articles),
        actors=actors,
        mentions=tuple(mention for article in articles for mention in _mentions(article, mayor_id)),
        coverage=tuple(Coverage(a.id, b.id, 1) for a in mentioned for b in articles),
        events=(event,),
        rejected=(Rejected("empty.txt", "the file is empty", "empty"),),
    )


@pytest.fixture
def make_analysis() -> Build:
    """Return the builder: `make_analysis(count, mayor_name=..., party=..., mayor_id=...)`."""
    return build


Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Stores:
    """A DuckDB file and a Parquet folder written together, read back as rows sorted by key."""

    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "rashomon.duckdb"

    @property
    def parquet(self) -> Path:
        return self.folder / "parquet"

    def write(self, analysis: Analysis) -> None:
        write_duckdb(analysis, self.db)
        write_parquet(analysis, self.parquet)

    def duckdb_rows(self) -> Rows:
        """Every table stored in the DuckDB file."""
        with duckdb.connect(str(self.db), read_only=True) as connection:
            return sorted_rows(
                {name: connection.table(name).to_arrow_table() for name in stored_schemas()}
            )

    def rows(self) -> Rows:
        """Every stored table, after checking that both stores hold the same rows."""
        rows = self.duckdb_rows()
        assert rows == sorted_rows(read_parquet(self.parquet))
        return rows

    def latest(self) -> Rows:
        """The latest run's tables, after checking that both stores give the same."""
        with duckdb.connect(str(self.db), read_only=True) as connection:
            views = {
                name: connection.sql(f'FROM latest."{name}"').to_arrow_table()
                for name in table_specs()
            }
        rows = sorted_rows(views)
        assert rows == sorted_rows(latest_run(read_parquet(self.parquet)))
        return rows

    def check(self, analysis: Analysis) -> Rows:
        """Assert that both stores hold the same rows, that their latest run is `analysis` as
        its analysis.json gives it back, and that every run is consistent; return the rows."""
        assert self.latest() == json_tables(analysis)
        rows = self.rows()
        assert_runs_consistent(rows)
        return rows


@pytest.fixture
def stores(tmp_path: Path) -> Stores:
    """Empty stores in the test's folder."""
    return Stores(tmp_path)


def sorted_rows(tables: Mapping[str, pa.Table]) -> Rows:
    """Each table's rows as dicts, sorted by the columns the table is keyed on."""
    return {
        name: sorted(table.to_pylist(), key=lambda row, name=name: _key(name, row))
        for name, table in tables.items()
    }


def _key(name: str, row: dict[str, Any]) -> tuple[Any, ...]:
    columns = stored_key(name) if "run_id" in row else table_specs()[name].key
    return tuple(row[column] for column in columns)


def json_tables(analysis: Analysis) -> Rows:
    """The tables of `analysis` as its analysis.json gives them back."""
    return sorted_rows(analysis_tables(from_json(Analysis, to_json(analysis))))


def assert_runs_consistent(rows: Rows) -> None:
    """Every row belongs to a listed run, and in each run every count is what its mentions say
    and every actor is named by a mention or pointed to by an affiliation."""
    runs = {row["run_id"] for row in rows["runs"]}
    assert {row["run_id"] for table in rows.values() for row in table} <= runs
    for run in runs:
        of_run = {
            name: [row for row in table if row["run_id"] == run] for name, table in rows.items()
        }
        actors = {row["id"]: row for row in of_run["actors"]}
        mentions = of_run["mentions"]
        per_actor = Counter(row["actor"] for row in mentions)
        assert {key: row["mentions"] for key, row in actors.items()} == {
            key: per_actor[key] for key in actors
        }
        assert Counter(
            {(row["actor"], row["article_id"]): row["mentions"] for row in of_run["coverage"]}
        ) == Counter((row["actor"], row["article_id"]) for row in mentions)
        affiliations = {row["affiliation"] for row in actors.values()} - {None}
        assert set(per_actor) | affiliations <= set(actors), "a pointer to an actor not stored"
        assert set(actors) <= set(per_actor) | affiliations, "an actor nothing points to"
        articles = {row["id"] for row in of_run["articles"]}
        assert {row["article_id"] for row in mentions} <= articles
