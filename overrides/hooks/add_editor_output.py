"""How the build talks to an editor: in one voice, with the file, line and a suggested fix, and without noise.

- MkDocs' own messages that editors meet are rewritten in the project's style: a missing page or image ("link"), a
  missing anchor (with the line and the anchor that probably replaced it), a nav entry for a missing page.
- Routine lines (the i18n plugin's "Overriding ... config", "Cleaning site directory", build timings) are hidden
  unless TP_VERBOSE=1 is set.
- The build ends with one clear line: no problems found, or how many errors and warnings to fix."""

from __future__ import annotations

import difflib
import logging
import os
import re
import sys
import types
from pathlib import Path
from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from shared import Message, logger, outer_build

log = logger(__file__)
IMAGE = re.compile(r"\.(png|jpe?g|gif|webp|svg|avif)$", re.I)
MISSING_TARGET = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but the target"
    r"(?: '(?P<target>[^']+)')? is not found among documentation files\.(?P<rest>.*)$"
)
MISSING_ANCHOR = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but (?:the doc "
    r"'(?P<target>[^']+)' does not contain an anchor '#(?P<anchor>[^']+)'|there is no such "
    r"anchor on this page)\.(?P<rest>.*)$"
)
NAV_MISSING = re.compile(
    r"^A reference to '(?P<target>[^']+)' is included in the 'nav' configuration, which is not "
    r"found in the documentation files\.?$"
)
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*(?:\{[^}]*#([\w-]+)[^}]*\})?\s*$")
ROUTINE = ("mkdocs.commands.build", "mkdocs.plugins.mkdocs_static_i18n")
LOST_ANCHOR = Message(
    "link-to-missing-heading",
    "the link '{link}' goes to a heading that is not on {target}.{hint}",
    "Change the part after '#' to the heading's anchor (lower case, words joined by '-').",
)
LOST_IMAGE = Message(
    "image-missing",
    "the image '{link}' does not exist (looked for {target}).",
    "Put the file in docs/assets/images/ or correct its name.",
)
LOST_PAGE = Message(
    "link-to-missing-page",
    "the link '{link}' goes to a page that does not exist ({target}).{rest}",
    "Check the file name; every page is listed in the nav of mkdocs.yml.",
)
NAV_MISSING_PAGE = Message(
    "nav-names-missing-page",
    "the nav names '{target}', but there is no such page in one of the languages.",
    "Create docs/nl/{target} and docs/en/{target}, or take it out of the nav.",
)


_where: dict[str, Path] = {}


def _docs() -> Path:
    """The docs folder of the build (the current folder's docs/ before the config is read)."""
    return _where.get("docs", Path.cwd() / "docs")


def _line(page: str, needle: str) -> int:
    """The first line of docs/<page> that contains needle (1 if none)."""
    try:
        for no, line in enumerate((_docs() / page).read_text(encoding="utf-8").splitlines(), start=1):
            if needle in line:
                return no
    except OSError:
        pass
    return 1


def slug(heading: str) -> str:
    """The anchor Python-Markdown's toc gives a heading (its default slugify)."""
    text = re.sub(r"[^\w\s-]", "", heading.strip().lower())
    return re.sub(r"[-\s]+", "-", text).strip("-")


def anchors(page: str) -> list[str]:
    """The anchors of the headings of docs/<page>, as Python-Markdown's toc gives them."""
    try:
        lines = (_docs() / page).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        if m := HEADING.match(line):
            found.append(m.group(2) or slug(m.group(1)))
    return found


def rewrite(message: str) -> str | None:
    """The project's version of one of MkDocs' messages, or None to leave it as it is."""
    if m := MISSING_ANCHOR.match(message):
        page, link = m["page"], m["link"]
        target = m["target"] or page
        close = difflib.get_close_matches(m["anchor"] or link.split("#")[-1], anchors(target), n=1, cutoff=0.4)
        hint = f" The heading may have been renamed: its anchor is now probably '#{close[0]}'." if close else ""
        return f"docs/{page}:{_line(page, link)}: " + LOST_ANCHOR.text(link=link, target=f"docs/{target}", hint=hint)
    if m := MISSING_TARGET.match(message):
        page, link, target = m["page"], m["link"], m["target"] or m["link"]
        if IMAGE.search(link.split("#")[0]):
            return f"docs/{page}:{_line(page, link)}: " + LOST_IMAGE.text(link=link, target=f"docs/{target}")
        return f"docs/{page}:{_line(page, link)}: " + LOST_PAGE.text(link=link, target=f"docs/{target}", rest=m["rest"])
    if m := NAV_MISSING.match(message):
        return "mkdocs.yml: " + NAV_MISSING_PAGE.text(target=m["target"])
    return None


class _Rewrite(logging.Filter):
    """Put MkDocs' messages in the project's words before any handler (terminal, preview box) sees them."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            new = rewrite(record.getMessage())
            if new:
                record.msg, record.args = new, ()
        return True


class _QuietRoutine(logging.Filter):
    """Hide MkDocs' and the i18n plugin's routine lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.INFO or not record.name.startswith(ROUTINE)


# The hooks are loaded anew for each language's build; the count and the filters live on in a module of their own,
# so both languages add to one count and nothing is installed twice.
STORE = sys.modules.setdefault("_tp_editor_output", types.ModuleType("_tp_editor_output"))
if not hasattr(STORE, "counts"):
    STORE.counts = {}

    class _Count(logging.Handler):
        """Counts the warnings and errors of the build, per level."""

        def emit(self, record: logging.LogRecord) -> None:
            STORE.counts[record.levelname] = STORE.counts.get(record.levelname, 0) + 1

    logging.getLogger("mkdocs").addHandler(_Count(logging.WARNING))
COUNTS: dict[str, int] = STORE.counts


def _install_once(target: logging.Filterer, kind: type[logging.Filter]) -> None:
    """Add a filter of this kind to a logger or handler, unless an earlier load of the hooks did."""
    if not any(type(f).__name__ == kind.__name__ for f in target.filters):
        target.addFilter(kind())


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    for name in ("mkdocs.structure.pages", "mkdocs.structure.nav"):
        _install_once(logging.getLogger(name), _Rewrite)
    if not os.environ.get("TP_VERBOSE"):
        for handler in logging.getLogger("mkdocs").handlers:
            _install_once(handler, _QuietRoutine)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _where["docs"] = Path(config.docs_dir)
    if outer_build(config):
        COUNTS.clear()  # a new build (or a rebuild in the preview) starts counting again
    return config


def summary(pages: int) -> str:
    """The build's last line: no problems found, or how many errors and warnings to fix."""
    errors, warnings = COUNTS.get("ERROR", 0), COUNTS.get("WARNING", 0)
    if errors or warnings:
        return (
            f"{errors} error(s) and {warnings} warning(s) in all, in both languages, to fix: start at the top; "
            f"each message names the file and line."
        )
    return f"Done: {pages} pages in Dutch and English, no problems found."


@event_priority(-300)  # the very last step: after the other languages and every check
def on_post_build(*, config: MkDocsConfig) -> None:
    if outer_build(config):
        log.info(summary(sum(1 for _ in (Path(config.docs_dir) / "nl").glob("*.md"))))


def on_build_error(*, error: Exception) -> None:
    # MkDocs' own "Aborted with N warnings" counts only the language built last; this counts both.
    if COUNTS:
        log.info(summary(0))
        COUNTS.clear()  # said once, also when the error passes through the other language's build
