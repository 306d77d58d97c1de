"""Puts the fill-in treatment overview where a page has <div id="tp-overview"></div> (the appointment page).
The form's words come from extra.overview in mkdocs.yml, per language; the markup from
overrides/partials/overview-form.html. Where this hook does not run, the empty div simply shows nothing."""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

MARKER = re.compile(r'<div id="tp-overview"></div>')


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not MARKER.search(html):
        return html
    lang = page.file.src_uri.split("/", 1)[0]
    form = config.theme.get_env().get_template("partials/overview-form.html").render(config=config, lang=lang)
    return MARKER.sub(lambda _: form, html, count=1)
