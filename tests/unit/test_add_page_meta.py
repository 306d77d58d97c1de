"""add_page_meta.py: JSON-LD and Open Graph say what the front matter says, and name only real reviewers."""

import datetime
import json

import add_page_meta as hook
from fakes import DOCS, config, page

REVIEW = {"kind": "lived-experience", "by": "A. de Vries", "date": datetime.date(2026, 11, 1), "clinical": None}


def shown(**values: object) -> object:
    meta = {"title": "rTMS", "description": "Over rTMS", "tp_review": REVIEW} | values
    return page(DOCS / "nl" / "rtms.md", meta=meta, canonical_url="https://x.example/rtms.html")


def test_json_ld_names_the_page_its_review_and_only_real_reviewers():
    data = hook.json_ld(shown(), "nl", "Site")
    assert data["@type"] == "MedicalWebPage" and data["name"] == "rTMS" and data["inLanguage"] == "nl"
    assert data["url"] == "https://x.example/rtms.html" and data["lastReviewed"] == "2026-11-01"
    assert data["reviewedBy"] == [{"@type": "Person", "name": "A. de Vries"}]
    editorial = hook.json_ld(shown(tp_review=REVIEW | {"kind": "editorial"}), "nl", "Site")
    assert "reviewedBy" not in editorial
    local = page(DOCS / "nl" / "rtms.md", meta={"title": "t"})
    assert "url" not in hook.json_ld(local, "nl", "Site") and "lastReviewed" not in hook.json_ld(local, "nl", "Site")


def test_the_json_cannot_end_its_script():
    text = hook.script_safe({"name": "</script><b>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": "</script><b>&"}


def test_open_graph_tags():
    tags = dict(hook.open_graph(shown(), "en", ["nl", "en"], "Site"))
    assert tags["og:locale"] == "en_GB" and tags["og:locale:alternate"] == "nl_NL" and tags["og:type"] == "article"
    assert tags["og:url"] == "https://x.example/rtms.html" and tags["og:title"] == "rTMS"
    home = page(DOCS / "nl" / "index.md", meta={}, is_homepage=True)
    assert dict(hook.open_graph(home, "nl", ["nl"], "Site"))["og:title"] == "Site"


def test_the_context_gets_both_for_a_page_with_front_matter():
    context = hook.on_page_context({}, page=shown(), config=config(), nav=None)
    assert json.loads(context["tp_json_ld"])["name"] == "rTMS" and ("og:locale", "nl_NL") in context["tp_open_graph"]
    assert hook.on_page_context({}, page=page(DOCS / "nl" / "rtms.md"), config=config(), nav=None) == {}
