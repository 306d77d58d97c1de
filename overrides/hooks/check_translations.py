"""Every page exists in every language (docs/nl and docs/en, both directions, with the same file name), and every
nav title has a translation for every other language. Checked once, before the first language's build."""

from __future__ import annotations

from pathlib import Path

from check_nav import nav_items
from mkdocs.config.defaults import MkDocsConfig
from shared import Message, logger, outer_build

log = logger(__file__)
MISSING_PAGE = Message(
    "page-missing-in-one-language",
    "this page is missing. {other} exists.",
    "Every page must exist in both languages, with the same file name.",
)
UNTRANSLATED_TITLE = Message(
    "nav-title-untranslated",
    "nav title '{title}' has no {language} translation.",
    "Add '{title}: ...' under nav_translations of the '{locale}' language.",
)


def missing_pages(names: dict[str, set[str]]) -> list[str]:
    """A message for every page one language has and another does not (names: language -> its page files)."""
    return [
        f"docs/{lang}/{missing}: {MISSING_PAGE.text(other=f'docs/{other}/{missing}')}"
        for lang in names
        for other in names
        for missing in sorted(names[other] - names[lang])
    ]


def untranslated_titles(titles: list[str], langs: list) -> list[str]:
    """A message for every nav title that a language other than the default does not translate."""
    return [
        f"mkdocs.yml: {UNTRANSLATED_TITLE.text(title=title, language=lang.name, locale=lang.locale)}"
        for lang in langs
        if not lang.default
        for title in titles
        if title not in (lang.nav_translations or {})
    ]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    i18n = config.plugins.get("i18n")
    if i18n is None or not outer_build(config):
        return config
    docs = Path(config.docs_dir)
    langs = [lang for lang in i18n.config.languages if lang.build]
    names = {
        lang.locale: {p.relative_to(docs / lang.locale).as_posix() for p in (docs / lang.locale).rglob("*.md")}
        for lang in langs
    }
    for message in missing_pages(names) + untranslated_titles(nav_items(config.nav)[1], langs):
        log.error(message)
    return config
