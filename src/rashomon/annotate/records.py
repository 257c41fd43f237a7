"""Stand-off mention records that annotation hands to resolution (no spaCy objects inside)."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.schema import ActorKind


@dataclass(frozen=True, slots=True)
class Affiliation:
    """The actor a person belongs to, as the text names it.

    `name` is the affiliated actor's name ("Middle East Forum", "Russia"); `country` is the
    ISO 3166 alpha-3 code of a state, or of an organisation named after one.
    """

    name: str
    kind: ActorKind
    country: str | None


@dataclass(frozen=True, slots=True)
class MentionCandidate:
    """One actor mention in one article, with character offsets into `Article.text`.

    `name` is the normalised name (possessive, leading "the" and titles removed; the canonical
    form for gazetteer entries). `country` is the mention's own country: a state's code for
    states, demonyms and metonyms, the country an organisation is named after. `titles` and
    `affiliation` are what the surrounding text says about a person. `definite` tells that
    "the" opens or precedes the name ("the Senate").
    """

    span: tuple[int, int]
    text: str
    sentence: tuple[int, int]
    kind: ActorKind
    name: str
    label: str
    country: str | None = None
    titles: tuple[str, ...] = ()
    affiliation: Affiliation | None = None
    definite: bool = False


@dataclass(frozen=True, slots=True)
class ArticleMentions:
    """All actor mentions found in one article, in text order."""

    article_id: str
    mentions: tuple[MentionCandidate, ...]
