"""Actors as cross-document entity coreference of named mentions, on ECB+ (dev topics).

Gold: ECB+'s participant and location mentions (HUMAN_PART_*, NON_HUMAN_PART*, LOC_*) in the
sentences the corpus marks as fully annotated (ECBplus_coreference_sentences.csv), restricted to
named ones: a mention whose head word (see `head_token`) is capitalised, not a pronoun, and
either in a plain position (not a sentence's first word, not in a headline written in title case
or capitals) or written capitalised in such a position elsewhere in the document ("Coach"
opening a sentence, or "Woman" in "Shooting Leaves Woman Dead", count only if the document also
writes them capitalised inside a plain sentence). A mention's cluster is its CROSS_DOC_COREF
instance (else its INTRA_DOC_COREF chain, else itself).

rashomon: each topic (both of its stories, 12–30 articles) is one run of `rashomon.analyze` over
JSON Lines, exactly as a user would give it, one sentence per paragraph, tokens re-joined as
prose, deduplication off (several outlets carry the same wire copy). The cleaned texts are
aligned back to the original characters (a headline that ingest takes as the title is found in
the original by its text); a gold mention is found when an actor mention covers its head word.
Its predicted cluster is the actor id; a mention not found is a singleton (so misses cost
recall).

Baselines, on the same gold mentions with gold boundaries, per topic: the exact string
(case-folded) and the last word.

A second table counts errors in actor names on a PolNeAR sample (no gold; see `actor_names`).

    python benchmarks/actors.py [--data DIR] [--topics 2,5,...] [--errors N]
                                [--polnear DIR] [--polnear-articles 300]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actor_names import corpus_years, name_figures, polnear_corpus, print_figures
from coref_metrics import Labels, Score, b_cubed, ceaf_e, conll_f1, muc

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "ecbplus"
DEFAULT_POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear"
DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
ENTITY_TYPES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_")
# Words around a mention's head (ECB+ extents include prepositions: "at the White House").
LEADING_WORDS = frozenset(
    [
        "at",
        "in",
        "on",
        "near",
        "outside",
        "inside",
        "from",
        "to",
        "into",
        "of",
        "by",
        "for",
        "with",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
    ]
)
POST_MODIFIERS = frozenset(
    [
        "of",
        "in",
        "at",
        "on",
        "near",
        "for",
        "from",
        "with",
        "by",
        ",",
        "(",
        "-LRB-",
        "who",
        "whom",
        "whose",
        "which",
        "that",
    ]
)
POSSESSIVE_MARKS = frozenset({"'s", "'", "’s"})
PRONOUNS = frozenset(
    ["I", "He", "She", "It", "We", "They", "You", "Me", "Him", "Her", "Us", "Them"]
)
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", "%", ")", "'s", "'", "n't", "''", "'re"})
NO_SPACE_BEFORE |= {"'ve", "'ll", "'d", "'m", "-RRB-"}
NO_SPACE_AFTER = frozenset({"(", "$", "``", "-LRB-"})
PROSE = {"``": "“", "''": "”", "-LRB-": "(", "-RRB-": ")"}
# Published references (test topics 36–45, all mention types, mostly gold mentions: not the
# same task as named mentions found by the system; see ../shared/datasets/ecbplus/README.md).
PUBLISHED = (
    "entity CoNLL F1 ≈ 0.70–0.80 (Barhom et al. 2019, Cattan et al. 2021; test, gold mentions)"
)

MentionKey = tuple[str, int]  # (document, markable id)
# A sentence is a headline when this share of its words of this many letters is capitalised.
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_LETTERS = 4


@dataclass(slots=True)
class Document:
    """One ECB+ document: its prose text, token offsets and gold named entity mentions."""

    name: str
    topic: int
    text: str
    offsets: dict[str, tuple[int, int]]  # token id → [start, end) in `text`
    mentions: dict[int, list[str]] = field(default_factory=dict)  # markable id → token ids
    heads: dict[int, str] = field(default_factory=dict)  # markable id → head token id
    surface: dict[int, str] = field(default_factory=dict)  # markable id → mention text
    cluster: dict[int, str] = field(default_factory=dict)  # markable id → gold cluster


@dataclass(slots=True)
class TopicResult:
    """What one topic contributes: gold and predicted labels of its named mentions."""

    names: dict[str, str]  # actor id → actor name
    seconds: float
    rejected: int
    gold: dict[MentionKey, str] = field(default_factory=dict)
    rashomon: dict[MentionKey, str] = field(default_factory=dict)
    exact: dict[MentionKey, str] = field(default_factory=dict)
    last_word: dict[MentionKey, str] = field(default_factory=dict)
    surfaces: dict[MentionKey, str] = field(default_factory=dict)

    @property
    def found(self) -> int:
        """Gold mentions that an actor mention covers."""
        return sum(1 for label in self.rashomon.values() if not label.startswith("missed:"))


def annotated_sentences(data: Path) -> dict[str, set[int]]:
    """Document name ("2_11ecb") → the sentence numbers annotated for coreference."""
    listed: defaultdict[str, set[int]] = defaultdict(set)
    with (data / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            listed[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return listed


def read_document(path: Path, topic: int, annotated: set[int]) -> Document:
    """Parse one ECB+ XML file into a `Document` (the URL sentence of ecbplus files dropped)."""
    root = ElementTree.parse(path).getroot()
    name = path.stem
    tokens = [
        (token.get("t_id", ""), int(token.get("sentence", "0")), token.text or "")
        for token in root.iter("token")
    ]
    if name.endswith("ecbplus"):
        tokens = [token for token in tokens if token[1] != 0]
    text, offsets, sentence_of, first_of = _prose(tokens)
    document = Document(name=name, topic=topic, text=text, offsets=offsets)
    word_of = {t_id: word for t_id, _, word in tokens}
    headlines = _title_case_sentences(tokens)
    capitalised_inside = {
        word.casefold()
        for t_id, word in word_of.items()
        if word[:1].isupper() and t_id not in first_of and sentence_of[t_id] not in headlines
    }
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        anchors = [anchor.get("t_id", "") for anchor in markable.findall("token_anchor")]
        if not anchors or not markable.tag.startswith(ENTITY_TYPES):
            continue
        if any(t_id not in offsets for t_id in anchors) or sentence_of[anchors[0]] not in annotated:
            continue
        words = [word_of[t_id] for t_id in anchors]
        head = head_token(anchors, words)
        word = word_of[head]
        plain_position = head not in first_of and sentence_of[head] not in headlines
        if (
            word[:1].isupper()
            and word not in PRONOUNS
            and (plain_position or word.casefold() in capitalised_inside)
        ):
            m_id = int(markable.get("m_id", "0"))
            document.mentions[m_id] = anchors
            document.heads[m_id] = head
            document.surface[m_id] = " ".join(words)
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        sources = [int(source.get("m_id", "0")) for source in relation.findall("source")]
        if relation.tag == "CROSS_DOC_COREF":
            label = relation.get("note", "")
        else:
            label = f"{name}:chain:{relation.get('r_id')}"
        for m_id in sources:
            if m_id in document.mentions:
                document.cluster[m_id] = label
    for m_id in document.mentions:
        document.cluster.setdefault(m_id, f"{name}:{m_id}")
    return document


def _title_case_sentences(tokens: list[tuple[str, int, str]]) -> set[int]:
    """Sentences written in title case or capitals (headlines): most of their words of four
    letters or more are capitalised, and one of those is written in lower case elsewhere in the
    document ("Ellen DeGeneres To Host Oscars", where the body says "host")."""
    lower = {word for _, _, word in tokens if word.islower()}
    words: defaultdict[int, list[str]] = defaultdict(list)
    for _, sentence, word in tokens:
        if word.isalpha() and len(word) >= TITLE_CASE_MIN_LETTERS:
            words[sentence].append(word)
    found = set()
    for sentence, candidates in words.items():
        capitalised = [word for word in candidates if word[0].isupper()]
        if (
            len(capitalised) >= TITLE_CASE_SHARE * len(candidates)
            and len(candidates) >= 2
            and any(word.casefold() in lower for word in capitalised)
        ):
            found.add(sentence)
    return found


def _prose(
    tokens: list[tuple[str, int, str]],
) -> tuple[str, dict[str, tuple[int, int]], dict[str, int], set[str]]:
    """Tokens re-joined as prose, one sentence per paragraph; offsets of each token."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, int] = {}
    first_of: set[str] = set()
    length = 0
    previous_sentence: int | None = None
    previous_word = ""
    for t_id, sentence, word in tokens:
        shown = PROSE.get(word, word)
        if previous_sentence is None:
            separator = ""
        elif sentence != previous_sentence:
            separator = "\n\n"
        elif word in NO_SPACE_BEFORE or previous_word in NO_SPACE_AFTER:
            separator = ""
        else:
            separator = " "
        if sentence != previous_sentence:
            first_of.add(t_id)
        parts.append(separator)
        length += len(separator)
        offsets[t_id] = (length, length + len(shown))
        sentence_of[t_id] = sentence
        parts.append(shown)
        length += len(shown)
        previous_sentence, previous_word = sentence, word
    return "".join(parts), offsets, sentence_of, first_of


