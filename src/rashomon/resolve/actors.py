"""Step `actors`: merge mention candidates from all articles into `Actor` and `Mention` records.

- States are one actor per ISO 3166 code, whatever the surface form: "Russia", "Russian
  Federation", "Russians", "Moscow", "the Kremlin".
- A body's name the model cut short is continued to the name the run gives it (`cut_names`).
- People are merged by `persons.cluster_persons`.
- Other actors (organisations, groups, places) are merged by folded name without a corporate
  suffix; their kind is the one most of their mentions get. Short forms and acronyms name the
  body they stand for (`organizations`: "the Commission", "AMA").
- An organisation or place whose name is also a person's full name or surname is that person
  ("the Al Assad regime"); across articles only if the name never follows "the".
- Two places spelled alike are one place ("Tartous", "Tartus"): both names of at least
  `MIN_VARIANT_LETTERS` letters, the same first letter, one vowel added, dropped or changed (or
  one letter doubled) after folding, never both in one article, and neither with another such
  variant.
- A person's affiliation is the one the text gives most often; its actor is created if no
  mention names it. A person's or organisation's country is its affiliation's country.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rashomon.ids import actor_id
from rashomon.lexicon.gazetteer import country_name
from rashomon.lexicon.names import (
    NameKey,
    is_first_name,
    particle_style,
    person_key,
    spelling_variant,
)
from rashomon.records import (
    Actor,
    ActorKind,
    Affiliation,
    Article,
    ArticleAnnotation,
    Mention,
    MentionCandidate,
)
from rashomon.resolve.contexts import Contexts, article_features
from rashomon.resolve.cut_names import continue_cut_names
from rashomon.resolve.index import ActorIndex
from rashomon.resolve.keys import ACTOR_INDEX, ACTORS, ANALYSED, ANNOTATIONS, MENTIONS
from rashomon.resolve.known_names import lower_words, with_known_names
from rashomon.resolve.name_lists import split_name_lists
from rashomon.resolve.name_tails import trim_name_tails
from rashomon.resolve.organizations import expand_organizations, organization_key
from rashomon.resolve.persons import cluster_persons
from rashomon.resolve.steps import Key, Products

EntityKey = tuple[str, ...]
KIND_ORDER: tuple[ActorKind, ...] = ("organization", "group", "location", "other")
RELINKABLE = frozenset({"organization", "location", "other"})
ORGANIZATIONS = frozenset({"organization", "group"})
MIN_VARIANT_LETTERS = 5


@dataclass(slots=True)
class _Draft:
    """One actor being assembled."""

    kind: ActorKind
    name: str
    country: str | None = None
    mentions: list[tuple[str, MentionCandidate]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ResolvedActors:
    """Actors (most mentioned first) and every mention traced to its actor."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]


class ActorsStep:
    """Step `actors`: merges the annotated mentions of all articles into actors."""

    name = "actors"
    needs: tuple[Key[Any], ...] = (ANALYSED, ANNOTATIONS)
    provides: tuple[Key[Any], ...] = (ACTORS, MENTIONS, ACTOR_INDEX)

    def run(self, products: Products) -> None:
        """Set `actors`, `mentions` and the `actor_index` over them."""
        resolved = resolve_actors(products[ANALYSED], products[ANNOTATIONS])
        products[ACTORS] = resolved.actors
        products[MENTIONS] = resolved.mentions
        products[ACTOR_INDEX] = ActorIndex(resolved.mentions)


def resolve_actors(
    articles: Sequence[Article], annotated: Sequence[ArticleAnnotation]
) -> ResolvedActors:
    """Merge the mentions of `annotated` into actors.

    Raises ValueError when `annotated` names an article that is not in `articles`.
    """
    known = {article.id for article in articles}
    unknown = sorted({item.article_id for item in annotated} - known)
    if unknown:
        raise ValueError(f"mentions for unknown articles: {', '.join(unknown)}")
    return build_actors(articles, annotated)


