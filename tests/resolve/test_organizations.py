"""Short forms, acronyms and corporate suffixes of organisations name one body."""

from __future__ import annotations

from rashomon.records import ActorKind, Article, ArticleAnnotation, MentionCandidate
from rashomon.resolve import resolve_actors
from rashomon.resolve.organizations import organization_key


def _mention(start: int, name: str, kind: ActorKind = "organization") -> MentionCandidate:
    return MentionCandidate((start, start + len(name)), name, (0, 400), kind, name, "ORG")


def _actors(*articles: list[MentionCandidate]) -> dict[str, set[str]]:
    """Actor name → its aliases, for one annotated article per argument."""
    ids = [f"a{number}" for number in range(len(articles))]
    annotated = [ArticleAnnotation(i, tuple(found)) for i, found in zip(ids, articles, strict=True)]
    records = [Article(i, None, None, None, None, None, "news", "en", "", i) for i in ids]
    return {a.name: set(a.aliases) for a in resolve_actors(records, annotated).actors}


def test_a_corporate_suffix_is_no_part_of_the_name() -> None:
    assert organization_key("Harbour Foods Inc.") == organization_key("Harbour Foods")
    assert organization_key("Harbour Foods Co.") == organization_key("harbour foods")
    actors = _actors([_mention(0, "Harbour Foods Inc.")], [_mention(0, "Harbour Foods")])
    assert len(actors) == 1


def test_a_one_word_head_is_the_longer_name_in_its_article() -> None:
    actors = _actors(
        [
            _mention(0, "Academy of Coastal Sciences"),
            _mention(40, "Academy"),
            _mention(60, "Fisheries Commission"),
            _mention(90, "Commission"),
        ]
    )
    assert actors == {
        "Academy of Coastal Sciences": {"Academy of Coastal Sciences", "Academy"},
        "Fisheries Commission": {"Fisheries Commission", "Commission"},
    }


def test_an_acronym_is_the_name_it_spells_in_its_article_or_the_only_one_anywhere() -> None:
    actors = _actors(
        [_mention(0, "Valdorian Medical Association"), _mention(40, "VMA")],
        [_mention(0, "VMA")],
        [_mention(0, "Ostmark Port Authority"), _mention(30, "OPA", "other")],
    )
    assert actors["Valdorian Medical Association"] == {"Valdorian Medical Association", "VMA"}
    assert actors["Ostmark Port Authority"] == {"Ostmark Port Authority", "OPA"}


def test_an_acronym_two_names_spell_stays_itself_elsewhere() -> None:
    actors = _actors(
        [_mention(0, "Kessel Shipping Board")],
        [_mention(0, "Kessel Science Bureau")],
        [_mention(0, "KSB")],
    )
    assert "KSB" in actors


def test_plurals_and_abbreviations_spell_one_name() -> None:
    assert organization_key("Guild of Harbour Pilots Arts") == organization_key(
        "Guild of Harbour Pilot Arts"
    )
    assert organization_key("Mt Tarrow") == organization_key("Mount Tarrow")
    assert organization_key("St. Brannock") == organization_key("Saint Brannock")
    assert organization_key("Harbour Services") != organization_key("Harbour Service Board")
    assert organization_key("Harbour Times") != organization_key("Harbour Time")


def test_a_country_qualifies_a_body_the_same_before_or_after_it() -> None:
    forms = [
        "U.S. Harbour Inspector General",
        "U. S. Harbour Inspector General",
        "Harbour Inspector General of the United States",
    ]
    assert len({organization_key(form) for form in forms}) == 1
    assert organization_key("China's Shipping Board") == organization_key("Shipping Board of China")
    assert organization_key("Chinese Shipping Board") != organization_key("Shipping Board")
    # One word left is no body of its own: "Bank of America" is not America's bank.
    assert organization_key("Bank of America") != organization_key("American Bank")


def test_the_body_a_country_qualifies_is_the_qualified_name_in_its_article() -> None:
    actors = _actors(
        [_mention(0, "U.S. Harbour Inspector General"), _mention(50, "Harbour Inspector General")],
        [_mention(0, "Harbour Inspector General of the United States")],
    )
    assert actors == {
        "U.S. Harbour Inspector General": {
            "U.S. Harbour Inspector General",
            "Harbour Inspector General",
            "Harbour Inspector General of the United States",
        }
    }


def test_elsewhere_a_short_name_is_the_only_longer_one_it_fits_in_the_run() -> None:
    actors = _actors(
        [_mention(0, "U.S. Harbour Inspector General"), _mention(40, "Ostmark Gulls")],
        [_mention(0, "Harbour Inspector General"), _mention(40, "Gulls")],
    )
    assert actors == {
        "U.S. Harbour Inspector General": {
            "U.S. Harbour Inspector General",
            "Harbour Inspector General",
        },
        "Ostmark Gulls": {"Ostmark Gulls", "Gulls"},
    }


def test_a_short_name_two_bodies_fit_or_a_generic_one_stays_its_own_elsewhere() -> None:
    actors = _actors(
        [_mention(0, "U.S. Harbour Inspector General"), _mention(40, "Ostmark Gulls")],
        [_mention(0, "French Harbour Inspector General"), _mention(40, "Ostmark Department")],
        [_mention(0, "Harbour Inspector General"), _mention(40, "Department")],
    )
    assert "Harbour Inspector General" in actors
    assert "Department" in actors
    assert actors["Ostmark Department"] == {"Ostmark Department"}


def test_a_place_is_the_only_longer_place_whose_last_words_it_is() -> None:
    actors = _actors(
        [_mention(0, "Aoraki Mount Tarrow", "location")],
        [_mention(0, "Mt Tarrow", "location")],
        [_mention(0, "New South Marlow", "location")],
        [_mention(0, "South Marlow", "location")],
    )
    assert actors["Aoraki Mount Tarrow"] == {"Aoraki Mount Tarrow", "Mt Tarrow"}
    assert actors["South Marlow"] == {"South Marlow"}


def test_a_last_word_that_alone_names_another_body_is_no_short_form() -> None:
    actors = _actors([_mention(0, "White House"), _mention(40, "House"), _mention(60, "House")])
    assert actors == {"White House": {"White House"}, "House": {"House"}}


def test_a_product_is_named_by_its_last_word_as_a_body_is() -> None:
    actors = _actors(
        [_mention(0, "Velmont Corsa", "other"), _mention(40, "Corsa", "other")],
        [_mention(0, "Corsa", "other")],
    )
    assert actors == {"Velmont Corsa": {"Velmont Corsa", "Corsa"}}
