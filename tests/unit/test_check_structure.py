"""check_structure.py: one main heading, no skipped heading level, no empty page."""

import check_structure as hook
from fakes import config, messages, page, write_page

WORDS = " ".join(["woord"] * 30)


def found(html: str) -> list[tuple[tuple[str, ...], str]]:
    return [(needles, message.rsplit("[", 1)[1]) for needles, message in hook.problems(html)]


def test_a_well_built_page_passes():
    assert found(f"<h1>A</h1><p>{WORDS}</p><h2>B</h2><h3>C</h3><h2>D</h2>") == []


def test_each_problem_says_where_to_look():
    assert found(f"<p>{WORDS}</p>") == [((), "one-main-heading]")]
    assert found(f"<h1>A</h1><h1>B <em>b</em></h1><p>{WORDS}</p>") == [(("# B b",), "one-main-heading]")]
    assert found(f"<h1>A</h1><h3>C</h3><p>{WORDS}</p>") == [(("C",), "heading-level-skipped]")]
    assert found("<h1>A</h1><p>kort</p>") == [((), "page-empty]")]


def test_the_hook_names_the_line(tmp_path, caplog):
    docs = tmp_path / "docs"
    path = write_page(docs, "nl/a.md", f"# A\n\n{WORDS}\n\n### Diep\n")
    hook.on_page_content(
        f"<h1>A</h1><p>{WORDS}</p><h3>Diep</h3>", page=page(path, docs), config=config(docs=docs), files=None
    )
    [message] = messages(caplog, "check_structure")
    assert message.startswith("docs/nl/a.md:5: heading 'Diep' is level 3 ('### ') right after a level 1 heading.")
    assert "Use '## '" in message
