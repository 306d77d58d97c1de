"""Append the glossary's abbreviations of the page's language (docs/includes/abbreviations.<lang>.md),
so abbreviations on every page explain themselves on hover and for screen readers. Only the first use
of each abbreviation on a page carries the explanation (as in print); later uses stay plain text, which
keeps long pages light. An abbreviation in a term of a definition list (<dt>, as in the glossary) is explained
by the definition right below it, so it carries none either (about 0.6 KiB less on the glossary)."""

import re
from pathlib import Path

INCLUDES = Path(__file__).resolve().parents[2] / "docs" / "includes"


def on_page_markdown(markdown, page, config, files):
    lang = page.file.src_uri.split("/", 1)[0]
    extra = INCLUDES / f"abbreviations.{lang}.md"
    if extra.is_file():
        markdown = markdown.rstrip() + "\n\n" + extra.read_text(encoding="utf-8")
    return markdown


ABBR = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')
TERM = re.compile(r"(<dt>.*?</dt>)", re.S)


def on_page_content(html, page, config, files):
    seen = set()

    def first_only(match):
        if match.group(1) in seen:
            return match.group(1)
        seen.add(match.group(1))
        return match.group(0)

    def plain(match):
        seen.add(match.group(1))
        return match.group(1)

    # In page order: the parts at odd positions are terms of a definition list.
    parts = TERM.split(html)
    return "".join(ABBR.sub(plain if i % 2 else first_only, part) for i, part in enumerate(parts))
