"""check_footnotes.py: every footnote has its source and every source is used; a medical page names three."""

import check_footnotes as hook
import pytest
from fakes import DOCS, config, messages, page, site_config, write_page


def test_footnote_without_source_and_source_without_use():
    text = "Eerste zin.[^a]\nTweede zin.[^b]\n\n[^a]: Bron A.\n[^c]: Bron C.\n[^d]: Bron D.\n"
    found = list(hook.problems(text, needs_sources=True))
    assert any(line == 2 and m.startswith("the footnote [^b] has no source") for line, m in found), found
    assert [line for line, m in found if "never referred to" in m] == [5, 6]


def test_a_page_about_treatment_needs_three_sources():
    text = "Zin.[^a]\n\n[^a]: Bron.\n"
    assert any("needs at least 3" in m for _, m in hook.problems(text, needs_sources=True))
    assert not list(hook.problems(text, needs_sources=False))


def test_footnotes_in_code_are_not_footnotes():
    assert not list(hook.problems("```\n[^x] in code\n```\n", needs_sources=False))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_has_its_footnotes_in_order(lang):
    exempt = set(site_config()["extra"]["checks"]["pages_without_sources"])
    for path in sorted((DOCS / lang).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert not list(hook.problems(text, needs_sources=path.name not in exempt)), (lang, path.name)


def test_the_hook_names_file_and_line_and_knows_the_exempt_pages(tmp_path, caplog):
    docs = tmp_path / "docs"
    path = write_page(docs, "nl/over.md", "# Over\n\nZin.[^a]\n")
    exempt = config(docs=docs, extra={"checks": {"pages_without_sources": ["over.md"]}})
    hook.on_page_markdown("x", page=page(path, docs), config=exempt, files=None)
    assert messages(caplog, "check_footnotes") == [
        "docs/nl/over.md:3: the footnote [^a] has no source: readers would see '[^a]'. Add a line '[^a]: Author or "
        "organisation. *Title*. Year. <https://...>' at the end of the page. [footnote-without-source]"
    ]
    caplog.clear()
    hook.on_page_markdown("x", page=page(path, docs), config=config(docs=docs), files=None)
    assert any("[too-few-sources]" in m for m in messages(caplog, "check_footnotes"))
