"""The shipped cue classifier: its weights load, and they tell saying from doing."""

from __future__ import annotations

from rashomon.lexicon.cue_model import cue_probability, is_cue


def test_a_verb_of_saying_with_a_that_clause_is_a_cue() -> None:
    features = ["lemma=say", "lexicon=clause", "tag=VBD", "child=ccomp", "subject=PERSON"]
    assert is_cue(features)


def test_a_verb_of_doing_with_an_object_is_no_cue() -> None:
    features = ["lemma=build", "tag=VBD", "dep=ROOT", "lexicon=none", "child=dobj", "child=nsubj"]
    assert not is_cue(features)


def test_unknown_features_weigh_nothing() -> None:
    assert cue_probability(["lemma=say", "no-such-feature"]) == cue_probability(["lemma=say"])
