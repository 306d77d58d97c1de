"""check_language.py: a paragraph in the other language is found; quotes, names and short lines are not judged."""

import check_language as hook
import pytest
from fakes import DOCS, PAGE, config, messages, page, write_page


def test_a_paragraph_in_the_other_language_is_found():
    en = PAGE.format(
        body="This page explains what you can do when treatment has not helped enough.\n\n"
        "Bel je huisarts als het niet goed met je gaat, ook 's avonds en in het weekend.\n\n"
        "In the evening, call the huisartsenpost (out-of-hours GP service) if you need help."
    )
    assert [(line, other) for line, other, _ in hook.problems(en, "en")] == [(11, "nl")]
    nl = PAGE.format(
        body="Bel je huisarts als het niet goed met je gaat.\n\n"
        "Call your GP when you are not doing well, also in the evening and at the weekend."
    )
    assert [other for _, other, _ in hook.problems(nl, "nl")] == ["en"]


def test_what_may_stay_in_the_other_language_is_left_out():
    [(line, text)] = list(hook.paragraphs('---\na: b\n---\nZie "a quote in English here" [link](https://x.nl).\n'))
    assert line == 4 and "quote" not in text and "https" not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_site_is_in_its_own_language(lang):
    for path in sorted((DOCS / lang).glob("*.md")):
        assert not list(hook.problems(path.read_text(encoding="utf-8"), lang)), (lang, path.name)


def test_the_hook_judges_by_the_pages_folder(tmp_path, caplog):
    docs = tmp_path / "docs"
    dutch = "Bel je huisarts als het niet goed met je gaat, ook 's avonds en in het weekend.\n"
    path = write_page(docs, "en/a.md", PAGE.format(body=dutch))
    hook.on_page_markdown("x", page=page(path, docs), config=config(docs=docs), files=None)
    [message] = messages(caplog, "check_language")
    assert message.startswith("docs/en/a.md:9: this paragraph reads as Dutch, but the page is English.")
    caplog.clear()
    other = write_page(docs, "includes/a.md", dutch)
    hook.on_page_markdown("x", page=page(other, docs), config=config(docs=docs), files=None)
    assert messages(caplog, "check_language") == []
