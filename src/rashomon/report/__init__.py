"""The self-contained HTML report that journalists read first."""

from __future__ import annotations

from rashomon.report.html import render_report

__all__ = ["render_report"]
