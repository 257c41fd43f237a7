"""Long texts: cut into pieces at paragraph breaks, annotated, and moved back into place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from rashomon.annotate import annotate, annotate_batch
from rashomon.annotate.pieces import cut_pieces
from rashomon.records import Article, Rejected

PARAGRAPH = (
    "Mayor Ilse Varga of Kessel met the Dockworkers' Union on Monday. "
    "Varga said the port would stay open, and the union said it would wait."
)


def _long_text(paragraphs: int) -> str:
    return "\n\n".join(f"{PARAGRAPH} Round {number}." for number in range(paragraphs))


def test_a_short_text_is_one_piece() -> None:
    assert cut_pieces("A short text.", 100) == [(0, "A short text.")]


def test_pieces_end_after_a_blank_line_and_cover_the_text_exactly() -> None:
    text = _long_text(12)
    pieces = cut_pieces(text, 500)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 500 for _, piece in pieces)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])
    assert [start for start, _ in pieces] == [
        sum(len(piece) for _, piece in pieces[:i]) for i in range(len(pieces))
    ]


@pytest.mark.parametrize(
    ("text", "size", "ends"),
    [
        ("First sentence here. Second sentence here. Third one goes on and on.", 50, ". "),
        ("one two three four five six seven eight nine ten eleven twelve", 30, " "),
        ("x" * 95, 40, "x"),
    ],
)
def test_without_a_paragraph_break_a_piece_ends_at_a_sentence_then_a_space(
    text: str, size: int, ends: str
) -> None:
    pieces = cut_pieces(text, size)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= size for _, piece in pieces)
    assert pieces[0][1].endswith(ends)


def test_an_article_annotated_in_pieces_keeps_its_offsets(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    article = make_article(_long_text(20))
    whole = annotate([article], nlp)[0]
    (pieces,) = annotate_batch([article], nlp, piece_chars=1_000)
    assert not isinstance(pieces, Rejected)
    assert [(m.span, m.text) for m in pieces.mentions] == [(m.span, m.text) for m in whole.mentions]
    assert all(article.text[m.span[0] : m.span[1]] == m.text for m in pieces.mentions)
    assert all(article.text[m.sentence[0] : m.sentence[1]].strip() for m in pieces.mentions)


def test_a_text_longer_than_spacy_accepts_is_annotated_in_pieces(
    nlp: Language, make_article: Callable[[str], Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    article = make_article(_long_text(40))
    monkeypatch.setattr(nlp, "max_length", 2_000)
    (refused,) = annotate_batch([article], nlp, piece_chars=20_000)
    assert isinstance(refused, Rejected)
    assert refused.code == "failed"
    assert "E088" in refused.reason
    (done,) = annotate_batch([article], nlp, piece_chars=1_500)
    assert not isinstance(done, Rejected)
    assert len(done.mentions) > 40
