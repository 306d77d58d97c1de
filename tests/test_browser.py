"""Every page in a real Chromium (Debian's), at phone and desktop width: nothing from another host, no
console errors, axe-core finds no WCAG 2.x A/AA violation, no sideways scrolling, the crisis route shows
without scrolling; search stays in the reader's language; screenshots go to test-output/ for a person."""

from pathlib import Path

import pytest
from conftest import OUTPUT, goto_idle, html_name, material_state, page_names, page_url, start_material

AXE_JS = Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
WIDTHS = {"phone": 360, "desktop": 1280}


def url_of(site, lang, name):
    return page_url(site["url"], lang, name)


# What a change of colour scheme can break; the other rules do not depend on colours (run_axe(colours=True)).
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def run_axe(page, colours: bool = False):
    """axe-core's violations: every WCAG 2.x A/AA and best-practice rule, or with colours only the colour rules."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    only = {"type": "rule", "values": COLOUR_RULES} if colours else {"type": "tag", "values": AXE_TAGS}
    return page.evaluate(
        "async (only) => (await axe.run(document, {runOnly: only, resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))",
        only,
    )


def too_wide(page) -> list[str]:
    """Tables, Material's table scroll boxes, figures and code blocks whose content is wider than they are."""
    return page.evaluate("""[...document.querySelectorAll(
        'article table, article .md-typeset__scrollwrap, article figure, article pre')]
        .filter(e => e.scrollWidth > e.clientWidth)
        .map(e => `${e.tagName.toLowerCase()}.${e.className} (${e.scrollWidth} > ${e.clientWidth} px)`)""")


def all_pages():
    return [(lang, name) for name in page_names() + ["404.md"] for lang in ("nl", "en")]


@pytest.mark.parametrize("width_name", list(WIDTHS))
@pytest.mark.parametrize("lang,name", all_pages())
def test_every_page_private_accessible_and_usable(site, new_page, width_name, lang, name):
    """Each page at each width is its own test, so the two workers share them and a failure names its page."""
    width = WIDTHS[width_name]
    problems = []
    shots = OUTPUT / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    page, watch = new_page(site["url"], width=width, height=800)
    goto_idle(page, url_of(site, lang, name))
    where = f"{lang}/{name} @{width}px"
    # The page as it first appears: plain HTML and CSS, Material's script waits for the reader. The page with
    # Material's script running is checked on a sample (test_pages_with_materials_script_running): what it adds
    # is the same on every page, and starting it loads and indexes the text of every page each time.
    state = material_state(page)
    if state != "waiting":
        problems.append(f"{where}: Material's script started before the reader did anything ({state})")
    page.screenshot(path=str(shots / f"{lang}-{html_name(name)}-{width}.jpg"), full_page=True, type="jpeg", quality=70)
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
    if width_name == "phone":
        # Nothing hides part of itself behind a sideways scroll (a table becomes cards: hooks/add_table_cards.py).
        # Material wraps tables in its scroll box only once its script runs: then look again.
        problems += [f"{where}: {what} is wider than its box" for what in too_wide(page)]
        if page.locator("article table").count():
            start_material(page)
            problems += [f"{where} (Material started): {what} is wider than its box" for what in too_wide(page)]
        # The smallest phones, and 200 % zoom of a 1280 px window (a 640 px wide layout): no sideways scroll.
        for small in (320, 640):
            page.set_viewport_size({"width": small, "height": 700})
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                problems.append(f"{lang}/{name} @{small}px: {overflow}px sideways")
    else:
        # The dark colours (the reader's system setting) pass every axe rule too: the page follows a change of the
        # setting at once (partials/javascripts/palette.html); a first visit in dark is test_dark_from_first_paint.
        page.emulate_media(color_scheme="dark")
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=10000)
        violations = run_axe(page, colours=True)
        if violations:
            problems.append(f"{where} (dark): {violations}")
    page.context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "lang,name",
    [
        ("nl", "keuzehulp.md"),
        ("en", "rtms.md"),
        ("nl", "ect.md"),
        ("en", "bronnen.md"),
        ("nl", "woordenlijst.md"),
        ("en", "afspraak.md"),
    ],
)
def test_pages_with_materials_script_running(site, new_page, lang, name):
    """Once Material's script runs (a wide screen, after the first move): pages with tables, footnotes, boxes,
    forms, sources and the glossary still pass every axe rule, light and dark, with nothing from another host."""
    page, watch = new_page(site["url"], width=1280, height=800)
    goto_idle(page, url_of(site, lang, name))
    start_material(page)
    problems = [f"light: {v}" for v in run_axe(page)]
    page.emulate_media(color_scheme="dark")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=10000)
    problems += [f"dark: {v}" for v in run_axe(page)]
    problems += [f"other hosts: {watch.foreign}"] if watch.foreign else []
    problems += [f"errors: {watch.errors} {watch.failed}"] if watch.errors or watch.failed else []
    assert not problems, f"{lang}/{name}: " + "\n".join(map(str, problems))


