"""Numbers as pictures (hooks/add_icon_arrays.py): the editor's line is read right or stopped with the line named, the
grid shows the right counts, and on the built site every picture carries its numbers as text (what screen readers
and print read) on the pages where a number matters most to a choice, in both languages."""

import logging
import re
import sys
from types import SimpleNamespace

import pytest
from conftest import ROOT, built_page, page_names

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import add_icon_arrays  # noqa: E402
from add_icon_arrays import Group, IconError, parse, problems, render, replace  # noqa: E402

# The treatment pages whose key figure is shown as a picture. behandelingen.md has none: it is at the page-weight
# limit, so the comparison tables and their pictures (esketamine, ECT) are on keuzehulp.md. rtms has none on purpose:
# its only figure is relative (1 extra per 3 to 4), and a grid of 4 would read as an absolute chance.
PICTURE_PAGES = ["ect.md", "esketamine.md", "medicijnen.md", "leven-met.md", "keuzehulp.md"]


def test_two_groups_side_by_side_are_read():
    line = '[[icons 27/100 "Esketamine: 27 van de 100 in remissie"; 18/100 “Quetiapine: 18 van de 100”]]'
    assert parse(line) == [
        Group(27, 100, "Esketamine: 27 van de 100 in remissie"),
        Group(18, 100, "Quetiapine: 18 van de 100"),
    ]


def test_one_in_seven_is_read():
    assert parse('[[icons 1/7 "1 op de 7 mensen"]]') == [Group(1, 7, "1 op de 7 mensen")]


def test_grid_has_27_filled_of_100_and_its_label_as_text():
    html = render(parse('[[icons 27/100 "Esketamine: 27 in 100"; 18/100 "Quetiapine: 18 in 100"]]'))
    figures = re.findall(r"<figure>(.*?)</figure>", html)
    assert len(figures) == 2
    grid, caption = re.fullmatch(
        r'<span class="tp-ia-p" aria-hidden="true">(.*)</span><figcaption>(.*)</figcaption>', figures[0]
    ).groups()
    assert grid.count("<b></b>") == 27 and grid.count("<i></i>") == 73
    assert caption == "Esketamine: 27 in 100"
    assert figures[1].count("<b></b>") == 18 and figures[1].count("<i></i>") == 82
    assert "<svg" not in html and "style=" not in html


def test_small_total_gets_big_figures_and_label_is_escaped():
    html = render([Group(1, 7, "1 op de 7 <echt> & zo")])
    assert 'class="tp-ia-p tp-ia-s"' in html and html.count("<i></i>") == 6
    assert "<figcaption>1 op de 7 &lt;echt&gt; &amp; zo</figcaption>" in html


@pytest.mark.parametrize(
    "line, words",
    [
        ('[[icons 28/27 "28 van de 27"]]', ["fills 28 of 27", "more than the total"]),
        ('[[icons 1/1000 "1 op de 1000"]]', ["total of 1000", "1 to 100"]),
        ('[[icons 0/0 "0 van de 0"]]', ["total of 0"]),
        ("[[icons 27/100]]", ["picture 1", "number/total"]),
        ('[[icons 27/100 ""]]', ["has no words", "[icons-words-missing]"]),
        (
            '[[icons 27/100 "ongeveer een kwart"]]',
            ["do not say 27 and 100", "Screen readers", "[icons-words-without-numbers]"],
        ),
        ('[[icons 27/100 "27 van de 100"; 18/100]]', ["picture 2"]),
        ('[[icons 27/100 "27 van de 100" 18/100 "18 van de 100"]]', ["Separate pictures with ';'"]),
        ('[[icons 27/100 "27 van de 100";]]', ["ends with ';'"]),
        ('[[icon 27/100 "27 van de 100"]]', ["is not a picture line"]),
        ('Zie [[icons 1/7 "1 op de 7"]] hier.', ["is not a picture line", "line of its own"]),
        ('    [[icons 1/7 "1 op de 7"]]', ["starts with spaces", "[icons-indented]"]),
        ('[[icons 1/2 "1 2"; 1/2 "1 2"; 1/2 "1 2"; 1/2 "1 2"]]', ["4 pictures", "at most 3"]),
    ],
)
def test_wrong_line_says_what_is_wrong(line, words):
    with pytest.raises(IconError) as caught:
        parse(line)
    for word in words:
        assert word in str(caught.value)


