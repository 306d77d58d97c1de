"""The shipped nginx configuration (deploy/nginx.conf with deploy/csp.conf), served by a real nginx
(Debian's package) on 127.0.0.1: security headers on every response, caching, gzip, a 404 page per
language, no IP addresses in the log, and every page in Chromium under the strict
Content-Security-Policy with zero violations and search still working.

nginx is a must in CI (CI=true: a missing nginx fails, .ci/run installs it with apt-get); on a
person's machine without nginx these tests skip and say so."""

from __future__ import annotations

import gzip
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, free_port, goto_idle, html_name, mkdocs_build, page_names

DEPLOY = ROOT / "deploy"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
IMMUTABLE = "public, max-age=31536000, immutable"
SECURITY = {
    "Strict-Transport-Security": "max-age=31536000",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def find_nginx() -> str:
    path = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")  # sbin: not on every PATH
    if path and os.path.exists("/etc/nginx/mime.types"):
        return path
    msg = "nginx (Debian's package, with /etc/nginx/mime.types) is not installed: apt-get install nginx"
    if IN_CI:
        pytest.fail(msg + " (.ci/run installs it; in CI this test must run)")
    pytest.skip(msg + " (these tests run in CI)")


def nginx_config(site_dir: Path, port: int, tmp: Path) -> Path:
    """deploy/nginx.conf as shipped, with only the machine-specific lines changed, in a minimal nginx.conf."""
    server = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    replacements = [
        (r"(?m)^    listen \[::\]:80;.*\n", ""),
        (r"(?m)^    listen 80;", f"    listen 127.0.0.1:{port};"),
        (r"(?m)^    root [^;]+;", f"    root {site_dir};"),
        (r"(?m)^    access_log [^;]+ hd_noip;", f"    access_log {tmp}/access.log hd_noip;"),
        (r"(?m)^    include [^;]+csp\.conf;", f"    include {DEPLOY}/csp.conf;"),
    ]
    for pattern, new in replacements:
        server, n = re.subn(pattern, new, server)
        assert n == 1, f"deploy/nginx.conf: expected one line matching {pattern!r}; the test needs updating"
    (tmp / "site.conf").write_text(server, encoding="utf-8")
    temp = " ".join(f"{kind}_temp_path {tmp}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    brotli = Path("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")
    if not brotli.exists():
        msg = "nginx's brotli module is missing: apt-get install libnginx-mod-http-brotli-filter"
        if IN_CI:
            pytest.fail(msg + " (.ci/run installs it)")
        pytest.skip(msg)
    main = f"""
load_module {brotli};
{"user root;" if os.geteuid() == 0 else ""}
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    {temp}
    include {tmp}/site.conf;
}}
"""
    conf = tmp / "nginx.conf"
    conf.write_text(main, encoding="utf-8")
    return conf


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A fresh build (SITE_URL = nginx's address), served by nginx with the shipped configuration."""
    nginx = find_nginx()
    port = free_port()
    tmp = tmp_path_factory.mktemp("nginx")
    site_dir = tmp / "site"
    mkdocs_build(ROOT / "mkdocs.yml", site_dir, f"http://127.0.0.1:{port}/")
    conf = nginx_config(site_dir, port, tmp)
    # nginx runs as root in CI: `user root;` (above) lets its workers read the test's private temp folder.
    check = subprocess.run(
        [nginx, "-t", "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(conf)], capture_output=True, text=True
    )
    assert check.returncode == 0, f"nginx -t rejects the configuration:\n{check.stderr}"
    proc = subprocess.Popen(
        [nginx, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(conf)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 15
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log = (tmp / "error.log").read_text() if (tmp / "error.log").exists() else ""
                pytest.fail(f"nginx did not start:\n{proc.stdout.read()}\n{log}")
            time.sleep(0.1)
    yield {"dir": site_dir, "port": port, "url": f"http://127.0.0.1:{port}/", "tmp": tmp}
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def get(served, path: str, **headers) -> tuple[int, http.client.HTTPMessage, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", served["port"], timeout=10)
    try:
        conn.request("GET", path, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def asset(served, pattern: str) -> str:
    """The path of one built file, e.g. Material's bundle, whose name changes with every version."""
    found = sorted(served["dir"].glob(pattern))
    assert found, f"no {pattern} in the build"
    return "/" + found[0].relative_to(served["dir"]).as_posix()


def csp_of_conf() -> str:
    return re.search(r'Content-Security-Policy "([^"]+)"', (DEPLOY / "csp.conf").read_text()).group(1)


def test_csp_conf_matches_the_build(served):
    proc = subprocess.run(
        [sys.executable, str(DEPLOY / "csp.py"), str(served["dir"]), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("path", ["/index.html", "/en/rtms.html", "/nope.html", "BUNDLE", "/assets/css/extra.css"])
def test_security_headers_on_every_response(served, path):
    if path == "BUNDLE":
        path = asset(served, "assets/javascripts/bundle.*.min.js")
    status, headers, _ = get(served, path)
    assert status in (200, 404), (path, status)
    for name, value in SECURITY.items():
        assert headers.get(name) == value, f"{path}: {name} is {headers.get(name)!r}, want {value!r}"
    policy = headers.get("Permissions-Policy", "")
    for feature in ("camera=()", "microphone=()", "geolocation=()", "browsing-topics=()", "interest-cohort=()"):
        assert feature in policy, f"{path}: Permissions-Policy lacks {feature}"
    csp = headers.get("Content-Security-Policy", "")
    assert csp == csp_of_conf(), f"{path}: CSP differs from deploy/csp.conf: {csp!r}"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for directive in (
        "default-src 'self'",
        "style-src 'self';",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        "'sha256-",
    ):
        assert directive in csp, f"{path}: CSP lacks {directive}"
    assert headers.get("Server") == "nginx", "nginx must not tell its version"


def test_caching(served):
    immutable = [
        asset(served, "assets/javascripts/bundle.*.min.js"),
        asset(served, "assets/stylesheets/main.*.min.css"),
        asset(served, "assets/javascripts/workers/search.*.min.js"),
    ]
    fresh = [
        "/index.html",
        "/en/index.html",
        "/",
        "/search/search_index.json",
        "/en/search/search_index.json",
        "/sitemap.xml",
        "/assets/css/extra.css",
        "/assets/js/site.js",
        "/assets/images/logo.svg",
        "/nope.html",
    ]
    for path in immutable:
        assert get(served, path)[1].get("Cache-Control") == IMMUTABLE, path
    for path in fresh:
        assert get(served, path)[1].get("Cache-Control") == "no-cache", path
    # No hash in the name: cached a while, never "immutable" (see deploy/nginx.conf).
    assert (
        get(served, "/assets/javascripts/lunr/min/lunr.nl.min.js")[1].get("Cache-Control") == "public, max-age=604800"
    )


@pytest.mark.parametrize(
    "path,lang,text",
    [
        ("/nope.html", "nl", "Deze pagina bestaat niet"),
        ("/en/nope.html", "en", "This page does not exist"),
        ("/en/deep/er/nope.html", "en", "This page does not exist"),
    ],
)
def test_not_found_in_the_readers_language(served, path, lang, text):
    status, headers, body = get(served, path)
    html = body.decode("utf-8")
    assert status == 404
    assert f'<html lang="{lang}"' in html, html[:300]
    assert text in html


def test_brotli_when_asked(served):
    import brotli

    status, headers, body = get(served, "/behandelingen.html", **{"Accept-Encoding": "br, gzip"})
    assert status == 200 and headers.get("Content-Encoding") == "br", dict(headers)
    assert brotli.decompress(body) == (served["dir"] / "behandelingen.html").read_bytes()


@pytest.mark.parametrize("path", ["/index.html", "BUNDLE", "/en/search/search_index.json", "/assets/css/extra.css"])
def test_gzip_when_asked(served, path):
    if path == "BUNDLE":
        path = asset(served, "assets/javascripts/bundle.*.min.js")
    status, headers, body = get(served, path, **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("Content-Encoding") == "gzip", (path, dict(headers))
    assert gzip.decompress(body) == (served["dir"] / path.lstrip("/")).read_bytes()
    assert "Accept-Encoding" in headers.get("Vary", "")
    assert get(served, path)[1].get("Content-Encoding") is None  # not when the client did not ask


def test_log_keeps_no_ip_address_or_search_words(served):
    get(served, "/rtms.html?h=zelfdoding")
    get(served, "/en/gone.html?q=zelfdoding")
    log = (served["tmp"] / "access.log").read_text()
    assert '"GET /rtms.html" 200' in log and '"GET /en/gone.html" 404' in log, log[-500:]
    assert "127.0.0.1" not in log and "zelfdoding" not in log, log[-500:]


# --- In Chromium, under the policy ---------------------------------------------------------------

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", e =>
  window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
"""


def open_page(new_page, served, path, width=1280):
    page, watch = new_page(served["url"], width=width)
    page.add_init_script(RECORD_VIOLATIONS)
    csp_messages = []
    page.on("console", lambda m: "Content Security Policy" in m.text and csp_messages.append(m.text))
    goto_idle(page, served["url"] + path.lstrip("/"))
    return page, watch, csp_messages


def problems_of(page, watch, csp_messages, status_404_ok=False):
    failed = [f for f in watch.failed if not (status_404_ok and f.endswith(" 404"))]
    errors = [e for e in watch.errors if not (status_404_ok and "status of 404" in e)]  # the page itself
    return page.evaluate("window.__csp") + csp_messages + errors + failed + watch.foreign


POLICY_PATHS = [
    ("" if lang == "nl" else "en/") + html_name(name) for name in page_names() + ["404.md"] for lang in ("nl", "en")
]
POLICY_PATHS += ["nope.html", "en/nope.html"]  # the 404 pages as nginx serves them


@pytest.mark.parametrize("path", POLICY_PATHS)
def test_every_page_loads_under_the_policy_without_violations(served, new_page, path):
    """Each page its own test (the workers share them). Material's script, the same on every page, runs under
    the policy in test_search_works_under_the_policy."""
    page, watch, csp_messages = open_page(new_page, served, path)
    found = problems_of(page, watch, csp_messages, status_404_ok="nope" in path)
    page.context.close()
    assert not found, f"{path}: {found}"


def test_violations_would_be_seen(served, new_page):
    """The check above is not blind: an inline script added to a page is blocked and recorded."""
    page, _, csp_messages = open_page(new_page, served, "/index.html")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.head.append(s); }"
    )
    page.wait_for_function("window.__csp.length > 0", timeout=5000)
    assert page.evaluate("window.__ran") is None
    assert "script-src" in page.evaluate("window.__csp")[0]
    for _ in range(50):  # Chromium's console message about it arrives on its own time
        if csp_messages:
            break
        page.wait_for_timeout(100)
    assert csp_messages, "the console message about the blocked script was not seen"


@pytest.mark.parametrize("lang,query", [("nl", "bijwerking"), ("en", "side effect")])
def test_search_works_under_the_policy(served, new_page, lang, query):
    page, watch, csp_messages = open_page(new_page, served, "/index.html" if lang == "nl" else "/en/index.html")
    page.locator("input.md-search__input").click()  # at 1280 px the search field is in the header
    page.keyboard.type(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    hrefs = page.locator(".md-search-result__item a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert hrefs and all(("/en/" in h) == (lang == "en") for h in hrefs), hrefs
    assert not problems_of(page, watch, csp_messages)
