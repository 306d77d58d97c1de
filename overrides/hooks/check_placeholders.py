"""Unfinished text never reaches a reader: "TODO", "FIXME", "XXX", "TBD", "lorem ipsum" and "[invullen]"-style
notes in a page stop the build, naming the file and line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, logger, source_name

log = logger(__file__)
PLACEHOLDER = re.compile(r"\b(TODO|FIXME|XXX+|TBD)\b|lorem ipsum|\[(invullen|nog invullen|fill in|tbd)\]", re.I)
UNFINISHED = Message(
    "unfinished-text",
    "'{word}' is a note for the editors, not text for a reader.",
    "Finish the text or remove the note.",
)
CASE_SENSITIVE = {"todo", "tbd"}  # only in capitals: "tbd" could be part of a name


def problems(markdown: str) -> Iterator[tuple[int, str]]:
    """(line, message) for every note for the editors left in a page's Markdown."""
    for no, line in enumerate(markdown.splitlines(), start=1):
        for match in PLACEHOLDER.finditer(line):
            word = match.group(0)
            if word.lower() in CASE_SENSITIVE and not word.isupper():
                continue
            yield no, UNFINISHED.text(word=word)


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    source = Path(page.file.abs_src_path or "").read_text(encoding="utf-8")
    for no, message in problems(source):
        log.error(f"{source_name(page, config)}:{no}: {message}")
    return markdown
