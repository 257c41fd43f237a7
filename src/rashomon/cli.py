"""Command-line interface: thin wrappers that parse options and call the library."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rashomon import __version__
from rashomon.errors import RashomonError
from rashomon.outputs import OutputPaths
from rashomon.pipeline import run
from rashomon.records.codec import schema_text
from rashomon.settings import load_settings
from rashomon.summary import print_summary

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


@app.command(
    "analyze",
    help="Analyse articles and write OUT/analysis.json and OUT/report.html.\n\n"
    "Exit status: 0 when every input was analysed, 3 when some were rejected (each with a "
    "one-line reason on stderr and in analysis.json), 2 on misuse.",
)
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
            "--max-bytes", help="Reject inputs larger than this many bytes (default: 20 MB)."
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Allow fetching loopback, private and link-local addresses (off by default).",
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            help="Processes that annotate in parallel (default: one per CPU core).",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars and no summary.")
    ] = False,
) -> None:
    """Analyse the inputs, write the outputs, report rejects; exit 0, 3 (rejects) or 2 (misuse)."""
    try:
        settings = load_settings(
            config,
            model=model,
            max_bytes=max_bytes,
            allow_private=allow_private or None,
            workers=workers,
        )
        paths = OutputPaths(out=out, db=db, parquet=parquet)
        if paths.annotations.exists():
            stderr.print(
                f"resuming the interrupted run saved in {paths.annotations}",
                markup=False,
                soft_wrap=True,
            )
        with _RichProgress(enabled=not quiet and stderr.is_terminal) as progress:
            analysis = run(inputs, settings, paths, progress)
    except RashomonError as error:
        stderr.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_MISUSE) from error
    for rejected in analysis.rejected:
        stderr.print(f"rejected: {rejected.input}: {rejected.reason}", markup=False, soft_wrap=True)
    if not quiet:
        print_summary(stdout, analysis, out)
    raise typer.Exit(EXIT_SOME_REJECTED if analysis.rejected else EXIT_OK)


@app.command("schema", help="Print the JSON Schema of analysis.json (the rashomon/1 contract).")
def schema_cli() -> None:
    """Print the schema that `analysis.json` follows, generated from the records."""
    sys.stdout.write(schema_text())


class _RichProgress:
    """`runner.Progress` drawn with rich on stderr; does nothing when disabled."""

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


def main() -> None:
    """Console-script entry point; exits 2 on usage errors like click does."""
    try:
        app()
    except KeyboardInterrupt:
        stderr.print("interrupted")
        sys.exit(130)
