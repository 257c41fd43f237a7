"""DuckDB and Parquet stores: the same rows, the latest run as its JSON, idempotent writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from rashomon.errors import OutputError
from rashomon.records import Analysis
from rashomon.store import read_parquet, stored_schemas, table_specs, write_duckdb, write_parquet

Build = Callable[..., Analysis]


def _counts(rows: dict[str, list[Any]]) -> dict[str, int]:
    return {name: len(items) for name, items in rows.items()}


def test_both_stores_carry_the_same_rows_and_the_latest_run_is_its_json(
    make_analysis: Build, stores: Any
) -> None:
    analysis = make_analysis(2)
    stores.write(analysis)
    assert _counts(stores.check(analysis)) == {
        **dict.fromkeys(stored_schemas(), 0),
        "articles": 2,
        "actors": 2,
        "coverage": 4,
        "mentions": 4,
        "rejected": 1,
        "events": 1,
        "runs": 1,
    }


def test_running_twice_adds_nothing(make_analysis: Build, stores: Any) -> None:
    stores.write(make_analysis(2))
    first = stores.rows()
    stores.write(make_analysis(2))
    assert stores.rows() == first


def test_the_run_id_does_not_depend_on_the_order_of_the_records(
    make_analysis: Build, stores: Any
) -> None:
    analysis = make_analysis(3)
    stores.write(analysis)
    first = stores.rows()
    reordered = Analysis(
        articles=analysis.articles[::-1],
        actors=analysis.actors[::-1],
        mentions=analysis.mentions[::-1],
        coverage=analysis.coverage[::-1],
        events=analysis.events,
        rejected=analysis.rejected,
    )
    stores.write(reordered)
    assert stores.rows() == first


def test_duckdb_latest_views_join_like_the_json(make_analysis: Build, stores: Any) -> None:
    stores.write(make_analysis(1))
    stores.write(make_analysis(3))
    with duckdb.connect(str(stores.db), read_only=True) as connection:
        rows = connection.execute(
            """
            SELECT actors.name, count(DISTINCT articles.outlet), sum(coverage.mentions)
            FROM latest.coverage AS coverage
            JOIN latest.actors AS actors ON actors.id = coverage.actor
            JOIN latest.articles AS articles ON articles.id = coverage.article_id
            GROUP BY actors.name ORDER BY actors.name
            """
        ).fetchall()
    assert rows == [("Ostmark Council", 3, 3), ("Tomas Brel", 3, 3)]


def test_parquet_folder_holds_one_file_per_table_and_nothing_else(
    make_analysis: Build, tmp_path: Path
) -> None:
    write_parquet(make_analysis(1), tmp_path)
    write_parquet(make_analysis(2), tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        f"{name}.parquet" for name in stored_schemas()
    )


def test_reading_an_empty_folder_gives_empty_tables(tmp_path: Path) -> None:
    tables = read_parquet(tmp_path)
    assert set(tables) == set(stored_schemas()) == {*table_specs(), "runs"}
    assert all(
        table.num_rows == 0 and table.schema.equals(stored_schemas()[name])
        for name, table in tables.items()
    )


@pytest.mark.parametrize("writer", [write_duckdb, write_parquet])
def test_an_unwritable_location_raises_a_one_line_e003(
    writer: Callable[[Analysis, Path], None], make_analysis: Build, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(OutputError, match=r"^E003 cannot write") as caught:
        writer(make_analysis(1), blocker / "store")
    assert "\n" not in str(caught.value)
