"""Render an `Analysis` as one self-contained HTML document (no network needed to view it)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from rashomon import __version__
from rashomon.records import SCHEMA_VERSION, Analysis
from rashomon.report.context import build_context
from rashomon.report.limits import LIMITS, Limits
from rashomon.report.page import build_page
from rashomon.report.section import Section
from rashomon.report.sections import SECTIONS


@cache
def _environment() -> Environment:
    """Return the template environment; autoescaping is on for every template, and the
    `thousands` filter writes a count with thousands separators (7,863)."""
    environment = Environment(
        loader=PackageLoader("rashomon.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["thousands"] = "{:,}".format
    return environment


@cache
def _script() -> tuple[Markup, str]:
    """Return the report's inline script and its CSP hash (`sha256-…`)."""
    source = files("rashomon.report").joinpath("templates", "report.js").read_text("utf-8")
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Markup(source), f"sha256-{digest}"


def render_report(
    analysis: Analysis, *, sections: Iterable[Section] = SECTIONS, limits: Limits = LIMITS
) -> str:
    """Return the HTML report of `analysis`: the counts, then each of `sections` that is shown,
    each laying out no more actors than `limits` allows (and saying how many it left out).

    All article and actor text is escaped; the page loads nothing from the network, and its
    Content-Security-Policy lets only its own inline script run.
    """
    return "".join(report_chunks(analysis, sections=sections, limits=limits))


def report_chunks(
    analysis: Analysis, *, sections: Iterable[Section] = SECTIONS, limits: Limits = LIMITS
) -> Iterator[str]:
    """The report of `render_report`, in pieces as the template makes them (to write a large
    report to a file without holding it whole)."""
    script, script_hash = _script()
    template = _environment().get_template("report.html")
    return template.generate(
        page=build_page(build_context(analysis, limits), sections),
        script=script,
        script_hash=script_hash,
        version=__version__,
        schema=SCHEMA_VERSION,
    )
