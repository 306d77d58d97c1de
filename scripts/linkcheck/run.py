"""make linkcheck: check every external link of the built site, both languages, with LinkChecker.

Builds the site strictly (or takes --site DIR), serves it on 127.0.0.1, and lets LinkChecker read every
page and check the links that leave the site. Internal links are not checked here: the strict build
already does that. Links to the site's own address (SITE_URL: canonical, hreflang) count as internal.

  - at most 4 requests at a time, a timeout per request, and a second try before a link is called dead
  - redirects are followed; a permanent one (301/308) is a warning with the new address to use
  - mailto: and tel: links are checked for form only (no network)
  - links matching scripts/linkcheck/allowlist.txt are skipped (and listed); nothing else is

Prints a report grouped by link: status, the pages (URL paths) and the Markdown files that hold it.
Exit 0: no dead links (redirect warnings allowed). 1: dead links. 2: could not run (build or tool failed).

    python scripts/linkcheck/run.py [--site DIR] [--docs DIR] [--report FILE] [--timeout S] ...
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from bs4 import BeautifulSoup  # installed with LinkChecker

ROOT = Path(__file__).resolve().parents[2]
TEL = re.compile(r"^tel:\+?[0-9]{3,15}$")  # the rule of overrides/hooks/check_links.py
PERMANENT = {301, 308}
RETRY_SCHEMES = ("http:", "https:", "ftp:")


def fail(message: str) -> NoReturn:
    """Could not run: exit 2 (1 means dead links)."""
    print(message, file=sys.stderr)
    sys.exit(2)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--site", type=Path, help="a built site folder (default: build one from --config)")
    p.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help="mkdocs.yml to build with")
    p.add_argument("--docs", type=Path, default=ROOT / "docs", help="the Markdown folder (docs/nl, docs/en)")
    p.add_argument("--default-lang", default="nl", help="the language served at / (default: nl)")
    p.add_argument(
        "--site-url",
        default=os.environ.get("SITE_URL", "http://127.0.0.1:8000/"),
        help="the site's own address; links under it are internal (default: $SITE_URL)",
    )
    p.add_argument("--allowlist", type=Path, default=Path(__file__).with_name("allowlist.txt"))
    p.add_argument("--timeout", type=int, default=15, help="seconds to wait for an answer (default: 15)")
    p.add_argument("--threads", type=int, default=4, choices=range(1, 5), help="parallel requests (1-4)")
    p.add_argument("--report", type=Path, help="also write the report to this file")
    return p.parse_args(argv)


def read_allowlist(path: Path) -> list[tuple[str, str]]:
    """(regex, reason) per line; every entry needs a reason."""
    entries = []
    if not path.is_file():
        return entries
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        entry = re.match(r"^(\S+)\s+#\s*(\S.*)$", line.strip())
        if not entry:
            fail(f"{path}:{number}: write REGEX  # reason (every entry needs a reason; no spaces in REGEX)")
        pattern, reason = entry.groups()
        try:
            re.compile(pattern)
        except re.error as err:
            fail(f"{path}:{number}: not a valid regular expression: {err}")
        entries.append((pattern, reason))
    return entries


def build(config: Path, dest: Path) -> Path:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.setdefault("SITE_URL", "http://127.0.0.1:8000/")  # a build to check links in, never published
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(config), "-d", str(dest)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stdout + proc.stderr, file=sys.stderr)
        fail("The strict build failed; fix it first (make check).")
    return dest


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve the built site on a free port (LinkChecker reads it over HTTP, as a browser would)."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def linkchecker(
    urls: list[str], ignore: list[str], args: argparse.Namespace, workdir: Path, recursion: int
) -> list[dict]:
    """Run LinkChecker, read its XML output: one dict per URL it logged."""
    rc = workdir / "linkcheckerrc"
    # A config of our own, empty: LinkChecker then neither reads nor creates a user config; the flags decide.
    rc.write_text("[checking]\n", encoding="utf-8")
    cmd = [
        sys.executable,
        "-m",
        "linkcheck",
        "--config",
        str(rc),
        "--no-status",
        "--verbose",
        "--output",
        "xml/utf-8",
        "--threads",
        str(args.threads),
        "--timeout",
        str(args.timeout),
        "--no-robots",
        "--check-extern",
        "--recursion-level",
        str(recursion),
    ]
    for pattern in ignore:
        cmd += ["--ignore-url", pattern]
    # The built site is served on 127.0.0.1: never through a proxy a scheduled job may have set.
    no_proxy = ",".join(filter(None, [os.environ.get("no_proxy", os.environ.get("NO_PROXY")), "127.0.0.1"]))
    env = dict(os.environ, no_proxy=no_proxy, NO_PROXY=no_proxy)
    proc = subprocess.run(cmd + urls, capture_output=True, env=env)
    if proc.returncode not in (0, 1):  # 0: all fine, 1: errors or warnings found, else: it failed
        print(proc.stderr.decode(errors="replace"), file=sys.stderr)
        fail(f"LinkChecker failed (exit code {proc.returncode}).")
    results = []
    for node in ET.fromstring(proc.stdout).iter("urldata"):
        valid = node.find("valid")
        results.append(
            {
                "url": (node.findtext("url") or "").strip(),
                "realurl": node.findtext("realurl") or "",
                "parent": node.findtext("parent") or "",
                "level": int(node.findtext("level") or 0),
                "valid": valid.text == "1",
                "result": valid.get("result", ""),
                "warnings": [(w.get("tag", ""), w.text or "") for w in node.iter("warning")],
            }
        )
    return results


def links_by_page(site: Path) -> dict[str, set[str]]:
    """Every href/src in the built pages -> the pages (URL paths) that hold it.
    LinkChecker reports a link once, with the first page it met it on; this finds all the others."""
    found = defaultdict(set)
    for page in site.rglob("*.html"):
        path = "/" + page.relative_to(site).as_posix()
        for tag in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all(True):
            for attr in ("href", "src"):
                if isinstance(tag.get(attr), str):
                    found[tag[attr].strip()].add(path)
    return found


def source_of(page: str, docs: Path, default_lang: str) -> Path | None:
    """/leven-met.html -> docs/nl/leven-met.md; /en/leven-met.html -> docs/en/leven-met.md."""
    parts = page.strip("/").split("/")
    if len(parts) > 1 and parts[0] != default_lang and (docs / parts[0]).is_dir():
        lang, parts = parts[0], parts[1:]
    else:
        lang = default_lang
    md = (docs / lang / "/".join(parts)).with_suffix(".md")
    return md if md.is_file() else None


def files_holding(url: str, pages: set[str], docs: Path, default_lang: str) -> list[str]:
    """The Markdown files of those pages that contain the link, plus, when some page's Markdown does not,
    the shared file that puts it there (mkdocs.yml or overrides/: crisis lines, footer)."""
    project = docs.resolve().parent
    sources = [source_of(p, docs, default_lang) for p in pages]
    holding = {md for md in sources if md and url in md.read_text(encoding="utf-8")}
    if any(md not in holding for md in sources):
        shared = [project / "mkdocs.yml", *sorted((project / "overrides").rglob("*.html"))]
        holding |= {f for f in shared if f.is_file() and url in f.read_text(encoding="utf-8")}
    return sorted(rel(f, project) for f in (holding or {md for md in sources if md}))


def rel(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return str(path)


def describe(result: str, timeout: int) -> str:
    """LinkChecker's result, in words an editor can act on."""
    kind = result.split(":", 1)[0]
    if "Timeout" in kind or "timed out" in result:
        return f"no answer within {timeout} s ({kind})"
    if "NameResolutionError" in result or "Failed to resolve" in result:
        return "host name not found (the domain may no longer exist)"
    if "Connection refused" in result:
        return "connection refused"
    if kind in ("ConnectionError", "SSLError"):
        return f"{kind}: {result[len(kind) + 1 :].strip()[:150]}"
    return result


