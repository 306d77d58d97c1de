"""Append the glossary's abbreviations of the page's language (docs/includes/abbreviations.<lang>.md),
so abbreviations on every page explain themselves on hover and for screen readers. Only the first use
of each abbreviation on a page carries the explanation (as in print); later uses stay plain text, which
keeps long pages light. An abbreviation in a term of a definition list (<dt>, as in the glossary) is explained
by the definition right below it, so it carries none either (about 0.6 KiB less on the glossary)."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

INCLUDES = Path(__file__).resolve().parents[2] / "docs" / "includes"
ABBR = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')
TERM = re.compile(r"(<dt>.*?</dt>)", re.S)


def with_glossary(markdown: str, lang: str, includes: Path = INCLUDES) -> str:
    """The page's Markdown with the abbreviation lines of its language appended (if that language has them)."""
    extra = includes / f"abbreviations.{lang}.md"
    if extra.is_file():
        return markdown.rstrip() + "\n\n" + extra.read_text(encoding="utf-8")
    return markdown


def first_uses_only(html: str) -> str:
    """The page's HTML with only the first use of each abbreviation explained, and none in a definition's term."""
    seen: set[str] = set()

    def first_only(match: re.Match) -> str:
        """The <abbr> the first time its word comes, plain text after that."""
        if match.group(1) in seen:
            return match.group(1)
        seen.add(match.group(1))
        return match.group(0)

    def plain(match: re.Match) -> str:
        """Plain text: in a term, explained by the definition below it."""
        seen.add(match.group(1))
        return match.group(1)

    # In page order: the parts at odd positions are terms of a definition list.
    parts = TERM.split(html)
    return "".join(ABBR.sub(plain if i % 2 else first_only, part) for i, part in enumerate(parts))


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return with_glossary(markdown, page.file.src_uri.split("/", 1)[0])


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return first_uses_only(html)
