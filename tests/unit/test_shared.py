"""shared.py: the messages' form, where a problem is, the built languages, and HTML read however it is written."""

import logging

import fakes
import shared
from fakes import DOCS, config, language, page


def test_a_message_names_problem_fix_and_id():
    message = shared.Message("x-y", "it is {what}.", "Fix {what} ({{literally}}).")
    assert message.text(what="wrong") == "it is wrong. Fix wrong ({literally}). [x-y]"


def test_a_hooks_logger_is_named_after_its_file_and_counted_by_mkdocs():
    log = shared.logger("/somewhere/overrides/hooks/check_footnotes.py")
    assert log.name == "mkdocs.plugins.check_footnotes"
    assert log.parent is not None and log.name.startswith(logging.getLogger("mkdocs.plugins").name + ".")


def test_a_page_is_named_as_the_editor_knows_it_also_in_a_clinics_build(tmp_path):
    assert shared.source_name(page(DOCS / "nl" / "rtms.md"), config()) == "docs/nl/rtms.md"
    # A clinic's config lives in deploy/example-clinic/ and names ../../docs: still docs/nl/rtms.md.
    clinic_docs = DOCS.parent / "deploy" / "example-clinic" / ".." / ".." / "docs"
    assert shared.source_name(page(DOCS / "nl" / "rtms.md"), config(docs=clinic_docs)) == "docs/nl/rtms.md"
    elsewhere = tmp_path / "x.md"
    elsewhere.write_text("x")
    assert shared.source_name(page(elsewhere, docs=tmp_path), config()) == elsewhere.as_posix()


def test_line_of_finds_the_first_needle_that_is_there(tmp_path):
    source = tmp_path / "nl" / "a.md"
    source.parent.mkdir()
    source.write_text("# A\n\nEen zin met rtms.md erin.\nEn tel:113.\n", encoding="utf-8")
    shown = page(source, docs=tmp_path)
    assert shared.line_of(shown, "tel:113") == 4
    assert shared.line_of(shown, "", "niet hier", "rtms.md") == 3
    assert shared.line_of(shown, "nergens") == 1
    assert shared.line_of(page(tmp_path / "nl" / "weg.md", docs=tmp_path), "x") == 1  # no file: line 1


def test_languages_and_the_outer_build():
    built = config(languages=[language("en"), language("nl", default=True), language("de")])
    built.plugins["i18n"].config.languages[2].build = False
    assert shared.languages(built) == ("nl", ["en", "nl"])
    assert shared.outer_build(config()) and not shared.outer_build(config(building=True))
    assert shared.outer_build(config(plugins=fakes.Plugins()))


def test_html_is_read_however_it_is_written():
    found = shared.elements("<A HREF=tel:113 class='x'>Bel <b>113</b></A><IMG SRC=a.png ALT><br/><style>p{}</style>")
    assert [e.tag for e in found] == ["a", "b", "img", "br", "style"]
    assert found[0].attrs == {"href": "tel:113", "class": "x"} and found[0].text == "Bel 113"
    assert found[2].attrs == {"src": "a.png", "alt": ""} and found[4].text == "p{}"


def test_every_address_of_an_element_srcset_one_by_one():
    img = shared.elements('<img src="a.png" srcset="b.png 1x, https://x.example/c.png 2x" alt="x" data-x="y">')[0]
    assert shared.urls(img) == [("src", "a.png"), ("srcset", "b.png"), ("srcset", "https://x.example/c.png")]
