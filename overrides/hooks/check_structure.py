"""Page structure: exactly one H1, headings that do not skip a level, and no empty pages."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, line_of, logger, source_name

log = logger(__file__)
HEADING = re.compile(r"<h([1-6])[^>]*>(.*?)</h\1>", re.S)
TAGS = re.compile(r"<[^>]+>")
MIN_WORDS = 30
H1_COUNT = Message(
    "one-main-heading",
    "the page has {count} main headings ('# ...'); it needs exactly one, at the top.",
    "Use '## ' for the other headings.",
)
SKIPPED = Message(
    "heading-level-skipped",
    "heading '{text}' is level {level} ('{marks} ') right after a level {previous} heading.",
    "Use '{fix} ' so no level is skipped.",
)
EMPTY = Message(
    "page-empty",
    "the page is (almost) empty ({words} words).",
    "Write the text, or take the page out of both languages and the nav.",
)


def problems(html: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """(texts to find the line by, message) for every structure problem of a page's HTML; no text: line 1."""
    headings = [(int(level), TAGS.sub("", text).strip()) for level, text in HEADING.findall(html)]
    h1 = [text for level, text in headings if level == 1]
    if len(h1) != 1:
        yield tuple(f"# {t}" for t in h1[1:2]), H1_COUNT.text(count=len(h1))
    previous = 1
    for level, text in headings:
        if level > previous + 1:
            yield (
                (text,),
                SKIPPED.text(text=text, level=level, marks="#" * level, previous=previous, fix="#" * (previous + 1)),
            )
        previous = level
    words = len(TAGS.sub(" ", html).split())
    if words < MIN_WORDS:
        yield (), EMPTY.text(words=words)


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    name = source_name(page, config)
    for needles, message in problems(html):
        log.error(f"{name}:{line_of(page, *needles) if needles else 1}: {message}")
    return html
