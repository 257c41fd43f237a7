"""Component `rashomon_quotes`: every attributed statement, with its cue and its speaker phrase.

Writes `doc._.rashomon_quotes`, a list of `QuoteCandidate` in text order:
- interview answers (kind `interview`) owned by their speaker header, and the interviewer's
  questions (kind `question`, speaker the outlet), from `interviews`;
- quoted passages (`quote_marks`): `direct` when the quote stands as a sentence of its own
  ("“We will stay,” Lavrov said." / "Lavrov said: “We will stay.”"), `partial` when it runs on
  inside a sentence ('Trump saw "a window of opportunity"') or has neither a verb nor four
  words ('the so-called "reform"'). The cue is the attributing verb of the
  sentence the quote sits in (the one whose clause holds the quote, else the nearest), or of the
  sentence before when that one ends with a colon. The second part of a split quote ("“…,” she
  said, “…”") continues the first; a direct quote without a cue continues the direct quote just
  before it, in the same or the previous paragraph, and takes its speaker (`continued`). A
  partial quote without a cue is a scare quote or a title, not a voice, and is left out;
- reported speech (kind `indirect`): a cue verb outside quote marks, as the cue classifier
  (`lexicon/classifiers.py`, trained on PolNeAR's train split) decides, with what it attributes
  (its clause: "said that the talks had failed"; its infinitive: "wants to leave"; for verbs of
  judgement its object: "criticized the plan", "called for an inquiry";
  `lexicon/data/quote_cues.tsv` says which a verb takes); for a cue set inside what it reports
  ("The museum, he said, celebrated …") the whole clause; for a cue with none of these, the
  dependents the content classifier accepts ("attacked the timetable"); or "according to X"
  with the rest of its sentence. An object runs on into the cue's prepositional phrases after it
  ("appointed two women to key posts", not "at a meeting") and stops before a comma that opens
  words describing it (", who has never run for office"). Each is widened to whole quoted
  passages and cut to the cue's paragraph unless a quote runs over the break. A cue whose
  clause is quoted passages and at most one word more is those quotes' cue, not another
  statement. The subject of a passive cue ("is expected to") is not its speaker;
- a one-line text "Name: what they say" (a headline's way to quote), the name a mention or
  capitalised words ("Lavrov: Russia will not abandon Damascus"); it stands for a quote of the
  same words.
Speakers are resolved to name mentions by `speakers.SpeakerResolver`; none is ever guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon.annotate.component import Component
from rashomon.annotate.components.mentions import MENTIONS_ATTR
from rashomon.annotate.content_features import content_children, content_features, is_passive
from rashomon.annotate.cue_features import cue_features
from rashomon.annotate.interviews import Turn, interview_turns
from rashomon.annotate.quote_marks import quoted_spans
from rashomon.annotate.ranges import Ranges
from rashomon.annotate.speakers import NameMention, Speaker, SpeakerResolver, speaker_head
from rashomon.lexicon.classifiers import CONTENT_CLASSIFIER, CUE_CLASSIFIER
from rashomon.lexicon.cues import QUOTE_CUES as CUES
from rashomon.lexicon.words import word_list
from rashomon.records import QuoteCandidate, QuoteKind

QUOTES_ATTR = "rashomon_quotes"
TAKES = {
    "clause": frozenset({"ccomp", "parataxis"}),
    "statement": frozenset({"ccomp", "parataxis"}),
    "infinitive": frozenset({"xcomp"}),
    "both": frozenset({"ccomp", "parataxis", "xcomp"}),
    "object": frozenset({"dobj", "oprd", "ccomp", "xcomp"}),
}
# What a cue the classifier finds outside the lexicon attributes by rule: a clause or an
# infinitive; its other dependents only as the content classifier decides.
UNLISTED_TAKES = "both"
# Nouns that name someone's statement ("his claim that …").
STATEMENT_NOUNS = word_list("statement_nouns")
# Where a document keeps the classifier's answer for each verb.
CUE_VERBS = "rashomon_cue_verbs"
# Prepositions that carry a judgement's object ("called for", "accused him of", "cited it as").
OBJECT_PREPOSITIONS = frozenset({"for", "against", "of", "as", "on", "about"})
# Word classes a speaker's head has.
SPEAKER_CLASSES = frozenset({"PROPN", "PRON", "NOUN", "NUM", "X"})
# What an object may be, and the dependents that describe it after a comma or dash.
OBJECT_DEPS = frozenset({"dobj", "oprd", "prep"})
DESCRIBING = frozenset({"relcl", "appos"})
BREAKS = frozenset({",", "--", "—", "–"})
# Prepositions of where or when something was said, which end a statement after its object.
SETTING_PREPOSITIONS = word_list("setting_prepositions")
CUE_PARTS = frozenset({"aux", "auxpass", "neg", "prt"})
VERB_TAGS = frozenset({"VERB", "AUX"})
# A quote of fewer words with no cue is a scare quote or a name, not a voice.
PARTIAL_MIN_WORDS = 4
WORD = re.compile(r"\w+")
# Punctuation a reported content does not end with (a quote's own closing mark stays).
TRAILING = frozenset({",", ";", ":", "—", "–", "-", ".", "!", "?"})
# A headline that quotes: "Lavrov: Russia will not abandon Damascus" (one line, name first).
HEADLINE = re.compile(
    r"^[ \t]*(?P<who>[^:\n“\"]{2,60}?)[ \t]*(?P<colon>:)[ \t]+(?P<what>[^\n]*\S)[ \t]*$"
)
# Words that open a headline with a colon without naming who speaks ("Exclusive: …").
HEADLINE_LABELS = word_list("not_speaker_headers")
# A quote signed after it: "“…” ― Krystal Correa" (then the end of the paragraph or a comma).
SIGNATURE = re.compile(r"[ \t]*(?P<dash>[―—–]|--)[ \t]*(?=[A-Z])")


def make_quote_finder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component is stateless: `find_quotes` itself."""
    return find_quotes


