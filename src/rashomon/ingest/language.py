"""Language identification with py3langid over the whole text; only one language is analysed.

Length is measured in letters, not in space-separated words, because Chinese and Japanese put no
spaces between words ("港口工人周五连续第三天罢工" is one "word" but 12 letters). A text with
too few letters is not judged (identification is unreliable below a sentence), and is taken as
the configured language. A non-matching guess is trusted above a confidence floor, and always
when most letters are not in Latin script, since the configured language (English for now) is
written in Latin script: a Chinese page is rejected even when py3langid hesitates between zh and
ja, and an English article quoting a line of Chinese is kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from rashomon.errors import InputError, Reason

MIN_LETTERS = 40
MIN_CONFIDENCE = 0.8
# Below this share of Latin letters a text is in another script (the share in English is ~1).
MIN_LATIN_SHARE = 0.5
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """Return the most likely language code of `text` and its probability (0 … 1)."""
    language, confidence = _identifier().classify(text)
    return str(language), float(confidence)


def latin_share(text: str) -> tuple[int, float]:
    """Return the number of letters in `text` and the share of them in Latin script."""
    letters = _LETTER.findall(text)
    if not letters:
        return 0, 1.0
    latin = sum(1 for letter in letters if _is_latin(letter))
    return len(letters), latin / len(letters)


def check_language(text: str, wanted: str) -> str:
    """Return the language of `text`; raise InputError (not_english) when it is another one."""
    letters, latin = latin_share(text)
    if letters < MIN_LETTERS:
        return wanted
    language, confidence = identify(text)
    other_script = latin < MIN_LATIN_SHARE
    if language != wanted and (confidence >= MIN_CONFIDENCE or other_script):
        raise InputError(
            Reason.NOT_ENGLISH,
            f"language is {language} (confidence {confidence:.2f}), "
            f"only {wanted} is analysed for now",
        )
    if other_script:
        raise InputError(
            Reason.NOT_ENGLISH,
            f"only {latin:.0%} of the letters are in Latin script; "
            f"only {wanted} is analysed for now",
        )
    return wanted


@cache
def _is_latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")
