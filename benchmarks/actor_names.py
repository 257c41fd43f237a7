"""Actors on real coverage without gold: the names rashomon gives them, on a PolNeAR sample.

The articles (`<split>/text/*.txt`: headline on the first line, then the body) go to
`rashomon.analyze` as JSON Lines with title, text and outlet, as a user would give them, and
no date. Four figures, each a kind of error seen on real coverage:

- **Shared multi-word aliases**: a spelling of two or more words ("Donald Trump") that is an
  alias of more than one person actor splits one person. Counted over person actors.
- **Junk-word names** among the top actors by mentions: a name word that is no name, i.e. a
  lower-case word other than a name particle ("a Donald Trump"), or a capitalised one the corpus
  itself writes in lower case far more often than capitalised inside a sentence ("Certainly
  Donald Trump", "Donald Trump Wins", "Telling Jeb Bush"), unless the articles also use it alone
  for the actor. In the names of bodies and places only the first word is judged ("Federal
  Bureau of Investigation" is made of common words). A proxy without gold: a surname that is a
  common word and never used alone may count.
- **Surnames apart**: a one-word person actor that is the surname of a person actor with a longer
  name ("Trump" beside "Donald J. Trump"). It may be right (an article naming only "Trump" when
  several Trumps are named elsewhere is left alone rather than guessed), so it counts the share
  of the namesakes' mentions left on such actors, not errors.
- **Invented dates**: an article whose publication date falls outside the corpus's own years
  (2015–2016 for PolNeAR, from its metadata) took it from the body's narrative.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NAME_JOINERS = frozenset({"of", "the", "and", "for", "de", "du", "la", "le", "al", "el", "bin"})
NAME_JOINERS |= {"van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "y", "&"}
COMMON_RATIO = 3
COMMON_MIN = 3
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n\s*)$")


@dataclass(frozen=True, slots=True)
class NameFigures:
    """The figures of one run."""

    articles: int
    actors: int
    shared_aliases: list[tuple[str, list[str]]]  # alias → names of the person actors it joins
    top: int
    junk: list[tuple[str, str]]  # (actor name, its junk word)
    surnames_apart: list[tuple[str, int, int]]  # (surname actor, its mentions, namesakes' mentions)
    dated: int
    invented: list[tuple[str, str]]  # (published, title)
    years: frozenset[int]


def polnear_corpus(data: Path, folder: Path, count: int, split: str = "train") -> Path:
    """Write the first `count` articles of a PolNeAR split as JSON Lines; return the file."""
    outlets = {}
    with (data / "metadata.tsv").open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            outlets[row["filename"]] = row["publisher"]
    corpus = folder / "polnear.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for path in sorted((data / split / "text").glob("*.txt"))[:count]:
            title, _, body = path.read_text(encoding="utf-8").partition("\n")
            record = {"title": title.strip(), "text": body, "outlet": outlets.get(path.stem)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return corpus


def corpus_years(data: Path) -> frozenset[int]:
    """The years PolNeAR's articles were published in, from its metadata."""
    with (data / "metadata.tsv").open(encoding="utf-8") as stream:
        return frozenset(
            int(row["publication_date"][:4]) for row in csv.DictReader(stream, delimiter="\t")
        )


def name_figures(analysis: Any, years: frozenset[int], top: int = 200) -> NameFigures:
    """The three figures of an analysis (see the module docstring)."""
    texts = [article.text for article in analysis.articles if article.duplicate_of is None]
    lower, capitalised = _word_cases(texts)
    persons = [actor for actor in analysis.actors if actor.kind == "person"]
    by_alias: defaultdict[str, list[str]] = defaultdict(list)
    for actor in persons:
        for alias in set(actor.aliases):
            if len(alias.split()) >= 2:
                by_alias[alias].append(actor.name)
    shared = sorted(
        ((alias, names) for alias, names in by_alias.items() if len(names) > 1),
        key=lambda item: (-len(item[1]), item[0]),
    )
    ranked = sorted(analysis.actors, key=lambda actor: (-actor.mentions, actor.name))[:top]
    junk = []
    for actor in ranked:
        word = _junk_word(actor.name, actor.kind, set(actor.aliases), lower, capitalised)
        if word is not None:
            junk.append((actor.name, word))
    full_names: Counter[str] = Counter()
    for actor in persons:
        if len(actor.name.split()) > 1:
            full_names[actor.name.split()[-1]] += actor.mentions
    apart = sorted(
        (
            (actor.name, actor.mentions, full_names[actor.name])
            for actor in persons
            if " " not in actor.name and full_names[actor.name]
        ),
        key=lambda item: -item[1],
    )
    dated = [article for article in analysis.articles if article.published]
    invented = [
        (article.published, article.title or "")
        for article in dated
        if int(article.published[:4]) not in years
    ]
    return NameFigures(
        len(texts),
        len(analysis.actors),
        shared,
        len(ranked),
        junk,
        apart,
        len(dated),
        invented,
        years,
    )