def find_quotes(doc: Doc) -> Doc:
    """Find every quote, question and reported statement of `doc` (see the module docstring)."""
    mentions = [
        NameMention(mention.span, mention.name, mention.kind, mention.titles)
        for mention in getattr(doc._, MENTIONS_ATTR) or []
    ]
    persons = [
        ((mention.span.start_char, mention.span.end_char), mention.name)
        for mention in mentions
        if mention.kind == "person"
    ]
    turns = interview_turns(doc.text, persons)
    owned = Ranges(turn.span for turn in turns)
    quoted = [span for span in quoted_spans(doc.text) if not owned.overlaps(span)]
    resolver = SpeakerResolver(mentions)
    passages = _quoted(doc, quoted, resolver)
    reported = _reported(doc, Ranges([*quoted, *owned]), quoted, resolver)
    found = [*(_from_turn(doc, turn) for turn in turns), *reported]
    found += [_as_part_of(passage, reported) for passage in passages]
    if not turns:
        found = _with_headline(found, _headline(doc, mentions))
    setattr(doc._, QUOTES_ATTR, sorted(found, key=lambda quote: quote.span))
    return doc


def _headline(doc: Doc, mentions: Sequence[NameMention]) -> QuoteCandidate | None:
    """A one-line text "Name: what they say" (a headline's way to quote), or None. The name is
    a mention ("Sergei Lavrov: …"), or one to four capitalised words ("Lavrov: …"), not a label
    ("Exclusive: …")."""
    match = HEADLINE.match(doc.text)
    if match is None:
        return None
    who = match.span("who")
    inside = [m.span for m in mentions if who[0] <= m.span.start_char and m.span.end_char <= who[1]]
    named = any((span.start_char, span.end_char) == who for span in inside)
    if not named and not _capitalised(doc.char_span(*who, alignment_mode="expand")):
        return None
    # The name refers to the one mention in it; to none when it holds two; else to its own
    # words, which the run may find as a name it knows (`resolve.known_names`).
    ref = (inside[0].start_char, inside[0].end_char) if len(inside) == 1 else None
    if not inside:
        ref = who
    start, end = match.span("what")
    while end - start > 1 and doc.text[end - 1] in TRAILING:
        end -= 1
    kind: QuoteKind = "direct" if doc.text[start] in {"“", '"'} else "indirect"
    return QuoteCandidate(
        span=(start, end),
        text=doc.text[start:end],
        kind=kind,
        cue=":",
        cue_span=(match.start("colon"), match.end("colon")),
        speaker_text=match["who"],
        speaker_span=who,
        speaker_ref=ref,
        attribution="named",
    )


