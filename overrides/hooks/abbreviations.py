"""Append the glossary's abbreviations of the page's language (docs/includes/abbreviations.<lang>.md),
so abbreviations on every page explain themselves on hover and for screen readers. Only the first use
of each abbreviation on a page carries the explanation (as in print); later uses stay plain text, which
keeps long pages light."""
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


def on_page_content(html, page, config, files):
    seen = set()

    def first_only(match):
        if match.group(1) in seen:
            return match.group(1)
        seen.add(match.group(1))
        return match.group(0)

    return ABBR.sub(first_only, html)
