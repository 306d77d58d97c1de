"""Translations: every page exists in docs/nl and docs/en (both directions), every page is in the nav,
and every nav section title has a translation for every other language."""

from pathlib import Path

from report import Message, logger

log = logger("translations")
MISSING_PAGE = Message(
    "page-missing-in-one-language",
    "this page is missing. {other} exists.",
    "Every page must exist in both languages, with the same file name.",
)
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
UNTRANSLATED_TITLE = Message(
    "nav-title-untranslated",
    "nav title '{title}' has no {language} translation.",
    "Add '{title}: ...' under nav_translations of the '{locale}' language.",
)


def _nav_items(nav):
    """(title or None, file) pairs and section titles from the nav in mkdocs.yml."""
    files, sections = [], []
    for item in nav or []:
        if isinstance(item, str):
            files.append(item)
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, list):
                    sections.append(title)
                    f, s = _nav_items(value)
                    files += f
                    sections += s
                else:
                    sections.append(title)  # a titled page: its title needs a translation too
                    files.append(value)
    return files, sections


def on_config(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:
        return config  # check once, on the first (default language) pass
    docs = Path(config.docs_dir)
    langs = [lang for lang in i18n.config.languages if lang.build]
    default = next(lang.locale for lang in langs if lang.default)
    names = {
        lang.locale: {p.relative_to(docs / lang.locale).as_posix() for p in (docs / lang.locale).rglob("*.md")}
        for lang in langs
    }
    for lang in langs:
        for other in langs:
            for missing in sorted(names[other.locale] - names[lang.locale]):
                log.error(f"docs/{lang.locale}/{missing}: {MISSING_PAGE.text(other=f'docs/{other.locale}/{missing}')}")
    nav_files, sections = _nav_items(config.nav)
    for name in sorted(names[default] - set(nav_files)):
        log.error(f"docs/{default}/{name}: {NOT_IN_NAV.text(name=name)}")
    for name in nav_files:
        if name not in names[default]:
            log.error(f"mkdocs.yml: {NAV_WITHOUT_PAGE.text(name=name, path=f'docs/{default}/{name}')}")
    for lang in langs:
        if lang.locale == default:
            continue
        translations = lang.nav_translations or {}
        for title in sections:
            if title not in translations:
                log.error(f"mkdocs.yml: {UNTRANSLATED_TITLE.text(title=title, language=lang.name, locale=lang.locale)}")
    return config
