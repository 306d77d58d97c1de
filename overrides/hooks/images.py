"""Images: every image has alt text (or is marked decorative with { .decorative }), is a local file, and is
small. Each local image gets its width and height from the file (the page does not jump while it loads) and
loads only when the reader scrolls near it (loading="lazy"). An image file over 30 KiB stops the build: the
whole page, on a first visit, may cost 80 KiB on a slow phone connection.
(MkDocs itself reports a local image that does not exist.)"""

import posixpath
import re
import struct
from pathlib import Path

from report import Message, line_of, logger, source_name

log = logger("images")
IMG = re.compile(r"<img\b[^>]*>", re.I)
ATTR = re.compile(r'([\w:-]+)\s*=\s*("([^"]*)"|\'([^\']*)\')')
MAX_BYTES = 30 * 1024


def attrs(tag: str) -> dict:
    return {m.group(1).lower(): m.group(3) if m.group(3) is not None else m.group(4) for m in ATTR.finditer(tag)}


def image_size(path: Path):
    """(width, height) in pixels from the file's header, for PNG, GIF, JPEG, WebP and SVG; None if unknown."""
    data = path.read_bytes()
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return struct.unpack("<HH", data[6:10])
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        kind = data[12:16]
        if kind == b"VP8 ":
            w, h = struct.unpack("<HH", data[26:30])
            return w & 0x3FFF, h & 0x3FFF
        if kind == b"VP8L":
            bits = int.from_bytes(data[21:25], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        if kind == b"VP8X":
            return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    if data[:2] == b"\xff\xd8":  # JPEG: the first "start of frame" segment holds the size
        i = 2
        while i + 9 < len(data):
            marker, length = data[i + 1], int.from_bytes(data[i + 2 : i + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return w, h
            i += 2 + length
    if path.suffix.lower() == ".svg":
        root = re.search(rb"<svg\b[^>]*>", data)
        if root:
            a = {k.lower(): v for k, v in (attrs(root.group(0).decode("utf-8", "replace"))).items()}
            w, h = (re.match(r"^\s*([\d.]+)\s*(px)?\s*$", a.get(k, "")) for k in ("width", "height"))
            if w and h:
                return round(float(w.group(1))), round(float(h.group(1)))
            box = a.get("viewbox", "").replace(",", " ").split()
            if len(box) == 4:
                return round(float(box[2])), round(float(box[3]))
    return None


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


def on_page_content(html, page, config, files):
    if not IMG.search(html):
        return html
    name = source_name(page, config)
    by_dest = {f.dest_uri: f for f in files}

    def check(match):
        tag = match.group(0)
        a = attrs(tag)
        src = a.get("src", "")
        line = line_of(page, src.split("/")[-1] if src else "![")
        if re.match(r"^(https?:)?//", src) or src.startswith("data:"):
            log.error(f"{name}:{line}: {REMOTE_IMAGE.text(src=src)}")
            return tag
        decorative = "decorative" in a.get("class", "").split()
        if not a.get("alt", "").strip() and not decorative:
            log.error(f"{name}:{line}: {NO_ALT.text(src=src)}")
        file = by_dest.get(posixpath.normpath(posixpath.join(posixpath.dirname(page.file.dest_uri), src)))
        if not file or not file.abs_src_path:
            return tag  # MkDocs reports a missing file
        path = Path(file.abs_src_path)
        size = path.stat().st_size
        if size > MAX_BYTES:
            log.error(f"{name}:{line}: {BIG_IMAGE.text(src=src, size=f'{size / 1024:.0f}', most=MAX_BYTES // 1024)}")
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

    return IMG.sub(check, html)
