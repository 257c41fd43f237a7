"""Language identification with py3langid; only the configured language is analysed.

Very short texts are not judged (identification is unreliable below a few words), and a
non-matching guess is only trusted above a confidence floor; both cases are taken as the
configured language.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from rashomon.errors import InputError, Reason

MIN_WORDS = 8
MIN_CONFIDENCE = 0.8


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """Return the most likely language code of `text` and its probability (0 … 1)."""
    language, confidence = _identifier().classify(text)
    return str(language), float(confidence)


def check_language(text: str, wanted: str) -> str:
    """Return the language of `text`; raise InputError (not_english) when it is another one."""
    if len(text.split()) < MIN_WORDS:
        return wanted
    language, confidence = identify(text)
    if language != wanted and confidence >= MIN_CONFIDENCE:
        raise InputError(
            Reason.NOT_ENGLISH,
            f"language is {language} (confidence {confidence:.2f}), "
            f"only {wanted} is analysed for now",
        )
    return wanted