def head_token(anchors: Sequence[str], words: Sequence[str]) -> str:
    """The head word of a mention, as a noun phrase's head: leading function words skipped, the
    phrase cut before a post-modifier ("of", "in", a comma, "who"), a possessor passed over
    ("America 's top doctor" → "doctor"), then its last word."""
    start = 0
    while start < len(words) - 1 and words[start].lower() in LEADING_WORDS:
        start += 1
    end = next(
        (i for i in range(start + 1, len(words)) if words[i].lower() in POST_MODIFIERS),
        len(words),
    )
    possessive = max(
        (i for i in range(start, end - 1) if words[i] in POSSESSIVE_MARKS), default=None
    )
    if possessive is not None:
        start = possessive + 1
    return anchors[max(start, end - 1)]


def character_map(original: str, cleaned: str) -> list[int | None]:
    """For each character of `cleaned`, its position in `original` (None where they differ)."""
    mapping: list[int | None] = [None] * len(cleaned)
    matcher = difflib.SequenceMatcher(None, original, cleaned, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            mapping[block.b + offset] = block.a + offset
    return mapping


def run_topic(documents: list[Document], nlp: Language, folder: Path) -> TopicResult:
    """Analyse one topic's documents in one rashomon run and label every gold mention."""
    from rashomon.pipeline import analyze
    from rashomon.settings import load_settings

    topic = documents[0].topic
    corpus = folder / f"topic{topic}.jsonl"
    with corpus.open("w", encoding="utf-8") as stream:
        for document in documents:
            stream.write(json.dumps({"text": document.text}, ensure_ascii=False) + "\n")
    started = time.perf_counter()
    analysis = analyze([str(corpus)], load_settings(deduplicate=False), nlp=nlp)
    seconds = time.perf_counter() - started
    by_source = {f"{corpus}:{number}": doc for number, doc in enumerate(documents, 1)}
    covered: dict[tuple[str, int], str] = {}  # (document, original character) → actor id
    articles = {article.id: article for article in analysis.articles}
    maps = {
        article.id: character_map(by_source[article.source].text, article.text)
        for article in analysis.articles
    }
    titles = {
        article.id: by_source[article.source].text.find(article.title)
        for article in analysis.articles
        if article.title
    }
    for mention in analysis.mentions:
        name = by_source[articles[mention.article_id].source].name
        for position in range(*mention.span):
            if mention.field == "title":
                start = titles.get(mention.article_id, -1)
                original = start + position if start >= 0 else None
            else:
                original = maps[mention.article_id][position]
            if original is not None:
                covered[(name, original)] = mention.actor
    result = TopicResult(
        names={actor.id: actor.name for actor in analysis.actors},
        seconds=seconds,
        rejected=len(analysis.rejected),
    )
    for document in documents:
        for m_id in document.mentions:
            key = (document.name, m_id)
            surface = document.surface[m_id]
            result.gold[key] = document.cluster[m_id]
            result.surfaces[key] = surface
            start, end = document.offsets[document.heads[m_id]]
            actors = Counter(
                actor
                for position in range(start, end)
                if (actor := covered.get((document.name, position))) is not None
            )
            if actors:
                result.rashomon[key] = f"{topic}:{actors.most_common(1)[0][0]}"
            else:
                result.rashomon[key] = f"missed:{document.name}:{m_id}"
            result.exact[key] = f"{topic}:{' '.join(surface.casefold().split())}"
            result.last_word[key] = f"{topic}:{surface.split()[-1].casefold()}"
    return result


def score(gold: Labels, predicted: Labels) -> dict[str, float]:
    """Every figure of one system's row."""
    scores: dict[str, Score] = {
        "MUC": muc(gold, predicted),
        "B3": b_cubed(gold, predicted),
        "CEAF-e": ceaf_e(gold, predicted),
    }
    row = {"B3 P": scores["B3"].precision, "B3 R": scores["B3"].recall, "B3 F1": scores["B3"].f1}
    row |= {"MUC F1": scores["MUC"].f1, "CEAF-e F1": scores["CEAF-e"].f1}
    row["CoNLL F1"] = conll_f1(gold, predicted)
    return row


def print_errors(
    results: list[TopicResult], count: int, write: Callable[[str], None] = print
) -> None:
    """The gold entities split over most actors, and the actors that merge most gold entities."""
    splits: list[tuple[int, str]] = []
    merges: list[tuple[int, str]] = []
    for result in results:
        by_gold: defaultdict[str, Counter[str]] = defaultdict(Counter)
        by_actor: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for key, gold in result.gold.items():
            predicted = result.rashomon[key]
            shown = result.surfaces[key]
            by_gold[gold][shown + _actor_note(predicted, result.names)] += 1
            if not predicted.startswith("missed:"):
                by_actor[predicted][f"{shown} [{gold[-6:]}]"] += 1
        for found in by_gold.values():
            actors = {label.rsplit(" → ", 1)[-1] for label in found}
            if len(actors) > 1:
                splits.append((len(actors), _listing(found)))
        for actor, found in by_actor.items():
            entities = {label.rsplit("[", 1)[-1] for label in found}
            if len(entities) > 1:
                name = result.names.get(actor.split(":", 1)[1], actor)
                merges.append((len(entities), f"{name}: {_listing(found)}"))
    write(f"\ngold entities split over most actors (mention → actor), top {count}:")
    for _, line in sorted(splits, key=lambda item: -item[0])[:count]:
        write(f"  {line}")
    write(f"actors merging most gold entities, top {count}:")
    for _, line in sorted(merges, key=lambda item: -item[0])[:count]:
        write(f"  {line}")


def _actor_note(predicted: str, names: dict[str, str]) -> str:
    if predicted.startswith("missed:"):
        return " → (missed)"
    return " → " + names.get(predicted.split(":", 1)[1], "?")


def _listing(found: Counter[str]) -> str:
    return "; ".join(f"{label} ×{count}" for label, count in found.most_common(6))


def load_topics(data: Path, wanted: Sequence[int] | None) -> dict[int, list[Document]]:
    """The documents of each topic to score (the dev topics, or every topic present)."""
    listed = annotated_sentences(data)
    folders = sorted(
        (int(folder.name), folder)
        for folder in (data / "ECB+").iterdir()
        if folder.is_dir() and folder.name.isdigit()
    )
    present = [topic for topic, _ in folders]
    chosen = list(wanted) if wanted else [t for t in DEV_TOPICS if t in present] or present
    topics: dict[int, list[Document]] = {}
    for topic, folder in folders:
        if topic in chosen:
            topics[topic] = [
                read_document(path, topic, listed.get(path.stem, set()))
                for path in sorted(folder.glob("*.xml"))
            ]
    return topics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="an ECB+ folder")
    parser.add_argument("--topics", help="comma-separated topic numbers (default: dev topics)")
    parser.add_argument("--errors", type=int, default=0, help="show the N worst splits/merges")
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR, help="a PolNeAR folder")
    parser.add_argument("--polnear-articles", type=int, default=300, help="0: no PolNeAR table")
    args = parser.parse_args()
    if not (args.data / "ECB+").is_dir():
        sys.exit(f"no ECB+ data in {args.data} (expected {args.data / 'ECB+'}/<topic>/*.xml)")
    wanted = [int(item) for item in args.topics.split(",")] if args.topics else None
    topics = load_topics(args.data, wanted)
    from rashomon.annotate.nlp import load_nlp
    from rashomon.settings import load_settings

    nlp = load_nlp(load_settings())
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for documents in topics.values():
            results.append(run_topic(documents, nlp, Path(folder)))
    gold = {key: label for result in results for key, label in result.gold.items()}
    systems = {
        "rashomon actors": {k: v for r in results for k, v in r.rashomon.items()},
        "baseline: exact string": {k: v for r in results for k, v in r.exact.items()},
        "baseline: last word": {k: v for r in results for k, v in r.last_word.items()},
    }
    found = sum(result.found for result in results)
    documents = sum(len(items) for items in topics.values())
    entities = len(set(gold.values()))
    print(
        f"ECB+ {args.data.name}, topics {','.join(map(str, topics))}: {documents} documents, "
        f"{len(gold)} named gold mentions in {entities} entities; "
        f"{sum(r.rejected for r in results)} inputs rejected; "
        f"rashomon {sum(r.seconds for r in results):.1f} s"
    )
    print(f"mention recall (an actor mention covers the gold head): {found / len(gold):.3f}")
    columns = ["B3 P", "B3 R", "B3 F1", "MUC F1", "CEAF-e F1", "CoNLL F1"]
    print(f"{'system':<26}" + "".join(f"{name:>11}" for name in columns))
    for name, predicted in systems.items():
        row = score(gold, predicted)
        print(f"{name:<26}" + "".join(f"{row[column]:>11.3f}" for column in columns))
    print(f"published: {PUBLISHED}")
    if args.errors:
        print_errors(results, args.errors)
    if args.polnear_articles and (args.polnear / "metadata.tsv").exists():
        polnear_table(args.polnear, args.polnear_articles)


def polnear_table(data: Path, count: int) -> None:
    """The second table: names of actors on a PolNeAR sample (see `actor_names`)."""
    from rashomon.pipeline import analyze
    from rashomon.settings import load_settings

    with tempfile.TemporaryDirectory() as folder:
        corpus = polnear_corpus(data, Path(folder), count)
        analysis = analyze([str(corpus)], load_settings())
    print_figures(name_figures(analysis, corpus_years(data)))


if __name__ == "__main__":
    main()
