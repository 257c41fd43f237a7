"""The spaCy entity labels and tags the components reason about, in one place."""

from __future__ import annotations

# Labels that may name an actor (people, bodies, places, nationalities, facilities, products).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})
# Labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Penn Treebank tags of plural nouns: a plural NORP ("Kurds") is a group.
PLURAL_TAGS = frozenset({"NNPS", "NNS"})
# Dependencies of a word that acts: subject, object, possessor ("Moscow condemned", "Moscow's").
ACTING_DEPENDENCIES = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent"})
