"""Names of bodies the model cut short are continued to the longer name the run gives."""

from __future__ import annotations

from rashomon.records import Article, ArticleAnnotation, MentionCandidate
from rashomon.resolve import resolve_actors


def _actors(*articles: tuple[str, list[str]]) -> dict[str, set[str]]:
    """Actor name → its mention texts, for one article per (text, bodies tagged in it)."""
    records, annotated = [], []
    for number, (text, tagged) in enumerate(articles):
        identifier = f"a{number}"
        records.append(
            Article(identifier, None, None, None, None, None, "news", "en", text, identifier)
        )
        mentions = []
        for written in tagged:
            start = text.index(written)
            span = (start, start + len(written))
            mentions.append(
                MentionCandidate(span, written, (0, len(text)), "organization", written, "ORG")
            )
        annotated.append(ArticleAnnotation(identifier, tuple(mentions)))
    resolved = resolve_actors(records, annotated)
    return {a.name: {m.text for m in resolved.mentions if m.actor == a.id} for a in resolved.actors}


def test_a_body_cut_a_word_short_takes_the_word_the_run_names_it_with() -> None:
    actors = _actors(
        ("The U.S. Harbour Inspector General spoke.", ["U.S. Harbour Inspector General"]),
        ("She will be US Harbour Inspector General.", ["US Harbour Inspector"]),
        ("The former Harbour Inspector General Ada Roe left.", ["Harbour Inspector"]),
    )
    assert actors == {
        "U.S. Harbour Inspector General": {
            "U.S. Harbour Inspector General",
            "US Harbour Inspector General",
            "Harbour Inspector General",
        }
    }


def test_a_body_is_not_continued_into_another_name_or_an_unknown_one() -> None:
    actors = _actors(
        ("The Ostmark Gulls Academy opened.", ["Ostmark Gulls Academy"]),
        ("The Ostmark Gulls Trust paid.", ["Ostmark Gulls"]),
        ("Ostmark Gulls Academy Fund", ["Ostmark Gulls", "Academy Fund"]),
    )
    texts = set().union(*actors.values())
    assert texts == {"Ostmark Gulls Academy", "Ostmark Gulls", "Academy Fund"}
