"""Shared by the rule hooks (not a hook itself): a page's HTML read with a real HTML parser (Python's own), so
the rules hold however the HTML is written: quoted, single-quoted or unquoted attributes, any letter case,
self-closing tags, SVG inside the page, <style> blocks. One reading per page is shared by every rule."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser


@dataclass
class Element:
    tag: str  # lower case, as the parser gives it
    attrs: dict[str, str]  # names lower case; a bare attribute has the value ""
    text: str = ""  # for <a> and <style>: the text inside


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []  # the <a> and <style> elements whose text is being collected

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        if tag in ("a", "style"):
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1].tag == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data


@lru_cache(maxsize=8)  # several rules read the same page one after another
def elements(html: str) -> tuple[Element, ...]:
    """Every element of a piece of HTML, in document order."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return tuple(reader.elements)


def urls(element: Element) -> list[tuple[str, str]]:
    """(attribute, address) for every address an element names, srcset's candidates one by one."""
    found = []
    for name, value in element.attrs.items():
        if name == "srcset":
            found += [(name, part.strip().split(" ")[0]) for part in value.split(",") if part.strip()]
        elif name in URL_ATTRIBUTES:
            found.append((name, value.strip()))
    return found


URL_ATTRIBUTES = {
    "src",
    "href",
    "poster",
    "data",
    "action",
    "formaction",
    "background",
    "xlink:href",
    "ping",
    "cite",
    "longdesc",
    "manifest",
    "icon",
    "lowsrc",
    "dynsrc",
}
