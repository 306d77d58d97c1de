"""make bench: how fast the site builds and how light it is, as one Markdown report.

Prints the report and writes it to test-output/bench.md and PERFORMANCE.md. Numbers only, no pass or fail: the budgets are
enforced by tests/test_budget.py. Measured, in this order:
  1. build time: the full bilingual strict build (median of 5), and a rebuild as `mkdocs serve` does it;
  2. every page, both languages, in Chromium through conftest's CompressingHandler (like nginx with
     Debian's brotli module): first-visit bytes and requests, next-page bytes, with brotli and gzip only;
  3. the search index per language: entries, raw and compressed size;
  4. Lighthouse mobile (default Slow 4G simulation) for the home, treatment and rTMS pages;
  5. the home page against a default Material build of the same docs (scripts/bench-default.yml);
  6. the first interaction on a slow phone (4x CPU slowdown), ours and default Material side by side: how long
     the page's main thread is blocked at load, after the first scroll and after a tap on the menu button, and
     how long the menu takes to appear. `--interaction-only` runs only this part (a few minutes).
Only 127.0.0.1 is contacted: Chromium resolves no other host, so the default site's Google Fonts requests
fail at once; they are counted as requests to other hosts, with unknown bytes."""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import brotli

if TYPE_CHECKING:
    from playwright.sync_api import Browser, CDPSession, Page

# The measuring helpers are shared with the budget test: they live in tests/conftest.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from conftest import (  # noqa: E402
    CHROMIUM_ARGS,
    LANGS,
    OUTPUT,
    ROOT,
    CompressingHandler,
    Server,
    chromium_path,
    free_port,
    html_name,
    lang_folder,
    mkdocs_build,
    page_names,
    page_url,
    visit,
)

BUILD_RUNS = 5
REBUILD_RUNS = 3
# Lighthouse 12.8.2 is the last release that runs on Debian's Node 20 (13.x needs Node >= 22.19).
LIGHTHOUSE = "12.8.2"
LH_DIR = ROOT / ".bench"
LH_PAGES = ("index.html", "behandelingen.html", "rtms.html")
LH_RUNS = 3  # TBT varies from run to run on a shared machine: report the median of three
# Chromium's own Accept-Encoding (with br) is what production serves; gzip only is forced by a header.
ENCODINGS = {"brotli": {}, "gzip": {"extra_http_headers": {"Accept-Encoding": "gzip, deflate"}}}
# No other host resolves, so nothing leaves the machine (routing would disable the cache the next page needs).
OFFLINE_ARGS = ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]

# Plain Material: our mkdocs.yml without our templates, hooks, CSS and JavaScript.
DEFAULT_CONFIG = Path(__file__).with_name("bench-default.yml")

# Run in a fresh interpreter: what `mkdocs serve` does after a save (reload the config, full rebuild). Each
# rebuild sees one page changed (a comment added to docs/nl/rtms.md in memory, not on disk), as after a save.
REBUILD = """
import statistics, sys, time
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page
site_dir, url, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.argv[1:] = ["serve"]  # as `mkdocs serve` runs (overrides/hooks/add_serve_cache.py looks)
saves = [0]
read_source = Page.read_source
def edited(self, config):
    read_source(self, config)
    if self.file.src_uri == "nl/rtms.md":
        self.markdown += f"\\n<!-- save {saves[0]} -->\\n"
Page.read_source = edited
def get_config():
    config = load_config(config_file="mkdocs.yml", site_dir=site_dir)
    config.site_url = url
    return config
config = get_config()
config.plugins.on_startup(command="serve", dirty=False)
build(config, serve_url=url)
times = []
for _ in range(runs):
    saves[0] += 1
    start = time.perf_counter()
    build(get_config(), serve_url=url)
    times.append(time.perf_counter() - start)
config.plugins.on_shutdown()
print(" ".join(f"{t:.3f}" for t in times))
"""


