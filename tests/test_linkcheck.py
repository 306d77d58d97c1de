"""make linkcheck, offline: a tiny built site whose external links point to a local server on 127.0.0.1
that answers 200, 301, 404, 500, 403 (allow-listed), and one that never answers. The real check
(scripts/linkcheck/run.py) runs over it; the report must name each problem with its pages and files."""

from __future__ import annotations

import http.server
import re
import subprocess
import sys
import threading
import time

import pytest
from conftest import ROOT

SCRIPT = ROOT / "scripts" / "linkcheck" / "run.py"
TIMEOUT = 5  # the check's timeout per request; the silent path stays silent far longer
SITE_URL = "https://zorg.example.org/info/"  # the site's own address: internal, never fetched


class Answers(http.server.BaseHTTPRequestHandler):
    stop = threading.Event()

    def do_GET(self):
        if self.path == "/silent":  # accepts the connection, never answers
            self.stop.wait(60)
            return
        status = {"/ok": 200, "/moved": 301, "/gone": 404, "/broken": 500, "/robots-only": 403}.get(self.path, 404)
        self.send_response(status)
        if status == 301:
            self.send_header("Location", "/ok")
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(b"<!doctype html><title>x</title><p>x</p>")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def remote():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    Answers.stop.set()
    server.shutdown()
    server.server_close()


def page(links: list[str], canonical: str) -> str:
    banner = '<a href="tel:113">113</a> <a href="tel:08000113">0800-0113</a> <a href="mailto:info@example.org">mail</a>'
    body = " ".join(f'<a href="{u}">link</a>' for u in links)
    return (
        f'<!doctype html><html><head><link rel="canonical" href="{canonical}">'
        f'<link rel="stylesheet" href="assets/site.css"></head>'
        f'<body><nav><a href="index.html">home</a> <a href="en/index.html">English</a></nav>'
        f"{banner}<main>{body}</main></body></html>"
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory, remote):
    """A built site (nl at /, en at /en/) and the Markdown it came from, as the real one is laid out."""
    base = tmp_path_factory.mktemp("linkcheck")
    pages = {  # built page -> (source file, its external links)
        "index.html": ("nl/index.md", ["/ok", "/moved", "/gone"]),
        "hulp.html": ("nl/hulp.md", ["/gone", "/silent", "/robots-only"]),
        "en/index.html": ("en/index.md", ["/ok", "/gone"]),
        "en/hulp.html": ("en/hulp.md", ["/broken", "/silent"]),
    }
    for html, (md, paths) in pages.items():
        links = [remote + p for p in paths]
        (base / "site" / html).parent.mkdir(parents=True, exist_ok=True)
        (base / "site" / html).write_text(page(links, SITE_URL + html), encoding="utf-8")
        (base / "docs" / md).parent.mkdir(parents=True, exist_ok=True)
        (base / "docs" / md).write_text("# Page\n\n" + "".join(f"See [this]({u}).\n" for u in links), encoding="utf-8")
    (base / "site" / "404.html").write_text(page([], SITE_URL + "404.html"), encoding="utf-8")
    (base / "allowlist.txt").write_text(
        "# test allow-list\n"
        rf"^{re.escape(remote)}/robots-only$  # answers 403 to robots; checked by hand"
        "\n",
        encoding="utf-8",
    )
    return base


@pytest.fixture(scope="module")
def run(project):
    report = project / "out" / "report.txt"
    start = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--site",
            str(project / "site"),
            "--docs",
            str(project / "docs"),
            "--site-url",
            SITE_URL,
            "--allowlist",
            str(project / "allowlist.txt"),
            "--timeout",
            str(TIMEOUT),
            "--report",
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    elapsed = time.monotonic() - start
    print(proc.stdout, proc.stderr)
    return proc, report.read_text(encoding="utf-8") if report.exists() else "", elapsed


def sections(report: str) -> dict[str, dict[str, dict[str, str]]]:
    """The report as {section title's first word: {link: {field: value}}}."""
    found, title, url = {}, None, None
    for line in report.splitlines():
        if re.match(r"^[A-Z][A-Z ]+[:(]", line):
            title = line.split(":")[0].split(" (")[0]
            found[title] = {}
        elif title and re.match(r"^\S+:\S", line):
            url = line
            found[title][url] = {}
        elif title and url and line.startswith("    "):
            label, _, value = line.strip().partition(" ")
            found[title][url][label] = value.strip()
    return found


def test_exit_code_and_time(run):
    proc, report, elapsed = run
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert report == proc.stdout, "--report writes the same report"
    assert elapsed < 60, f"the silent link must give up within its timeout; the run took {elapsed:.0f} s"


def test_dead_links_with_pages_and_files(run, remote):
    dead = sections(run[1])["DEAD"]
    assert set(dead) == {remote + "/gone", remote + "/broken", remote + "/silent"}
    assert dead[remote + "/gone"]["status"].startswith("404 Not Found")
    assert dead[remote + "/gone"]["pages"] == "/en/index.html, /hulp.html, /index.html"
    assert dead[remote + "/gone"]["files"] == "docs/en/index.md, docs/nl/hulp.md, docs/nl/index.md"
    assert dead[remote + "/broken"]["status"].startswith("500 Internal Server Error")
    assert dead[remote + "/broken"]["pages"] == "/en/hulp.html"
    assert dead[remote + "/broken"]["files"] == "docs/en/hulp.md"
    assert dead[remote + "/silent"]["status"].startswith(f"no answer within {TIMEOUT} s")
    assert dead[remote + "/silent"]["pages"] == "/en/hulp.html, /hulp.html"
    assert dead[remote + "/silent"]["files"] == "docs/en/hulp.md, docs/nl/hulp.md"
    assert all(d["status"].endswith("; tried twice") for d in dead.values())


def test_permanent_redirect_is_a_warning_with_the_new_address(run, remote):
    moved = sections(run[1])["MOVED PERMANENTLY"]
    assert set(moved) == {remote + "/moved"}
    assert moved[remote + "/moved"]["status"] == "301 moved permanently"
    assert moved[remote + "/moved"]["use"] == remote + "/ok"
    assert moved[remote + "/moved"]["files"] == "docs/nl/index.md"


def test_only_problems_and_allow_list_are_reported(run, remote):
    report = run[1]
    found = sections(report)
    listed = {url for links in found.values() for url in links}
    assert remote + "/ok" not in listed, "a link that answers 200 is not reported"
    assert found["SKIPPED"][remote + "/robots-only"]["reason"] == "answers 403 to robots; checked by hand"
    assert set(found) == {"DEAD", "MOVED PERMANENTLY", "SKIPPED"}
    # tel:, mailto: (form only) and the site's own address are not problems, and nothing internal is listed
    assert "tel:" not in report and "mailto:" not in report and SITE_URL not in report


def test_allow_list_entry_needs_a_reason(tmp_path):
    bad = tmp_path / "allowlist.txt"
    bad.write_text("^https://example\\.org/\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--site", str(tmp_path), "--allowlist", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "needs a reason" in proc.stderr
