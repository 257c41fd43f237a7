"""Invented coverage of one invented story, for the report tests."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from rashomon.ids import actor_id, article_id
from rashomon.records import (
    Actor,
    Analysis,
    Article,
    Coverage,
    Fact,
    Mention,
    Number,
    Quote,
    Rejected,
)

PAYLOAD = "<script>window.__xss = 1</script>"

HARBOUR_POST = "\n\n".join(
    [
        "Dockworkers in Kessel walked off the job on Monday, halting the port for a second day.",
        'Mayor Ilse Varga said the city would not give in. "We will keep Kessel open," Varga'
        " told reporters.",
        "The Dockworkers' Union said the strike would last until wages rose. Valdoria's"
        " transport ministry stayed silent.",
    ]
)

COAST_HERALD = "\n\n".join(
    [
        "The Dockworkers' Union has shut Kessel's harbour, the largest in Valdoria.",
        "Ilse Varga, the mayor, called the walkout reckless.",
        "Union leaders met the Port Authority late on Tuesday.",
    ]
)

ACTORS = {
    "Ilse Varga": ("person", ("Ilse Varga", "Varga"), None, "VLD"),
    "Dockworkers' Union": ("organization", ("Dockworkers' Union",), None, "VLD"),
    "Kessel": ("location", ("Kessel",), "Valdoria", "VLD"),
    "Valdoria": ("state", ("Valdoria",), None, "VLD"),
    "Port Authority": ("organization", ("Port Authority",), "Kessel", None),
}


def _article(text: str, title: str, outlet: str, url: str | None) -> Article:
    return Article(
        id=article_id(text),
        title=title,
        outlet=outlet,
        author="Desk Reporter",
        published="2031-03-04",
        url=url,
        genre="news",
        language="en",
        text=text,
        source=f"{outlet}.txt",
        word_count=len(text.split()),
    )


def build_analysis(articles: list[Article]) -> Analysis:
    """Find every alias of every actor in the articles and build the matching records."""
    ids = {name: actor_id(kind, name) for name, (kind, *_rest) in ACTORS.items()}
    mentions: list[Mention] = []
    counts: dict[str, dict[str, int]] = {name: {} for name in ACTORS}
    for article in articles:
        if article.duplicate_of is not None:
            continue
        taken: list[tuple[int, int]] = []
        for name, (_kind, aliases, _parent, _country) in ACTORS.items():
            for alias in sorted(aliases, key=len, reverse=True):
                for found in re.finditer(re.escape(alias), article.text):
                    span = found.span()
                    if any(span[0] < end and start < span[1] for start, end in taken):
                        continue
                    taken.append(span)
                    mentions.append(Mention(article.id, ids[name], alias, span, span))
                    counts[name][article.id] = counts[name].get(article.id, 0) + 1
    actors = [
        Actor(
            id=ids[name],
            name=name,
            kind=kind,  # type: ignore[arg-type]
            aliases=aliases,
            affiliation=ids[parent] if parent else None,
            country=country,
            mentions=sum(counts[name].values()),
        )
        for name, (kind, aliases, parent, country) in ACTORS.items()
    ]
    coverage = [
        Coverage(ids[name], article, count)
        for name, by_article in counts.items()
        for article, count in by_article.items()
    ]
    return Analysis(
        articles=tuple(articles),
        actors=tuple(actors),
        mentions=tuple(mentions),
        coverage=tuple(coverage),
    )


@pytest.fixture
def analysis() -> Analysis:
    """Two outlets on the same strike, one duplicate, one rejected input."""
    post = _article(HARBOUR_POST, "Kessel port strike enters day two", "Harbour Post", None)
    herald = _article(
        COAST_HERALD, "Union shuts Kessel harbour", "Coast Herald", "https://herald.example/strike"
    )
    copy = replace(post, source="copy.txt", duplicate_of=post.id)
    result = _with_voices_and_facts(build_analysis([post, herald, copy]))
    return replace(result, rejected=(Rejected("notes.pdf", "binary file, not text", "binary"),))


@pytest.fixture
def hostile() -> Analysis:
    """An article whose every field tries to inject a script."""
    text = f"Ilse Varga read {PAYLOAD} aloud in Kessel.\n\nNothing else {PAYLOAD} happened."
    article = Article(
        id=article_id(text),
        title=f"Title {PAYLOAD}",
        outlet=f"Outlet {PAYLOAD}",
        author=f"Author {PAYLOAD}",
        published=None,
        url="javascript:window.__xss=1",
        genre="news",
        language="en",
        text=text,
        source="hostile.txt",
        word_count=len(text.split()),
    )
    result = build_analysis([article])
    first = replace(result.actors[0], name=f"Varga {PAYLOAD}", aliases=(f"alias {PAYLOAD}",))
    return replace(
        result,
        actors=(first, *result.actors[1:]),
        rejected=(Rejected(f"in{PAYLOAD}.txt", f"reason {PAYLOAD}", "empty"),),
    )


SYLLABLES = ("ka", "lo", "mi", "ren", "su", "tal", "vo", "zen", "bri", "dor")


def invented_name(number: int) -> str:
    """A distinct made-up two-word name for every number ("Kalo Mizen")."""
    digits = [int(digit) for digit in f"{number:04d}"]
    first, last = digits[:2], digits[2:]
    return " ".join(
        "".join(SYLLABLES[digit] for digit in part).capitalize() for part in (first, last)
    )


def crowd(articles: int, local: int = 6, shared: int = 4, filler: int = 0) -> Analysis:
    """`articles` invented articles, each naming `shared` actors common to all (the first more
    often than the next) and `local` actors of its own once, with `filler` extra words."""
    kinds = ("person", "organization", "location", "state", "group")
    names = [invented_name(number) for number in range(shared + articles * local)]
    ids = [actor_id(kinds[number % len(kinds)], name) for number, name in enumerate(names)]
    made: list[Article] = []
    mentions: list[Mention] = []
    totals = [0] * len(names)
    coverage: list[Coverage] = []
    for number in range(articles):
        cast = [
            *(actor for actor in range(shared) for _ in range(shared - actor)),
            *range(shared + number * local, shared + (number + 1) * local),
        ]
        text, spans = "", []
        for place, actor in enumerate(cast):
            text += "\n\n" if place and place % 3 == 0 else " " if place else ""
            spans.append((actor, (len(text), len(text) + len(names[actor]))))
            text += f"{names[actor]} spoke about the harbour strike."
        text += "\n\n" + " ".join(["word"] * filler) if filler else ""
        article = _article(text, f"Story {number}", f"Outlet {number % 7}", None)
        made.append(article)
        counts: dict[int, int] = {}
        for actor, span in spans:
            mentions.append(Mention(article.id, ids[actor], names[actor], span, span))
            counts[actor] = counts.get(actor, 0) + 1
            totals[actor] += 1
        coverage += [Coverage(ids[actor], article.id, count) for actor, count in counts.items()]
    actors = tuple(
        Actor(ids[n], name, kinds[n % len(kinds)], (name,), None, None, totals[n])  # type: ignore[arg-type]
        for n, name in enumerate(names)
    )
    return Analysis(
        articles=tuple(made), actors=actors, mentions=tuple(mentions), coverage=tuple(coverage)
    )


def _with_voices_and_facts(analysis: Analysis) -> Analysis:
    """The fixture analysis with Varga's quote in the Harbour Post and one fact of its first
    sentence."""
    post = analysis.articles[0]
    varga = next(actor for actor in analysis.actors if actor.name == "Ilse Varga")
    said = '"We will keep Kessel open,"'
    start = post.text.index(said)
    quote = Quote(
        id="q_1",
        article_id=post.id,
        speaker=varga.id,
        speaker_text="Varga",
        text=said,
        kind="direct",
        span=(start, start + len(said)),
        cue="told",
    )
    sentence = post.text.split("\n\n")[0]
    second = sentence.index("second")
    number = Number(2, None, "day", "second", (second, second + 6), ordinal=True)
    fact = Fact("f_1", post.id, sentence, (number,), None, (0, len(sentence)), (), "Harbour Post")
    return replace(analysis, quotes=(quote,), facts=(fact,))
