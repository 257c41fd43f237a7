"""Quoted passages: double quote marks paired into spans, across paragraphs as news writes them.

Curly marks pair by shape (“ opens, ” closes; a ” with none open, after a space and before a
letter, is a mistyped “ and opens); a straight mark (or two apostrophes, as some
archives write quote marks: ''like this'') opens when none is open and closes otherwise, except
that one standing after a word and before a space closes only (its opening mark was lost). A
paragraph that opens a quote and does not close it goes on in the next paragraph when that one
opens with a quote mark of the same style (the convention for a quote over several
paragraphs); else the quote ends with its paragraph (an unbalanced mark never swallows the rest
of the article).
Single quotes are left alone: they are apostrophes far more often than quote marks.
"""

from __future__ import annotations

import re

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
DOUBLED = "''"
_MARK = re.compile(r"''|[“”\"]")
_PARAGRAPH = re.compile(r"[^\n]+")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each quoted passage, quote marks included, in text order."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    last_end = 0
    for paragraph in _PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        content = paragraph.group()
        lead = len(content) - len(content.lstrip())
        if opened is not None:
            reopening = _MARK.match(content, lead)
            if reopening is not None and _same_style(text[opened], reopening.group()):
                start += reopening.end()  # the quote goes on: its re-opening mark is not a new one
            else:
                spans.append((opened, last_end))
                opened = None
        for mark in _MARK.finditer(text, start, end):
            where = mark.start()
            if opened is None and _opens(text, mark):
                opened = where
            elif opened is not None and mark.group() != OPENING:
                spans.append((opened, mark.end()))
                opened = None
        last_end = start + len(text[start:end].rstrip()) if end > start else end
    if opened is not None:
        spans.append((opened, last_end))
    return spans


def _same_style(opening: str, reopening: str) -> bool:
    """Whether a paragraph's first mark goes on with the quote `opening` began: an opening
    mark of the same style (a stray straight mark is not continued by curly ones)."""
    if reopening == CLOSING:
        return False
    return (opening == OPENING) == (reopening == OPENING)


def _opens(text: str, mark: re.Match[str]) -> bool:
    """Whether a mark, with no quote open, opens one: any but a closing curly mark or a straight
    one that can only close; a closing curly mark too when it stands where an opening one would,
    after a space or a paragraph's start and before a letter ('”Fear. I am truly afraid',
    a mistyped opening mark)."""
    if mark.group() == CLOSING:
        before = text[mark.start() - 1] if mark.start() > 0 else "\n"
        after = text[mark.end()] if mark.end() < len(text) else " "
        return before.isspace() and after.isalnum()
    return not _only_closes(text, mark)


def _only_closes(text: str, mark: re.Match[str]) -> bool:
    """Whether a straight mark can only close: right after a word and before a space or a
    punctuation mark ('… of [his] systems" including'); with no quote open it opens none."""
    if mark.group() == OPENING:
        return False
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    return (
        not before.isspace() and before not in "([{—–-" and (after.isspace() or after in ",.;:!?)")
    )