def _capitalised(words: Span | None) -> bool:
    """Whether `words` are one to four capitalised words (a name, for the model often tags a
    headline's first word a noun), not a label that opens a headline."""
    if words is None or words.text.casefold() in HEADLINE_LABELS:
        return False
    names = [word for word in words if not word.is_punct]
    return 0 < len(names) <= 4 and all(word.text[:1].isupper() for word in names)


def _with_headline(
    found: list[QuoteCandidate], headline: QuoteCandidate | None
) -> list[QuoteCandidate]:
    """`found` with the headline's statement, which stands for any quote of the same words
    (statements inside it stay: a headline may report one)."""
    if headline is None:
        return found
    return [quote for quote in found if quote.span != headline.span] + [headline]


def _as_part_of(passage: QuoteCandidate, reported: Sequence[QuoteCandidate]) -> QuoteCandidate:
    """A direct quote that is part of a reported statement of the same cue (“…” for criminal
    behavior, she said) is a partial quote of it."""
    if passage.kind != "direct" or passage.cue_span is None:
        return passage
    for statement in reported:
        if statement.cue_span == passage.cue_span and _within(passage.span, statement.span):
            return dataclasses.replace(passage, kind="partial")
    return passage


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _from_turn(doc: Doc, turn: Turn) -> QuoteCandidate:
    text = doc.text[turn.span[0] : turn.span[1]]
    if turn.kind == "question" or turn.name is None:
        return QuoteCandidate(turn.span, text, "question", None, None, None, None, None, "outlet")
    return QuoteCandidate(
        span=turn.span,
        text=text,
        kind="interview",
        cue=":",
        cue_span=turn.colon,
        speaker_text=doc.text[turn.name[0] : turn.name[1]],
        speaker_span=turn.name,
        speaker_ref=turn.ref,
        attribution="header" if turn.ref is not None else "none",
    )


def _quoted(
    doc: Doc, spans: list[tuple[int, int]], resolver: SpeakerResolver
) -> list[QuoteCandidate]:
    """A candidate for each quoted passage that is a voice."""
    found: list[QuoteCandidate] = []
    inside = Ranges(spans)
    previous: QuoteCandidate | None = None
    previous_cue: int | None = None
    for start, end in spans:
        passage = doc.char_span(start, end, alignment_mode="expand")
        if passage is None or len(passage) == 0:
            continue
        kind: QuoteKind = "direct" if _stands_alone(passage) else "partial"
        text = doc.text[start:end]
        cue = _cue_of(passage, inside)
        if kind == "partial" and cue is not None and not _holds(cue, passage):
            cue = None  # a title or a scare quote in a sentence that reports something else
        signed = _signature(doc, end, resolver) if cue is None and kind == "direct" else None
        if signed is not None:
            found.append(_signed(doc, (start, end), text, *signed))
            previous, previous_cue = found[-1], None
            continue
        if cue is None and kind == "partial":
            if len(text.split()) >= PARTIAL_MIN_WORDS:
                found.append(_unattributed((start, end), text, kind))
            continue
        if cue is None:
            if previous is not None and _near(doc.text, previous.span, start):
                candidate = dataclasses.replace(
                    previous,
                    span=(start, end),
                    text=text,
                    cue=None,
                    cue_span=None,
                    speaker_span=None,
                    attribution="continued" if previous.speaker_ref else "none",
                    continues=previous.span,
                )
            else:
                candidate = _unattributed((start, end), text, kind)
        else:
            speaker = _speaker(cue, resolver, previous, inside)
            candidate = _candidate((start, end), text, kind, cue, speaker)
            if previous is not None and previous_cue == cue.i:
                candidate = dataclasses.replace(candidate, continues=previous.span)
        found.append(candidate)
        if kind == "direct":
            previous, previous_cue = candidate, (cue.i if cue is not None else previous_cue)
    return found


