"""Person names: normalised forms, match keys, and which shorter name can stand for which longer."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from nameparser import HumanName
from nameparser.config import Constants
from nicknames import NickNamer

from rashomon.lexicon.words import data_lines, word_list

# Particles that join the words of a name as written ("Aymenn al Tamimi", "Ursula von der Leyen").
LINKING_PARTICLES = word_list("particles_linking")
# Every lower-case name particle that does not identify a person on its own: dropped from match
# keys, kept in display names ("Bashar al Assad", "Charles de Gaulle", "Mohammed bin Salman").
PARTICLES = LINKING_PARTICLES | word_list("particles_other")
# Generational suffixes: "Donald Trump Jr." is not "Donald Trump".
SUFFIXES = word_list("name_suffixes")
HONORIFICS = word_list("honorifics")
_NAME_PARTS = Constants(
    prefixes=PARTICLES,
    titles=HONORIFICS,
    first_name_titles=(),
    suffix_acronyms=(),
    suffix_acronyms_ambiguous=(),
    suffix_not_acronyms=SUFFIXES,
    conjunctions=(),
)

_SPACES = re.compile(r"\s+")
_INITIALISM = re.compile(r"(?<![\w.])\w\.(?: ?\w\.)+")
_SPLIT = re.compile(r"[\s\-‐‑–]+")
_VOWELS = frozenset("aeiouy")

NameKey = tuple[str, ...]


def strip_possessive(text: str) -> str:
    """Return `text` without a trailing possessive ("Putin’s" → "Putin", "Assads’" → "Assads")."""
    if text.endswith(("'s", "’s", "'S", "’S")):
        return text[:-2].rstrip()
    if text.endswith(("'", "’")):
        return text[:-1].rstrip()
    return text


def clean_name(text: str) -> str:
    """Collapse spaces, drop a leading "the" (or a lower-case "a" or "an": "a Republican") and a
    trailing possessive."""
    name = _SPACES.sub(" ", text).strip()
    if name[:4].casefold() == "the ":
        name = name[4:]
    elif name.startswith(("a ", "an ")):
        name = name.partition(" ")[2]
    return strip_possessive(name)


def fold(text: str) -> str:
    """Case-fold, strip accents and the dots of initialisms, for comparing spellings.

    "Inês" = "ines", "F.B.I." = "fbi", "U.S. Senate" = "U. S. Senate" = "us senate".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _INITIALISM.sub(lambda match: match.group().replace(".", "").replace(" ", ""), plain)


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> NameKey:
    """Match key of a person name: folded words without particles, honorifics and nickname.

    nameparser splits the name into its parts, with the lexicon's honorifics as its titles,
    its particles as prefixes and its generational suffixes: "Bashar al-Assad", "Bashar Al
    Assad" and "bashar al assad" share the key ("bashar", "assad"); a suffix is the last word,
    with or without a comma ("Donald Trump, Jr." → ("donald", "trump", "jr")); a nickname in
    quotes is no part of it ('Maurice "Mo" Cheeks' → ("maurice", "cheeks")).
    """
    human = HumanName(clean_name(name), constants=_NAME_PARTS)
    parts = [human.first, human.middle, human.last, human.suffix]
    words = [word.strip(".,") for part in parts for word in _SPLIT.split(fold(part))]
    return tuple(word for word in words if word and word not in PARTICLES)


def fits(short: NameKey, full: NameKey, first_name: bool = True) -> bool:
    """Whether the name `short` can denote the person named `full`.

    True for a surname or trailing part ("Assad" in "Bashar Assad"), a first-name-or-family-name
    first word ("Xi" in "Xi Jinping"), or a shorter form with the same first and last words
    ("Aymenn Tamimi" in "Aymenn Jawad Tamimi"). Generational suffixes must agree, except that
    one word may stand for a suffixed name ("Trump Jr." and "Trump" in "Donald Trump Jr.", but
    not "Donald Trump"). With `first_name` false, one word fits only as the surname.
    """
    bases = _comparable(short, full)
    if bases is None:
        return False
    short, full = bases
    if full[-len(short) :] == short or (first_name and len(short) == 1 and full[0] == short[0]):
        return True
    if short[0] != full[0] or short[-1] != full[-1]:
        return False
    remaining = iter(full)
    return all(word in remaining for word in short)


