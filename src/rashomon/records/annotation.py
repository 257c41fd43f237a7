"""What the annotate stage makes of one article: stand-off records, no spaCy objects inside.

One `ArticleAnnotation` per article holds everything the per-article annotators produce; the
runner persists it, and the cross-article steps read it. A new annotator adds its field here.
"""

from __future__ import annotations

from rashomon.records.actors import ActorKind
from rashomon.records.base import ArticleField, CountryCode, Span, record
from rashomon.records.facts import DateMention, Number
from rashomon.records.quotes import Attribution, QuoteKind


@record
class Affiliation:
    """The actor a person belongs to, as the text names it.

    `name` is the affiliated actor's name ("Middle East Forum", "Russia"); `country` is the
    ISO 3166 alpha-3 code of a state, or of an organisation named after one.
    """

    name: str
    kind: ActorKind
    country: CountryCode | None


@record
class MentionCandidate:
    """One actor mention in one article, with character offsets into `Article.text`.

    `name` is the normalised name (possessive, leading "the" and titles removed; the canonical
    form for gazetteer entries). `country` is the mention's own country: a state's code for
    states, demonyms and metonyms, the country an organisation is named after. `titles` and
    `affiliation` are what the surrounding text says about a person. `definite` tells that
    "the" opens or precedes the name ("the Senate").
    """

    span: Span
    text: str
    sentence: Span
    kind: ActorKind
    name: str
    label: str
    country: CountryCode | None = None
    titles: tuple[str, ...] = ()
    affiliation: Affiliation | None = None
    definite: bool = False
    field: ArticleField = "text"


@record
class QuoteCandidate:
    """One attributed statement in one article, before its speaker is an actor.

    `speaker_span` is where the speaker is named ("he", "the minister", "Lavrov");
    `speaker_ref` the span of the name it refers to (the pronoun's antecedent, the titled
    person, the speaker of the quote before), or None when the text does not make it clear.
    `continues` is the span of the quote this one goes on from (the first part of a split quote,
    or the quote before a cue-less one that goes on in the next sentence or paragraph).
    """

    span: Span
    text: str
    kind: QuoteKind
    cue: str | None
    cue_span: Span | None
    speaker_text: str | None
    speaker_span: Span | None
    speaker_ref: Span | None
    attribution: Attribution
    continues: Span | None = None
    field: ArticleField = "text"


@record
class FactCandidate:
    """One sentence's numbers and dates, before its speaker is known and its dates resolved
    (`DateMention.value` is set only for dates that name their year)."""

    span: Span
    text: str
    numbers: tuple[Number, ...]
    dates: tuple[DateMention, ...]
    field: ArticleField = "text"


@record
class ArticleAnnotation:
    """Everything annotated in one article, each list in text order."""

    article_id: str
    mentions: tuple[MentionCandidate, ...] = ()
    quotes: tuple[QuoteCandidate, ...] = ()
    facts: tuple[FactCandidate, ...] = ()
