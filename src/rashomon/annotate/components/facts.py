"""Component `rashomon_facts`: each sentence's numbers, with what they count, and its dates.

Writes `doc._.rashomon_facts`, a list of `FactCandidate` (one per sentence with a number or a
date, in text order). Numbers are the model's CARDINAL, MONEY, PERCENT, QUANTITY and ORDINAL
entities, valued by `numbers.parse_number`, plus the durations and ordinals it tags as DATE
("four years", "its seventh year"). What a number counts comes from the parse: the noun it
modifies, with the verb that noun is the object or subject of ("killed 87 people" → "people
killed"), or the "of" phrase of a percentage ("22% of claims"). A number inside the "including"
phrase of another's noun is part of it ("87 people, including 31 children"). Dates are the
other DATE entities; those that name their year are resolved here, relative ones ("last week",
"on Tuesday") by the `facts` step against the publication date. "One of" is not a number.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon.annotate.component import Component
from rashomon.annotate.numbers import HEDGES, parse_number
from rashomon.lexicon.cues import QUOTE_CUES as CUES
from rashomon.records import DateMention, DatePrecision, FactCandidate, Number

FACTS_ATTR = "rashomon_facts"
NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
OBJECTS = frozenset({"dobj", "nsubjpass", "pobj", "attr"})
SUBJECTS = frozenset({"nsubj"})
# The roles in which a noun takes its verb into what is counted ("people killed").
VERB_ROLES = frozenset({"dobj", "nsubjpass", "nsubj"})
PAST_TAGS = frozenset({"VBD", "VBN"})
PERCENT_NOUNS = frozenset({"%", "percent", "per", "cent"})
PART_PREPOSITIONS = frozenset({"including", "among", "of"})
TIME_UNITS = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)s?"
# Words between the number and the unit of a duration that leave its amount ("eight more years").
DURATION_FILLERS = frozenset({"more", "additional", "extra", "further"})
DURATION = re.compile(
    rf"^(?:about |nearly |almost |more than |over |some )?[\w,.-]+?"
    rf"(?: (?:{'|'.join(sorted(DURATION_FILLERS))}))?[ -]{TIME_UNITS}(?: old)?$"
)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# A month by its name or abbreviation ("Jan.", "Sept").
MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?")
RELATIVE_WORDS = re.compile(
    r"\b(?:last|next|this|ago|yesterday|today|tonight|tomorrow|earlier|later|past|coming|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b",
    re.IGNORECASE,
)


def make_fact_finder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component is stateless: `find_facts` itself."""
    return find_facts


def find_facts(doc: Doc) -> Doc:
    """Collect every sentence's numbers and dates into `doc._.rashomon_facts`."""
    by_sentence: dict[int, tuple[Span, list[tuple[Span, Number]], list[DateMention]]] = {}
    for ent in doc.ents:
        if ent.label_ not in NUMBER_LABELS and ent.label_ != "DATE":
            continue
        sentence = ent.sent
        _, numbers, dates = by_sentence.setdefault(sentence.start, (sentence, [], []))
        if ent.label_ == "DATE":
            number = _date_number(ent)
            date = _date(ent) if number is None else None
            if date is not None:
                dates.append(date)
        else:
            number = None if _one_of(ent) else _number(ent)
        if number is not None:
            numbers.append((ent, number))
    facts = []
    for sentence, numbers, dates in by_sentence.values():
        if numbers or dates:
            linked = _link_parts(numbers)
            span = (sentence.start_char, sentence.end_char)
            facts.append(FactCandidate(span, sentence.text, tuple(linked), tuple(dates)))
    setattr(doc._, FACTS_ATTR, facts)
    return doc


def _number(ent: Span) -> Number | None:
    value = parse_number(ent.text, ent.label_)
    if value is None:
        return None
    unit = value.unit
    if ent.label_ == "QUANTITY" and unit is None:
        unit = ent[-1].text
    return Number(
        value=value.value,
        unit=unit,
        what=_what(ent),
        text=ent.text,
        span=(ent.start_char, ent.end_char),
        high=value.high,
        approximate=value.approximate or _hedged(ent),
        ordinal=value.ordinal,
    )


def _date_number(ent: Span) -> Number | None:
    """A DATE entity that is a number: a duration ("four years"), an ordinal ("its seventh
    year") or a plain count; None for a date."""
    lowered = ent.text.lower()
    if YEAR.search(lowered) or MONTH.search(lowered):
        return None
    words = [token for token in ent if token.lower_ not in {"its", "the", "their", "his", "her"}]
    value = parse_number(words[0].text, "ORDINAL") if words and words[0].ent_type_ else None
    if value is not None and value.ordinal and len(words) > 1:
        unit_word = words[-1].lemma_.lower()
        span = (ent.start_char, ent.end_char)
        return Number(value.value, None, unit_word, ent.text, span, ordinal=True)
    if DURATION.match(lowered) and not RELATIVE_WORDS.search(lowered):
        words_of = lowered.replace("-", " ").removesuffix(" old").split()
        amount = parse_number(" ".join(w for w in words_of[:-1] if w not in DURATION_FILLERS))
        if amount is not None:
            unit_word = words_of[-1]
            span = (ent.start_char, ent.end_char)
            return Number(
                amount.value, unit_word, _what(ent), ent.text, span, approximate=amount.approximate
            )
    if not RELATIVE_WORDS.search(lowered):
        return _number(ent)  # a count tagged as a date ("between 10 and 15")
    return None


