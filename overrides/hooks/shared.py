"""Shared by the hooks (not a hook itself, not in the hooks list): the messages an editor can get, where a problem
is, which languages are built, and a page's HTML read with a real HTML parser.

Every problem a hook reports is a Message: a short id, what is wrong and how to fix it, written next to the rule
that finds it. `make messages` (scripts/messages_reference.py) collects them into editors/messages.md, the
reference of every build message, and a test fails when that reference is out of date.

The HTML is read with Python's own parser, so the rules hold however the HTML is written: quoted, single-quoted or
unquoted attributes, any letter case, self-closing tags, SVG inside the page, <style> blocks. One reading per page
is shared by every rule."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page


@dataclass(frozen=True)
class Message:
    """One kind of problem: its id, what is wrong and how to fix it; {names} are filled in per case."""

    id: str
    problem: str
    fix: str

    def text(self, **values: object) -> str:
        """The message as the editor reads it, ending with its id to look it up in the reference."""
        return f"{self.problem.format(**values)} {self.fix.format(**values)} [{self.id}]"


def logger(hook_file: str) -> logging.Logger:
    """The logger of one hook, named after its file; under "mkdocs.plugins" so MkDocs counts it: with strict: true
    any error stops the build."""
    return logging.getLogger(f"mkdocs.plugins.{Path(hook_file).stem}")


def source_name(page: Page, config: MkDocsConfig) -> str:
    """The page's file as the editor knows it, e.g. docs/nl/rtms.md: relative to the folder that holds docs/,
    so also in a clinic's build, whose config lives in another folder."""
    path = Path(page.file.abs_src_path or "").resolve()
    try:
        return path.relative_to(Path(config.docs_dir).resolve().parent).as_posix()
    except ValueError:
        return path.as_posix()


def line_of(page: Page, *needles: str) -> int:
    """The first line of the page's Markdown source that contains one of the needles (1 if none)."""
    try:
        lines = Path(page.file.abs_src_path or "").read_text(encoding="utf-8").splitlines()
    except OSError:
        return 1
    for needle in needles:
        if not needle:
            continue
        for no, line in enumerate(lines, start=1):
            if needle in line:
                return no
    return 1


def languages(config: MkDocsConfig) -> tuple[str, list[str]]:
    """(default language, all built languages), from the i18n plugin's settings in mkdocs.yml."""
    built = [lang for lang in config.plugins["i18n"].config.languages if lang.build]
    return next(lang.locale for lang in built if lang.default), [lang.locale for lang in built]


def outer_build(config: MkDocsConfig) -> bool:
    """True in the first (default language's) pass or a build without i18n: the i18n plugin builds the other
    languages inside that pass, with building set, so what is said once per site is said here."""
    i18n = config.plugins.get("i18n")
    return i18n is None or not i18n.building


@dataclass
class Element:
    """One HTML element as the parser read it."""

    tag: str  # lower case, as the parser gives it
    attrs: dict[str, str]  # names lower case; a bare attribute has the value ""
    text: str = ""  # for <a> and <style>: the text inside


class _Reader(HTMLParser):
    """Collects every element, and the text inside <a> and <style>."""

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
