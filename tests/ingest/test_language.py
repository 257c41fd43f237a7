"""Language identification: English kept, other languages rejected, short texts not judged."""

from __future__ import annotations

import pytest

from rashomon.errors import InputError, Reason
from rashomon.ingest.language import check_language, latin_share

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


CHINESE = (
    "港口工人周五连续第三天罢工，数十艘货轮在海湾外等待靠港。工会表示，工资一直跟不上物价上涨。"
)
JAPANESE = "港湾労働者は金曜日、三日連続でストライキを行い、数十隻の貨物船が湾の外で待機している。"
RUSSIAN = "Портовые рабочие в пятницу третий день подряд не вышли на работу, и суда ждут на рейде."


@pytest.mark.parametrize(("text", "code"), [(CHINESE, "zh"), (JAPANESE, "ja"), (RUSSIAN, "ru")])
def test_texts_without_spaces_or_in_other_scripts_are_judged(text: str, code: str) -> None:
    """Chinese and Japanese have no spaces: one "word" to a sentence, so count letters."""
    with pytest.raises(InputError) as caught:
        check_language(text, "en")
    assert caught.value.code == Reason.NOT_ENGLISH
    assert caught.value.reason.startswith(f"language is {code} ")


def test_a_hesitant_guess_on_another_script_is_still_rejected() -> None:
    mixed = "工会表示罢工将持续到下周。" * 3 + " Reuters"
    with pytest.raises(InputError) as caught:
        check_language(mixed, "en")
    assert caught.value.code == Reason.NOT_ENGLISH


def test_english_quoting_a_line_of_chinese_is_kept() -> None:
    text = f"{ENGLISH_FILLER} The banner at the gate read “工资跟不上物价”, the union said."
    assert check_language(text, "en") == "en"


def test_latin_share_counts_letters_only() -> None:
    assert latin_share("Café 2025, 港口!") == (6, pytest.approx(4 / 6))
