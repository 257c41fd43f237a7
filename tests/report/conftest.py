"""Invented coverage of one invented story, for the report tests."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from rashomon.ids import actor_id, article_id
from rashomon.records import Actor, Analysis, Article, Coverage, Mention, Rejected

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
    result = build_analysis([post, herald, copy])
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
