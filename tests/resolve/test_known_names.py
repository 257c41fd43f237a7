"""Names tagged somewhere in the run are found where the model missed them, and names that run
on past a name the run knows are cut back to it."""

from __future__ import annotations

from rashomon.records import ActorKind, Article, ArticleAnnotation, MentionCandidate
from rashomon.resolve import resolve_actors

Tagged = tuple[str, str, ActorKind]  # (text as written, name, kind); in the title: kind "title:…"


def _run(*articles: tuple[str, str, list[Tagged]]) -> tuple[dict[str, set[str]], list[str]]:
    """Resolve one article per (title, text, tagged names in the text); return actor name →
    its mention texts, and every mention as "article:field:text"."""
    records, annotated = [], []
    for number, (title, text, tagged) in enumerate(articles):
        identifier = f"a{number}"
        records.append(
            Article(identifier, title, None, None, None, None, "news", "en", text, identifier)
        )
        mentions = []
        for written, name, kind in tagged:
            field, _, kind = kind.rpartition(":")
            place = title if field else text
            start = place.index(written)
            span = (start, start + len(written))
            mentions.append(
                MentionCandidate(
                    span, written, (0, len(place)), kind, name, "X", field=field or "text"
                )
            )
        annotated.append(ArticleAnnotation(identifier, tuple(mentions)))
    resolved = resolve_actors(records, annotated)
    actors = {
        a.name: {m.text for m in resolved.mentions if m.actor == a.id} for a in resolved.actors
    }
    where = [f"{m.article_id}:{m.field}:{m.text}" for m in resolved.mentions]
    return actors, where


def test_a_name_tagged_in_one_article_is_found_where_another_missed_it() -> None:
    actors, where = _run(
        (
            "",
            "The Harbourside Gulls beat the visitors. Gulls fans cheered.",
            [
                ("Harbourside Gulls", "Harbourside Gulls", "organization"),
                ("Gulls", "Gulls", "organization"),
            ],
        ),
        (
            "Gulls sign Tomas Ferreira",
            "Gulls coach Tomas Ferreira said the Gulls will win.",
            [("Tomas Ferreira", "Tomas Ferreira", "person")],
        ),
    )
    assert "a1:title:Gulls" in where
    assert "a1:text:Gulls" in where
    assert "a1:title:Tomas Ferreira" in where
    assert actors["Harbourside Gulls"] >= {"Harbourside Gulls", "Gulls"}


def test_a_word_the_run_writes_in_lower_case_is_no_known_name() -> None:
    _, where = _run(
        (
            "",
            "Police in Ostmark questioned Ilse Brandt.",
            [("Police", "Police", "organization"), ("Ilse Brandt", "Ilse Brandt", "person")],
        ),
        ("", "Later the police said Police work was slow. Brandt left.", []),
    )
    assert not any(item.startswith("a1:text:Police") for item in where)
    assert "a1:text:Brandt" in where


def test_a_known_name_inside_a_longer_name_is_not_that_name() -> None:
    _, where = _run(
        ("", "Ilse Brandt spoke.", [("Ilse Brandt", "Ilse Brandt", "person")]),
        ("", "Her cousin Karl Brandt spoke too, and so did Brandt Holdings.", []),
    )
    assert not any(item.startswith("a1:") for item in where)


def test_in_a_headline_a_name_stands_between_words_the_run_writes_in_lower_case() -> None:
    _, where = _run(
        (
            "",
            "The Harbourside Gulls hire a coach. The Ostmark Ledger reports.",
            [
                ("Harbourside Gulls", "Harbourside Gulls", "organization"),
                ("Ostmark Ledger", "Ostmark Ledger", "organization"),
                ("Ostmark", "Ostmark", "location"),
            ],
        ),
        ("Harbourside Gulls Hire Coach As Ostmark Ledger Reports", "Nothing else.", []),
    )
    titled = [item for item in where if item.startswith("a1:title:")]
    assert titled == ["a1:title:Harbourside Gulls", "a1:title:Ostmark Ledger"]


def test_a_person_name_that_runs_into_a_headline_word_is_cut_back() -> None:
    actors, _ = _run(
        ("", "Marta Ilves met a donor.", [("Marta Ilves", "Marta Ilves", "person")]),
        ("", "MARTA ILVES DONOR quit.", [("MARTA ILVES DONOR", "Marta Ilves Donor", "person")]),
        (
            "",
            "WR Ilves caught it. Marta Ilves ran.",
            [("WR Ilves", "WR Ilves", "person"), ("Marta Ilves", "Marta Ilves", "person")],
        ),
    )
    assert set(actors) == {"Marta Ilves"}


