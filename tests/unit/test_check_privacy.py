"""check_privacy.py: nothing in a page loads from another host, runs script or sends what a reader types."""

import check_privacy as hook
import pytest
import shared
from fakes import config, messages, page, write_page


@pytest.mark.parametrize(
    "html",
    [
        "<IMG SRC=https://t.example/p.gif>",
        "<img src='//t.example/p.gif'>",
        '<img srcset="a.png 1x, https://t.example/b.png 2x">',
        '<div STYLE="background:URL(https://x.example/a.png)">x</div>',
        "<style>@import 'x.css'</style>",
        '<meta http-equiv="refresh" content="0;url=https://x.example">',
        '<form action="https://x.example"><input></form>',
        '<base href="https://x.example/">',
        '<svg><image href="https://x.example/a.png"/></svg>',
        "<a href=javascript:alert(1)>x</a>",
        "<p OnClick=x>y</p>",
        '<video poster="https://x.example/a.jpg"></video>',
    ],
)
def test_privacy_holds_however_the_html_is_written(html):
    assert list(hook.problems(html)), html


def test_plain_links_and_local_images_are_fine():
    assert not list(hook.problems('<a href="https://www.113.nl">113</a> <img src="../assets/a.png" alt="">'))


def test_one_element_can_have_several_problems_each_with_what_to_look_for():
    [element] = shared.elements('<iframe src="https://x.example/" onload="x()"></iframe>')
    found = [(needle, message.rsplit("[", 1)[1]) for needle, message in hook.problems_of(element)]
    assert found == [
        ("<iframe", "element-not-allowed]"),
        ("onload", "script-handler]"),
        ("https://x.example/", "loads-from-another-host]"),
    ]


def test_the_hook_names_the_line(tmp_path, caplog):
    docs = tmp_path / "docs"
    path = write_page(docs, "nl/a.md", "# A\n\nTekst.\n\n<iframe src=https://x.example/></iframe>\n")
    html = "<p>Tekst.</p><iframe src=https://x.example/></iframe>"
    assert hook.on_page_content(html, page=page(path, docs), config=config(docs=docs), files=None) == html
    assert [m.split(": ")[0] for m in messages(caplog, "check_privacy")] == ["docs/nl/a.md:5", "docs/nl/a.md:5"]
