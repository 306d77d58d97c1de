"""Jinja filters the templates need: dates in the reader's language (long_date) and short Markdown snippets from
mkdocs.yml, such as the crisis lines (inline_md)."""

from __future__ import annotations

import datetime
from functools import lru_cache

import markdown
from babel.dates import format_date
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

# en_GB writes "22 November 2026"; nl writes "22 november 2026".
DATE_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def long_date(value: object, lang: str = "nl") -> object:
    """A date written out in the language ("22 november 2026"); anything else as it is."""
    if not isinstance(value, datetime.date):
        return value
    return format_date(value, format="long", locale=DATE_LOCALES.get(lang, lang))


@lru_cache(maxsize=256)  # the same crisis lines on every page: convert each once
def _inline_md(text: str) -> str:
    """Render one line of Markdown (bold, links) without the surrounding <p>."""
    html = markdown.markdown(text)
    if html.startswith("<p>") and html.endswith("</p>"):
        html = html[3:-4]
    return html


def inline_md(text: object) -> str:
    """The inline_md filter: any value, as one line of Markdown."""
    return _inline_md(str(text))


def on_env(env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
    env.filters["long_date"] = long_date
    env.filters["inline_md"] = inline_md
    return env
