"""End to end: the CLI on the bundled examples, on bad inputs, and on misuse."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.store.validate import validate_analysis

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"


def _actor(document: dict[str, Any], name: str) -> dict[str, Any]:
    matches = [actor for actor in document["actors"] if actor["name"] == name]
    assert matches, f"no actor named {name!r}: {[a['name'] for a in document['actors']]}"
    return matches[0]


@pytest.fixture(scope="module")
def examples_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path_factory.mktemp("examples")
    command = [sys.executable, "-m", "rashomon", "analyze", str(EXAMPLES), "--out", str(out)]
    command += ["--db", str(out / "news.duckdb"), "--parquet", str(out / "parquet")]
    return subprocess.run(command, capture_output=True, text=True, check=False), out


def test_examples_analysed_without_rejects(examples_run: tuple[Any, Path]) -> None:
    result, out = examples_run
    assert result.returncode == 0, result.stderr
    document = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    validate_analysis(document)
    assert document["schema"] == "rashomon/1"
    assert document["rejected"] == []
    assert len(document["articles"]) == 5
    duplicates = [a for a in document["articles"] if a["duplicate_of"]]
    assert len(duplicates) == 1, "the wire copy in meridian.jsonl repeats atlantic_wire.html"
    articles = {article["id"]: article for article in document["articles"]}
    assert document["quotes"], "the examples quote people"
    assert document["facts"], "the examples state numbers"
    for item in (*document["quotes"], *document["facts"]):
        start, end = item["span"]
        assert articles[item["article_id"]][item["field"]][start:end] == item["text"]
    for name in ("events", "framing", "stories"):
        assert document[name] == []
    assert "articles analysed" in result.stdout
    assert (out / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not (out / ".rashomon-checkpoint.jsonl").exists(), "a finished run leaves no checkpoint"


def test_examples_actors_are_merged(examples_run: tuple[Any, Path]) -> None:
    document = json.loads((examples_run[1] / "analysis.json").read_text(encoding="utf-8"))
    ids = {actor["id"]: actor for actor in document["actors"]}
    fassi = _actor(document, "Karim al Fassi")
    assert {"Al Fassi", "Fassi"} <= set(fassi["aliases"])
    assert ids[fassi["affiliation"]]["name"] == "Morocco"
    assert {"Lisbon"} <= set(_actor(document, "Portugal")["aliases"])
    assert {"Rabat"} <= set(_actor(document, "Morocco")["aliases"])
    ben_amar = _actor(document, "Youssef Ben Amar")
    assert ids[ben_amar["affiliation"]]["name"] == "Atlantic Policy Institute"
    assert _actor(document, "Portugal")["country"] == "PRT"


def test_examples_tables_in_duckdb_and_parquet(examples_run: tuple[Any, Path]) -> None:
    out = examples_run[1]
    document = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    with duckdb.connect(str(out / "news.duckdb"), read_only=True) as connection:
        rows = connection.execute("select count(*) from actors").fetchone()
    assert rows is not None
    assert rows[0] == len(document["actors"])
    assert (out / "parquet" / "actors.parquet").exists()


def test_bad_inputs_are_listed_and_the_rest_analysed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    missing = tmp_path / "missing.txt"
    good = EXAMPLES / "harbour_times.txt"
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["analyze", str(empty), str(binary), str(missing), str(good), "--out", str(out), "-q"]
    )
    assert result.exit_code == 3
    document = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert len(document["articles"]) == 1
    codes = {item["input"]: item["code"] for item in document["rejected"]}
    assert codes == {str(empty): "empty", str(binary): "binary", str(missing): "not_found"}
    lines = [line for line in result.stderr.splitlines() if line.startswith("rejected: ")]
    assert len(lines) == 3


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["analyze"],
        ["analyze", "examples", "--no-such-option"],
    ],
)
def test_misuse_exits_2(arguments: list[str]) -> None:
    assert CliRunner().invoke(app, arguments).exit_code == 2


def test_bad_config_is_a_one_line_error(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("colour = 'red'\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["analyze", str(EXAMPLES), "--config", str(config), "--out", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("error: E001 unknown setting 'colour'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_seeds_end_to_end(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    result = CliRunner().invoke(app, ["analyze", str(SEEDS), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.stderr
    document = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    validate_analysis(document)
    outlets = sorted(article["outlet"] for article in document["articles"])
    assert outlets[0] == "TRT World"
    assert "Telegraph" in outlets[1]
    assad = [actor for actor in document["actors"] if "Assad" in actor["name"]]
    assert len(assad) == 1, [actor["name"] for actor in assad]
    assert len([cell for cell in document["coverage"] if cell["actor"] == assad[0]["id"]]) == 2
    russia = _actor(document, "Russia")
    assert {"Moscow", "Kremlin"} & set(russia["aliases"])


def test_leftover_annotations_are_announced_and_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    leftover = out / ".rashomon-annotations"
    leftover.mkdir(parents=True)
    (leftover / "local.jsonl").write_text('{"pipeline": "an older rashomon", "annot', "utf-8")
    good = EXAMPLES / "harbour_times.txt"
    result = CliRunner().invoke(app, ["analyze", str(good), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert f"resuming the interrupted run saved in {leftover}" in result.stderr
    assert not leftover.exists()


def test_schema_prints_the_contract_that_analysis_json_follows(
    examples_run: tuple[Any, Path],
) -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema"]["const"] == "rashomon/1"
    _, out = examples_run
    document = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) <= set(document)


def test_an_output_folder_inside_the_input_folder_is_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "coverage"
    folder.mkdir()
    for name in ("harbour_times.txt", "coastline_radio_interview.txt"):
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    arguments = ["analyze", str(folder), "--out", str(folder / "out"), "-q"]
    arguments += ["--db", str(folder / "news.duckdb"), "--parquet", str(folder / "parquet")]
    first = CliRunner().invoke(app, arguments)
    second = CliRunner().invoke(app, arguments)
    assert (first.exit_code, second.exit_code) == (0, 0), second.stderr
    document = json.loads((folder / "out" / "analysis.json").read_text(encoding="utf-8"))
    assert sorted(Path(article["source"]).name for article in document["articles"]) == [
        "coastline_radio_interview.txt",
        "harbour_times.txt",
    ]
    assert document["rejected"] == []
