"""Shared fixtures: a fresh strict build of the site, served on 127.0.0.1, and Debian's Chromium.

The site is built once per test session with SITE_URL set to the local server's address, so the
sitemap, canonical and hreflang links all point at the server the browser talks to."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LANGS = ("nl", "en")
OUTPUT = ROOT / "test-output"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def mkdocs_build(
    config: Path, site_dir: Path, site_url: str, extra_env: dict | None = None, check: bool = True
) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url, **(extra_env or {}))
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(config), "-d", str(site_dir)],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"mkdocs build failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def page_names() -> list[str]:
    """Every page, by its Dutch file name (the same in both languages)."""
    return sorted(p.relative_to(DOCS / "nl").as_posix() for p in (DOCS / "nl").rglob("*.md"))


def html_name(md_name: str) -> str:
    return re.sub(r"\.md$", ".html", md_name)


def lang_folder(lang: str) -> str:
    """Where a language's pages live in the built site: Dutch at the root, others in <lang>/."""
    return "" if lang == "nl" else f"{lang}/"


def page_url(base: str, lang: str, md_name: str) -> str:
    return base + lang_folder(lang) + html_name(md_name)


def built_page(site: dict, lang: str, md_name: str):
    """A page of the built site, parsed."""
    from bs4 import BeautifulSoup

    path = site["dir"] / lang_folder(lang) / html_name(md_name)
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def made_up_words(count: int, seed: int = 7) -> str:
    """Made-up words (no real language, so no test depends on content): text that compresses about as badly as
    real text does, for growing a page or a clinic's details past a size limit."""
    import random

    rng = random.Random(seed)
    return " ".join(
        "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(1, 4)))
        for _ in range(count)
    )


def goto_idle(page, url: str | None):
    """Open url (or reload, with None) and wait for the load event. By then the page has fetched everything it
    fetches by itself and its deferred scripts have run: Material's script, the only later fetch, waits for the
    reader (material-start.js). So no wait for a quiet network, which costs half a second on every page; a test
    that makes the page fetch more waits for what it needs."""
    return page.reload(wait_until="load") if url is None else page.goto(url, wait_until="load")


def material_state(page) -> str | None:
    """Where Material's script is: "waiting", "loading" or "ready" (docs/assets/js/material-start.js)."""
    return page.evaluate("document.documentElement.dataset.tpMaterial || null")


def start_material(page) -> None:
    """Start Material's script as a reader does, and wait until it runs. On a wide screen the first scroll starts
    it; on a phone-sized screen only search does (material-start.js), so then the test asks as the search field
    does when it gets focus, without opening search."""
    page.mouse.wheel(0, 1)
    page.evaluate("""() => { if (!matchMedia('(min-width: 60em)').matches) document.querySelector('.md-search__input')
        .dispatchEvent(new FocusEvent('focusin', {bubbles: true})); }""")
    page.wait_for_function("document.documentElement.dataset.tpMaterial === 'ready'", timeout=15000)


def reader_scrolls(page) -> None:
    """The reader scrolls a little: on a wide screen that starts Material's script (wait until it runs); on a
    phone-sized screen it starts nothing."""
    page.mouse.wheel(0, 300)
    if page.evaluate("matchMedia('(min-width: 60em)').matches"):
        page.wait_for_function("document.documentElement.dataset.tpMaterial === 'ready'", timeout=15000)
        page.wait_for_load_state("networkidle")  # and the search index it loads


def visit(page, url: str, origin: str, material: bool = True) -> dict:
    """Open url and count what it cost: bytes transferred (compressed body + headers of every response),
    requests (also those to other hosts, which get no response here), which hosts, which encodings.
    With material (the default), the reader also scrolls, so what that starts is counted too (on a wide screen,
    Material's script and the search index it loads): the cost of reading the page, not only of showing it.
    Used by the budget test and by `make bench`."""
    from urllib.parse import urlsplit

    responses, requests = [], []

    def on_response(response):
        responses.append(response)

    def on_request(request):
        if not request.url.startswith(("data:", "blob:")):
            requests.append(request.url)

    page.on("response", on_response)
    page.on("request", on_request)
    goto_idle(page, url)
    at_load = (len(responses), len(requests))
    if material:
        reader_scrolls(page)
    page.remove_listener("response", on_response)
    page.remove_listener("request", on_request)
    sizes = [s["responseBodySize"] + s["responseHeadersSize"] for s in (r.request.sizes() for r in responses)]
    total = sum(sizes)
    foreign = [u for u in requests if not u.startswith(origin)]
    return {
        "bytes": total,
        "requests": len(requests),
        "urls": requests,
        "foreign": foreign,
        "load_bytes": sum(sizes[: at_load[0]]),
        "load_requests": at_load[1],
        "hosts": len({urlsplit(u).netloc for u in foreign}),
        "encodings": {r.headers.get("content-encoding") for r in responses} - {None},
        "search": any("search_index" in u or "workers/search" in u for u in requests),
    }


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


