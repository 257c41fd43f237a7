"""Names the model tagged somewhere in the run, found again where it missed them.

A small NER model tags "San Diego Chargers" in one sentence and misses "Chargers" opening the
next, or tags "Maurice Cheeks" in the body and misses "Cheeks" in the headline. One sense per
discourse, widened to the run: a name that some mention of the run is written as (its text, its
normalised name, or a person's surname) is a mention wherever it stands written the same way
and nothing claims it, as the actor kind it always has. Only names that say who they are:

- a name of one word is never a word the run writes in lower case ("Police", "General"), a
  function word, a title or a month; a name of any length has one kind wherever it is tagged,
  except that a body or place takes the kind most of its mentions get, as `actors` merges it
  ("Queens" tagged a place 19 times and an organisation 4 times is the place);
- it stands alone: not inside a longer run of capitalised words ("Mo Cheeks", "INS Sukanya"
  name someone or something the run never tagged), except where the line is a headline, whose
  capitals say nothing ("Sixers Hire Maurice Cheeks"); words that open a sentence ("The Indian
  Navy") do not count;
- states are not searched: the gazetteer finds every name of a state already.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from rashomon.lexicon.names import HONORIFICS, strip_possessive
from rashomon.lexicon.words import word_list
from rashomon.records import ActorKind, Article, MentionCandidate
from rashomon.records.base import ArticleField

MAX_NAME_WORDS = 6
MIN_ONE_WORD_LETTERS = 3
HEADLINE_SHARE = 0.7
Flat = list[tuple[str, MentionCandidate]]
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_CAPITALISED = re.compile(r"[A-Z][\w'’.&-]*")
_LOWER = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")
_NOT_NAMES = (
    word_list("headline_function_words")
    | word_list("titles")
    | HONORIFICS
    | word_list("months_and_days")
)


@dataclass(frozen=True, slots=True)
class _Known:
    """What a surface stands for: the fields a new mention of it copies."""

    kind: ActorKind
    name: str
    label: str
    country: str | None


def with_known_names(articles: Sequence[Article], flat: Flat, lower: frozenset[str]) -> Flat:
    """`flat` (article id, mention) with a mention added wherever a known name stands untagged
    (see the module docstring); `lower` holds the words the run writes in lower case."""
    known = _known_surfaces(flat, lower)
    if not known:
        return flat
    taken: defaultdict[tuple[str, ArticleField], list[tuple[int, int]]] = defaultdict(list)
    for article_id, mention in flat:
        taken[(article_id, mention.field)].append(mention.span)
    found = list(flat)
    for article in articles:
        places: tuple[tuple[ArticleField, str], ...] = (
            ("text", article.text),
            ("title", article.title or ""),
        )
        for field, text in places:
            spans = taken.get((article.id, field), [])
            found.extend(
                (article.id, mention) for mention in _found_in(text, field, known, spans, lower)
            )
    return found


def lower_words(articles: Sequence[Article]) -> frozenset[str]:
    """Every word the run writes in lower case."""
    words: set[str] = set()
    for article in articles:
        words.update(_LOWER.findall(article.text))
        words.update(_LOWER.findall(article.title or ""))
    return frozenset(words)


def _known_surfaces(flat: Flat, lower: frozenset[str]) -> dict[str, _Known]:
    """Surface → what it names, for every surface that names one kind of actor only."""
    seen: defaultdict[str, Counter[_Known]] = defaultdict(Counter)
    for _, mention in flat:
        known = _Known(mention.kind, mention.name, mention.label, mention.country)
        for surface in {strip_possessive(mention.text), mention.name}:
            seen[surface][known] += 1
        words = mention.name.split()
        if mention.kind == "person" and len(words) > 1:
            seen[words[-1]][replace(known, name=words[-1])] += 1
    chosen = {}
    for surface, candidates in seen.items():
        kinds = {known.kind for known in candidates}
        if _one_actor(kinds) and _says_who(surface, lower):
            chosen[surface] = max(candidates, key=lambda k: (candidates[k], k.name))
    return chosen


def _one_actor(kinds: set[ActorKind]) -> bool:
    """Whether mentions of these kinds, tagged with one surface, make one actor: one kind, or
    only kinds of bodies and places, which `actors` merges by name (never a state)."""
    return "state" not in kinds and (len(kinds) == 1 or "person" not in kinds)


def _says_who(surface: str, lower: frozenset[str]) -> bool:
    words = surface.split()
    if not words or not _CAPITALISED.fullmatch(words[0]) or len(words) > MAX_NAME_WORDS:
        return False
    if len(words) > 1:
        return True
    word = words[0]
    folded = word.casefold()
    return (
        len(word) >= MIN_ONE_WORD_LETTERS
        and folded not in lower
        and word not in _NOT_NAMES
        and folded not in _NOT_NAMES
    )


def _found_in(
    text: str,
    field: ArticleField,
    known: dict[str, _Known],
    taken: list[tuple[int, int]],
    lower: frozenset[str],
) -> Iterator[MentionCandidate]:
    """New mentions of known surfaces in one text, none overlapping `taken`."""
    start = 0
    for line in text.splitlines(keepends=True):
        words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(line)]
        headline = field == "title" or _is_headline([word for _, _, word in words])
        for run in _capitalised_runs(text, words):
            yield from _matches(text, field, run, headline, known, taken, lower)
        start += len(line)


def _is_headline(words: list[str]) -> bool:
    long = [word for word in words if len(word) >= 4]
    return len(long) >= 2 and sum(word[0].isupper() for word in long) >= HEADLINE_SHARE * len(long)


def _capitalised_runs(
    text: str, words: list[tuple[int, int, str]]
) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of capitalised words joined by single spaces; a possessive or a sentence's full stop
    ends a run, and is no part of its word."""
    run: list[tuple[int, int, str]] = []
    closed = True
    for start, _, word in words:
        bare = _bare(word)
        if not _CAPITALISED.fullmatch(bare):
            if run:
                yield run
            run, closed = [], True
            continue
        if run and (closed or text[run[-1][1] : start] != " "):
            yield run
            run = []
        run.append((start, start + len(bare), bare))
        closed = len(bare) < len(word)
    if run:
        yield run