def _date(ent: Span) -> DateMention | None:
    """A date as written; resolved now when it names its year and nothing relative. None for
    words that name no point in time ("annual", "months", "summer")."""
    text = ent.text
    lowered = text.lower()
    month = MONTH.search(lowered) is not None
    relative = bool(RELATIVE_WORDS.search(text)) or (month and not YEAR.search(text))
    if not (relative or month or any(char.isdigit() for char in text)):
        return None
    value, precision = _absolute(text) if YEAR.search(text) and not relative else (None, None)
    return DateMention(text, (ent.start_char, ent.end_char), value, precision, relative)


def _absolute(text: str) -> tuple[str | None, DatePrecision | None]:
    """The ISO value and precision of a date that names its year: "April 4, 2017", "Sept. 2016",
    "in late 2015" (its year)."""
    year = YEAR.search(text)
    assert year is not None
    lowered = text.lower()
    found = MONTH.search(lowered)
    if found is None:
        return year.group(1), "year"
    month = next(number for number, name in enumerate(MONTHS, 1) if name.startswith(found[1]))
    day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b(?!\d)", lowered.replace(year.group(1), ""))
    if day and 1 <= int(day.group(1)) <= 31:
        return f"{year.group(1)}-{month:02d}-{int(day.group(1)):02d}", "day"
    return f"{year.group(1)}-{month:02d}", "month"


def _one_of(ent: Span) -> bool:
    """ "one of the …", "one another", "One, a former officer, …": a pronoun, not a count."""
    if ent.text.lower() != "one":
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    of = after is not None and after.lower_ in {"of", "another"}
    return of or ent.root.dep_ not in {"nummod", "quantmod", "compound"}


def _what(ent: Span) -> str | None:
    """What the number counts: its "of" phrase ("dozens of protesters", "22% of claims"), its
    noun (with the verb that noun is the object or subject of: "people killed"), or the verb
    it is the object of; None when the parse does not say."""
    root = ent.root
    noun = None
    if root.dep_ in {"nummod", "quantmod", "compound"} and root.head.i >= ent.end:
        noun = root.head
    holder = noun if noun is not None and noun.lower_ in PERCENT_NOUNS else root
    of_phrase = _of_phrase(holder)
    if of_phrase is not None and (noun is None or holder is noun):
        return of_phrase
    if noun is None:
        verb = root.head if root.dep_ in OBJECTS | SUBJECTS and root.head.pos_ == "VERB" else None
        return verb.text if verb is not None else None
    words = ent.doc[ent.end : noun.i + 1].text
    verb = noun.head if noun.head.pos_ == "VERB" and noun.head.i != noun.i else None
    if verb is None or noun.dep_ not in VERB_ROLES or verb.lemma_.lower() in CUES:
        return words
    if noun.dep_ == "dobj" and verb.tag_ not in PAST_TAGS:
        return f"{verb.text} {words}"  # "frees trawlers"
    return f"{words} {verb.text}"  # "people killed", "children died"


def _of_phrase(token: Token) -> str | None:
    of = next((child for child in token.children if child.lower_ == "of"), None)
    objects = [child for child in of.children if child.dep_ == "pobj"] if of else []
    if not objects:
        return None
    return token.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1].text


def _hedged(ent: Span) -> bool:
    """Whether a hedge stands just before the entity ("about $18 million")."""
    doc = ent.doc
    before = [token.lower_ for token in doc[max(0, ent.start - 2) : ent.start]]
    return " ".join(before) in HEDGES or (bool(before) and before[-1] in HEDGES)


def _link_parts(numbers: list[tuple[Span, Number]]) -> list[Number]:
    """Each number (with its entity) marked as part of the number whose noun its "including"
    phrase hangs from."""
    nouns = {
        ent.root.head.i: index
        for index, (ent, _) in enumerate(numbers)
        if ent.root.dep_ in {"nummod", "quantmod"}
    }
    linked = []
    for index, (ent, number) in enumerate(numbers):
        noun = ent.root.head if ent.root.dep_ in {"nummod", "quantmod"} else ent.root
        link: Token = noun.head
        owner = nouns.get(link.head.i) if noun.dep_ == "pobj" else None
        if link.lower_ in PART_PREPOSITIONS and owner is not None and owner != index:
            number = dataclasses.replace(number, part_of=owner)
        linked.append(number)
    return linked


def export_facts(doc: Doc) -> dict[str, tuple[FactCandidate, ...]]:
    """The `facts` field of the article's annotation."""
    return {"facts": tuple(getattr(doc._, FACTS_ATTR) or ())}


COMPONENT = Component(
    name="rashomon_facts",
    factory=make_fact_finder,
    requires=("doc.ents", "doc.sents"),
    assigns=(f"doc._.{FACTS_ATTR}",),
    extensions=(FACTS_ATTR,),
    export=export_facts,
)
