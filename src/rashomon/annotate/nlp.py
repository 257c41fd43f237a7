"""The one place the spaCy pipeline is built: the configured model plus rashomon's components."""

from __future__ import annotations

import spacy
from spacy.language import Language

# Imported for their side effect: each module registers its component with spaCy.
from rashomon.annotate import entities, gazetteer_ruler, headers, mentions, titles  # noqa: F401
from rashomon.errors import ModelError
from rashomon.settings import Settings

COMPONENTS = (
    "rashomon_gazetteer",
    "rashomon_titles",
    "rashomon_speaker_headers",
    "rashomon_entities",
    "rashomon_mentions",
)
SENTENCE_COMPONENTS = frozenset({"parser", "senter", "sentencizer"})


def load_nlp(settings: Settings) -> Language:
    """Load `settings.model` (a package name or a path) and add rashomon's components after "ner".

    Raises ModelError (E002) when the model cannot be loaded or has no "ner" component.
    """
    try:
        nlp = spacy.load(settings.model)
    except (OSError, ImportError, ValueError) as error:
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise ModelError(f"E002 cannot load spaCy model {settings.model!r}: {reason}") from error
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"E002 spaCy model {settings.model!r} has no 'ner' component")
    if not SENTENCE_COMPONENTS.intersection(nlp.pipe_names):
        nlp.add_pipe("sentencizer", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
