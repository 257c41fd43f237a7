"""Language identification: English kept, other languages rejected, short texts not judged."""

from __future__ import annotations

import pytest

from rashomon.errors import InputError, Reason
from rashomon.ingest.language import check_language

from .conftest import ENGLISH_FILLER

FRENCH = (
    "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget du port, et "
    "les élus ont convenu que les travaux de la jetée nord devaient commencer avant l'hiver."
)


def test_english_is_kept() -> None:
    assert check_language(ENGLISH_FILLER, "en") == "en"


def test_french_is_rejected_with_its_confidence() -> None:
    with pytest.raises(InputError) as caught:
        check_language(FRENCH, "en")
    assert caught.value.code == Reason.NOT_ENGLISH
    assert caught.value.reason.startswith("language is fr (confidence ")
    assert caught.value.reason.endswith("only en is analysed for now")


def test_very_short_texts_are_not_judged() -> None:
    assert check_language("Merci beaucoup, mes amis.", "en") == "en"
