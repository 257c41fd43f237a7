"""rashomon: one news story through all of its sources."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from rashomon.pipeline import analyze
from rashomon.records import SCHEMA_VERSION, Analysis
from rashomon.settings import Settings, load_settings

__all__ = ["SCHEMA_VERSION", "Analysis", "Settings", "__version__", "analyze", "load_settings"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
