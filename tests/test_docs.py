"""Every command, option and setting is documented."""

from __future__ import annotations

import re
from pathlib import Path

import typer
from rich.markup import render
from typer.core import TyperArgument, TyperGroup, TyperOption
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> dict[str, typer.core.TyperCommand]:
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    return dict(group.commands)  # type: ignore[arg-type]


def test_every_command_and_option_has_help() -> None:
    runner = CliRunner()
    for name, command in _commands().items():
        assert command.help, f"command {name} has no help"
        result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0
        for parameter in command.params:
            if isinstance(parameter, TyperOption):
                assert parameter.help, f"{name} {parameter.opts} has no help"
                for option in parameter.opts:
                    assert option in result.output, f"{option} missing from `{name} --help`"


def test_help_texts_survive_rich_markup() -> None:
    """Square brackets in a help text would be read as rich styles and vanish from --help."""
    for name, command in _commands().items():
        texts = [command.help or ""]
        texts += [
            parameter.help or ""
            for parameter in command.params
            if isinstance(parameter, TyperOption | TyperArgument)
        ]
        for text in texts:
            assert render(text).plain == text, f"`{name} --help` would lose part of {text!r}"


def test_every_setting_is_documented() -> None:
    docstring = Settings.__doc__ or ""
    for name in Settings.model_fields:
        assert re.search(rf"^\s+{name}: \S", docstring, re.MULTILINE), name


def test_readme_opens_with_the_two_setup_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:6]
    assert any(line.startswith("make demo") for line in head)
    assert any(line.startswith("make test") for line in head)
