"""Outlet names from source, copyright and bio phrases."""

from __future__ import annotations

import re

_CORPORATE_SUFFIX = re.compile(
    r"(?:\s+(?:Media\s+)?(?:Group|Limited|Ltd\.?|Inc\.?|LLC|plc|PLC|Corporation|Corp\.?|"
    r"Company|Co\.|Holdings))+$"
)
_CAMEL_RUN = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])")


def outlet_name(raw: str, split_camel: bool = False) -> str | None:
    """Return an outlet name from a source or copyright phrase.

    "The Telegraph Group Limited, London 2017" gives "The Telegraph"; "© The Harbour Times 2026"
    gives "The Harbour Times". `split_camel` splits run-together tags: "TRTWorld" gives "TRT World".
    """
    text = re.sub(r"^(?:©|\(c\)|copyright\b|[—–-])+\s*", "", raw.strip(), flags=re.IGNORECASE)
    text = re.sub(r"\b(?:19|20)\d\d\b", "", text)
    text = re.sub(r"all rights reserved\.?", "", text, flags=re.IGNORECASE)
    text = re.split(r",|;|\||\.\s|\s+and\s+|\s+&\s+|\s+via\s+", text)[0].strip(" .")
    text = _CORPORATE_SUFFIX.sub("", text).strip(" .")
    if split_camel:
        text = " ".join(_CAMEL_RUN.sub(" ", word) for word in text.split())
    if not text or not text[0].isupper() or len(text.split()) > 6:
        return None
    return text
