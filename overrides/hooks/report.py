"""Shared by the hooks (not a hook itself): where a problem is, in words an editor can act on; which
languages are built."""
import logging
from pathlib import Path


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
