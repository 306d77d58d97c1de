"""A clinic hosts the site: its own name, logo, colour and contact details by an overlay config (no content
page touched), under any sub-path, or as an offline copy opened from disk. (The nginx set-up is tested
in test_hosting.py.)"""

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import (
    ROOT,
    CompressingHandler,
    Server,
    free_port,
    goto_idle,
    html_name,
    made_up_words,
    mkdocs_build,
    page_names,
)

EXAMPLE = ROOT / "deploy" / "example-clinic" / "mkdocs.yml"
SUB_PATH = "/kliniek/info/"


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def clinic_site(tmp_path_factory):
    site_dir = tmp_path_factory.mktemp("clinic") / "site"
    mkdocs_build(EXAMPLE, site_dir, "https://zorg.example.org/kliniek/info/")
    return site_dir


def test_example_overlay_sets_only_clinic_keys_and_keeps_hooks_in_step():
    overlay = yaml.load(EXAMPLE.read_text(), Loader=yaml.BaseLoader)
    base = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    assert set(overlay) <= {"INHERIT", "site_url", "docs_dir", "site_dir", "theme", "hooks", "extra"}
    assert set(overlay["extra"]) == {"clinic"}
    assert overlay["hooks"] == ["../../" + h for h in base["hooks"]], (
        "example overlay hooks out of step with mkdocs.yml"
    )


def test_clinic_shows_on_every_page(clinic_site):
    for name in page_names():
        for lang, folder in (("nl", ""), ("en", "en/")):
            page = soup(clinic_site / folder / html_name(name))
            block = page.select_one(".tp-clinic")
            assert block is not None, (lang, name)
            text = block.get_text(" ", strip=True)
            assert "Kliniek De Linde" in text and "030 123 45 67" in text
            assert ("aangeboden door" in text) if lang == "nl" else ("offered by" in text)
            assert block.select_one('a[href="tel:0301234567"]') and block.select_one('a[href^="mailto:"]')
            logo = page.select_one(".md-header .md-logo img.tp-clinic-logo")
            assert logo is not None and logo["alt"] == "Kliniek De Linde (voorbeeld)"
            crisis = page.select_one(".tp-crisis").get_text(" ", strip=True)
            assert "De Linde" in crisis and "113" in crisis
            assert page.select_one('link[href$="assets/clinic/clinic.css"]')
    css = (clinic_site / "assets" / "clinic" / "clinic.css").read_text()
    assert "#5b2a55" in css
    assert (clinic_site / "assets" / "clinic" / "logo.svg").is_file()


def test_neutral_site_has_no_clinic(site):
    page = soup(site["dir"] / "index.html")
    assert page.select_one(".tp-clinic") is None
    assert page.select_one(".tp-disclaimer") is not None
    assert not (site["dir"] / "assets" / "clinic").exists()


@pytest.mark.parametrize(
    "key,value,message",
    [
        ("primary_color", '"#88aacc"', "contrast of"),
        ("primary_color", '"purple"', "is not a colour"),
        ("email", "info-at-example", "is not an e-mail address"),
        ("logo", "bestaat-niet.svg", "does not exist"),
        ("website", "http://kliniek.example", "does not start with https://"),
    ],
)
def test_bad_clinic_settings_stop_the_build(tmp_path, key, value, message):
    folder = tmp_path / "deploy" / "example-clinic"
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLE.parent / "logo.svg", folder / "logo.svg")
    text = EXAMPLE.read_text()
    text = text.replace("../../", str(ROOT) + "/")
    text = re.sub(rf"^(    {key}:).*$", rf"\1 {value}", text, count=1, flags=re.M)
    (folder / "mkdocs.yml").write_text(text)
    proc = mkdocs_build(folder / "mkdocs.yml", tmp_path / "site", "https://x.example/", check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out[-1500:]
    assert "extra.clinic" in out and message in out, out[-1500:]
    assert str(folder / "mkdocs.yml") in out


def test_long_clinic_details_do_not_stop_the_build(tmp_path):
    """A clinic cannot change the pages, only its own details: when those push a long page over the page-weight
    limit (overrides/hooks/check_page_weight.py), the clinic's build says so and still finishes."""
    folder = tmp_path / "deploy" / "example-clinic"
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLE.parent / "logo.svg", folder / "logo.svg")
    words = made_up_words(250)
    text = EXAMPLE.read_text().replace("../../", str(ROOT) + "/")
    text = re.sub(r"^(      nl: Polikliniek voor stemmingsstoornissen\.).*$", rf"\1 {words}", text, count=1, flags=re.M)
    text = re.sub(r"^(      en: Outpatient clinic for mood disorders\.).*$", rf"\1 {words}", text, count=1, flags=re.M)
    (folder / "mkdocs.yml").write_text(text)
    proc = mkdocs_build(folder / "mkdocs.yml", tmp_path / "site", "https://x.example/", check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-1500:]
    assert "with the clinic's details this page is" in out, out[-1500:]
    # Pages are named as editors know them (docs/...), even though the clinic's config is in another folder.
    assert re.search(r"^INFO\s+-\s+docs/(nl|en)/[\w-]+\.md: with the clinic's details", out, re.M), out[-1500:]
    assert f"{ROOT}/docs/" not in out, out[-1500:]


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory):
    port = free_port()
    base = f"http://127.0.0.1:{port}{SUB_PATH}"
    site_dir = tmp_path_factory.mktemp("subpath") / "site"
    mkdocs_build(ROOT / "mkdocs.yml", site_dir, base)
    server = Server(site_dir, prefix=SUB_PATH, port=port, handler_class=CompressingHandler)
    yield {"dir": site_dir, "url": base}
    server.stop()


