"""Speed and memory of whole `rashomon analyze` runs against a bare spaCy parse of the same texts.

The corpus is the seed articles (../shared/seeds, when present) and the bundled examples, cleaned
once by rashomon's ingest and repeated to N articles (each copy gets a distinct closing line so
that ids differ; deduplication is switched off so every copy is analysed).

For each worker count W in `--workers` three variants run: rashomon as the CLI runs it
(`rashomon.pipeline.run` with `workers=W`: ingest, annotate with the annotations saved under the
output folder, resolve, write JSON + report, drop the saved annotations), the same without the
quotes and facts components and steps (what the run was before them: the line "quotes and facts
add" compares the two), and bare spaCy (load the same model and `nlp.pipe` the same texts with
`n_process=W`, nothing else). Each run is a fresh
subprocess; within each of the `--repeat` rounds every variant runs once, so drift hits them
alike. The table shows medians; seconds include loading the model (in every worker).

Peak RSS is that of the whole process tree (the run and every worker it starts): a thread in the
child sums the resident memory (VmRSS, read as the rss field of /proc/<pid>/stat) of the process
and its descendants (found through each process's parent id in /proc/*/stat) every 0.2 s, and
keeps the maximum (at least the run's own `ru_maxrss`). A sum of RSS counts pages that processes
share (a forked spaCy worker's copy of its parent's model) once per process, so it overstates the
memory used. This sampling is Linux-only: elsewhere the figure is `ru_maxrss` of the run plus
that of its largest finished worker, and the output says so. "own MiB" is the run's own
`ru_maxrss` (the main process alone, as this benchmark reported before); "processes" is the most
processes seen in the tree at once.

    python benchmarks/speed.py [--articles 500] [--repeat 3] [--batch-size 16] [--workers 1,2]

`--real 200,1000,5000` instead runs rashomon once per size on that many real articles of
../shared/datasets/article_bias_prediction (with the largest worker count) and prints time,
peak RSS (tree and main process) and the sizes of analysis.json and report.html.

    python benchmarks/speed.py --real 200,1000,5000

`--long 950000` annotates one article of that many characters (real text), in pieces and, when
spaCy accepts it, as one piece, and prints time and peak RSS of each.

    python benchmarks/speed.py --long 950000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
BIAS = ROOT.parent / "shared" / "datasets" / "article_bias_prediction"
BIAS_FILES = ("media_valid.jsonl", "media_train_subset.jsonl")
EXAMPLES = ROOT / "examples"
PROC = Path("/proc")
TREE_SAMPLING = (PROC / "self" / "stat").exists()
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024 if TREE_SAMPLING else 0
KINDS = ("rashomon", "no-quotes", "spacy")
# What the "no-quotes" variant leaves out: the components and steps of quotes and facts.
LATER_COMPONENTS = ("rashomon_quotes", "rashomon_facts")
LATER_STEPS = ("quotes", "facts")
MAX_SPACY_CHARS = 1_000_000  # spaCy's default nlp.max_length

Figures = dict[str, float]


def build_corpus(count: int, folder: Path) -> tuple[Path, int]:
    """Write `count` articles as JSON Lines into `folder`; return the file and the total words."""
    from rashomon.ingest import ingest
    from rashomon.settings import load_settings

    inputs = [str(path) for path in sorted(SEEDS.glob("*.txt"))] + [str(EXAMPLES)]
    base = [a for a in ingest(inputs, load_settings()).articles if a.duplicate_of is None]
    if not base:
        sys.exit("no articles to benchmark")
    corpus = folder / "corpus.jsonl"
    words = 0
    with corpus.open("w", encoding="utf-8") as stream:
        for index in range(count):
            article = base[index % len(base)]
            text = f"{article.text}\n\nBenchmark copy number {index}."
            words += len(text.split())
            record = {"text": text, "title": article.title, "outlet": article.outlet}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return corpus, words


def build_real_corpus(count: int, folder: Path) -> tuple[Path, int]:
    """The first `count` real articles of Article-Bias-Prediction (valid, then the train subset)
    as JSON Lines with title, text, outlet, author and date; the file and its words."""
    corpus = folder / f"real{count}.jsonl"
    words = written = 0
    with corpus.open("w", encoding="utf-8") as out:
        for name in BIAS_FILES:
            for line in (BIAS / name).open(encoding="utf-8"):
                if written == count:
                    return corpus, words
                row = json.loads(line)
                words += len(row["content_original"].split())
                record = {
                    "title": row["title"],
                    "text": row["content_original"],
                    "outlet": row["source"],
                    "author": row["authors"] or None,
                    "published": row["date"],
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return corpus, words


def build_long_article(chars: int, folder: Path) -> Path:
    """One article of `chars` characters: real articles' texts, one after another, as JSON Lines."""
    paragraphs: list[str] = []
    length = 0
    for line in (BIAS / BIAS_FILES[0]).open(encoding="utf-8"):
        text = json.loads(line)["content_original"]
        paragraphs.append(text)
        length += len(text) + 2
        if length >= chars:
            break
    corpus = folder / "long.jsonl"
    record = {"title": "One long article", "text": "\n\n".join(paragraphs)[:chars]}
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return corpus


