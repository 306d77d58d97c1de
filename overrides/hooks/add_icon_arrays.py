"""Numbers as pictures (icon arrays): a line of its own such as [[icons 27/100 "Esketamine: 27 van de 100"]] shows
a grid of small person figures, 27 of 100 filled, with its words under it; two or three groups sit side by side.

    [[icons 27/100 "Esketamine: 27 van de 100 in remissie"; 18/100 "Quetiapine: 18 van de 100"]]

The figures are empty HTML elements drawn by CSS (extra.css, "icon arrays"): no <svg>, no script, no file; filled
and empty differ in shape (solid against outline), so they also read in print and in high-contrast mode. The grid
is hidden from screen readers; the words are plain text, so they are what screen readers read, and must give the
numbers. This step reads the lines it turns into pictures, so it also stops the build, with the file and line, on a
line that starts like a picture but is not one, a number over its total or a total over 100. Without this hook the
line still reads as text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, logger, source_name

log = logger(__file__)

MAX_TOTAL = 100  # a 10 x 10 grid: larger totals (1 in 1,000) are too small to see; say those in words
MAX_GROUPS = 3  # side by side on a wide screen
SMALL = 10  # totals up to this (1 in 7) get bigger figures, in one row
LINE = re.compile(r"\[\[icons[ \t]+(.*)\]\]")
# Anything that looks like a picture line, also mistyped: [[icon 3/10 ...]], [[ Icons ...]], [[iconen ...]].
LOOSE = re.compile(r"\[\[\s*ico", re.I)
GROUP = re.compile(r'\s*(\d+)\s*/\s*(\d+)\s+(?:"([^"]*)"|“([^”]*)”)\s*')
FENCE = re.compile(r"^(```|~~~)")
EXAMPLE = '[[icons 27/100 "Esketamine: 27 van de 100"; 18/100 "Quetiapine: 18 van de 100"]]'

INDENTED = Message(
    "icons-indented",
    "a picture line starts with spaces (or is inside a list or box).",
    "Put it at the very start of a line of its own, with an empty line above and below.",
)
NOT_A_LINE = Message(
    "icons-not-a-line", "'{text}' is not a picture line.", "Write it on a line of its own, like {example}"
)
BAD_GROUP = Message(
    "icons-group-mistyped",
    "picture {no} in '{text}' is not 'number/total \"words\"'.",
    'Write each picture as 27/100 "the sentence it shows" (the words in straight quotes "..."), '
    "and separate pictures with ';'.",
)
NO_SEPARATOR = Message(
    "icons-separator-missing",
    "after picture {no} in '{text}' comes '{rest}'.",
    "Separate pictures with ';', for example {example}",
)
TRAILING = Message(
    "icons-separator-trailing", "'{text}' ends with ';' but no picture follows.", "Remove the ';' or add the picture."
)
TOO_MANY = Message(
    "icons-too-many", "'{text}' has {count} pictures; at most {most} fit side by side.", "Split it into two lines."
)
BAD_TOTAL = Message(
    "icons-total-out-of-range",
    "picture {no} has a total of {total}; it must be 1 to {most} (a grid of at most 10 by 10).",
    "For '1 in 1,000', write the sentence without a picture.",
)
OVER_TOTAL = Message(
    "icons-more-than-total",
    "picture {no} fills {filled} of {total}: more than the total.",
    "Check the numbers against the source.",
)
NO_LABEL = Message(
    "icons-words-missing",
    "picture {no} has no words.",
    'Write the sentence it shows between the quotes, like 27/100 "Esketamine: 27 van de 100".',
)
LABEL_NUMBERS = Message(
    "icons-words-without-numbers",
    'the words of picture {no}, "{label}", do not say {filled} and {total}.',
    "Screen readers and print read the words instead of the picture, so they "
    'must give the same numbers, like "{filled} van de {total}" or "{filled} in {total}".',
)


@dataclass(frozen=True)
class Group:
    """One grid: `filled` of `total` figures, and the words it stands for."""

    filled: int
    total: int
    label: str


class IconError(ValueError):
    """A picture line an editor must fix; the message says how."""


def parse(line: str) -> list[Group]:
    """The groups of one picture line (the whole line, as written); IconError if it is not a correct one."""
    text = line.strip()
    if line != line.lstrip():
        raise IconError(INDENTED.text())
    match = LINE.fullmatch(text)
    if not match:
        raise IconError(NOT_A_LINE.text(text=text, example=EXAMPLE))
    body, pos = match.group(1), 0
    groups: list[Group] = []
    while pos < len(body):
        group = GROUP.match(body, pos)
        if not group:
            raise IconError(BAD_GROUP.text(no=len(groups) + 1, text=text))
        filled, total = int(group.group(1)), int(group.group(2))
        label = (group.group(3) if group.group(3) is not None else group.group(4)).strip()
        groups.append(check(Group(filled, total, label), len(groups) + 1))
        pos = group.end()
        if pos < len(body):
            if body[pos] != ";":
                raise IconError(NO_SEPARATOR.text(no=len(groups), text=text, rest=body[pos:], example=EXAMPLE))
            pos += 1
            if not body[pos:].strip():
                raise IconError(TRAILING.text(text=text))
    if len(groups) > MAX_GROUPS:
        raise IconError(TOO_MANY.text(text=text, count=len(groups), most=MAX_GROUPS))
    return groups


def check(group: Group, no: int) -> Group:
    """The group if its numbers and words make sense; IconError saying what is wrong otherwise."""
    if not 1 <= group.total <= MAX_TOTAL:
        raise IconError(BAD_TOTAL.text(no=no, total=group.total, most=MAX_TOTAL))
    if group.filled > group.total:
        raise IconError(OVER_TOTAL.text(no=no, filled=group.filled, total=group.total))
    if not group.label:
        raise IconError(NO_LABEL.text(no=no))
    if not {str(group.filled), str(group.total)} <= set(re.findall(r"\d+", group.label)):
        raise IconError(LABEL_NUMBERS.text(no=no, label=group.label, filled=group.filled, total=group.total))
    return group


def lines(markdown: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for every line that looks like a picture line, outside fenced code."""
    fence = None
    for no, line in enumerate(markdown.splitlines(), start=1):
        opener = FENCE.match(line.lstrip())
        if opener and (fence is None or opener.group(1) == fence):
            fence = None if fence else opener.group(1)
            continue
        if fence is None and LOOSE.search(line):
            yield no, line