def test_problems_name_the_line_and_skip_code_and_dated_facts():
    text = "\n".join(
        [
            "# Titel",  # 1
            "",  # 2
            '[[icons 27/100 "27 van de 100"]]',  # 3  correct
            "Vergoed [[as of 2026-12]].",  # 4  another hook's marker: not ours
            "```",  # 5
            '[[icons 99/9 "een voorbeeld in code"]]',  # 6  in code: left alone
            "```",  # 7
            '[[icons 30/20 "30 van de 20"]]',  # 8  wrong
        ]
    )
    found = list(problems(text))
    assert [no for no, _ in found] == [8]
    out = replace(text)
    assert out.count('<div class="tp-ia">') == 1 and "[[as of 2026-12]]" in out
    assert '[[icons 99/9 "een voorbeeld in code"]]' in out and '[[icons 30/20 "30 van de 20"]]' in out
    assert "\n\n" + render(parse('[[icons 27/100 "27 van de 100"]]')) + "\n\n" in out


def test_hook_logs_file_and_line(tmp_path, caplog):
    docs = tmp_path / "docs"
    (docs / "nl").mkdir(parents=True)
    source = docs / "nl" / "x.md"
    source.write_text('---\ntitle: X\n---\n# X\n\n[[icons 5/4 "5 van de 4"]]\n', encoding="utf-8")
    page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(source)))
    config = SimpleNamespace(docs_dir=str(docs))
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.add_icon_arrays"):
        out = add_icon_arrays.on_page_markdown(
            '# X\n\n[[icons 5/4 "5 van de 4"]]\n', page=page, config=config, files=None
        )
    assert [r.getMessage() for r in caplog.records][0].startswith("docs/nl/x.md:6: picture 1 fills 5 of 4")
    assert "tp-ia" not in out


def pictures(soup) -> list[tuple[int, int, str]]:
    """(filled, total, label) for every picture group of a built page."""
    found = []
    for figure in soup.select(".tp-ia figure"):
        grid = figure.find("span", class_="tp-ia-p")
        caption = figure.find("figcaption")
        assert grid is not None and grid.get("aria-hidden") == "true", (
            "a picture's grid must be hidden from screen readers"
        )
        cells = grid.find_all(recursive=False)
        assert {c.name for c in cells} <= {"b", "i"} and not grid.get_text(strip=True)
        found.append(
            (sum(c.name == "b" for c in cells), len(cells), caption.get_text(" ", strip=True) if caption else "")
        )
    return found


def test_every_built_picture_says_its_numbers_in_text(site):
    seen = 0
    for lang in ("nl", "en"):
        for name in page_names():
            soup = built_page(site, lang, name)
            assert "[[icons" not in soup.get_text(), f"{lang}/{name}: a picture line was not turned into a picture"
            for filled, total, label in pictures(soup):
                seen += 1
                said = re.findall(r"\d+", label)
                assert str(filled) in said and str(total) in said, f"{lang}/{name}: '{label}' for {filled}/{total}"
    assert seen >= 2 * len(PICTURE_PAGES)


@pytest.mark.parametrize("name", PICTURE_PAGES)
def test_treatment_page_shows_the_same_pictures_in_both_languages(site, name):
    nl, en = ([(f, t) for f, t, _ in pictures(built_page(site, lang, name))] for lang in ("nl", "en"))
    assert nl, f"nl/{name} has no picture"
    assert nl == en, f"{name}: the Dutch and English pictures differ: {nl} / {en}"