@pytest.mark.parametrize("lang,query,expect", [("nl", "bijwerking", "bijwerking"), ("en", "side effect", "side")])
def test_search_finds_only_pages_in_readers_language(site, new_page, lang, query, expect):
    page, watch = new_page(site["url"], width=1280)
    goto_idle(page, url_of(site, lang, "index.md"))
    page.locator("input.md-search__input").click()  # at desktop width the search field is in the header
    page.keyboard.type(query, delay=20)
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
    goto_idle(page, url_of(site, lang, name))
    page.locator("a.tp-lang").click()
    page.wait_for_load_state("networkidle")
    other = "en" if lang == "nl" else "nl"
    assert page.url == url_of(site, other, name)
    assert page.evaluate("document.documentElement.lang") == other
    assert not watch.foreign and not watch.errors and not watch.failed, (watch.foreign, watch.errors, watch.failed)


def test_light_dark_switch_works_at_once_without_materials_script(site, new_page):
    """The switch shows from the start and works without Material's script (partials/javascripts/palette.html);
    the reader's choice is kept for the next page and applied before that page is first painted."""
    page, watch = new_page(site["url"], width=360, has_touch=True)
    goto_idle(page, url_of(site, "nl", "rtms.md"))
    switch = page.locator("[data-tp-palette] label:not([hidden])")
    assert switch.count() == 1, "the light/dark switch does not show"
    for scheme in ("slate", "default", "slate"):
        switch.tap()
        page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{scheme}'", timeout=5000)
    assert material_state(page) == "waiting", "the switch needed Material's script"
    painted = []
    page.on("console", lambda m: painted.append(m.text))
    page.add_init_script("""addEventListener('DOMContentLoaded', () =>
        console.log('scheme ' + document.body.getAttribute('data-md-color-scheme')))""")
    goto_idle(page, url_of(site, "nl", "ect.md"))
    assert "scheme slate" in painted, painted
    assert not watch.foreign and not watch.errors and not watch.failed, (watch.foreign, watch.errors, watch.failed)


def test_search_opens_at_once_while_materials_script_is_on_its_way(site, new_page):
    """On a slow connection Material's script may still be loading when the reader taps search: the search field
    opens at once and keeps what is typed, and the results come as soon as the script is there."""
    page, watch = new_page(site["url"], width=360, has_touch=True)
    held = []  # Material's script is held back (a very slow connection) until the test lets it through
    page.route("**/assets/javascripts/bundle.*", lambda route: held.append(route))
    goto_idle(page, url_of(site, "nl", "index.md"))
    page.locator("button[data-tp-for=__search]").tap()
    page.keyboard.type("rtms", delay=20)
    assert held and material_state(page) == "loading", "the tap did not ask for the script"
    assert page.evaluate("document.getElementById('__search').checked"), "search did not open before the script came"
    assert page.evaluate("document.activeElement.matches('.md-search__input')"), "the search field has no focus"
    assert page.locator(".md-search__input").input_value() == "rtms", "what the reader typed was lost"
    held[0].continue_()
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert "rtms" in page.locator(".md-search-result").inner_text().lower()
    assert not watch.foreign and not watch.errors and not watch.failed, (watch.foreign, watch.errors, watch.failed)


def test_no_cookies_or_storage_set_by_reading(site, new_page):
    page, _ = new_page(site["url"], width=1280)
    for name in ("index.md", "rtms.md"):
        goto_idle(page, url_of(site, "nl", name))
    assert page.context.cookies() == []
    assert page.evaluate("document.cookie") == ""


