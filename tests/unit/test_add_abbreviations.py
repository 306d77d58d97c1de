"""add_abbreviations.py: the glossary's abbreviations on every page, explained at their first use only."""

import add_abbreviations as hook
from fakes import DOCS, config, page


def test_the_languages_glossary_is_appended(tmp_path):
    (tmp_path / "abbreviations.nl.md").write_text("*[ECT]: elektroconvulsietherapie\n", encoding="utf-8")
    assert hook.with_glossary("# A\n\nECT.\n\n", "nl", tmp_path) == "# A\n\nECT.\n\n*[ECT]: elektroconvulsietherapie\n"
    assert hook.with_glossary("# A\n", "de", tmp_path) == "# A\n"


def test_the_sites_glossaries_are_found_by_the_pages_folder():
    out = hook.on_page_markdown("# A\n", page=page(DOCS / "en" / "ect.md"), config=config(), files=None)
    assert "*[ECT]:" in out and out.startswith("# A\n\n")


def test_only_the_first_use_is_explained_and_none_in_a_term():
    html = (
        '<p><abbr title="x">ECT</abbr> en <abbr title="x">ECT</abbr></p>'
        '<dl><dt><abbr title="y">rTMS</abbr></dt><dd><abbr title="y">rTMS</abbr> is</dd></dl>'
    )
    assert hook.on_page_content(html, page=None, config=None, files=None) == (
        '<p><abbr title="x">ECT</abbr> en ECT</p><dl><dt>rTMS</dt><dd>rTMS is</dd></dl>'
    )
