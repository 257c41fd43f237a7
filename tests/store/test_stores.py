"""DuckDB and Parquet stores: same rows, idempotent upserts, clean errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from rashomon.errors import OutputError
from rashomon.records import Analysis
from rashomon.store import read_parquet, table_specs, write_duckdb, write_parquet

Build = Callable[..., Analysis]


def _duckdb_rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    with duckdb.connect(str(path), read_only=True) as connection:
        return {
            name: _sorted(name, connection.table(name).to_arrow_table().to_pylist())
            for name in table_specs()
        }


def _parquet_rows(directory: Path) -> dict[str, list[dict[str, Any]]]:
    return {
        name: _sorted(name, table.to_pylist()) for name, table in read_parquet(directory).items()
    }


def _sorted(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda row: tuple(str(row[key]) for key in table_specs()[name].key))


def _counts(rows: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    return {name: len(items) for name, items in rows.items()}


def _write_both(analysis: Analysis, folder: Path) -> None:
    write_duckdb(analysis, folder / "rashomon.duckdb")
    write_parquet(analysis, folder / "parquet")


def test_both_stores_carry_the_same_rows(make_analysis: Build, tmp_path: Path) -> None:
    _write_both(make_analysis(2), tmp_path)
    stored = _duckdb_rows(tmp_path / "rashomon.duckdb")
    assert stored == _parquet_rows(tmp_path / "parquet")
    assert _counts(stored) == {
        **dict.fromkeys(table_specs(), 0),
        "articles": 2,
        "actors": 2,
        "coverage": 4,
        "mentions": 4,
        "rejected": 1,
        "events": 1,
    }


def test_running_twice_adds_nothing(make_analysis: Build, tmp_path: Path) -> None:
    _write_both(make_analysis(2), tmp_path)
    first = _duckdb_rows(tmp_path / "rashomon.duckdb")
    _write_both(make_analysis(2), tmp_path)
    assert _duckdb_rows(tmp_path / "rashomon.duckdb") == first
    assert _parquet_rows(tmp_path / "parquet") == first


def test_a_new_article_adds_exactly_its_rows(make_analysis: Build, tmp_path: Path) -> None:
    _write_both(make_analysis(2), tmp_path)
    before = _counts(_duckdb_rows(tmp_path / "rashomon.duckdb"))
    bigger = make_analysis(3)
    new = bigger.articles[2].id
    write_duckdb(
        Analysis(
            articles=(bigger.articles[2],),
            actors=bigger.actors,
            mentions=tuple(mention for mention in bigger.mentions if mention.article_id == new),
            coverage=tuple(cell for cell in bigger.coverage if cell.article_id == new),
        ),
        tmp_path / "rashomon.duckdb",
    )
    write_parquet(bigger, tmp_path / "parquet")
    stored = _duckdb_rows(tmp_path / "rashomon.duckdb")
    assert stored == _parquet_rows(tmp_path / "parquet")
    added = {name: count - before[name] for name, count in _counts(stored).items()}
    assert added == {**dict.fromkeys(table_specs(), 0), "articles": 1, "mentions": 2, "coverage": 2}
    assert {row["id"] for row in stored["articles"]} == {a.id for a in bigger.articles}


def test_an_actor_seen_again_is_replaced(make_analysis: Build, tmp_path: Path) -> None:
    _write_both(make_analysis(1), tmp_path)
    _write_both(make_analysis(1, mayor_name="Tomas A. Brel"), tmp_path)
    for rows in (_duckdb_rows(tmp_path / "rashomon.duckdb"), _parquet_rows(tmp_path / "parquet")):
        assert sorted(row["name"] for row in rows["actors"]) == ["Ostmark Council", "Tomas A. Brel"]


def test_duckdb_tables_join(make_analysis: Build, tmp_path: Path) -> None:
    write_duckdb(make_analysis(3), tmp_path / "rashomon.duckdb")
    with duckdb.connect(str(tmp_path / "rashomon.duckdb"), read_only=True) as connection:
        rows = connection.execute(
            """
            SELECT actors.name, count(DISTINCT articles.outlet), sum(coverage.mentions)
            FROM coverage
            JOIN actors ON actors.id = coverage.actor
            JOIN articles ON articles.id = coverage.article_id
            GROUP BY actors.name ORDER BY actors.name
            """
        ).fetchall()
    assert rows == [("Ostmark Council", 3, 3), ("Tomas Brel", 3, 3)]


def test_parquet_folder_holds_one_file_per_table(make_analysis: Build, tmp_path: Path) -> None:
    write_parquet(make_analysis(1), tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        f"{name}.parquet" for name in table_specs()
    )


def test_reading_an_empty_folder_gives_empty_tables(tmp_path: Path) -> None:
    tables = read_parquet(tmp_path)
    assert set(tables) == set(table_specs())
    assert all(
        table.num_rows == 0 and table.schema.equals(table_specs()[name].schema)
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
