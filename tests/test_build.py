"""The site builds strictly, without a single warning, and every page of the nav is there. The page list comes
from the nav in mkdocs.yml, so an editor who adds a page (in both languages and the nav) needs no developer."""

import re

import yaml
from conftest import DOCS, ROOT, html_name, page_names

# The pages the content style guide asks for, at least.
REQUIRED_PAGES = {
    "index.md",
    "wat-is-trd.md",
    "herbeoordeling.md",
    "behandelingen.md",
    "medicijnen.md",
    "psychotherapie.md",
    "rtms.md",
    "ect.md",
    "esketamine.md",
    "nieuwe-behandelingen.md",
    "leven-met.md",
    "naasten.md",
    "afspraak.md",
    "hulp.md",
    "woordenlijst.md",
    "bronnen.md",
    "over.md",
    "zwangerschap.md",
    "terugval.md",
    "kosten.md",
    "rechten.md",
}


def nav_pages() -> set[str]:
    def walk(items):
        for item in items or []:
            if isinstance(item, str):
                yield item
            elif isinstance(item, dict):
                for value in item.values():
                    yield from (walk(value) if isinstance(value, list) else [value])

    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return set(walk(config["nav"]))


def test_strict_build_has_no_warnings(site):
    assert not re.search(r"^(WARNING|ERROR)", site["log"], re.M), site["log"]


def test_same_pages_in_both_languages():
    nl = {p.relative_to(DOCS / "nl").as_posix() for p in (DOCS / "nl").rglob("*.md")}
    en = {p.relative_to(DOCS / "en").as_posix() for p in (DOCS / "en").rglob("*.md")}
    assert nl == en


def test_pages_in_docs_are_the_nav_and_include_the_required_ones():
    assert set(page_names()) == nav_pages()
    assert REQUIRED_PAGES <= nav_pages()


def test_every_page_is_built_in_both_languages(site):
    for name in page_names():
        assert (site["dir"] / html_name(name)).is_file(), name
        assert (site["dir"] / "en" / html_name(name)).is_file(), name


def test_no_generator_link_or_repo_link(site):
    for html in site["dir"].rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "squidfunk.github.io" not in text, html
        assert 'name="generator"' not in text, html
        assert "md-source" not in text, html
