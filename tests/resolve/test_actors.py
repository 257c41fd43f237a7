"""Merging hand-built mention records into actors and mentions."""

from __future__ import annotations

import pytest

from rashomon.ids import actor_id
from rashomon.records import (
    Actor,
    ActorKind,
    Affiliation,
    Article,
    ArticleAnnotation,
    Coverage,
    MentionCandidate,
)
from rashomon.resolve import resolve_actors
from rashomon.resolve.coverage import count_coverage


def _article(identifier: str) -> Article:
    return Article(identifier, None, None, None, None, None, "news", "en", "", identifier)


def _mention(
    start: int,
    text: str,
    kind: ActorKind,
    name: str | None = None,
    country: str | None = None,
    affiliation: Affiliation | None = None,
    titles: tuple[str, ...] = (),
) -> MentionCandidate:
    span = (start, start + len(text))
    return MentionCandidate(
        span, text, (0, 100), kind, name or text, "X", country, titles, affiliation
    )


FORUM = Affiliation("Northern Rivers Forum", "organization", None)
RUSSIA = Affiliation("Russia", "state", "RUS")

ANNOTATED = [
    ArticleAnnotation(
        "a1",
        (
            _mention(0, "Moscow", "state", "Russia", "RUS"),
            _mention(10, "Ilya Vostrikov", "person", affiliation=FORUM),
            _mention(40, "Ilya Vostrikov", "person", titles=("Director",)),
        ),
    ),
    ArticleAnnotation(
        "a2",
        (
            _mention(0, "Russians", "state", "Russia", "RUS"),
            _mention(20, "Vostrikov", "person"),
            _mention(30, "Vostrikov", "organization"),
            _mention(50, "Oksana Ryabova", "person", affiliation=RUSSIA),
        ),
    ),
]


@pytest.fixture(scope="module")
def resolved() -> tuple[dict[str, Actor], list[object]]:
    resolved = resolve_actors([_article("a1"), _article("a2")], ANNOTATED)
    return {actor.name: actor for actor in resolved.actors}, list(resolved.mentions)


def test_states_merge_by_code(resolved: tuple[dict[str, Actor], list[object]]) -> None:
    russia = resolved[0]["Russia"]
    assert russia.id == actor_id("state", "Russia")
    assert russia.aliases == ("Moscow", "Russians")
    coverage = count_coverage(resolve_actors([_article("a1"), _article("a2")], ANNOTATED).mentions)
    assert [cell for cell in coverage if cell.actor == russia.id] == [
        Coverage(russia.id, "a1", 1),
        Coverage(russia.id, "a2", 1),
    ]
    assert russia.country == "RUS"


def test_person_merged_across_articles_with_relinked_org(
    resolved: tuple[dict[str, Actor], list[object]],
) -> None:
    actors = resolved[0]
    person = actors["Ilya Vostrikov"]
    assert person.mentions == 4
    assert person.aliases == ("Ilya Vostrikov", "Vostrikov")
    assert person.titles == ("Director",)
    assert "Vostrikov" not in actors


def test_affiliations_point_at_existing_actors(
    resolved: tuple[dict[str, Actor], list[object]],
) -> None:
    actors = resolved[0]
    forum = actors["Northern Rivers Forum"]
    assert forum.kind == "organization"
    assert forum.mentions == 0
    assert actors["Ilya Vostrikov"].affiliation == forum.id
    assert actors["Oksana Ryabova"].affiliation == actors["Russia"].id
    assert actors["Oksana Ryabova"].country == "RUS"
    ids = {actor.id for actor in actors.values()}
    assert all(actor.affiliation in ids for actor in actors.values() if actor.affiliation)


def test_output_is_deterministic_and_sorted() -> None:
    articles = [_article("a1"), _article("a2")]
    first = resolve_actors(articles, ANNOTATED)
    second = resolve_actors(articles, list(reversed(ANNOTATED)))
    assert first == second
    mentions = first.mentions
    assert [(m.article_id, m.span) for m in mentions] == sorted(
        (m.article_id, m.span) for m in mentions
    )
    assert sum(actor.mentions for actor in first.actors) == len(mentions) == 7


def test_unknown_article_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown articles: a2"):
        resolve_actors([_article("a1")], ANNOTATED)


