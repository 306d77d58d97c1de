"""Phone numbers a patient may call: a wrong digit in a crisis number must never reach a reader.

Every helpline number is written once, in mkdocs.yml: the crisis lines in extra.crisis, the other helplines in
extra.helplines.
In a page, a tap-to-call link must dial the number its text shows ([088-0767 000](tel:0880767000)), it must dial a
number from that list, and a number in the text that looks like a Dutch phone number (0800-, 0900-, 088-, a
landline or a mobile number) must be one of the list too. Each mistake stops the build, naming the file and line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, elements, line_of, logger, source_name

log = logger(__file__)
# A Dutch number as people write it: 0800-0113, 088 0767 000, 030-123 45 67, 06-12345678, +31 88 ...
PHONE_LIKE = re.compile(r"(?<![\w.,/:-])(?:\+31[ -]?|0)\d{1,3}(?:[ -]?\d{2,4}){1,3}(?![\w,/-]|\.\d)")
TAG = re.compile(r"<[^>]+>")
DIALS_OTHER = Message(
    "phone-link-differs",
    "the link '{shown}' dials {dialled}, another number than it shows.",
    "Write the same number in both: [{shown}](tel:{digits}).",
)
UNKNOWN_LINK = Message(
    "phone-not-listed",
    "the phone number {shown} is not one of the helplines in mkdocs.yml (extra.helplines).",
    "Check the number at its source and add it there, or correct it.",
)
UNKNOWN_TEXT = Message(
    "phone-like-not-listed",
    "'{number}' looks like a phone number but is not one of the helplines in mkdocs.yml (extra.helplines).",
    "Check it at its source and add it there, or correct it.",
)


def digits(text: str) -> str:
    """The digits a phone dials, +31 written as 0 (tel:+31880767000 and 088-0767 000 are the same number)."""
    text = text.strip()
    if text.startswith("+31"):
        text = "0" + text[3:]
    return re.sub(r"\D", "", text)


def known_numbers(config: MkDocsConfig) -> set[str]:
    """The crisis lines' numbers (extra.crisis), the other helplines (extra.helplines) and the clinic's phone."""
    listed = {digits(str(n)) for line in config.extra.get("helplines") or [] for n in line.get("numbers", [])}
    for language in (config.extra.get("crisis") or {}).values():
        listed |= {
            digits(n) for line in language.get("lines", []) for n in re.findall(r"\(tel:([+\d]+)\)", line["text"])
        }
    clinic_phone = (config.extra.get("clinic") or {}).get("phone")
    return listed | ({digits(str(clinic_phone))} if clinic_phone else set())


def problems(html: str, known: set[str]) -> Iterator[tuple[str, str]]:
    """(text to find the line by, message) for every phone number problem in a page's HTML."""
    for element in elements(html):
        href = element.attrs.get("href", "")
        if element.tag != "a" or not href.lower().startswith("tel:"):
            continue
        dialled, shown = digits(href[4:]), digits(element.text)
        if dialled != shown:
            yield href, DIALS_OTHER.text(shown=element.text.strip(), dialled=href[4:], digits=shown)
        elif dialled not in known:
            yield href, UNKNOWN_LINK.text(shown=element.text.strip())
    text = TAG.sub(" ", html)
    for match in PHONE_LIKE.finditer(text):
        number = match.group(0)
        if len(digits(number)) >= 7 and digits(number) not in known:
            yield number, UNKNOWN_TEXT.text(number=number)


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    name = source_name(page, config)
    for needle, message in dict.fromkeys(problems(html, known_numbers(config))):  # a number shown twice: once
        log.error(f"{name}:{line_of(page, needle)}: {message}")
    return html
