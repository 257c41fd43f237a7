"""Genre: interview structure, opinion marks, stated metadata, news by default."""

from __future__ import annotations

from rashomon.ingest.genre import detect_genre, has_interview_structure

INTERVIEW = (
    "We asked two experts about the strike.\n\n"
    "Will it spread?\n\n"
    "Irena Kowal, Gdańsk School of Economics: It could.\n\n"
    "Piotr van Dijk: I doubt it.\n\n"
    "What happens next?\n\n"
    "Irena Kowal: Talks, probably."
)


def test_questions_answered_by_speaker_headers_make_an_interview() -> None:
    assert has_interview_structure(INTERVIEW)
    assert detect_genre(INTERVIEW, None) == "interview"


def test_one_quoted_header_is_not_an_interview() -> None:
    text = "Will it spread?\n\nIrena Kowal, economist: It could.\n\nThe union met on Monday."
    assert not has_interview_structure(text)
    assert detect_genre(text, None) == "news"


def test_opinion_from_hints_and_stated_genre_wins() -> None:
    body = "The bridge should reopen."
    assert detect_genre(body, None, ("https://paper.example/opinion/bridge",)) == "opinion"
    assert detect_genre(body, None, ("Comment",)) == "opinion"
    assert detect_genre(body, None, ("https://paper.example/world/bridge",)) == "news"
    assert detect_genre(INTERVIEW, "Opinion", ()) == "opinion"
    assert detect_genre(body, "feature", ()) == "news", "unknown stated genres are ignored"
