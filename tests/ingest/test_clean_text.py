"""Line rules: boilerplate leaves the body (into `boilerplate`) and fills the metadata."""

from __future__ import annotations

import pytest

from rashomon.ingest.clean_text import clean_text

from .conftest import DOCK_STRIKE, FERRY_COLUMN


def test_boilerplate_leaves_the_body_and_is_kept() -> None:
    cleaned = clean_text(DOCK_STRIKE)
    for gone in ("Image Source", "4.5512093", "Pool photo", "By Lena", "Source:", "Group Limited"):
        assert gone not in cleaned.text
    assert cleaned.boilerplate == (
        "By Lena Markovic",
        "4.5512093-7781200345",
        "Union leader Tomasz Rybak addresses striking dockers at the container terminal in "
        "Gdańsk, Poland, Friday, June 6, 2025. The strike entered its third day. "
        "(Anna Wolny/ Pool photo via AP) Image Credit: AP",
        "Image Source",
        "Image Source ()",
        "Source: BalticNewsDesk and agencies",
        "— Baltic News Desk Group Limited, Gdańsk 2025",
        "Harbour cranes stand idle as dockers walk out",
    )
    assert cleaned.text.startswith("Dockers at the port of Gdańsk stayed away")
    assert cleaned.text.endswith("called the walkout reckless.")
    assert cleaned.text.count("\n\n") == 2, "paragraph breaks are kept"


def test_page_widgets_leave_the_body() -> None:
    text = (
        "The harbour board approved the new ferry timetable on Monday after a long debate.\n\n"
        "Advertisement Continue reading the main story\n\n"
        "Newsletter Sign Up Please verify you're not a robot by clicking the box. Invalid email "
        "address. Please re-enter. You may opt-out at any time from The Harbour Post.\n\n"
        "Ferries will run every forty minutes from June, the board said.\n\n"
        "Harbour master Ilse Brandt Photographer: Tomas Lind/Harbour Post\n\n"
        "Readers who opt out at any time of the scheme keep their season tickets."
    )
    cleaned = clean_text(text)
    assert "Advertisement" not in cleaned.text
    assert "robot" not in cleaned.text
    assert "Harbour Post" not in cleaned.text
    assert "Photographer" not in cleaned.text
    assert cleaned.text.count("\n\n") == 2, cleaned.text
    assert cleaned.text.endswith("keep their season tickets."), "one phrase alone is no form"


def test_metadata_comes_from_the_removed_lines() -> None:
    meta = clean_text(DOCK_STRIKE).meta
    assert meta.title == "Harbour cranes stand idle as dockers walk out"
    assert meta.author == "Lena Markovic"
    assert meta.outlet == "Baltic News Desk", "CamelCase source tag is split"
    assert meta.published == "2025-06-06", "the caption's date counts"


def test_copyright_line_gives_the_outlet_without_company_suffix() -> None:
    text = (
        "The ferry sailed late again.\n\nPassengers waited for hours.\n\n© Island Courier Ltd 2024"
    )
    cleaned = clean_text(text)
    assert cleaned.meta.outlet == "Island Courier"
    assert cleaned.boilerplate == ("© Island Courier Ltd 2024",)


def test_closing_bio_gives_author_outlet_and_marks_a_column() -> None:
    cleaned = clean_text(FERRY_COLUMN)
    assert cleaned.meta.author == "Oskar Lindqvist"
    assert cleaned.meta.outlet == "The Island Courier"
    assert cleaned.meta.genre == "opinion"
    assert "Lindqvist" not in cleaned.text
    assert cleaned.meta.published is None, "dates in the narrative are not publication dates"
    assert cleaned.meta.title is None, "a first paragraph ending in a full stop is no headline"


def test_a_closing_sentence_about_a_person_is_not_a_bio() -> None:
    text = "The mayor spoke first.\n\nMarta Nowak is the only candidate who has not yet conceded."
    cleaned = clean_text(text)
    assert cleaned.text.endswith("has not yet conceded.")
    assert cleaned.meta.author is None


def test_a_non_press_bio_gives_the_author_but_no_outlet() -> None:
    text = "The bridge must reopen.\n\nAnna Berg is a professor at Northfield University."
    cleaned = clean_text(text)
    assert (cleaned.meta.author, cleaned.meta.outlet) == ("Anna Berg", None)
    assert cleaned.text == "The bridge must reopen."


def test_a_sources_sentence_in_the_body_stays() -> None:
    text = "Sources: two officials close to the talks said the deal was dead by Monday night."
    assert clean_text(text).text == text


def test_interview_headers_and_questions_stay_in_the_body() -> None:
    text = (
        "Two economists on the port strike.\n\n"
        "Will the strike spread to other ports?\n\n"
        "Irena Kowal, Gdańsk School of Economics: It could. The same operator runs three.\n\n"
        "Piotr Zielinski: I doubt it.\n\n"
        "Reporting by Adam Brzeski; Editing by Ola Nowak"
    )
    cleaned = clean_text(text)
    assert "Will the strike spread to other ports?" in cleaned.text
    assert "Irena Kowal, Gdańsk School of Economics: It could." in cleaned.text
    assert "Piotr Zielinski: I doubt it." in cleaned.text
    assert cleaned.meta.author == "Adam Brzeski"
    assert cleaned.meta.published is None, "no full date, none invented"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Ferry chaos returns to the islands", "Ferry chaos returns to the islands"),
        ("Can the ferry be saved?", "Can the ferry be saved?"),
        ("The ferry was late again this morning.", None),
        ("a lower-case fragment", None),
    ],
)
def test_title_only_when_the_first_line_reads_as_a_headline(first: str, title: str | None) -> None:
    cleaned = clean_text(f"{first}\n\nThe operator blamed the weather for the delay.")
    assert cleaned.meta.title == title
    assert (first in cleaned.text) is (title is None)