def _signature(
    doc: Doc, end: int, resolver: SpeakerResolver
) -> tuple[tuple[int, int], Speaker] | None:
    """The dash and the speaker of a quote signed after it ("“…” ― Krystal Correa"), or None."""
    match = SIGNATURE.match(doc.text, end)
    if match is None:
        return None
    name = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
    if name is None:
        return None
    speaker = resolver.resolve(name.root, None)
    if speaker.attribution != "named":
        return None
    return match.span("dash"), speaker


def _signed(
    doc: Doc, span: tuple[int, int], text: str, dash: tuple[int, int], speaker: Speaker
) -> QuoteCandidate:
    ref = speaker.ref
    assert ref is not None
    return QuoteCandidate(
        span=span,
        text=text,
        kind="direct",
        cue=doc.text[dash[0] : dash[1]],
        cue_span=dash,
        speaker_text=ref.text,
        speaker_span=(ref.start_char, ref.end_char),
        speaker_ref=(ref.start_char, ref.end_char),
        attribution="named",
    )


def _reported(
    doc: Doc, taken: Ranges, quoted: list[tuple[int, int]], resolver: SpeakerResolver
) -> list[QuoteCandidate]:
    """A candidate for each cue with what it attributes, outside quote marks and interviews."""
    found: list[QuoteCandidate] = []
    previous: QuoteCandidate | None = None
    for token in doc:
        if _is_cue_noun(token):
            noun = _noun_statement(token, resolver, taken)
            if noun is not None:
                found.append(noun)
            continue
        if not (_is_according(token) or _is_cue_verb(token)) or _inside_outer_cue(token):
            continue
        if taken.inside(token.idx):
            continue
        content = _complement(token)
        if content is None:
            continue
        start, end = _within_paragraph(
            doc.text, _with_whole_quotes(content, quoted), token.idx, taken
        )
        if end - start < 2 or _only_quoted(doc.text, start, end, quoted):
            continue
        if is_passive(token):
            agent = _agent(token)
            speaker = resolver.resolve(agent, None) if agent is not None else None
        else:
            speaker = _speaker(token, resolver, previous, taken)
        candidate = _candidate((start, end), doc.text[start:end], "indirect", token, speaker)
        found.append(candidate)
        if candidate.speaker_ref is not None:
            previous = candidate
    return found


def _is_cue_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in STATEMENT_NOUNS


