"""make bench: how fast the site builds and how light it is, as one Markdown report.

Prints the report and writes it to test-output/bench.md and PERFORMANCE.md. Numbers only, no pass or fail: the budgets are
enforced by tests/test_budget.py. Measured, in this order:
  1. build time: the full bilingual strict build (median of 5), and a rebuild as `mkdocs serve` does it;
  2. every page, both languages, in Chromium through conftest's CompressingHandler (like nginx with
     Debian's brotli module): first-visit bytes and requests, next-page bytes, with brotli and gzip only;
  3. the search index per language: entries, raw and compressed size;
  4. Lighthouse mobile (default Slow 4G simulation) for the home, treatment and rTMS pages;
  5. the home page against a default Material build of the same docs.
Only 127.0.0.1 is contacted: Chromium resolves no other host, so the default site's Google Fonts requests
fail at once; they are counted as requests to other hosts, with unknown bytes."""

from __future__ import annotations

import datetime
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import brotli

sys.path.insert(0, str(Path(__file__).resolve().parent))
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

# A plain Material site: default theme settings (Google Fonts included), search, i18n in folder mode,
# the same Markdown extensions so the content renders the same, no hooks, no custom_dir.
DEFAULT_CONFIG = """\
site_name: Hardnekkige depressie
site_url: {url}
docs_dir: {docs}
exclude_docs: |
  includes/
theme:
  name: material
  language: nl
plugins:
  - search
  - i18n:
      docs_structure: folder
      languages:
        - {{locale: nl, name: Nederlands, default: true, build: true}}
        - {{locale: en, name: English, build: true}}
markdown_extensions: [abbr, admonition, attr_list, def_list, footnotes, md_in_html, tables, toc,
  pymdownx.details, pymdownx.superfences, {{pymdownx.tabbed: {{alternate_style: true}}}}]
"""

# Run in a fresh interpreter: what `mkdocs serve` does after a save (reload the config, full rebuild). Each
# rebuild sees one page changed (a comment added to docs/nl/rtms.md in memory, not on disk), as after a save.
REBUILD = """
import statistics, sys, time
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page
site_dir, url, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.argv[1:] = ["serve"]  # as `mkdocs serve` runs (overrides/hooks/serve_cache.py looks)
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


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def kib(n) -> str:
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


def measure_pages(browser, base: str) -> dict:
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


def measure_home(browser, base: str, lang: str, options: dict, material: bool = True) -> dict:
    """material=False for the default Material site, which loads its script at once (nothing to start)."""
    ctx = browser.new_context(viewport={"width": 360, "height": 800}, **options)
    result = visit(ctx.new_page(), base + lang_folder(lang), base, material=material)
    ctx.close()
    return result


class DefaultSiteHandler(CompressingHandler):
    """The default site has one 404 page, at its root (the i18n plugin writes none under en/)."""

    def _send(self, path, status):
        if not os.path.isfile(path):
            path = os.path.join(self.directory, "404.html")
        return super()._send(path, status)


def build_default(tmp: Path, url: str) -> Path:
    config = tmp / "default" / "mkdocs.yml"
    config.parent.mkdir()
    config.write_text(DEFAULT_CONFIG.format(url=url, docs=ROOT / "docs"), encoding="utf-8")
    site_dir = tmp / "default-site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--clean", "-q", "-f", str(config), "-d", str(site_dir)],
        cwd=config.parent,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
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


# The report ------------------------------------------------------------------------------------------


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> int:
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
        default_server.stop()

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
        server.stop()
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
            "The same docs built with a plain config (Material's defaults with Google Fonts, search, i18n in folder mode, "
            "no hooks, no overrides), home page, first visit. Requests to other hosts fail here (no network): "
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
    # The README links to the latest figures: PERFORMANCE.md is this report, replaced on every run.
    (ROOT / "PERFORMANCE.md").write_text(
        "# Performance\n\nWritten by `make bench` (tests/bench.py); do not edit by hand.\n\n" + report + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
