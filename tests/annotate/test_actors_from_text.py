"""Texts in, actors out: mentions found by annotation and merged by resolution."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span

from rashomon.annotate.casing import CASING_KEY, article_casing
from rashomon.annotate.components.mentions import describe
from rashomon.records import Actor

Analyse = Callable[..., dict[str, Actor]]


def _affiliation_name(actors: dict[str, Actor], actor: Actor) -> str | None:
    by_id = {item.id: item for item in actors.values()}
    return by_id[actor.affiliation].name if actor.affiliation else None


@pytest.mark.parametrize(
    ("texts", "name", "kind", "aliases"),
    [
        pytest.param(
            (
                "Bashar al-Assad met envoys on Monday. Critics of the Al Assad government "
                "say Assad will not resign, and Al Assad's allies agree.",
            ),
            "Bashar al-Assad",
            "person",
            {"Bashar al-Assad", "Al Assad", "Assad"},
            id="particles-and-case",
        ),
        pytest.param(
            ("Vladimir Putin’s plan was discussed in Paris. Putin’s aides declined to comment.",),
            "Vladimir Putin",
            "person",
            {"Vladimir Putin", "Putin"},
            id="possessives",
        ),
        pytest.param(
            (
                "Russia sent a new envoy. Moscow says the talks failed, the Kremlin blamed "
                "the West and the Russians walked out.",
            ),
            "Russia",
            "state",
            {"Russia", "Moscow", "Kremlin", "Russians"},
            id="metonyms-and-demonyms",
        ),
        pytest.param(
            (
                "Washington imposed tariffs. The White House said American farmers would be "
                "compensated by the United States.",
            ),
            "United States",
            "state",
            {"Washington", "White House", "American", "United States"},
            id="us-metonyms",
        ),
        pytest.param(
            (
                "Brussels wants a deal. Ministers met in Brussels, and the EU offered money "
                "that the European Union had promised in May.",
            ),
            "European Union",
            "organization",
            {"Brussels", "EU", "European Union"},
            id="seat-of-an-organisation",
        ),
        pytest.param(
            ("Mr. Okafor, an avid user of Twitter, posted to Twitter on Sunday.",),
            "Twitter",
            "organization",
            {"Twitter"},
            id="platform",
        ),
        pytest.param(
            ("The G7 summit ended early. Leaders of the G7 agreed on little.",),
            "G7",
            "organization",
            {"G7"},
            id="group-of-states",
        ),
        pytest.param(
            ("Fighters from Hezbollah crossed the border, a Hezbollah commander said.",),
            "Hezbollah",
            "group",
            {"Hezbollah"},
            id="armed-group",
        ),
    ],
)
def test_actor_aliases(
    analyse: Analyse, texts: tuple[str, ...], name: str, kind: str, aliases: set[str]
) -> None:
    actors = analyse(*texts)
    assert name in actors, sorted(actors)
    assert actors[name].kind == kind
    assert aliases <= set(actors[name].aliases)


@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation", "country"),
    [
        pytest.param(
            "Russian President Vladimir Putin arrived late.",
            "Vladimir Putin",
            "President",
            "Russia",
            "RUS",
            id="demonym-title",
        ),
        pytest.param(
            "US Secretary of State Marla Quinby landed in Ankara on Sunday.",
            "Marla Quinby",
            "Secretary of State",
            "United States",
            "USA",
            id="multiword-title",
        ),
        pytest.param(
            "Kenyan Foreign Minister Joseph Mwangale rejected the report.",
            "Joseph Mwangale",
            "Foreign Minister",
            "Kenya",
            "KEN",
            id="portfolio-title",
        ),
        pytest.param(
            "The talks were chaired by Annika Solberg of the European Commission.",
            "Annika Solberg",
            None,
            "European Commission",
            None,
            id="x-of-the-y",
        ),
        pytest.param(
            "The plan was drafted by the Turkish trade minister, Emre Kalkan, last year.",
            "Emre Kalkan",
            "Trade Minister",
            "Turkey",
            "TUR",
            id="apposition-before",
        ),
    ],
)
def test_titles_and_affiliations(
    analyse: Analyse,
    text: str,
    name: str,
    title: str | None,
    affiliation: str,
    country: str | None,
) -> None:
    actors = analyse(text)
    actor = actors[name]
    assert actor.kind == "person"
    if title is not None:
        assert title in actor.titles
    assert _affiliation_name(actors, actor) == affiliation
    assert actor.country == country
    assert not any(other.name in {"State", "Secretary of State"} for other in actors.values())


INTERVIEW = """Can the ceasefire hold?

