"""A decoded draft becomes an `Article`: extraction, mojibake repair, cleaning, metadata, checks."""

from __future__ import annotations

from rashomon.errors import InputError, Reason
from rashomon.ids import article_id
from rashomon.ingest.clean_text import clean_text
from rashomon.ingest.dates import iso_date
from rashomon.ingest.genre import detect_genre
from rashomon.ingest.html_page import extract_page
from rashomon.ingest.language import check_language
from rashomon.ingest.records import Draft, Meta
from rashomon.ingest.repair import repair_optional, repair_text
from rashomon.records import Article
from rashomon.settings import Settings


def build_article(draft: Draft, settings: Settings) -> Article:
    """Return the cleaned `Article` for `draft`; raise InputError when it cannot be one.

    The language is checked before the length, which counts space-separated words: a Chinese
    page is not English, rather than "1 word" long.

    Metadata precedence: what the input states (JSONL fields) > HTML metadata > what the text's
    own lines say (bylines, source and copyright lines, bios, dates) > feed-entry fallback.
    """
    stated = _repaired(draft.meta)
    hints: list[str] = []
    removed: tuple[str, ...] = ()
    if draft.markup:
        page = extract_page(draft.content, stated.url)
        stated = stated.fill(_repaired(page.meta))
        hints.extend(page.hints)
        removed = page.removed
        raw = page.text
    else:
        raw = draft.content
    text = repair_text(raw)
    if not any(char.isalnum() for char in text):
        raise InputError(Reason.EMPTY, "no text: not one letter or digit")
    cleaned = clean_text(text, find_title=stated.title is None)
    if not cleaned.text.strip():
        raise InputError(Reason.NO_TEXT, "no article text left once boilerplate is removed")
    language = check_language(cleaned.text, settings.language)
    words = len(cleaned.text.split())
    if draft.markup and words < settings.min_article_words:
        raise InputError(
            Reason.NO_TEXT,
            f"only {words} word{'' if words == 1 else 's'} of text in the page, too few for an "
            f"article (min_article_words is {settings.min_article_words})",
        )
    meta = stated.fill(cleaned.meta).fill(_repaired(draft.fallback))
    hints.extend(hint for hint in (cleaned.meta.genre, meta.url) if hint)
    return Article(
        id=article_id(cleaned.text),
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=iso_date(meta.published),
        url=meta.url,
        genre=detect_genre(cleaned.text, stated.genre, tuple(hints)),
        language=language,
        text=cleaned.text,
        source=draft.source,
        word_count=words,
        boilerplate=removed + cleaned.boilerplate,
    )


def _repaired(meta: Meta) -> Meta:
    return Meta(
        title=repair_optional(meta.title),
        outlet=repair_optional(meta.outlet),
        author=repair_optional(meta.author),
        published=iso_date(meta.published),
        url=(meta.url or "").strip() or None,
        genre=repair_optional(meta.genre),
    )
