"""What a reader sees when the report opens in a real (headless) browser."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from rashomon.records import Analysis
from rashomon.report import render_report
from rashomon.report.context import build_context
from rashomon.report.limits import TABLE_ACTORS

from .conftest import crowd

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Page]:
    """A fresh page in headless Chromium; skips when Chromium is missing, unless CI requires it."""
    if shutil.which(CHROMIUM) is None:
        message = f"{CHROMIUM} not found: install Debian's chromium (`make browser`)"
        if os.environ.get("RASHOMON_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()


def _open(page: Page, analysis: Analysis, folder: Path) -> None:
    path = folder / "report.html"
    path.write_text(render_report(analysis), encoding="utf-8")
    page.goto(path.as_uri())


def test_reader_sees_titles_actors_counts_and_marks(
    browser_page: Page, analysis: Analysis, tmp_path: Path
) -> None:
    _open(browser_page, analysis, tmp_path)
    body = browser_page.inner_text("body")
    for text in ("Kessel port strike enters day two", "Union shuts Kessel harbour", "Ilse Varga"):
        assert text in body
    row = browser_page.locator("table.matrix tbody tr", has_text="Port Authority")
    assert [cell.strip() for cell in row.locator("td").all_inner_texts()] == ["", "1"]
    marks = browser_page.locator(".body mark[data-actor]")
    assert marks.count() == len(analysis.mentions)
    assert marks.first.is_visible()
    assert marks.first.inner_text() == "Kessel"


def test_clicking_an_actor_focuses_its_mentions(
    browser_page: Page, analysis: Analysis, tmp_path: Path
) -> None:
    _open(browser_page, analysis, tmp_path)
    browser_page.locator("table.actors button", has_text="Ilse Varga").click()
    focused = browser_page.locator("mark.is-focus")
    assert sorted(focused.all_inner_texts()) == ["Ilse Varga", "Ilse Varga", "Varga"]
    browser_page.keyboard.press("Escape")
    assert browser_page.locator("mark.is-focus").count() == 0


def test_marks_take_the_colour_of_their_actor_kind(
    browser_page: Page, analysis: Analysis, tmp_path: Path
) -> None:
    _open(browser_page, analysis, tmp_path)
    colour = "element => getComputedStyle(element).backgroundColor"
    for name, kind in (("Ilse Varga", "person"), ("Kessel", "location")):
        legend = browser_page.locator(f".legend mark.kind-{kind}").evaluate(colour)
        mark = browser_page.locator(".body mark", has_text=name).first.evaluate(colour)
        assert mark == legend, name


def test_clicking_a_matrix_row_focuses_the_row_and_the_mentions(
    browser_page: Page, analysis: Analysis, tmp_path: Path
) -> None:
    _open(browser_page, analysis, tmp_path)
    browser_page.locator("table.matrix button", has_text="Kessel").click()
    assert browser_page.locator("mark.is-focus").all_inner_texts() == ["Kessel"] * 3
    focused_rows = browser_page.locator("tr.is-focus")
    assert focused_rows.count() == 2  # its row in the actors table and in the matrix
    browser_page.locator("table.matrix button", has_text="Kessel").click()
    assert browser_page.locator("mark.is-focus, tr.is-focus").count() == 0


def test_in_a_large_report_every_mention_of_the_selected_actor_is_focused(
    browser_page: Page, tmp_path: Path
) -> None:
    large = crowd(300)
    top = build_context(large).actors[0]
    _open(browser_page, large, tmp_path)
    browser_page.locator("table.matrix button", has_text=top.name).click()
    focused = browser_page.locator("mark.is-focus")
    assert focused.count() == top.mentions == 4 * 300
    focused.last.scroll_into_view_if_needed()
    assert focused.last.is_visible()
    assert browser_page.locator("details.others li").count() == len(large.actors) - TABLE_ACTORS


def test_injected_script_does_not_run_and_reads_as_text(
    browser_page: Page, hostile: Analysis, tmp_path: Path
) -> None:
    _open(browser_page, hostile, tmp_path)
    browser_page.locator(".card h3").click()  # would follow a `javascript:` link if one existed
    assert browser_page.evaluate("typeof window.__xss") == "undefined"
    body = browser_page.inner_text("body")
    assert "Title <script>window.__xss = 1</script>" in body
    assert "read <script>window.__xss = 1</script> aloud" in body


def test_a_voice_links_to_the_paragraph_of_its_quote(
    browser_page: Page, analysis: Analysis, tmp_path: Path
) -> None:
    _open(browser_page, analysis, tmp_path)
    row = browser_page.locator("table.voices tbody tr", has_text="Ilse Varga")
    assert row.locator("td.num").all_inner_texts()[0] == "1"
    row.locator("ul.quotes a").click()
    target = browser_page.locator(".body p:target")
    assert "We will keep Kessel open" in target.inner_text()
    assert target.is_visible()


def test_facts_show_their_numbers_and_who_states_them(
    browser_page: Page, analysis: Analysis, tmp_path: Path
) -> None:
    _open(browser_page, analysis, tmp_path)
    row = browser_page.locator("table.facts tbody tr")
    assert row.count() == 1
    cells = row.locator("td").all_inner_texts()
    assert cells[1:3] == ["Harbour Post", "2nd day"]