Dmitri Orlovsky, Baltic Institute for Strategic Studies: Both sides are tired. Moscow wants quiet.

Farida al Nouri, Levant Policy Centre: I doubt it. Tehran has other plans.

Will the talks resume?

Dmitri Orlovsky: Probably, but not this month.

Farida al Nouri: Only if the guarantors return."""


def test_interview_speaker_headers(analyse: Analyse) -> None:
    actors = analyse(INTERVIEW)
    orlovsky = actors["Dmitri Orlovsky"]
    nouri = actors["Farida al Nouri"]
    assert orlovsky.kind == nouri.kind == "person"
    assert orlovsky.mentions == nouri.mentions == 2
    assert _affiliation_name(actors, orlovsky) == "Baltic Institute for Strategic Studies"
    assert _affiliation_name(actors, nouri) == "Levant Policy Centre"
    assert actors["Levant Policy Centre"].kind == "organization"
    assert "Russia" in actors
    assert "Iran" in actors


def test_same_surname_people_stay_apart(analyse: Analyse) -> None:
    text = (
        "Hafez al Assad ruled Syria for three decades. His son Bashar al Assad took over "
        "in 2000. Assad has since outlived most of his father's advisers."
    )
    actors = analyse(text)
    assert {"Hafez al Assad", "Bashar al Assad"} <= set(actors)
    assert "Assad" not in actors["Hafez al Assad"].aliases
    assert "Assad" not in actors["Bashar al Assad"].aliases
    assert actors["Assad"].kind == "person"


def test_bare_surname_links_across_articles(analyse: Analyse) -> None:
    first = "Prime Minister Lena Marchetti resigned on Friday."
    second = "Marchetti said she had no regrets."
    actors = analyse(first, second)
    marchetti = actors["Lena Marchetti"]
    assert set(marchetti.aliases) == {"Lena Marchetti", "Marchetti"}
    assert marchetti.mentions == 2
    assert len(actors.by_article["Lena Marchetti"]) == 2
    assert "Marchetti" not in actors


def test_bare_surname_ambiguous_across_articles_stays_apart(analyse: Analyse) -> None:
    actors = analyse(
        "Mayor Tomas Varga said he would stay.",
        "Judge Helga Varga said she disagreed.",
        "In a statement, Varga said the ruling was wrong.",
    )
    assert {"Tomas Varga", "Helga Varga", "Varga"} <= set(actors)
    assert actors["Varga"].kind == "person"
    assert actors["Tomas Varga"].aliases == ("Tomas Varga",)


def test_bare_surname_beside_a_relative_follows_its_use_elsewhere(analyse: Analyse) -> None:
    actors = analyse(
        "Governor Oskar Lindqvist signed the budget. Lindqvist said taxes would fall.",
        "Oskar Lindqvist vetoed the bill on Monday. Lindqvist called it reckless.",
        "Oskar Lindqvist and his wife, Ingrid Lindqvist, voted in Malmo. Lindqvist waved.",
    )
    assert "Lindqvist" not in actors
    oskar = actors["Oskar Lindqvist"]
    assert "Lindqvist" in oskar.aliases
    assert list(actors.by_article["Oskar Lindqvist"].values()) == [2, 2, 2]
    assert actors["Ingrid Lindqvist"].mentions == 1


def test_non_actors_are_skipped(analyse: Analyse) -> None:
    actors = analyse("On 3 May 2021 the fund paid $40 million, 12 percent more than in March.")
    assert actors == {}


def test_a_product_is_an_actor_of_kind_other_unless_one_plural_or_common_word(
    nlp: Language,
) -> None:
    doc = nlp.make_doc("A Velmont Corsa hit the family car. Family members and Gulls wept.")
    doc.user_data[CASING_KEY] = article_casing(None, doc.text)
    doc[11].tag_ = "NNPS"
    doc.ents = [
        Span(doc, 1, 3, "PRODUCT"),
        Span(doc, 8, 9, "PRODUCT"),
        Span(doc, 11, 12, "PRODUCT"),
    ]
    assert describe(doc.ents[0]) == ("other", "Velmont Corsa", None)
    assert [describe(ent) for ent in doc.ents[1:]] == [None, None]


def test_a_one_word_product_is_no_sentence_opening_and_no_given_name(nlp: Language) -> None:
    doc = nlp.make_doc("Debt rose. She drove a Velmont and gave Helena a Corsa.")
    doc.user_data[CASING_KEY] = article_casing(None, doc.text)
    doc.ents = [Span(doc, i, i + 1, "PRODUCT") for i in (0, 6, 9, 11)]
    assert [describe(ent) for ent in doc.ents] == [
        None,
        ("other", "Velmont", None),
        None,
        ("other", "Corsa", None),
    ]


def test_a_person_with_a_digit_in_the_name_is_no_actor(nlp: Language) -> None:
    doc = nlp.make_doc("Cases of Velvirus-21 rose.")
    doc.ents = [Span(doc, 2, 3, "PERSON")]
    assert doc.ents[0].text == "Velvirus-21"
    assert describe(doc.ents[0]) is None


def test_a_ship_is_one_actor_under_its_prefix_spelled_out_or_not(analyse: Analyse) -> None:
    actors = analyse(
        "Warship INS Velda left Kessington on Monday. The crew of INS Velda was small.",
        "Indian Naval Ship Velda returned. Velda docked at noon, and the INS Commissioner "
        "Dana Roe welcomed the ship.",
    )
    assert actors["INS Velda"].kind == "other"
    assert set(actors["INS Velda"].aliases) == {"INS Velda", "Indian Naval Ship Velda", "Velda"}
    assert not any(name.startswith("INS Commissioner") for name in actors)


def test_demonym_plurals_and_adjectives_link_to_states(analyse: Analyse) -> None:
    actors = analyse("Iranian officials met the Syrians. Syrian troops and Iranian advisers left.")
    assert {"Iranian"} <= set(actors["Iran"].aliases)
    assert {"Syrians", "Syrian"} <= set(actors["Syria"].aliases)
    assert actors["Iran"].country == "IRN"


def test_places_the_model_tags_as_products_or_misses(analyse: Analyse) -> None:
    actors = analyse(
        "Two trawlers were detained near Tafraout on Monday. "
        "The vessels held in Agadir were released on Friday."
    )
    assert actors["Agadir"].kind == "location"
    assert actors["Tafraout"].kind == "location"


def test_capitals_after_locative_prepositions_are_places_of_their_country(
    analyse: Analyse,
) -> None:
    actors = analyse("Talks held in Moscow failed, and the envoys met again near Tehran.")
    assert (actors["Moscow"].kind, actors["Moscow"].country) == ("location", "RUS")
    assert (actors["Tehran"].kind, actors["Tehran"].country) == ("location", "IRN")
    assert "Russia" not in actors


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour_times.txt"


@pytest.mark.skipif(not EXAMPLE.is_file(), reason="example article not found")
def test_name_the_model_splits_is_one_person(analyse: Analyse) -> None:
    # The model tags "Helena Duarte" and leaves "Vaz" untagged; the repeats say "Duarte Vaz".
    actors = analyse(EXAMPLE.read_text(encoding="utf-8"))
    people = [actor for actor in actors.values() if "Duarte" in actor.name]
    assert [actor.name for actor in people] == ["Helena Duarte Vaz"]
    assert {"Helena Duarte Vaz", "Duarte Vaz"} <= set(people[0].aliases)
    assert actors["Agadir"].kind == "location"


def test_a_generational_suffix_tells_father_and_son_apart(analyse: Analyse) -> None:
    actors = analyse(
        "Senator Edward Halloran Jr. met donors in Ohio on Monday. His father, Edward Halloran, "
        "who ran the family firm for forty years, did not attend. Halloran Jr. spoke for an hour."
    )
    assert {"Edward Halloran Jr.", "Edward Halloran"} <= set(actors)
    assert "Edward Halloran" not in actors["Edward Halloran Jr."].aliases
    assert "Halloran Jr." in actors["Edward Halloran Jr."].aliases


def test_an_organisation_is_not_a_person_named_in_another_article(analyse: Analyse) -> None:
    actors = analyse(
        "The novelist Jonathan Senate read from his new book in Leeds on Friday.",
        "The Senate passed the budget on Tuesday after a long debate about defence spending.",
    )
    assert actors["Senate"].kind == "organization"
    assert "Senate" not in actors["Jonathan Senate"].aliases
