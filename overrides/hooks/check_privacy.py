"""Privacy and safety of page content: nothing in a page may load from another host, run script or send what a
reader types, whatever Markdown or HTML is pasted in (embeds, widgets, fonts, tracking pixels, inline handlers,
forms, <base>, <meta http-equiv>), however it is written. Plain links (<a href="https://...">) to other sites
are allowed. The HTML is read by shared.py, with a real HTML parser."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Element, Message, elements, line_of, logger, source_name, urls

log = logger(__file__)
FORBIDDEN_TAGS = {
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "link",
    "meta",
    "base",
    "style",
    "video",
    "audio",
    "source",
    "track",
    "portal",
    "svg",
    "form",
    "image",
    "use",
}
REMOTE = re.compile(r"^(https?:)?//|^(javascript|data|vbscript):", re.I)
CSS_LOADS = re.compile(r"url\s*\(|@import|expression\s*\(|image-set\s*\(", re.I)
FIX = (
    "Pages may not load anything from other websites, run scripts or send what readers type (their privacy). "
    "Use a plain link instead: [text](https://...)."
)
ELEMENT = Message(
    "element-not-allowed", "a <{tag}> element is not allowed in a page (it can load, run or send something).", FIX
)
HANDLER = Message("script-handler", "the <{tag}> element has a script handler ({name}=...).", FIX)
SCRIPT_LINK = Message("script-link", "a link runs script or carries a file (javascript: or data:).", FIX)
REMOTE_LOAD = Message("loads-from-another-host", '<{tag} {name}="{address}"> loads something from another host.', FIX)
STYLE_LOADS = Message("style-loads-a-file", "a style on <{tag}> loads a file (url(...) / @import).", FIX)


def problems_of(element: Element) -> Iterator[tuple[str, str]]:
    """(text to find the line by, message) for one element."""
    tag = element.tag
    if tag in FORBIDDEN_TAGS:
        yield f"<{tag}", ELEMENT.text(tag=tag)
    for name in element.attrs:
        if name.startswith("on"):
            yield name, HANDLER.text(tag=tag, name=name)
    for name, address in urls(element):
        if tag == "a" and name == "href":
            if address.lower().startswith(("javascript:", "vbscript:", "data:")):
                yield address, SCRIPT_LINK.text()
        elif REMOTE.search(address):
            yield address, REMOTE_LOAD.text(tag=tag, name=name, address=address)
    style = element.attrs.get("style", "")
    if CSS_LOADS.search(style):
        yield "style", STYLE_LOADS.text(tag=tag)
    if tag == "style" and CSS_LOADS.search(element.text):
        yield "<style", STYLE_LOADS.text(tag=tag)


def problems(html: str) -> Iterator[tuple[str, str]]:
    """(text to find the line by, message) for every element of a page's HTML."""
    for element in elements(html):
        yield from problems_of(element)


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    name = source_name(page, config)
    for needle, message in problems(html):
        log.error(f"{name}:{line_of(page, needle)}: {message}")
    return html
