"""Interview form: each speaker header owns its answer; the outlet's lines ending "?" are questions.

A header ("Alexei Khlebnikov, Russian International Council for Foreign Affairs: …", later
"Alexei Khlebnikov: …") is one that `rashomon_speaker_headers` made a person; a transcript's
("PENCE: …", "MR. TRUMP: …") is a name in capitals that heads two lines or more, or one line
when it is the surname of a person the text names. The answer runs from after the colon to the
next header or question paragraph, or the end of the text; its speaker is the person named in
the header (for a transcript, the last person of that surname named before, or the first after).
In a text with headers, a short paragraph ending with "?" that no header opens is a question of
the interviewer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rashomon.lexicon.patterns import SPEAKER_HEADER
from rashomon.lexicon.words import word_list

_PARAGRAPH = re.compile(r"[^\n]+")
# "PENCE: …", "MR. TRUMP: …", '"WALLACE: …' (some archives open each transcript line with a mark).
TRANSCRIPT_HEADER = re.compile(
    r"^[ \t]*[\"“]?(?P<name>(?:[A-Z][A-Z’'.-]+[ \t]){0,2}[A-Z][A-Z’'-]+):[ \t]+\S", re.MULTILINE
)
NOT_SPEAKERS = word_list("not_speaker_headers")
# A question line is one sentence or two, not a paragraph of argument that happens to end so.
QUESTION_MAX_WORDS = 60


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn of an interview: an answer with its speaker's name, or a question."""

    span: tuple[int, int]
    kind: str
    name: tuple[int, int] | None = None
    colon: tuple[int, int] | None = None
    ref: tuple[int, int] | None = None


def interview_turns(text: str, persons: Sequence[tuple[tuple[int, int], str]]) -> list[Turn]:
    """The answers and questions of `text`, in order; none when it has no speaker header.

    `persons` are the (span, name) of the person mentions, in text order: a header's name must
    be one, or (in a transcript) the surname of one.
    """
    starts = {span[0]: span for span, _ in persons}
    headers = [match for match in SPEAKER_HEADER.finditer(text) if match.start("name") in starts]
    refs: dict[int, tuple[int, int] | None] = {
        match.start("name"): starts[match.start("name")] for match in headers
    }
    if not headers:
        headers = _transcript_headers(text, persons)
        refs = {match.start("name"): _surname_ref(match, persons) for match in headers}
    if not headers:
        return []
    header_at = {_line_start(text, match.start("name")): match for match in headers}
    turns: list[Turn] = []
    answer: list[int] | None = None
    header = None
    for paragraph in _PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        body = paragraph.group().strip()
        if not body:
            continue
        match = header_at.get(start)
        question = match is None and _is_question(body)
        if match is not None or question:
            if answer is not None and header is not None:
                turns.append(_answer(header, answer, refs))
            answer, header = None, None
        if match is not None:
            colon = text.index(":", match.end("name"))
            header = match
            answer = [colon + 1 + _leading_space(text, colon + 1), _trimmed_end(text, end)]
        elif question:
            turns.append(
                Turn((start + _leading_space(text, start), _trimmed_end(text, end)), "question")
            )
        elif answer is not None:
            answer[1] = _trimmed_end(text, end)
    if answer is not None and header is not None:
        turns.append(_answer(header, answer, refs))
    return sorted(turns, key=lambda turn: turn.span)


def _transcript_headers(
    text: str, persons: Sequence[tuple[tuple[int, int], str]]
) -> list[re.Match[str]]:
    """The transcript headers of `text`: see the module docstring."""
    found = [
        match
        for match in TRANSCRIPT_HEADER.finditer(text)
        if match["name"].casefold() not in NOT_SPEAKERS
    ]
    counts: dict[str, int] = {}
    for match in found:
        counts[match["name"]] = counts.get(match["name"], 0) + 1
    surnames = {name.split()[-1].casefold() for _, name in persons if name.split()}
    return [
        match
        for match in found
        if counts[match["name"]] > 1 or match["name"].split()[-1].casefold() in surnames
    ]


def _surname_ref(
    header: re.Match[str], persons: Sequence[tuple[tuple[int, int], str]]
) -> tuple[int, int] | None:
    """The person a transcript header names: the last of that surname before it, else the
    first after; None when the text names no one so."""
    surname = header["name"].split()[-1].casefold()
    named = [
        span
        for span, name in persons
        if name.split()[-1:] and name.split()[-1].casefold() == surname
    ]
    before = [span for span in named if span[0] < header.start("name")]
    if before:
        return before[-1]
    return named[0] if named else None


def _answer(
    header: re.Match[str], answer: list[int], refs: Mapping[int, tuple[int, int] | None]
) -> Turn:
    colon = header.string.index(":", header.end("name"))
    ref = refs.get(header.start("name"))
    return Turn((answer[0], answer[1]), "interview", header.span("name"), (colon, colon + 1), ref)


def _is_question(body: str) -> bool:
    return (
        body.endswith("?")
        and not body.startswith(("“", '"'))
        and len(body.split()) <= QUESTION_MAX_WORDS
    )


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _leading_space(text: str, offset: int) -> int:
    count = 0
    while offset + count < len(text) and text[offset + count] in " \t":
        count += 1
    return count


def _trimmed_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
