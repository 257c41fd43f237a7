"""The actor index: which actor a span of an article names."""

from __future__ import annotations

from rashomon.records import Mention
from rashomon.resolve import ActorIndex

MENTIONS = [
    Mention("a1", "r_putin", "Vladimir Putin", (17, 31), (0, 60)),
    Mention("a1", "r_russia", "Russian", (0, 7), (0, 60)),
    Mention("a2", "r_putin", "Putin", (0, 5), (0, 20)),
]
INDEX = ActorIndex(MENTIONS)


def test_the_exact_span_names_its_actor() -> None:
    assert INDEX.actor_at("a1", (17, 31)) == "r_putin"
    assert INDEX.actor_at("a2", (0, 5)) == "r_putin"


def test_a_wider_phrase_takes_the_mention_it_overlaps_most() -> None:
    # "Russian President Vladimir Putin" covers both mentions; the name overlaps more.
    assert INDEX.actor_at("a1", (0, 31)) == "r_putin"
    assert INDEX.actor_at("a1", (0, 9)) == "r_russia"


def test_no_mention_no_actor() -> None:
    assert INDEX.actor_at("a1", (40, 50)) is None
    assert INDEX.actor_at("a3", (0, 5)) is None


def test_mentions_in_lists_every_overlap_in_text_order() -> None:
    assert INDEX.mentions_in("a1", (5, 20)) == [(0, 7, "r_russia"), (17, 31, "r_putin")]
