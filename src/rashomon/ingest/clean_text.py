"""Plain-text cleaning by line rules: boilerplate out of the body, metadata out of the boilerplate.

The body is split into paragraphs at blank lines. Lines that are credits, image placeholders,
page ids, bylines, source lines, copyright lines, date lines, section labels, page widgets
("Advertisement Continue reading the main story", a newsletter sign-up form) or short captions
ending in a photographer's credit ("Gordon Sondland Photographer: Jane Roe/Bloomberg") are
removed, then
whole paragraphs that are photo captions or a closing author bio, then the dateline that opens
the first paragraph ("WASHINGTON —", "BEIRUT, Lebanon (AP) —"). Every removed line is kept in
`boilerplate`, and what those lines say fills the metadata (outlet, author, date, title, genre).
Interview speaker headers ("Name, Organisation: ...") and question lines stay in the body.

The publication date is the first that these give, in this order: a "Published:" line, a line
near the top that is only a date, the dateline ("LONDON, March 3, 2021 (Reuters) —"), an
"Updated:" line, a photo caption near the top (wire captions give the day: "Tuesday, April 11,
2017"). Dates in the body's narrative ("the bombing of September 15, 1963") are never taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rashomon.ingest.dates import DATE_LINE_KINDS, date_line, first_date
from rashomon.ingest.metadata import outlet_name
from rashomon.ingest.records import Meta
from rashomon.lexicon.patterns import (
    NAME_WORD,
    OPINION_MARK,
    OPINION_WORD,
    PERSON_NAME,
    SPEAKER_HEADER,
    is_person_name,
)

_PLACEHOLDER = re.compile(
    r"^(?:image|photo|photograph|picture|video)(?:\s+(?:source|credit|caption)s?)?\s*"
    r"(?:\([^)]*\))?\s*(?::\s*[^.]{0,60})?$",
    re.IGNORECASE,
)
_PAGE_ID = re.compile(r"^(?=.{8,}$)\d+(?:[.\-_/]\d+)+$")
_PAGE_PROMPT = re.compile(
    r"^(?:advertisement\s*)?(?:continue\s+reading(?:\s+the\s+main\s+story)?|advertisement)$",
    re.IGNORECASE,
)
_CREDITED_CAPTION = re.compile(
    r"\b(?:photographer|photograph|photo|image)\s*:\s*[^.:/]{2,60}/\s*[^.:/]{2,40}$", re.IGNORECASE
)
_MAX_CREDITED_CAPTION_WORDS = 30
# Phrases of a sign-up form; a line with two of them is the form, not the story.
_SIGN_UP = re.compile(
    r"newsletter\s+sign[\s-]?up|not\s+a\s+robot|invalid\s+email\s+address|please\s+re-?enter"
    r"|select\s+a\s+newsletter|opt[\s-]?out\s+at\s+any\s+time|thank\s+you\s+for\s+subscribing",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^sources?\s*:\s*(?P<value>.{2,120})$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^(?:(?:©|\(c\)|copyright\b).{0,120}|[—–]\s*.{2,100}\b(?:19|20)\d\d\.?"
    r"|.{0,80}all rights reserved\.?)$",
    re.IGNORECASE,
)
_CREDIT_BYLINE = re.compile(
    r"^(?:additional\s+)?(?:reporting|reported|written|words|text)\s+by\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_TOP_BYLINE = re.compile(r"^by\s+(?P<value>.+)$", re.IGNORECASE)
_LABEL = re.compile(rf"^(?P<value>{OPINION_WORD}|interview)$", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"\w\s*/\s*\w|\b(?:photo|photograph|pool|getty|images)\b", re.IGNORECASE)
_CAPTION_TAIL = re.compile(
    r"(?:\((?P<paren>[^()]{2,80})\))?\s*"
    r"(?P<credit>(?:image|photo|picture)\s+credit\s*:\s*[^.()]{1,60}|photograph\s*:\s*[^.()]{1,60})?\s*$",
    re.IGNORECASE,
)
_BIO = re.compile(
    rf"^[—–*\s]*(?P<name>{PERSON_NAME})\s+is\s+(?:(?P<article>a|an|the)\s+)?(?P<rest>.+?)\.?\s*$"
)
_PRESS_ROLE = re.compile(
    r"\b(?:editor|columnist|correspondent|writer|reporter|journalist|commentator|contributor|"
    r"presenter|producer)\b",
    re.IGNORECASE,
)
_OTHER_ROLE = re.compile(r"\b(?:author|analyst|professor|fellow|director)\b", re.IGNORECASE)
_BIO_OUTLET = re.compile(
    rf"^(?P<outlet>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})['’]s\b"
    rf"|\b(?:for|at)\s+(?P<outlet2>(?:The\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})",
)
_DATELINE = re.compile(
    r"^(?P<dateline>(?P<place>\w[\w.'’-]{2,}(?:\s+\w[\w.'’-]*){0,3})"
    r"(?:,\s+\w[\w.'’-]*(?:\s+\w[\w.'’-]*){0,2}){0,2}"
    r"(?:\s+\([^()]{1,40}\))?(?:\s*[—–―]{1,2}|\s+--?))\s*(?P<next>[“\"‘']?\w)"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_MAX_SOURCE_WORDS = 8
_MAX_CAPTION_WORDS = 120
_MAX_BIO_WORDS = 45
_MAX_TITLE_WORDS = 20
_MAX_BYLINE_WORDS = 12
_TOP_PARAGRAPHS = 3


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A cleaned body, the lines removed from it, and the metadata those lines gave."""

    text: str
    boilerplate: tuple[str, ...]
    meta: Meta


