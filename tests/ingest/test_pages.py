"""Saved news pages as real sites write them: site suffixes in titles, the site as author,
published and updated dates, teasers of other stories, labels, link lists and footers."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.ingest import ingest
from rashomon.ingest.page_title import Site, headline
from rashomon.records import Article
from rashomon.settings import Settings

BODY = """<p>The federal government approved on Friday a new fund of two billion euros for the
country's seaports, which have lost traffic to Rotterdam and Antwerp for a decade.</p>
<p>Transport Minister Karl Brenner said the money would go to dredging the Elbe, new rail links
and cleaner cranes, and that the first projects could start in the summer.</p>
<p>Port operators welcomed the plan but said it came too late for the container lines that had
already moved their Asian services to the Dutch coast.</p>"""
FIRST = "The federal government approved on Friday"
LAST = "moved their Asian services to the Dutch coast."
HEADLINE = "Germany funds its ports"

DW_STYLE = f"""<!DOCTYPE html><html lang="en"><head>
<title>{HEADLINE} | DW | 12.03.2021</title>
<meta property="og:title" content="{HEADLINE} | DW | 12.03.2021">
<meta property="og:site_name" content="DW">
<meta name="author" content="Deutsche Welle">
</head><body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<main><article><a class="section" href="/business">Business</a>
<h1>{HEADLINE}</h1>
<div class="byline">Anna Schmidt</div>
<span class="date">12.03.2021</span>
{BODY}
</article>
<aside><div class="teaser"><time datetime="2021-02-01">01.02.2021</time>
<a href="/d">Shipping lines weigh Baltic routes</a></div></aside>
</main><footer>© 2021 Deutsche Welle</footer></body></html>"""

KULU_STYLE = f"""<!DOCTYPE html><html lang="en"><head>
<title>{HEADLINE} | Kulu Media</title>
<meta name="author" content="Kulu Media">
<meta property="og:site_name" content="Kulu Media">
<meta property="article:modified_time" content="2021-03-15T08:00:00Z">
<meta property="article:published_time" content="2021-03-12T10:00:00Z">
</head><body><main><article>
<p class="category">World</p>
<h1>{HEADLINE}</h1>
<p class="byline">By <a rel="author" href="/writers/amina">Amina Yusuf</a></p>
{BODY}
<p>More on this story</p>
<p><a href="/a">Rotterdam port breaks its record again</a></p>
<p><a href="/b">Elbe dredging row goes to court</a></p>
<p>Read more: <a href="/c">Why the Elbe keeps silting up</a></p>
<p>Our Standards: The Kulu Media Trust Principles.</p>
</article></main></body></html>"""

DASHED = f"""<!DOCTYPE html><html lang="en"><head>
<title>{HEADLINE} - DW - 12.03.2021</title></head><body><main><article>
<h1>{HEADLINE}</h1>
{BODY}
</article></main></body></html>"""

DATE_LINES = f"""<!DOCTYPE html><html lang="en"><head><title>{HEADLINE}</title></head>
<body><main><article><h1>{HEADLINE}</h1>
<div class="meta"><span>Updated 15 March 2021</span><br><span>Published 12 March 2021</span></div>
{BODY}
</article><section class="related"><article><h3><a href="/z">Older story</a></h3>
<time datetime="2020-11-02T10:00">2 November 2020</time></article></section></main></body></html>"""

TEASER_ONLY = f"""<!DOCTYPE html><html lang="en"><head><title>{HEADLINE}</title></head>
<body><main><article><h1>{HEADLINE}</h1>
{BODY}
<p>The last such fund, approved on 3 September 1998, went mostly to Hamburg.</p>
</article><section class="related"><article><h3><a href="/z">Older story</a></h3>
<time datetime="2020-11-02T10:00">2 November 2020</time></article></section></main></body></html>"""


def _article(tmp_path: Path, page: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = ingest([str(path)], Settings())
    assert result.rejected == []
    (article,) = result.articles
    return article


@pytest.mark.parametrize("page", [DW_STYLE, KULU_STYLE, DASHED], ids=["pipes", "site", "dashes"])
def test_site_and_date_suffixes_leave_the_title(tmp_path: Path, page: str) -> None:
    article = _article(tmp_path, page)
    assert article.title == HEADLINE
    assert article.text.startswith(FIRST), "labels and the repeated headline leave the body"
    assert article.text.endswith(LAST)


def test_the_site_name_comes_from_the_title_when_the_page_names_none(tmp_path: Path) -> None:
    assert _article(tmp_path, DASHED).outlet == "DW"


@pytest.mark.parametrize(
    ("page", "author", "outlet"),
    [(DW_STYLE, "Anna Schmidt", "DW"), (KULU_STYLE, "Amina Yusuf", "Kulu Media")],
)
def test_the_named_writer_is_the_author_not_the_site(
    tmp_path: Path, page: str, author: str, outlet: str
) -> None:
    article = _article(tmp_path, page)
    assert (article.author, article.outlet) == (author, outlet)


@pytest.mark.parametrize(
    ("page", "published"),
    [
        (DW_STYLE, "2021-03-12"),
        (KULU_STYLE, "2021-03-12"),
        (DATE_LINES, "2021-03-12"),
        (TEASER_ONLY, None),
    ],
    ids=["title-date", "metadata", "date-lines", "teaser-only"],
)
def test_the_articles_own_published_date(tmp_path: Path, page: str, published: str) -> None:
    """Not the update (15 March), a related teaser's (2 November 2020) or the narrative's."""
    assert _article(tmp_path, page).published == published


def test_link_lists_and_standards_footers_leave_the_end(tmp_path: Path) -> None:
    article = _article(tmp_path, KULU_STYLE)
    assert article.text.endswith(LAST)
    for line in (
        "World",
        "Rotterdam port breaks its record again",
        "Elbe dredging row goes to court",
        "Read more: Why the Elbe keeps silting up",
        "Our Standards: The Kulu Media Trust Principles.",
    ):
        assert line in article.boilerplate
        assert line not in article.text


def test_a_last_paragraph_that_is_no_link_stays(tmp_path: Path) -> None:
    article = _article(tmp_path, TEASER_ONLY)
    assert article.text.endswith("went mostly to Hamburg.")


@pytest.mark.parametrize(
    ("title", "sitename", "url", "expected"),
    [
        ("Ferry strike | Kulu Media", "Kulu Media", None, "Ferry strike"),
        ("Ferry strike | Kulu Media", None, "https://www.kulumedia.example/a", "Ferry strike"),
        ("Kulu Media | Ferry strike", "Kulu Media", None, "Ferry strike"),
        ("Ferry strike - DW - 12.03.2021", "Deutsche Welle", None, "Ferry strike"),
        ("Biden - the man who would not wait", "Kulu Media", None, None),
        ("Ferry strike | KM", "Kulu Media", None, "Ferry strike"),
    ],
)
def test_headline_without_site_segments(
    title: str, sitename: str | None, url: str | None, expected: str | None
) -> None:
    assert headline([title], [], Site.of(sitename, url)) == (expected or title)


@pytest.mark.parametrize(
    ("text", "sitename", "named"),
    [
        ("Deutsche Welle", "DW", True),
        ("Kulu Media", "Kulu Media", True),
        ("KM", "Kulu Media", True),
        ("Karl Mayer", "Kulu Media", False),
        ("Amina Yusuf", "Kulu Media", False),
    ],
)
def test_what_names_the_site(text: str, sitename: str, named: bool) -> None:
    assert Site.of(sitename, None).named_by(text) is named
