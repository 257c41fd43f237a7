"""Actors: a row for each of the most mentioned actors, with its kind, other names, affiliation,
country and mentions; the others (beyond `Limits.table_actors`) listed by name and mentions."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.records import Actor
from rashomon.report.context import KIND_LABELS, ReportContext
from rashomon.report.limits import Rest, split
from rashomon.report.section import Section


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One actor and its page key; `aliases` leaves out its own name, `affiliation` is the parent
    actor's name."""

    actor: Actor
    key: str
    kind: str
    aliases: tuple[str, ...]
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class ActorsView:
    """The actors, most mentioned first: a row for each of the first, then the `rest`."""

    rows: tuple[ActorRow, ...]
    rest: Rest


def build(context: ReportContext) -> ActorsView:
    """Return a row for each of the first actors in the context's ranking, and the rest."""
    shown, rest = split(context.actors, context.limits.table_actors)
    return ActorsView(
        rows=tuple(
            ActorRow(
                actor=actor,
                key=context.keys[actor.id],
                kind=KIND_LABELS.get(actor.kind, actor.kind),
                aliases=tuple(
                    alias for alias in actor.aliases if alias.casefold() != actor.name.casefold()
                ),
                affiliation=_affiliation(actor, context),
            )
            for actor in shown
        ),
        rest=rest,
    )


def _affiliation(actor: Actor, context: ReportContext) -> str | None:
    """Name of the actor `actor` belongs to; its bare id when that actor is not in the analysis."""
    if actor.affiliation is None:
        return None
    parent = context.actors_by_id.get(actor.affiliation)
    return parent.name if parent else actor.affiliation


SECTION = Section(anchor="actors", label="Actors", template="section_actors.html", build=build)