@dataclass(slots=True)
class _Found:
    """Metadata collected while the rules run (first finding wins)."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    genre: str | None = None
    dates: dict[str, str] = field(default_factory=dict)
    """The first date of each kind: DATE_LINE_KINDS, "dateline" and "caption"."""

    def note(self, name: str, value: str | None) -> None:
        if value and getattr(self, name) is None:
            setattr(self, name, value)

    def note_date(self, kind: str, value: str | None) -> None:
        if value:
            self.dates.setdefault(kind, value)

    def published(self) -> str | None:
        published, date, updated = DATE_LINE_KINDS
        order = (published, date, "dateline", updated, "caption")
        return next((self.dates[kind] for kind in order if kind in self.dates), None)


def clean_text(text: str, find_title: bool = True) -> Cleaned:
    """Return the body of `text` without boilerplate, with the metadata the boilerplate gave.

    `find_title` takes a headline-like first line as the title (off when the title is known).
    """
    paragraphs = _paragraphs(text)
    found = _Found()
    removed: list[str] = []
    kept: list[list[str]] = []
    for index, paragraph in enumerate(paragraphs):
        lines = [line for line in paragraph if not _drop_line(line, index, found, removed)]
        if lines and _is_caption(" ".join(lines)):
            removed.extend(lines)
            if index < _TOP_PARAGRAPHS:
                found.note_date("caption", first_date(" ".join(lines)))
        elif lines:
            kept.append(lines)
    if kept and _take_bio(kept[-1], found):
        removed.extend(kept.pop())
    if (
        find_title
        and len(kept) > 1
        and _is_headline(kept[0])
        and not SPEAKER_HEADER.match(kept[1][0])
    ):
        found.note("title", kept[0][0])
        removed.append(kept.pop(0)[0])
    if kept and (dateline := _dateline(kept[0][0])):
        removed.append(dateline.group("dateline"))
        found.note_date("dateline", first_date(dateline.group("dateline")))
        kept[0][0] = kept[0][0][dateline.start("next") :]
    body = "\n\n".join("\n".join(lines) for lines in kept)
    meta = Meta(
        title=found.title,
        outlet=found.outlet,
        author=found.author,
        published=found.published(),
        genre=found.genre,
    )
    return Cleaned(text=body, boilerplate=tuple(removed), meta=meta)


def _paragraphs(text: str) -> list[list[str]]:
    paragraphs: list[list[str]] = [[]]
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


def _drop_line(line: str, paragraph: int, found: _Found, removed: list[str]) -> bool:
    """Apply the line rules; record what the line says and return whether it leaves the body."""
    drop = _classify(line, paragraph < _TOP_PARAGRAPHS, found)
    if drop:
        removed.append(line)
    return drop


def _classify(line: str, at_top: bool, found: _Found) -> bool:
    if _PLACEHOLDER.match(line) or _PAGE_ID.match(line) or _PAGE_PROMPT.match(line):
        return True
    if len({match.group().casefold() for match in _SIGN_UP.finditer(line)}) >= 2:
        return True
    if _CREDITED_CAPTION.search(line) and len(line.split()) <= _MAX_CREDITED_CAPTION_WORDS:
        return True
    if (match := _SOURCE.match(line)) and len(line.split()) <= _MAX_SOURCE_WORDS:
        found.note("outlet", outlet_name(match.group("value"), split_camel=True))
        return True
    if _COPYRIGHT.match(line):
        found.note("outlet", outlet_name(line))
        return True
    byline = _CREDIT_BYLINE.match(line) or (_TOP_BYLINE.match(line) if at_top else None)
    if byline and len(line.split()) <= _MAX_BYLINE_WORDS:
        author = _byline_author(byline.group("value"))
        if author:
            found.note("author", author)
            return True
    if (dated := date_line(line)) is not None:
        kind, value = dated
        if kind != "date" or at_top:
            found.note_date(kind, value)
        return True
    if at_top and (match := _LABEL.match(line)):
        label = match.group("value").lower()
        found.note("genre", "interview" if label == "interview" else "opinion")
        return True
    return False


def _dateline(line: str) -> re.Match[str] | None:
    """The dateline opening `line`: a place in capitals, then a dash, then a capitalised word."""
    match = _DATELINE.match(line)
    if match and match.group("place").isupper() and match.group("next")[-1].isupper():
        return match
    return None


def _byline_author(value: str) -> str | None:
    """Return the author named in a byline's value ("Jane Roe, Defence Editor" gives "Jane Roe")."""
    name = re.split(r"[;|,]|\s+[-–—]\s+|\s+in\s+", value, maxsplit=1)[0].strip(" .")
    names = re.split(r"\s+and\s+|\s+&\s+", name)
    return name if all(is_person_name(part) for part in names) else None


