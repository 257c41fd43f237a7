"""Quotes and reported speech as attribution relations, on PolNeAR (dev split) and BASIL.

Gold (PolNeAR, brat standoff): each attribution's Content, Cue and Source spans; the first
annotator's file where an article has several. Articles are given to rashomon as JSON Lines
(headline as `title`, the rest as `text`, publisher as `outlet`) in one run, as a user would;
the cleaned texts are aligned back to the original characters.

Spans are compared as sets of word tokens (runs of letters and digits), so punctuation and
quote marks at the edges do not count. A predicted content matches a gold one exactly when their
tokens are equal, and by overlap when the tokens they share are at least half of each (one to
one, best overlap first). Predicted: rashomon's quotes of every kind but `question`, as
statements: the parts of a split or running-on quote (`continues`) are one statement, as PolNeAR
annotates them (one attribution with a discontinuous content); a partial quote lying inside
another predicted content is part of that statement; a statement nested inside another's
content is set aside (PolNeAR gives each word one role, so it never annotates one; the count is
printed, and `--keep-nested` scores them). Cue F1 matches
cue spans that share a token.
Speaker accuracy is over overlap-matched contents: right when the predicted speaker phrase
shares a token with the gold Source, when both say there is no source, or when the gold Source
is a relative pronoun and the prediction is the phrase just before it that it stands for
("Ryan, who said": gold "who", rashomon "Ryan"). Direct: a gold
content that opens and closes with a quote mark; indirect: any other.

Baseline, in the same run: textacy's `direct_quotations` on the same model's parse of each text.
Published references are printed beside (not re-run here).

BASIL: the share of its spans annotated as quotes (`quote: yes`) that lie in a rashomon quote
(half of their tokens or more); and, of the spans whose speaker BASIL names (most are
"other_anti", "other_pro" or "other_neutral", which name no one), the share inside a quote
whose speaker actor is the named one (its name or an alias ends with the speaker's last name).

    python benchmarks/quotes.py [--data DIR] [--basil DIR] [--basil-articles N] [--errors N]
    python benchmarks/quotes.py --basil-only
    python benchmarks/quotes.py --cues     # cue words of the PolNeAR train split, by count
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actors import character_map

if TYPE_CHECKING:
    from rashomon.records import Quote

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "datasets"
DEFAULT_DATA = SHARED / "polnear" / "dev"
DEFAULT_TRAIN = SHARED / "polnear" / "train"
DEFAULT_BASIL = SHARED / "basil"
WORD = re.compile(r"\w+")
QUOTE_MARKS = "“”\"'‘’"
PUBLISHED = [
    ("PolNeAR human agreement (attribution-wise)", "92.3 agreement"),
    ("Citron (BBC) on PARC 3.0 test: content overlap-F1", "83.3"),
    ("Citron (BBC) on PARC 3.0 test: source overlap-F1", "85.3"),
    ("Citron (BBC) on PARC 3.0 test: cue F1", "82.3"),
]
Tokens = frozenset[tuple[str, int]]
# Quotes set aside as inside another's content: partial quotes (True) and nested statements.
NESTED: Counter[bool] = Counter()
# How far before a gold relative pronoun ("who") the phrase it stands for may end.
RELATIVE_REACH = 40


@dataclass
class Attribution:
    """One attribution as word tokens: (article, token start) pairs."""

    content: Tokens
    cue: Tokens
    source: Tokens | None
    direct: bool = False
    text: str = ""
    speaker_text: str | None = None
    relative: bool = False
    """The gold source is a relative pronoun ("who", "which", "that")."""


@dataclass
class Article:
    name: str
    raw: str
    title: str
    body_start: int
    publisher: str
    gold: list[Attribution] = field(default_factory=list)


def words(name: str, text: str, pieces: Iterable[tuple[int, int]]) -> Tokens:
    """The word tokens of `text` that start inside one of `pieces`."""
    found = set()
    for start, end in pieces:
        for match in WORD.finditer(text, start, end):
            found.add((name, match.start()))
    return frozenset(found)


def read_polnear(folder: Path) -> list[Article]:
    """Every article of a PolNeAR split with its first annotator's attributions."""
    articles = []
    for path in sorted((folder / "text").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        title, _, _ = raw.partition("\n")
        body_start = len(title) + 1
        while body_start < len(raw) and raw[body_start] == "\n":
            body_start += 1
        article = Article(path.stem, raw, title.strip(), body_start, path.stem.split("_")[0])
        annotations = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        if annotations:
            article.gold = _relations(article, annotations[0].read_text(encoding="utf-8"))
        articles.append(article)
    return articles


def _relations(article: Article, standoff: str) -> list[Attribution]:
    spans: dict[str, list[tuple[int, int]]] = {}
    relations = []
    for line in standoff.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            if label in {"Source", "Cue", "Content"}:
                spans[parts[0]] = [
                    (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
                ]
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(part.split(":") for part in parts[1].split())
            relations.append(roles)
    found = []
    for roles in relations:
        if "Content" not in roles or roles["Content"] not in spans:
            continue
        content = spans[roles["Content"]]
        text = " ".join(article.raw[a:b] for a, b in content).strip()
        source = spans.get(roles.get("Source", ""))
        found.append(
            Attribution(
                content=words(article.name, article.raw, content),
                cue=words(article.name, article.raw, spans.get(roles.get("Cue", ""), [])),
                source=words(article.name, article.raw, source) if source else None,
                relative=bool(source) and _relative_pronoun(article.raw, source or []),
                direct=text[:1] in QUOTE_MARKS and text.rstrip(".,;:!? ")[-1:] in QUOTE_MARKS,
                text=text,
            )
        )
    return [item for item in found if item.content]


def run_rashomon(
    articles: Sequence[Article], folder: Path, keep_nested: bool = False
) -> tuple[list[Attribution], float]:
    """rashomon's attributions over `articles`, in one run, mapped to the original text."""
    from rashomon.pipeline import analyze
    from rashomon.settings import load_settings

    corpus = folder / "polnear.jsonl"
    with corpus.open("w", encoding="utf-8") as stream:
        for article in articles:
            record = {
                "title": article.title,
                "text": article.raw[article.body_start :],
                "outlet": article.publisher,
            }
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    started = time.perf_counter()
    analysis = analyze([str(corpus)], load_settings(deduplicate=False))
    seconds = time.perf_counter() - started
    if analysis.rejected:
        first = analysis.rejected[0]
        print(f"rashomon rejected {len(analysis.rejected)} articles, first: {first.reason}")
    if not analysis.articles:
        raise SystemExit("rashomon analysed none of the articles: no figure to give")
    by_source = {f"{corpus}:{number}": article for number, article in enumerate(articles, 1)}
    predicted = []
    for item in analysis.articles:
        article = by_source[item.source]
        body = article.raw[article.body_start :]
        mapping = character_map(body, item.text)
        quotes = [quote for quote in analysis.quotes if quote.article_id == item.id]
        statements = [quote for quote in quotes if quote.kind != "question"]

        def moved(
            span: tuple[int, int] | None,
            field_name: str,
            article: Article = article,
            mapping: list[int | None] = mapping,
        ) -> Tokens:
            return _original_words(article, mapping, span, field_name)

        for parts in _statements(statements, keep_nested):
            first = parts[0]
            predicted.append(
                Attribution(
                    content=frozenset().union(*(moved(q.span, q.field) for q in parts)),
                    cue=frozenset().union(*(moved(q.cue_span, q.field) for q in parts)),
                    source=moved(first.speaker_span, first.field) or None,
                    text=" ".join(q.text for q in parts),
                    speaker_text=first.speaker_text,
                )
            )
    return predicted, seconds


def _original_words(
    article: Article, mapping: list[int | None], span: tuple[int, int] | None, field_name: str
) -> Tokens:
    """The words of the original text at a span of the cleaned text (or of the title)."""
    if span is None:
        return frozenset()
    if field_name == "title":
        return words(article.name, article.raw, [span])
    positions = [found for i in range(*span) if (found := mapping[i]) is not None]
    if not positions:
        return frozenset()
    start, end = min(positions) + article.body_start, max(positions) + article.body_start
    return words(article.name, article.raw, [(start, end + 1)])


def _statements(quotes: Sequence[Quote], keep_nested: bool = False) -> list[list[Quote]]:
    """Quotes grouped into statements: the parts of one (`continues`) together, in order.

    A quote inside another quote's content is part of that statement (a partial quote in
    reported speech), or a statement nested in it ("the source said that Clinton told police
    that …"): PolNeAR gives each word one role, so it cannot annotate a nested statement, and
    nested ones are set aside unless `keep_nested` (partial quotes always join their statement).
    """
    by_id = {quote.id: quote for quote in quotes}

    def root(quote: Quote) -> str:
        seen = set()
        while quote.continues in by_id and quote.id not in seen:
            seen.add(quote.id)
            quote = by_id[quote.continues]
        return quote.id

    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        inside = any(
            other is not quote
            and other.span[0] <= quote.span[0]
            and quote.span[1] <= other.span[1]
            and other.span != quote.span
            for other in quotes
        )
        if inside and (quote.kind == "partial" or not keep_nested):
            NESTED[quote.kind == "partial"] += 1
            continue
        groups.setdefault(root(quote), []).append(quote)
    return list(groups.values())


def run_textacy(articles: Sequence[Article]) -> tuple[list[Attribution], float]:
    """textacy's direct quotations over each article's text, on the same spaCy model (it gives
    up on a text with an odd number of quote marks: that text counts as no quotes)."""
    import spacy
    from textacy.extract.triples import direct_quotations

    from rashomon.settings import load_settings

    nlp = spacy.load(load_settings().model)
    started = time.perf_counter()
    predicted = []
    for article, doc in zip(articles, nlp.pipe(article.raw for article in articles), strict=True):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            continue
        for triple in triples:
            content = triple.content
            predicted.append(
                Attribution(
                    content=words(
                        article.name, article.raw, [(content.start_char, content.end_char)]
                    ),
                    cue=words(
                        article.name, article.raw, [(t.idx, t.idx + len(t)) for t in triple.cue]
                    ),
                    source=words(
                        article.name, article.raw, [(t.idx, t.idx + len(t)) for t in triple.speaker]
                    )
                    or None,
                    text=content.text,
                )
            )
    return predicted, time.perf_counter() - started


@dataclass
class Scores:
    exact: tuple[float, float, float]
    overlap: tuple[float, float, float]
    cue: tuple[float, float, float]
    speaker: float
    pairs: list[tuple[Attribution, Attribution]]
    direct_recall: float
    direct: tuple[float, float, float, float]
    indirect: tuple[float, float, float, float]


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def match(
    gold: Sequence[Tokens], predicted: Sequence[Tokens], share: float
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs sharing at least `share` of each."""
    by_token: dict[tuple[str, int], list[int]] = {}
    for index, tokens in enumerate(predicted):
        for token in tokens:
            by_token.setdefault(token, []).append(index)
    candidates = []
    for g, tokens in enumerate(gold):
        shared = Counter(p for token in tokens for p in by_token.get(token, ()))
        for p, count in shared.items():
            if count >= share * len(tokens) and count >= share * len(predicted[p]):
                candidates.append((count / max(len(tokens), len(predicted[p])), g, p))
    pairs, used_gold, used_predicted = [], set(), set()
    for _, g, p in sorted(candidates, reverse=True):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p))
            used_gold.add(g)
            used_predicted.add(p)
    return pairs


def same_speaker(gold: Attribution, predicted: Attribution) -> bool:
    """Whether the predicted speaker is the gold Source: they share a word, both are missing,
    or the gold Source is a relative pronoun and the prediction the phrase it stands for (the
    phrase ends within `RELATIVE_REACH` characters before it: "Ryan, who said")."""
    source, said = gold.source, predicted.source
    if source is None or said is None:
        return source is None and said is None
    if source & said:
        return True
    if not gold.relative:
        return False
    pronoun = min(start for _, start in source)
    last = max(start for _, start in said)
    return 0 < pronoun - last <= RELATIVE_REACH


def _relative_pronoun(text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    words = " ".join(text[a:b] for a, b in pieces).split()
    return len(words) == 1 and words[0].lower() in {"who", "which", "that"}


def score(gold: Sequence[Attribution], predicted: Sequence[Attribution]) -> Scores:
    contents_gold = [item.content for item in gold]
    contents_predicted = [item.content for item in predicted]
    exact = [
        (g, p)
        for g, p in match(contents_gold, contents_predicted, 1.0)
        if contents_gold[g] == contents_predicted[p]
    ]
    overlap = match(contents_gold, contents_predicted, 0.5)
    cues_gold = [item.cue for item in gold if item.cue]
    cues_predicted = [item.cue for item in predicted if item.cue]
    cue_pairs = match(cues_gold, cues_predicted, 1e-9)
    right = sum(same_speaker(gold[g], predicted[p]) for g, p in overlap)
    pairs = [(gold[g], predicted[p]) for g, p in overlap]
    matched_gold = {g for g, _ in overlap}

    def part(direct: bool) -> tuple[float, float, float, float]:
        wanted = [g for g, item in enumerate(gold) if item.direct == direct]
        found = [(g, p) for g, p in overlap if gold[g].direct == direct]
        # Precision by kind counts the predictions matched to gold of that kind and the
        # unmatched ones that look like it (opening with a quote mark for direct).
        matched_predicted = {p for _, p in overlap}
        looks = [
            p
            for p, item in enumerate(predicted)
            if p not in matched_predicted and (item.text[:1] in QUOTE_MARKS) == direct
        ]
        speaker_right = sum(same_speaker(gold[g], predicted[p]) for g, p in found)
        p_, r_, f_ = prf(len(found), len(found) + len(looks), len(wanted))
        return p_, r_, f_, speaker_right / len(found) if found else 0.0

    direct_gold = [g for g, item in enumerate(gold) if item.direct]
    return Scores(
        exact=prf(len(exact), len(predicted), len(gold)),
        overlap=prf(len(overlap), len(predicted), len(gold)),
        cue=prf(len(cue_pairs), len(cues_predicted), len(cues_gold)),
        speaker=right / len(overlap) if overlap else 0.0,
        pairs=pairs,
        direct_recall=sum(g in matched_gold for g in direct_gold) / len(direct_gold)
        if direct_gold
        else 0.0,
        direct=part(True),
        indirect=part(False),
    )


def print_table(rows: list[tuple[str, Scores]], gold: Sequence[Attribution]) -> None:
    direct = sum(item.direct for item in gold)
    print(f"\ngold: {len(gold)} attributions ({direct} direct, {len(gold) - direct} indirect)\n")
    print(
        f"{'system':<22} {'content exact P/R/F1':>22} {'content overlap P/R/F1':>24} "
        f"{'cue P/R/F1':>18} {'speaker':>8}"
    )
    for name, scores in rows:
        print(
            f"{name:<22} {_triple(scores.exact):>22} {_triple(scores.overlap):>24} "
            f"{_triple(scores.cue):>18} {scores.speaker:>8.3f}"
        )
    print(
        f"\n{'system':<22} {'direct P/R/F1 (overlap)':>26} {'speaker':>8} "
        f"{'indirect P/R/F1 (overlap)':>28} {'speaker':>8}"
    )
    for name, scores in rows:
        print(
            f"{name:<22} {_triple(scores.direct[:3]):>26} {scores.direct[3]:>8.3f} "
            f"{_triple(scores.indirect[:3]):>28} {scores.indirect[3]:>8.3f}"
        )
    print("\npublished references (not re-run here):")
    for name, figure in PUBLISHED:
        print(f"  {name}: {figure}")


def _triple(values: Sequence[float]) -> str:
    return "/".join(f"{value:.3f}" for value in values)


def print_errors(gold: Sequence[Attribution], predicted: Sequence[Attribution], count: int) -> None:
    pairs = match([g.content for g in gold], [p.content for p in predicted], 0.5)
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    missed = [item for index, item in enumerate(gold) if index not in matched_gold]
    extra = [item for index, item in enumerate(predicted) if index not in matched_predicted]
    print(f"\nmissed (first {count} of {len(missed)}):")
    for item in missed[:count]:
        print(f"  {'D' if item.direct else 'I'} {item.text[:140]!r}")
    print(f"\nnot in gold (first {count} of {len(extra)}):")
    for item in extra[:count]:
        print(f"  [{item.speaker_text}] {item.text[:140]!r}")


def basil_table(folder: Path, limit: int) -> None:
    """The share of BASIL's quote spans inside a rashomon quote, and with the right speaker."""
    from rashomon.pipeline import analyze
    from rashomon.settings import load_settings

    paths = sorted((folder / "articles").rglob("*.json"))[:limit]
    spans: list[tuple[int, str, str]] = []  # (article number, sentence text piece, speaker)
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "basil.jsonl"
        with corpus.open("w", encoding="utf-8") as stream:
            for number, path in enumerate(paths, 1):
                article = json.loads(path.read_text(encoding="utf-8"))
                sentences = [s for paragraph in article["body-paragraphs"] for s in paragraph]
                text = "\n\n".join(" ".join(paragraph) for paragraph in article["body-paragraphs"])
                stream.write(
                    json.dumps(
                        {"title": article["title"], "text": text, "outlet": article["source"]}
                    )
                    + "\n"
                )
                annotation_path = (
                    folder / "annotations" / path.parent.name / f"{path.stem}_ann.json"
                )
                annotations = json.loads(annotation_path.read_text(encoding="utf-8"))
                for span in annotations["phrase-level-annotations"]:
                    if span.get("quote") != "yes" or not span["id"].startswith("p"):
                        continue
                    sentence = sentences[int(span["id"][1:])]
                    spans.append(
                        (number, sentence[span["start"] : span["end"]], span.get("speaker", ""))
                    )
        analysis = analyze([str(corpus)], load_settings(deduplicate=False))
    names = {actor.id: [actor.name, *actor.aliases] for actor in analysis.actors}
    by_number = {int(article.source.rsplit(":", 1)[1]): article for article in analysis.articles}
    quotes_of: dict[str, list[Any]] = {}
    for quote in analysis.quotes:
        if quote.kind != "question" and quote.field == "text":
            quotes_of.setdefault(quote.article_id, []).append(quote)
    found = named = named_found = right = 0
    for number, piece, speaker in spans:
        holding = _holding_quotes(by_number.get(number), piece, quotes_of)
        found += bool(holding)
        if not speaker.strip() or speaker.startswith("other"):
            continue  # "other_anti", "other_pro": BASIL does not name these speakers
        named += 1
        named_found += bool(holding)
        last = speaker.replace("_", " ").split()[-1].casefold()
        right += any(
            quote.speaker
            and any(n.casefold().split()[-1:] == [last] for n in names.get(quote.speaker, []))
            for quote in holding
        )
    total = len(spans)
    if not total:
        return
    print(f"\nBASIL ({len(paths)} articles): {total} spans annotated as quotes")
    print(f"  inside a rashomon quote: {found} ({found / total:.1%})")
    print(
        f"  of the {named} whose speaker BASIL names (not other_pro/anti/neutral): "
        f"{named_found} inside a quote, {right} ({right / named:.1%}) with that speaker"
    )


def _holding_quotes(article: Any, piece: str, quotes_of: dict[str, list[Any]]) -> list[Any]:
    """The rashomon quotes of `article` that hold at least half of the words of `piece`."""
    if article is None:
        return []
    start = article.text.find(piece)
    if start < 0:
        return []
    tokens = {match.start() + start for match in WORD.finditer(piece)}
    return [
        quote
        for quote in quotes_of.get(article.id, [])
        if sum(quote.span[0] <= token < quote.span[1] for token in tokens) >= 0.5 * len(tokens)
    ]


def print_cues(folder: Path) -> None:
    """Cue words of a PolNeAR split, lower-cased, by count (those seen 10 times or more)."""
    counts = Counter()
    for path in (folder / "attributions").glob("*.ann"):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[1].startswith("Cue "):
                counts[parts[2].lower()] += 1
    for cue, count in counts.most_common():
        if count < 10:
            break
        print(f"{count:6d}  {cue}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a PolNeAR-layout folder")
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--basil-articles", type=int, default=210)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses and extras")
    parser.add_argument("--cues", action="store_true", help="print the train split's cue words")
    parser.add_argument("--basil-only", action="store_true", help="only the BASIL table")
    parser.add_argument(
        "--keep-nested", action="store_true", help="score statements nested in another's content"
    )
    options = parser.parse_args()
    if options.cues:
        print_cues(DEFAULT_TRAIN)
        return
    if options.basil_only:
        basil_table(options.basil, options.basil_articles)
        return
    if not options.data.is_dir():
        sys.exit(f"no PolNeAR data at {options.data}")
    articles = read_polnear(options.data)
    gold = [item for article in articles for item in article.gold]
    with tempfile.TemporaryDirectory() as scratch:
        ours, seconds = run_rashomon(articles, Path(scratch), options.keep_nested)
    theirs, baseline_seconds = run_textacy(articles)
    ours_scores, theirs_scores = score(gold, ours), score(gold, theirs)
    print(
        f"PolNeAR {options.data.name}: {len(articles)} articles; rashomon {seconds:.1f} s "
        f"(whole run), textacy {baseline_seconds:.1f} s (parse and quotes)"
    )
    print_table([("rashomon", ours_scores), ("textacy direct_quotations", theirs_scores)], gold)
    kept = (
        "scored as statements" if options.keep_nested else "set aside (--keep-nested scores them)"
    )
    print(
        f"\nrashomon quotes inside another's content: {NESTED[True]} partial quotes joined to "
        f"their statement; {NESTED[False]} nested statements {kept}"
    )
    gain = ours_scores.direct_recall - theirs_scores.direct_recall
    print(
        f"\ndirect-quote recall: rashomon {ours_scores.direct_recall:.3f}, "
        f"textacy {theirs_scores.direct_recall:.3f} ({gain * 100:+.1f} points)"
    )
    if options.errors:
        print_errors(gold, ours, options.errors)
    if options.basil.is_dir():
        basil_table(options.basil, options.basil_articles)


if __name__ == "__main__":
    main()
