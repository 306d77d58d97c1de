"""add_preview_box.py: in the preview, the build's problems show at the top of the pages, in the page's language."""

import add_preview_box as hook
import pytest
from fakes import config, site_config

LABELS = site_config()["extra"]["labels"]
PAGES = {"nl/rtms.md", "nl/ect.md", "en/rtms.md"}
PROBLEM = ("ERROR", "docs/nl/rtms.md:3: the footnote [^a] has no source <here>. [footnote-without-source]")


def test_the_page_with_the_problem_shows_it_in_full():
    box = hook.box("nl/rtms.md", [PROBLEM], LABELS["nl"], "", PAGES)
    assert box.startswith('<div class="tp-preview-problems" role="alert"')
    assert "<strong>error</strong>: docs/nl/rtms.md:3: the footnote [^a] has no source &lt;here&gt;." in box
    assert LABELS["nl"]["preview_title"] in box


def test_other_pages_link_to_it_and_general_problems_show_everywhere():
    box = hook.box("en/rtms.md", [PROBLEM], LABELS["en"], "../", PAGES)
    assert '<a href="../rtms.html">nl/rtms.md</a>' in box and LABELS["en"]["preview_elsewhere"] in box
    general = hook.box("nl/ect.md", [("WARNING", "mkdocs.yml: something")], LABELS["nl"], "", PAGES)
    assert "mkdocs.yml: something" in general
    assert hook.box("nl/ect.md", [], LABELS["nl"], "", PAGES) == ""


@pytest.fixture
def serving(monkeypatch):
    monkeypatch.setattr(hook, "SERVING", True)
    monkeypatch.setattr(hook.STORE, "problems", [PROBLEM])


def test_the_box_is_put_after_body_of_every_built_page(tmp_path, serving):
    docs, site = tmp_path / "docs", tmp_path / "site"
    for name in ("nl/rtms.md", "en/rtms.md"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("# x\n")
    (site / "en").mkdir(parents=True)
    (site / "rtms.html").write_text('<html><body class="x"><p>nl</p></body></html>')
    (site / "en" / "rtms.html").write_text("<html><body><p>en</p></body></html>")
    hook.on_post_build(config=config(docs=docs, site_dir=str(site), extra={"labels": LABELS}))
    assert (site / "rtms.html").read_text().startswith('<html><body class="x"><div class="tp-preview-problems"')
    english = (site / "en" / "rtms.html").read_text()
    assert '<a href="../rtms.html">nl/rtms.md</a>' in english and english.endswith("<p>en</p></body></html>")


def test_a_new_rebuild_starts_with_no_problems(serving):
    hook.on_config(config(building=True))
    assert hook.STORE.problems == [PROBLEM]
    hook.on_config(config())
    assert hook.STORE.problems == []
