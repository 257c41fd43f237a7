"""The layout keeps its promises: which package imports which; word lists explain themselves."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "rashomon"
# Package → packages of rashomon it must never import (directly, at any level).
FORBIDDEN = {
    "lexicon": ("ingest", "annotate", "runner", "resolve", "store", "report", "pipeline"),
    "records": ("ingest", "annotate", "runner", "resolve", "store", "report", "lexicon"),
    "ingest": ("annotate", "runner", "resolve", "store", "report"),
    "resolve": ("ingest", "annotate", "runner", "store", "report"),
    "report": ("ingest", "annotate", "runner", "resolve", "store"),
    "store": ("ingest", "annotate", "runner", "resolve", "report"),
}
SPACY_FREE = ("lexicon", "records", "resolve", "store", "report", "ingest")


def _imports(package: str) -> set[str]:
    names: set[str] = set()
    for path in (PACKAGE / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_stages_import_only_what_lies_below_them(package: str) -> None:
    imported = _imports(package)
    for other in FORBIDDEN[package]:
        bad = sorted(name for name in imported if name.startswith(f"rashomon.{other}"))
        assert not bad, f"{package}/ imports {bad}"


@pytest.mark.parametrize("package", SPACY_FREE)
def test_spacy_objects_stay_inside_annotate(package: str) -> None:
    assert not any(name.split(".")[0] == "spacy" for name in _imports(package)), package


@pytest.mark.parametrize("path", sorted((PACKAGE / "lexicon" / "data").iterdir()), ids=str)
def test_every_word_list_says_what_it_is_for_and_lists_each_entry_once(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), f"{path.name} opens without a comment on its use"
    entries = [line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")]
    assert len(entries) == len(set(entries)), f"{path.name} lists an entry twice"
