"""The library entry point: a run interrupted during annotation resumes without redoing work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.pipeline import analyze
from rashomon.settings import Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class InterruptAfter:
    """Progress that raises KeyboardInterrupt once `limit` articles have been annotated."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.annotated: list[str] = []

    def start(self, stage: str, total: int | None) -> Callable[[str], None]:
        def tick(item: str) -> None:
            if stage == "Annotating":
                self.annotated.append(item)
                if len(self.annotated) == self.limit:
                    raise KeyboardInterrupt

        return tick


def test_an_interrupted_run_resumes_from_its_checkpoint(tmp_path: Path, nlp: Language) -> None:
    checkpoint = tmp_path / "checkpoint.jsonl"
    settings = Settings()
    complete = analyze([str(EXAMPLES)], settings, nlp=nlp)
    canonical = [article.id for article in complete.articles if article.duplicate_of is None]
    assert len(canonical) >= 3

    with pytest.raises(KeyboardInterrupt):
        analyze([str(EXAMPLES)], settings, InterruptAfter(2), nlp, checkpoint)
    assert len(checkpoint.read_text(encoding="utf-8").splitlines()) == 2

    resumed = analyze([str(EXAMPLES)], settings, nlp=nlp, checkpoint=checkpoint)
    lines = checkpoint.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(canonical), "each article saved once: the first two not redone"
    assert resumed == complete