FINGERPRINTED = re.compile(r"(\.[0-9a-f]{8}\.min\.(js|css)$|/assets/javascripts/lunr/)")
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


class CompressingHandler(QuietHandler):
    """Like a production server (deploy/nginx.conf with Debian's brotli module): brotli or gzip for text, long immutable caching for fingerprinted assets,
    no-cache (revalidate, 304) for everything else, and the right 404 page per language."""

    site_prefix = "/"  # the sub-path the site lives under (set per server)

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            site_root = os.path.join(self.directory, self.site_prefix.strip("/"))
            rel = self.path[len(self.site_prefix) :] if self.path.startswith(self.site_prefix) else ""
            lang = "en" if rel.startswith("en/") else ""
            return self._send(os.path.join(site_root, lang, "404.html"), 404)
        return self._send(path, 200)

    def _send(self, path, status):
        import email.utils
        import gzip
        import io

        stat = os.stat(path)
        modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
        if status == 200 and self.headers.get("If-Modified-Since") == modified:
            self.send_response(304)
            self.end_headers()
            return None
        data = Path(path).read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(path))
        accept = self.headers.get("Accept-Encoding", "")
        if path.endswith(COMPRESSIBLE) and "br" in accept:
            import brotli

            data = brotli.compress(data, quality=6)  # nginx's brotli module defaults to level 6
            self.send_header("Content-Encoding", "br")
        elif path.endswith(COMPRESSIBLE) and "gzip" in accept:
            data = gzip.compress(data, 6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Last-Modified", modified)
        immutable = FINGERPRINTED.search(path.replace(os.sep, "/"))
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if immutable else "no-cache")
        self.end_headers()
        return io.BytesIO(data)


class Server:
    def __init__(self, directory: Path, prefix: str = "/", port: int | None = None, handler_class=QuietHandler):
        """Serve `directory` at http://127.0.0.1:<port><prefix> (prefix for sub-path hosting)."""
        self.port = port or free_port()
        self.prefix = prefix
        root = directory
        if prefix != "/":
            # Serve from a parent folder so the site lives under the sub-path.
            root = directory.parent / f"{directory.name}-root"
            target = root / prefix.strip("/")
            shutil.rmtree(root, ignore_errors=True)
            target.parent.mkdir(parents=True)
            target.symlink_to(directory.resolve())
        if issubclass(handler_class, CompressingHandler):
            handler_class = type("SiteHandler", (handler_class,), {"site_prefix": prefix})
        handler = functools.partial(handler_class, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.prefix}"

    def stop(self):
        self.httpd.shutdown()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The real site, built strictly; yields (site_dir, base_url) with a server running."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    site_dir = tmp_path_factory.mktemp("site") / "site"
    proc = mkdocs_build(ROOT / "mkdocs.yml", site_dir, base)
    server = Server(site_dir, port=port)
    yield {"dir": site_dir, "url": base, "log": proc.stdout + proc.stderr}
    server.stop()


def chromium_path() -> str | None:
    path = os.environ.get("CHROMIUM_PATH", "").strip()
    if path:
        return path
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(candidate):
            return candidate
    return None


# Flags from the machine notes: no background traffic, so "zero requests elsewhere" is about the site.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageWatch:
    """Records every request and console error of a page."""

    def __init__(self, page, allowed_origin: str):
        self.page = page
        self.allowed = allowed_origin.rstrip("/")
        self.requests: list[str] = []
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.failed: list[str] = []
        page.on("request", self._on_request)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url} {r.status}"))

    def _on_request(self, request):
        url = request.url
        self.requests.append(url)
        if url.startswith(("data:", "blob:", "about:")):
            return
        if not url.startswith(self.allowed + "/") and url != self.allowed:
            self.foreign.append(url)


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(origin: str, width: int = 1280, height: int = 900, **kw):
        ctx = browser.new_context(viewport={"width": width, "height": height}, **kw)
        contexts.append(ctx)
        page = ctx.new_page()
        return page, PageWatch(page, origin)

    yield make
    for ctx in contexts:
        ctx.close()
