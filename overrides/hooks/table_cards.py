"""Tables that fit a phone, and the decision aid (keuzehulp).

Editors write plain Markdown tables. On a narrow screen a table of three or more columns becomes one card per row
(CSS in extra.css, "tables"): each cell then shows its column's name, which this hook copies from the table's
header into the cell as data-label="...". The table stays a real table (Material's look and its scroll box on
wide screens are untouched): no class is added, because Material styles and wraps only tables without one.
Tables of two columns fit a phone as they are and get no labels (fewer bytes). To pay for the labels, the built
page leaves out the end tags </td>, </th> and </tr>, which HTML lets a page omit (the browser closes the cell).

A table right after the line `<!-- keuzehulp -->` becomes a decision aid: the comment
is dropped and the table gets data-tp-compare; assets/js/compare.js then offers a checkbox per row, to see two or
three options side by side. Its words (extra.labels, compare_*) are written into the built compare.js, not into
the page: that page is close to its weight limit."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from report import Message, line_of, logger, source_name

log = logger("table_cards")
TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.S)
HEAD_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
ROW = re.compile(r"<tr\b[^>]*>.*?</tr>", re.S)
CELL = re.compile(r"<td\b")
OPTIONAL_END = re.compile(r"</t[dhr]>\n?")
FOOTNOTE_REF = re.compile(r"<sup\b.*?</sup>", re.S)
TAG = re.compile(r"<[^>]+>")
MARKER = re.compile(r"<!--\s*keuzehulp\s*-->")
MARKED_TABLE = re.compile(r"<!--\s*keuzehulp\s*-->\s*<table\b")
MIN_COLUMNS = 3
WORD_KEYS = ("compare_pick", "compare_all", "compare_shown")  # extra.labels.<lang>, in this order
NO_TABLE = Message(
    "keuzehulp-without-table",
    "the line `<!-- keuzehulp -->` is not followed by a table.",
    "Put it on a line of its own, right above the table's first line.",
)


def header_texts(table: str) -> list[str]:
    """The text of each header cell, as a reader sees it (no footnote number, no markup), ready for an attribute."""
    head = table.split("</thead>", 1)[0]
    texts = [
        " ".join(html.unescape(TAG.sub("", FOOTNOTE_REF.sub("", cell))).split()) for cell in HEAD_CELL.findall(head)
    ]
    return [html.escape(text) for text in texts]


def with_labels(table: str) -> str:
    """Every <td> gets data-label with its column's header text (tables of MIN_COLUMNS columns or more)."""
    labels = header_texts(table)
    if len(labels) < MIN_COLUMNS:
        return table

    def label_row(row: re.Match) -> str:
        cells = iter(labels)
        return CELL.sub(lambda td: f'<td data-label="{next(cells, "")}"', row.group(0))

    return ROW.sub(label_row, table)


def on_page_content(html_text: str, page, config, files) -> str:
    """Label the cells of every wide table; mark the table under <!-- keuzehulp --> as a decision aid."""
    if MARKER.search(html_text):
        if len(MARKER.findall(html_text)) > len(MARKED_TABLE.findall(html_text)):
            log.error(f"{source_name(page, config)}:{line_of(page, 'keuzehulp')}: {NO_TABLE.text()}")
        html_text = MARKER.sub("", MARKED_TABLE.sub("<table data-tp-compare", html_text))
    return TABLE.sub(lambda table: with_labels(table.group(0)), html_text)


def on_post_page(output: str, page, config) -> str:
    """Drop the optional end tags inside tables (about 40 bytes compressed on a page with two tables)."""
    return TABLE.sub(lambda table: OPTIONAL_END.sub("", table.group(0)), output)


def on_post_build(config) -> None:
    """Put the decision aid's words, per language, into the built compare.js (its source has `var WORDS = {};`)."""
    script = Path(config.site_dir) / "assets" / "js" / "compare.js"
    if not script.is_file():
        return
    words = {
        lang: [labels.get(key, "") for key in WORD_KEYS] for lang, labels in (config.extra.get("labels") or {}).items()
    }
    text = script.read_text(encoding="utf-8")
    script.write_text(
        text.replace("var WORDS = {};", f"var WORDS = {json.dumps(words, ensure_ascii=False)};", 1), encoding="utf-8"
    )
