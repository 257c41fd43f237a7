"""Component `rashomon_entities` on hand-built `Doc`s: names extended, places relabelled."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

# Token: (text, part of speech, dependency, head index, IOB entity tag).
Token = tuple[str, str, str, int, str]


def _doc(nlp: Language, tokens: list[Token]) -> Doc:
    """A parsed `Doc` built by hand (no model), every word followed by a space."""
    words, pos, deps, heads, ents = (list(column) for column in zip(*tokens, strict=True))
    return Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, ents=ents)


def _repair(nlp: Language, tokens: list[Token]) -> list[tuple[str, str]]:
    doc = nlp.get_pipe("rashomon_entities")(_doc(nlp, tokens))
    return [(ent.text, ent.label_) for ent in doc.ents]


# "Minister Helena Duarte Vaz spoke . Duarte Vaz agreed ."
SPLIT_NAME: list[Token] = [
    ("Minister", "PROPN", "compound", 3, "O"),
    ("Helena", "PROPN", "compound", 3, "B-PERSON"),
    ("Duarte", "PROPN", "compound", 3, "I-PERSON"),
    ("Vaz", "PROPN", "nsubj", 4, "O"),
    ("spoke", "VERB", "ROOT", 4, "O"),
    (".", "PUNCT", "punct", 4, "O"),
    ("Duarte", "PROPN", "compound", 7, "O"),
    ("Vaz", "PROPN", "nsubj", 8, "O"),
    ("agreed", "VERB", "ROOT", 8, "O"),
    (".", "PUNCT", "punct", 8, "O"),
]


def test_person_extends_over_untagged_name_words_and_its_surname_repeats(nlp: Language) -> None:
    assert _repair(nlp, SPLIT_NAME) == [("Helena Duarte Vaz", "PERSON"), ("Duarte Vaz", "PERSON")]


@pytest.mark.parametrize(
    "third",
    [
        pytest.param(("Portugal", "PROPN", "npadvmod", 3, "O"), id="gazetteer-name"),
        pytest.param(("Minister", "PROPN", "appos", 3, "O"), id="title-word"),
        pytest.param(("Friday", "PROPN", "npadvmod", 3, "B-DATE"), id="other-entity"),
        pytest.param(("walked", "VERB", "conj", 3, "O"), id="not-a-proper-noun"),
    ],
)
def test_person_does_not_extend_over_other_words(nlp: Language, third: Token) -> None:
    tokens: list[Token] = [
        ("Helena", "PROPN", "compound", 1, "B-PERSON"),
        ("Duarte", "PROPN", "nsubj", 3, "I-PERSON"),
        third,
        ("left", "VERB", "ROOT", 3, "O"),
    ]
    assert _repair(nlp, tokens)[0] == ("Helena Duarte", "PERSON")


def test_person_does_not_extend_across_punctuation(nlp: Language) -> None:
    tokens: list[Token] = [
        ("Helena", "PROPN", "compound", 1, "B-PERSON"),
        ("Duarte", "PROPN", "nsubj", 4, "I-PERSON"),
        (",", "PUNCT", "punct", 1, "O"),
        ("Vaz", "PROPN", "appos", 1, "O"),
        ("left", "VERB", "ROOT", 4, "O"),
    ]
    assert _repair(nlp, tokens) == [("Helena Duarte", "PERSON")]


# "Boats held in Agadir sank ." (the model tags such places PRODUCT)
HELD_IN: list[Token] = [
    ("Boats", "NOUN", "nsubj", 4, "O"),
    ("held", "VERB", "acl", 0, "O"),
    ("in", "ADP", "prep", 1, "O"),
    ("Agadir", "PROPN", "pobj", 2, "B-PRODUCT"),
    ("sank", "VERB", "ROOT", 4, "O"),
    (".", "PUNCT", "punct", 4, "O"),
]
# "Ships sailed off the coast of Agadir ."
OFF_THE_COAST: list[Token] = [
    ("Ships", "NOUN", "nsubj", 1, "O"),
    ("sailed", "VERB", "ROOT", 1, "O"),
    ("off", "ADP", "prep", 1, "O"),
    ("the", "DET", "det", 4, "O"),
    ("coast", "NOUN", "pobj", 2, "O"),
    ("of", "ADP", "prep", 4, "O"),
    ("Agadir", "PROPN", "pobj", 5, "B-PRODUCT"),
    (".", "PUNCT", "punct", 1, "O"),
]


def _shifted(tokens: list[Token], offset: int) -> list[Token]:
    return [(text, pos, dep, head + offset, ent) for text, pos, dep, head, ent in tokens]


@pytest.mark.parametrize("tokens", [HELD_IN, OFF_THE_COAST], ids=["held-in", "off-the-coast-of"])
def test_product_governed_by_a_locative_is_a_place(nlp: Language, tokens: list[Token]) -> None:
    assert _repair(nlp, tokens) == [("Agadir", "GPE")]


def test_name_used_as_an_organisation_elsewhere_stays(nlp: Language) -> None:
    # "Agadir signed a deal ." before "Boats held in Agadir sank ."
    signed: list[Token] = [
        ("Agadir", "PROPN", "nsubj", 1, "B-ORG"),
        ("signed", "VERB", "ROOT", 1, "O"),
        ("a", "DET", "det", 3, "O"),
        ("deal", "NOUN", "dobj", 1, "O"),
        (".", "PUNCT", "punct", 1, "O"),
    ]
    tokens = signed + _shifted(HELD_IN, len(signed))
    assert _repair(nlp, tokens) == [("Agadir", "ORG"), ("Agadir", "ORG")]


def test_other_product_mentions_follow_the_place(nlp: Language) -> None:
    # "Boats held in Agadir sank . Agadir mourned ."
    mourned: list[Token] = [
        ("Agadir", "PROPN", "nsubj", 1, "B-PRODUCT"),
        ("mourned", "VERB", "ROOT", 1, "O"),
        (".", "PUNCT", "punct", 1, "O"),
    ]
    tokens = HELD_IN + _shifted(mourned, len(HELD_IN))
    assert _repair(nlp, tokens) == [("Agadir", "GPE"), ("Agadir", "GPE")]


def test_organisation_object_of_a_verb_stays_an_organisation(nlp: Language) -> None:
    # "Funds invested in Zentra grew ." : "in" under a verb does not make an ORG a place.
    tokens: list[Token] = [
        ("Funds", "NOUN", "nsubj", 4, "O"),
        ("invested", "VERB", "acl", 0, "O"),
        ("in", "ADP", "prep", 1, "O"),
        ("Zentra", "PROPN", "pobj", 2, "B-ORG"),
        ("grew", "VERB", "ROOT", 4, "O"),
        (".", "PUNCT", "punct", 4, "O"),
    ]
    assert _repair(nlp, tokens) == [("Zentra", "ORG")]


def test_untagged_proper_noun_near_is_a_place(nlp: Language) -> None:
    # "Boats waited near Tafraout ."
    tokens: list[Token] = [
        ("Boats", "NOUN", "nsubj", 1, "O"),
        ("waited", "VERB", "ROOT", 1, "O"),
        ("near", "ADP", "prep", 1, "O"),
        ("Tafraout", "PROPN", "pobj", 2, "O"),
        (".", "PUNCT", "punct", 1, "O"),
    ]
    assert _repair(nlp, tokens) == [("Tafraout", "GPE")]


def test_an_entity_ends_before_a_line_break(nlp: Language) -> None:
    # "Bloomberg \n\n Earlier Sabine Weyand said ." tagged as one ORG across the paragraph break
    tokens: list[Token] = [
        ("Bloomberg", "PROPN", "nsubj", 5, "B-ORG"),
        ("\n\n", "SPACE", "dep", 0, "I-ORG"),
        ("Earlier", "ADV", "advmod", 5, "I-ORG"),
        ("Sabine", "PROPN", "compound", 4, "I-ORG"),
        ("Weyand", "PROPN", "nsubj", 5, "I-ORG"),
        ("said", "VERB", "ROOT", 5, "O"),
        (".", "PUNCT", "punct", 5, "O"),
    ]
    assert _repair(nlp, tokens) == [("Bloomberg", "ORG")]


def test_trailing_line_breaks_are_trimmed(nlp: Language) -> None:
    tokens: list[Token] = [
        ("Okafor", "PROPN", "nsubj", 2, "B-PERSON"),
        ("\n\n", "SPACE", "dep", 0, "I-PERSON"),
        ("left", "VERB", "ROOT", 2, "O"),
    ]
    assert _repair(nlp, tokens) == [("Okafor", "PERSON")]


def test_a_longer_repeat_replaces_the_shorter_one_it_covers(nlp: Language) -> None:
    # "Mei Lan spoke . President Mei agreed . Mei Lan left ." with the last two words untagged
    tokens: list[Token] = [
        ("Mei", "PROPN", "compound", 1, "B-PERSON"),
        ("Lan", "PROPN", "nsubj", 2, "I-PERSON"),
        ("spoke", "VERB", "ROOT", 2, "O"),
        (".", "PUNCT", "punct", 2, "O"),
        ("President", "PROPN", "compound", 5, "O"),
        ("Mei", "PROPN", "nsubj", 6, "B-PERSON"),
        ("agreed", "VERB", "ROOT", 6, "O"),
        (".", "PUNCT", "punct", 6, "O"),
        ("Mei", "PROPN", "compound", 9, "O"),
        ("Lan", "PROPN", "nsubj", 10, "O"),
        ("left", "VERB", "ROOT", 10, "O"),
        (".", "PUNCT", "punct", 10, "O"),
    ]
    assert _repair(nlp, tokens) == [
        ("Mei Lan", "PERSON"),
        ("Mei", "PERSON"),
        ("Mei Lan", "PERSON"),
    ]


@pytest.mark.parametrize(
    ("compass", "label", "expected"),
    [
        pytest.param("east", "NORP", [("Tafraout", "GPE")], id="norp-becomes-place"),
        pytest.param("northern", "GPE", [("Tafraout", "GPE")], id="place-stays-place"),
        pytest.param("East", "GPE", [("East Tafraout", "GPE")], id="capitalised-is-the-name"),
    ],
)
def test_a_lower_case_compass_word_is_not_part_of_a_place_name(
    nlp: Language, compass: str, label: str, expected: list[tuple[str, str]]
) -> None:
    # "the retaking of east Tafraout ." with "east Tafraout" tagged as one entity
    tokens: list[Token] = [
        ("the", "DET", "det", 1, "O"),
        ("retaking", "NOUN", "ROOT", 1, "O"),
        ("of", "ADP", "prep", 1, "O"),
        (compass, "ADJ", "amod", 4, f"B-{label}"),
        ("Tafraout", "PROPN", "pobj", 2, f"I-{label}"),
        (".", "PUNCT", "punct", 1, "O"),
    ]
    assert _repair(nlp, tokens) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("PERSON", [("Okafor", "PERSON")], id="person-ends-before-it"),
        pytest.param("FAC", [("Okafor ’s Clinic", "FAC")], id="organisation-keeps-it"),
    ],
)
def test_a_possessive_inside_a_name(
    nlp: Language, label: str, expected: list[tuple[str, str]]
) -> None:
    # "Okafor ’s Clinic opened ." tagged as one entity
    tokens: list[Token] = [
        ("Okafor", "PROPN", "poss", 2, f"B-{label}"),
        ("’s", "PART", "case", 0, f"I-{label}"),
        ("Clinic", "PROPN", "nsubj", 3, f"I-{label}"),
        ("opened", "VERB", "ROOT", 3, "O"),
        (".", "PUNCT", "punct", 3, "O"),
    ]
    assert _repair(nlp, tokens) == expected


def test_a_leading_possessive_is_trimmed_and_a_lower_case_rest_dropped(nlp: Language) -> None:
    # "Lagos ’s Ikeja and Lagos ’s agenda" with the model's entities starting at "’s"
    tokens: list[Token] = [
        ("Lagos", "PROPN", "poss", 2, "O"),
        ("’s", "PART", "case", 0, "B-PERSON"),
        ("Ikeja", "PROPN", "ROOT", 2, "I-PERSON"),
        ("and", "CCONJ", "cc", 2, "O"),
        ("Lagos", "PROPN", "poss", 6, "O"),
        ("’s", "PART", "case", 4, "B-PERSON"),
        ("agenda", "NOUN", "conj", 2, "I-PERSON"),
    ]
    assert _repair(nlp, tokens) == [("Ikeja", "PERSON")]


def test_an_entity_ends_before_a_url(nlp: Language) -> None:
    tokens: list[Token] = [
        ("Watch", "VERB", "ROOT", 0, "O"),
        ("Okafor", "PROPN", "dobj", 0, "B-PERSON"),
        ("pic.example.com/x1y2", "PROPN", "appos", 1, "I-PERSON"),
    ]
    assert _repair(nlp, tokens) == [("Okafor", "PERSON")]


def test_an_organisation_before_a_product_is_its_maker_and_part_of_its_name(
    nlp: Language,
) -> None:
    # "A grey Velmont Corsa sped off ."
    tokens: list[Token] = [
        ("A", "DET", "det", 3, "O"),
        ("grey", "ADJ", "amod", 3, "O"),
        ("Velmont", "PROPN", "compound", 3, "B-ORG"),
        ("Corsa", "PROPN", "nsubj", 4, "B-PRODUCT"),
        ("sped", "VERB", "ROOT", 4, "O"),
        ("off", "ADP", "prt", 4, "O"),
        (".", "PUNCT", "punct", 4, "O"),
    ]
    assert _repair(nlp, tokens) == [("Velmont Corsa", "PRODUCT")]


def test_a_ship_named_with_its_prefix_is_one_entity_and_so_is_its_bare_name(
    nlp: Language,
) -> None:
    # "Warship INS Velda sailed . The Velda and Velda Harbour waited ."
    tokens: list[Token] = [
        ("Warship", "NOUN", "compound", 2, "B-PERSON"),
        ("INS", "PROPN", "compound", 2, "I-PERSON"),
        ("Velda", "PROPN", "nsubj", 3, "I-PERSON"),
        ("sailed", "VERB", "ROOT", 3, "O"),
        (".", "PUNCT", "punct", 3, "O"),
        ("The", "DET", "det", 6, "B-ORG"),
        ("Velda", "PROPN", "nsubj", 10, "I-ORG"),
        ("and", "CCONJ", "cc", 6, "O"),
        ("Velda", "PROPN", "compound", 9, "B-ORG"),
        ("Harbour", "PROPN", "conj", 6, "I-ORG"),
        ("waited", "VERB", "ROOT", 10, "O"),
        (".", "PUNCT", "punct", 10, "O"),
    ]
    doc = nlp.get_pipe("rashomon_entities")(_doc(nlp, tokens))
    assert [(ent.text, ent.label_, ent.id_) for ent in doc.ents] == [
        ("INS Velda", "PRODUCT", "vessel:INS Velda"),
        ("Velda", "PRODUCT", "vessel:INS Velda"),
        ("Velda Harbour", "ORG", ""),
    ]


def test_a_spelled_out_prefix_names_the_ship_by_its_abbreviation(nlp: Language) -> None:
    # "Indian Naval Ship Velda sailed ."
    ship: list[Token] = [
        ("Indian", "ADJ", "amod", 2, "B-NORP"),
        ("Naval", "PROPN", "compound", 2, "O"),
        ("Ship", "PROPN", "compound", 3, "O"),
        ("Velda", "PROPN", "nsubj", 4, "B-PERSON"),
        ("sailed", "VERB", "ROOT", 4, "O"),
        (".", "PUNCT", "punct", 4, "O"),
    ]
    doc = nlp.get_pipe("rashomon_entities")(_doc(nlp, ship))
    assert [(ent.text, ent.id_) for ent in doc.ents] == [
        ("Indian Naval Ship Velda", "vessel:INS Velda")
    ]


def test_a_name_a_landform_word_opens_is_a_place_not_a_person_or_body(nlp: Language) -> None:
    # "Aoraki Mount Kessel and Mt Kessel , Mount Kessel Hospital , Dana Lake ."
    tokens: list[Token] = [
        ("Aoraki", "PROPN", "compound", 2, "B-PERSON"),
        ("Mount", "PROPN", "compound", 2, "I-PERSON"),
        ("Kessel", "PROPN", "ROOT", 2, "I-PERSON"),
        ("and", "CCONJ", "cc", 2, "O"),
        ("Mt", "PROPN", "compound", 5, "B-ORG"),
        ("Kessel", "PROPN", "conj", 2, "I-ORG"),
        (",", "PUNCT", "punct", 2, "O"),
        ("Mount", "PROPN", "compound", 9, "B-ORG"),
        ("Kessel", "PROPN", "compound", 9, "I-ORG"),
        ("Hospital", "PROPN", "conj", 2, "I-ORG"),
        (",", "PUNCT", "punct", 2, "O"),
        ("Dana", "PROPN", "compound", 12, "B-PERSON"),
        ("Lake", "PROPN", "conj", 2, "I-PERSON"),
        (".", "PUNCT", "punct", 2, "O"),
    ]
    assert _repair(nlp, tokens) == [
        ("Aoraki Mount Kessel", "LOC"),
        ("Mt Kessel", "LOC"),
        ("Mount Kessel Hospital", "ORG"),
        ("Dana Lake", "PERSON"),
    ]


def _plural_doc(nlp: Language, tokens: list[Token], plurals: set[int]) -> list[tuple[str, str]]:
    """`_repair` with the words at `plurals` tagged as plural proper nouns."""
    doc = _doc(nlp, tokens)
    for index in plurals:
        doc[index].tag_ = "NNPS"
    return [(ent.text, ent.label_) for ent in nlp.get_pipe("rashomon_entities")(doc).ents]


def test_an_untagged_plural_name_that_acts_after_the_is_a_body(nlp: Language) -> None:
    # "The Ostmark Gulls fired their coach , and the Gulls ' fans of the Gulls wept ."
    tokens: list[Token] = [
        ("The", "DET", "det", 2, "O"),
        ("Ostmark", "PROPN", "compound", 2, "O"),
        ("Gulls", "PROPN", "nsubj", 3, "O"),
        ("fired", "VERB", "ROOT", 3, "O"),
        ("their", "PRON", "poss", 5, "O"),
        ("coach", "NOUN", "dobj", 3, "O"),
        (",", "PUNCT", "punct", 3, "O"),
        ("and", "CCONJ", "cc", 3, "O"),
        ("the", "DET", "det", 9, "O"),
        ("Gulls", "PROPN", "poss", 11, "O"),
        ("'", "PART", "case", 9, "O"),
        ("fans", "NOUN", "nsubj", 15, "O"),
        ("of", "ADP", "prep", 11, "O"),
        ("the", "DET", "det", 14, "O"),
        ("Gulls", "PROPN", "pobj", 12, "O"),
        ("wept", "VERB", "conj", 3, "O"),
        (".", "PUNCT", "punct", 3, "O"),
    ]
    assert _plural_doc(nlp, tokens, {2, 9, 14}) == [
        ("Ostmark Gulls", "ORG"),
        ("Gulls", "ORG"),
    ]


def test_an_untagged_plural_name_takes_the_label_the_model_gives_it_elsewhere(
    nlp: Language,
) -> None:
    # "The Galas opened . Critics loved the Galas ." (an EVENT where the model tags it)
    tokens: list[Token] = [
        ("The", "DET", "det", 1, "O"),
        ("Galas", "PROPN", "nsubj", 2, "O"),
        ("opened", "VERB", "ROOT", 2, "O"),
        (".", "PUNCT", "punct", 2, "O"),
        ("Critics", "NOUN", "nsubj", 5, "O"),
        ("loved", "VERB", "ROOT", 5, "O"),
        ("the", "DET", "det", 7, "B-EVENT"),
        ("Galas", "PROPN", "dobj", 5, "I-EVENT"),
        (".", "PUNCT", "punct", 5, "O"),
    ]
    assert _plural_doc(nlp, tokens, {1, 7}) == [("Galas", "EVENT"), ("Galas", "EVENT")]


def test_a_person_does_not_extend_over_a_countrys_initials(nlp: Language) -> None:
    # "Talia Morrow U. S. Harbour Inspector"
    tokens: list[Token] = [
        ("Talia", "PROPN", "compound", 1, "B-PERSON"),
        ("Morrow", "PROPN", "compound", 5, "I-PERSON"),
        ("U.", "PROPN", "compound", 3, "O"),
        ("S.", "PROPN", "compound", 5, "O"),
        ("Harbour", "PROPN", "compound", 5, "O"),
        ("Inspector", "PROPN", "ROOT", 5, "O"),
    ]
    assert _repair(nlp, tokens)[0] == ("Talia Morrow", "PERSON")


def test_a_person_named_only_by_a_suffix_is_no_one(nlp: Language) -> None:
    # "Jr. spoke . Ona Vell Jr. agreed ."
    tokens: list[Token] = [
        ("Jr.", "PROPN", "nsubj", 1, "B-PERSON"),
        ("spoke", "VERB", "ROOT", 1, "O"),
        (".", "PUNCT", "punct", 1, "O"),
        ("Ona", "PROPN", "compound", 5, "B-PERSON"),
        ("Vell", "PROPN", "compound", 5, "I-PERSON"),
        ("Jr.", "PROPN", "nsubj", 6, "I-PERSON"),
        ("agreed", "VERB", "ROOT", 6, "O"),
        (".", "PUNCT", "punct", 6, "O"),
    ]
    assert _repair(nlp, tokens) == [("Ona Vell Jr.", "PERSON")]