def run_rashomon(
    corpus: Path,
    out: Path,
    batch_size: int,
    workers: int,
    piece_chars: int | None = None,
    quotes: bool = True,
) -> Figures:
    """One whole run as the CLI makes it, with `workers` annotating processes (without the
    quotes and facts components and steps when `quotes` is false)."""
    from rashomon.outputs import OutputPaths
    from rashomon.pipeline import run
    from rashomon.settings import Settings, load_settings

    defaults = Settings()
    settings = load_settings(
        deduplicate=False,
        batch_size=batch_size,
        workers=workers,
        piece_chars=piece_chars,
        max_bytes=64 * 2**20,
        components=None
        if quotes
        else [name for name in defaults.components if name not in LATER_COMPONENTS],
        steps=None if quotes else [name for name in defaults.steps if name not in LATER_STEPS],
    )
    started = time.perf_counter()
    analysis = run([str(corpus)], settings, OutputPaths(out=out))
    return {
        "seconds": time.perf_counter() - started,
        "articles": len(analysis.articles),
        "actors": len(analysis.actors),
        "json_mb": (out / "analysis.json").stat().st_size / 2**20,
        "report_mb": (out / "report.html").stat().st_size / 2**20,
    }


def run_spacy(corpus: Path, batch_size: int, processes: int) -> Figures:
    """Bare spaCy: load the same model and parse the same texts in `processes`, nothing else."""
    import spacy

    from rashomon.settings import load_settings

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    started = time.perf_counter()
    nlp = spacy.load(load_settings().model)
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - started, "articles": len(texts)}


def tree_rss_kib(root: int) -> tuple[int, int]:
    """The summed resident memory (KiB) of `root` and its descendants, and how many they are."""
    parents: dict[int, int] = {}
    resident: dict[int, int] = {}
    for entry in os.listdir(PROC):
        if entry.isdigit():
            try:
                stat = (PROC / entry / "stat").read_text()
            except OSError:  # the process ended meanwhile
                continue
            fields = stat.rpartition(")")[2].split()  # after the name, which may hold spaces
            parents[int(entry)] = int(fields[1])
            resident[int(entry)] = int(fields[21]) * PAGE_KIB  # rss in pages, as VmRSS
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    tree, todo = [], [root]
    while todo:
        tree.append(todo.pop())
        todo.extend(children.get(tree[-1], ()))
    return sum(resident.get(pid, 0) for pid in tree), len(tree)


class TreePeak:
    """The peak summed RSS of this process tree, sampled every `interval` s in a thread."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_kib = 0
        self.processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while True:
            kib, count = tree_rss_kib(os.getpid())
            self.peak_kib = max(self.peak_kib, kib)
            self.processes = max(self.processes, count)
            if self._stop.wait(self.interval):
                return

    def __enter__(self) -> TreePeak:
        if TREE_SAMPLING:
            self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if TREE_SAMPLING:
            self._stop.set()
            self._thread.join()


def max_rss_mib(who: int) -> float:
    """`ru_maxrss` of this process or its waited-for children, in MiB (macOS counts bytes)."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(who).ru_maxrss / scale


