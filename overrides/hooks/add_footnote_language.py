"""The link back from a source to the sentence it supports says so in the page's language: Python-Markdown writes
"Jump back to footnote 1 in the text" on every page, also on Dutch ones, where a screen reader would read English.
The words come from extra.labels.<lang>.footnote_back in mkdocs.yml."""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

BACKLINK_TITLE = re.compile(r'title="Jump back to footnote \d+ in the text"')


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    label = config.extra["labels"][config.theme["language"]]["footnote_back"]
    return BACKLINK_TITLE.sub(f'title="{label}"', html)
