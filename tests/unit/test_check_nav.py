"""check_nav.py: every page is in the nav and every nav entry is a page; the site's nav passes."""

import check_nav as hook
from fakes import DOCS, config, messages, site_config, write_page

NAV = ["index.md", {"Hulp": ["a.md", {"Titel": "b.md"}, {"Diep": ["c.md"]}]}]


def test_the_nav_is_read_with_its_titles():
    assert hook.nav_items(NAV) == (["index.md", "a.md", "b.md", "c.md"], ["Hulp", "Titel", "Diep"])
    assert hook.nav_items(None) == ([], [])


def test_a_page_outside_the_nav_and_a_nav_entry_without_page():
    found = hook.problems(NAV, {"index.md", "a.md", "b.md", "d.md"}, "nl")
    assert found == [
        "docs/nl/d.md: the page is not in the nav in mkdocs.yml. Add '- d.md' under the right section, so readers "
        "can find it. [page-not-in-nav]",
        "mkdocs.yml: the nav names 'c.md', but docs/nl/c.md does not exist. Create the page in both languages, or "
        "take it out of the nav. [nav-page-missing]",
    ]


def test_the_sites_nav_and_pages_agree():
    pages = {p.name for p in (DOCS / "nl").glob("*.md")}
    assert hook.problems(site_config()["nav"], pages, "nl") == []


def test_checked_once(tmp_path, caplog):
    write_page(tmp_path / "docs", "nl/a.md", "# a\n")
    hook.on_config(config(docs=tmp_path / "docs", nav=[], building=True))
    assert messages(caplog, "check_nav") == []
    hook.on_config(config(docs=tmp_path / "docs", nav=[]))
    assert [m.split(":")[0] for m in messages(caplog, "check_nav")] == ["docs/nl/a.md"]
