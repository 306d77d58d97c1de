"""Tables that fit a phone. Editors write plain Markdown tables. On a narrow screen a table of three or more columns
becomes one card per row (CSS in extra.css, "tables"): each cell then shows its column's name, which this hook
copies from the table's header into the cell as data-label="...". The table stays a real table (Material's look and
its scroll box on wide screens are untouched): no class is added, because Material styles and wraps only tables
without one. Tables of two columns fit a phone as they are and get no labels (fewer bytes). To pay for the labels,
the built page leaves out the end tags </td>, </th> and </tr>, which HTML lets a page omit (the browser closes the
cell)."""

from __future__ import annotations

import re
from html import escape, unescape

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.S)
HEAD_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
ROW = re.compile(r"<tr\b[^>]*>.*?</tr>", re.S)
CELL = re.compile(r"<td\b")
OPTIONAL_END = re.compile(r"</t[dhr]>\n?")
FOOTNOTE_REF = re.compile(r"<sup\b.*?</sup>", re.S)
TAG = re.compile(r"<[^>]+>")
MIN_COLUMNS = 3


def header_texts(table: str) -> list[str]:
    """The text of each header cell, as a reader sees it (no footnote number, no markup), ready for an attribute."""
    head = table.split("</thead>", 1)[0]
    texts = [" ".join(unescape(TAG.sub("", FOOTNOTE_REF.sub("", cell))).split()) for cell in HEAD_CELL.findall(head)]
    return [escape(text) for text in texts]


def with_labels(table: str) -> str:
    """Every <td> gets data-label with its column's header text (tables of MIN_COLUMNS columns or more)."""
    labels = header_texts(table)
    if len(labels) < MIN_COLUMNS:
        return table

    def label_row(row: re.Match) -> str:
        """One row with its cells labelled in column order."""
        cells = iter(labels)
        return CELL.sub(lambda td: f'<td data-label="{next(cells, "")}"', row.group(0))

    return ROW.sub(label_row, table)


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return TABLE.sub(lambda table: with_labels(table.group(0)), html)


def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    """Drop the optional end tags inside tables (about 40 bytes compressed on a page with two tables)."""
    return TABLE.sub(lambda table: OPTIONAL_END.sub("", table.group(0)), output)
