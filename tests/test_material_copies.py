"""Where this site relies on Material's insides, an upgrade of mkdocs-material must make someone look again.

- A template we copied from Material and changed says `material-copy: <Material's file>[#block] sha256:<hash>`;
  the hash is of Material's original when it was copied. When Material's original changes, this test fails and
  names both files: carry Material's changes over into the copy, then put the new hash in the comment.
- docs/assets/js/material-start.js, the only script that relies on how Material's script works inside, names the
  Material version it was checked against; a different installed version fails here until someone re-checks it.
- No script of ours replaces a browser function (a "patch"): the site only adds its own listeners."""

import hashlib
import re
from importlib.metadata import version
from pathlib import Path

import material
from conftest import DOCS, ROOT

MATERIAL = Path(material.__file__).parent / "templates"
COPY = re.compile(r"material-copy: (?P<path>[\w./-]+?)(?:#(?P<block>\w+))? sha256:(?P<hash>[0-9a-f]{16})")


def original(path: str, block: str | None) -> str:
    """Material's file, or one {% block %} of it, as installed."""
    text = (MATERIAL / path).read_text(encoding="utf-8")
    if block is None:
        return text
    found = re.search(r"\{%-? block " + block + r" -?%\}.*?\{%-? endblock -?%\}", text, re.S)
    assert found, f"Material's {path} has no block {block} any more"
    return found.group(0)


def copies() -> list[tuple[Path, re.Match]]:
    return [(f, m) for f in sorted((ROOT / "overrides").rglob("*.html")) for m in COPY.finditer(f.read_text())]


def test_copies_of_material_templates_match_the_installed_material():
    found = copies()
    assert len(found) >= 6, f"expected the copies of header, search, palette (2), config and scripts: {found}"
    stale = []
    for file, mark in found:
        now = hashlib.sha256(original(mark["path"], mark["block"]).encode()).hexdigest()[:16]
        if now != mark["hash"]:
            where = mark["path"] + (f"#{mark['block']}" if mark["block"] else "")
            stale.append(
                f"{file.relative_to(ROOT)}: Material's {where} changed (sha256:{now}); carry its changes over, then update the hash"
            )
    assert not stale, "\n".join(stale)


def test_copied_asset_addresses_exist_in_the_installed_material():
    """The config and scripts blocks name Material's fingerprinted script files; they must exist."""
    main = (ROOT / "overrides" / "main.html").read_text()
    names = re.findall(r"assets/javascripts/[\w/]+\.[0-9a-f]{8}\.min\.js", main)
    assert len(names) == 2, names
    for name in names:
        assert (MATERIAL / name).is_file(), f"overrides/main.html names {name}, which this Material does not have"


def test_material_start_was_checked_against_the_installed_material():
    script = (DOCS / "assets" / "js" / "material-start.js").read_text()
    checked = re.search(r'CHECKED_WITH_MATERIAL = "([\d.]+)"', script)[1]
    installed = version("mkdocs-material")
    assert checked == installed, (
        f"mkdocs-material is {installed}, material-start.js was checked with {checked}: check each point marked "
        "'Material:' in that file against the new version, then change CHECKED_WITH_MATERIAL"
    )


def test_no_script_replaces_a_browser_function():
    patch = re.compile(
        r"\.prototype\.\w+\s*=|window\.(Worker|XMLHttpRequest|fetch)\s*=|\.(setAttribute|appendChild|"
        r"insertBefore|addEventListener)\s*=(?!=)|\.replace\(\s*['\"]<script"
    )
    found = [
        f"{f.relative_to(ROOT)}:{n}: {line.strip()}"
        for f in sorted((DOCS / "assets" / "js").glob("*.js"))
        for n, line in enumerate(f.read_text().splitlines(), 1)
        if patch.search(line)
    ]
    found += [
        f"overrides/main.html: {m}"
        for m in re.findall(r"super\(\)\s*\|\s*replace", (ROOT / "overrides" / "main.html").read_text())
    ]
    assert not found, "\n".join(found)
