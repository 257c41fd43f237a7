"""Names start and end with name words; names joined by "and" are two."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Span

from rashomon.annotate import annotate
from rashomon.annotate.casing import CASING_KEY, article_casing
from rashomon.annotate.components.mentions import describe
from rashomon.annotate.components.name_edges import clean_name_edges
from rashomon.records import Article


def _names(nlp: Language, make_article: Callable[[str], Article], text: str) -> list[str]:
    (annotation,) = annotate([make_article(text)], nlp)
    return [mention.text for mention in annotation.mentions]


@pytest.mark.parametrize(
    ("text", "name", "not_names"),
    [
        ("Certainly Donald Trump is not the favourite.", "Donald Trump", ["Certainly"]),
        ("Telling Jeb Bush to quit was a mistake.", "Jeb Bush", ["Telling"]),
        ("It was a Donald Trump rally.", "Donald Trump", ["a Donald Trump"]),
        ("Floridians Jeb Bush and Marco Rubio lost.", "Jeb Bush", ["Floridians"]),
        ("Comedian Ellen DeGeneres will host the awards.", "Ellen DeGeneres", ["Comedian"]),
        (
            "The billionaire backed him. Billionaire Donald Trump said so.",
            "Donald Trump",
            ["Billionaire"],
        ),
        (
            "Obstructing Oduya has become a sport for the party, and Oduya knows it.",
            "Oduya",
            ["Obstructing"],
        ),
    ],
)
def test_a_person_loses_the_words_before_the_name(
    nlp: Language,
    make_article: Callable[[str], Article],
    text: str,
    name: str,
    not_names: list[str],
) -> None:
    names = _names(nlp, make_article, text)
    assert name in names
    assert not any(word in found for found in names for word in not_names), names


def test_a_first_name_that_is_also_a_verb_stays(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    text = "Crews mark the quay each spring. Mark Tovin said so, and Tovin runs the harbour."
    assert "Mark Tovin" in _names(nlp, make_article, text)


def test_a_person_loses_an_occupation_after_the_name(nlp: Language) -> None:
    doc = nlp("We met Talia Morrow Surgeon today.")
    doc.ents = [Span(doc, 2, 5, label="PERSON")]
    assert [ent.text for ent in clean_name_edges(doc).ents] == ["Talia Morrow"]


def test_names_joined_by_and_are_two_when_each_stands_alone(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    text = "He backed Braynard and Chrabaszcz in the race. Braynard said no. Chrabaszcz agreed."
    names = _names(nlp, make_article, text)
    assert "Braynard and Chrabaszcz" not in names
    assert {"Braynard", "Chrabaszcz"} <= set(names)


def test_an_ampersand_stays_inside_a_name(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    names = _names(nlp, make_article, "Johnson & Johnson sells soap. Johnson said so.")
    assert "Johnson & Johnson" in names


def test_a_headline_word_the_article_writes_in_lower_case_is_no_part_of_a_name(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    article = replace(
        make_article("The super PAC that backs Jeb Bush spent heavily. Its chief praised him."),
        title="Jeb Bush Super PAC Chief Praises Marco Rubio Donor",
    )
    (annotation,) = annotate([article], nlp)
    names = {mention.text for mention in annotation.mentions if mention.field == "title"}
    assert "Jeb Bush" in names
    assert not any("Super" in name or "Chief" in name for name in names), names


def test_a_body_loses_a_person_who_owns_it(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    names = _names(
        nlp, make_article, "Alan Grayson ran hard. Grayson’s Democratic Senate bid failed."
    )
    assert "Democratic Senate" in names
    assert not any("’s" in name for name in names), names


def test_a_leading_word_no_given_name_spells_goes_when_the_article_writes_it_in_lower_case(
    nlp: Language,
) -> None:
    doc = nlp("The crew boarded the warship at dawn. Warship Vetlanda sailed, and Vetlanda won.")
    doc.ents = [Span(doc, 8, 10, label="PERSON"), Span(doc, 13, 14, label="PERSON")]
    casing = article_casing(None, doc.text)
    doc.user_data[CASING_KEY] = casing
    assert [ent.text for ent in clean_name_edges(doc).ents] == ["Vetlanda", "Vetlanda"]


def test_a_person_named_like_an_organisation_is_one(nlp: Language) -> None:
    doc = nlp("He gave to the Ilves Family Foundation last year.")
    doc.ents = [Span(doc, 4, 7, label="PERSON")]
    assert [(ent.text, ent.label_) for ent in clean_name_edges(doc).ents] == [
        ("Ilves Family Foundation", "ORG")
    ]


def test_a_month_the_model_calls_a_body_is_no_actor(nlp: Language) -> None:
    doc = nlp("Talks resume in Sept after the break.")
    doc.ents = [Span(doc, 3, 4, label="ORG")]
    assert describe(doc.ents[0]) is None


def test_a_part_of_a_name_inside_the_same_name_again_does_not_stand_alone(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    text = (
        "The Free Port of Kessel and Marlow opened. Ships used the Free Port of Kessel and "
        "Marlow daily. Marlow is a small town."
    )
    doc = nlp(text)
    doc.ents = [Span(doc, 1, 7, label="ORG")]
    assert [ent.text for ent in clean_name_edges(doc).ents] == ["Free Port of Kessel and Marlow"]


def test_a_person_loses_a_countrys_initials_after_the_name(nlp: Language) -> None:
    doc = nlp("Talia Morrow U. S. Harbour Inspector nominee spoke.")
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    assert [ent.text for ent in clean_name_edges(doc).ents] == ["Talia Morrow"]
