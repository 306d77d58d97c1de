"""The decision aid (keuzehulp): a table right after the line `<!-- keuzehulp -->` becomes one. The comment is
dropped and the table gets data-tp-compare; assets/js/compare.js then offers a checkbox per row, to see two or
three options side by side. Its words (extra.labels, compare_*) are written into the built compare.js, not into
the page: that page is close to its weight limit. This step reads the marker it transforms, so a marker that no
table follows stops the build with the file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, line_of, logger, source_name

log = logger(__file__)
MARKER = re.compile(r"<!--\s*keuzehulp\s*-->")
MARKED_TABLE = re.compile(r"<!--\s*keuzehulp\s*-->\s*<table\b")
WORD_KEYS = ("compare_pick", "compare_all", "compare_shown")  # extra.labels.<lang>, in this order
NO_TABLE = Message(
    "keuzehulp-without-table",
    "the line `<!-- keuzehulp -->` is not followed by a table.",
    "Put it on a line of its own, right above the table's first line.",
)


def marked(html: str) -> tuple[str, bool]:
    """(the HTML with each marked table made a decision aid and the markers gone, whether every marker had its
    table)."""
    complete = len(MARKER.findall(html)) == len(MARKED_TABLE.findall(html))
    return MARKER.sub("", MARKED_TABLE.sub("<table data-tp-compare", html)), complete


def with_words(script: str, labels: dict[str, dict[str, str]]) -> str:
    """compare.js with the decision aid's words per language put in (its source has `var WORDS = {};`)."""
    words = {lang: [words.get(key, "") for key in WORD_KEYS] for lang, words in labels.items()}
    return script.replace("var WORDS = {};", f"var WORDS = {json.dumps(words, ensure_ascii=False)};", 1)


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not MARKER.search(html):
        return html
    html, complete = marked(html)
    if not complete:
        log.error(f"{source_name(page, config)}:{line_of(page, 'keuzehulp')}: {NO_TABLE.text()}")
    return html


def on_post_build(*, config: MkDocsConfig) -> None:
    script = Path(config.site_dir) / "assets" / "js" / "compare.js"
    if script.is_file():
        text = script.read_text(encoding="utf-8")
        script.write_text(with_words(text, config.extra.get("labels") or {}), encoding="utf-8")
