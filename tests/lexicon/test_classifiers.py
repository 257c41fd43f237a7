"""The shipped classifiers: their weights load, and they tell saying from doing and what is
said from who says it."""

from __future__ import annotations

from spacy.language import Language

from rashomon.annotate.content_features import content_children, content_features
from rashomon.lexicon.classifiers import CONTENT_CLASSIFIER, CUE_CLASSIFIER


def test_a_verb_of_saying_with_a_that_clause_is_a_cue() -> None:
    features = ["lemma=say", "lexicon=clause", "tag=VBD", "child=ccomp", "subject=PERSON"]
    assert CUE_CLASSIFIER.accepts(features)


def test_a_verb_of_doing_with_an_object_is_no_cue() -> None:
    features = ["lemma=build", "tag=VBD", "dep=ROOT", "lexicon=none", "child=dobj", "child=nsubj"]
    assert not CUE_CLASSIFIER.accepts(features)


def test_unknown_features_weigh_nothing() -> None:
    assert CUE_CLASSIFIER.probability(
        ["lemma=say", "no-such-feature"]
    ) == CUE_CLASSIFIER.probability(["lemma=say"])


def content_probabilities(nlp: Language, text: str, cue: str) -> dict[str, float]:
    """The content classifier's probability for each dependent of the verb `cue` in `text`,
    by the dependent's relation."""
    verb = next(token for token in nlp(text) if token.text == cue)
    return {
        child.dep_: CONTENT_CLASSIFIER.probability(content_features(verb, child))
        for child in content_children(verb)
    }


def test_the_that_clause_of_said_is_its_content_and_its_subject_is_not(nlp: Language) -> None:
    found = content_probabilities(nlp, "The mayor said that the ferry talks had failed.", "said")
    threshold = CONTENT_CLASSIFIER.threshold
    assert found["ccomp"] >= threshold > found["nsubj"]


def test_the_object_of_a_judgement_is_its_content(nlp: Language) -> None:
    found = content_probabilities(
        nlp, "The mayor criticized the new ferry timetable.", "criticized"
    )
    assert found["dobj"] >= CONTENT_CLASSIFIER.threshold > found["nsubj"]


def test_the_time_of_a_statement_is_not_its_content(nlp: Language) -> None:
    found = content_probabilities(nlp, "The mayor said on Monday that the talks failed.", "said")
    assert found["prep"] < CONTENT_CLASSIFIER.threshold <= found["ccomp"]