def _noun_statement(cue: Token, resolver: SpeakerResolver, taken: Ranges) -> QuoteCandidate | None:
    """The statement a noun names ("his claim that …", "Ruiz's proposal to …", "the warning
    from the coast guard that …"): its that-clause or infinitive, when it says whose it is."""
    if taken.inside(cue.idx):
        return None
    clause = next((child for child in cue.rights if _states(child)), None)
    owner = _owner(cue)
    if clause is None or owner is None:
        return None
    span = _trim(cue.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if span is None:
        return None
    start, end = _within_paragraph(cue.doc.text, span, cue.idx, taken)
    if end - start < 2:
        return None
    speaker = resolver.resolve(owner, None)
    return _candidate((start, end), cue.doc.text[start:end], "indirect", cue, speaker)


def _states(child: Token) -> bool:
    """Whether a noun's clause is what it states: "that …" or "to …"."""
    if child.dep_ not in {"acl", "relcl", "ccomp"}:
        return False
    return any(
        (word.dep_ == "mark" and word.lower_ == "that")
        or (word.dep_ == "aux" and word.lower_ == "to")
        for word in child.children
    ) or (child.dep_ == "relcl" and any(word.lower_ == "that" for word in child.children))


def _owner(noun: Token) -> Token | None:
    """Whose statement a noun names: its possessor ("his", "Ruiz's") or who it comes "from"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in SPEAKER_CLASSES:
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            return next((word for word in child.children if word.dep_ == "pobj"), None)
    return None


def _unattributed(span: tuple[int, int], text: str, kind: QuoteKind) -> QuoteCandidate:
    return QuoteCandidate(span, text, kind, None, None, None, None, None, "none")


def _candidate(
    span: tuple[int, int], text: str, kind: QuoteKind, cue: Token, speaker: Speaker | None
) -> QuoteCandidate:
    cue_span = _cue_span(cue)
    cue_text = cue.doc.text[cue_span[0] : cue_span[1]]
    if speaker is None:
        return QuoteCandidate(span, text, kind, cue_text, cue_span, None, None, None, "none")
    phrase, ref = speaker.phrase, speaker.ref
    return QuoteCandidate(
        span=span,
        text=text,
        kind=kind,
        cue=cue_text,
        cue_span=cue_span,
        speaker_text=phrase.text,
        speaker_span=(phrase.start_char, phrase.end_char),
        speaker_ref=(ref.start_char, ref.end_char) if ref is not None else None,
        attribution=speaker.attribution if ref is not None else "none",
    )


def _speaker(
    cue: Token, resolver: SpeakerResolver, previous: QuoteCandidate | None, quoted: Ranges
) -> Speaker | None:
    """The speaker of `cue`: its subject outside quote marks (the parser sometimes takes a word
    of the quote for the subject of "said"), else the name or pronoun just beside the cue
    ("…,” Trump said", "…,” said Trump"), which a cue set inside what it reports always takes
    (the parser hangs "the curator" on "The museum, the curator said"). The speaker stands in
    the cue's paragraph and is a noun or a pronoun (not the possessive "'s" the parser sometimes
    makes a subject)."""
    head = speaker_head(cue)
    if head is not None and (quoted.inside(head.idx) or _apart(head, cue)):
        head = _beside(cue, quoted)
    elif cue.dep_ == "parataxis":  # set in what it reports: "The museum, the curator said, …"
        head = _beside(cue, quoted) or head
    if head is None or head.pos_ not in SPEAKER_CLASSES:
        return None
    before = None
    if previous is not None and previous.speaker_ref is not None:
        before = cue.doc.char_span(*previous.speaker_ref)
    return resolver.resolve(head, before)


def _apart(head: Token, cue: Token) -> bool:
    """Whether a line break parts the speaker from its cue (the parser's sentence ran over a
    heading or a time stamp: "The Latest on the race … 5:45 p.m. … Trump is urging")."""
    return _line_between(head.doc.text, (head.idx, head.idx), (cue.idx, cue.idx))


def _line_between(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether a line break stands in `text` between two spans of characters, in either order."""
    before, after = sorted((first, second))
    return "\n" in text[before[1] : after[0]]


def _beside(cue: Token, quoted: Ranges) -> Token | None:
    """The noun or pronoun just before or just after `cue`, outside quote marks."""
    doc = cue.doc
    for index in (cue.i - 1, cue.i + 1):
        if 0 <= index < len(doc):
            token = doc[index]
            if token.pos_ in {"PROPN", "PRON", "NOUN"} and not quoted.inside(token.idx):
                while token.dep_ == "compound" and token.head.i != token.i:
                    token = token.head
                return token
    return None


def _is_according(token: Token) -> bool:
    doc = token.doc
    return (
        token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"
    )


def _stands_alone(passage: Span) -> bool:
    """Whether the quote is a sentence of its own: it can stand as one, and either nothing but
    punctuation or its cue comes just before it, or it opens with a capital ("told reporters
    “My expectation is …”")."""
    if not _clause(passage):
        return False
    if not _runs_on(passage):
        return True
    words = [token for token in passage if not token.is_punct]
    return bool(words) and words[0].text[:1].isupper() and len(words) >= PARTIAL_MIN_WORDS


