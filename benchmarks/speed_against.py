"""Whole runs of this tree against an earlier revision, on the same corpus: is it slower?

`speed.py` compares rashomon with a bare spaCy parse, and that ratio moves by more than a few
per cent between runs on a busy machine. To tell whether a change made the pipeline slower, this
script checks the revision out into a temporary git worktree and times `rashomon.pipeline.analyze`
(one process, deduplication off) on `speed.py`'s corpus, alternating the two trees in each round
so that drift hits both alike. It prints each run, the medians and their ratio.

    python benchmarks/speed_against.py REVISION [--articles 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import build_corpus

ROOT = Path(__file__).resolve().parent.parent
# Run in a fresh interpreter with the chosen tree's `src` first on the path.
TIMED_RUN = """
import sys, time
sys.path.insert(0, sys.argv[1])
from rashomon.pipeline import analyze
from rashomon.settings import load_settings
started = time.perf_counter()
analyze([sys.argv[2]], load_settings(deduplicate=False))
print(time.perf_counter() - started)
"""


def timed(source: Path, corpus: Path) -> float:
    """Seconds of one whole `analyze` run of the tree whose `src` is `source`."""
    done = subprocess.run(
        [sys.executable, "-c", TIMED_RUN, str(source), str(corpus)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="a git revision to compare with (e.g. a commit id)")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "worktree",
                "add",
                "--quiet",
                "--detach",
                str(tree),
                args.revision,
            ],
            check=True,
        )
        try:
            corpus, words = build_corpus(args.articles, Path(folder))
            print(f"corpus: {args.articles} articles, {words} words")
            seconds: dict[str, list[float]] = {args.revision: [], "this tree": []}
            for round_number in range(1, args.repeat + 1):
                for name, source in ((args.revision, tree / "src"), ("this tree", ROOT / "src")):
                    seconds[name].append(timed(source, corpus))
                    print(
                        f"round {round_number}: {name:<12} {seconds[name][-1]:7.1f} s", flush=True
                    )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
            )
    before, now = (statistics.median(values) for values in seconds.values())
    print(
        f"median: {args.revision} {before:.1f} s, this tree {now:.1f} s, ratio {now / before:.3f}"
    )


if __name__ == "__main__":
    main()