def test_a_title_cuts_a_name_back_to_a_known_name_of_its_kind_only() -> None:
    actors, _ = _run(
        (
            "",
            "A crash in Kessington. Dana White spoke at the White House.",
            [
                ("Kessington", "Kessington", "location"),
                ("Dana White", "Dana White", "person"),
                ("White House", "White House", "organization"),
            ],
        ),
        (
            "Kessington Hit & Run",
            "Someone was hurt in a hit and run.",
            [("Kessington Hit & Run", "Kessington Hit & Run", "title:location")],
        ),
        (
            "Nomination of Dana White",
            "The nomination was sent.",
            [("Nomination of Dana White", "Nomination of Dana White", "title:organization")],
        ),
        (
            "White House Meets",
            "White House staff met.",
            [("White House", "White House", "title:organization")],
        ),
    )
    assert actors["Kessington"] == {"Kessington", "Kessington Hit & Run"}
    assert actors["Dana White"] == {"Dana White", "Nomination of Dana White"}
    assert actors["White House"] == {"White House"}


def test_a_common_word_or_a_repeated_surname_is_cut_off_a_known_persons_name() -> None:
    actors, _ = _run(
        ("", "Rob Tovin met the soy farmers.", [("Rob Tovin", "Rob Tovin", "person")]),
        (
            "",
            "Soy Rob Tovin spoke, then Rob Tovin Tovin left.",
            [
                ("Soy Rob Tovin", "Soy Rob Tovin", "person"),
                ("Rob Tovin Tovin", "Rob Tovin Tovin", "person"),
            ],
        ),
        ("", "The rush began when Rush Ilves sang.", [("Rush Ilves", "Rush Ilves", "person")]),
    )
    assert actors["Rob Tovin"] == {"Rob Tovin", "Soy Rob Tovin", "Rob Tovin Tovin"}
    # "rush" is written in lower case, but no other Ilves is named: the name stands.
    assert "Rush Ilves" in actors


def test_a_place_the_model_sometimes_calls_a_body_is_found_as_the_place() -> None:
    actors, where = _run(
        (
            "",
            "A cyclist was hurt in Kessington. Kessington police said so. Kessington is calm.",
            [
                ("Kessington", "Kessington", "location"),
                ("Kessington police", "Kessington", "organization"),
                ("Kessington is", "Kessington", "location"),
            ],
        ),
        ("Kessington crash hurts cyclist", "The driver fled.", []),
    )
    assert "a1:title:Kessington" in where
    assert "Kessington" in actors


def test_in_a_headline_a_name_stands_before_a_known_name_of_two_words() -> None:
    _, where = _run(
        (
            "",
            "The Gulls signed Tomas Ferreira. Ostmark praised the Gulls.",
            [
                ("Gulls", "Gulls", "organization"),
                ("Tomas Ferreira", "Tomas Ferreira", "person"),
                ("Ostmark", "Ostmark", "location"),
            ],
        ),
        ("Gulls Tomas Ferreira arrested", "Nothing else.", []),
        ("Ostmark Ledger Tomas Ferreira", "Nothing more.", []),
    )
    assert [item for item in where if item.startswith("a1:title:")] == [
        "a1:title:Gulls",
        "a1:title:Tomas Ferreira",
    ]
    assert [item for item in where if item.startswith("a2:title:")] == ["a2:title:Tomas Ferreira"]


def test_a_title_keeps_a_given_name_the_run_also_writes_in_lower_case() -> None:
    actors, _ = _run(
        ("", "Senator Vell spoke. Vell left.", [("Vell", "Vell", "person")]),
        (
            "Tom Vell: Send the Ships",
            "A tom cat sat by the door.",
            [
                ("Tom Vell", "Tom Vell", "title:person"),
            ],
        ),
    )
    # "tom" is written in lower case, but it is a given name: the title names Tom Vell.
    assert actors == {"Tom Vell": {"Vell", "Tom Vell"}}


def test_a_run_of_known_surnames_is_one_mention_of_each_person() -> None:
    actors, where = _run(
        (
            "",
            "Ana Vell, Tom Brask and Rosa Quint spoke. Vell Brask Quint led the poll.",
            [
                ("Ana Vell", "Ana Vell", "person"),
                ("Tom Brask", "Tom Brask", "person"),
                ("Rosa Quint", "Rosa Quint", "person"),
                ("Vell Brask Quint", "Vell Brask Quint", "person"),
            ],
        ),
        (
            "",
            "Mira D. Quint and Lena Vell Brask met.",
            [
                ("Mira D. Quint", "Mira D. Quint", "person"),
                ("Lena Vell Brask", "Lena Vell Brask", "person"),
            ],
        ),
    )
    assert actors["Ana Vell"] == {"Ana Vell", "Vell"}
    assert actors["Tom Brask"] == {"Tom Brask", "Brask"}
    assert "a0:text:Quint" in where
    # An initial, or a word that is no one's surname, keeps a name whole.
    assert {"Mira D. Quint", "Lena Vell Brask"} <= set(actors)
