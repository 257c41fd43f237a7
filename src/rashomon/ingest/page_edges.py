"""The edges of a page's main text: labels and the headline before the body, link lists after it.

trafilatura keeps some of the page around the article: a section label ("Business") and the
headline again before the body; after it "Related content" and the linked headlines of other
stories, or a standards footer ("Our Standards: The Thomson Reuters Trust Principles."). At the
start, the paragraphs up to the repeated headline go when all are short labels (at most six words,
no closing full stop), and so does a leading label that is a link on the page. At the end,
paragraphs go while each is the text of a link on the page, a related-stories label (with or
without the linked headline after it: "Read more: Shipping lines weigh Baltic routes") or a
standards or newsletter footer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rashomon.ingest.page_title import key

_TOP_PARAGRAPHS = 4
_MAX_LABEL_WORDS = 6
_RELATED = re.compile(
    r"^(?:related(?:\s+(?:content|articles?|stories|coverage|topics|news))?|read\s+(?:more|also)"
    r"|more\s+on\s+this(?:\s+story)?|see\s+also|also\s+read|recommended(?:\s+for\s+you)?"
    r"|more\s+stories|more\s+from\s+[^:]{1,40}|most\s+(?:read|popular)|trending(?:\s+now)?)"
    r"\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^our\s+standards\b|\btrust\s+principles\b|^editorial\s+(?:standards|guidelines)\b"
    r"|^(?:sign\s+up|subscribe)\b.{0,60}\bnewsletters?\b|^follow\s+us\s+on\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Edges:
    """The body without its edges, and the paragraphs removed before and after it."""

    body: list[str]
    head: tuple[str, ...]
    tail: tuple[str, ...]


def trim_edges(paragraphs: Sequence[str], headline: str | None, links: set[str]) -> Edges:
    """Remove labels and the headline before the body, link lists and footers after it.

    `links` holds the `key` of every link text on the page. The body is never left empty.
    """
    start = _body_start(paragraphs, key(headline or ""), links)
    end = len(paragraphs)
    while end > start + 1 and _is_tail(paragraphs[end - 1], links):
        end -= 1
    return Edges(
        body=list(paragraphs[start:end]),
        head=tuple(paragraphs[:start]),
        tail=tuple(paragraphs[end:]),
    )


def _body_start(paragraphs: Sequence[str], headline: str, links: set[str]) -> int:
    top = paragraphs[: min(_TOP_PARAGRAPHS, len(paragraphs) - 1)]
    for index, paragraph in enumerate(top):
        if headline and key(paragraph) == headline:
            if all(_is_label(before) for before in top[:index]):
                return index + 1
            break
    start = 0
    while start < len(top) and _is_label(top[start]) and key(top[start]) in links:
        start += 1
    return start


def _is_label(paragraph: str) -> bool:
    return len(paragraph.split()) <= _MAX_LABEL_WORDS and not paragraph.endswith((".", "!", "?"))


def _is_tail(paragraph: str, links: set[str]) -> bool:
    if key(paragraph) in links or _FOOTER.search(paragraph):
        return True
    related = _RELATED.match(paragraph)
    return related is not None and (not related["rest"] or key(related["rest"]) in links)
