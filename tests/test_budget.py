"""Performance budget, in bytes and requests (not timings), measured in Chromium through a compressing,
caching server like the one in deploy/: every page in both languages.
  first visit: <= 80 KiB transferred, <= 8 requests, none to another host
  repeat visit (the same page again, warm cache) and next page (same visit, warm cache): <= 15 KiB
The search index (the text of every page) is not loaded until the reader starts to search."""

import pytest
from conftest import ROOT, CompressingHandler, Server, free_port, goto_idle, mkdocs_build, page_names, page_url, visit

FIRST_VISIT_BYTES = 80 * 1024
FIRST_VISIT_REQUESTS = 8
NEXT_PAGE_BYTES = 15 * 1024


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    port = free_port()
    site_dir = tmp_path_factory.mktemp("budget") / "site"
    mkdocs_build(ROOT / "mkdocs.yml", site_dir, f"http://127.0.0.1:{port}/")
    server = Server(site_dir, port=port, handler_class=CompressingHandler)
    yield server.url
    server.stop()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", page_names())
def test_budget_every_page(served, browser, lang, name):
    """One test per page and language, so both workers share them."""
    problems = []
    names = page_names()
    ctx = browser.new_context(viewport={"width": 360, "height": 800})
    page = ctx.new_page()
    first = visit(page, page_url(served, lang, name), served)
    again = visit(page, page_url(served, lang, name), served)
    nxt_name = names[(names.index(name) + 1) % len(names)]
    nxt = visit(page, page_url(served, lang, nxt_name), served)
    ctx.close()
    kib, n = first["bytes"] / 1024, first["requests"]
    print(
        f"{lang}/{name:28} first {kib:6.1f} KiB {n:2d} req | repeat {again['bytes'] / 1024:5.1f} KiB"
        f" | next {nxt['bytes'] / 1024:5.1f} KiB"
    )
    if first["bytes"] > FIRST_VISIT_BYTES or n > FIRST_VISIT_REQUESTS or first["foreign"]:
        problems.append(f"{lang}/{name}: first visit {kib:.1f} KiB, {n} requests, other hosts {first['foreign']}")
    if again["bytes"] > NEXT_PAGE_BYTES:
        problems.append(f"{lang}/{name}: repeat visit {again['bytes'] / 1024:.1f} KiB")
    if nxt["bytes"] > NEXT_PAGE_BYTES:
        problems.append(f"{lang}/{name} -> {nxt_name}: next page {nxt['bytes'] / 1024:.1f} KiB")
    if first["search"] or again["search"] or nxt["search"]:
        problems.append(f"{lang}/{name}: search loaded before the reader searched")
    assert not problems, "\n".join(problems)


def test_search_index_loads_when_reader_starts_to_search(served, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    urls = []
    page.on("request", lambda r: urls.append(r.url))
    goto_idle(page, served + "en/index.html")
    assert not any("search_index" in u for u in urls)
    page.locator("input.md-search__input").click()
    page.keyboard.type("rtms", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert any(u.endswith("en/search/search_index.json") for u in urls)
    ctx.close()
