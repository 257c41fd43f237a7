"""Mojibake repair: ftfy, plus the narrow rule for `ís` written for a possessive ’s."""

from __future__ import annotations

from rashomon.ingest.repair import repair_optional, repair_text


def test_mangled_possessive_is_restored() -> None:
    text = "The ferry left Tallinnís old harbour after the captainís briefing."
    assert repair_text(text) == "The ferry left Tallinn’s old harbour after the captain’s briefing."


def test_names_ending_in_accented_is_are_kept() -> None:
    assert repair_text("Luís and the país del norte") == "Luís and the país del norte"


def test_ftfy_repairs_utf8_read_as_windows_1252() -> None:
    assert repair_text("the harbourâ€™s new cranes") == "the harbour’s new cranes"


def test_typographic_quotes_are_kept() -> None:
    assert repair_text("“Nobody wins,” she said") == "“Nobody wins,” she said"


def test_metadata_strings_are_repaired_and_blank_ones_dropped() -> None:
    assert repair_optional("  Ana   CarriÃ©  ") == "Ana Carrié"
    assert repair_optional("   ") is None
    assert repair_optional(None) is None
