"""add_icon_arrays.py: [[icons 27/100 "..."]] becomes a grid with its words; a wrong line stops the build."""

import add_icon_arrays as hook
import pytest
from fakes import config, messages, page, write_page


def test_a_line_is_read_into_its_groups():
    line = '[[icons 27/100 "Esketamine: 27 van de 100"; 1/7 “1 op de 7”]]'
    assert hook.parse(line) == [hook.Group(27, 100, "Esketamine: 27 van de 100"), hook.Group(1, 7, "1 op de 7")]


@pytest.mark.parametrize(
    "line, problem",
    [
        ('[[icons 28/27 "28 van de 27"]]', "icons-more-than-total"),
        ('[[icons 1/1000 "1 op de 1000"]]', "icons-total-out-of-range"),
        ('[[icons 27/100 "ongeveer een kwart"]]', "icons-words-without-numbers"),
        ('[[icons 27/100 ""]]', "icons-words-missing"),
        ('[[icons 27/100 "27 van de 100" 1/2 "1 2"]]', "icons-separator-missing"),
        ('[[icons 27/100 "27 van de 100";]]', "icons-separator-trailing"),
        ('[[icons 1/2 "1 2"; 1/2 "1 2"; 1/2 "1 2"; 1/2 "1 2"]]', "icons-too-many"),
        ("[[icons 27/100]]", "icons-group-mistyped"),
        ('Zie [[icons 1/7 "1 op de 7"]].', "icons-not-a-line"),
        ('  [[icons 1/7 "1 op de 7"]]', "icons-indented"),
    ],
)
def test_a_wrong_line_says_what_is_wrong(line, problem):
    with pytest.raises(hook.IconError, match=rf"\[{problem}\]$"):
        hook.parse(line)


def test_the_grid_has_its_counts_and_the_words_as_text():
    html = hook.render([hook.Group(1, 7, "1 op de 7 <echt>")])
    assert html.count("<b></b>") == 1 and html.count("<i></i>") == 6 and 'class="tp-ia-p tp-ia-s"' in html
    assert '<span class="tp-ia-p tp-ia-s" aria-hidden="true">' in html and "<figcaption>1 op de 7 &lt;echt&gt;" in html


def test_correct_lines_become_pictures_outside_code_and_wrong_ones_are_named(tmp_path, caplog):
    docs = tmp_path / "docs"
    text = '# X\n\n[[icons 27/100 "27 van de 100"]]\n\n```\n[[icons 99/9 "code"]]\n```\n\n[[icons 5/4 "5 van de 4"]]\n'
    path = write_page(docs, "nl/x.md", text)
    out = hook.on_page_markdown(text, page=page(path, docs), config=config(docs=docs), files=None)
    assert out.count('<div class="tp-ia">') == 1 and '[[icons 99/9 "code"]]' in out and "[[icons 5/4" in out
    assert [m.split(": ")[0] for m in messages(caplog, "add_icon_arrays")] == ["docs/nl/x.md:9"]
