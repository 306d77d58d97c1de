"""add_decision_aid.py: the table under <!-- keuzehulp --> becomes the decision aid, with its words in compare.js."""

import json

import add_decision_aid as hook
from fakes import config, messages, page, write_page

TABLE = "<table>\n<tr><td>a</td></tr>\n</table>"


def test_the_marked_table_is_the_decision_aid_and_the_marker_goes():
    html, complete = hook.marked(f"<p>x</p>\n<!-- keuzehulp -->\n\n{TABLE}\n{TABLE}")
    assert complete and "keuzehulp" not in html
    assert html.count("<table data-tp-compare>") == 1 and html.count("<table>") == 1


def test_a_marker_without_its_table_is_named(tmp_path, caplog):
    docs = tmp_path / "docs"
    path = write_page(docs, "nl/keuzehulp.md", "# K\n\n<!-- keuzehulp -->\nTekst.\n")
    out = hook.on_page_content(
        "<!-- keuzehulp --><p>Tekst.</p>", page=page(path, docs), config=config(docs=docs), files=None
    )
    assert out == "<p>Tekst.</p>"
    [message] = messages(caplog, "add_decision_aid")
    assert message.startswith("docs/nl/keuzehulp.md:3: the line `<!-- keuzehulp -->` is not followed by a table.")


def test_the_words_go_into_the_built_script(tmp_path):
    labels = {"nl": {"compare_pick": "Kies", "compare_all": "Alles", "compare_shown": "{n} van {total}"}, "en": {}}
    script = hook.with_words("var WORDS = {};\nuse(WORDS);", labels)
    assert json.loads(script.split("var WORDS = ", 1)[1].split(";\n", 1)[0]) == {
        "nl": ["Kies", "Alles", "{n} van {total}"],
        "en": ["", "", ""],
    }
    built = config(site_dir=str(tmp_path), extra={"labels": labels})
    (tmp_path / "assets" / "js").mkdir(parents=True)
    (tmp_path / "assets" / "js" / "compare.js").write_text("var WORDS = {};", encoding="utf-8")
    hook.on_post_build(config=built)
    assert '"Kies"' in (tmp_path / "assets" / "js" / "compare.js").read_text(encoding="utf-8")
