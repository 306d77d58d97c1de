"""The exit route from MkDocs 1.6.1 (unmaintained since August 2024): ProperDocs, the maintained fork of MkDocs 1.x,
builds this site with the same configuration, hooks, theme and plugins, and gives the same pages and links.
If this test fails after an upgrade, MAINTAINING.md says what to do."""

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def pages(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_properdocs_builds_the_same_site(site, tmp_path):
    target = tmp_path / "properdocs-site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site["url"])
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "properdocs",
            "build",
            "--strict",
            "--clean",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(target),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    ours, theirs = pages(site["dir"]), pages(target)
    assert sorted(ours) == sorted(theirs), (sorted(set(ours) ^ set(theirs)))[:20]
    different = [name for name in ours if ours[name] != theirs[name]]
    assert not different, f"ProperDocs wrote these files differently: {different[:20]}"
