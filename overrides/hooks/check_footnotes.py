"""Sources: every footnote reference [^key] has its definition ([^key]: ...) and every definition is used, or a
reader sees a bare "[^key]" or a source that supports nothing. A page about illness or treatment names at least
three sources (pages that need none are listed in mkdocs.yml, extra.checks.pages_without_sources)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, logger, source_name

log = logger(__file__)
DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:", re.M)
REFERENCE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
MIN_SOURCES = 3
NO_SOURCE = Message(
    "footnote-without-source",
    "the footnote [^{key}] has no source: readers would see '[^{key}]'.",
    "Add a line '[^{key}]: Author or organisation. *Title*. Year. <https://...>' at the end of the page.",
)
UNUSED = Message(
    "source-not-used",
    "the source [^{key}] is never referred to.",
    "Put [^{key}] after the sentence it supports, or remove the source.",
)
TOO_FEW = Message(
    "too-few-sources",
    "the page names {count} source(s); a page about illness or treatment needs at least {least}.",
    "Add footnotes to the facts, or list the page in mkdocs.yml under extra.checks.pages_without_sources "
    "if it gives no medical facts.",
)


def problems(markdown: str, needs_sources: bool) -> Iterator[tuple[int, str]]:
    """(line, message) for every footnote problem of a page's Markdown."""
    text = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), markdown)
    lines = text.splitlines()
    defined: dict[str, int] = {}
    used: dict[str, int] = {}
    for no, line in enumerate(lines, start=1):
        definition = DEFINITION.match(line)
        if definition:
            defined.setdefault(definition.group(1), no)
            line = line[definition.end() :]
        for ref in REFERENCE.finditer(line):
            used.setdefault(ref.group(1), no)
    for key, no in used.items():
        if key not in defined:
            yield no, NO_SOURCE.text(key=key)
    for key, no in defined.items():
        if key not in used:
            yield no, UNUSED.text(key=key)
    if needs_sources and len(defined) < MIN_SOURCES:
        yield 1, TOO_FEW.text(count=len(defined), least=MIN_SOURCES)


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    exempt = set((config.extra.get("checks") or {}).get("pages_without_sources") or [])
    source = Path(page.file.abs_src_path or "").read_text(encoding="utf-8")
    for no, message in problems(source, Path(page.file.src_uri).name not in exempt):
        log.error(f"{source_name(page, config)}:{no}: {message}")
    return markdown
