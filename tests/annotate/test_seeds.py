"""The two real seed articles (../shared/seeds): must-contain and must-not-contain actors."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.records import Actor, Article, Quote
from rashomon.resolve import resolve_actors
from rashomon.resolve.index import ActorIndex
from rashomon.resolve.quotes import resolve_quotes

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
DROPPED = ("Image Source", "Reporting by", "Source:", "—", "©", "Con Coughlin is")

pytestmark = pytest.mark.seeds


def _clean(path: Path) -> str:
    """Approximate ingest's cleaning: page id, caption, credits and bio lines removed."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.name.startswith("001"):
        lines = lines[2:]
    kept = [line for line in lines if not line.startswith(DROPPED)]
    return "\n".join(kept).replace("Moscowís", "Moscow’s").strip()


@dataclass(frozen=True)
class Seeds:
    """The seed articles, their actors by name, and their quotes."""

    articles: list[Article]
    actors: dict[str, Actor]
    quotes: tuple[Quote, ...]


@pytest.fixture(scope="module")
def seeds(nlp: Language, make_article: Callable[[str], Article]) -> Seeds:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if len(paths) < 2:
        pytest.skip(f"seed articles not found in {SEEDS}")
    articles = [make_article(_clean(path)) for path in paths]
    annotations = annotate(articles, nlp)
    resolved = resolve_actors(articles, annotations)
    texts = {article.id: article.text for article in articles}
    assert all(texts[m.article_id][m.span[0] : m.span[1]] == m.text for m in resolved.mentions)
    index = ActorIndex(resolved.mentions)
    quotes = resolve_quotes(articles, annotations, index, resolved.actors)
    return Seeds(articles, {actor.name: actor for actor in resolved.actors}, quotes)


@pytest.fixture(scope="module")
def actors(seeds: Seeds) -> dict[str, Actor]:
    return seeds.actors


def _affiliation(actors: dict[str, Actor], name: str) -> str | None:
    by_id = {actor.id: actor for actor in actors.values()}
    affiliation = actors[name].affiliation
    return by_id[affiliation].name if affiliation else None


def test_assad_is_one_person(actors: dict[str, Actor]) -> None:
    assad = actors["Bashar al Assad"]
    assert assad.kind == "person"
    assert {"Bashar al Assad", "Al Assad", "Bashar Al Assad", "Assad"} <= set(assad.aliases)
    assert not any("Assad" in name for name in actors if name != "Bashar al Assad")


def test_people_titles_and_affiliations(actors: dict[str, Actor]) -> None:
    assert "President" in actors["Vladimir Putin"].titles
    assert _affiliation(actors, "Vladimir Putin") == "Russia"
    assert _affiliation(actors, "Alexei Khlebnikov") == (
        "Russian International Council for Foreign Affairs"
    )
    assert actors["Alexei Khlebnikov"].kind == "person"
    assert _affiliation(actors, "Aymenn al Tamimi") == "Middle East Forum"
    assert _affiliation(actors, "Rex Tillerson") == "United States"
    assert "Secretary of State" in actors["Rex Tillerson"].titles
    assert actors["Rex Tillerson"].country == "USA"
    assert _affiliation(actors, "Sergei Lavrov") == "Russia"


def test_states_and_their_metonyms(actors: dict[str, Actor]) -> None:
    russia = actors["Russia"]
    assert russia.kind == "state"
    assert russia.country == "RUS"
    assert {"Moscow", "Kremlin", "Russians"} <= set(russia.aliases)
    assert "Tehran" in actors["Iran"].aliases
    assert "Damascus" in actors["Syria"].aliases


def test_organisations_groups_and_places(actors: dict[str, Actor]) -> None:
    assert actors["G7"].kind == "organization"
    assert actors["Hezbollah"].kind == "group"
    assert actors["UN Security Council"].kind == "organization"
    assert actors["Latakia"].kind == "location"
    assert actors["Aleppo"].kind == "location"  # "the retaking of east Aleppo"
    tartus = [actor for actor in actors.values() if "Tartus" in actor.aliases]
    assert len(tartus) == 1
    assert tartus[0].kind == "location"
    assert {"Tartus", "Tartous"} <= set(tartus[0].aliases)


def test_must_not_contain(actors: dict[str, Actor]) -> None:
    assert "State" not in actors
    assert not any(
        "Coughlin" in name and actor.kind in {"state", "location"} for name, actor in actors.items()
    )
    assert not any(name.endswith(("’s", "'s")) for name in actors)


EXPERT_HEADER = re.compile(r"^(Alexei Khlebnikov|Aymenn al Tamimi)[,:]", re.MULTILINE)


def test_every_interview_answer_is_its_expert_s_and_no_question_is(seeds: Seeds) -> None:
    interview = seeds.articles[0]
    names = {actor.id: name for name, actor in seeds.actors.items()}
    quotes = [quote for quote in seeds.quotes if quote.article_id == interview.id]
    answers = [quote for quote in quotes if quote.kind == "interview"]
    headers = EXPERT_HEADER.findall(interview.text)
    assert [names[quote.speaker or ""] for quote in answers] == headers
    questions = [quote for quote in quotes if quote.kind == "question"]
    asked = [line for line in interview.text.splitlines() if line.strip().endswith("?")]
    assert [quote.text for quote in questions] == asked
    assert all(quote.speaker is None or names[quote.speaker] == "TRT World" for quote in questions)
    experts = {seeds.actors["Alexei Khlebnikov"].id, seeds.actors["Aymenn al Tamimi"].id}
    assert not [q for q in quotes if q.kind != "interview" and q.speaker in experts]


def test_the_remark_reported_from_trump_is_his_partial_quote(seeds: Seeds) -> None:
    column = seeds.articles[1]
    trump = seeds.actors["Donald Trump"].id
    partials = {
        quote.text: quote.speaker
        for quote in seeds.quotes
        if quote.article_id == column.id and quote.kind == "partial"
    }
    assert partials["“a window of opportunity”"] == trump
    allegiance = [text for text in partials if text.startswith("“its allegiance with Al Assad")]
    assert [partials[text] for text in allegiance] == [trump]
