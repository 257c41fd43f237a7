"""Step `quotes`: each quote candidate with its speaker as an actor.

The speaker is the actor of the name mention the candidate refers to (`speaker_ref`), looked up
in the `ActorIndex`; a candidate whose reference is unclear keeps `speaker: null` and the words
that name the speaker. The interviewer's questions are the outlet's: its actor when the articles
name it as one (the outlet's name, case-folded), else none, with the outlet's name as the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rashomon.ids import content_id
from rashomon.records import (
    Actor,
    Article,
    ArticleAnnotation,
    Attribution,
    Quote,
    QuoteCandidate,
)
from rashomon.resolve.index import ActorIndex
from rashomon.resolve.keys import ACTOR_INDEX, ACTORS, ANALYSED, ANNOTATIONS, QUOTES
from rashomon.resolve.steps import Key, Products


def resolve_quotes(
    articles: Iterable[Article],
    annotations: Iterable[ArticleAnnotation],
    index: ActorIndex,
    actors: Iterable[Actor],
) -> tuple[Quote, ...]:
    """Every quote of every article, in article then text order."""
    outlets = {article.id: article.outlet for article in articles}
    by_name = _actors_by_name(actors)
    quotes: list[Quote] = []
    for annotation in annotations:
        outlet = outlets.get(annotation.article_id)
        for candidate in annotation.quotes:
            quotes.append(_quote(annotation.article_id, candidate, index, outlet, by_name))
    return tuple(quotes)


def _quote_id(article_id: str, field: str, span: tuple[int, int]) -> str:
    return content_id("q_", article_id, field, str(span[0]), str(span[1]))


def _quote(
    article_id: str,
    candidate: QuoteCandidate,
    index: ActorIndex,
    outlet: str | None,
    by_name: Mapping[str, str],
) -> Quote:
    speaker, speaker_text = None, candidate.speaker_text
    if candidate.attribution == "outlet":
        speaker_text = outlet
        speaker = by_name.get(outlet.casefold()) if outlet else None
    elif candidate.speaker_ref is not None:
        speaker = index.actor_at(article_id, candidate.speaker_ref, candidate.field)
    return Quote(
        id=_quote_id(article_id, candidate.field, candidate.span),
        article_id=article_id,
        speaker=speaker,
        speaker_text=speaker_text,
        text=candidate.text,
        kind=candidate.kind,
        span=candidate.span,
        cue=candidate.cue,
        cue_span=candidate.cue_span,
        speaker_span=candidate.speaker_span,
        attribution=_attribution(candidate, speaker),
        continues=(
            _quote_id(article_id, candidate.field, candidate.continues)
            if candidate.continues is not None
            else None
        ),
        field=candidate.field,
    )


def _attribution(candidate: QuoteCandidate, speaker: str | None) -> Attribution:
    """How the speaker was found; "none" when no actor was (a question stays the outlet's)."""
    if speaker is None and candidate.attribution != "outlet":
        return "none"
    return candidate.attribution


def _actors_by_name(actors: Iterable[Actor]) -> dict[str, str]:
    """Actor ids by their case-folded name and aliases (the first actor wins a shared one)."""
    found: dict[str, str] = {}
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            found.setdefault(name.casefold(), actor.id)
    return found


class QuotesStep:
    """Attaches each quote to the actor who speaks."""

    name = "quotes"
    needs: tuple[Key[Any], ...] = (ANALYSED, ANNOTATIONS, ACTOR_INDEX, ACTORS)
    provides: tuple[Key[Any], ...] = (QUOTES,)

    def run(self, products: Products) -> None:
        """Set `quotes` from the annotations' quote candidates."""
        products[QUOTES] = resolve_quotes(
            products[ANALYSED], products[ANNOTATIONS], products[ACTOR_INDEX], products[ACTORS]
        )