def same_name(first: NameKey, second: NameKey) -> bool:
    """Whether two keys of equal length are one name, a middle initial standing for a middle name.

    ("donald", "j", "trump") and ("donald", "john", "trump") are; first and last words must agree.
    """
    if len(first) != len(second) or len(first) < 3 or first == second:
        return False
    if first[0] != second[0] or first[-1] != second[-1]:
        return False
    return all(
        one == other
        or (len(one) == 1 and other.startswith(one))
        or (len(other) == 1 and one.startswith(other))
        for one, other in zip(first[1:-1], second[1:-1], strict=True)
    )


def fits_in_article(short: NameKey, full: NameKey) -> bool:
    """Whether `short` can denote `full` when both names occur in one article.

    True when it `fits`, and also for any run of consecutive words of the longer name: its
    leading words ("Helena Duarte" in "Helena Duarte Vaz") or a middle one ("Duarte"). Only
    for names in one article, where another person it could denote would be named there too.
    """
    if fits(short, full):
        return True
    bases = _comparable(short, full)
    if bases is None:
        return False
    short, full = bases
    size = len(short)
    return any(full[index : index + size] == short for index in range(len(full) - size + 1))


def _comparable(short: NameKey, full: NameKey) -> tuple[NameKey, NameKey] | None:
    """Both keys without their suffixes, or None when `short` cannot be a shorter `full`."""
    short_base, short_suffix = split_suffix(short)
    full_base, full_suffix = split_suffix(full)
    if short_suffix and short_suffix != full_suffix:
        return None
    if full_suffix and not short_suffix and len(short_base) > 1:
        return None
    if not short_base or len(short_base) >= len(full_base):
        return None
    return short_base, full_base


def surname(key: NameKey) -> str:
    """The last word of a key that is no generational suffix (what `fits` names must share when
    a first name alone may not fit)."""
    base, _ = split_suffix(key)
    return base[-1] if base else ""


def split_suffix(key: NameKey) -> tuple[NameKey, str | None]:
    """A key without its generational suffix, and the suffix (None when it has none)."""
    if key and key[-1] in SUFFIXES:
        return key[:-1], key[-1]
    return key, None


def particle_style(name: str) -> int:
    """Capitalised particles in `name`: 0 for "Bashar al Assad", 1 for "Bashar Al Assad"."""
    return sum(
        1 for word in _SPLIT.split(name) if word.casefold() in PARTICLES and word[:1].isupper()
    )


def spelling_variant(first: str, second: str) -> bool:
    """Whether two folded names differ by one vowel added, dropped or changed, or a doubling."""
    if first[0] != second[0]:
        return False
    if len(first) == len(second):
        differ = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
        return len(differ) == 1 and differ[0][0] in _VOWELS and differ[0][1] in _VOWELS
    short, long = sorted((first, second), key=len)
    if len(long) - len(short) != 1:
        return False
    for index, letter in enumerate(long):
        if long[:index] + long[index + 1 :] == short:
            doubled = long[index - 1 : index] == letter or long[index + 1 : index + 2] == letter
            if letter in _VOWELS or doubled:
                return True
    return False


def nickname_of(short: str, given: str) -> bool:
    """Whether the folded first name `short` is a nickname of the given name `given` ("bill" of
    "william", "mo" of "maurice")."""
    return short != given and short in _nicknames().get(given, frozenset())


def is_first_name(word: str) -> bool:
    """Whether a folded word is an English given name or nickname the nickname data lists."""
    return word in _first_names()


@cache
def _first_names() -> frozenset[str]:
    return frozenset(_nicknames()).union(*_nicknames().values())


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Given name → its nicknames: the `nicknames` package's data and the team's additions."""
    found: dict[str, set[str]] = {
        name: set(nicks) for name, nicks in NickNamer().nickname_lookup.items()
    }
    for line in data_lines("nicknames.tsv"):
        nickname, _, givens = line.partition("\t")
        for given in givens.split():
            found.setdefault(given, set()).add(nickname)
    return {name: frozenset(nicks) for name, nicks in found.items()}
