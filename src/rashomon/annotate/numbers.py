"""The value of a number as news writes it: digits, words, scales, ranges and hedges.

"87" is 87; "31,000" 31000; "$18 million" 18000000 in "$"; "nearly 40 percent" 40 in "%",
approximate; "seven" 7; "thirty-one" 31; "two hundred" 200; "two dozen" 24; "between 10 and 15"
a range 10–15; "the seventh" the ordinal 7. A vague plural counts its least: "dozens" is 24 (two
dozen), "hundreds" 200, "thousands" 2000, always approximate. Fractions in words
("three-quarters") are left out, and text with no number in it gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ONES = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * value
    for value, word in enumerate(
        ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
    if word != "_"
}
SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "bn": 1_000_000_000,
    "m": 1_000_000,
    "k": 1_000,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip
# A vague plural, by its least value ("dozens" is at least two dozen).
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000}
FEW = {
    "a dozen": 12,
    "dozen": 12,
    "a couple": 2,
    "couple": 2,
    "a few": 3,
    "several": 3,
    "half": 0.5,
}
HEDGES = (
    "about", "around", "nearly", "almost", "roughly", "some", "approximately", "an estimated",
    "estimated", "more than", "over", "less than", "fewer than", "under", "at least", "up to",
    "at most", "close to", "upwards of", "as many as", "as much as", "just over", "just under",
)  # fmt: skip
CURRENCIES = {
    "$": "$", "us$": "$", "usd": "$", "dollar": "$", "dollars": "$", "€": "€", "eur": "€",
    "euro": "€", "euros": "€", "£": "£", "gbp": "£", "pound": "£", "pounds": "£", "¥": "¥",
    "yen": "¥", "yuan": "CNY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
}  # fmt: skip
PERCENT_WORDS = ("%", "percent", "per cent")
_DIGITS = re.compile(r"\d+(?:[,.]\d+)*")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_SHORT_SCALE = re.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<scale>bn|m|k)")
_RANGE = re.compile(r"\b(?:between\s+)?(?P<low>.+?)\s*(?:-|–|—|to|and)\s*(?P<high>[^-–—]+)$")


@dataclass(frozen=True, slots=True)
class Value:
    """A parsed number: its value (and the top of a range), unit and whether it is hedged."""

    value: float
    high: float | None = None
    unit: str | None = None
    approximate: bool = False
    ordinal: bool = False


def parse_number(text: str, label: str = "CARDINAL") -> Value | None:
    """The value `text` states, read as an entity of spaCy label `label`; None if none."""
    lowered = " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-")
    approximate = False
    for hedge in sorted(HEDGES, key=len, reverse=True):
        if lowered.startswith(hedge + " "):
            lowered, approximate = lowered[len(hedge) + 1 :], True
            break
    unit = _unit(lowered, label)
    if label == "ORDINAL" or _ordinal(lowered) is not None:
        number = _ordinal(lowered)
        return Value(number, ordinal=True) if number is not None else None
    first = lowered.split()[0] if lowered.split() else ""
    if first in VAGUE:  # "dozens", "millions of dollars"
        return Value(VAGUE[first], unit=unit, approximate=True)
    spanned = _RANGE.match(lowered)
    low = _amount(spanned["low"]) if spanned else None
    high = _amount(spanned["high"]) if spanned else None
    if low is not None and high is not None:
        # "10 to 15 million": the scale written once is both ends'.
        bottom = low[0] * high[1] if low[1] is None and high[1] is not None else low[0]
        if bottom < high[0]:
            return Value(bottom, high[0], unit, approximate)
    amount = _amount(lowered)
    if amount is None:
        return None
    return Value(amount[0], unit=unit, approximate=approximate or amount[2])


def _unit(text: str, label: str) -> str | None:
    if "percentage point" in text:
        return "percentage points"
    if label == "PERCENT" or any(word in text for word in PERCENT_WORDS):
        return "%"
    if label != "MONEY":
        return None
    symbol = next((char for char in text if char in "$€£¥"), None)
    if symbol is not None:
        return CURRENCIES[symbol]
    return next((CURRENCIES[word] for word in text.split() if word in CURRENCIES), None)


def _ordinal(text: str) -> float | None:
    words = text.split()
    if not words:
        return None
    last = words[-1]
    digits = _ORDINAL_DIGITS.match(last)
    if digits:
        return float(digits.group(1))
    if last in ORDINALS:
        return float(ORDINALS[last])
    if "-" in last:
        tens, _, ones = last.partition("-")
        if tens in TENS and ones in ORDINALS:
            return float(TENS[tens] + ORDINALS[ones])
    return None


def _amount(text: str) -> tuple[float, float | None, bool] | None:
    """(value, scale seen, vague) of an amount: "18 million", "thirty-one", "two hundred"."""
    cleaned = re.sub(r"[$€£¥%]|percent|per cent|percentage points?", " ", text)
    words = [word for word in re.split(r"[\s]+", cleaned.strip()) if word]
    if not words:
        return None
    if " ".join(words) in FEW:
        return FEW[" ".join(words)], None, True
    total = 0.0
    current: float | None = None
    scale: float | None = None
    seen = False
    for word in words:
        word = word.strip(",.")
        if _DIGITS.fullmatch(word):
            current = (current or 0) + _digits(word)
            seen = True
        elif word in ONES or word in TENS:
            current = (current or 0) + ONES.get(word, TENS.get(word, 0))
            seen = True
        elif "-" in word and all(part in ONES or part in TENS for part in word.split("-")):
            current = (current or 0) + sum(ONES.get(part) or TENS[part] for part in word.split("-"))
            seen = True
        elif word in SCALES and seen:
            scale = SCALES[word]
            if scale < 1_000:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = None
        elif (short := _SHORT_SCALE.fullmatch(word)) is not None:
            total += float(short["number"]) * SCALES[short["scale"]]
            seen = True
    if not seen:
        return None
    return total + (current or 0), scale, False


def _digits(word: str) -> float:
    """ "31,000" → 31000; "2.5" → 2.5; "1.234.567" (dots as thousands) → 1234567."""
    if word.count(",") and "." not in word:
        return float(word.replace(",", ""))
    if word.count(".") > 1:
        return float(word.replace(".", ""))
    return float(word.replace(",", ""))
