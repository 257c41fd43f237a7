"""What the cue classifier sees of a verb: its word, its place in the parse and its company.

`cue_features(token)` lists the features as strings ("lemma=say", "child=ccomp",
"lemma|child=warn|ccomp", "subject=PERSON"). The same function makes the training data
(`benchmarks/train_cues.py`) and the features scored at run time (`lexicon/cue_model.py`), so
the two cannot drift apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from rashomon.lexicon.cues import QUOTE_CUES

# Child relations that tell a verb of saying from others: what it takes and how.
TELLING_CHILDREN = frozenset(
    {"ccomp", "xcomp", "dobj", "parataxis", "prep", "dative", "prt", "advcl", "oprd", "acomp"}
)
OTHER_CHILDREN = frozenset({"nsubj", "nsubjpass", "auxpass", "neg", "aux", "mark", "agent"})
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "that", "which"})
# Relations by which a verb hangs from another ("wants to say", "said and added").
LINKS = frozenset({"xcomp", "ccomp", "conj", "advcl", "relcl", "parataxis", "acl"})


def cue_features(token: Token) -> list[str]:
    """The features of `token` (a verb) for telling whether it attributes a statement."""
    lemma = token.lemma_.lower()
    features = [f"lemma={lemma}", f"tag={token.tag_}", f"dep={token.dep_}"]
    features.append(f"lemma|dep={lemma}|{token.dep_}")
    takes = QUOTE_CUES.get(lemma)
    features.append(f"lexicon={takes}" if takes else "lexicon=none")
    for child in token.children:
        if child.dep_ in TELLING_CHILDREN:
            features.append(f"child={child.dep_}")
            features.append(f"lemma|child={lemma}|{child.dep_}")
            if child.dep_ in {"prep", "prt"}:
                features.append(f"lemma|word={lemma}|{child.lower_}")
            if child.dep_ == "ccomp" and any(part.dep_ == "mark" for part in child.children):
                features.append("child=ccomp-mark")
        elif child.dep_ in OTHER_CHILDREN:
            features.append(f"child={child.dep_}")
            if child.dep_ == "nsubj":
                features.append(f"subject={_subject_kind(child)}")
    if token.dep_ in LINKS and token.head.i != token.i:
        features.append(f"head={token.head.lemma_.lower()}")
    if any(word.text in {"“", "”", '"'} for word in token.sent):
        features.append("sentence=quoted")
    return features


def _subject_kind(subject: Token) -> str:
    """A subject as a pronoun's spelling, its entity type, or its word class."""
    if subject.lower_ in PRONOUN_SUBJECTS:
        return subject.lower_
    return subject.ent_type_ or subject.pos_
