"""Who says it: the speaker phrase of a cue, and the name it refers to when the text is clear.

The speaker of a cue verb is its subject ("Lavrov said"), the subject of the verb it hangs from
("he stood up, saying"), the noun a relative clause describes ("Lavrov, who said"), or the object
of "according to". The phrase is then resolved to a name mention of the same article:
- its head is inside a mention: that mention ("Sergei Lavrov", "the Kremlin"); a surname the
  model did not tag: the one person of the article with that surname;
- "he" or "she": the one person named in that sentence before it or the two sentences before;
  else the one person among them who is a subject; else the speaker of the quote before (up to
  four sentences back) when no other person has been a subject since;
- a definite title ("the minister", "the senator"): the one person of the article so titled
  before it;
- anything else ("a source", "officials", "they"): no name; the phrase is kept as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from rashomon.lexicon.words import word_list
from rashomon.records import Attribution

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Verbs a participial or coordinated cue borrows its subject from ("he left, saying ...").
BORROWING = frozenset({"advcl", "conj", "xcomp", "acl", "pcomp", "prep", "pobj", "acomp", "advmod"})
# How many heads up a cue may look for the subject it borrows.
BORROW_REACH = 5
# Tokens that end a speaker's noun phrase after its head.
PHRASE_ENDS = frozenset({",", "(", "—", "–", "―", ";", ":"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
PERSONAL_PRONOUNS = frozenset({"he", "she"})
DEFINITE = frozenset({"the", "this", "that"})
SPEAKER_TITLES = word_list("speaker_titles")
# How many sentences before a pronoun its antecedent may be, and the speaker of the quote before.
PRONOUN_REACH = 2
QUOTE_REACH = 4


@dataclass(frozen=True, slots=True)
class NameMention:
    """A mention that may be a speaker: its tokens, its name and (for people) its titles."""

    span: Span
    name: str
    kind: str
    titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker phrase as written, and the mention it refers to (None when unclear)."""

    phrase: Span
    ref: Span | None
    attribution: Attribution


def speaker_head(cue: Token) -> Token | None:
    """The head word of the phrase that says what `cue` attributes, or None."""
    if cue.lower_ == "according":
        to = next((child for child in cue.children if child.lower_ == "to"), None)
        objects = [child for child in to.children if child.dep_ == "pobj"] if to else []
        return objects[0] if objects else None
    verb: Token | None = cue
    for _ in range(BORROW_REACH):
        if verb is None:
            return None
        subjects = [child for child in verb.children if child.dep_ in SUBJECTS]
        if subjects:
            # the nearest, where the parser gave two ("The museum, Ines Roldan said, …")
            at = verb.i
            subject = min(subjects, key=lambda child: abs(child.i - at))
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return subject
        verb = verb.head if verb.dep_ in BORROWING and verb.head.i != verb.i else None
    return None


def phrase_of(head: Token) -> Span:
    """The noun phrase `head` heads, without a clause or apposition after a comma, and within
    its line."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for token in doc[head.i + 1 : head.right_edge.i + 1]:
        if token.text in PHRASE_ENDS or "\n" in token.text or token.dep_ in {"relcl", "acl"}:
            break
        end = token.i + 1
    for token in doc[start : head.i]:
        if "\n" in token.text_with_ws:
            start = token.i + 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


class SpeakerResolver:
    """Resolves speaker phrases of one document to its name mentions."""

    def __init__(self, mentions: Sequence[NameMention]) -> None:
        self._mentions = sorted(mentions, key=lambda mention: mention.span.start)
        self._by_token = {
            token: mention for mention in self._mentions for token in range(*_bounds(mention))
        }

    def resolve(self, head: Token, previous: Span | None) -> Speaker:
        """The speaker `head` names; `previous` is the speaker of the quote just before."""
        phrase = phrase_of(head)
        mention = self._by_token.get(head.i)
        if mention is None:
            compound = [token for token in phrase if token.i in self._by_token]
            if compound and head.pos_ == "PROPN" and compound[-1].i == phrase.end - 1:
                mention = self._by_token[compound[-1].i]
        if mention is None and head.pos_ == "PROPN":
            mention = self._by_surname(head)
        if mention is not None:
            return Speaker(phrase, mention.span, "named")
        if head.lower_ in PERSONAL_PRONOUNS:
            return Speaker(phrase, self._antecedent(head, previous), "pronoun")
        if head.lemma_.lower() in SPEAKER_TITLES and phrase[0].lower_ in DEFINITE:
            return Speaker(phrase, self._titled(head), "title")
        return Speaker(phrase, None, "none")

    def _antecedent(self, pronoun: Token, previous: Span | None) -> Span | None:
        """The person `pronoun` stands for, when the text makes it clear (see the module
        docstring); else None."""
        people = self._people_between(_sentence_start_before(pronoun, PRONOUN_REACH), pronoun.i)
        if len({mention.name for mention in people}) == 1:
            return people[-1].span
        subjects = [mention for mention in people if _is_subject(mention.span)]
        if len({mention.name for mention in subjects}) == 1:
            return subjects[-1].span
        if previous is None or previous.start < _sentence_start_before(pronoun, QUOTE_REACH):
            return None
        since = self._people_between(previous.end, pronoun.i)
        others = {m.name for m in since if _is_subject(m.span)}
        named = next((m.name for m in self._mentions if m.span == previous), None)
        return previous if others <= {named} else None

    def _by_surname(self, head: Token) -> NameMention | None:
        """The one person of the article whose name ends with `head` ("Langer" for a "Jane
        Langer" named before or after), when the model did not tag the surname itself."""
        surname = head.text.casefold()
        named = [
            mention
            for mention in self._mentions
            if mention.kind == "person" and mention.name.casefold().split()[-1:] == [surname]
        ]
        return named[0] if len({mention.name for mention in named}) == 1 else None

    def _people_between(self, start: int, end: int) -> list[NameMention]:
        """The person mentions within tokens [start, end)."""
        return [
            mention
            for mention in self._mentions
            if mention.kind == "person" and start <= mention.span.start and mention.span.end <= end
        ]

    def _titled(self, head: Token) -> Span | None:
        """The one person titled with `head`'s word before it in the article."""
        word = head.lemma_.lower()
        titled = [
            mention
            for mention in self._mentions
            if mention.kind == "person"
            and mention.span.end <= head.i
            and any(word in title.lower().split() for title in mention.titles)
        ]
        names = {mention.name for mention in titled}
        return titled[-1].span if len(names) == 1 else None


def _is_subject(span: Span) -> bool:
    """Whether the name is a subject, or one of several joined as a subject ("X and Y said")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in SUBJECTS


def _bounds(mention: NameMention) -> tuple[int, int]:
    return mention.span.start, mention.span.end


def _sentence_start_before(token: Token, reach: int) -> int:
    """The first token of the sentence `reach` sentences before `token`'s own."""
    sentence = token.sent
    for _ in range(reach):
        if sentence.start == 0:
            break
        sentence = token.doc[sentence.start - 1].sent
    return sentence.start
