"""Size of `report.html` and the time headless Chromium takes to open it, for N real articles.

The articles are the first N of the Article Bias Prediction validation set
(../shared/datasets/article_bias_prediction/media_valid.jsonl), written as JSON Lines with their
text, title, outlet, authors, date and URL, and analysed by the real pipeline
(`rashomon.pipeline.analyze`, 2 workers). That takes minutes, so the analysis is kept as
analysis.json in `--cache` (outside the repository) and read back on later runs.

Opening time is `page.goto(file://…)` until the `load` event, in a fresh page each time, median
of `--repeat`; a report that does not load within `--timeout` seconds counts as that long.

    python benchmarks/report.py [--articles 1000] [--repeat 3] [--cache DIR] [--timeout 120]
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

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "datasets" / "article_bias_prediction" / "media_valid.jsonl"
CACHE = Path(tempfile.gettempdir()) / "rashomon-benchmarks"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
MB = 1_000_000


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

    cached = cache / f"abp-valid-{count}.analysis.json"
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


def open_seconds(browser: Browser, path: Path, repeat: int, timeout: float) -> float:
    """Median seconds from navigating to `path` to its `load` event, each time in a new page."""
    times = []
    for _ in range(repeat):
        page = browser.new_page()
        started = time.perf_counter()
        try:
            page.goto(path.as_uri(), wait_until="load", timeout=timeout * 1000)
            times.append(time.perf_counter() - started)
        except PlaywrightTimeout:
            times.append(timeout)
        finally:
            page.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    analysis = load_analysis(args.articles, args.data, args.cache)
    analysed = sum(article.duplicate_of is None for article in analysis.articles)
    print(
        f"{len(analysis.articles)} articles ({analysed} analysed), {len(analysis.actors)} actors,"
        f" {len(analysis.mentions)} mentions, {len(analysis.coverage)} coverage cells"
    )
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            path = Path(folder) / "report.html"
            started = time.perf_counter()
            path.write_text(render_report(analysis), encoding="utf-8")
            rendered = time.perf_counter() - started
            size = path.stat().st_size / MB
            opened = open_seconds(browser, path, args.repeat, args.timeout)
        finally:
            browser.close()
    print(f"{'report':<10} {'MB':>8} {'render s':>9} {'open s':>8}")
    print(f"{'report':<10} {size:>8.1f} {rendered:>9.1f} {opened:>8.2f}")


if __name__ == "__main__":
    main()
