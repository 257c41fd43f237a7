"""A title belongs to the name it qualifies, also in a list of names."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.records import Article
from rashomon.resolve import resolve_actors


def test_titles_in_a_list_go_to_the_names_they_precede(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    article = make_article(
        "The debate featured Donald Trump, Sen. Marco Rubio and Gov. Chris Christie."
    )
    actors = resolve_actors([article], annotate([article], nlp)).actors
    titles = {actor.name: actor.titles for actor in actors}
    assert titles["Donald Trump"] == ()
    assert titles["Marco Rubio"] == ("Sen.",)
    assert titles["Chris Christie"] == ("Gov.",)


def test_a_title_does_not_end_in_and(nlp: Language) -> None:
    doc = nlp("Secretary of State and former senator Hillary Clinton spoke.")
    assert doc.spans["rashomon_titles"][0].text == "Secretary of State"