def _clause(passage: Span) -> bool:
    """Whether the quote can stand as a sentence: it has a verb, or several words."""
    words = [token for token in passage if not token.is_punct]
    return len(words) >= PARTIAL_MIN_WORDS or any(token.pos_ in VERB_TAGS for token in words)


def _runs_on(passage: Span) -> bool:
    """Whether the quote runs on inside its sentence: a word (not its cue) just before it."""
    doc = passage.doc
    before = doc[passage.start - 1] if passage.start > 0 else None
    if before is None or before.is_punct or before.is_space or before.sent != passage[0].sent:
        return False
    return not _is_cue_verb(before)


def _cue_of(passage: Span, quoted: Ranges) -> Token | None:
    """The cue attributing `passage`: in its sentences outside quote marks, else in the sentence
    before when that one ends with a colon."""
    doc = passage.doc
    first, last = passage[0].sent, passage[-1].sent
    cues = [
        token
        for token in doc[first.start : last.end]
        if _is_cue(token, quoted) and not _apart_from(token, passage)
    ]
    if not cues and first.start > 0:
        before = doc[first.start - 1].sent
        if before.text.rstrip().endswith(":"):
            cues = [token for token in before if _is_cue(token, quoted)]
            return cues[-1] if cues else None
    if not cues:
        return None
    holding = [cue for cue in cues if _holds(cue, passage)]
    if holding:
        return holding[0]
    return min(cues, key=lambda cue: min(abs(cue.i - passage.start), abs(cue.i - passage.end)))


def _apart_from(cue: Token, passage: Span) -> bool:
    """Whether a line break parts `cue` from the quote (the parser's sentence ran over a
    paragraph's end into the next paragraph, whose cue is another quote's)."""
    return _line_between(cue.doc.text, (cue.idx, cue.idx), (passage.start_char, passage.end_char))


def _is_cue(token: Token, quoted: Ranges) -> bool:
    return not quoted.inside(token.idx) and (_is_cue_verb(token) or _is_according(token))


def _is_cue_verb(token: Token) -> bool:
    """Whether the verb attributes a statement: the cue classifier says so (an auxiliary: the
    cue lexicon). Decided once per verb; the answers are kept with the document."""
    if token.pos_ == "AUX":
        return token.lemma_.lower() in CUES
    if token.pos_ != "VERB":
        return False
    decided: dict[int, bool] = token.doc.user_data.setdefault(CUE_VERBS, {})
    if token.i not in decided:
        decided[token.i] = CUE_CLASSIFIER.accepts(cue_features(token))
    return decided[token.i]


def _inside_outer_cue(cue: Token) -> bool:
    """Whether the cue is the infinitive of another ("is expected to announce", "wants to
    say"): the outer cue's statement holds it."""
    return cue.dep_ == "xcomp" and cue.head.i != cue.i and _is_cue_verb(cue.head)


def _holds(cue: Token, passage: Span) -> bool:
    """Whether the quote sits in what the cue attributes (not in its subject)."""
    content = _content_tokens(cue)
    return content is not None and content[0] <= passage.root.i < content[1]


def _complement(cue: Token) -> tuple[int, int] | None:
    """The characters of what `cue` attributes (see the module docstring), or None."""
    tokens = _content_tokens(cue)
    return _trim(cue.doc, *tokens) if tokens is not None else None


