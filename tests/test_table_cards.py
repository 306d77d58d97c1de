"""Tables as cards on a phone, the decision aid (keuzehulp) on the treatment overview, and print, in the built
site in Chromium. The hooks' rules on small pieces of HTML are in tests/unit/test_add_table_cards.py and
test_add_decision_aid.py; the all-pages check that no table is wider than its box at 360 px is in test_browser.py."""

import os
import re
import shutil
import subprocess

import pytest
from conftest import OUTPUT, goto_idle, page_url


def url(site, lang, name="keuzehulp.md"):
    return page_url(site["url"], lang, name)


def shown_rows(page):
    """The first cell's text of every row of the decision aid that the reader can see."""
    return page.evaluate("""[...document.querySelector('table[data-tp-compare]').tBodies[0].rows]
        .filter(r => r.getClientRects().length).map(r => r.cells[0].innerText.trim())""")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_decision_aid_pick_two_see_two_show_all_by_keyboard(site, new_page, lang):
    from test_browser import run_axe

    page, watch = new_page(site["url"], width=360, height=800)
    goto_idle(page, url(site, lang))
    every = shown_rows(page)
    assert len(every) >= 8, every
    boxes = page.locator(".tp-compare input[type=checkbox]")
    assert boxes.count() == len(every) and page.locator(".tp-compare").count() == 1
    # Real labels: each checkbox is named by its option.
    names = [page.locator(".tp-compare label").nth(i).inner_text().strip() for i in range(boxes.count())]
    assert names == every
    # Keyboard only: Space picks, Tab moves on.
    boxes.nth(0).focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    assert shown_rows(page) == [every[0], every[2]]
    assert re.search(rf"\b2\b.*\b{len(every)}\b", page.locator(".tp-compare__status").inner_text())
    # On a phone the picked rows are cards that fit, each cell under its column's name.
    card = page.locator("table[data-tp-compare] tbody tr").first
    assert card.evaluate("r => getComputedStyle(r).display") == "block"
    assert card.locator("td").nth(1).evaluate("td => getComputedStyle(td, '::before').content") != "none"
    assert page.evaluate("(t => t.scrollWidth <= t.clientWidth)(document.querySelector('table[data-tp-compare]'))")
    assert not run_axe(page)
    # On paper: the choice, not the checkboxes.
    page.emulate_media(media="print")
    assert shown_rows(page) == [every[0], every[2]]
    assert not page.locator(".tp-compare label").first.is_visible()
    assert page.locator(".tp-compare__status").is_visible()
    page.emulate_media(media="screen")
    # "Show all", by keyboard: every row back, nothing picked, focus back at the first option.
    show_all = page.locator(".tp-compare button")
    for _ in range(len(every) + 2):
        page.keyboard.press("Tab")
        if show_all.evaluate("b => b === document.activeElement"):
            break
    page.keyboard.press("Enter")
    assert shown_rows(page) == every
    assert not show_all.is_visible()
    assert page.evaluate("document.activeElement === document.querySelector('.tp-compare input')")
    assert not any(boxes.nth(i).is_checked() for i in range(boxes.count()))
    assert not watch.errors and not watch.foreign, (watch.errors, watch.foreign)


def test_decision_aid_without_javascript_shows_every_row_as_a_card(site, new_page):
    page, _ = new_page(site["url"], width=360, height=800, java_script_enabled=False)
    page.goto(url(site, "nl"), wait_until="load")
    assert page.locator(".tp-compare").count() == 0
    rows = page.locator("table[data-tp-compare] tbody tr")
    assert rows.count() >= 8 and all(rows.nth(i).is_visible() for i in range(rows.count()))
    first = rows.first.locator("td").nth(1)
    assert first.evaluate("td => getComputedStyle(td, '::before').content") == '"Hoe vaak en hoe lang"'
    # The header row is hidden from the eye only: screen readers still have a table with column headers.
    head = page.locator("table[data-tp-compare] thead")
    assert head.count() == 1 and head.bounding_box()["height"] <= 1