def print_figures(figures: NameFigures, examples: int = 5) -> None:
    """The second table of benchmarks/actors.py."""
    joined = {name for _, names in figures.shared_aliases for name in names}
    years = "–".join(str(year) for year in (min(figures.years), max(figures.years)))
    print(
        f"\nPolNeAR sample: {figures.articles} articles, {figures.actors} actors (no gold: counts"
        " of errors)"
    )
    print(
        f"multi-word aliases shared by person actors: {len(figures.shared_aliases)}"
        f" ({len(joined)} actors)"
    )
    for alias, names in figures.shared_aliases[:examples]:
        print(f"  {alias!r}: {'; '.join(sorted(names))}")
    share = len(figures.junk) / figures.top if figures.top else 0.0
    print(f"top {figures.top} actors named with a non-name word: {len(figures.junk)} ({share:.1%})")
    for name, word in figures.junk[:examples]:
        print(f"  {name!r} ({word!r})")
    alone = sum(mentions for _, mentions, _ in figures.surnames_apart)
    together = alone + sum(namesakes for _, _, namesakes in figures.surnames_apart)
    print(
        f"surname actors apart from a longer-named namesake: {len(figures.surnames_apart)},"
        f" with {alone} of their {together} mentions ({alone / together if together else 0:.1%})"
    )
    for name, mentions, namesakes in figures.surnames_apart[:examples]:
        print(f"  {name!r}: {mentions} beside {namesakes}")
    print(
        f"dated articles: {figures.dated}; dated outside the corpus years ({years}):"
        f" {len(figures.invented)}"
    )
    for published, title in figures.invented[:examples]:
        print(f"  {published} {title[:70]!r}")


def _word_cases(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often the corpus writes each (case-folded) word in lower case, and capitalised
    inside a sentence (not first)."""
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group()
            folded = word.casefold()
            if word.islower():
                lower[folded] += 1
            elif word[0].isupper():
                before = text[max(0, match.start() - 4) : match.start()]
                if not _SENTENCE_START.search(before):
                    capitalised[folded] += 1
    return lower, capitalised


def _junk_word(
    name: str, kind: str, aliases: set[str], lower: Counter[str], capitalised: Counter[str]
) -> str | None:
    """The first word of `name` that is no name (see the module docstring), or None.

    A capitalised word is junk when the corpus writes it in lower case at least
    `COMMON_RATIO` times as often as capitalised inside a sentence (and `COMMON_MIN` times):
    "Bill" of Bill Clinton is often a "bill" in political news, but also often "Bill". A word
    the articles use alone for the actor is a name ("Powers" of Francis Gary Powers). Bodies and
    places are named with common words ("Federal Bureau of Investigation"): only their first
    word is judged ("Battleground Senate", "a Democratic Senate").
    """
    words = name.split()
    for word in words if kind == "person" else words[:1]:
        folded = word.casefold().strip(".,’'")
        initial = len(folded) == 1 and word.endswith(".")
        if folded in NAME_JOINERS or not folded[:1].isalpha() or word in aliases or initial:
            continue
        if word.islower():
            return word
        if lower[folded] >= COMMON_MIN and lower[folded] >= COMMON_RATIO * capitalised[folded]:
            return word
    return None
