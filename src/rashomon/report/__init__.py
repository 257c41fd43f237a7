"""The self-contained HTML report that journalists read first.

The page is a masthead followed by sections. To add one, write `sections/<name>.py` declaring
`SECTION = Section(...)` whose `build(context)` arranges the shared `ReportContext` into a frozen
view, write the template `templates/section_<name>.html` that shows that view, and add the
module's `SECTION` to `SECTIONS` in `sections/__init__.py`, in page order.
"""

from __future__ import annotations

from rashomon.report.html import render_report, report_chunks

__all__ = ["render_report", "report_chunks"]