def build_actors(
    articles: Sequence[Article], annotated: Sequence[ArticleAnnotation]
) -> ResolvedActors:
    """Merge all mentions into actors."""
    flat = [(item.article_id, mention) for item in annotated for mention in item.mentions]
    lower = lower_words(articles)
    flat = trim_name_tails(split_name_lists(continue_cut_names(articles, flat)), lower)
    flat = with_known_names(articles, _relink_persons(flat), lower)
    flat = expand_organizations(flat)
    persons = [(article, person_key(m.name), m.titles) for article, m in flat if m.kind == "person"]
    titles: defaultdict[tuple[str, NameKey], Counter[str]] = defaultdict(Counter)
    for article, key, carried in persons:
        titles[(article, key)].update(carried)
    contexts = Contexts(article_features(flat))
    people = cluster_persons(((article, key) for article, key, _ in persons), titles, contexts)
    kinds = _majority_kinds(flat)
    variants = _place_variants(flat, kinds)
    groups: defaultdict[EntityKey, list[tuple[str, MentionCandidate]]] = defaultdict(list)
    for article, mention in flat:
        key = _entity_key(article, mention, people)
        if key[0] == "named":
            key = ("named", variants.get(key[1], key[1]))
        groups[key].append((article, mention))
    drafts: dict[str, _Draft] = {}
    for key, members in groups.items():
        kind, name, country = _identity(key, members, kinds)
        draft = drafts.setdefault(actor_id(kind, name), _Draft(kind, name, country))
        draft.mentions.extend(members)
    actors = _finish(drafts)
    mentions = sorted(
        (
            Mention(article, identifier, m.text, m.span, m.sentence, m.field)
            for identifier, draft in drafts.items()
            for article, m in draft.mentions
        ),
        key=lambda item: (item.article_id, item.field != "title", item.span, item.actor),
    )
    ordered = sorted(actors.values(), key=lambda actor: (-actor.mentions, actor.name, actor.id))
    return ResolvedActors(tuple(ordered), tuple(mentions))


def _relink_persons(
    flat: list[tuple[str, MentionCandidate]],
) -> list[tuple[str, MentionCandidate]]:
    """Turn organisation or place mentions named like a person (name or surname) into people.

    Within one article always ("the Al Assad regime" beside "Bashar al Assad"); across articles
    only for a name that never follows "the" (the model often tags a lone "Marchetti" as an
    organisation, but "the Senate" is not the novelist "Jonathan Senate"), or for a first name
    or nickname before a person's surname ("Mo Cheeks", which the model calls a place, beside
    "Maurice Cheeks").
    """
    anywhere: set[NameKey] = set()
    in_article: set[tuple[str, NameKey]] = set()
    for article, mention in flat:
        if mention.kind == "person":
            key = person_key(mention.name)
            tails = [key[index:] for index in range(len(key))]
            anywhere.update(tails)
            in_article.update((article, tail) for tail in tails)
    definite = {person_key(m.name) for _, m in flat if m.kind in RELINKABLE and m.definite}
    surnames = {tail[-1] for tail in anywhere}
    relinked = []
    for article, mention in flat:
        key = person_key(mention.name)
        if mention.kind in RELINKABLE and (
            (article, key) in in_article
            or (key in anywhere and key not in definite)
            or (len(key) > 1 and key[-1] in surnames and is_first_name(key[0]))
        ):
            mention = _as_person(mention)
        relinked.append((article, mention))
    return relinked


def _as_person(mention: MentionCandidate) -> MentionCandidate:
    return replace(mention, kind="person", label="PERSON", country=None)


def _majority_kinds(flat: list[tuple[str, MentionCandidate]]) -> dict[str, ActorKind]:
    """For names that are neither people nor states: the kind most of their mentions get."""
    votes: defaultdict[str, Counter[ActorKind]] = defaultdict(Counter)
    for _, mention in flat:
        if mention.kind not in {"person", "state"}:
            votes[organization_key(mention.name)][mention.kind] += 1
    return {
        name: max(KIND_ORDER, key=lambda kind: (counts[kind], -KIND_ORDER.index(kind)))
        for name, counts in votes.items()
    }