def _is_caption(text: str) -> bool:
    """Return whether a paragraph is a photo caption: short and ending in a photo credit."""
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return False
    match = _CAPTION_TAIL.search(text)
    if match is None:
        return False
    if match.group("credit"):
        return True
    paren = match.group("paren")
    return paren is not None and _PHOTO_CREDIT.search(paren) is not None


def _take_bio(paragraph: list[str], found: _Found) -> bool:
    """Return whether the last paragraph is an author bio; note its author, outlet and genre.

    The outlet is read only from a press role ("the Courier's editor", "a columnist for X").
    """
    text = " ".join(paragraph)
    match = _BIO.match(text)
    if match is None or len(text.split()) > _MAX_BIO_WORDS:
        return False
    rest = match.group("rest")
    press = _PRESS_ROLE.search(rest) is not None
    if not press and not _OTHER_ROLE.search(rest):
        return False
    found.note("author", match.group("name"))
    if press and (outlet := _BIO_OUTLET.search(rest)):
        if outlet.group("outlet"):
            prefix = "The " if match.group("article") == "the" else ""
            found.note("outlet", prefix + outlet.group("outlet"))
        else:
            found.note("outlet", outlet.group("outlet2"))
    if OPINION_MARK.search(rest):
        found.note("genre", "opinion")
    return True


def _is_headline(paragraph: list[str]) -> bool:
    """Return whether a paragraph reads as a headline: one short sentence, no closing full stop."""
    if len(paragraph) != 1:
        return False
    line = paragraph[0]
    return (
        line[0].isupper()
        and len(line.split()) <= _MAX_TITLE_WORDS
        and not line.endswith((".", ",", ";", ":", "…", ")"))
        and _SENTENCE_BREAK.search(line) is None
    )
