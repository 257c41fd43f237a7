"""Component `rashomon_titles`: titles and roles ("Secretary of State", "Fisheries Minister").

Matches are stored in `doc.spans["rashomon_titles"]`, each labelled with the title in its
canonical spelling. Later components strip titles from names, drop entities that are only part
of a title ("State" in "Secretary of State"), and record titles on the person they precede.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rashomon.annotate.component import Component
from rashomon.lexicon.gazetteer import load_gazetteer
from rashomon.lexicon.words import word_list

TITLES_KEY = "rashomon_titles"
PORTFOLIOS = sorted(word_list("title_portfolios"))
OFFICES = sorted(word_list("title_offices"))
NOT_FIRST = frozenset({"and", "affairs"})
NOT_LAST = frozenset({"and"})
LOWER_WORDS = frozenset({"of", "and", "for", "the"})


def make_title_matcher(nlp: Language, name: str) -> TitleMatcher:
    """Build the component; the patterns are compiled once, here."""
    return TitleMatcher(nlp)


class TitleMatcher:
    """Find titles case-insensitively and label them with their canonical spelling."""

    def __init__(self, nlp: Language) -> None:
        titles = load_gazetteer().titles
        self.canonical = {title.casefold(): title for title in titles}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("TITLE", [nlp.make_doc(title) for title in titles])
        self.matcher = Matcher(nlp.vocab)
        first = {"LOWER": {"IN": [word for word in PORTFOLIOS if word not in NOT_FIRST]}}
        more = {"LOWER": {"IN": PORTFOLIOS}, "OP": "*"}
        office = {"LOWER": {"IN": OFFICES}}
        self.matcher.add("TITLE", [[first, more, office], [office, {"LOWER": "of"}, first, more]])

    def __call__(self, doc: Doc) -> Doc:
        """Store the longest title matches in `doc.spans`."""
        found = self.phrases(doc, as_spans=True) + self.matcher(doc, as_spans=True)
        spans = filter_spans(found)
        kept = []
        for span in spans:
            end = span.end
            while end > span.start + 1 and doc[end - 1].lower_ in NOT_LAST:
                end -= 1  # "Secretary of State and" before "Defense Secretary ..."
            kept.append(Span(doc, span.start, end))
        doc.spans[TITLES_KEY] = [
            Span(doc, span.start, span.end, label=self._canonical(span)) for span in kept
        ]
        return doc

    def _canonical(self, span: Span) -> str:
        known = self.canonical.get(span.text.casefold())
        if known is not None:
            return known
        words = span.text.split()
        return " ".join(w if w.lower() in LOWER_WORDS else w[:1].upper() + w[1:] for w in words)


COMPONENT = Component(
    name="rashomon_titles",
    factory=make_title_matcher,
    assigns=("doc.spans",),
)