def test_decision_aid_table_prints_on_one_page(site, new_page):
    """The treatment overview table is not split over two sheets of A4 (pdftotext reads the printed pages)."""
    if not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("pdftotext (poppler-utils) is missing; tests/system_tools.sh installs it in CI")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    page, _ = new_page(site["url"], width=1280)
    goto_idle(page, url(site, "nl"))
    page.emulate_media(media="print")
    head, last = page.evaluate("""(t => [t.tHead.rows[0].cells[3].innerText.trim(),
        t.tBodies[0].rows[t.tBodies[0].rows.length - 1].cells[1].innerText.trim()])
        (document.querySelector('table[data-tp-compare]'))""")
    OUTPUT.mkdir(exist_ok=True)
    pdf = OUTPUT / "print-nl-keuzehulp.pdf"
    page.pdf(path=str(pdf), format="A4")
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")
    # A table split over two pages repeats its header on the second (thead prints on every page).
    holding = [i for i, text in enumerate(pages) if head in text]
    assert len(holding) == 1, f"the table's header '{head}' is on pages {holding}"
    assert last in pages[holding[0]], f"the table's last row ('{last}') is not on the page where it starts"


LONG = (
    "Sertraline 50 mg, na drie weken 100 mg. Eerst misselijk en slecht geslapen, daarna ging dat beter. "
    "Na acht weken nog steeds somber, wel wat meer energie in de ochtend. De huisarts wilde toen wisselen. "
) * 3


def test_treatment_overview_prints_all_that_was_written_and_can_print_on_its_own(site, new_page):
    page, _ = new_page(site["url"], width=1280)
    goto_idle(page, url(site, "nl", "afspraak.md"))
    page.locator("#tp-1-effect").fill(LONG + "Slotwoord")
    page.locator("#tp-1-what").fill("Sertraline, later samen met mirtazapine voor de nacht, van de huisarts Eindwoord")
    page.emulate_media(media="print")
    for field in ("#tp-1-effect", "#tp-1-what"):
        paper = page.locator(f"{field} + .tp-overview__paper")
        assert not page.locator(field).is_visible() and paper.is_visible()
        assert paper.inner_text() == page.locator(field).input_value()
        # Nothing cut off: the printed box is as tall and as wide as its text.
        assert paper.evaluate("p => p.scrollHeight <= p.clientHeight && p.scrollWidth <= p.clientWidth")
    assert page.locator("#tp-1-effect + .tp-overview__paper").bounding_box()["height"] > 150
    if shutil.which("pdftotext"):
        OUTPUT.mkdir(exist_ok=True)
        pdf = OUTPUT / "print-nl-overview-long.pdf"
        page.pdf(path=str(pdf), format="A4")
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
        assert "Slotwoord" in text and "Eindwoord" in text and text.count("De huisarts wilde") == 3
    # "Print only the overview": the page is marked while it prints, and on paper only the overview shows.
    page.emulate_media(media="screen")
    page.evaluate("window.print = () => { window.__printed = document.documentElement.className; }")
    page.locator("[data-tp-print-only]").click()
    assert "tp-print-overview" in page.evaluate("window.__printed")
    page.emulate_media(media="print")
    visible = lambda sel: page.locator(sel).first.is_visible()  # noqa: E731
    assert visible(".tp-overview") and visible(".tp-overview__title")
    for other in ("article h1", ".tp-crisis", ".tp-review", "article > p"):
        assert not visible(other), f"{other} prints with 'only the overview'"
    page.evaluate("dispatchEvent(new Event('afterprint'))")
    assert visible("article h1") and visible(".tp-crisis")
    page.evaluate("document.documentElement.classList.add('tp-print-overview')")  # as if afterprint never came
    page.emulate_media(media="screen")
    page.locator("[data-tp-print]").click()  # "print": the whole page again
    assert "tp-print-overview" not in page.evaluate("window.__printed")
