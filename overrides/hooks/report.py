"""Shared by the hooks (not a hook itself): the messages an editor can get, where a problem is, in words an editor
can act on; which languages are built.

Every problem a hook reports is a Message: a short id, what is wrong and how to fix it, written next to the rule
that finds it. `make messages` (scripts/messages_reference.py) collects them into editors/messages.md, the
reference of every build message, and a test fails when that reference is out of date."""

import logging
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Message:
    """One kind of problem: its id, what is wrong and how to fix it; {names} are filled in per case."""

    id: str
    problem: str
    fix: str

    def text(self, **values) -> str:
        """The message as the editor reads it, ending with its id to look it up in the reference."""
        return f"{self.problem.format(**values)} {self.fix.format(**values)} [{self.id}]"


def logger(family: str) -> logging.Logger:
    # Under "mkdocs.plugins" so MkDocs counts it: with strict: true any error stops the build.
    return logging.getLogger(f"mkdocs.plugins.{family}")


def source_name(page, config) -> str:
    """The page's file as the editor knows it, e.g. docs/nl/rtms.md: relative to the folder that holds docs/,
    so also in a clinic's build, whose config lives in another folder."""
    path = Path(page.file.abs_src_path).resolve()
    try:
        return path.relative_to(Path(config.docs_dir).resolve().parent).as_posix()
    except ValueError:
        return path.as_posix()


def line_of(page, *needles: str) -> int:
    """The first line of the page's Markdown source that contains one of the needles (1 if none)."""
    try:
        lines = Path(page.file.abs_src_path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return 1
    for needle in needles:
        if not needle:
            continue
        for no, line in enumerate(lines, start=1):
            if needle in line:
                return no
    return 1


def languages(config) -> tuple[str, list[str]]:
    """(default language, all built languages), from the i18n plugin's settings in mkdocs.yml."""
    built = [lang for lang in config.plugins["i18n"].config.languages if lang.build]
    return next(lang.locale for lang in built if lang.default), [lang.locale for lang in built]
