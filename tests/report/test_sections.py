"""The page is its registered sections: contents, order, visibility, and adding one."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest
from jinja2 import ChoiceLoader, DictLoader

from rashomon.records import Analysis
from rashomon.report import html, render_report
from rashomon.report.context import ReportContext
from rashomon.report.section import Section
from rashomon.report.sections import SECTIONS

from .conftest import PAYLOAD

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


class _Outline(HTMLParser):
    """Collects the table of contents (href, text) and the ids of the page's sections."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.contents: list[tuple[str, str]] = []
        self.sections: list[str] = []
        self._href: str | None = None
        self._in_contents = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "nav":
            self._in_contents = "toc" in (attributes.get("class") or "")
        if tag == "a" and self._in_contents and (attributes.get("href") or "").startswith("#"):
            self._href = attributes["href"]
        if tag == "section":
            self.sections.append(attributes.get("id") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._href = None
        if tag == "nav":
            self._in_contents = False

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self.contents.append((self._href, data))


def _outline(page: str) -> _Outline:
    outline = _Outline()
    outline.feed(page)
    return outline


@dataclass(frozen=True, slots=True)
class _ProbeView:
    """The view of a minimal section declared only in these tests."""

    note: str


def _probe_view(context: ReportContext) -> _ProbeView:
    return _ProbeView(f"{context.articles[0].label} {PAYLOAD}")


PROBE = Section(anchor="probe", label="Probe", template="section_probe.html", build=_probe_view)
PROBE_TEMPLATE = '  <h2>Probe</h2>\n  <p class="probe">{{ view.note }}</p>\n'


@pytest.fixture
def probe_template(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the report's template environment also find the probe section's template."""
    environment = html._environment()
    assert environment.loader is not None
    probe = DictLoader({PROBE.template: PROBE_TEMPLATE})
    monkeypatch.setattr(environment, "loader", ChoiceLoader([probe, environment.loader]))


def test_contents_list_every_shown_section_in_registry_order(analysis: Analysis) -> None:
    outline = _outline(render_report(analysis))
    assert outline.contents == [(f"#{section.anchor}", section.label) for section in SECTIONS]
    assert outline.sections == [section.anchor for section in SECTIONS]


def test_rejected_section_is_absent_when_nothing_was_rejected(analysis: Analysis) -> None:
    page = render_report(replace(analysis, rejected=()))
    outline = _outline(page)
    expected = [section.anchor for section in SECTIONS if section.anchor != "rejected"]
    assert [href for href, _ in outline.contents] == [f"#{anchor}" for anchor in expected]
    assert outline.sections == expected
    assert "Rejected inputs" not in page


@pytest.mark.usefixtures("probe_template")
def test_section_added_to_the_registry_renders_in_its_place(analysis: Analysis) -> None:
    sections = (SECTIONS[0], PROBE, *SECTIONS[1:])
    page = render_report(analysis, sections=sections)
    outline = _outline(page)
    assert outline.contents == [(f"#{section.anchor}", section.label) for section in sections]
    assert outline.sections == [section.anchor for section in sections]
    assert '<p class="probe">A1 &lt;script&gt;window.__xss = 1&lt;/script&gt;</p>' in page
    assert page.index('id="sources"') < page.index('id="probe"') < page.index('id="actors"')


@pytest.mark.usefixtures("probe_template")
def test_section_that_is_not_shown_is_left_out_of_contents_and_page(analysis: Analysis) -> None:
    hidden = replace(PROBE, shown=lambda context: False)
    page = render_report(analysis, sections=(*SECTIONS, hidden))
    assert render_report(analysis) == page
    assert "probe" not in page.casefold()


@pytest.mark.parametrize("section", SECTIONS, ids=lambda section: section.anchor)
def test_every_section_template_exists_and_ships_in_the_package(section: Section) -> None:
    assert files("rashomon.report").joinpath("templates", section.template).is_file()
    shipped = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    path = f"report/templates/{section.template}"
    assert any(fnmatch(path, pattern) for pattern in shipped["rashomon"]), path


def test_section_anchors_are_unique() -> None:
    anchors = [section.anchor for section in SECTIONS]
    assert len(anchors) == len(set(anchors))