def _place_variants(
    flat: list[tuple[str, MentionCandidate]], kinds: dict[str, ActorKind]
) -> dict[str, str]:
    """Folded place name → folded name of the spelling it is a variant of (see the docstring).

    Candidates share a one-letter-deleted form (so only near names are compared, never all
    pairs); the spelling with more mentions (then the first alphabetically) is kept.
    """
    articles: defaultdict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for article, mention in flat:
        name = organization_key(mention.name)
        if mention.kind == "location" and kinds.get(name) == "location":
            articles[name].add(article)
            counts[name] += 1
    by_form: defaultdict[str, set[str]] = defaultdict(set)
    for name in articles:
        if len(name) >= MIN_VARIANT_LETTERS:
            for form in {name} | {name[:i] + name[i + 1 :] for i in range(1, len(name))}:
                by_form[form].add(name)
    partners: defaultdict[str, set[str]] = defaultdict(set)
    for names in by_form.values():
        for first in names:
            for second in names:
                if (
                    first < second
                    and not articles[first] & articles[second]
                    and spelling_variant(first, second)
                ):
                    partners[first].add(second)
                    partners[second].add(first)
    variants = {}
    for name, found in partners.items():
        other = next(iter(found))
        if len(found) == 1 and partners[other] == {name}:
            variants[name] = min((name, other), key=lambda item: (-counts[item], item))
    return variants


def _entity_key(
    article: str, mention: MentionCandidate, people: dict[tuple[str, NameKey], NameKey]
) -> EntityKey:
    if mention.kind == "state" and mention.country:
        return ("state", mention.country)
    if mention.kind == "person":
        key = person_key(mention.name)
        return ("person", *people.get((article, key), key))
    return ("named", organization_key(mention.name))


def _identity(
    key: EntityKey, members: list[tuple[str, MentionCandidate]], kinds: dict[str, ActorKind]
) -> tuple[ActorKind, str, str | None]:
    """(kind, display name, country) of one merged entity."""
    if key[0] == "state":
        return "state", country_name(key[1]), key[1]
    names = Counter(m.name for _, m in members)
    if key[0] == "person":
        full = [name for name in names if person_key(name) == key[1:]] or list(names)
        best = min(full, key=lambda name: (-names[name], particle_style(name), name))
        return "person", best, None
    best = min(names, key=lambda name: (-names[name], name))
    countries = Counter(m.country for _, m in members if m.country)
    country = min(countries, key=lambda code: (-countries[code], code)) if countries else None
    return kinds[key[1]], best, country


def _finish(drafts: dict[str, _Draft]) -> dict[str, Actor]:
    """Turn drafts into actors, creating affiliated actors that no mention names."""
    named = {
        organization_key(d.name): key
        for key, d in drafts.items()
        if d.kind not in {"person", "state"}
    }
    affiliations: dict[str, str] = {}
    for identifier, draft in list(drafts.items()):
        chosen = _most_common_affiliation(draft)
        if chosen is None:
            continue
        name = chosen.name
        if chosen.kind == "state" and chosen.country is not None:
            name = country_name(chosen.country)
        target = named.get(organization_key(name), actor_id(chosen.kind, name))
        if target not in drafts:
            drafts[target] = _Draft(chosen.kind, name, chosen.country)
        if target != identifier:
            affiliations[identifier] = target
    actors = {}
    for identifier, draft in drafts.items():
        affiliated = affiliations.get(identifier)
        country = draft.country
        if country is None and affiliated is not None:
            country = drafts[affiliated].country
        titles = Counter(title for _, m in draft.mentions for title in m.titles)
        actors[identifier] = Actor(
            id=identifier,
            name=draft.name,
            kind=draft.kind,
            aliases=tuple(sorted({m.text for _, m in draft.mentions})),
            affiliation=affiliated,
            country=country,
            mentions=len(draft.mentions),
            titles=tuple(sorted(titles, key=lambda title: (-titles[title], title))),
        )
    return actors


def _most_common_affiliation(draft: _Draft) -> Affiliation | None:
    found = Counter(m.affiliation for _, m in draft.mentions if m.affiliation is not None)
    if not found:
        return None
    return min(found, key=lambda item: (-found[item], item.name, item.kind))
