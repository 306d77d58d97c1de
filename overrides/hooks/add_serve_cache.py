"""`mkdocs serve` only: after a save, pages whose Markdown did not change are not converted again.

MkDocs rebuilds the whole site, both languages, on every save; converting the Markdown of every page is most of
that time. This keeps what the conversion gave for each page (its HTML, contents and anchors) and reuses it when
the page's Markdown, the list of files and the Markdown settings are all unchanged. The other hooks still check
every page on every rebuild. After a rebuild with any warning or error, everything is converted again, so a
problem never hides in the cache. `mkdocs build` (the published site and the tests) always converts everything.
"""

from __future__ import annotations

import hashlib
import logging
import sys
import types

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

SERVING = sys.argv[1:2] == ["serve"]

# The hooks are loaded anew on every rebuild; the cache lives on as a module of its own.
STORE = sys.modules.setdefault("_tp_serve_cache", types.ModuleType("_tp_serve_cache"))
if not hasattr(STORE, "pages"):
    STORE.pages, STORE.warned = {}, False

    class _Warned(logging.Handler):
        """Notes that a rebuild gave a warning or an error."""

        def emit(self, record: logging.LogRecord) -> None:
            STORE.warned = True

    logging.getLogger("mkdocs").addHandler(_Warned(logging.WARNING))


def _key(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """What a page's conversion depends on: its Markdown, its place, the Markdown settings and the list of files."""
    h = hashlib.sha256()
    for part in (
        markdown,
        page.file.src_uri,
        page.file.dest_uri,
        repr(config["markdown_extensions"]),
        repr(config["mdx_configs"]),
        *sorted(f"{f.src_uri}>{f.dest_uri}" for f in files),
    ):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


def on_pre_build(*, config: MkDocsConfig) -> None:
    if STORE.warned:
        STORE.pages.clear()
        STORE.warned = False


@event_priority(-200)  # after every other hook and plugin has changed the Markdown
def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not SERVING:
        return markdown
    page._tp_key = _key(markdown, page, config, files)
    kept = STORE.pages.get(page.file.src_uri)
    if kept and kept[0] == page._tp_key:
        return ""  # nothing to convert: on_page_content puts the kept result back
    return markdown


@event_priority(200)  # before every other hook sees the HTML
def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    key = getattr(page, "_tp_key", None)
    if key is None:
        return html
    kept = STORE.pages.get(page.file.src_uri)
    if kept is None or kept[0] != key:  # converted just now: keep it (one entry per page, the latest)
        links = {to.src_uri: dict(anchors) for to, anchors in (page.links_to_anchors or {}).items()}
        STORE.pages[page.file.src_uri] = (key, html, page.toc, set(page.present_anchor_ids or ()), links)
        return html
    _, html, page.toc, anchors, links = kept
    page.present_anchor_ids = set(anchors)
    page.links_to_anchors = {files.get_file_from_path(uri): dict(a) for uri, a in links.items()}
    return html
