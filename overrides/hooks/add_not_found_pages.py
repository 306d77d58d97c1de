"""One "page not found" page per language: /404.html in Dutch and /<lang>/404.html for the others.

MkDocs writes 404.html to the site root on every language build, so the last language would win.
After each language's build (before the i18n plugin starts the next language) the page is moved
to that language's folder, and the default language's page is put back at the root."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from shared import languages

_default_page: dict[str, bytes] = {}  # the default language's 404.html, kept while the other languages build


@event_priority(100)
def on_post_build(*, config: MkDocsConfig) -> None:
    lang = config.theme["language"]
    page = Path(config.site_dir) / "404.html"
    if not page.is_file():
        return
    if lang == languages(config)[0]:
        _default_page["html"] = page.read_bytes()
        return
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.replace(target)
    if "html" in _default_page:
        page.write_bytes(_default_page["html"])
