"""add_editor_output.py: MkDocs' own messages in the project's voice, routine lines hidden, one closing line."""

import logging

import add_editor_output as hook
import pytest
from fakes import DOCS, config


@pytest.fixture
def site_docs(monkeypatch):
    monkeypatch.setitem(hook._where, "docs", DOCS)


def test_mkdocs_messages_name_file_line_and_fix(site_docs):
    line = next(
        no
        for no, text in enumerate((DOCS / "nl/behandelingen.md").read_text(encoding="utf-8").splitlines(), 1)
        if "rtms.md" in text
    )
    missing = hook.rewrite(
        "Doc file 'nl/behandelingen.md' contains a link 'rtms.md', but the target "
        "'nl/rtms.md' is not found among documentation files."
    )
    assert missing.startswith(f"docs/nl/behandelingen.md:{line}: the link 'rtms.md' goes to a page that does not exist")
    image = hook.rewrite(
        "Doc file 'nl/rtms.md' contains a link '../assets/images/x.png', but the target "
        "'assets/images/x.png' is not found among documentation files."
    )
    assert "the image '../assets/images/x.png' does not exist" in image and "docs/assets/images/" in image
    heading = next(h for h in hook.anchors("nl/ect.md") if h.startswith("hoe-"))
    anchor = hook.rewrite(
        f"Doc file 'nl/rtms.md' contains a link 'ect.md#{heading}x', but the doc "
        f"'nl/ect.md' does not contain an anchor '#{heading}x'."
    )
    assert anchor.startswith("docs/nl/rtms.md:") and f"probably '#{heading}'" in anchor, anchor
    nav = hook.rewrite(
        "A reference to 'weg.md' is included in the 'nav' configuration, which is not found in the documentation files."
    )
    assert nav.startswith("mkdocs.yml: the nav names 'weg.md'") and nav.endswith("[nav-names-missing-page]")
    assert hook.rewrite("Something else entirely.") is None


def test_slugs_are_python_markdowns():
    assert hook.slug(" Hoe werkt ECT? ") == "hoe-werkt-ect" and hook.slug("Wat is -- rTMS") == "wat-is-rtms"


def test_the_filters_rewrite_and_hide(site_docs):
    record = logging.LogRecord(
        "mkdocs.structure.pages",
        logging.WARNING,
        "",
        0,
        "A reference to '%s' is included in the 'nav' configuration, which is not found in the documentation files.",
        ("x.md",),
        None,
    )
    assert hook._Rewrite().filter(record) and record.getMessage().startswith("mkdocs.yml: the nav names 'x.md'")
    routine = logging.LogRecord("mkdocs.commands.build", logging.INFO, "", 0, "Cleaning site directory", (), None)
    assert not hook._QuietRoutine().filter(routine)
    routine.levelno = logging.WARNING
    assert hook._QuietRoutine().filter(routine)


def test_the_closing_line_counts_both_languages(monkeypatch):
    monkeypatch.setattr(hook.STORE, "counts", {})
    monkeypatch.setattr(hook, "COUNTS", hook.STORE.counts)
    assert hook.summary(27) == "Done: 27 pages in Dutch and English, no problems found."
    hook.COUNTS.update(ERROR=2, WARNING=1)
    assert hook.summary(27).startswith("2 error(s) and 1 warning(s) in all, in both languages")
    hook.on_config(config(building=True))  # the other language's pass counts on
    assert hook.COUNTS == {"ERROR": 2, "WARNING": 1}
    hook.on_config(config())  # a new build starts again
    assert hook.COUNTS == {}


def test_build_errors_are_summed_up_once(monkeypatch, caplog):
    monkeypatch.setattr(hook.STORE, "counts", {"ERROR": 1})
    monkeypatch.setattr(hook, "COUNTS", hook.STORE.counts)
    caplog.set_level("INFO")
    hook.on_build_error(error=RuntimeError("x"))
    hook.on_build_error(error=RuntimeError("x"))
    assert [r.getMessage()[:25] for r in caplog.records if r.name == "mkdocs.plugins.add_editor_output"] == [
        "1 error(s) and 0 warning("
    ]
