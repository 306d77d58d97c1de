"""The two languages say the same things: each Dutch page and its English counterpart must agree on what a patient
relies on. Compared, from the Markdown of both files:
  - the sections: the same heading levels in the same order (a missing section shows as a different outline);
  - the sources: the same footnote keys, pointing at the same addresses;
  - the figures: every number in the text of one appears in the other, read in each language's format
    (37,5 and 37.5; 3.671 and 3,671; 1 op de 7 and 1 in 7). Numbers written as words ("twee", "two") may differ;
  - the review: reviewed, next_review and review_type.
An honest translation passes; a dropped sentence with a figure, a dropped source or section stops the build,
naming both files and what differs. Checked once per pair, on the Dutch page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, logger, source_name

log = logger(__file__)
FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:(.*)$")
ADDRESS = re.compile(r"https?://[^\s>)\]]+")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
# What is not a figure a reader relies on: link targets, HTML tags, footnote keys, dated-fact markers, and the
# abbreviation lines that the glossary appends.
NOT_TEXT = re.compile(r"\]\([^)]*\)|<[^>]+>|\[\^[^\]]*\]|\[\[as of [^\]]*\]\]|https?://\S+|\{[^}]*\}")
NUMBER = {
    # Thousands (3.671), then identifiers such as guideline section 1.9.1 or WCAG 2.2, then plain and decimal (37,5).
    "nl": re.compile(r"(?<![\w.,:])(?:\d{1,2}:\d{2}|\d{1,3}(?:\.\d{3})+|\d+(?:\.\d+)+|\d+(?:,\d+)?)(?!\d|[.,:]\d)"),
    "en": re.compile(r"(?<![\w.,:])(?:\d{1,2}:\d{2}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)*)(?!\d|[.,:]\d)"),
}
LIST_NUMBER = re.compile(r"^\s*\d+[.)]\s+")
# Clock times in one form, 24-hour "21:00": "9.00 uur", "21.00" (nl) and "9 am", "9 pm", "9:30 pm" (en).
TIME = {
    "nl": re.compile(r"\b(\d{1,2})[.:](\d{2})\b(?=\s*(?:uur|tot|en|-|–|\)))"),
    "en": re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?"),
}
REVIEW_KEYS = ("reviewed", "next_review", "review_type")
MAX_MESSAGES = 8  # per pair: a half-translated page would otherwise fill the screen
SECTIONS = Message(
    "sections-differ",
    "the sections differ from heading {index} on (level {nl} in Dutch, level {en} in English).",
    "A section is missing or extra in one language: give both the same headings.",
)
HEADINGS = Message(
    "section-missing",
    "{name} has {more} headings, its counterpart {fewer}.",
    "A section is missing in the other language: translate it.",
)
SOURCE_MISSING = Message(
    "source-in-one-language",
    "the source [^{key}] is not in {other}.",
    "Both languages cite the same sources: add it there too, or remove it here.",
)
SOURCE_ADDRESS = Message(
    "source-address-differs",
    "the source [^{key}] links to {nl} in Dutch but {en} in English.",
    "Use the same address in both languages.",
)
FIGURE = Message(
    "figure-in-one-language",
    "the figure {figure} is not in {other}.",
    "A sentence may be missing or a number differ in the {language} page: make both say the same.",
)
REVIEW = Message(
    "review-differs",
    "{key} is {nl} in Dutch but {en} in English.",
    "Review both languages together and give them the same {key}.",
)
UNFINISHED_PAIR = Message(
    "many-differences",
    "{count} more differences between the two languages.",
    "Is one of the two not finished yet? Both must say the same things before the page can go online.",
)


def _value(text: str, lang: str) -> str:
    """A number in one canonical form: 3.671 (nl) and 3,671 (en) -> 3671; 37,5 (nl) and 37.5 (en) -> 37.5."""
    if ":" in text:
        return text
    thousands, decimal = (".", ",") if lang == "nl" else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+", text):
        return text.replace(thousands, "")
    return text.replace(decimal, ".")


def _clock(match: re.Match, lang: str) -> str:
    """A clock time in one form, 24-hour "21:00"."""
    hour, minutes = int(match.group(1)), match.group(2) or "00"
    if lang == "en":
        hour = hour % 12 + (12 if match.group(3) == "p" else 0)
    return f"{hour}:{minutes}"


def outline(markdown: str) -> list[tuple[int, int]]:
    """(line, level) of every heading."""
    body = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), markdown)
    return [(no, len(m.group(1))) for no, line in enumerate(body.splitlines(), start=1) if (m := HEADING.match(line))]


def sources(markdown: str) -> dict[str, tuple[int, tuple[str, ...]]]:
    """footnote key -> (line, the addresses it names)."""
    found: dict[str, tuple[int, tuple[str, ...]]] = {}
    for no, line in enumerate(markdown.splitlines(), start=1):
        if m := DEFINITION.match(line):
            found[m.group(1)] = (no, tuple(a.rstrip(".,;") for a in ADDRESS.findall(m.group(2))))
    return found


def figures(markdown: str, lang: str) -> dict[str, int]:
    """figure -> the first line it is on, from the text of the page (not its front matter or source list)."""
    found: dict[str, int] = {}
    front = FRONT.match(markdown)
    start = markdown[: front.end()].count("\n") if front else 0
    body = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), markdown[front.end() :] if front else markdown)
    for no, line in enumerate(body.splitlines(), start=start + 1):
        if DEFINITION.match(line) or line.startswith("*["):
            continue
        text = TIME[lang].sub(lambda m: _clock(m, lang), LIST_NUMBER.sub(" ", NOT_TEXT.sub(" ", line)))
        for m in NUMBER[lang].finditer(text):
            found.setdefault(_value(m.group(0), lang), no)
    return found


def review(markdown: str) -> dict:
    """reviewed, next_review and review_type from the front matter (None where one is missing)."""
    front = FRONT.match(markdown)
    try:
        meta = yaml.safe_load(front.group(1)) if front else {}
    except (yaml.YAMLError, ValueError):  # a broken header or date: check_front_matter.py already reports it
        meta = {}
    return {key: (meta if isinstance(meta, dict) else {}).get(key) for key in REVIEW_KEYS}


def differences(nl_text: str, en_text: str, nl_name: str, en_name: str) -> Iterator[str]:
    """Messages for everything a reader relies on that the two files do not share."""
    nl_outline, en_outline = outline(nl_text), outline(en_text)
    for index, (a, b) in enumerate(zip(nl_outline, en_outline, strict=False)):
        if a[1] != b[1]:
            yield f"{nl_name}:{a[0]} and {en_name}:{b[0]}: " + SECTIONS.text(index=index + 1, nl=a[1], en=b[1])
            break
    else:
        if len(nl_outline) != len(en_outline):
            longer, name = (nl_outline, nl_name) if len(nl_outline) > len(en_outline) else (en_outline, en_name)
            fewer = min(len(nl_outline), len(en_outline))
            yield f"{name}:{longer[fewer][0]}: " + HEADINGS.text(name=name, more=len(longer), fewer=fewer)
    nl_sources, en_sources = sources(nl_text), sources(en_text)
    for key in sorted(set(nl_sources) ^ set(en_sources)):
        name, where = (nl_name, nl_sources[key][0]) if key in nl_sources else (en_name, en_sources[key][0])
        other = en_name if key in nl_sources else nl_name
        yield f"{name}:{where}: " + SOURCE_MISSING.text(key=key, other=other)
    for key in sorted(set(nl_sources) & set(en_sources)):
        if set(nl_sources[key][1]) != set(en_sources[key][1]):
            yield f"{nl_name}:{nl_sources[key][0]} and {en_name}:{en_sources[key][0]}: " + SOURCE_ADDRESS.text(
                key=key, nl=", ".join(nl_sources[key][1]) or "nothing", en=", ".join(en_sources[key][1]) or "nothing"
            )
    nl_figures, en_figures = figures(nl_text, "nl"), figures(en_text, "en")
    for figure in sorted(set(nl_figures) - set(en_figures), key=lambda f: (nl_figures[f], f)):  # same order each build
        yield f"{nl_name}:{nl_figures[figure]}: " + FIGURE.text(figure=figure, other=en_name, language="English")
    for figure in sorted(set(en_figures) - set(nl_figures), key=lambda f: (en_figures[f], f)):
        yield f"{en_name}:{en_figures[figure]}: " + FIGURE.text(figure=figure, other=nl_name, language="Dutch")
    nl_review, en_review = review(nl_text), review(en_text)
    for key in REVIEW_KEYS:
        if nl_review[key] != en_review[key]:
            yield f"{nl_name} and {en_name}: " + REVIEW.text(key=key, nl=nl_review[key], en=en_review[key])


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    source = Path(page.file.abs_src_path or "")
    lang = source.parent.name
    if lang != "nl":
        return markdown
    counterpart = source.parent.parent / "en" / source.name
    if not counterpart.is_file():
        return markdown  # check_translations.py reports the missing page
    nl_name = source_name(page, config)
    en_name = nl_name.replace("/nl/", "/en/", 1)
    found = list(
        differences(source.read_text(encoding="utf-8"), counterpart.read_text(encoding="utf-8"), nl_name, en_name)
    )
    for message in found[:MAX_MESSAGES]:
        log.error(message)
    if len(found) > MAX_MESSAGES:
        log.error(f"{nl_name} and {en_name}: " + UNFINISHED_PAIR.text(count=len(found) - MAX_MESSAGES))
    return markdown
