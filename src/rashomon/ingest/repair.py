"""Repair mojibake: ftfy, plus one narrow rule for a possessive that ftfy cannot restore.

"Moscowís" is "Moscow’s" whose ’ was written as Windows-1252 (byte 0x92) and read back as Mac
Roman, where 0x92 is "í". ftfy does not undo that (it is a single, plausible-looking letter), so
`ís` becomes `’s` only at the end of a word of three or more ASCII letters: the shape of an
English possessive. Names such as "Luís" (two letters before) or "país" are left alone.
"""

from __future__ import annotations

import re

import ftfy

_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False)
_MANGLED_POSSESSIVE = re.compile(r"\b([A-Za-z]{3,})ís\b")


def repair_text(text: str) -> str:
    """Return `text` with mojibake repaired; typographic quotes are kept as they are."""
    fixed = ftfy.fix_text(text, config=_CONFIG)
    return _MANGLED_POSSESSIVE.sub(r"\1’s", fixed)


def repair_optional(text: str | None) -> str | None:
    """Repair a metadata string, keeping None; blank strings become None."""
    if text is None:
        return None
    fixed = " ".join(repair_text(text).split())
    return fixed or None
