"""Paragraph splitting and mention segments."""

from __future__ import annotations

from rashomon.records import Actor, Mention
from rashomon.report.highlight import Segment, highlight, paragraph_bounds, usable_mentions

TEXT = "  Ana Lind met Bo.\n\n\n  Bo left Lindhaven.  \n \nEnd."
ANA = Actor("r_ana", "Ana Lind", "person", ("Ana Lind",), None, None, 1)


def _mention(start: int, end: int, actor: str = "r_ana") -> Mention:
    return Mention("a_1", actor, TEXT[start:end], (start, end), (start, end))


def test_paragraphs_split_on_blank_lines_and_trim_whitespace() -> None:
    chunks = [TEXT[start:end] for start, end in paragraph_bounds(TEXT)]
    assert chunks == ["Ana Lind met Bo.", "Bo left Lindhaven.", "End."]


def test_text_without_blank_lines_is_one_paragraph() -> None:
    assert paragraph_bounds("One line\nand its wrap.") == [(0, 22)]
    assert paragraph_bounds(" \n\n ") == []


def test_overlapping_and_out_of_range_mentions_are_dropped() -> None:
    start = TEXT.index("Ana Lind")
    kept = usable_mentions(
        TEXT,
        [_mention(start + 4, start + 8), _mention(start, start + 8), _mention(40, 400)],
    )
    assert [mention.span for mention in kept] == [(start, start + 8)]


def test_segments_rebuild_each_paragraph_with_marks_in_place() -> None:
    start = TEXT.index("Ana Lind")
    bo = TEXT.index("Bo left")
    paragraphs = highlight(
        TEXT,
        [_mention(bo, bo + 2, "r_bo"), _mention(start, start + 8)],
        {"r_ana": ANA},
        {"r_ana": "p0"},
    )
    assert ["".join(segment.text for segment in paragraph) for paragraph in paragraphs] == [
        "Ana Lind met Bo.",
        "Bo left Lindhaven.",
        "End.",
    ]
    assert paragraphs[0][0] == Segment("Ana Lind", key="p0")
    assert paragraphs[1][0] == Segment("Bo", key="r_bo")
    assert paragraphs[2] == [Segment("End.")]


def test_a_mark_is_titled_with_the_name_only_when_the_text_calls_the_actor_otherwise() -> None:
    start = TEXT.index("Ana Lind")
    other = highlight(TEXT, [_mention(start + 4, start + 8)], {"r_ana": ANA}, {"r_ana": "p0"})
    assert other[0][1] == Segment("Lind", key="p0", title="Ana Lind")
    shouted = highlight(TEXT.upper(), [_mention(start, start + 8)], {"r_ana": ANA}, {})
    assert shouted[0][0] == Segment("ANA LIND", key="r_ana")


def test_mention_across_a_paragraph_break_is_left_unmarked() -> None:
    start = TEXT.index("Bo.")
    paragraphs = highlight(TEXT, [_mention(start, start + 10)], {}, {})
    assert all(segment.key is None for paragraph in paragraphs for segment in paragraph)
