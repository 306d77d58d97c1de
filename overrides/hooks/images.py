"""Images: every image has alt text (or is marked decorative with { .decorative }), and is a local file.
(MkDocs itself reports a local image that does not exist.)"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report import line_of, logger, source_name  # noqa: E402

log = logger("images")
IMG = re.compile(r"<img\b[^>]*>", re.I)
ATTR = re.compile(r'([\w:-]+)\s*=\s*("([^"]*)"|\'([^\']*)\')')


def attrs(tag: str) -> dict:
    return {m.group(1).lower(): m.group(3) if m.group(3) is not None else m.group(4) for m in ATTR.finditer(tag)}


def on_page_content(html, page, config, files):
    name = source_name(page, config)
    for tag in IMG.findall(html):
        a = attrs(tag)
        src = a.get("src", "")
        line = line_of(page, src.split("/")[-1] if src else "![")
        if re.match(r"^(https?:)?//", src) or src.startswith("data:"):
            log.error(f"{name}:{line}: image '{src}' comes from another website. Save the image in "
                      f"docs/assets/images/ and link to that file: nothing may load from another host.")
        decorative = "decorative" in a.get("class", "").split()
        if not a.get("alt", "").strip() and not decorative:
            log.error(f"{name}:{line}: image '{src}' has no alt text. Describe it: ![What the image shows]({src}), "
                      f"or mark a purely decorative image: ![]({src}){{ .decorative }}")
    return html
