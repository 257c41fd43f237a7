"""The library entry point: resuming an interrupted run, parallel workers, the steps it runs."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from rashomon.errors import ConfigError, ModelError
from rashomon.pipeline import analyze
from rashomon.records import Story
from rashomon.resolve import STEPS, Key, Products
from rashomon.resolve.keys import ACTORS, ANALYSED
from rashomon.runner import worker_count
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


def _saved_lines(folder: Path) -> list[str]:
    shards = folder.glob("*.jsonl")
    return [line for shard in shards for line in shard.read_text("utf-8").splitlines()]


def test_an_interrupted_run_resumes_from_its_saved_annotations(
    tmp_path: Path, nlp: Language
) -> None:
    saved = tmp_path / "annotations"
    settings = Settings()
    complete = analyze([str(EXAMPLES)], settings, nlp=nlp)
    canonical = [article.id for article in complete.articles if article.duplicate_of is None]
    assert len(canonical) >= 3

    with pytest.raises(KeyboardInterrupt):
        analyze([str(EXAMPLES)], settings, InterruptAfter(2), nlp, saved)
    assert len(_saved_lines(saved)) == 2

    resumed = analyze([str(EXAMPLES)], settings, nlp=nlp, annotations=saved)
    assert len(_saved_lines(saved)) == len(canonical), "each saved once: the first two not redone"
    assert resumed == complete


def test_two_workers_give_the_same_analysis_as_one(nlp: Language) -> None:
    one = analyze([str(EXAMPLES)], Settings(), nlp=nlp)
    parallel = Settings(workers=2, batch_size=2)
    assert worker_count(len(one.articles), parallel, None) == 2
    assert analyze([str(EXAMPLES)], parallel) == one


def test_workers_are_used_only_for_more_than_one_batch() -> None:
    settings = Settings(workers=4, batch_size=16)
    assert worker_count(10, settings, None) == 1
    assert worker_count(40, settings, None) == 3
    assert worker_count(400, settings, None) == 4


STORIES: Key[tuple[Story, ...]] = Key("stories")


class StoriesOfActors:
    """A step made up for the test: one story per actor, with the articles that name it."""

    name = "stories_of_actors"
    needs: tuple[Key[Any], ...] = (ACTORS, ANALYSED)
    provides: tuple[Key[Any], ...] = (STORIES,)

    def run(self, products: Products) -> None:
        articles = tuple(article.id for article in products[ANALYSED])
        stories = tuple(
            Story(f"s_{actor.id}", articles, actor.name, (actor.id,))
            for actor in products[ACTORS][:2]
        )
        products[STORIES] = stories


def test_a_new_step_fills_the_list_named_like_its_product(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(STEPS, "stories_of_actors", StoriesOfActors())
    settings = Settings(steps=("actors", "coverage", "stories_of_actors"))
    analysis = analyze([str(EXAMPLES)], settings, nlp=nlp)
    assert [story.title for story in analysis.stories] == [a.name for a in analysis.actors[:2]]
    assert analysis.coverage, "the other steps still ran"


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        (("actors", "astrology"), r"^E004 unknown step 'astrology'"),
        (("coverage", "actors"), r"^E005 step 'coverage' needs 'mentions'"),
    ],
)
def test_steps_are_checked_before_any_work(steps: tuple[str, ...], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        analyze(["no/such/input"], Settings(steps=steps))


def test_without_steps_only_ingest_fills_the_document(nlp: Language) -> None:
    analysis = analyze([str(EXAMPLES)], Settings(steps=()), nlp=nlp)
    assert analysis.articles
    assert (analysis.actors, analysis.coverage) == ((), ())


def test_a_worker_that_cannot_load_the_model_stops_the_run_with_its_error() -> None:
    settings = Settings(model="no_such_model_xyz", workers=2, batch_size=2)
    with pytest.raises(ModelError, match=r"^E002 cannot load spaCy model 'no_such_model_xyz'"):
        analyze([str(EXAMPLES)], settings)


def test_workers_from_a_script_without_a_main_guard_end_with_a_coded_error(
    tmp_path: Path,
) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from rashomon import analyze, load_settings\n"
        f"analyze([{str(EXAMPLES)!r}], load_settings(workers=2, batch_size=2))\n",
        encoding="utf-8",
    )
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert run.returncode != 0
    assert "rashomon.errors.WorkerError: E006 a worker process ended abruptly" in run.stderr