def log(*args: object) -> None:
    print(*args, file=sys.stderr, flush=True)


def kib(n: float | None) -> str:
    return "?" if n is None else f"{n / 1024:.1f}"


# 1. Build time ---------------------------------------------------------------------------------------


def time_builds(site_dir: Path, url: str) -> list[float]:
    times = []
    for i in range(BUILD_RUNS):
        start = time.perf_counter()
        mkdocs_build(ROOT / "mkdocs.yml", site_dir, url)
        times.append(time.perf_counter() - start)
        log(f"  build {i + 1}/{BUILD_RUNS}: {times[-1]:.2f} s")
    return times


def time_rebuilds(site_dir: Path, url: str) -> list[float]:
    env = {"NO_MKDOCS_2_WARNING": "1", "SITE_URL": url}
    proc = subprocess.run(
        [sys.executable, "-c", REBUILD, str(site_dir), url, str(REBUILD_RUNS)],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "rebuild failed")
    return [float(t) for t in proc.stdout.split()]


# 2. and 5. Bytes and requests in Chromium -------------------------------------------------------------


def measure_pages(browser: Browser, base: str) -> dict:
    names, results = page_names(), {}
    for enc, options in ENCODINGS.items():
        for lang in LANGS:
            for i, name in enumerate(names):
                ctx = browser.new_context(viewport={"width": 360, "height": 800}, **options)
                page = ctx.new_page()
                first = visit(page, page_url(base, lang, name), base)
                again = visit(page, page_url(base, lang, name), base)  # a repeat visit: the same page, warm cache
                nxt = visit(page, page_url(base, lang, names[(i + 1) % len(names)]), base)
                ctx.close()
                results[enc, lang, name] = (first, again, nxt)
        log(f"  pages measured with {enc}")
    return results


def measure_home(browser: Browser, base: str, lang: str, options: dict, material: bool = True) -> dict:
    """material=False for the default Material site, which loads its script at once (nothing to start)."""
    ctx = browser.new_context(viewport={"width": 360, "height": 800}, **options)
    result = visit(ctx.new_page(), base + lang_folder(lang), base, material=material)
    ctx.close()
    return result


class DefaultSiteHandler(CompressingHandler):
    """The default site has one 404 page, at its root (the i18n plugin writes none under en/)."""

    def _send(self, path: str, status: int) -> BinaryIO | None:
        if not os.path.isfile(path):
            path = os.path.join(self.directory, "404.html")
        return super()._send(path, status)


# The docs built as plain Material (scripts/bench-default.yml) into tmp/default-site.
def build_default(tmp: Path, url: str) -> Path:
    empty = tmp / "default-theme"  # the theme's custom_dir: nothing of ours
    empty.mkdir()
    site_dir = tmp / "default-site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--clean", "-q", "-f", str(DEFAULT_CONFIG), "-d", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": url, "BENCH_EMPTY_DIR": str(empty)},
    )
    if proc.returncode != 0:
        raise RuntimeError(f"default Material build failed: {proc.stderr.strip()[-500:]}")
    return site_dir


# 3. Search index -------------------------------------------------------------------------------------


def search_index(site_dir: Path) -> list[tuple]:
    rows = []
    for lang in LANGS:
        path = site_dir / ("" if lang == "nl" else lang) / "search" / "search_index.json"
        data = path.read_bytes()
        rows.append(
            (
                lang,
                len(json.loads(data)["docs"]),
                len(data),
                len(brotli.compress(data, quality=6)),
                len(gzip.compress(data, 6)),
            )
        )
    return rows


# 4. Lighthouse ---------------------------------------------------------------------------------------


