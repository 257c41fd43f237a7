"""Genre of an article: "interview", "opinion" or "news", from its structure and metadata.

- "interview": a question paragraph (ending in "?") directly followed by a paragraph that opens
  with a speaker header ("Name[, Organisation]: ..."), and at least two such headers in all.
- "opinion": a label or author bio marks a column, or the metadata (JSONL `genre`, HTML
  section, category or URL path) says opinion, comment, column or editorial.
- "news" otherwise. A genre stated outright in the input metadata wins.
"""

from __future__ import annotations

from itertools import pairwise

from rashomon.lexicon.patterns import OPINION_MARK, SPEAKER_HEADER

GENRES = ("news", "opinion", "interview")
_MAX_QUESTION_WORDS = 40
_MIN_SPEAKER_HEADERS = 2


def detect_genre(body: str, stated: str | None, hints: tuple[str | None, ...] = ()) -> str:
    """Return the genre of `body`.

    `stated` is a genre the input names outright (used when it is one of GENRES); `hints` are
    labels and metadata (a text label's genre, HTML categories, the URL) that may mark opinion.
    """
    if stated and stated.strip().lower() in GENRES:
        return stated.strip().lower()
    if has_interview_structure(body):
        return "interview"
    if "interview" in hints:
        return "interview"
    if any(hint and OPINION_MARK.search(hint) for hint in hints):
        return "opinion"
    return "news"


def has_interview_structure(body: str) -> bool:
    """Return whether `body` has question paragraphs answered by speaker-header paragraphs."""
    paragraphs = [paragraph.strip() for paragraph in body.split("\n\n") if paragraph.strip()]
    headers = sum(1 for paragraph in paragraphs if SPEAKER_HEADER.match(paragraph))
    answered = any(
        _is_question(question) and SPEAKER_HEADER.match(answer)
        for question, answer in pairwise(paragraphs)
    )
    return answered and headers >= _MIN_SPEAKER_HEADERS


def _is_question(paragraph: str) -> bool:
    return paragraph.endswith("?") and len(paragraph.split()) <= _MAX_QUESTION_WORDS
