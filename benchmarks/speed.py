"""Speed and memory of a whole `rashomon analyze` run against a bare spaCy parse of the same texts.

The corpus is the seed articles (../shared/seeds, when present) and the bundled examples, cleaned
once by rashomon's ingest and repeated to N articles (each copy gets a distinct closing line so
that ids differ; deduplication is switched off so every copy is analysed). Each variant runs in
its own subprocess, `--repeat` times, interleaved; the table shows medians and the peak RSS
of each process.

    python benchmarks/speed.py [--articles 500] [--repeat 3] [--batch-size 16]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"


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


def run_rashomon(corpus: Path, out: Path, batch_size: int) -> dict[str, float]:
    """One whole analysis as the CLI runs it (ingest, annotate with a checkpoint, resolve, write
    JSON + report) in this process."""
    from rashomon.outputs import OutputPaths, write_outputs
    from rashomon.pipeline import analyze
    from rashomon.settings import load_settings

    settings = load_settings(deduplicate=False, batch_size=batch_size)
    paths = OutputPaths(out=out)
    started = time.perf_counter()
    analysis = analyze([str(corpus)], settings, checkpoint=paths.checkpoint)
    write_outputs(analysis, paths)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": len(analysis.articles), "actors": len(analysis.actors)}


def run_spacy(corpus: Path, batch_size: int) -> dict[str, float]:
    """Bare spaCy: load the same model and parse the same texts, nothing else."""
    import spacy

    from rashomon.settings import load_settings

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    started = time.perf_counter()
    nlp = spacy.load(load_settings().model)
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return {"seconds": time.perf_counter() - started, "articles": len(texts), "actors": 0}


def child(variant: str, corpus: Path, batch_size: int) -> None:
    """Run one variant and print its figures as JSON (the parent reads them)."""
    with tempfile.TemporaryDirectory() as out:
        if variant == "rashomon":
            figures = run_rashomon(corpus, Path(out), batch_size)
        else:
            figures = run_spacy(corpus, batch_size)
    figures["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


def measure(corpus: Path, batch_size: int, repeat: int) -> dict[str, list[dict[str, float]]]:
    """Run each variant `repeat` times, interleaved, each run in a fresh interpreter."""
    runs: dict[str, list[dict[str, float]]] = {"rashomon": [], "spacy": []}
    for _ in range(repeat):
        for variant, results in runs.items():
            command = [sys.executable, __file__, "--child", variant, "--corpus", str(corpus)]
            command += ["--batch-size", str(batch_size)]
            child_run = subprocess.run(command, stdout=subprocess.PIPE, text=True)
            if child_run.returncode != 0:
                sys.exit(f"{variant} run failed with exit code {child_run.returncode}")
            output = child_run.stdout
            results.append(json.loads(output.strip().splitlines()[-1]))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--child", choices=["rashomon", "spacy"])
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus, args.batch_size)
        return
    with tempfile.TemporaryDirectory() as folder:
        corpus, words = build_corpus(args.articles, Path(folder))
        seeds = "included" if SEEDS.exists() else "absent"
        print(f"corpus: {args.articles} articles, {words} words; seeds {seeds}")
        results = measure(corpus, args.batch_size, args.repeat)
    print(f"{'variant':<30}{'articles/s':>12}{'words/s':>10}{'seconds':>9}{'peak RSS MiB':>14}")
    medians = {}
    for name, runs in results.items():
        seconds = statistics.median(run["seconds"] for run in runs)
        rss = statistics.median(run["peak_rss_mib"] for run in runs)
        medians[name] = seconds
        label = "rashomon analyze (whole run)" if name == "rashomon" else "bare spaCy nlp.pipe"
        rate = args.articles / seconds
        print(f"{label:<30}{rate:>12.2f}{words / seconds:>10.0f}{seconds:>9.1f}{rss:>14.0f}")
    print(
        f"ratio rashomon / spaCy time: {medians['rashomon'] / medians['spacy']:.2f} "
        f"(medians of {args.repeat} runs, batch size {args.batch_size})"
    )


if __name__ == "__main__":
    main()
