"""What the content classifier sees of a cue's dependent: whether its words are what is said.

`content_features(cue, child)` lists the features of one dependent of a cue verb as strings
("dep=ccomp", "lemma|dep=attack|dobj", "mark=that"). The same function makes the training data
(`benchmarks/train_contents.py`) and the features scored at run time (`lexicon/classifiers.py`),
so the two cannot drift apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from rashomon.lexicon.cues import QUOTE_CUES

# Dependents that are never part of what a cue attributes: its auxiliaries, particle and
# punctuation, and the verbs joined to it (another cue, or none).
NOT_CONTENT = frozenset({"aux", "auxpass", "neg", "prt", "punct", "cc", "conj", "dep", "space"})
# The prepositions whose phrase can be what a cue attributes ("called for an inquiry", "warned
# against it", "spoke about the strike"): those heading a gold Content at least 40 times in
# PolNeAR's train split. Others ("near the harbour", "in a statement", "after the vote") say
# where, when or how, never what.
CONTENT_PREPOSITIONS = frozenset(
    {"for", "as", "to", "on", "about", "in", "with", "of", "at", "by", "against", "from", "over"}
)
QUOTE_MARKS = frozenset({"“", "”", '"', "''", "``"})
# Upper bounds of the buckets of a dependent's length in tokens.
LENGTHS = (1, 3, 7, 15)


def content_children(cue: Token) -> list[Token]:
    """The dependents of `cue` that may hold what it attributes."""
    return [
        child
        for child in cue.children
        if child.dep_ not in NOT_CONTENT
        and (child.dep_ != "prep" or child.lower_ in CONTENT_PREPOSITIONS)
    ]


def content_features(cue: Token, child: Token) -> list[str]:
    """The features of `child`, a dependent of the cue verb `cue`, for telling whether its words
    are what the cue attributes."""
    lemma = cue.lemma_.lower()
    side = "L" if child.i < cue.i else "R"
    dep = child.dep_
    takes = QUOTE_CUES.get(lemma, "none")
    passive = is_passive(cue)
    features = [
        f"dep={dep}",
        f"dep|side={dep}|{side}",
        f"pos={child.pos_}",
        f"tag|dep={child.tag_}|{dep}",
        f"lemma={lemma}",
        f"lemma|dep={lemma}|{dep}",
        f"lemma|dep|side={lemma}|{dep}|{side}",
        f"takes|dep={takes}|{dep}",
        f"takes|dep|side={takes}|{dep}|{side}",
        f"cue={cue.dep_}|{cue.tag_}",
        f"passive|dep={passive}|{dep}",
        f"length={_bucket(child)}",
        f"dep|length={dep}|{_bucket(child)}",
    ]
    if dep in {"prep", "agent", "dative"}:
        features.append(f"word={child.lower_}")
        features.append(f"lemma|word={lemma}|{child.lower_}")
    for word in child.children:
        if word.dep_ == "mark" or (word.dep_ == "aux" and word.lower_ == "to"):
            features.append(f"mark={word.lower_}")
            features.append(f"lemma|mark={lemma}|{word.lower_}")
    subtree = list(child.subtree)
    if any(word.text in QUOTE_MARKS for word in subtree):
        features.append("quoted")
    if any(word.pos_ == "VERB" for word in subtree):
        features.append(f"verb|dep={dep}")
    if child.ent_type_:
        features.append(f"entity|dep={child.ent_type_}|{dep}")
    return features


def is_passive(verb: Token) -> bool:
    """Whether the verb is passive ("is expected to", "was told"): its subject is not its
    speaker."""
    return any(child.dep_ in {"auxpass", "nsubjpass"} for child in verb.children)


def _bucket(child: Token) -> int:
    """The bucket of the dependent's length: 0 for one token, up to 4 for over 15."""
    length = child.right_edge.i - child.left_edge.i + 1
    return next((rank for rank, bound in enumerate(LENGTHS) if length <= bound), len(LENGTHS))
