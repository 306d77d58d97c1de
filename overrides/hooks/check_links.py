"""Links to other sites are https:// and well-formed; mailto: and tel: are allowed. Links are read by shared.py
(a real HTML parser), so a link written in pasted HTML without quotes is checked too.
Internal links and anchors are checked by MkDocs itself (validation: in mkdocs.yml, strict)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, elements, line_of, logger, source_name

log = logger(__file__)
HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)


BAD_MAILTO = Message(
    "email-link-invalid", "the link '{href}' is not a valid e-mail link.", "Write it as mailto:name@example.org"
)
BAD_TEL = Message(
    "phone-link-invalid",
    "the link '{href}' is not a valid phone link.",
    "Write tel: followed by digits only, e.g. tel:08000113",
)
HTTP = Message(
    "link-not-encrypted",
    "the link '{href}' uses http://.",
    "Use https:// (readers' visits must not travel unencrypted).",
)
NOT_HTTPS = Message("link-not-https", "the link '{href}' is not an https:// link.", "Link to https:// addresses only.")
MALFORMED = Message(
    "link-malformed",
    "the link '{href}' is not a well-formed web address.",
    "Check the address: no spaces, a real host name (https://www.example.org/page).",
)


def problem(href: str) -> str | None:
    """The message for a link that readers cannot safely follow, or None."""
    if href.startswith(("#", "mailto:", "tel:")) or not re.match(r"^[a-z][a-z0-9+.-]*:|^//", href, re.I):
        if href.startswith("mailto:") and not re.match(r"^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$", href, re.I):
            return BAD_MAILTO.text(href=href)
        if href.startswith("tel:") and not re.match(r"^tel:\+?[0-9]{3,15}$", href):
            return BAD_TEL.text(href=href)
        return None
    if href.startswith("http://"):
        return HTTP.text(href=href)
    if not href.startswith("https://"):
        return NOT_HTTPS.text(href=href)
    parts = urlsplit(href)
    if " " in href or not HOST.match(parts.hostname or ""):
        return MALFORMED.text(href=href)
    return None


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    name = source_name(page, config)
    for href in (e.attrs.get("href", "") for e in elements(html) if e.tag == "a"):
        why = problem(href)
        if why:
            log.error(f"{name}:{line_of(page, href)}: {why}")
    return html
