"""Images: every image has alt text (or is marked decorative with { .decorative }), is a local file, and is
small. An image file over 30 KiB stops the build: the whole page, on a first visit, may cost 80 KiB on a slow
phone connection. The images are read by shared.py, with a real HTML parser. (MkDocs itself reports a local image
that does not exist; add_image_sizes.py gives each image its size and lazy loading.)"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Element, Message, elements, line_of, logger, source_name

log = logger(__file__)
MAX_BYTES = 30 * 1024
REMOTE = re.compile(r"^(https?:)?//|^data:", re.I)
REMOTE_IMAGE = Message(
    "image-from-another-site",
    "image '{src}' comes from another website.",
    "Save the image in docs/assets/images/ and link to that file: nothing may load from another host.",
)
NO_ALT = Message(
    "image-without-alt",
    "image '{src}' has no alt text.",
    "Describe it: ![What the image shows]({src}), or mark a purely decorative image: ![]({src}){{ .decorative }}",
)
BIG_IMAGE = Message(
    "image-too-big",
    "image '{src}' is {size} KiB; an image may be at most {most} KiB, so the page still "
    "opens quickly on a slow phone connection.",
    "Make it smaller: at most 800 pixels wide, saved as WebP or JPEG (quality about 75).",
)


def problems_of(image: Element, size: int | None) -> Iterator[str]:
    """The messages for one <img>; size: the bytes of its local file (None when there is none)."""
    src = image.attrs.get("src", "")
    if REMOTE.search(src):
        yield REMOTE_IMAGE.text(src=src)
        return
    if not image.attrs.get("alt", "").strip() and "decorative" not in image.attrs.get("class", "").split():
        yield NO_ALT.text(src=src)
    if size is not None and size > MAX_BYTES:
        yield BIG_IMAGE.text(src=src, size=f"{size / 1024:.0f}", most=MAX_BYTES // 1024)


def local_file(src: str, page: Page, files: Files) -> Path | None:
    """The source file of an image the page links to, or None (another site, or a file MkDocs reports missing)."""
    if REMOTE.search(src):
        return None
    dest = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.dest_uri), src))
    file = next((f for f in files if f.dest_uri == dest), None)
    return Path(file.abs_src_path) if file and file.abs_src_path else None


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    name = source_name(page, config)
    for image in (e for e in elements(html) if e.tag == "img"):
        src = image.attrs.get("src", "")
        path = local_file(src, page, files)
        for message in problems_of(image, path.stat().st_size if path else None):
            log.error(f"{name}:{line_of(page, src.split('/')[-1] if src else '![')}: {message}")
    return html
