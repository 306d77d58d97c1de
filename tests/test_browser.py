"""Every page in a real Chromium (Debian's), at phone and desktop width: nothing from another host, no
console errors, axe-core finds no WCAG 2.x A/AA violation, no sideways scrolling, the crisis route shows
without scrolling; search stays in the reader's language; screenshots go to test-output/ for a person."""
from pathlib import Path

import pytest

from conftest import OUTPUT, html_name, page_names

AXE_JS = Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = {"phone": 360, "desktop": 1280}


def url_of(site, lang, name):
    return site["url"] + ("" if lang == "nl" else "en/") + html_name(name)


def run_axe(page):
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))",
        AXE_TAGS,
    )


def all_pages():
    return [(lang, name) for name in page_names() + ["404.md"] for lang in ("nl", "en")]


@pytest.mark.parametrize("width_name", list(WIDTHS))
def test_every_page_private_accessible_and_usable(site, new_page, width_name):
    width = WIDTHS[width_name]
    problems = []
    shots = OUTPUT / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for lang, name in all_pages():
        page, watch = new_page(site["url"], width=width, height=800)
        page.goto(url_of(site, lang, name), wait_until="networkidle")
        page.screenshot(path=str(shots / f"{lang}-{html_name(name)}-{width}.png"), full_page=True)
        where = f"{lang}/{name} @{width}px"
        if watch.foreign:
            problems.append(f"{where}: requests to other hosts: {watch.foreign}")
        if watch.errors or watch.failed:
            if name != "404.md" or any("404.html" not in f for f in watch.failed):
                problems.append(f"{where}: console errors {watch.errors} failed requests {watch.failed}")
        violations = run_axe(page)
        if violations:
            problems.append(f"{where}: axe {violations}")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            problems.append(f"{where}: page scrolls sideways by {overflow}px")
        box = page.locator(".tp-crisis").bounding_box()
        if not box or box["y"] + box["height"] > 800:
            problems.append(f"{where}: crisis route not fully visible without scrolling: {box}")
        page.context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang,query,expect", [("nl", "bijwerking", "bijwerking"), ("en", "side effect", "side")])
def test_search_finds_only_pages_in_readers_language(site, new_page, lang, query, expect):
    page, watch = new_page(site["url"], width=1280)
    page.goto(url_of(site, lang, "index.md"), wait_until="networkidle")
    page.locator("label.md-header__button[for=__search]").click()
    page.locator("input.md-search__input").fill(query)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert hrefs, "search found nothing"
    for href in hrefs:
        is_english = "/en/" in href
        assert is_english == (lang == "en"), f"{lang} search returned {href}"
    assert expect in page.locator(".md-search-result").inner_text().lower()
    assert not watch.foreign and not watch.errors and not watch.failed, (watch.foreign, watch.errors, watch.failed)


@pytest.mark.parametrize("lang,name", [("nl", "index.md"), ("en", "index.md"), ("nl", "rtms.md"), ("en", "hulp.md")])
def test_language_switch_click_lands_on_counterpart(site, new_page, lang, name):
    page, watch = new_page(site["url"], width=360)
    page.goto(url_of(site, lang, name), wait_until="networkidle")
    page.locator("a.tp-lang").click()
    page.wait_for_load_state("networkidle")
    other = "en" if lang == "nl" else "nl"
    assert page.url == url_of(site, other, name)
    assert page.evaluate("document.documentElement.lang") == other
    assert not watch.foreign and not watch.errors and not watch.failed, (watch.foreign, watch.errors, watch.failed)


def test_no_cookies_or_storage_set_by_reading(site, new_page):
    page, _ = new_page(site["url"], width=1280)
    for name in ("index.md", "rtms.md"):
        page.goto(url_of(site, "nl", name), wait_until="networkidle")
    assert page.context.cookies() == []
    assert page.evaluate("document.cookie") == ""