def child(
    kind: str, corpus: Path, batch_size: int, workers: int, piece_chars: int | None = None
) -> None:
    """Run one variant and print its figures as JSON (the parent reads the last line)."""
    with tempfile.TemporaryDirectory() as out, TreePeak() as tree:
        if kind in {"rashomon", "no-quotes"}:
            quotes = kind == "rashomon"
            figures = run_rashomon(corpus, Path(out), batch_size, workers, piece_chars, quotes)
        else:
            figures = run_spacy(corpus, batch_size, workers)
    figures["self_rss_mib"] = max_rss_mib(resource.RUSAGE_SELF)
    if TREE_SAMPLING:
        figures["peak_rss_mib"] = max(tree.peak_kib / 1024, figures["self_rss_mib"])
        figures["processes"] = tree.processes
    else:
        figures["peak_rss_mib"] = figures["self_rss_mib"] + max_rss_mib(resource.RUSAGE_CHILDREN)
        figures["processes"] = float("nan")
    print(json.dumps(figures))


def measure(
    corpus: Path,
    batch_size: int,
    repeat: int,
    workers: list[int],
    kinds: tuple[str, ...] = KINDS,
    piece_chars: int | None = None,
) -> dict[tuple[str, int], list[Figures]]:
    """Run every variant `repeat` times, interleaved, each run in a fresh interpreter."""
    runs: dict[tuple[str, int], list[Figures]] = {(k, w): [] for k in kinds for w in workers}
    for _ in range(repeat):
        for (kind, count), results in runs.items():
            command = [sys.executable, __file__, "--child", kind, "--corpus", str(corpus)]
            command += ["--batch-size", str(batch_size), "--workers", str(count)]
            if piece_chars is not None:
                command += ["--piece-chars", str(piece_chars)]
            done = subprocess.run(command, capture_output=True, text=True)
            lines = done.stdout.strip().splitlines()
            if done.returncode != 0 or not lines or not lines[-1].startswith("{"):
                sys.stderr.write("".join(done.stderr.splitlines(keepends=True)[-20:]))
                sys.exit(f"{label(kind, count)} run failed with exit code {done.returncode}")
            results.append(json.loads(lines[-1]))
    return runs


def label(kind: str, count: int) -> str:
    if kind == "rashomon":
        return f"rashomon analyze, {count} worker{'s' if count != 1 else ''}"
    if kind == "no-quotes":
        return f"  without quotes, facts, {count} w."
    return f"bare spaCy nlp.pipe, {count} process{'es' if count != 1 else ''}"


def worker_list(text: str) -> list[int]:
    """`1,2` → [1, 2]: distinct positive counts, in order."""
    try:
        counts = sorted({int(part) for part in text.split(",")})
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a comma-separated list of counts: {text!r}"
        ) from None
    if not counts or counts[0] < 1:
        raise argparse.ArgumentTypeError("worker counts must be 1 or more")
    return counts


def scale(sizes: list[int], batch_size: int, workers: int) -> None:
    """Peak memory and time of whole rashomon runs on growing numbers of real articles."""
    if not (BIAS / BIAS_FILES[0]).exists():
        sys.exit(f"no real articles at {BIAS}")
    print(f"real articles (Article-Bias-Prediction), {workers} workers, one run each")
    print(
        f"{'articles':>9}{'words':>11}{'actors':>8}{'seconds':>9}{'articles/s':>12}"
        f"{'peak RSS MiB':>14}{'own MiB':>9}{'JSON MB':>9}{'report MB':>11}"
    )
    for count in sizes:
        with tempfile.TemporaryDirectory() as folder:
            corpus, words = build_real_corpus(count, Path(folder))
            (run,) = measure(corpus, batch_size, 1, [workers], kinds=("rashomon",)).values()
        figures = run[0]
        print(
            f"{count:>9}{words:>11}{figures['actors']:>8.0f}{figures['seconds']:>9.1f}"
            f"{count / figures['seconds']:>12.2f}{figures['peak_rss_mib']:>14.0f}"
            f"{figures['self_rss_mib']:>9.0f}{figures['json_mb']:>9.1f}{figures['report_mb']:>11.1f}"
        )


