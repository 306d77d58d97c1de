"""Jinja filters the templates need: dates in the reader's language and short Markdown snippets from mkdocs.yml.
Also a cache for the compiled templates, so a rebuild (every save in `mkdocs serve`) does not compile Material's
templates again: Jinja keeps them in the user's temporary folder and compiles a template anew when it changes."""

import datetime
from functools import lru_cache

import markdown
from babel.dates import format_date
from jinja2 import FileSystemBytecodeCache

# en_GB writes "22 November 2026"; nl writes "22 november 2026".
DATE_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def long_date(value, lang="nl"):
    if not isinstance(value, datetime.date):
        return value
    return format_date(value, format="long", locale=DATE_LOCALES.get(lang, lang))


@lru_cache(maxsize=256)  # the same crisis lines on every page: convert each once
def _inline_md(text):
    """Render one line of Markdown (bold, links) without the surrounding <p>."""
    html = markdown.markdown(str(text))
    if html.startswith("<p>") and html.endswith("</p>"):
        html = html[3:-4]
    return html


def inline_md(text):
    return _inline_md(str(text))


def on_env(env, config, files):
    env.bytecode_cache = FileSystemBytecodeCache()
    env.filters["long_date"] = long_date
    env.filters["inline_md"] = inline_md
    return env
