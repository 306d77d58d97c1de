"""check_placeholders.py: notes for the editors never reach a reader; names that look alike do."""

import check_placeholders as hook
from fakes import config, messages, page, write_page


def test_placeholders_are_found_and_names_are_not():
    text = "Goed.\nTODO: bron zoeken\nLorem ipsum dolor\nDe dosis is [invullen].\nBirkenhäger TK en Todorov schreven.\n"
    assert [line for line, _ in hook.problems(text)] == [2, 3, 4]
    assert [line for line, _ in hook.problems("FIXME\nXXXX\n[fill in]\ntodo en tbd klein\nTBD\n")] == [1, 2, 3, 5]


def test_the_hook_reads_the_source_and_names_the_line(tmp_path, caplog):
    docs = tmp_path / "docs"
    path = write_page(docs, "en/a.md", "# A\n\nText. TODO\n")
    assert hook.on_page_markdown("rendered", page=page(path, docs), config=config(docs=docs), files=None) == "rendered"
    assert messages(caplog, "check_placeholders") == [
        "docs/en/a.md:3: 'TODO' is a note for the editors, not text for a reader. Finish the text or remove the note. "
        "[unfinished-text]"
    ]
