"""Performance budget, in bytes and requests (not timings), measured in Chromium through a compressing,
caching server like the one in deploy/: every page in both languages.
  first visit: <= 80 KiB transferred, <= 8 requests, none to another host
  next page (same visit, warm cache): <= 15 KiB
The search index (the text of every page) is not loaded until the reader starts to search."""
import pytest

from conftest import CompressingHandler, Server, html_name, mkdocs_build, free_port, page_names, ROOT

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


def measure(page, url):
    responses = []

    def record(response):
        responses.append(response)

    page.on("response", record)
    page.goto(url, wait_until="networkidle")
    page.remove_listener("response", record)
    total = 0
    for r in responses:
        sizes = r.request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return total, [r.url for r in responses]


def test_budget_every_page(served, browser):
    rows, problems = [], []
    names = page_names()
    for lang in ("nl", "en"):
        prefix = served + ("" if lang == "nl" else "en/")
        for i, name in enumerate(names):
            ctx = browser.new_context(viewport={"width": 360, "height": 800})
            page = ctx.new_page()
            first, urls = measure(page, prefix + html_name(name))
            nxt_name = names[(i + 1) % len(names)]
            nxt, _ = measure(page, prefix + html_name(nxt_name))
            ctx.close()
            foreign = [u for u in urls if not u.startswith(served)]
            rows.append(f"{lang}/{name:28} first {first / 1024:6.1f} KiB {len(urls):2d} req | next {nxt / 1024:5.1f} KiB")
            if first > FIRST_VISIT_BYTES or len(urls) > FIRST_VISIT_REQUESTS or foreign:
                problems.append(f"{lang}/{name}: first visit {first / 1024:.1f} KiB, {len(urls)} requests, other hosts {foreign}")
            if nxt > NEXT_PAGE_BYTES:
                problems.append(f"{lang}/{name} -> {nxt_name}: next page {nxt / 1024:.1f} KiB")
            if any("search_index" in u or "workers/search" in u for u in urls):
                problems.append(f"{lang}/{name}: search loaded before the reader searched")
    print("\n".join(rows))
    assert not problems, "\n".join(problems)


def test_search_index_loads_when_reader_starts_to_search(served, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    urls = []
    page.on("request", lambda r: urls.append(r.url))
    page.goto(served + "en/index.html", wait_until="networkidle")
    assert not any("search_index" in u for u in urls)
    page.locator("input.md-search__input").click()
    page.keyboard.type("rtms", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert any(u.endswith("en/search/search_index.json") for u in urls)
    ctx.close()
