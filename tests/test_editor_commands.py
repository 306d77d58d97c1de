"""The commands editors run besides the build: `make page` (a new page in both languages) and `make messages` (the
reference of every build message, editors/messages.md)."""

import shutil
import subprocess
import sys

import messages_reference
import pytest
from check_placeholders import problems as placeholders
from conftest import ROOT
from shared import Message


def test_make_page_creates_both_languages_in_the_nav_and_cannot_be_published_unfinished(tmp_path):
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    for lang in ("nl", "en"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/new_page.py"),
            "--name",
            "reizen",
            "--title-nl",
            "Reizen",
            "--title-en",
            "Travel",
            "--section",
            "Hulp",
            "--root",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    nav = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    section = nav.split("  - Hulp:\n", 1)[1].split("\n  - ", 1)[0]
    assert section.rstrip().endswith("- reizen.md"), section
    nl = (tmp_path / "docs/nl/reizen.md").read_text(encoding="utf-8")
    assert "# Reizen" in nl and "review_type: editorial" in nl
    assert list(placeholders(nl)), "an unfinished page must stop the build"
    again = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/new_page.py"),
            "--name",
            "reizen",
            "--title-nl",
            "R",
            "--title-en",
            "T",
            "--root",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert again.returncode != 0 and "already exists" in again.stderr


def test_message_reference_is_up_to_date_and_ids_are_unique():
    assert messages_reference.main(["--check"]) == 0, "editors/messages.md is out of date: run make messages"
    ids = [
        line.split(" | ")[0][2:]
        for line in (ROOT / "editors/messages.md").read_text().splitlines()
        if line.startswith("| ") and not line.startswith(("| id", "| ---"))
    ]
    assert len(ids) == len(set(ids)) > 50, [i for i in ids if ids.count(i) > 1]


@pytest.mark.parametrize("name", ["check_footnotes", "add_icon_arrays"])
def test_the_reference_has_each_hooks_messages_under_its_name(name):
    text = messages_reference.render()
    section = text.split(f"\n## {name}\n", 1)[1].split("\n## ", 1)[0]
    module = __import__(name)
    assert {m.id for m in vars(module).values() if isinstance(m, Message)} == {
        line.split(" | ")[0][2:] for line in section.splitlines() if line.startswith("| ") and "---" not in line
    } - {"id"}