def lighthouse_cli() -> Path:
    """Lighthouse, installed on demand into .bench/ (not the project's node_modules)."""
    cli = LH_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
    pkg = cli.parents[1] / "package.json"
    if pkg.exists() and json.loads(pkg.read_text())["version"] == LIGHTHOUSE:
        return cli
    if not shutil.which("node") or not shutil.which("npm"):
        raise RuntimeError("node and npm are needed for Lighthouse (apt-get install nodejs npm)")
    log(f"  installing lighthouse@{LIGHTHOUSE} into .bench/")
    proc = subprocess.run(
        [
            "npm",
            "install",
            "--prefix",
            str(LH_DIR),
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            "--save-exact",
            f"lighthouse@{LIGHTHOUSE}",
        ],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0 or not cli.exists():
        raise RuntimeError(f"npm install lighthouse@{LIGHTHOUSE} failed: {proc.stderr.strip()[-300:]}")
    return cli


def lighthouse(cli: Path, url: str) -> dict:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    proc = subprocess.run(
        ["node", str(cli), url, "--output=json", "--quiet", f"--chrome-flags={flags}"],
        env={**os.environ, "CHROME_PATH": chromium_path() or ""},
        capture_output=True,
        text=True,
        timeout=240,
    )
    if proc.returncode != 0 or not proc.stdout.startswith("{"):
        raise RuntimeError((proc.stderr.strip() or "no output").splitlines()[-1][:200])
    report = json.loads(proc.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(report["runtimeError"].get("message", "runtime error"))
    audits = report["audits"]
    return {
        "scores": [report["categories"][c]["score"] for c in ("performance", "accessibility", "best-practices", "seo")],
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "benchmark": report.get("environment", {}).get("benchmarkIndex"),
    }


# 6. First interaction on a slow phone -------------------------------------------------------------------

INTERACTION_PAGES = (("nl", "index.md"), ("nl", "behandelingen.md"), ("en", "wat-is-trd.md"))
INTERACTION_RUNS = 3  # visits per page and site (--runs); each takes about 10 s
CPU_SLOWDOWN = 4
WINDOW_MS = 2000  # blocking time counts from each moment (load, first scroll, tap) to 2 s after it
PHONE = {"viewport": {"width": 360, "height": 800}, "is_mobile": True, "has_touch": True}
# The header's menu button, whichever script made it: our button in front of Material's label, or the label.
MENU = '[data-tp-for="__drawer"], label[for="__drawer"]'

# Runs before any script of the page. Records every long task (over 50 ms), the first touch or scroll, the tap on
# the menu button, and when the menu is on screen: the first frame painted after it starts to slide in ("shown")
# and after it is fully in ("open"). A state is painted once the next animation frame starts.
PROBE = """
(() => {
  const MENU = __MENU__;
  const bench = (window.__bench = { tasks: [], scroll: null, tap: null, shown: null, open: null });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) bench.tasks.push([task.startTime, task.duration]);
  }).observe({ type: "longtask", buffered: true });
  function watchMenu() {
    const drawer = document.getElementById("__drawer");
    const sidebar = document.querySelector(".md-sidebar--primary");
    const seen = { shown: false, open: false };
    requestAnimationFrame(function frame() {
      for (const key in seen) if (seen[key] && bench[key] === null) bench[key] = performance.now();
      const box = sidebar.getBoundingClientRect();
      seen.shown = drawer.checked && box.right > 1;
      seen.open = drawer.checked && box.left > -1;
      if (bench.open === null) requestAnimationFrame(frame);
    });
  }
  function first(event) {
    const menu = event.type === "touchstart" && event.target.closest && event.target.closest(MENU);
    if (menu && bench.tap === null) {
      bench.tap = event.timeStamp;
      watchMenu();
    } else if (!menu && bench.scroll === null) bench.scroll = event.timeStamp;
  }
  for (const type of ["touchstart", "scroll"]) addEventListener(type, first, { capture: true, passive: true });
})();
""".replace("__MENU__", json.dumps(MENU))

# The centre of the first visible menu button (read outside the measured windows).
FIND_MENU = """(selector) => {
  for (const el of document.querySelectorAll(selector)) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden")
      return [box.x + box.width / 2, box.y + box.height / 2];
  }
  return null;
}"""


# Main-thread blocking between start and end (ms): the part of each long task in the window above 50 ms.
def blocking(tasks: list[list[float]], start: float, end: float) -> float:
    parts = (min(t + d, end) - max(t, start) for t, d in tasks)
    return sum(part - 50 for part in parts if part > 50)


# A finger swipes 400 px up the screen in about 0.2 s, and the page scrolls (CDP's synthesized touch scroll
# gesture does not scroll in headless Chromium; single touch events do).
def swipe(page: Page, cdp: CDPSession) -> None:
    y = 600
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": 180, "y": y}]})
    for _ in range(10):
        y -= 40
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": 180, "y": y}]})
        page.wait_for_timeout(16)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


# One visit in a fresh phone-sized tab (empty cache) at 4x CPU slowdown: open the page and wait; then either
# scroll, wait, tap the menu button, wait (scroll=True), or tap the menu button as the first thing (False).
def interaction_run(browser: Browser, url: str, scroll: bool) -> dict[str, float]:
    ctx = browser.new_context(**PHONE)
    ctx.add_init_script(PROBE)
    page = ctx.new_page()
    cdp = ctx.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    page.goto(url, wait_until="load")
    page.wait_for_timeout(WINDOW_MS + 300)
    if scroll:
        swipe(page, cdp)
        page.wait_for_timeout(WINDOW_MS + 300)
        if page.evaluate("scrollY") == 0:
            ctx.close()
            raise RuntimeError(f"the swipe did not scroll {url}")
    where = page.evaluate(FIND_MENU, MENU)
    if where is None:
        ctx.close()
        raise RuntimeError(f"no visible menu button ({MENU}) on {url}")
    page.touchscreen.tap(*where)
    page.wait_for_timeout(WINDOW_MS + 300)
    page.wait_for_function("window.__bench.open !== null", timeout=15000)
    data = page.evaluate("({...window.__bench, load: performance.getEntriesByType('navigation')[0].loadEventEnd})")
    ctx.close()
    tasks = data["tasks"]
    result = {
        "load": blocking(tasks, 0, data["load"] + WINDOW_MS),
        "tap": blocking(tasks, data["tap"], data["tap"] + WINDOW_MS),
        "shown": data["shown"] - data["tap"],
        "open": data["open"] - data["tap"],
    }
    if scroll:
        result["scroll"] = blocking(tasks, data["scroll"], data["scroll"] + WINDOW_MS)
        result["visit"] = blocking(tasks, 0, float("inf"))  # also what falls between the windows
    return result


# The median of every figure over INTERACTION_RUNS visits, per page, for both scenarios.
def measure_interaction(browser: Browser, base: str) -> dict[tuple[str, str], dict[str, float]]:
    results = {}
    for lang, name in INTERACTION_PAGES:
        url = page_url(base, lang, name)
        for scroll in (True, False):
            runs = [interaction_run(browser, url, scroll) for _ in range(INTERACTION_RUNS)]
            prefix = "" if scroll else "first_"
            for key in runs[0]:
                results.setdefault((lang, name), {})[prefix + key] = statistics.median(r[key] for r in runs)
        log(f"  {base} {lang}/{name}: {results[lang, name]}")
    return results


# Which version of the site was measured: its commit, and whether files have changed since.
def site_version() -> str:
    git = ["git", "--no-optional-locks", "-C", str(ROOT)]  # reads only, never writes the index
    try:
        sha = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        changed = subprocess.run([*git, "status", "--porcelain"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return f"commit {sha.stdout.strip()}" + (" with uncommitted changes" if changed.stdout.strip() else "")


# The "First interaction" section of the report, ours and default Material side by side.
def interaction_section(ours: dict, default: dict) -> list[str]:
    rows = []
    for key in ours:
        lang, name = key
        for label, r in (("ours", ours[key]), ("default Material", default[key])):
            rows.append(
                [
                    f"{lang_folder(lang)}{html_name(name)}",
                    label,
                    f"{r['load']:.0f}",
                    f"{r['scroll']:.0f}",
                    f"{r['tap']:.0f}",
                    f"{r['visit']:.0f}",
                    f"{r['shown']:.0f} ({r['open']:.0f})",
                    f"{r['first_tap']:.0f}",
                    f"{r['first_shown']:.0f} ({r['first_open']:.0f})",
                ]
            )
    header = [
        "page",
        "site",
        "blocked at load ms",
        "after 1st scroll ms",
        "after menu tap ms",
        "whole visit ms",
        "tap → menu ms (open)",
        "menu as 1st touch: blocked ms",
        "menu as 1st touch: tap → menu ms (open)",
    ]
    total = {site: sum(r["visit"] for r in runs.values()) for site, runs in (("ours", ours), ("default", default))}
    return [
        "## First interaction on a slow phone",
        "",
        f"Measured {datetime.date.today().isoformat()}, site at {site_version()}.",
        "",
        f"What a reader pays after the page appears, on a cheap phone. Chromium plays a phone (360×800, touch "
        f"screen) whose processor is {CPU_SLOWDOWN}× slower than this machine's (`Emulation.setCPUThrottlingRate`) "
        f"and opens each page with an empty cache; median of {INTERACTION_RUNS} visits. *Blocked* is the time in "
        "which the page could not react to the reader's finger: every stretch of more than 50 ms of work without "
        "a break counts with the part over 50 ms (what Lighthouse calls Total Blocking Time). It is measured from "
        f"opening the page until {WINDOW_MS / 1000:.0f} s after it has loaded, in the {WINDOW_MS / 1000:.0f} s after "
        f"the first swipe, in the {WINDOW_MS / 1000:.0f} s after a tap on the menu button, and over the whole "
        "visit. *Tap → menu* is how long the reader waits from touching the menu button until the menu starts to "
        "slide in on the screen (in brackets: until it is fully in; Material's slide itself takes 0.25 s). *Menu "
        "as 1st touch*: the reader taps the menu before scrolling. Default Material starts its script as soon as "
        "the page loads; a site that starts it later moves that cost to the reader's first touch, where "
        "Lighthouse's load-only score does not look, and this table does. Default Material is the same docs built "
        "with `scripts/bench-default.yml` (our palette, features, plugins and nav; none of our templates, hooks, "
        "CSS or JavaScript). The machine is shared: compare the two sites within one run, not runs of different "
        "days.",
        "",
        table(header, rows),
        "",
        f"Blocked in the whole visit (open, swipe, tap the menu), all {len(ours)} pages together: "
        f"**ours {total['ours']:.0f} ms, default Material {total['default']:.0f} ms**.",
        "",
    ]


# The report ------------------------------------------------------------------------------------------


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main(interaction_only: bool = False) -> int:
    if interaction_only:
        return interaction_alone()
    out, problems = [], []
    chromium = chromium_path()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        site_dir = tmp / "site"

        log("1. build time")
        builds = time_builds(site_dir, base)  # the last build is the one measured below
        rows = [
            [
                "full bilingual strict build (`mkdocs build --strict`, new process)",
                f"**{statistics.median(builds):.2f} s**",
                ", ".join(f"{t:.2f}" for t in builds),
            ]
        ]
        try:
            rebuilds = time_rebuilds(tmp / "serve-site", base)
            rows.append(
                [
                    "rebuild after a save in `mkdocs serve` (one page changed; config reloaded, every page "
                    "rebuilt, the Markdown of unchanged pages reused; warm process; without file-watch delay "
                    "and browser reload)",
                    f"**{statistics.median(rebuilds):.2f} s**",
                    ", ".join(f"{t:.2f}" for t in rebuilds),
                ]
            )
        except Exception as e:  # noqa: BLE001 - a report, not a test
            problems.append(f"serve rebuild not measured: {e}")
        out += ["## Build time", "", table(["what", "median", "runs (s)"], rows), ""]

        log("2. bytes and requests per page")
        from playwright.sync_api import sync_playwright

        server = Server(site_dir, port=port, handler_class=CompressingHandler)
        default_port = free_port()
        default_base = f"http://127.0.0.1:{default_port}/"
        default_site = build_default(tmp, default_base)
        default_server = Server(default_site, port=default_port, handler_class=DefaultSiteHandler)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS + OFFLINE_ARGS)
            pages = measure_pages(browser, base)
            log("5. default Material home page")
            compare = {
                (enc, lang): (
                    measure_home(browser, base, lang, options),
                    measure_home(browser, default_base, lang, options, material=False),
                )
                for enc, options in ENCODINGS.items()
                for lang in LANGS
            }
            browser.close()

        rows, firsts, nexts, repeats, loads = [], [], [], [], []
        for lang in LANGS:
            for name in page_names():
                (bf, br, bn), (gf, _gr, gn) = pages["brotli", lang, name], pages["gzip", lang, name]
                firsts.append(bf["bytes"]), nexts.append(bn["bytes"]), repeats.append(br["bytes"])
                reqs = str(bf["requests"]) if bf["requests"] == gf["requests"] else f"{bf['requests']}/{gf['requests']}"
                rows.append(
                    [
                        f"{'' if lang == 'nl' else 'en/'}{html_name(name)}",
                        kib(bf["load_bytes"]),
                        bf["load_requests"],
                        kib(bf["bytes"]),
                        kib(gf["bytes"]),
                        reqs,
                        max(bf["hosts"], gf["hosts"]),
                        kib(br["bytes"]),
                        br["requests"],
                        kib(bn["bytes"]),
                        kib(gn["bytes"]),
                        bn["requests"],
                    ]
                )
                loads.append(bf["load_bytes"])
                if bf["search"] or gf["search"]:
                    problems.append(f"{lang}/{name}: the search index was loaded before searching")
        for enc in ENCODINGS:
            used = set().union(*(f["encodings"] for key, (f, _, _) in pages.items() if key[0] == enc))
            if used != {"br" if enc == "brotli" else "gzip"}:
                problems.append(f"{enc} run: the server answered with {sorted(used)}")
        out += [
            "## Bytes and requests per page",
            "",
            "Chromium, 360×800, empty cache; KiB transferred (compressed body + headers), as in tests/test_budget.py. "
            "At load: what the page costs until the reader does anything (HTML, CSS, site.js). First visit: after "
            "the reader's first scroll, which starts Material's script (the budget counts this). "
            "Repeat: the same page opened again (warm cache). "
            "Next page: the following page in the same visit (warm cache), also scrolled. Requests include "
            "those the browser answers from its cache without asking the server. "
            "Budgets: first visit ≤ 80 KiB, ≤ 8 requests, 0 other hosts; next page and repeat visit ≤ 15 KiB.",
            "",
            table(
                [
                    "page",
                    "at load KiB (br)",
                    "at load requests",
                    "first KiB (br)",
                    "first KiB (gzip)",
                    "requests",
                    "other hosts",
                    "repeat KiB (br)",
                    "repeat requests",
                    "next KiB (br)",
                    "next KiB (gzip)",
                    "next requests",
                ],
                rows,
            ),
            "",
            f"Brotli, all {len(firsts)} pages: at load median {kib(statistics.median(loads))} KiB, max {kib(max(loads))} KiB; "
            f"first visit median {kib(statistics.median(firsts))} KiB, max {kib(max(firsts))} KiB; "
            f"repeat visit median {kib(statistics.median(repeats))} KiB, max {kib(max(repeats))} KiB; "
            f"next page median {kib(statistics.median(nexts))} KiB, max {kib(max(nexts))} KiB.",
            "",
        ]

        log("3. search index")
        rows = [[lang, n, kib(raw), kib(br), kib(gz)] for lang, n, raw, br, gz in search_index(site_dir)]
        out += [
            "## Search index",
            "",
            "Loaded only when the reader starts to search; compressed as the server sends it.",
            "",
            table(["language", "entries", "raw KiB", "br KiB", "gzip KiB"], rows),
            "",
        ]

        log("4. Lighthouse")
        rows, bench_index = [], []
        try:
            cli = lighthouse_cli()
            for lang in LANGS:
                for name in LH_PAGES:
                    url = base + lang_folder(lang) + name
                    label = url[len(base) :]
                    try:
                        runs = [lighthouse(cli, url) for _ in range(LH_RUNS)]
                    except Exception as e:  # noqa: BLE001
                        problems.append(f"Lighthouse {label}: {e}")
                        continue
                    bench_index += [r["benchmark"] for r in runs]
                    med = lambda f, runs=runs: statistics.median(f(r) for r in runs)  # noqa: E731
                    scores = [
                        None if runs[0]["scores"][i] is None else round(med(lambda r, i=i: r["scores"][i]) * 100)
                        for i in range(4)
                    ]
                    rows.append(
                        [
                            label,
                            *("–" if s is None else s for s in scores),
                            f"{med(lambda r: r['lcp']):.2f}",
                            f"{med(lambda r: r['cls']):.3f}",
                            f"{med(lambda r: r['tbt']):.0f}",
                            " / ".join(f"{r['tbt']:.0f}" for r in runs),
                        ]
                    )
                    log(f"  {label}: {rows[-1][1:]}")
        except Exception as e:  # noqa: BLE001
            problems.append(f"Lighthouse did not run: {e}")
        if rows:
            machine = (
                f" This machine's Lighthouse benchmark index: {statistics.median(b for b in bench_index if b):.0f}."
                if any(bench_index)
                else ""
            )
            out += [
                "## Lighthouse (mobile, simulated Slow 4G, 4× CPU slowdown)",
                "",
                f"Lighthouse {LIGHTHOUSE}, Debian's Chromium, median of {LH_RUNS} runs per page.{machine} "
                "Budgets: Performance ≥ 98, the rest 100; LCP ≤ 1.5 s, CLS ≤ 0.02, TBT ≤ 150 ms.",
                "",
                table(["page", "Perf", "A11y", "BP", "SEO", "LCP s", "CLS", "TBT ms", "TBT runs"], rows),
                "",
            ]

        rows = []
        for (enc, lang), (ours, default) in compare.items():
            unknown = " + ?" if default["foreign"] else ""
            rows.append(
                [
                    f"{lang} home, {enc}",
                    f"{kib(ours['bytes'])} KiB, {ours['requests']} req, {ours['hosts']} other hosts",
                    f"{kib(default['bytes'])} KiB{unknown}, {default['requests']} req ({len(default['foreign'])} to "
                    f"{default['hosts']} other hosts)",
                    f"{ours['bytes'] / default['bytes']:.2f}×",
                ]
            )
        ours = sum(compare["brotli", lang][0]["bytes"] for lang in LANGS)
        default = sum(compare["brotli", lang][1]["bytes"] for lang in LANGS)
        o, d = compare["brotli", "nl"]
        out += [
            "## Compared with a default Material site",
            "",
            "The same docs built as plain Material (`scripts/bench-default.yml`: our palette, features, plugins and "
            "nav; none of our templates, hooks, CSS or JavaScript; Material's default font from Google Fonts), home "
            "page, first visit. Requests to other hosts fail here (no network): "
            "their bytes are unknown (?) and left out, and so are the web fonts that the Google Fonts stylesheet would "
            "load from a second host (fonts.gstatic.com); Chromium also counts 0 bytes for a worker script (the "
            "default loads its search worker at once). So the default's real cost is higher.",
            "",
            table(["page", "ours", "default Material", "ours / default bytes"], rows),
            "",
            f"**ours = {ours / default:.2f}× default bytes** (brotli, both home pages), "
            f"{o['requests']} vs {d['requests']} requests, {o['hosts']} vs {d['hosts']} other hosts.",
            "",
        ]

        log("6. first interaction on a slow phone")
        try:
            out += interaction(chromium, base, default_base)
        except Exception as e:  # noqa: BLE001
            problems.append(f"first interaction not measured: {e}")
        server.stop()
        default_server.stop()
    write_report(out, problems, chromium)
    return 0


# make bench --interaction-only: one build of each site, then part 6 alone; only that section of
# PERFORMANCE.md is replaced.
def interaction_alone() -> int:
    chromium = chromium_path()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp_name:
        tmp = Path(tmp_name)
        base, default_base = (f"http://127.0.0.1:{free_port()}/" for _ in range(2))
        log("building both sites")
        mkdocs_build(ROOT / "mkdocs.yml", tmp / "site", base)
        servers = [
            Server(tmp / "site", port=port_of(base), handler_class=CompressingHandler),
            Server(build_default(tmp, default_base), port=port_of(default_base), handler_class=DefaultSiteHandler),
        ]
        log("6. first interaction on a slow phone")
        try:
            out = interaction(chromium, base, default_base)
        finally:
            for server in servers:
                server.stop()
    write_report(out, [], chromium, only=out[0])
    return 0


# The port of a local base address such as http://127.0.0.1:8000/.
def port_of(base: str) -> int:
    return int(base.rstrip("/").rsplit(":", 1)[1])


# Part 6 for both sites, already served at base and default_base, in a browser of its own.
def interaction(chromium: str | None, base: str, default_base: str) -> list[str]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS + OFFLINE_ARGS)
        try:
            ours = measure_interaction(browser, base)
            default = measure_interaction(browser, default_base)
        finally:
            browser.close()
    return interaction_section(ours, default)


# Between these lines PERFORMANCE.md holds the report; the text above the first is kept as it is.
REPORT_START = "<!-- Below: written by make bench (scripts/bench.py) on every run; edit only the text above. -->"


# Prints the report and writes it to test-output/bench.md and into PERFORMANCE.md: all of it below REPORT_START
# (its headings one level down), or with only (a section's heading line) just that section.
def write_report(out: list[str], problems: list[str], chromium: str | None, only: str | None = None) -> None:
    head = [
        f"# make bench — {datetime.date.today().isoformat()}",
        "",
        f"MkDocs build on {os.cpu_count()} cores; Chromium {chromium}; server: tests/conftest.py "
        "CompressingHandler (brotli/gzip level 6, like nginx with Debian's brotli module).",
        "",
    ]
    if problems:
        out += ["## Not measured or unexpected", "", *(f"- {p}" for p in problems), ""]
    report = "\n".join(head + out)
    print(report)
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "bench.md").write_text(report, encoding="utf-8")
    path = ROOT / "PERFORMANCE.md"
    intro, _, old = path.read_text(encoding="utf-8").partition(REPORT_START)
    new = re.sub(r"^#", "##", "\n".join(out if only else head + out), flags=re.M).strip() + "\n"
    if only:
        heading = "#" + only
        found = re.search(rf"^{re.escape(heading)}\n.*?(?=^## |^### |\Z)", old, flags=re.M | re.S)
        new = old.replace(found.group(0), new + "\n") if found else old.rstrip() + "\n\n" + new
    path.write_text(intro.rstrip() + "\n\n" + REPORT_START + "\n\n" + new.strip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interaction-only", action="store_true", help="measure only the first interaction (part 6)")
    parser.add_argument("--runs", type=int, default=INTERACTION_RUNS, help="visits per page for part 6 (default: 3)")
    args = parser.parse_args()
    INTERACTION_RUNS = args.runs
    sys.exit(main(args.interaction_only))