def tab_to(page, predicate_js, limit=80):
    """Press Tab until the focused element matches; return True when it does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!(el && ({predicate_js})); }})()"):
            return True
    return False


def focus_visible(page):
    """The focused element has a visible outline and is not hidden behind the sticky header."""
    return page.evaluate("""(() => {
        const el = document.activeElement, s = getComputedStyle(el), r = el.getBoundingClientRect();
        const header = document.querySelector('.md-header').getBoundingClientRect();
        const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        const covered = !el.closest('.md-header') && r.top < header.bottom - 1 && r.bottom > header.top + 1;
        return {outlined, covered, tag: el.tagName, text: (el.innerText || el.getAttribute('aria-label') || '').slice(0, 40)};
    })()""")


def test_keyboard_only_phone_menu_and_search(site, new_page):
    page, watch = new_page(site["url"], width=360, height=740)
    goto_idle(page, url_of(site, "nl", "index.md"))
    # Open the menu with the keyboard.
    assert tab_to(page, "el.getAttribute('data-tp-for') === '__drawer'"), "menu button not reachable with Tab"
    state = focus_visible(page)
    assert state["outlined"], state
    page.keyboard.press("Enter")
    assert page.evaluate("document.getElementById('__drawer').checked"), "Enter did not open the menu"
    # Reach a page in a section of the menu: open the section "Hulp" with Enter, then follow its link.
    found = False
    for _ in range(150):
        page.keyboard.press("Tab")
        active = page.evaluate("""(() => { const el = document.activeElement;
            return {href: el.getAttribute('href') || '', label: el.tagName === 'LABEL' && !!el.closest('.md-nav--primary'),
                    text: (el.innerText || '').trim()}; })()""")
        if active["href"].split("/")[-1] == "hulp.html":
            found = True
            break
        if active["label"] and active["text"] == "Hulp":
            page.keyboard.press("Enter")
    assert found, "the help page in the menu is not reachable with Tab and Enter"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/hulp.html"), page.url
    # Search with the keyboard: open, type, reach a result, follow it.
    assert tab_to(page, "el.getAttribute('data-tp-for') === '__search'"), "search button not reachable with Tab"
    page.keyboard.press("Enter")
    page.keyboard.type("rtms")
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    # Enter in the search field opens the best result (Material's keyboard model: Tab leaves search).
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "rtms.html" in page.url, page.url
    assert not watch.foreign and not watch.errors, (watch.foreign, watch.errors)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_focus_is_visible_and_not_under_header(site, new_page, lang):
    page, _ = new_page(site["url"], width=1280, height=700)
    goto_idle(page, url_of(site, lang, "rtms.md"))
    problems = []
    for _ in range(40):
        page.keyboard.press("Tab")
        state = focus_visible(page)
        if state["tag"] in ("BODY",):
            continue
        if not state["outlined"] or state["covered"]:
            problems.append(state)
    assert not problems, problems


@pytest.mark.parametrize("lang,name", [("nl", "rtms.md"), ("en", "afspraak.md")])
def test_print_keeps_content_sources_and_crisis_route(site, new_page, lang, name):
    page, _ = new_page(site["url"], width=1280)
    goto_idle(page, url_of(site, lang, name))
    page.emulate_media(media="print")
    visible = lambda sel: page.evaluate(  # noqa: E731
        f"[...document.querySelectorAll('{sel}')].some(e => e.offsetParent !== null || getComputedStyle(e).display !== 'none' && e.getClientRects().length)"
    )
    assert visible(".tp-crisis"), "crisis route missing in print"
    assert visible("article h1")
    assert visible(".tp-review")
    if name != "afspraak.md":
        assert visible(".footnote"), "sources missing in print"
    for sel in (".md-header", ".md-sidebar--primary", ".md-search", ".md-footer"):
        assert not visible(sel), f"{sel} should not print"
    OUTPUT.mkdir(exist_ok=True)
    page.pdf(path=str(OUTPUT / f"print-{lang}-{html_name(name)}.pdf"), format="A4")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_treatment_overview_fill_keep_print_erase(site, new_page, lang):
    page, watch = new_page(site["url"], width=360)
    goto_idle(page, url_of(site, lang, "afspraak.md"))
    first = page.locator("#tp-1-what")
    first.fill("Sertraline")
    page.locator("#tp-1-dose").fill("100 mg")
    # Not kept unless the reader asks.
    stored = "localStorage.getItem('tp-treatment-overview')"
    assert page.evaluate(stored) is None
    page.locator("[data-tp-keep]").check()
    goto_idle(page, None)
    assert page.locator("#tp-1-what").input_value() == "Sertraline"
    page.emulate_media(media="print")
    # On paper each field is a plain-text copy that wraps and grows (assets/js/overview.js).
    assert page.locator("#tp-1-what + .tp-overview__paper").inner_text() == "Sertraline"
    assert not page.locator(".tp-overview__actions").is_visible()
    page.emulate_media(media="screen")
    page.locator("[data-tp-erase]").click()
    assert page.locator("#tp-1-what").input_value() == ""
    assert page.evaluate(stored) is None
    goto_idle(page, None)
    assert page.locator("#tp-1-what").input_value() == ""
    # Every request stayed on this server; there is no form that could send anything.
    assert not watch.foreign and not watch.errors
    assert page.locator("form[action], .tp-overview form").count() == 0
    assert page.locator(".tp-overview label").count() >= 37


def test_treatment_overview_without_javascript_is_a_blank_printable_form(site, new_page):
    page, _ = new_page(site["url"], width=1280, java_script_enabled=False)
    page.goto(url_of(site, "nl", "afspraak.md"))
    assert page.locator(".tp-overview fieldset").count() == 6
    assert not page.locator(".tp-overview__actions").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".tp-crisis").is_visible()
    page.pdf(path=str(OUTPUT / "print-blank-overview.pdf"), format="A4")


@pytest.mark.parametrize("lang,name", [("nl", "index.md"), ("en", "keuzehulp.md")])
def test_dark_from_first_paint(site, new_page, lang, name):
    """A first visit from a device set to dark shows the dark scheme from the first paint, without Material."""
    page, _ = new_page(site["url"], width=360, height=800, color_scheme="dark")
    painted = []
    page.on("console", lambda m: painted.append(m.text))
    page.add_init_script("""addEventListener('DOMContentLoaded', () =>
        console.log('scheme ' + document.body.getAttribute('data-md-color-scheme')))""")
    goto_idle(page, url_of(site, lang, name))
    assert "scheme slate" in painted, painted
    assert material_state(page) == "waiting"
