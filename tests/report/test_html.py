"""What the HTML report contains, and what it must never contain."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

from rashomon.records import Analysis
from rashomon.report import render_report
from rashomon.report.context import build_context


class _Page(HTMLParser):
    """Collects marks (with their text), resource URLs, links and matrix cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.resources: list[str] = []
        self.links: list[str] = []
        self.scripts = 0
        self._mark: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if attributes.get("src"):
            self.resources.append(attributes["src"] or "")
        if tag == "link" and attributes.get("href"):
            self.resources.append(attributes["href"] or "")
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"] or "")
        if tag == "mark" and attributes.get("data-actor"):
            self._mark, self._text = attributes, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark, "".join(self._text)))
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_report_shows_counts_sources_actors_and_rejects(analysis: Analysis) -> None:
    html = render_report(analysis)
    assert html.startswith("<!DOCTYPE html>")
    for piece in (
        "<strong>2</strong> articles",
        "<strong>1</strong> duplicates",
        "<strong>5</strong> actors",
        f"<strong>{len(analysis.mentions)}</strong> mentions",
        "Kessel port strike enters day two",
        "Union shuts Kessel harbour",
        "Harbour Post",
        "Coast Herald",
        "Desk Reporter",
        "2031-03-04",
        "Duplicate of A1",
        "Dockworkers&#39; Union",
        "notes.pdf",
        "binary file, not text",
    ):
        assert piece in html, piece


def test_actor_table_names_affiliation_and_country(analysis: Analysis) -> None:
    html = render_report(analysis)
    row = _row(html, "actors", "Port Authority", analysis)
    assert "Organization" in row
    assert "<td>Kessel</td>" in row
    varga = _row(html, "actors", "Ilse Varga", analysis)
    assert '<td class="aliases">Varga</td>' in varga
    assert '<td class="code">VLD</td>' in varga


def test_matrix_shows_counts_and_blank_for_zero(analysis: Analysis) -> None:
    html = render_report(analysis)
    cells = _row(html, "matrix", "Ilse Varga", analysis).split("<td")[1:]
    assert [cell[cell.index(">") + 1 : cell.index("</td>")] for cell in cells] == ["2", "1"]
    cells = _row(html, "matrix", "Port Authority", analysis).split("<td")[1:]
    assert [cell[cell.index(">") + 1 : cell.index("</td>")] for cell in cells] == ["", "1"]


def test_marked_text_equals_each_mention(analysis: Analysis) -> None:
    page = _parse(render_report(analysis))
    keys = build_context(analysis).keys
    names = {keys[actor.id]: actor.name for actor in analysis.actors}
    expected = [(keys[mention.actor], mention.text) for mention in analysis.mentions]
    found = [(attributes["data-actor"] or "", text) for attributes, text in page.marks]
    assert sorted(found) == sorted(expected)
    for attributes, text in page.marks:
        name = names[attributes["data-actor"] or ""]
        assert attributes.get("title") == (None if text == name else name), text
    assert ("Varga", "Ilse Varga") in {(text, attrs.get("title")) for attrs, text in page.marks}


def test_a_title_mention_never_marks_the_text(analysis: Analysis) -> None:
    first = analysis.mentions[0]
    title = replace(first, span=(0, len(first.text)), field="title")
    marked = _parse(render_report(replace(analysis, mentions=(*analysis.mentions, title)))).marks
    assert len(marked) == len(analysis.mentions)


def test_missing_title_reads_untitled(analysis: Analysis) -> None:
    assert "Untitled" not in render_report(analysis)
    untitled = replace(analysis, articles=(replace(analysis.articles[1], title=None),))
    assert "Untitled" in render_report(untitled)


def test_injected_markup_is_escaped_everywhere(hostile: Analysis) -> None:
    html = render_report(hostile)
    page = _parse(html)
    assert "<script>window.__xss" not in html
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html
    assert page.scripts == 1
    for field in ("Title ", "Outlet ", "Author ", "Varga ", "alias ", "reason ", "in"):
        assert f"{field}&lt;script&gt;" in html, field
    assert "javascript:" not in " ".join(page.links)


def test_page_loads_nothing_from_the_network(analysis: Analysis) -> None:
    html = render_report(analysis)
    page = _parse(html)
    assert page.resources == []
    assert "@import" not in html
    assert "url(" not in html
    assert "https://herald.example/strike" in page.links
    assert "default-src 'none'" in html


def _row(html: str, table: str, name: str, analysis: Analysis) -> str:
    """The row of `table` (its class) whose button selects the actor called `name`."""
    actor = next(actor.id for actor in analysis.actors if actor.name == name)
    body = html[html.index(f'<table class="{table}">') :]
    body = body[: body.index("</table>")]
    button = body.index(f'data-actor="{build_context(analysis).keys[actor]}"')
    return body[body.rindex("<tr", 0, button) : body.index("</tr>", button)]
