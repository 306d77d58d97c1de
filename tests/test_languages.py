"""Each page is in the right language, points search engines to its translation, and the language switch
leads to the same page in the other language. Both 404 pages exist, each in its own language."""

import xml.etree.ElementTree as ET
from posixpath import normpath

from conftest import built_page, html_name, lang_folder, page_names, page_url

OTHER = {"nl": "en", "en": "nl"}


built = built_page


def absolute(site, lang, name):
    return page_url(site["url"], lang, name)


def test_html_lang_on_every_page(site):
    for name in page_names():
        for lang in ("nl", "en"):
            assert built(site, lang, name).html["lang"] == lang, (lang, name)


def test_sitemap_gives_every_page_its_translation_and_pages_fetch_no_sitemap(site):
    """Search engines find each page's translation in sitemap.xml (hreflang, written by the i18n plugin). The
    pages themselves carry no <link rel="alternate">: Material's script fetches a sitemap for each one."""
    xhtml = "{http://www.w3.org/1999/xhtml}link"
    entries = {}
    for url in ET.parse(site["dir"] / "sitemap.xml").getroot():
        loc = url.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text
        entries[loc] = {link.get("hreflang"): link.get("href") for link in url.iter(xhtml)}
    for name in page_names():
        for lang in ("nl", "en"):
            assert entries.get(absolute(site, lang, name)) == {
                "nl": absolute(site, "nl", name),
                "en": absolute(site, "en", name),
            }, (lang, name)
            assert not built(site, lang, name).select('link[rel="alternate"]'), (lang, name)


def test_language_switch_leads_to_same_page(site):
    for name in page_names():
        for lang in ("nl", "en"):
            soup = built(site, lang, name)
            switch = soup.select("a.tp-lang")
            assert len(switch) == 1, (lang, name)
            other = OTHER[lang]
            assert switch[0]["hreflang"] == other
            assert switch[0]["lang"] == other
            # Relative link: resolve it against the page's own folder.
            target = switch[0]["href"]
            resolved = normpath(lang_folder(lang) + target)
            assert resolved == lang_folder(other) + html_name(name), (lang, name, target)


def test_404_pages_per_language(site):
    nl, en = built_page(site, "nl", "404.md"), built_page(site, "en", "404.md")
    assert nl.html["lang"] == "nl" and en.html["lang"] == "en"
    assert "bestaat niet" in nl.h1.get_text()
    assert "does not exist" in en.h1.get_text()
    for soup in (nl, en):
        assert soup.select_one(".tp-crisis"), "crisis route on the 404 page"
        assert "113" in soup.select_one(".tp-crisis").get_text()
    # A way home, in the right language
    assert nl.select_one('article a[href$="/index.html"]') and en.select_one('article a[href$="/en/index.html"]')


def test_sitemaps_use_site_url_and_list_both_languages(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(site["dir"] / "sitemap.xml").getroot()
    locs = {e.text for e in root.findall("s:url/s:loc", ns)}
    for name in page_names():
        assert absolute(site, "nl", name) in locs
        assert absolute(site, "en", name) in locs
    en_root = ET.parse(site["dir"] / "en" / "sitemap.xml").getroot()
    en_locs = {e.text for e in en_root.findall("s:url/s:loc", ns)}
    assert en_locs == {absolute(site, "en", name) for name in page_names()}


def test_search_index_per_language(site):
    import json

    nl = json.loads((site["dir"] / "search" / "search_index.json").read_text())
    en = json.loads((site["dir"] / "en" / "search" / "search_index.json").read_text())
    assert nl["config"]["lang"] == ["nl"] and en["config"]["lang"] == ["en"]
    assert nl["docs"] and en["docs"]
    assert not any(d["location"].startswith("en/") for d in nl["docs"])
    nl_pages = {d["location"].split("#")[0] for d in nl["docs"]}
    en_pages = {d["location"].split("#")[0] for d in en["docs"]}
    assert nl_pages == en_pages == {html_name(n) for n in page_names()}
