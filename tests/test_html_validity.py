"""Every built page, in both languages, is valid HTML: the Nu HTML Checker (vnu.jar from the npm package
vnu-jar, pinned in package.json and installed by `make test` with `npm ci`) reports zero errors.

The checker runs once, in one Java process, over all pages (a JVM start costs seconds). Java is Debian's
(`default-jre-headless`, which .ci/run installs); in CI a missing java or vnu.jar fails, elsewhere it skips."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from conftest import ROOT, html_name, page_names

VNU_PACKAGE = ROOT / "node_modules" / "vnu-jar"
VNU_JAR = VNU_PACKAGE / "build" / "dist" / "vnu.jar"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Known upstream patterns of Material for MkDocs that have a purpose, and only those. Each entry: the exact
# vnu message, the markup it may concern (checked against the element vnu points at), and why it stays.
ALLOWED = [
    {
        # Material's base.html (not a block, so it cannot be overridden without copying the template) has
        #   <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
        #   <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
        # These hidden checkboxes hold the open/closed state of the phone menu and of search. Without
        # autocomplete="off", Firefox restores a checkbox's state on reload and on Back, so the menu or the
        # search overlay would reopen by itself. HTML only allows autocomplete on text-like inputs, hence:
        "message": "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, "
        "“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, "
        "“tel”, “text”, “time”, “url”, or “week”.",
        "element": re.compile(
            r'^<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" '
            r'id="__(drawer|search)" autocomplete="off">$'
        ),
        "why": "Material's hidden menu/search toggles: keeps Firefox from restoring their state",
    },
]


def missing(what: str):
    """A tool is missing: a failure in CI (never a silent pass), a skip on a person's machine."""
    if IN_CI:
        pytest.fail(what)
    pytest.skip(what)


def element_at(path: Path, line: int, column: int) -> str:
    """The start tag that ends at vnu's (lastLine, lastColumn), both 1-based."""
    lines = path.read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines[: line - 1] + [lines[line - 1][:column]])
    return text[text.rfind("<") :]


def file_of(msg: dict) -> Path | None:
    """The checked file a message is about (vnu names it as a file: URL)."""
    url = msg.get("url", "")
    return Path(unquote(urlparse(url).path)).resolve() if url.startswith("file:") else None


def allowed(msg: dict) -> bool:
    for rule in ALLOWED:
        if msg.get("type") == "error" and msg.get("message") == rule["message"]:
            path = file_of(msg)
            if (
                path
                and "lastLine" in msg
                and rule["element"].match(element_at(path, msg["lastLine"], msg.get("lastColumn", 0)))
            ):
                return True
    return False


def report(errors: list[dict], site_dir: Path) -> str:
    by_message: dict[str, list[str]] = defaultdict(list)
    for m in errors:
        path = file_of(m)
        inside = path and path.is_relative_to(site_dir.resolve())
        where = path.relative_to(site_dir.resolve()).as_posix() if inside else m.get("url", "?")
        extract = " ".join(m.get("extract", "").split())[:120]
        by_message[f"[{m.get('type')}] {m.get('message')}"].append(f"{where}:{m.get('lastLine', '?')}  {extract}")
    out = [f"{len(errors)} HTML error(s) in {len({m.get('url') for m in errors})} file(s):"]
    for message, places in sorted(by_message.items(), key=lambda kv: -len(kv[1])):
        out.append(f"\n{len(places)}x {message}")
        out.extend(f"    {p}" for p in places[:4])
        if len(places) > 4:
            out.append(f"    ... and {len(places) - 4} more")
    return "\n".join(out)


def test_every_page_is_valid_html(site):
    java = shutil.which("java")
    if not java:
        missing("java not found: install Debian's default-jre-headless (.ci/run does so in CI)")
    if not VNU_JAR.is_file():
        missing(f"{VNU_JAR.relative_to(ROOT)} not found: `make test` installs it (npm ci)")
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["vnu-jar"]
    installed = json.loads((VNU_PACKAGE / "package.json").read_text())["version"]
    assert installed == pinned, f"node_modules has vnu-jar {installed}, package.json pins {pinned}: run make test"

    site_dir: Path = site["dir"]
    pages = sorted(site_dir.rglob("*.html"))
    # Every page of both languages, and both 404 pages, are among them.
    expected = {html_name(n) for n in page_names() + ["404.md"]}
    expected |= {f"en/{n}" for n in expected}
    assert expected <= {p.relative_to(site_dir).as_posix() for p in pages}

    proc = subprocess.run(
        [
            java,
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--stdout",
            "--exit-zero-always",
            "--skip-non-html",
            *map(str, pages),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        messages = json.loads(proc.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu gave no JSON report (exit {proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")

    failing = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    errors = [m for m in failing if not allowed(m)]
    print(
        f"vnu {installed}: {len(pages)} pages checked, {len(errors)} errors, "
        f"{len(failing) - len(errors)} allowed ({'; '.join(r['why'] for r in ALLOWED)})"
    )
    if errors:
        pytest.fail(report(errors, site_dir), pytrace=False)
