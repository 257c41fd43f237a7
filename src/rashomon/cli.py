"""Command-line interface: thin wrappers that parse options and call the library."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rashomon import __version__
from rashomon.errors import RashomonError
from rashomon.outputs import OutputPaths, write_outputs
from rashomon.pipeline import analyze
from rashomon.schema import Analysis
from rashomon.settings import load_settings

EXIT_OK = 0
EXIT_MISUSE = 2
EXIT_SOME_REJECTED = 3

app = typer.Typer(
    help="rashomon: one news story through all of its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stdout = Console()
stderr = Console(stderr=True, highlight=False)


def _version(value: bool) -> None:
    if value:
        stdout.print(f"rashomon {__version__}")
        raise typer.Exit


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """rashomon: one news story through all of its sources."""


@app.command("analyze")
def analyze_cli(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt .html .htm .jsonl .warc .warc.gz .rss .atom .xml), folders "
            "(read recursively) or http(s) URLs of pages or RSS/Atom feeds.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for analysis.json and report.html.")
    ] = Path("out"),
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Also upsert the tables into this DuckDB file."),
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option("--parquet", help="Also upsert the tables as Parquet files into this folder."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="TOML settings file (keys as in rashomon.Settings)."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", help="spaCy pipeline package name or path to load instead."),
    ] = None,
    max_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-bytes", help="Reject inputs larger than this many bytes [default 20 MB]."
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Allow fetching loopback, private and link-local addresses (off by default).",
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars and no summary.")
    ] = False,
) -> None:
    """Analyse articles and write OUT/analysis.json and OUT/report.html.

    Exit status: 0 when every input was analysed, 3 when some were rejected (each with a one-line
    reason on stderr and in analysis.json), 2 on misuse.
    """
    try:
        settings = load_settings(
            config, model=model, max_bytes=max_bytes, allow_private=allow_private or None
        )
        with _RichProgress(enabled=not quiet and stderr.is_terminal) as progress:
            analysis = analyze(inputs, settings, progress)
        write_outputs(analysis, OutputPaths(out=out, db=db, parquet=parquet))
    except RashomonError as error:
        stderr.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_MISUSE) from error
    for rejected in analysis.rejected:
        stderr.print(f"rejected: {rejected.input}: {rejected.reason}", markup=False, soft_wrap=True)
    if not quiet:
        _print_summary(analysis, out)
    raise typer.Exit(EXIT_SOME_REJECTED if analysis.rejected else EXIT_OK)


class _RichProgress:
    """`pipeline.Progress` drawn with rich on stderr; does nothing when disabled."""

    def __init__(self, enabled: bool) -> None:
        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=stderr,
            transient=True,
            disable=not enabled,
        )

    def __enter__(self) -> _RichProgress:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)

    def start(self, stage: str, total: int | None) -> Callable[[str], None]:
        task = self._bar.add_task(stage, total=total)
        return lambda _label: self._bar.advance(task)


def _print_summary(analysis: Analysis, out: Path) -> None:
    analysed = [article for article in analysis.articles if article.duplicate_of is None]
    stdout.print(
        f"[bold]{len(analysed)}[/] articles analysed, "
        f"{len(analysis.articles) - len(analysed)} duplicates, "
        f"{len(analysis.rejected)} rejected, [bold]{len(analysis.actors)}[/] actors"
    )
    articles = Table("id", "outlet", "author", "published", "genre", "words", "title", box=None)
    for article in analysis.articles:
        articles.add_row(
            article.id,
            article.outlet or "-",
            article.author or "-",
            article.published or "-",
            article.genre + (" (duplicate)" if article.duplicate_of else ""),
            str(article.word_count),
            (article.title or "-")[:60],
        )
    stdout.print(articles)
    names = {actor.id: actor.name for actor in analysis.actors}
    top = sorted(analysis.actors, key=lambda actor: (-actor.mentions, actor.name))[:15]
    actors = Table("actor", "kind", "mentions", "articles", "affiliation", "aliases", box=None)
    for actor in top:
        actors.add_row(
            actor.name,
            actor.kind,
            str(actor.mentions),
            str(len(actor.mentions_by_article)),
            names.get(actor.affiliation or "", "-"),
            ", ".join(actor.aliases)[:70],
        )
    stdout.print(actors)
    kinds = Counter(actor.kind for actor in analysis.actors)
    stdout.print(
        "actors by kind: " + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    )
    stdout.print(f"wrote {out / 'analysis.json'} and {out / 'report.html'}")


def main() -> None:
    """Console-script entry point; exits 2 on usage errors like click does."""
    try:
        app()
    except KeyboardInterrupt:
        stderr.print("interrupted")
        sys.exit(130)