def test_title_is_not_taken_when_it_is_known() -> None:
    cleaned = clean_text(
        "Ferry chaos returns\n\nThe operator blamed the weather.", find_title=False
    )
    assert cleaned.meta.title is None
    assert cleaned.text.startswith("Ferry chaos returns")


def test_explicit_date_line_beats_dates_in_the_text() -> None:
    text = "Published: 2 May 2023\n\nThe bridge, opened on June 1, 2024, will close for repairs."
    cleaned = clean_text(text)
    assert cleaned.meta.published == "2023-05-02"
    assert cleaned.boilerplate == ("Published: 2 May 2023",)


def test_dates_in_the_narrative_are_never_the_publication_date() -> None:
    """A 2016 piece on an old bombing was dated 1963-09-03 from its own story."""
    text = (
        "The church still bears the marks\n\n"
        "On September 15, 1963, a bomb tore through the church, and on 3 September 1963 an "
        "earlier blast had hit a lawyer's house.\n\n"
        "The families marked the anniversary on Sunday with a service."
    )
    assert clean_text(text).meta.published is None


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        ("Updated: 5 May 2023\nPublished: 2 May 2023", "2023-05-02"),
        ("Updated: 5 May 2023\nTuesday 2 May 2023", "2023-05-02"),
        ("Updated: 5 May 2023", "2023-05-05"),
        ("By Ana Berg\nMay 2, 2023 10:04 AM EST", "2023-05-02"),
    ],
)
def test_published_wins_over_updated(lines: str, published: str) -> None:
    text = f"Bridge to close\n\n{lines}\n\nThe old bridge, opened on June 1, 1964, will close."
    assert clean_text(text).meta.published == published


def test_a_date_only_line_deep_in_the_body_is_removed_but_not_taken() -> None:
    text = "The port reopened.\n\nThe crews left.\n\nWork resumed.\n\n4 July 1976\n\nThe end."
    cleaned = clean_text(text)
    assert cleaned.meta.published is None
    assert "4 July 1976" in cleaned.boilerplate


def test_a_dateline_with_a_full_date_gives_the_date() -> None:
    text = "LONDON, March 3, 2021 (Reuters) — Dockers stayed away on Friday, the union said."
    cleaned = clean_text(text)
    assert cleaned.meta.published == "2021-03-03"
    assert cleaned.text.startswith("Dockers stayed away")


def test_section_label_at_the_top_marks_opinion() -> None:
    cleaned = clean_text("Opinion\n\nThe bridge should never have been closed.")
    assert cleaned.meta.genre == "opinion"
    assert cleaned.text == "The bridge should never have been closed."


def test_a_paragraph_ending_in_a_wire_tag_is_not_a_caption() -> None:
    text = "The minister resigned on Monday, officials said. (AP)\n\nHer deputy takes over."
    assert clean_text(text).text.startswith("The minister resigned on Monday")


def test_by_inside_the_body_is_not_a_byline() -> None:
    text = "The port reopened.\n\nThe crews left.\n\nWork resumed.\n\nBy Friday the queue had gone"
    assert clean_text(text).text.endswith("By Friday the queue had gone")


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("GDAŃSK — Dockers stayed away on Friday.", "GDAŃSK —"),
        ("WARSAW — Dockers stayed away on Friday.", "WARSAW —"),
        (
            "SAN JOSE, Costa Rica (AP) — Dockers stayed away on Friday.",
            "SAN JOSE, Costa Rica (AP) —",
        ),
        ("ST. PAUL, Minn. – Dockers stayed away on Friday.", "ST. PAUL, Minn. –"),
        ("OSLO (Reuters) - Dockers stayed away on Friday.", "OSLO (Reuters) -"),
        ("WARSAW ―Dockers stayed away on Friday.", "WARSAW ―"),
        ("WARSAW-Dockers stayed away on Friday.", None),
        ("EU — a union of 27 states — stayed silent on Friday.", None),
        ("The union — and only the union — stayed away on Friday.", None),
    ],
)
def test_a_dateline_leaves_the_first_paragraph(first: str, dateline: str | None) -> None:
    text = f"Dockers walk out\n\n{first}\n\nThe port said WARSAW — not Gdańsk — would decide."
    cleaned = clean_text(text)
    assert cleaned.meta.title == "Dockers walk out"
    if dateline is None:
        assert cleaned.text.startswith(first)
        assert cleaned.boilerplate == ("Dockers walk out",)
    else:
        assert cleaned.text.startswith(first.removeprefix(dateline).lstrip())
        assert cleaned.boilerplate == ("Dockers walk out", dateline)
    assert cleaned.text.endswith("WARSAW — not Gdańsk — would decide."), "only the first paragraph"
