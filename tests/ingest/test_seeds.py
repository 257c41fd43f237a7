"""The two real seed articles (read from ../shared/seeds; skipped when that folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.ingest import ingest
from rashomon.records import Article
from rashomon.settings import Settings

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    result = ingest([str(SEEDS)], Settings())
    assert result.rejected == []
    assert len(result.articles) == 2
    return result.articles


def test_trt_world_interview(seeds: list[Article]) -> None:
    article = seeds[0]
    assert (article.outlet, article.author, article.genre) == (
        "TRT World",
        "Shawn Carrié",
        "interview",
    )
    assert "Image Source" not in article.text
    assert "Alexei Khlebnikov, Russian International Council for Foreign Affairs:" in article.text
    assert article.published is None, "the piece writes no full date"


def test_telegraph_column(seeds: list[Article]) -> None:
    article = seeds[1]
    assert article.outlet is not None
    assert "Telegraph" in article.outlet
    assert (article.author, article.genre, article.published) == (
        "Con Coughlin",
        "opinion",
        "2017-04-11",
    )
    assert any("Moscow’s Kremlin" in line for line in article.boilerplate)
    assert "1.2011006-4012467280" in article.boilerplate
    assert "Pool photo" not in article.text
    assert "1.2011006" not in article.text
    assert article.text.startswith("Ever since Russia embarked")
    assert article.duplicate_of is None
