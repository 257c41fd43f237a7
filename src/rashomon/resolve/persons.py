"""Which person names denote the same person, within one article and across articles.

Names are compared by `person_key` (folded words without particles), so "Bashar al Assad", "Bashar
Al Assad" and "Bashar al-Assad" are one name, and so are "Donald J. Trump" and "Donald John Trump"
(`same_name`; the more frequent spelling stands for both). A shorter name ("Assad", "Al Assad",
"Putin", "Xi") or any run of consecutive words of a longer name ("Helena Duarte" beside "Helena
Duarte Vaz") joins the one longer name it fits in the same article; when it fits several ("Bashar al
Assad" and "Hafez al Assad" in one article) it is ambiguous. An ambiguous short name takes the
person the article is about, named there at least twice as often as the other candidates; else the
person that the same short name denotes in the articles where the text makes it unambiguous, if
that person is one of its candidates and clearly dominant (in at least twice as many articles as
the next candidate): "Trump" beside "Donald J. Trump" and "Melania Trump" is Donald J. Trump when
other articles use "Trump" for him alone. Otherwise it stays its own person. An article that uses
only a surname is linked across articles to the only longer name it fits ("Ryan" to "Paul Ryan"
only when no "Tim Ryan" is named anywhere: never to the most famous namesake; a first name alone,
"Donald", never); a shorter name of two words or more ("Donald Trump") to the only one, or to a
clearly dominant one (at least twice the mentions of the next: a stray "Cheeto Donald Trump" does
not split him). A surname that fits several people across articles goes by its title where the
text gives one: "President Trump" in an article that names no other Trump is the Trump whom the
other articles call President, when he bears that title at least twice as often as any other
candidate ("Melania Trump" never does). Else it is the candidate whose articles clearly share
the most names with this one (`contexts`: "Romney" beside "Paul Ryan" and the convention is
Mitt; beside Michigan and American Motors, George). Otherwise it stays its own person: bail out
rather than guess.

Before all this, two spellings of one person become one name where the run gives no other
reading (`_variants`): a nickname beside the given name it stands for, with the same surname
and its middle names among the other's, with or without a suffix ("Mo Cheeks" and "Maurice
Cheeks", "Chuck Schumer" and "Charles E. Schumer", "Joe Biden" and "Joseph R. Biden Jr.": the
`nicknames` data, with the team's additions in `lexicon/data/nicknames.tsv`), and a surname
misspelt by one vowel or a doubled letter beside the same other words, never both in one
article ("Duncan Raite" and "Duncan Rait"). Either only when just one name fits.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from rashomon.lexicon.names import (
    NameKey,
    fits,
    fits_in_article,
    nickname_of,
    same_name,
    spelling_variant,
    split_suffix,
    surname,
)
from rashomon.resolve.contexts import Contexts

# Within an article, a key that fits several longer names; across articles it never merges.
ArticleRoot = tuple[NameKey, bool]
DOMINANCE = 2
MIN_VARIANT_LETTERS = 4


@dataclass(frozen=True, slots=True)
class _Local:
    """How one name key reads in one article: its longest form (itself when ambiguous), and
    the longer names it could denote when it is ambiguous."""

    name: NameKey
    candidates: tuple[NameKey, ...] = ()

    @property
    def root(self) -> ArticleRoot:
        """The name with whether it is ambiguous, as `_link_roots` counts it."""
        return (self.name, bool(self.candidates))


def cluster_persons(
    keys: Iterable[tuple[str, NameKey]],
    titles: Mapping[tuple[str, NameKey], Counter[str]] | None = None,
    contexts: Contexts | None = None,
) -> dict[tuple[str, NameKey], NameKey]:
    """Map each (article id, name key) to the key of the person it denotes.

    `keys` holds one pair per person mention (repeats count as mentions); `titles` the titles
    the mentions of each pair carry, with how often; `contexts` the names each article gives,
    to tell namesakes apart.
    """
    counts = Counter(pair for pair in keys if pair[1])
    spelling = _spellings(counts)
    by_article: dict[str, Counter[NameKey]] = {}
    for (article, key), count in counts.items():
        by_article.setdefault(article, Counter())[spelling[key]] += count
    local: dict[tuple[str, NameKey], _Local] = {}
    totals: Counter[ArticleRoot] = Counter()
    for article, article_keys in sorted(by_article.items()):
        for key, found in _link(article_keys).items():
            local[(article, key)] = found
            totals[found.root] += article_keys[key]
    linked = _link_roots(totals)

    def person(root: ArticleRoot) -> NameKey:
        return linked.get(root, root[0])

    usage: dict[NameKey, Counter[NameKey]] = {}
    for (_, key), found in local.items():
        if not found.candidates and found.name != key:
            usage.setdefault(key, Counter())[person(found.root)] += 1
    spelled = _spelled_titles(titles or {}, spelling)
    titled = _titled(local, spelled)
    titled_by_surname = _by_surname(full for article, full in titled if not article)

    def by_title(name: NameKey, here: Counter[str]) -> NameKey | None:
        return _by_title(name, here, titled, titled_by_surname, person)

    named = _named_in_full(local, person)
    named_by_surname = _by_surname(named)
    result = {}
    for (article, key), found in local.items():
        chosen = _about(found, by_article[article], person)
        if chosen is None:
            chosen = _by_usage(found, usage.get(key, Counter()), person)
        if chosen is None and not found.candidates and found.root not in linked:
            chosen = by_title(found.name, titled.get((article, found.name), Counter()))
            if chosen is None and contexts is not None:
                chosen = _by_context(article, found.name, named, named_by_surname, contexts)
        if chosen is None:
            chosen = person(found.root)
        if chosen != key:
            chosen = _titled_apart(spelled.get((article, key)), chosen, spelled, by_title, key)
        result[(article, key)] = chosen
    return {(article, key): result[(article, spelling[key])] for article, key in counts}


Titled = dict[tuple[str, NameKey], Counter[str]]


def _spelled_titles(
    titles: Mapping[tuple[str, NameKey], Counter[str]], spelling: dict[NameKey, NameKey]
) -> Titled:
    """The titles each name (in its chosen spelling) bears in each article, and, under ("",
    name), in all articles together."""
    spelled: Titled = {}
    for (article, key), carried in titles.items():
        for place in ((article, spelling.get(key, key)), ("", spelling.get(key, key))):
            spelled.setdefault(place, Counter()).update(carried)
    return spelled


def _titled(local: dict[tuple[str, NameKey], _Local], spelled: Titled) -> Titled:
    """The titles of each unambiguous name in each article (its shorter forms' included), and,
    under ("", name), in all articles together."""
    titled: Titled = {}
    for (article, key), found in local.items():
        if not found.candidates and (article, key) in spelled:
            for place in ((article, found.name), ("", found.name)):
                titled.setdefault(place, Counter()).update(spelled[(article, key)])
    return titled


def _titled_apart(
    here: Counter[str] | None,
    chosen: NameKey,
    spelled: Titled,
    by_title: Callable[[NameKey, Counter[str]], NameKey | None],
    key: NameKey,
) -> NameKey:
    """The person a short name denotes after all: not `chosen` when the name bears titles `here`
    that `chosen` bears nowhere in the run under a name of their own, and the run gives them to
    another namesake ("President Trump" beside his father "Fred Trump", whom the article names
    more often: the president is not Fred; "Sen. Lee" beside "Mike Lee" stays Mike Lee wherever
    "Sen. Mike Lee" is written)."""
    if not here or set(here) & set(spelled.get(("", chosen), Counter())):
        return chosen
    other = by_title(key, here)
    return other if other is not None else chosen


def _named_in_full(
    local: dict[tuple[str, NameKey], _Local], person: Callable[[ArticleRoot], NameKey]
) -> dict[NameKey, set[str]]:
    """Each person → the articles that name them with two words or more."""
    named: defaultdict[NameKey, set[str]] = defaultdict(set)
    for (article, _), found in local.items():
        if not found.candidates and len(found.name) > 1:
            named[person(found.root)].add(article)
    return named


def _by_context(
    article: str,
    name: NameKey,
    named: dict[NameKey, set[str]],
    named_by_surname: dict[str, list[NameKey]],
    contexts: Contexts,
) -> NameKey | None:
    """The person with a longer name that `name` fits whose articles are clearly the closest
    to this one (`contexts.Contexts.closest`)."""
    candidates = {
        full: named[full]
        for full in named_by_surname.get(surname(name), ())
        if full != name and fits(name, full, first_name=False)
    }
    return contexts.closest(article, candidates)


def _by_title(
    name: NameKey,
    here: Counter[str],
    titled: Titled,
    titled_by_surname: dict[str, list[NameKey]],
    person: Callable[[ArticleRoot], NameKey],
) -> NameKey | None:
    """The one person with a longer name that bears, across articles, a title `name` bears
    here, at least twice as often as any other person whose name it fits."""
    if not here:
        return None
    scores: Counter[NameKey] = Counter()
    for full in titled_by_surname.get(surname(name), ()):
        if full != name and fits(name, full, first_name=False):
            everywhere = titled[("", full)]
            scores[person((full, False))] += sum(everywhere[title] for title in here)
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] == 0:
        return None
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def _spellings(counts: Counter[tuple[str, NameKey]]) -> dict[NameKey, NameKey]:
    """Each key → the key of its name: its `_variants` target, then the most frequent key that
    is the `same_name` (itself when none is)."""
    totals: Counter[NameKey] = Counter()
    articles: defaultdict[NameKey, set[str]] = defaultdict(set)
    for (article, key), count in counts.items():
        totals[key] += count
        articles[key].add(article)
    variant = _variants(totals, articles)
    merged: Counter[NameKey] = Counter()
    for key, count in totals.items():
        merged[variant.get(key, key)] += count
    chosen: dict[NameKey, NameKey] = {}
    kept: list[NameKey] = []
    for key in sorted(merged, key=lambda key: (-merged[key], key)):
        same = next((other for other in kept if same_name(key, other)), None)
        if same is None:
            kept.append(key)
        chosen[key] = same or key
    return {key: chosen[variant.get(key, key)] for key in totals}


def _variants(
    totals: Counter[NameKey], articles: dict[NameKey, set[str]]
) -> dict[NameKey, NameKey]:
    """Nickname → given-name keys, and misspelt → usual surname keys (see the module
    docstring), each only where one key fits."""
    by_surname: defaultdict[str, list[NameKey]] = defaultdict(list)
    by_front: defaultdict[NameKey, list[NameKey]] = defaultdict(list)
    for key in totals:
        if len(split_suffix(key)[0]) > 1:
            by_surname[surname(key)].append(key)
        if len(key) > 1:
            by_front[key[:-1]].append(key)
    found: dict[NameKey, NameKey] = {}
    for keys in by_surname.values():
        for key in keys:
            given = [other for other in keys if _nickname_for(key, other)]
            if len(given) == 1:
                found[key] = given[0]
    for keys in by_front.values():
        partners = {
            key: [
                other
                for other in keys
                if other != key
                and min(len(key[-1]), len(other[-1])) >= MIN_VARIANT_LETTERS
                and not articles[key] & articles[other]
                and spelling_variant(key[-1], other[-1])
            ]
            for key in keys
        }
        for key, others in partners.items():
            if len(others) == 1 and partners[others[0]] == [key] and key not in found:
                usual = min((key, others[0]), key=lambda item: (-totals[item], item))
                if usual != key:
                    found[key] = usual
    return found


def _nickname_for(key: NameKey, other: NameKey) -> bool:
    """Whether `key` gives `other`'s given name as a nickname, with the same surname and its
    middle names among the other's. A suffix only one of them writes does not keep them apart
    ("Joe Biden" is "Joseph R. Biden Jr."): a son named after his father shares the given name
    itself ("Donald Trump" is never "Donald Trump Jr."), which is no nickname."""
    (base, suffix), (other_base, other_suffix) = split_suffix(key), split_suffix(other)
    if suffix and other_suffix and suffix != other_suffix:
        return False
    return _shortens(base[0], other_base[0]) and _within(base[1:-1], other_base[1:-1])


def _within(middle: NameKey, longer: NameKey) -> bool:
    """Whether the middle names `middle` all stand, in order, among `longer`."""
    remaining = iter(longer)
    return all(word in remaining for word in middle)


def _shortens(nickname: str, given: str) -> bool:
    """Whether `nickname` is short for `given` (the data lists some pairs both ways: the shorter
    is the nickname)."""
    if not nickname_of(nickname, given):
        return False
    return not nickname_of(given, nickname) or len(nickname) < len(given)


def _link(keys: Counter[NameKey]) -> dict[NameKey, _Local]:
    """Within one article: each key → its longest form, or its candidates when ambiguous."""
    roots = [key for key in keys if not any(fits_in_article(key, other) for other in keys)]
    linked: dict[NameKey, _Local] = {}
    for key in keys:
        if key in roots:
            linked[key] = _Local(key)
            continue
        candidates = tuple(root for root in roots if fits_in_article(key, root))
        if len(candidates) == 1:
            linked[key] = _Local(candidates[0])
        else:
            linked[key] = _Local(key, candidates)
    return linked


def _about(
    found: _Local, article_keys: Counter[NameKey], person: Callable[[ArticleRoot], NameKey]
) -> NameKey | None:
    """The candidate an ambiguous key denotes because the article is about that person: named
    at least twice as often there as any other candidate."""
    if not found.candidates:
        return None
    ranked = sorted(((article_keys[name], name) for name in found.candidates), reverse=True)
    if ranked[0][0] >= DOMINANCE * ranked[1][0]:
        return person((ranked[0][1], False))
    return None


def _by_usage(
    found: _Local, usage: Counter[NameKey], person: Callable[[ArticleRoot], NameKey]
) -> NameKey | None:
    """The candidate an ambiguous key denotes where it is unambiguous, if clearly dominant."""
    if not found.candidates:
        return None
    people = {person((candidate, False)) for candidate in found.candidates}
    if len(people) == 1:
        return people.pop()
    ranked = sorted(((usage[name], name) for name in people), reverse=True)
    if ranked[0][0] > 0 and ranked[0][0] >= DOMINANCE * ranked[1][0]:
        return ranked[0][1]
    return None


def _link_roots(totals: Counter[ArticleRoot]) -> dict[ArticleRoot, NameKey]:
    """Across articles: each unambiguous short root → the longer name it denotes, if clear."""
    names: Counter[NameKey] = Counter()
    for (key, ambiguous), count in totals.items():
        if not ambiguous:
            names[key] += count
    by_surname = _by_surname(names)
    maximal = {
        key
        for key in names
        if not any(fits(key, other, False) for other in by_surname[surname(key)])
    }
    maximal_by_surname = _by_surname(maximal)
    linked: dict[ArticleRoot, NameKey] = {}
    for key in names:
        if key in maximal:
            continue
        ranked = sorted(
            (
                (names[root], root)
                for root in maximal_by_surname[surname(key)]
                if fits(key, root, first_name=False)
            ),
            reverse=True,
        )
        alone = len(ranked) == 1
        dominant = len(key) > 1 and len(ranked) > 1 and ranked[0][0] >= DOMINANCE * ranked[1][0]
        if alone or dominant:
            linked[(key, False)] = ranked[0][1]
    return linked


def _by_surname(keys: Iterable[NameKey]) -> defaultdict[str, list[NameKey]]:
    """Keys by `surname`: the only ones a name can fit when a first name alone may not."""
    found: defaultdict[str, list[NameKey]] = defaultdict(list)
    for key in keys:
        found[surname(key)].append(key)
    return found
