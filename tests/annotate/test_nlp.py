"""Building the pipeline and running it over articles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from rashomon.annotate import annotate
from rashomon.annotate.nlp import COMPONENTS, load_nlp
from rashomon.errors import ModelError
from rashomon.records import Article
from rashomon.settings import Settings


def test_components_follow_ner(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names[-len(COMPONENTS) :] == list(COMPONENTS)
    assert names.index("ner") < names.index(COMPONENTS[0])


def test_missing_model_is_a_coded_error() -> None:
    with pytest.raises(ModelError, match=r"^E002 cannot load spaCy model 'no_such_model_xyz'"):
        load_nlp(Settings(model="no_such_model_xyz"))


def test_annotate_exports_offsets_and_reports_progress(
    nlp: Language, make_article: Callable[[str], Article]
) -> None:
    texts = ["Jonas Rieger’s farm is near Oslo.", "Nothing to see here."]
    articles = [make_article(text) for text in texts]
    seen: list[str] = []
    result = annotate(articles, nlp, batch_size=1, progress=seen.append)
    assert seen == [article.id for article in articles]
    assert [item.article_id for item in result] == seen
    person = result[0].mentions[0]
    assert person.text == "Jonas Rieger" == texts[0][person.span[0] : person.span[1]]
    assert person.sentence == (0, len(texts[0]))
    oslo = result[0].mentions[1]
    assert (oslo.kind, oslo.country, oslo.name) == ("state", "NOR", "Norway")
    assert result[1].mentions == ()


def test_state_entity_inside_a_title_is_dropped(nlp: Language) -> None:
    doc = nlp("Secretary of State Rex Tillerson flew to Tallinn.")
    assert "State" not in [ent.text for ent in doc.ents]
    assert [span.label_ for span in doc.spans["rashomon_titles"]] == ["Secretary of State"]
