"""Names of bodies the model cut short, continued to the longer name the run gives a body.

A small model sometimes stops a body's name a word early: "US Surgeon" in "to be US Surgeon
General", "Surgeon" in "former Surgeon General David Satcher". A mention of a body that its text
continues, one space on, with one or two capitalised words into a name that some mention of the
run gives a body (compared as `organization_key`s, a country that qualifies it aside: "U. S.
Surgeon General" gives "Surgeon General") takes those words in, unless another mention holds
them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rashomon.records import Article, MentionCandidate
from rashomon.resolve.organizations import BODIES, organization_key

Flat = list[tuple[str, MentionCandidate]]
_NEXT = re.compile(r" [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def continue_cut_names(articles: Sequence[Article], flat: Flat) -> Flat:
    """`flat` with each body's name the model cut short continued (see the module docstring)."""
    known = {_own(m.name) for _, m in flat if m.kind in BODIES and " " in m.name.strip()}
    if not known:
        return flat
    texts = {(a.id, "text"): a.text for a in articles}
    texts.update({(a.id, "title"): a.title or "" for a in articles})
    starts: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for article, mention in flat:
        starts[(article, mention.field)].append(mention.span[0])
    for found in starts.values():
        found.sort()
    continued = []
    for article, mention in flat:
        where = (article, mention.field)
        if mention.kind in BODIES:
            mention = _continued(mention, texts.get(where, ""), known, starts[where])
        continued.append((article, mention))
    return continued


def _continued(
    mention: MentionCandidate, text: str, known: set[str], starts: list[int]
) -> MentionCandidate:
    """The mention taken on over the words that make it a known name, or as it is."""
    end = mention.span[1]
    match = _NEXT.match(text, end)
    if match is None:
        return mention
    words = match.group().split()
    for size in range(len(words), 0, -1):
        extra = " ".join(words[:size])
        new_end = end + 1 + len(extra)
        index = bisect_left(starts, end)
        if index < len(starts) and starts[index] < new_end:
            continue
        if _own(f"{mention.name} {extra}") in known:
            span = (mention.span[0], new_end)
            return replace(
                mention, span=span, text=text[span[0] : span[1]], name=f"{mention.name} {extra}"
            )
    return mention


def _own(name: str) -> str:
    """A body's key without the country that qualifies it ("USA:surgeon general" → "surgeon
    general")."""
    return organization_key(name).rpartition(":")[2]
