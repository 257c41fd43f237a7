"""Settings: defaults, then TOML, then environment, then explicit overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.errors import ConfigError
from rashomon.settings import Settings, load_settings


def test_defaults() -> None:
    assert load_settings() == Settings()
    assert Settings().max_bytes == 20 * 1024 * 1024


def test_toml_then_env_then_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "rashomon.toml"
    config.write_text('model = "from_toml"\nmax_bytes = 1000\nbatch_size = 4\n', encoding="utf-8")
    monkeypatch.setenv("RASHOMON_MAX_BYTES", "2000")
    monkeypatch.setenv("RASHOMON_ALLOW_PRIVATE", "yes")
    settings = load_settings(config, batch_size=8)
    assert settings.model == "from_toml"
    assert settings.max_bytes == 2000
    assert settings.allow_private is True
    assert settings.batch_size == 8


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("colour = 1\n", "unknown setting 'colour'"),
        ('max_bytes = "lots"\n', "setting 'max_bytes': input should be a valid integer"),
        ("max_bytes = -5\n", "setting 'max_bytes': input should be greater than 0"),
        ("workers = -1\n", "setting 'workers'"),
        ("max_bytes = \n", "cannot read settings file"),
    ],
)
def test_bad_settings_raise_coded_error(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_settings(config)
    assert str(caught.value).startswith("E001")


def test_bool_is_not_accepted_as_int() -> None:
    with pytest.raises(ConfigError):
        load_settings(max_bytes=True)
