"""The two real seed articles (../shared/seeds): must-contain and must-not-contain actors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.records import Actor, Article
from rashomon.resolve import resolve_actors

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


@pytest.fixture(scope="module")
def actors(nlp: Language, make_article: Callable[[str], Article]) -> dict[str, Actor]:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if len(paths) < 2:
        pytest.skip(f"seed articles not found in {SEEDS}")
    articles = [make_article(_clean(path)) for path in paths]
    resolved = resolve_actors(articles, annotate(articles, nlp))
    texts = {article.id: article.text for article in articles}
    assert all(texts[m.article_id][m.span[0] : m.span[1]] == m.text for m in resolved.mentions)
    return {actor.name: actor for actor in resolved.actors}


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
