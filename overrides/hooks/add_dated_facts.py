"""Dated facts: an editor writes [[as of 2026-12]] (or a full date, [[as of 2026-12-01]]) right after a
time-sensitive fact (coverage, access, an amount, a phone number, a law). The page shows "(stand: december 2026)"
or "(as of December 2026)" in the reader's language. This step reads the markers it turns into dates, so it also
stops the build, with the file and line, on a marker that is mistyped, not a real date or in the future;
`make audit` (scripts/audit.py) lists every marker older than 12 months."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from pathlib import Path

from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, logger, source_name

log = logger(__file__)

MARK = re.compile(r"\[\[as of (\d{4})-(\d{2})(?:-(\d{2}))?\]\]")
# Anything that looks like a marker but is not one of the two forms above, e.g. [[as of 12-2026]] or [[stand 2026-12]].
LOOSE = re.compile(r"\[\[\s*(?:as\s*of|stand|per)\b[^\]]*\]\]", re.I)
LOCALES = {"nl": "nl_NL", "en": "en_GB"}
NOT_A_MARKER = Message(
    "dated-fact-mistyped",
    "'{mark}' is not a dated-fact marker.",
    "Write it as [[as of YYYY-MM]] with the month you checked the fact, for example [[as of {month}]].",
)
IN_FUTURE = Message(
    "dated-fact-in-future", "'{mark}' lies in the future (today is {today}).", "Use the date you checked the fact."
)
WORDS = {"nl": "stand:", "en": "as of"}


def marker_date(match: re.Match) -> datetime.date | None:
    """The date a marker names (the first of the month when it names only a month); None if it is no real date."""
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        return datetime.date(int(year), int(month), int(day or 1))
    except ValueError:
        return None


def markers(text: str) -> Iterator[tuple[int, str, datetime.date | None]]:
    """(line, marker text, date or None) for every marker and near-miss in a page's Markdown."""
    for no, line in enumerate(text.splitlines(), start=1):
        for loose in LOOSE.finditer(line):
            strict = MARK.fullmatch(loose.group(0))
            yield no, loose.group(0), marker_date(strict) if strict else None


def problems(text: str, today: datetime.date) -> Iterator[tuple[int, str]]:
    """(line, message) for every marker that is mistyped, not a real date or in the future."""
    for no, mark, date in markers(text):
        if date is None:
            yield no, NOT_A_MARKER.text(mark=mark, month=f"{today:%Y-%m}")
        elif date > today:
            yield no, IN_FUTURE.text(mark=mark, today=today)


def render(match: re.Match, lang: str) -> str:
    """The HTML a marker becomes: its date in the reader's language, in a <time> element."""
    date = marker_date(match)
    if date is None:
        return match.group(0)
    shown = format_date(date, "d MMMM y" if match.group(3) else "LLLL y", locale=LOCALES.get(lang, lang))
    iso = date.isoformat() if match.group(3) else f"{date:%Y-%m}"
    return f'<span class="tp-asof">({WORDS.get(lang, "as of")} <time datetime="{iso}">{shown}</time>)</span>'


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    name = source_name(page, config)
    source = Path(page.file.abs_src_path or "").read_text(encoding="utf-8")
    for no, message in problems(source, datetime.date.today()):
        log.error(f"{name}:{no}: {message}")
    lang = config.theme["language"]
    return MARK.sub(lambda m: render(m, lang), markdown)