def _places(*found: tuple[str, str]) -> list[Actor]:
    """Resolve one location mention per (article id, name)."""
    articles = sorted({article for article, _ in found})
    annotated = [
        ArticleAnnotation(
            article,
            tuple(
                _mention(i * 20, name, "location")
                for i, (a, name) in enumerate(found)
                if a == article
            ),
        )
        for article in articles
    ]
    actors = resolve_actors([_article(article) for article in articles], annotated).actors
    return actors


def test_place_spelling_variants_merge_across_articles() -> None:
    actors = _places(("a1", "Tartous"), ("a2", "Tartus"), ("a3", "Tartus"))
    assert [(actor.name, actor.aliases, actor.mentions) for actor in actors] == [
        ("Tartus", ("Tartous", "Tartus"), 3)
    ]


@pytest.mark.parametrize(
    "found",
    [
        pytest.param((("a1", "Austria"), ("a2", "Australia")), id="two-letters-apart"),
        pytest.param((("a1", "Kalba"), ("a2", "Kalma")), id="consonant-changed"),
        pytest.param((("a1", "Gaza"), ("a2", "Giza")), id="too-short"),
        pytest.param((("a1", "Sidon"), ("a2", "Zidon")), id="first-letter"),
        pytest.param((("a1", "Tartous"), ("a1", "Tartus")), id="same-article"),
        pytest.param(
            (("a1", "Tartous"), ("a2", "Tartus"), ("a3", "Tartis")), id="several-variants"
        ),
    ],
)
def test_distinct_places_stay_apart(found: tuple[tuple[str, str], ...]) -> None:
    actors = _places(*found)
    assert sorted(actor.name for actor in actors) == sorted({name for _, name in found})
    assert all(actor.kind == "location" for actor in actors)


def test_dotted_and_plain_initialisms_are_one_actor_of_the_majority_kind() -> None:
    annotated = [
        ArticleAnnotation(
            "a1", (_mention(0, "FBI", "organization"), _mention(9, "FBI", "organization"))
        ),
        ArticleAnnotation("a2", (_mention(0, "F.B.I.", "location"),)),
    ]
    resolved = resolve_actors([_article("a1"), _article("a2")], annotated)
    actors, mentions = resolved.actors, resolved.mentions
    assert [(actor.name, actor.kind, actor.aliases) for actor in actors] == [
        ("FBI", "organization", ("F.B.I.", "FBI"))
    ]
    assert {mention.actor for mention in mentions} == {actors[0].id}


def test_a_nickname_before_a_persons_surname_is_that_person_whatever_the_model_called_it() -> None:
    annotated = [
        ArticleAnnotation("a1", (_mention(0, "Maurice Quill", "person"),)),
        ArticleAnnotation("a2", (_mention(0, "Mo Quill", "location"),)),
    ]
    resolved = resolve_actors([_article("a1"), _article("a2")], annotated)
    assert [(a.name, a.kind, set(a.aliases)) for a in resolved.actors] == [
        ("Maurice Quill", "person", {"Maurice Quill", "Mo Quill"})
    ]


def _articles_with(*names: list[tuple[str, ActorKind]]) -> list[Actor]:
    annotated = [
        ArticleAnnotation(
            f"a{n}", tuple(_mention(i * 30, name, kind) for i, (name, kind) in enumerate(found))
        )
        for n, found in enumerate(names)
    ]
    return list(resolve_actors([_article(a.article_id) for a in annotated], annotated).actors)


def test_a_surname_alone_is_the_namesake_whose_articles_share_its_company() -> None:
    mara = [
        ("Mara Ostrander", "person"),
        ("Harbour Board", "organization"),
        ("Kell Vane", "person"),
    ]
    tobias = [
        ("Tobias Ostrander", "person"),
        ("Orchard Guild", "organization"),
        ("Ilse Brandt", "person"),
    ]
    actors = _articles_with(
        mara,
        mara,
        mara,
        tobias,
        tobias,
        tobias,
        [("Ostrander", "person"), ("Orchard Guild", "organization"), ("Ilse Brandt", "person")],
        [("Ostrander", "person"), ("Saltmarsh Fund", "organization")],
    )
    aliases = {actor.name: set(actor.aliases) for actor in actors}
    # The Orchard Guild and Ilse Brandt keep Tobias company; the Saltmarsh Fund no one's.
    assert aliases["Tobias Ostrander"] == {"Tobias Ostrander", "Ostrander"}
    assert aliases["Mara Ostrander"] == {"Mara Ostrander"}
    assert "Ostrander" in aliases
