"""check_translations.py: every page in both languages, every nav title translated; the site passes."""

import check_translations as hook
from fakes import config, language, messages, site_config, write_page


def test_a_page_in_one_language_is_named_in_both_directions():
    found = hook.missing_pages({"nl": {"a.md", "b.md"}, "en": {"a.md", "c.md"}})
    assert [m.split(":")[0] for m in found] == ["docs/nl/c.md", "docs/en/b.md"]
    assert "docs/en/c.md exists" in found[0] and found[0].endswith("[page-missing-in-one-language]")
    assert hook.missing_pages({"nl": {"a.md"}, "en": {"a.md"}}) == []


def test_checked_once_with_untranslated_titles(tmp_path, caplog):
    docs = tmp_path / "docs"
    for name in ("nl/a.md", "en/a.md", "nl/b.md"):
        write_page(docs, name, "# x\n")
    nav = [{"Hulp": ["a.md", {"Meer": "b.md"}]}]
    langs = [language("nl", True), language("en", nav_translations={"Hulp": "Help"})]
    hook.on_config(config(docs=docs, nav=nav, languages=langs, building=True))
    assert messages(caplog, "check_translations") == []
    hook.on_config(config(docs=docs, nav=nav, languages=langs))
    assert messages(caplog, "check_translations") == [
        "docs/en/b.md: this page is missing. docs/nl/b.md exists. Every page must exist in both languages, with the "
        "same file name. [page-missing-in-one-language]",
        "mkdocs.yml: nav title 'Meer' has no English translation. Add 'Meer: ...' under nav_translations of the 'en' "
        "language. [nav-title-untranslated]",
    ]


def test_every_nav_title_of_the_site_is_translated():
    plugin = next(p["i18n"] for p in site_config()["plugins"] if isinstance(p, dict) and "i18n" in p)
    english = next(lang for lang in plugin["languages"] if lang["locale"] == "en")
    _, titles = hook.nav_items(site_config()["nav"])
    assert titles and set(titles) <= set(english["nav_translations"])


def test_untranslated_titles_of_every_other_language():
    langs = [language("nl", True), language("en", nav_translations={"Hulp": "Help"}), language("de")]
    assert [m.split("'")[1] + " " + m.split("[")[-1] for m in hook.untranslated_titles(["Hulp", "Over"], langs)] == [
        "Over nav-title-untranslated]",
        "Hulp nav-title-untranslated]",
        "Over nav-title-untranslated]",
    ]