@pytest.mark.parametrize("lang,folder", [("nl", ""), ("en", "en/")])
@pytest.mark.parametrize("name", page_names())
def test_sub_path_every_page_loads_and_links_inside(sub_path_site, new_page, name, lang, folder):
    """Each page its own test, so the workers share them."""
    base = sub_path_site["url"]
    page, watch = new_page(base, width=360)
    goto_idle(page, base + folder + html_name(name))
    bad = [u for u in watch.requests if not u.startswith(base) and not u.startswith("data:")]
    assert not (bad or watch.failed or watch.errors), (lang, name, bad, watch.failed, watch.errors)
    links = page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")
    outside = [link for link in links if link.startswith("http://127.0.0.1") and not link.startswith(base)]
    assert not outside, (lang, name, "links outside the sub-path", outside[:3])
    page.context.close()


def test_sub_path_language_switch_and_search(sub_path_site, new_page):
    base = sub_path_site["url"]
    page, watch = new_page(base, width=1280)
    goto_idle(page, base + "rtms.html")
    page.locator("a.tp-lang").click()
    page.wait_for_load_state("networkidle")
    assert page.url == base + "en/rtms.html"
    page.locator("input.md-search__input").click()
    page.keyboard.type("esketamine", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(a => a.href)")
    assert hrefs and all(h.startswith(base + "en/") for h in hrefs), hrefs
    assert not watch.failed and not watch.errors


@pytest.mark.parametrize("missing,lang", [("ergens/diep/weg.html", "nl"), ("en/somewhere/gone.html", "en")])
def test_sub_path_404_pages_work_at_any_depth(sub_path_site, new_page, missing, lang):
    base = sub_path_site["url"]
    page, watch = new_page(base, width=360)
    response = goto_idle(page, base + missing)
    assert response.status == 404
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.locator(".tp-crisis").is_visible()
    # Its style sheets and scripts still load (absolute paths under the sub-path).
    assert not [f for f in watch.failed if not f.startswith(base + missing)], watch.failed
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"


def test_sub_path_sitemaps(sub_path_site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.parse(sub_path_site["dir"] / "sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert locs and all(loc.startswith(sub_path_site["url"]) for loc in locs)
    en = [e.text for e in ET.parse(sub_path_site["dir"] / "en" / "sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert en and all(loc.startswith(sub_path_site["url"] + "en/") for loc in en)


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    site_dir = tmp_path_factory.mktemp("offline") / "site-offline"
    mkdocs_build(ROOT / "mkdocs.yml", site_dir, "", extra_env={"OFFLINE": "1"})
    return site_dir


def test_offline_copy_works_from_disk(offline_site, browser):
    root = offline_site.as_uri() + "/"
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    elsewhere, errors = [], []
    page.on("request", lambda r: r.url.startswith(("file://", "data:")) or elsewhere.append(r.url))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(root + "index.html")
    # Navigation: follow a link in the menu.
    with page.expect_navigation():
        page.locator('.md-nav--primary a:is([href="hulp.html"], [href$="/hulp.html"])').first.evaluate("a => a.click()")
    assert page.url == root + "hulp.html"
    # Language switch.
    with page.expect_navigation():
        page.locator("a.tp-lang").click()
    assert page.url == root + "en/hulp.html"
    # Search, in English only.
    page.locator("input.md-search__input").click()
    page.keyboard.type("rtms", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(a => a.href)")
    assert hrefs and all(h.startswith(root + "en/") for h in hrefs)
    assert not elsewhere, elsewhere
    assert not errors, errors
    ctx.close()
