"""Invented analyses for the store tests: N short articles about an invented council vote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.ids import actor_id, article_id
from rashomon.records import Actor, Analysis, Article, Coverage, Event, Mention, Rejected

MAYOR = actor_id("person", "Tomas Brel")
COUNCIL = actor_id("organization", "Ostmark Council")

Build = Callable[..., Analysis]


def _article(number: int) -> Article:
    text = f"Tomas Brel asked the Ostmark Council for vote {number}. The council agreed."
    return Article(
        id=article_id(text),
        title=f"Vote {number}",
        outlet=f"Outlet {number}",
        author=None,
        published="2030-01-0" + str(number % 9 + 1),
        url=f"https://outlet{number}.example/vote",
        genre="news",
        language="en",
        text=text,
        source=f"vote{number}.txt",
        word_count=len(text.split()),
        boilerplate=(f"Photo {number}",),
    )


def _mentions(article: Article) -> list[Mention]:
    sentence = (0, article.text.index(".") + 1)
    mayor = article.text.index("Tomas Brel")
    council = article.text.index("Ostmark Council")
    return [
        Mention(article.id, MAYOR, "Tomas Brel", (mayor, mayor + 10), sentence),
        Mention(article.id, COUNCIL, "Ostmark Council", (council, council + 15), sentence),
    ]


def build(count: int, mayor_name: str = "Tomas Brel") -> Analysis:
    """Articles 1..count, their mentions, two actors, one rejected input and one event."""
    articles = [_article(number) for number in range(1, count + 1)]
    actors = (
        Actor(MAYOR, mayor_name, "person", ("Brel",), COUNCIL, "OST", count),
        Actor(COUNCIL, "Ostmark Council", "organization", (), None, None, count),
    )
    event = Event(
        id="e_1",
        article_id=articles[0].id,
        source=MAYOR,
        target=COUNCIL,
        type="REQUEST",
        mode="verbal",
        intensity=1.5,
        negated=False,
        hypothetical=False,
        speaker=None,
        date="2030-01-02",
        evidence="Tomas Brel asked the Ostmark Council for vote 1.",
        span=(0, 48),
    )
    return Analysis(
        articles=tuple(articles),
        actors=actors,
        mentions=tuple(mention for article in articles for mention in _mentions(article)),
        coverage=tuple(Coverage(a.id, b.id, 1) for a in actors for b in articles),
        events=(event,),
        rejected=(Rejected("empty.txt", "the file is empty", "empty"),),
    )


@pytest.fixture
def make_analysis() -> Build:
    """Return the builder: `make_analysis(count, mayor_name=...)`."""
    return build
