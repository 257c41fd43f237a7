"""Size of `report.html` and the time headless Chromium takes to open it, for N real articles.

Two reports of the same analysis: "all actors" lays out every actor in the coverage matrix and
the actors table (`Limits(None, None)`, as the report did before it had limits; that report was
also heavier per mark), "limited" is the report as `rashomon analyze` writes it (`LIMITS`).
Before the limits and the lean marks (commit 712bef5), 1,000 articles gave 235 MB that Chromium
did not load in 120 s.

The articles are the first N of the Article Bias Prediction validation set
(../shared/datasets/article_bias_prediction/media_valid.jsonl), written as JSON Lines with their
text, title, outlet, authors, date and URL, and analysed by the real pipeline
(`rashomon.pipeline.analyze`, 2 workers). That takes minutes, so the analysis is kept as
analysis.json in `--cache` (outside the repository) and read back on later runs (delete it to
analyse again).

Opening time is `page.goto(file://…)` until the `load` event, in a fresh page each time, median
of `--repeat`; a report that does not load within `--timeout` seconds is shown as "> timeout"
and not tried again.

    python benchmarks/report.py [--articles 200,1000] [--repeat 3] [--cache DIR] [--timeout 60]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from rashomon.records import Analysis
from rashomon.records.codec import from_json, to_json
from rashomon.report import render_report
from rashomon.report.limits import LIMITS, Limits

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "datasets" / "article_bias_prediction" / "media_valid.jsonl"
CACHE = Path(tempfile.gettempdir()) / "rashomon-benchmarks"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
MB = 1_000_000
VARIANTS = {"all actors": Limits(matrix_actors=None, table_actors=None), "limited": LIMITS}


def write_corpus(count: int, data: Path, path: Path) -> int:
    """Write the first `count` articles of `data` as rashomon JSON Lines; return how many."""
    written = 0
    with data.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as target:
        for line in source:
            if written == count:
                break
            item = json.loads(line)
            record = {
                "text": item["content_original"],
                "title": item.get("title"),
                "outlet": item.get("source"),
                "author": item.get("authors") or None,
                "published": item.get("date"),
                "url": item.get("url"),
            }
            target.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def load_analysis(count: int, data: Path, cache: Path) -> Analysis:
    """The analysis of the first `count` articles, from `cache` when an earlier run left it."""
    from rashomon.pipeline import analyze
    from rashomon.settings import load_settings

    cached = cache / f"{data.stem}-{count}.analysis.json"
    if cached.exists():
        return from_json(Analysis, cached.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        written = write_corpus(count, data, corpus)
        print(f"analysing {written} articles (cached afterwards in {cache}) …", file=sys.stderr)
        started = time.perf_counter()
        analysis = analyze([str(corpus)], load_settings(workers=2))
        print(f"… {time.perf_counter() - started:.0f} s", file=sys.stderr)
    cache.mkdir(parents=True, exist_ok=True)
    cached.write_text(to_json(analysis), encoding="utf-8")
    return analysis


def open_seconds(browser: Browser, path: Path, repeat: int, timeout: float) -> float | None:
    """Median seconds from navigating to `path` to its `load` event, each time in a new page;
    None when it did not load within `timeout`."""
    times = []
    for _ in range(repeat):
        page = browser.new_page()
        started = time.perf_counter()
        try:
            page.goto(path.as_uri(), wait_until="load", timeout=timeout * 1000)
        except PlaywrightTimeout:
            return None
        finally:
            page.close()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(analysis: Analysis, limits: Limits, browser: Browser, args: argparse.Namespace) -> str:
    """One table line: the report's size, the seconds to render it and to open it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.html"
        started = time.perf_counter()
        path.write_text(render_report(analysis, limits=limits), encoding="utf-8")
        rendered = time.perf_counter() - started
        opened = open_seconds(browser, path, args.repeat, args.timeout)
        size = path.stat().st_size / MB
    shown = f"> {args.timeout:.0f}" if opened is None else f"{opened:.2f}"
    return f"{size:>9.1f} {rendered:>9.1f} {shown:>8}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default="1000", help="comma-separated counts")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    counts = [int(count) for count in args.articles.split(",")]
    analyses = {count: load_analysis(count, args.data, args.cache) for count in counts}
    print(
        f"{'articles':>8} {'actors':>7} {'mentions':>8} {'report':<11} {'MB':>9} {'render s':>9}"
        f" {'open s':>8}"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            for count, analysis in analyses.items():
                for name, limits in VARIANTS.items():
                    line = measure(analysis, limits, browser, args)
                    print(
                        f"{count:>8} {len(analysis.actors):>7} {len(analysis.mentions):>8}"
                        f" {name:<11} {line}",
                        flush=True,
                    )
        finally:
            browser.close()


if __name__ == "__main__":
    main()
