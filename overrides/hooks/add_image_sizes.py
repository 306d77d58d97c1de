"""Each local image gets its width and height from the file (the page does not jump while it loads) and loads only
when the reader scrolls near it (loading="lazy", decoding="async"). check_images.py checks the images themselves."""

from __future__ import annotations

import re
from pathlib import Path

import imagesize
from check_images import local_file
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

IMG = re.compile(r"<img\b[^>]*>", re.I)
ATTR = re.compile(r'([\w:-]+)\s*=\s*("([^"]*)"|\'([^\']*)\')')
SVG_ROOT = re.compile(rb"<svg\b[^>]*>")
PIXELS = re.compile(r"^\s*([\d.]+)\s*(px)?\s*$")


def attrs(tag: str) -> dict[str, str]:
    """The quoted attributes of one tag, names in lower case."""
    return {m.group(1).lower(): m.group(3) if m.group(3) is not None else m.group(4) for m in ATTR.finditer(tag)}


def svg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of an SVG: its root's width and height in pixels, else its viewBox; None if neither.
    By hand: imagesize 2.0.1 takes a child's width (a <rect width="1">) and ignores viewBox (-1, -1)."""
    root = SVG_ROOT.search(data)
    if not root:
        return None
    a = attrs(root.group(0).decode("utf-8", "replace"))
    width, height = (PIXELS.match(a.get(k, "")) for k in ("width", "height"))
    if width and height:
        return round(float(width.group(1))), round(float(height.group(1)))
    box = a.get("viewbox", "").replace(",", " ").split()
    return (round(float(box[2])), round(float(box[3]))) if len(box) == 4 else None


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) in pixels from the file's header (PNG, GIF, JPEG, WebP, AVIF and more) or an SVG's root;
    None if unknown."""
    if path.suffix.lower() == ".svg":
        return svg_size(path.read_bytes())
    width, height = imagesize.get(path)
    return (int(width), int(height)) if width > 0 and height > 0 else None


def with_size(tag: str, path: Path) -> str:
    """The <img> tag of a local image with width and height (when the file gives them and the tag has neither),
    lazy loading and asynchronous decoding, unless it sets them itself."""
    a = attrs(tag)
    dims = image_size(path)
    extra = []
    if dims and "width" not in a and "height" not in a:
        extra.append(f'width="{dims[0]}" height="{dims[1]}"')
    if "loading" not in a:
        extra.append('loading="lazy"')
    if "decoding" not in a:
        extra.append('decoding="async"')
    if not extra:
        return tag
    end = "/>" if tag.endswith("/>") else ">"
    return tag[: -len(end)].rstrip() + " " + " ".join(extra) + end


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    def sized(match: re.Match) -> str:
        """One <img> with its size; an image from another site or a missing file is left as it is (reported)."""
        path = local_file(attrs(match.group(0)).get("src", ""), page, files)
        return with_size(match.group(0), path) if path else match.group(0)

    return IMG.sub(sized, html)
