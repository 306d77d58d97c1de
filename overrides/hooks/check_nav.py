"""The nav in mkdocs.yml and the pages agree: every page of the default language is in the nav (or readers cannot
find it), and every page the nav names exists. Checked once, before the first language's build."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from shared import Message, languages, logger, outer_build

log = logger(__file__)
NOT_IN_NAV = Message(
    "page-not-in-nav",
    "the page is not in the nav in mkdocs.yml.",
    "Add '- {name}' under the right section, so readers can find it.",
)
NAV_WITHOUT_PAGE = Message(
    "nav-page-missing",
    "the nav names '{name}', but {path} does not exist.",
    "Create the page in both languages, or take it out of the nav.",
)


def nav_items(nav: list | None) -> tuple[list[str], list[str]]:
    """(the page files, the titles) the nav in mkdocs.yml names: section titles and titled pages' titles."""
    files: list[str] = []
    titles: list[str] = []
    for item in nav or []:
        if isinstance(item, str):
            files.append(item)
        elif isinstance(item, dict):
            for title, value in item.items():
                titles.append(title)  # a section's or a titled page's: it needs a translation too
                if isinstance(value, list):
                    more_files, more_titles = nav_items(value)
                    files += more_files
                    titles += more_titles
                else:
                    files.append(value)
    return files, titles


def problems(nav: list | None, pages: set[str], default: str) -> list[str]:
    """A message for every page missing from the nav and every nav entry without a page (pages: the default
    language's page files)."""
    files, _ = nav_items(nav)
    out = [f"docs/{default}/{name}: {NOT_IN_NAV.text(name=name)}" for name in sorted(pages - set(files))]
    out += [
        f"mkdocs.yml: {NAV_WITHOUT_PAGE.text(name=name, path=f'docs/{default}/{name}')}"
        for name in files
        if name not in pages
    ]
    return out


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if config.plugins.get("i18n") is None or not outer_build(config):
        return config
    default = languages(config)[0]
    folder = Path(config.docs_dir) / default
    for message in problems(config.nav, {p.relative_to(folder).as_posix() for p in folder.rglob("*.md")}, default):
        log.error(message)
    return config
