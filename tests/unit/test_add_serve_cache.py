"""add_serve_cache.py: in `mkdocs serve`, a page whose Markdown did not change is not converted again."""

from types import SimpleNamespace

import add_serve_cache as hook
import pytest
from fakes import DOCS, config, page
from mkdocs.structure.files import File, Files


@pytest.fixture
def serving(monkeypatch):
    monkeypatch.setattr(hook, "SERVING", True)
    monkeypatch.setattr(hook.STORE, "pages", {})
    monkeypatch.setattr(hook.STORE, "warned", False)


def fresh_page() -> SimpleNamespace:
    return page(DOCS / "nl" / "rtms.md", toc=None, present_anchor_ids=None, links_to_anchors=None)


FILES = Files([File("nl/ect.md", str(DOCS), "/tmp/site", use_directory_urls=False)])


def build(markdown: str, converted: str) -> tuple[str, SimpleNamespace]:
    """One page's pass: the Markdown step, then (as MkDocs would) the conversion unless the cache said skip."""
    shown = fresh_page()
    given = hook.on_page_markdown(markdown, page=shown, config=config(), files=FILES)
    shown.toc, shown.present_anchor_ids = ("toc of", given), {"a"} if given else None
    shown.links_to_anchors = {FILES.get_file_from_path("nl/ect.md"): {"hoe": "nl/rtms.md:3"}} if given else None
    html = hook.on_page_content(converted if given else "", page=shown, config=config(), files=FILES)
    return html, shown


def test_an_unchanged_page_is_taken_from_the_cache(serving):
    html, first = build("# A\n", "<h1>A</h1>")
    assert html == "<h1>A</h1>" and first.toc == ("toc of", "# A\n")
    html, again = build("# A\n", "never converted")
    assert html == "<h1>A</h1>" and again.toc == ("toc of", "# A\n") and again.present_anchor_ids == {"a"}
    assert again.links_to_anchors == {FILES.get_file_from_path("nl/ect.md"): {"hoe": "nl/rtms.md:3"}}
    html, changed = build("# B\n", "<h1>B</h1>")
    assert html == "<h1>B</h1>" and changed.toc == ("toc of", "# B\n")


def test_after_a_warning_everything_is_converted_again(serving):
    build("# A\n", "<h1>A</h1>")
    hook.STORE.warned = True
    hook.on_pre_build(config=config())
    assert hook.STORE.pages == {} and not hook.STORE.warned


def test_the_key_changes_with_the_markdown_settings():
    shown = fresh_page()
    assert hook._key("# A", shown, config(), FILES) != hook._key("# A", shown, config(mdx_configs={"x": 1}), FILES)


def test_a_real_build_converts_everything():
    shown = fresh_page()
    assert hook.on_page_markdown("# A\n", page=shown, config=config(), files=FILES) == "# A\n"
    assert hook.on_page_content("<h1>A</h1>", page=shown, config=config(), files=FILES) == "<h1>A</h1>"
