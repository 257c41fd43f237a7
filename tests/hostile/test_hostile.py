"""The whole hostile corpus: nothing crashes, nothing is lost, reasons read as words.

Every file is analysed or rejected (container formats per line, record or entry), each reject
has a one-line reason without an exception's name, and the outcomes the corpus is sure of hold.
A whole run over it (annotate, resolve, every output) loses nothing either, and no payload is
live in its report.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.ingest import IngestResult, ingest
from rashomon.outputs import OutputPaths, write_outputs
from rashomon.pipeline import analyze
from rashomon.settings import Settings

from .corpus import XSS, Case, write_corpus

INTERNAL = re.compile(r"Traceback|NoneType|\b\w*(?:Error|Exception)\b|object has no attribute")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Case], IngestResult]:
    folder = tmp_path_factory.mktemp("hostile")
    cases = write_corpus(folder)
    return cases, ingest([str(folder)], Settings())


def test_a_whole_run_loses_nothing_and_leaves_every_payload_inert(
    corpus: tuple[list[Case], IngestResult], nlp: Language, tmp_path: Path
) -> None:
    cases, ingested = corpus
    folder = os.path.commonpath([case.path for case in cases])
    analysis = analyze([str(folder)], Settings(), nlp=nlp)
    paths = OutputPaths(tmp_path / "out")
    write_outputs(analysis, paths)
    names = [article.source for article in analysis.articles]
    names += [item.input for item in analysis.rejected]
    assert sorted(names) == sorted(
        [article.source for article in ingested.articles]
        + [item.input for item in ingested.rejected]
    )
    assert [item for item in analysis.rejected if item.code == "failed"] == []
    report = paths.report.read_text(encoding="utf-8")
    live = [payload for payload in XSS if "<" in payload and payload in report]
    assert live == []
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in report


def test_the_corpus_is_large(corpus: tuple[list[Case], IngestResult]) -> None:
    cases, _ = corpus
    assert len(cases) >= 200
    assert len({case.path for case in cases}) == len(cases)


def test_every_file_is_accounted_for(corpus: tuple[list[Case], IngestResult]) -> None:
    cases, result = corpus
    names = [article.source for article in result.articles]
    names += [item.input for item in result.rejected]
    lost = [case.path.name for case in cases if not any(case.owns(name) for name in names)]
    assert lost == []
    strays = [name for name in names if not any(case.owns(name) for case in cases)]
    assert strays == []


def test_reasons_are_one_line_and_in_words(corpus: tuple[list[Case], IngestResult]) -> None:
    _, result = corpus
    for item in result.rejected:
        assert item.reason.strip(), item
        assert "\n" not in item.reason, item
        assert len(item.reason) <= 200, item
        assert not INTERNAL.search(item.reason), item
        assert item.reason.isprintable(), item


def test_sure_outcomes(corpus: tuple[list[Case], IngestResult]) -> None:
    cases, result = corpus
    outcomes = [(article.source, "article") for article in result.articles]
    outcomes += [(item.input, item.code) for item in result.rejected]
    wrong = []
    for case in cases:
        if case.expect is not None:
            got = sorted({code for name, code in outcomes if case.owns(name)})
            if got != [case.expect]:
                wrong.append((case.path.name, case.expect, got))
    assert wrong == []


def test_entities_are_never_expanded(corpus: tuple[list[Case], IngestResult]) -> None:
    """XXE must not read local files; billion laughs must not expand."""
    _, result = corpus
    for article in result.articles:
        for field in (article.text, article.title or "", article.author or ""):
            assert "root:" not in field
            assert "lollollol" not in field


def test_outcome_counts(corpus: tuple[list[Case], IngestResult]) -> None:
    """A summary for the record (pytest -s prints it); the corpus both analyses and rejects."""
    cases, result = corpus
    codes = Counter(item.code for item in result.rejected)
    print(f"\n{len(cases)} files: {len(result.articles)} articles, rejected {dict(codes)}")
    assert result.articles
    assert result.rejected