def _content_tokens(cue: Token) -> tuple[int, int] | None:
    """[start, end) tokens of what `cue` attributes: its complements, the subject of a passive
    verb of judgement, or what `_around` finds; None when it has none."""
    if _is_according(cue):
        return _according_tokens(cue)
    takes = CUES.get(cue.lemma_.lower(), UNLISTED_TAKES)
    judged = _judged(cue, takes)
    if judged is not None:
        return judged
    after = list(cue.rights)
    parts = [child for child in after if child.dep_ in TAKES[takes]]
    if takes == "object":
        parts += [child for child in after if _carries_object(child)]
    elif any(part.dep_ == "xcomp" for part in parts):
        parts += [child for child in after if child.dep_ == "dobj"]  # "urged Congress to act"
    elif not parts:
        parts = [child for child in cue.lefts if child.dep_ in TAKES[takes]]
        if not parts and takes == "statement":
            parts = [child for child in after if child.dep_ == "dobj"]
    if not parts:
        return _around(cue, takes) or _learned_content(cue)
    return _span_of(cue, parts)


def _with_following_phrases(cue: Token, parts: list[Token]) -> list[Token]:
    """`parts` with the cue's prepositional phrases that run on from an object among them
    ("appointed several women to key posts", "cited her work after the attacks"), but not one
    that says where or when ("criticized the company at a meeting")."""
    if not any(part.dep_ in {"dobj", "oprd"} for part in parts):
        return parts
    end = max(part.right_edge.i for part in parts)
    for child in cue.rights:
        if (
            child.i > end
            and child.dep_ == "prep"
            and child.lower_ not in SETTING_PREPOSITIONS
            and child.left_edge.i == end + 1
        ):
            parts = [*parts, child]
            end = child.right_edge.i
    return parts


def _learned_content(cue: Token) -> tuple[int, int] | None:
    """What the content classifier says `cue` attributes: the dependents it accepts, those after
    the cue when there are any ("attacked the plan"), else those before it. Never the subject of
    a passive cue ("The so-called “reform” was announced", "Machen was appointed by Obama" say
    nothing; a listed verb of judgement's passive subject is `_judged`'s)."""
    accepted = [
        child
        for child in content_children(cue)
        if child.dep_ != "nsubjpass" and CONTENT_CLASSIFIER.accepts(content_features(cue, child))
    ]
    parts = [child for child in accepted if child.i > cue.i] or accepted
    return _span_of(cue, parts) if parts else None


def _span_of(cue: Token, parts: list[Token]) -> tuple[int, int]:
    """[start, end) tokens of the dependents `parts` of `cue`, with their subtrees and the
    phrases that run on from an object (`_with_following_phrases`); when an object ends them,
    without the comma and what follows it that describes the object (", who has never faced a
    race", ", the latest chapter in …"): the writer's words, not the speaker's."""
    parts = _with_following_phrases(cue, parts)
    start = min(part.left_edge.i for part in parts)
    last = max(parts, key=lambda part: part.right_edge.i)
    if last.dep_ in OBJECT_DEPS:
        for token in last.subtree:
            edge = token.left_edge.i
            if token.i > last.i and token.dep_ in DESCRIBING and token.doc[edge - 1].text in BREAKS:
                return start, edge - 1
    return start, last.right_edge.i + 1


def _around(cue: Token, takes: str) -> tuple[int, int] | None:
    """The content of a cue with no complement of its own: for "as X said, …" the clause it
    introduces; for a cue set inside what it attributes ("The museum, he said, celebrated …",
    "… hurt the nominee, Graham said, since …") the whole clause it sits in."""
    head = cue.head
    if cue.dep_ == "advcl" and any(child.lower_ == "as" for child in cue.children):
        return max(cue.right_edge.i, head.i if head.i < cue.i else -1) + 1, head.right_edge.i + 1
    if cue.dep_ == "parataxis" and takes != "infinitive" and head.pos_ in VERB_TAGS:
        return head.left_edge.i, head.right_edge.i + 1
    return None


def _judged(cue: Token, takes: str) -> tuple[int, int] | None:
    """The subject of a passive verb of judgement with its agent: what it says ("The plan was
    praised by the mayor" says "The plan")."""
    subject = next((child for child in cue.children if child.dep_ == "nsubjpass"), None)
    if subject is None or takes not in {"object", "statement"} or _agent(cue) is None:
        return None
    return subject.left_edge.i, subject.right_edge.i + 1


