"""The editor's preview (`make serve`): a save with a mistake shows a box with the file, line and fix at the top of
the page in the browser, the other pages keep loading (with a short notice), and the box is gone after the fix.
A real build of the same mistake stops, and a real build never has the box."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import ROOT, free_port

BOX = 'class="tp-preview-problems"'


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, condition, timeout: float = 60) -> str:
    """Fetch url until condition(html) holds (the preview rebuilds a few seconds after a save)."""
    deadline, html = time.monotonic() + timeout, ""
    while time.monotonic() < deadline:
        try:
            html = fetch(url)
            if condition(html):
                return html
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url}: condition not met in {timeout} s; last page:\n{html[:600]}")


@pytest.fixture
def preview(tmp_path):
    for part in ("docs", "overrides"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    # What `make serve` runs.
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-strict", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for(url + "index.html", lambda html: "tp-crisis" in html, timeout=90)
        yield tmp_path, url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_preview_shows_the_mistake_in_the_page_and_clears_it_after_the_fix(preview):
    project, url = preview
    assert BOX not in fetch(url + "rtms.html"), "a site without problems has no box"
    page = project / "docs" / "nl" / "rtms.md"
    good = page.read_text(encoding="utf-8")
    page.write_text(good.replace("\n## ", "\nZie [dit](bestaat-niet.md).\n\n## ", 1), encoding="utf-8")
    broken = wait_for(url + "rtms.html", lambda html: BOX in html)
    box = broken.split(BOX, 1)[1].split("</div>", 1)[0]
    assert "Deze pagina heeft een probleem" in box and "nl/rtms.md" in box and "bestaat-niet.md" in box, box
    other = wait_for(url + "en/ect.html", lambda html: BOX in html)  # other pages still load, with a short notice
    notice = other.split(BOX, 1)[1].split("</div>", 1)[0]
    assert "Problems on other pages" in notice and 'href="../rtms.html"' in notice, notice
    page.write_text(good, encoding="utf-8")
    wait_for(url + "rtms.html", lambda html: BOX not in html and "tp-crisis" in html)


def test_a_real_build_never_has_the_box(site):
    pages = list(site["dir"].rglob("*.html"))
    assert pages and not any(BOX in p.read_text(encoding="utf-8") for p in pages)
