"""Every page carries the crisis route (its wording: test_trust.py); the prose is readable; the text is our own."""

import os
import subprocess
import sys

import pytest
from conftest import DOCS, ROOT, built_page, html_name, lang_folder, page_names
from readability import passes, prose_from_html, scores

CRISIS = {
    "nl": ["113", "0800-0113", "113.nl", "112", "huisarts", "huisartsenpost"],
    "en": ["113", "0800-0113", "113.nl", "112", "GP", "out-of-hours"],
}


soup_of = built_page


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_crisis_route_on_every_page(site, lang):
    for name in page_names() + ["404.md"]:
        box = soup_of(site, lang, name).select_one(".tp-crisis")
        assert box is not None, (lang, name)
        text = box.get_text(" ", strip=True)
        for needle in CRISIS[lang]:
            assert needle in text, (lang, name, needle)
        assert box.select_one('a[href="https://www.113.nl"]'), (lang, name)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_meta_description_from_front_matter(site, lang):
    import yaml

    for name in page_names():
        meta = yaml.safe_load((DOCS / lang / name).read_text(encoding="utf-8").split("---")[1])
        tag = soup_of(site, lang, name).select_one('meta[name="description"]')
        assert tag and tag["content"] == meta["description"], (lang, name)


def _readability_table(site):
    rows = {}
    for name in page_names():
        for lang in ("nl", "en"):
            html = (site["dir"] / lang_folder(lang) / html_name(name)).read_text(encoding="utf-8")
            rows[(lang, name)] = scores(prose_from_html(html, citations=name.startswith("bronnen")), lang)
    return rows


def test_readability(site):
    rows = _readability_table(site)
    failing = {k: v for k, v in rows.items() if not passes(v, k[0])}
    assert not failing, "\n".join(f"{lang}/{name}: {s}" for (lang, name), s in failing.items())
    dutch = sorted(v["flesch_douma"] for (lang, _), v in rows.items() if lang == "nl")
    assert dutch[len(dutch) // 2] >= 65, f"Dutch median Flesch-Douma {dutch[len(dutch) // 2]} (aim: 70)"


def test_readability_check_can_fail():
    hard = (
        "De farmacotherapeutische behandelingsstrategieën worden geïndividualiseerd op basis van "
        "farmacogenetische karakteristieken, comorbiditeitsprofielen en eerdere therapierespons."
    )
    assert not passes(scores(hard, "nl"), "nl")
    assert not passes(
        scores(
            "Pharmacotherapeutic individualisation necessitates comprehensive "
            "consideration of pharmacogenetic characteristics and comorbidity.",
            "en",
        ),
        "en",
    )


def test_originality_against_seeds():
    tool = ROOT.parent / "shared" / "tools" / "originality.py"
    if not tool.exists():
        message = (
            f"the originality tool is not at {tool}: ../shared (the project's source documents) is not next "
            f"to this clone, as in a clinic's copy"
        )
        if os.environ.get("CI"):
            pytest.fail(message + "; CI always has it")
        pytest.skip(message)
    proc = subprocess.run([sys.executable, str(tool), "docs"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_never_persistent_depression_in_english():
    for path in (DOCS / "en").rglob("*.md"):
        text = path.read_text(encoding="utf-8").lower()
        assert "persistent depression" not in text, f"{path}: 'persistent depression' is another diagnosis"