def _bare(word: str) -> str:
    """The word without a possessive, or a full stop when it has no other ("Chargers." but
    "U.S.")."""
    if word.endswith(".") and "." not in word[:-1]:
        word = word[:-1]
    return strip_possessive(word)


def _matches(
    text: str,
    field: ArticleField,
    run: list[tuple[int, int, str]],
    headline: bool,
    known: dict[str, _Known],
    taken: list[tuple[int, int]],
    lower: frozenset[str],
) -> Iterator[MentionCandidate]:
    """The known surface a run is, whole or without its opening word. In a headline, whose
    capitals say nothing, the longest known surfaces inside the run, a one-word one only between
    words the run writes in lower case or known names of two words or more ("Sixers Hire Maurice
    Cheeks" → "Sixers", "Maurice Cheeks"; "Chargers Jamal Williams" → "Chargers", "Jamal
    Williams"; not "Washington" in "Washington Post Reports")."""
    if not headline:
        for first in (0, 1):
            words = run[first:]
            surface = " ".join(word for _, _, word in words)
            if words and surface in known and (first == 0 or _skippable(text, run[0])):
                if not _overlaps((words[0][0], words[-1][1]), taken):
                    yield _mention(text, field, (words[0][0], words[-1][1]), known[surface])
                return
        return
    common = [word.casefold() in lower or word in _NOT_NAMES for _, _, word in run]
    index = 0
    found_to = -1  # where the last name found ends (a word index in the run)
    while index < len(run):
        for size in range(len(run) - index, 0, -1):
            words = run[index : index + size]
            surface = " ".join(word for _, _, word in words)
            after = index + size
            bounded = (index == 0 or common[index - 1] or found_to == index) and (
                after == len(run) or common[after] or _longer_known_at(run, after, known)
            )
            span = (words[0][0], words[-1][1])
            if surface in known and (size > 1 or bounded) and not _overlaps(span, taken):
                yield _mention(text, field, span, known[surface])
                index = found_to = after
                break
        else:
            index += 1


def _longer_known_at(run: list[tuple[int, int, str]], index: int, known: dict[str, _Known]) -> bool:
    """Whether a known name of two or more words starts at word `index` of the run."""
    return any(
        " ".join(word for _, _, word in run[index:end]) in known
        for end in range(index + 2, min(len(run), index + MAX_NAME_WORDS) + 1)
    )


def _skippable(text: str, word: tuple[int, int, str]) -> bool:
    """Whether a run's first word may stand before a name: it opens a sentence, or it is a
    title or a function word ("President Obama", "The Indian Navy")."""
    return (
        word[2] in _NOT_NAMES or word[2].casefold() in _NOT_NAMES or _opens_sentence(text, word[0])
    )


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" ")
    return not before or before.endswith("\n") or bool(_SENTENCE_END.search(before[-3:] + " "))


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _mention(
    text: str, field: ArticleField, span: tuple[int, int], known: _Known
) -> MentionCandidate:
    definite = text[max(0, span[0] - 4) : span[0]].casefold() == "the "
    return MentionCandidate(
        span=span,
        text=text[span[0] : span[1]],
        sentence=_sentence(text, span),
        kind=known.kind,
        name=known.name,
        label=known.label,
        country=known.country,
        definite=definite,
        field=field,
    )


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence around `span`: from the last sentence end or line break before it to the
    next after it."""
    start = max(text.rfind("\n", 0, span[0]) + 1, 0)
    for match in _SENTENCE_END.finditer(text, start, span[0]):
        start = match.end()
    after = _SENTENCE_END.search(text, span[1])
    line_end = text.find("\n", span[1])
    ends = [pos for pos in (after.start() + 1 if after else -1, line_end) if pos >= 0]
    return (start, min(ends) if ends else len(text))
