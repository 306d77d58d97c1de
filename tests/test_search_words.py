"""Readers search in their own words ("shocktherapie", "magic mushrooms"): in Chromium, with the site's own search,
each lay query finds the page that answers it among the first three results, in the reader's language only.
The words come from each page's search_terms (front matter) and its text; the sources page and the glossary
are weighed down and footnotes are not indexed, so they do not push the answering page out."""

import pytest
from conftest import goto_idle, html_name, lang_folder, page_names

QUERIES = {
    "nl": [
        ("shocktherapie", "ect.md"),
        ("elektroshock", "ect.md"),
        ("gesprekstherapie", "psychotherapie.md"),
        ("paddo", "nieuwe-behandelingen.md"),
        ("hersenimplantaat", "nieuwe-behandelingen.md"),
        ("magneetbehandeling", "rtms.md"),
        ("neusspray", "esketamine.md"),
        ("ziek melden", "werk.md"),
        ("mantelzorg", "naasten.md"),
        ("zwanger", "zwangerschap.md"),
        ("borstvoeding", "zwangerschap.md"),
        ("wachtlijst", "kosten.md"),
        ("eigen risico", "kosten.md"),
        ("terugval", "terugval.md"),
        ("second opinion", "rechten.md"),
        ("klacht", "rechten.md"),
        ("gedwongen opname", "rechten.md"),
        ("lithium bloedspiegel", "medicijnen.md"),
        ("mao-remmer kaas", "mao-remmers.md"),
        ("autorijden", "leven-met.md"),
        ("luisterlijn", "hulp.md"),
        ("ketamine", "esketamine.md"),
    ],
    "en": [
        ("shock therapy", "ect.md"),
        ("electroshock", "ect.md"),
        ("talking therapy", "psychotherapie.md"),
        ("magic mushrooms", "nieuwe-behandelingen.md"),
        ("brain implant", "nieuwe-behandelingen.md"),
        ("magnet therapy", "rtms.md"),
        ("nasal spray", "esketamine.md"),
        ("sick leave", "werk.md"),
        ("carer", "naasten.md"),
        ("pregnant", "zwangerschap.md"),
        ("breastfeeding", "zwangerschap.md"),
        ("waiting list", "kosten.md"),
        ("deductible", "kosten.md"),
        ("relapse", "terugval.md"),
        ("second opinion", "rechten.md"),
        ("complaint", "rechten.md"),
        ("compulsory care", "rechten.md"),
        ("lithium blood test", "medicijnen.md"),
        ("maoi cheese", "mao-remmers.md"),
        ("driving", "leven-met.md"),
        ("helpline", "hulp.md"),
        ("ketamine", "esketamine.md"),
    ],
}
TOP = 3


def top_pages(page, query: str) -> list[str]:
    """Type the query as a reader does and return the first result pages' file names (best first)."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.type(query, delay=15)
    previous = None
    for _ in range(40):  # results come from a web worker: wait until they stop changing
        page.wait_for_timeout(150)
        links = page.eval_on_selector_all(
            ".md-search-result__list > .md-search-result__item > .md-search-result__link",
            "els => els.map(a => a.getAttribute('href'))",
        )
        if links and links == previous:
            break
        previous = links
    pages = [link.split("#")[0].split("?")[0].split("/")[-1] for link in previous or []]
    return list(dict.fromkeys(pages))  # a page once, at its best place (Material links it per section too)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lay_words_find_the_answering_page(site, new_page, lang):
    assert {name for _, name in QUERIES[lang]} <= set(page_names())
    page, watch = new_page(site["url"], width=1280)
    goto_idle(page, site["url"] + lang_folder(lang) + "index.html")
    page.locator("input.md-search__input").click()
    misses, hits = [], 0
    for query, expected in QUERIES[lang]:
        found = top_pages(page, query)
        if html_name(expected) in found[:TOP]:
            hits += 1
        else:
            misses.append(f"'{query}': expected {expected}, got {found[:5]}")
    print(f"{lang}: {hits} of {len(QUERIES[lang])} lay queries find the answering page in the top {TOP}")
    assert not misses, f"{lang}: {hits}/{len(QUERIES[lang])} found\n" + "\n".join(misses)
    assert not watch.foreign and not watch.failed, (watch.foreign, watch.failed)