def classify(
    results: list[dict], internal: list[str], allow: list[tuple[str, str]], args: argparse.Namespace
) -> tuple[dict, dict, dict, dict, dict, dict]:
    """Split LinkChecker's results into dead, redirected, other warnings, skipped and OK links."""
    dead, moved, temporary, warned, skipped, seen = {}, {}, {}, {}, {}, {}
    for r in results:
        url, real = r["url"], r["realurl"] or r["url"]
        if r["level"] == 0 or any(re.search(p, real) for p in internal):
            continue  # a page of the site itself, or a link to one
        seen.setdefault(url, r["parent"])
        allowed = [reason for pattern, reason in allow if re.search(pattern, url) or re.search(pattern, real)]
        if allowed:
            skipped[url] = allowed[0]
        elif url.startswith("tel:"):
            if not TEL.match(url):
                dead[url] = "not a valid phone link (tel: followed by digits only, e.g. tel:08000113)"
        elif url.startswith("mailto:"):
            if not r["valid"]:
                dead[url] = f"not a valid e-mail link: {r['result']}"
        elif not r["valid"]:
            hops = [w for tag, w in r["warnings"] if tag == "http-redirected"]
            dead[url] = describe(r["result"], args.timeout) + (f" (after a redirect to {real})" if hops else "")
        else:
            codes = [
                int(c)
                for tag, w in r["warnings"]
                if tag == "http-redirected"
                for c in re.findall(r"status: (\d{3})", w)
            ]
            if codes and codes[0] in PERMANENT:
                moved[url] = (f"{codes[0]} moved permanently", real)
            elif codes:
                temporary[url] = (f"{codes[0]} temporary redirect", real)
            others = [w for tag, w in r["warnings"] if tag != "http-redirected"]
            if others:
                warned[url] = "; ".join(others)
    return dead, moved, temporary, warned, skipped, seen


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    allow = read_allowlist(args.allowlist)
    with tempfile.TemporaryDirectory(prefix="linkcheck-") as tmp:
        work = Path(tmp)
        site = args.site.resolve() if args.site else build(args.config.resolve(), work / "site")
        pages = sorted("/" + p.relative_to(site).as_posix() for p in site.rglob("*.html"))
        if not pages:
            fail(f"No pages in {site}.")
        server, base = serve(site)
        try:
            internal = ["^" + re.escape(base)]
            if args.site_url:
                internal.append("^" + re.escape(args.site_url.rstrip("/") + "/"))
            ignore = internal + ["^mailto:"] + [pattern for pattern, _ in allow]
            results = linkchecker([base + p.lstrip("/") for p in pages], ignore, args, work, recursion=1)
            dead, moved, temporary, warned, skipped, seen = classify(results, internal, allow, args)
            # The second try: only the web links that failed, each checked once more on its own.
            retry = [url for url in dead if url.startswith(RETRY_SCHEMES)]
            if retry:
                again = {r["url"]: r for r in linkchecker(retry, internal, args, work, recursion=0)}
                for url in retry:
                    second = again.get(url)
                    if second is None:
                        continue
                    second = dict(second, level=1, parent=seen[url])
                    d2, m2, t2, w2, _, _ = classify([second], internal, allow, args)
                    if url in d2:
                        dead[url] = f"{d2[url]}; tried twice"
                    else:  # it answered the second time: not dead, but report what it said
                        del dead[url]
                        moved.update(m2)
                        temporary.update(t2)
                        warned.update(w2)
        finally:
            server.shutdown()
            server.server_close()
        holders = links_by_page(site)

    def where(url: str) -> tuple[list[str], list[str]]:
        on = holders.get(url) or set()
        parent = seen.get(url, "")
        if parent.startswith(base):
            on = on | {"/" + parent[len(base) :]}
        return sorted(on), files_holding(url, on, args.docs, args.default_lang)

    lines = [
        f"External link check: {len(seen)} links outside the site on {len(pages)} pages "
        f"(timeout {args.timeout} s, {args.threads} at a time, one retry).",
        f"Dead: {len(dead)} · moved permanently: {len(moved)} · temporary redirects: {len(temporary)}"
        f" · other warnings: {len(warned)} · skipped (allow-list): {len(skipped)}",
    ]

    def section(title: str, entries: dict, detail: Callable[[object], list[tuple[str, str]]]) -> None:
        if not entries:
            return
        lines.extend(["", f"{title} ({len(entries)})", "-" * 78])
        for url in sorted(entries):
            on, files = where(url)
            lines.append(url)
            lines.extend(f"    {label:<7} {text}" for label, text in detail(entries[url]))
            lines.append(f"    {'pages':<7} {', '.join(on) or '?'}")
            lines.append(f"    {'files':<7} {', '.join(files) or '(no Markdown file: a theme template)'}")
            lines.append("")
        lines.pop()

    section("DEAD: fix or remove these links", dead, lambda s: [("status", s)])
    section(
        "MOVED PERMANENTLY: replace the link with the new address", moved, lambda s: [("status", s[0]), ("use", s[1])]
    )
    section(
        "TEMPORARY REDIRECTS: usually fine; check that they land on the right page",
        temporary,
        lambda s: [("status", s[0]), ("lands", s[1])],
    )
    section("OTHER WARNINGS", warned, lambda s: [("status", s)])
    section(f"SKIPPED: not checked, listed in {rel(args.allowlist, ROOT)}", skipped, lambda s: [("reason", s)])
    web = [url for url in seen if url.startswith(RETRY_SCHEMES) and url not in skipped]
    unreachable = [url for url in web if re.search(r"host name not found|connection", dead.get(url, ""), re.I)]
    if web and len(unreachable) == len(web):
        lines[1:1] = ["Every web link failed to connect: is this machine online? (make linkcheck needs internet)"]
    if not (dead or moved or temporary or warned):
        lines.extend(["", "No problems found."])
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(report, encoding="utf-8")
    return 1 if dead else 0


if __name__ == "__main__":
    sys.exit(main())
