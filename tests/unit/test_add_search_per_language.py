"""add_search_per_language.py: one search index per language, with the reader's own words and without footnotes."""

import json

import add_search_per_language as hook
from fakes import DOCS, config, page

INDEX = {
    "config": {"lang": ["nl", "en"], "separator": "[\\s]+"},
    "docs": [
        {"location": "ect.html", "title": "ECT", "text": "nl"},
        {"location": "en/ect.html", "title": "ECT", "text": "en"},
        {"location": "en/ect.html#how", "title": "How", "text": "en"},
    ],
}


def write_index(site) -> None:
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(json.dumps(INDEX), encoding="utf-8")


def read(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_index_is_split_per_language_with_keywords(tmp_path):
    write_index(tmp_path)
    hook.split_search_index(tmp_path, "nl", ["nl", "en"], keywords={"ect.html": "shocktherapie"})
    dutch, english = read(tmp_path / "search" / "search_index.json"), read(tmp_path / "en/search/search_index.json")
    assert dutch["docs"] == [{"location": "ect.html", "title": "ECT", "text": "nl", "keywords": "shocktherapie"}]
    assert [d["location"] for d in english["docs"]] == ["ect.html", "ect.html#how"]
    assert dutch["config"]["lang"] == ["nl"] and english["config"]["lang"] == ["en"]
    assert english["config"]["separator"] == "[\\s]+" and not (tmp_path / "search" / "search_index.js").exists()


def test_the_offline_copy_also_gets_the_index_as_a_script(tmp_path):
    write_index(tmp_path)
    hook.split_search_index(tmp_path, "nl", ["nl", "en"], offline=True)
    script = (tmp_path / "en" / "search" / "search_index.js").read_text(encoding="utf-8")
    assert script.startswith("var __index = {") and json.loads(script[len("var __index = ") :])["docs"]


def test_footnotes_are_not_indexed_and_search_terms_are_kept():
    shown = page(DOCS / "nl" / "ect.md", meta={"search_terms": ["shocktherapie", "elektroshock"]}, url="ect.html")
    html = hook.on_page_content('<div class="footnote"><ol></ol></div>', page=shown, config=config(), files=None)
    assert html == '<div class="footnote" data-search-exclude><ol></ol></div>'
    assert hook._keywords["ect.html"] == "shocktherapie elektroshock"


def test_split_only_after_the_last_language(tmp_path):
    write_index(tmp_path)
    hook.on_post_build(config=config(site_dir=str(tmp_path), building=True))
    assert not (tmp_path / "en").exists()
    hook.on_post_build(config=config(site_dir=str(tmp_path)))
    assert (tmp_path / "en" / "search" / "search_index.json").is_file()