def problems(markdown: str) -> Iterator[tuple[int, str]]:
    """(line, message) for every picture line of a page that is not correct."""
    for no, line in lines(markdown):
        try:
            parse(line)
        except IconError as error:
            yield no, str(error)


def render(groups: list[Group]) -> str:
    """The HTML of one picture line: per group a figure with its grid (hidden from screen readers) and its label."""
    figures = []
    for group in groups:
        size = " tp-ia-s" if group.total <= SMALL else ""
        cells = "<b></b>" * group.filled + "<i></i>" * (group.total - group.filled)
        figures.append(
            f'<figure><span class="tp-ia-p{size}" aria-hidden="true">{cells}</span>'
            f"<figcaption>{html.escape(group.label, quote=False)}</figcaption></figure>"
        )
    return f'<div class="tp-ia">{"".join(figures)}</div>'


def replace(markdown: str) -> str:
    """The page's Markdown with every correct picture line turned into its HTML (as a block of its own)."""
    out = markdown.splitlines(keepends=True)
    for no, line in lines(markdown):
        try:
            groups = parse(line.rstrip("\r\n"))
        except IconError:
            continue  # reported from the source file, with its line number
        out[no - 1] = f"\n{render(groups)}\n\n"
    return "".join(out)


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    name = source_name(page, config)
    for no, message in problems(Path(page.file.abs_src_path or "").read_text(encoding="utf-8")):
        log.error(f"{name}:{no}: {message}")
    return replace(markdown)