def long_article(chars: int, batch_size: int) -> None:
    """Time and peak memory of one article of `chars` characters, in pieces and (if spaCy takes
    it) whole."""
    from rashomon.settings import DEFAULT_PIECE_CHARS

    print(f"one article of {chars:,} characters of real text, 1 worker")
    print(f"{'annotated as':<34}{'seconds':>9}{'peak RSS MiB':>14}{'result':>10}")
    sizes = [DEFAULT_PIECE_CHARS] + ([chars] if chars <= MAX_SPACY_CHARS else [])
    with tempfile.TemporaryDirectory() as folder:
        corpus = build_long_article(chars, Path(folder))
        for size in sizes:
            (run,) = measure(corpus, batch_size, 1, [1], ("rashomon",), size).values()
            figures = run[0]
            shown = "one piece" if size >= chars else f"pieces of {size:,} characters"
            result = "analysed" if figures["articles"] else "rejected"
            print(
                f"{shown:<34}{figures['seconds']:>9.1f}{figures['peak_rss_mib']:>14.0f}{result:>10}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=worker_list, default=[1, 2], help="e.g. 1,2")
    parser.add_argument(
        "--real", type=worker_list, help="article counts, e.g. 200,1000,5000: peak RSS of real runs"
    )
    parser.add_argument("--long", type=int, help="characters of one long article to annotate")
    parser.add_argument("--child", choices=KINDS)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--piece-chars", type=int)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus, args.batch_size, args.workers[0], args.piece_chars)
        return
    if args.long:
        long_article(args.long, args.batch_size)
        return
    if args.real:
        scale(args.real, args.batch_size, max(args.workers))
        return
    with tempfile.TemporaryDirectory() as folder:
        corpus, words = build_corpus(args.articles, Path(folder))
        seeds = "included" if SEEDS.exists() else "absent"
        print(f"corpus: {args.articles} articles, {words} words; seeds {seeds}")
        batches = -(-args.articles // args.batch_size)
        if batches < max(args.workers):
            print(f"note: {batches} batch(es), so rashomon starts at most {batches} worker(s)")
        results = measure(corpus, args.batch_size, args.repeat, args.workers)
    header = f"{'variant':<34}{'articles/s':>12}{'words/s':>10}{'seconds':>9}"
    print(f"{header}{'peak RSS MiB':>14}{'own MiB':>9}{'processes':>11}")
    seconds: dict[tuple[str, int], float] = {}
    for (kind, count), runs in results.items():
        seconds[kind, count] = median = statistics.median(run["seconds"] for run in runs)
        rss = statistics.median(run["peak_rss_mib"] for run in runs)
        own = statistics.median(run["self_rss_mib"] for run in runs)
        processes = max(run["processes"] for run in runs)
        rate = args.articles / median
        row = f"{label(kind, count):<34}{rate:>12.2f}{words / median:>10.0f}{median:>9.1f}"
        print(f"{row}{rss:>14.0f}{own:>9.0f}{processes:>11.0f}")
    basis = f"(medians of {args.repeat} runs, batch size {args.batch_size})"
    for count in args.workers:
        at = "" if count == 1 else f" at {count} workers / processes"
        ratio = seconds["rashomon", count] / seconds["spacy", count]
        before = seconds["no-quotes", count] / seconds["spacy", count]
        print(f"ratio rashomon / spaCy time{at}: {ratio:.2f}; without quotes, facts {before:.2f}")
        added = seconds["rashomon", count] / seconds["no-quotes", count] - 1
        print(f"quotes and facts add{at}: {added:+.1%} to the whole run {basis}")
    low = args.workers[0]
    for count in args.workers[1:]:
        gains = [seconds[kind, low] / seconds[kind, count] for kind in ("rashomon", "spacy")]
        print(f"speed-up {count} over {low}: rashomon {gains[0]:.2f}x, spaCy {gains[1]:.2f}x")
    if not TREE_SAMPLING:
        print("peak RSS: no /proc here, so ru_maxrss of the run + its largest worker, not a sum")


if __name__ == "__main__":
    main()
