"""Append the glossary's abbreviations of the page's language (docs/includes/abbreviations.<lang>.md),
so every abbreviation on every page explains itself on hover and for screen readers."""
from pathlib import Path

INCLUDES = Path(__file__).resolve().parents[2] / "docs" / "includes"


def on_page_markdown(markdown, page, config, files):
    lang = page.file.src_uri.split("/", 1)[0]
    extra = INCLUDES / f"abbreviations.{lang}.md"
    if extra.is_file():
        markdown = markdown.rstrip() + "\n\n" + extra.read_text(encoding="utf-8")
    return markdown