def _agent(cue: Token) -> Token | None:
    """Who a passive cue's statement is by ("was praised by the mayor"): a noun or pronoun."""
    for child in cue.children:
        if child.dep_ == "agent":
            for word in child.children:
                if word.dep_ == "pobj" and word.pos_ in SPEAKER_CLASSES:
                    return word
    return None


def _carries_object(child: Token) -> bool:
    return child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS


def _according_tokens(according: Token) -> tuple[int, int]:
    """'According to X, Y' and 'Y, according to X': the tokens of Y, the rest of the sentence."""
    sentence = according.sent
    phrase_end = max(token.i for token in according.subtree) + 1
    if according.i - sentence.start <= 1:
        return phrase_end, sentence.end
    return sentence.start, according.i


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of tokens [start, end) without punctuation at its edges (quote marks
    stay); None when fewer than two tokens are left."""
    while start < end and (_edge_punct(doc[start]) or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in TRAILING or doc[end - 1].is_space):
        end -= 1
    if end - start < 2:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _edge_punct(token: Token) -> bool:
    return token.is_punct and token.text not in {"“", '"', "''"}


def _cue_span(cue: Token) -> tuple[int, int]:
    """The cue with its auxiliaries and particle ("has learned", "pointed out", "according to")."""
    if _is_according(cue):
        to = cue.doc[cue.i + 1]
        return cue.idx, to.idx + len(to.text)
    parts = [cue]
    parts += [
        child for child in cue.children if child.dep_ in CUE_PARTS and abs(child.i - cue.i) <= 3
    ]
    first = min(token.i for token in parts)
    last = cue.doc[max(token.i for token in parts)]
    return cue.doc[first].idx, last.idx + len(last.text)


def _with_whole_quotes(
    content: tuple[int, int], quoted: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """The content widened to hold whole every quoted passage it cuts ("…under wraps.”": the
    parser hangs the closing mark and the full stop on the sentence's root)."""
    start, end = content
    for first, last in quoted:
        if first < end and start < last:
            start, end = min(start, first), max(end, last)
    return start, end


def _within_paragraph(
    text: str, content: tuple[int, int], cue: int, quoted: Ranges
) -> tuple[int, int]:
    """The content cut to the paragraph of its cue (a parse can run past a paragraph break,
    into a rule, a caption or the next quote), unless a quote runs over the break (`quoted`);
    empty when all of it lies in another paragraph."""
    start, end = content
    opening = text.rfind("\n\n", 0, cue)
    closing = text.find("\n\n", cue)
    if start < opening + 2 and opening >= 0 and not quoted.inside(opening):
        start = opening + 2
    if 0 <= closing < end and not quoted.inside(closing):
        end = start + len(text[start:closing].rstrip())
    return start, max(start, end)


def _only_quoted(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether the content is quoted passages and at most one word more ("that “…”"): it is
    those quotes' content, and their cue is theirs."""
    outside = text[start:end]
    for first, last in reversed(quoted):  # in text order: cut from the end first
        if start <= first and last <= end:
            outside = outside[: first - start] + " " + outside[last - start :]
    return len(WORD.findall(outside)) <= 1


def _near(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether a quote at `start` is in the paragraph of the quote `previous`, or the next."""
    between = text[previous[1] : start]
    return (
        sum(1 for part in between.split("\n") if part.strip()) <= 1 and between.count("\n\n") <= 1
    )


def export_quotes(doc: Doc) -> dict[str, tuple[QuoteCandidate, ...]]:
    """The `quotes` field of the article's annotation."""
    return {"quotes": tuple(getattr(doc._, QUOTES_ATTR) or ())}


COMPONENT = Component(
    name="rashomon_quotes",
    factory=make_quote_finder,
    requires=("doc.ents", "doc.sents", f"doc._.{MENTIONS_ATTR}"),
    assigns=(f"doc._.{QUOTES_ATTR}",),
    extensions=(QUOTES_ATTR,),
    export=export_quotes,
)
