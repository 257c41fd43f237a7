"""Quotes found in one article: each form of attribution, with its cue and speaker phrase."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.components.quotes import QUOTES_ATTR
from rashomon.annotate.quote_marks import quoted_spans
from rashomon.annotate.speakers import NameMention, SpeakerResolver
from rashomon.records import QuoteCandidate


def quotes_of(nlp: Language, text: str) -> list[QuoteCandidate]:
    found: list[QuoteCandidate] = getattr(nlp(text)._, QUOTES_ATTR)
    for quote in found:
        assert text[quote.span[0] : quote.span[1]] == quote.text
        if quote.speaker_span is not None:
            assert text[quote.speaker_span[0] : quote.speaker_span[1]] == quote.speaker_text
        if quote.cue_span is not None:
            assert text[quote.cue_span[0] : quote.cue_span[1]] == quote.cue
    return found


def referent(text: str, quote: QuoteCandidate) -> str | None:
    return text[quote.speaker_ref[0] : quote.speaker_ref[1]] if quote.speaker_ref else None


def only(quotes: list[QuoteCandidate], kind: str) -> QuoteCandidate:
    found = [quote for quote in quotes if quote.kind == kind]
    assert len(found) == 1, [(quote.kind, quote.text) for quote in quotes]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "“The harbour will stay closed until Monday,” Marta Kowalczyk said on Friday.",
        '"The harbour will stay closed until Monday," Marta Kowalczyk said on Friday.',
        "''The harbour will stay closed until Monday,'' Marta Kowalczyk said on Friday.",
        "Marta Kowalczyk said: “The harbour will stay closed until Monday.”",
        "“The harbour will stay closed until Monday,” said Marta Kowalczyk.",
    ],
)
def test_a_direct_quote_in_any_quote_marks_has_its_cue_and_named_speaker(
    nlp: Language, text: str
) -> None:
    quote = only(quotes_of(nlp, text), "direct")
    assert "harbour will stay closed" in quote.text
    assert quote.cue == "said"
    assert referent(text, quote) == "Marta Kowalczyk"
    assert quote.attribution == "named"


def test_a_split_quote_is_two_parts_of_one_statement(nlp: Language) -> None:
    text = "“We asked for six weeks,” the union leader Tomas Berg said, “and we were given three.”"
    first, second = quotes_of(nlp, text)
    assert (first.kind, second.kind) == ("direct", "direct")
    assert second.continues == first.span
    assert referent(text, first) == referent(text, second) == "Tomas Berg"


def test_a_quote_over_several_paragraphs_is_one_quote(nlp: Language) -> None:
    text = (
        "Harbour master Ines Duarte spoke to reporters on the quay.\n\n"
        "“The cranes are old and the budget is small.\n\n"
        "“Without new money the port will lose its ferry line by winter,” Duarte said."
    )
    quote = only(quotes_of(nlp, text), "direct")
    assert quote.text.startswith("“The cranes")
    assert quote.text.endswith("by winter,”")
    assert referent(text, quote) == "Duarte"


def test_a_quote_that_goes_on_without_a_cue_keeps_the_speaker_before(nlp: Language) -> None:
    text = (
        "“The ferry is our only road,” said Pilar Ortega, a teacher on the island.\n\n"
        "“When it stops, the school stops.”"
    )
    first, second = quotes_of(nlp, text)
    assert second.attribution == "continued"
    assert second.continues == first.span
    assert referent(text, second) == "Pilar Ortega"


def test_a_partial_quote_inside_reported_speech_is_the_speaker_s(nlp: Language) -> None:
    text = (
        "Mayor Olaf Lind told the council there was “a narrow window” to save the ferry line, "
        "and that the ministry was “not listening.”"
    )
    quotes = quotes_of(nlp, text)
    partials = [quote for quote in quotes if quote.kind == "partial"]
    assert {quote.text for quote in partials} == {"“a narrow window”", "“not listening.”"}
    assert all(referent(text, quote) == "Olaf Lind" for quote in partials)
    reported = only(quotes, "indirect")
    assert reported.span[0] <= partials[0].span[0]
    assert partials[-1].span[1] <= reported.span[1]


def test_scare_quotes_and_titles_are_not_voices(nlp: Language) -> None:
    text = (
        "The so-called “reform” was announced on the radio show “Harbour Hour” last week.\n\n"
        "Residents call the plan a “gift to developers” in letters to the editor."
    )
    texts = {quote.text for quote in quotes_of(nlp, text)}
    assert "“reform”" not in texts
    assert "“Harbour Hour”" not in texts


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Hana Novak said that the tunnel would open in 2027.",
            "that the tunnel would open in 2027",
            "said",
            "Hana Novak",
        ),
        (
            "The tunnel will open in 2027, Hana Novak said.",
            "The tunnel will open in 2027",
            "said",
            "Hana Novak",
        ),
        (
            "According to Hana Novak, the tunnel will open in 2027.",
            "the tunnel will open in 2027",
            "According to",
            "Hana Novak",
        ),
        (
            "Hana Novak told reporters the tunnel would open in 2027.",
            "the tunnel would open in 2027",
            "told",
            "Hana Novak",
        ),
        (
            "Hana Novak warned that the tunnel would not open before 2027.",
            "that the tunnel would not open before 2027",
            "warned",
            "Hana Novak",
        ),
        (
            "Hana Novak believes the tunnel can open in 2027.",
            "the tunnel can open in 2027",
            "believes",
            "Hana Novak",
        ),
        (
            "Hana Novak wants to open the tunnel in 2027.",
            "to open the tunnel in 2027",
            "wants",
            "Hana Novak",
        ),
        (
            "Hana Novak has denied the claims about the tunnel budget.",
            "the claims about the tunnel budget",
            "has denied",
            "Hana Novak",
        ),
        (
            "Hana Novak criticized the decision to delay the tunnel.",
            "the decision to delay the tunnel",
            "criticized",
            "Hana Novak",
        ),
    ],
)
def test_reported_speech_has_its_content_cue_and_speaker(
    nlp: Language, text: str, content: str, cue: str, speaker: str
) -> None:
    quote = only(quotes_of(nlp, text), "indirect")
    assert (quote.text, quote.cue, referent(text, quote)) == (content, cue, speaker)


def test_he_is_resolved_when_one_person_was_named_before(nlp: Language) -> None:
    text = "Karl Weiss runs the ferry company. He said the winter timetable would be cut by half."
    quote = only(quotes_of(nlp, text), "indirect")
    assert (quote.speaker_text, quote.attribution) == ("He", "pronoun")
    assert referent(text, quote) == "Karl Weiss"


def test_he_is_the_subject_when_the_other_person_is_not_one(nlp: Language) -> None:
    text = "Karl Weiss met Jonas Berg at the ferry office. He said the timetable would be cut."
    quote = only(quotes_of(nlp, text), "indirect")
    assert (quote.attribution, referent(text, quote)) == ("pronoun", "Karl Weiss")


def test_he_stays_unresolved_when_two_people_could_be_meant(nlp: Language) -> None:
    text = "Karl Weiss and Jonas Berg left the ferry office. He said the timetable would be cut."
    quote = only(quotes_of(nlp, text), "indirect")
    assert quote.speaker_text == "He"
    assert quote.speaker_ref is None
    assert quote.attribution == "none"


def test_a_title_speaker_is_the_one_person_so_titled(nlp: Language) -> None:
    text = (
        "Transport Minister Elena Sousa visited the port on Monday. "
        "The minister said the ferry line would be saved."
    )
    quote = only(quotes_of(nlp, text), "indirect")
    assert (quote.speaker_text, quote.attribution) == ("The minister", "title")
    assert referent(text, quote) == "Elena Sousa"


def test_an_unnamed_source_keeps_its_words_and_no_referent(nlp: Language) -> None:
    text = "A port official said the cranes had been idle since March."
    quote = only(quotes_of(nlp, text), "indirect")
    assert quote.speaker_text == "A port official"
    assert quote.speaker_ref is None


def test_the_subject_of_a_passive_cue_is_not_its_speaker(nlp: Language) -> None:
    text = "Harbour master Ines Duarte is expected to announce the new timetable on Friday."
    for quote in quotes_of(nlp, text):
        assert quote.speaker_ref is None


def test_interview_answers_belong_to_their_header_and_questions_to_the_outlet(
    nlp: Language,
) -> None:
    text = (
        "Island Radio asked two experts about the ferry strike.\n\n"
        "Will the strike end soon?\n\n"
        "Lena Holm, Baltic Transport Institute: I doubt it. The crews are tired.\n\n"
        "Both sides have dug in.\n\n"
        "Piotr Zielinski, Port Users Forum: It will end when the ministry pays.\n\n"
        "What happens to the islanders meanwhile?\n\n"
        "Lena Holm: They wait, and they pay more for the plane."
    )
    quotes = quotes_of(nlp, text)
    answers = [quote for quote in quotes if quote.kind == "interview"]
    questions = [quote for quote in quotes if quote.kind == "question"]
    assert [referent(text, quote) for quote in answers] == [
        "Lena Holm",
        "Piotr Zielinski",
        "Lena Holm",
    ]
    assert answers[0].text == "I doubt it. The crews are tired.\n\nBoth sides have dug in."
    assert [quote.text for quote in questions] == [
        "Will the strike end soon?",
        "What happens to the islanders meanwhile?",
    ]
    assert all(quote.attribution == "outlet" for quote in questions)
    # What the introduction reports ("asked … about the ferry strike") is the outlet's own.
    others = [quote for quote in quotes if quote.kind in {"direct", "indirect"}]
    assert all(referent(text, quote) == "Island Radio" for quote in others)
    assert all(quote.span[1] <= text.index("\n") for quote in others)


def test_a_transcript_line_belongs_to_the_person_of_that_surname(nlp: Language) -> None:
    text = (
        "Senator Rosa Lindqvist debated Governor Anton Mayer on Island Radio.\n\n"
        "LINDQVIST: The ferry must be public.\n\n"
        "MAYER: The ferry must be cheap.\n\n"
        "LINDQVIST: Cheap and public are not enemies."
    )
    answers = [quote for quote in quotes_of(nlp, text) if quote.kind == "interview"]
    assert [(quote.speaker_text, referent(text, quote)) for quote in answers] == [
        ("LINDQVIST", "Rosa Lindqvist"),
        ("MAYER", "Anton Mayer"),
        ("LINDQVIST", "Rosa Lindqvist"),
    ]


def test_a_quote_signed_after_a_dash_is_its_signer_s(nlp: Language) -> None:
    text = "Islanders wrote to the paper.\n\n“The ferry is our only road.” ― Maria Olsen"
    quote = only(quotes_of(nlp, text), "direct")
    assert referent(text, quote) == "Maria Olsen"


@pytest.mark.parametrize(
    "text",
    [
        "“The ferry is late again, said one islander on the quay.",
        "He said “it is late” and “it is “very” late” and left.",
        "“" + "The ferry is late. " * 2_000 + "”",
        "“" + "The ferry is late and nobody knows why. " * 300,
        "”Closed” is what the sign said“",
    ],
    ids=["unbalanced", "nested", "long-quote", "one-long-quote", "marks-reversed"],
)
def test_hostile_quote_marks_give_quotes_without_guessed_speakers(nlp: Language, text: str) -> None:
    for quote in quotes_of(nlp, text):
        if quote.speaker_ref is not None:
            assert text[quote.speaker_ref[0] : quote.speaker_ref[1]] in text
        assert quote.speaker_text is None or quote.speaker_text.strip()


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "“The ferry is late, said one islander.\n\nThe council met on Monday."
    assert quoted_spans(text) == [(0, text.index("\n"))]


def test_a_paragraph_reopening_with_a_mark_continues_the_quote() -> None:
    text = "“One.\n\n“Two.”\n\nThree."
    assert quoted_spans(text) == [(0, text.index("Two.”") + 5)]


def test_a_paragraph_goes_on_only_with_a_mark_of_the_same_style() -> None:
    text = '"The ferry was late.\n\n“We waited an hour,” she said.'
    second = text.index("“")
    assert quoted_spans(text) == [(0, text.index("\n")), (second, text.index("”") + 1)]


def test_a_straight_mark_after_a_word_and_before_a_space_opens_no_quote() -> None:
    text = 'The checks of his lungs" were brief. The only "records" he showed were a letter.'
    opening = text.index('"records')
    assert quoted_spans(text) == [(opening, opening + len('"records"'))]


def test_a_quote_after_the_one_spoken_to_is_direct(nlp: Language) -> None:
    text = "Elena Sousa told reporters “The ferry line will be saved this winter.”"
    quote = only(quotes_of(nlp, text), "direct")
    assert referent(text, quote) == "Elena Sousa"


def test_a_surname_the_model_missed_is_the_one_person_so_named(nlp: Language) -> None:
    text = "The psychologist Jane Langer ran the trial. Langer said the trial had ended."
    doc = nlp(text)
    full = next(ent for ent in doc.ents if ent.text == "Jane Langer")
    # As if the model had tagged only the full name: the surname alone is found through it.
    resolver = SpeakerResolver([NameMention(full, "Jane Langer", "person")])
    surname = next(token for token in doc if token.text == "Langer" and token.i > full.end)
    speaker = resolver.resolve(surname, None)
    assert (speaker.attribution, speaker.ref) == ("named", full)


def test_reported_speech_stops_at_its_paragraph(nlp: Language) -> None:
    text = (
        "Hana Novak said the tunnel works would last for about five minutes,\n\n"
        "___\n\n"
        "Photos of the tunnel are on page four."
    )
    quote = only(quotes_of(nlp, text), "indirect")
    assert "\n" not in quote.text
    assert quote.text.startswith("the tunnel works")


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Lind spoke at a news conference announcing that the ferry would run again.",
        "Olaf Lind praised the crew but stopped short of calling the strike illegal.",
    ],
)
def test_a_cue_deep_in_a_phrase_borrows_the_subject_of_its_clause(nlp: Language, text: str) -> None:
    quotes = [quote for quote in quotes_of(nlp, text) if quote.kind == "indirect"]
    assert quotes
    assert referent(text, quotes[-1]) == "Olaf Lind"


def test_a_speaker_stands_in_the_paragraph_of_its_cue(nlp: Language) -> None:
    # A wire live page: the parser runs the heading and the time stamp into the next sentence.
    text = (
        "OSTMARK (AP) — The Latest on the Ostmark harbour strike (all times local):\n\n"
        "7 p.m.\n\n"
        "Marta Ilves is once again questioning the count of the strike ballot, encouraging her "
        "members to visit the polling halls on Monday to make sure everything is “above board.”"
    )
    speakers = {quote.speaker_text for quote in quotes_of(nlp, text)}
    assert speakers == {"Marta Ilves"}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Residents fumed that the fares had doubled.", "fumed"),
        ("The fishermen griped that the quota was unfair.", "griped"),
    ],
)
def test_a_verb_of_saying_outside_the_cue_lexicon_is_found_by_the_classifier(
    nlp: Language, text: str, cue: str
) -> None:
    quote = only(quotes_of(nlp, text), "indirect")
    assert quote.cue == cue
    assert quote.text.endswith(("the fares had doubled", "the quota was unfair"))


def test_a_verb_with_a_clause_that_says_nothing_is_no_cue(nlp: Language) -> None:
    assert quotes_of(nlp, "The storm meant that the bridge would close on Friday.") == []


def test_a_cue_set_inside_what_it_reports_reports_its_whole_clause(nlp: Language) -> None:
    text = "The museum, the curator Ines Roldan said, celebrated its founders with a new wing."
    quote = only(quotes_of(nlp, text), "indirect")
    assert quote.text.startswith("The museum")
    assert quote.text.endswith("a new wing")
    assert quote.cue == "said"
    assert referent(text, quote) == "Ines Roldan"


def test_a_quote_takes_no_cue_from_the_next_paragraph(nlp: Language) -> None:
    text = (
        "“The pier is safe,” Ruth Adeyemi said. “And the ferries will run all winter.”\n\n"
        "“We have heard that before,” Colm Devlin said."
    )
    first, second, third = quotes_of(nlp, text)
    assert second.continues == first.span
    assert second.cue is None
    assert referent(text, second) == "Ruth Adeyemi"
    assert referent(text, third) == "Colm Devlin"


def test_a_passive_verb_of_judgement_reports_its_subject_as_its_agent_s(nlp: Language) -> None:
    text = "The ferry plan was praised by Marta Kowalczyk on Monday."
    quote = only(quotes_of(nlp, text), "indirect")
    assert quote.text == "The ferry plan"
    assert referent(text, quote) == "Marta Kowalczyk"


@pytest.mark.parametrize(
    ("text", "noun", "content", "owner"),
    [
        (
            "Voters remembered Tomas Berg's promise that the pier would reopen.",
            "promise",
            "the pier would reopen",
            "Tomas Berg",
        ),
        (
            "The council rejected Marta Kowalczyk's proposal to raise the fares.",
            "proposal",
            "to raise the fares",
            "Marta Kowalczyk",
        ),
    ],
)
def test_a_noun_of_saying_reports_its_clause_as_its_possessor_s(
    nlp: Language, text: str, noun: str, content: str, owner: str
) -> None:
    [quote] = [quote for quote in quotes_of(nlp, text) if quote.cue == noun]
    assert quote.text.endswith(content)
    assert referent(text, quote) == owner


def test_a_noun_of_saying_with_no_owner_reports_nothing(nlp: Language) -> None:
    text = "The council rejected a proposal to raise the fares."
    assert [quote.cue for quote in quotes_of(nlp, text)] == ["rejected"]


def test_a_closing_mark_opening_a_paragraph_opens_a_quote() -> None:
    text = "Readers wrote in.\n\n”The ferry is our only road.” ― Marta Lind\n\nThe end."
    opening = text.index("”")
    assert quoted_spans(text) == [(opening, text.index("road.”") + 6)]


def test_a_reported_statement_stays_in_its_paragraph(nlp: Language) -> None:
    text = (
        "Elena Sousa said the ferry would run until May\n\n"
        "“We have no boat after that,” the harbour master added."
    )
    paragraph = text.index("\n")
    for quote in quotes_of(nlp, text):
        assert quote.span[1] <= paragraph or quote.span[0] > paragraph, quote


def test_the_object_of_a_verb_of_judgement_is_what_it_says(nlp: Language) -> None:
    text = "Mayor Elena Sousa attacked the new ferry timetable on Monday."
    quote = only(quotes_of(nlp, text), "indirect")
    assert quote.text == "the new ferry timetable"
    assert quote.cue == "attacked"
    assert referent(text, quote) == "Elena Sousa"


def test_where_and_when_a_thing_happened_is_no_statement(nlp: Language) -> None:
    text = "Storms sank 12 boats near the harbour on Monday."
    assert quotes_of(nlp, text) == []


def test_the_subject_of_a_passive_verb_outside_the_lexicon_is_not_what_is_said(
    nlp: Language,
) -> None:
    text = "Ruth Machen was appointed by Governor Ana Silva in May."
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize(
    ("headline", "speaker", "said"),
    [
        ("Lavrov: Russia will not abandon the port", "Lavrov", "Russia will not abandon the port"),
        ("Kowalczyk: The harbour stays shut.", "Kowalczyk", "The harbour stays shut"),
        # A statement inside it ("warns") does not stop the headline's own.
        ("Berg: Union warns of a long strike", "Berg", "Union warns of a long strike"),
    ],
)
def test_a_headline_that_opens_with_a_name_and_a_colon_quotes_that_name(
    nlp: Language, headline: str, speaker: str, said: str
) -> None:
    quotes = [quote for quote in quotes_of(nlp, headline) if quote.cue == ":"]
    assert [(quote.speaker_text, quote.text) for quote in quotes] == [(speaker, said)]


@pytest.mark.parametrize(
    "headline",
    [
        "Analysis: Russia will not abandon the port",
        "The Latest: the harbour stays shut",
        "Storm over the harbour: ferries stay in port",
    ],
)
def test_a_headline_label_or_a_topic_before_the_colon_is_no_speaker(
    nlp: Language, headline: str
) -> None:
    assert [quote.text for quote in quotes_of(nlp, headline) if quote.cue == ":"] == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # The writer's description of an object after a comma is not what the speaker says.
        ("The senator endorsed Maria Lopez, who has never run for office.", "Maria Lopez"),
        # A phrase of the cue that runs on from its object is part of it ...
        (
            "Critics cited her work after the floods of 2019 in Leith.",
            "her work after the floods of 2019 in Leith",
        ),
        ("The mayor appointed two women to key posts.", "two women to key posts"),
        # ... unless it says where or when.
        ("The mayor criticized the ferry company at a meeting in Leith.", "the ferry company"),
        # A clause keeps its relative clause.
        ("She said the ferry, which is old, would sail.", "the ferry, which is old, would sail"),
    ],
)
def test_an_object_statement_ends_where_the_speaker_s_words_do(
    nlp: Language, text: str, said: str
) -> None:
    assert only(quotes_of(nlp, text), "indirect").text == said
