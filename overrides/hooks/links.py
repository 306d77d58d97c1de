"""Links to other sites are https:// and well-formed; mailto: and tel: are allowed. Links are read by html_scan.py
(a real HTML parser), so a link written in pasted HTML without quotes is checked too.
Internal links and anchors are checked by MkDocs itself (validation: in mkdocs.yml, strict)."""
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).parent))
from html_scan import elements  # noqa: E402
from report import line_of, logger, source_name  # noqa: E402

log = logger("links")
HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)


def problem(href: str):
    if href.startswith(("#", "mailto:", "tel:")) or not re.match(r"^[a-z][a-z0-9+.-]*:|^//", href, re.I):
        if href.startswith("mailto:") and not re.match(r"^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$", href, re.I):
            return "is not a valid e-mail link (mailto:name@example.org)"
        if href.startswith("tel:") and not re.match(r"^tel:\+?[0-9]{3,15}$", href):
            return "is not a valid phone link (tel: followed by digits only, e.g. tel:08000113)"
        return None
    if href.startswith("http://"):
        return "uses http://; use https:// (readers' visits must not travel unencrypted)"
    if not href.startswith("https://"):
        return "is not an https:// link"
    parts = urlsplit(href)
    if " " in href or not HOST.match(parts.hostname or ""):
        return "is not a well-formed web address"
    return None


def on_page_content(html, page, config, files):
    name = source_name(page, config)
    for href in (e.attrs.get("href", "") for e in elements(html) if e.tag == "a"):
        why = problem(href)
        if why:
            log.error(f"{name}:{line_of(page, href)}: the link '{href}' {why}.")
    return html
