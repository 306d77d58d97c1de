"""The editor's safety net: every kind of broken edit is reported with a message that names the file (and the
line, where there is one), and the strict build stops.

Most cases make one mistake in a copy of the docs and call the hook that must find it directly, as MkDocs would
(with the page read and rendered by MkDocs itself): milliseconds each. A handful of real strict builds prove the
whole chain for each stage at which a rule runs (the site's setup, the Markdown, the HTML, MkDocs' own link
check): the build stops, the message names the file and line, and the last line counts what there is to fix.
The serve tests run `mkdocs serve`'s rebuilds after a save."""

from __future__ import annotations

import datetime
import logging
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, made_up_words
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, get_files
from mkdocs.structure.pages import Page

RTMS = "docs/nl/rtms.md"
EN_RTMS = "docs/en/rtms.md"


# A copy of the project to make a mistake in: docs/ and mkdocs.yml copied, overrides/ copied too (builds) or
# linked (direct calls, which only read it).
def copy_project(target: Path, link_overrides: bool) -> Path:
    shutil.copytree(ROOT / "docs", target / "docs")
    if link_overrides:
        (target / "overrides").symlink_to(ROOT / "overrides")
    else:
        shutil.copytree(ROOT / "overrides", target / "overrides", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


# A copy for direct calls, one per test.
@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project", link_overrides=True)


# Copies for builds, each under its own name.
@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    base = tmp_path_factory.mktemp("editor")
    return lambda name: copy_project(base / name, link_overrides=False)


# A strict build of a project copy, in a new process as an editor runs it.
def build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "SITE_URL": "http://127.0.0.1:9/"},
    )


# Replaces the first `count` times old occurs in a file (old must be there).
def edit(path: Path, old: str, new: str, count: int = 1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: '{old}' not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


# Gives a front matter key a new value.
def replace_front(path: Path, key: str, value: str):
    text = path.read_text(encoding="utf-8")
    new = re.sub(rf"^{key}:.*$", f"{key}: {value}", text, count=1, flags=re.M)
    assert new != text
    path.write_text(new, encoding="utf-8")


# Adds a paragraph at the end of a file.
def append(path: Path, text: str):
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")


# An image file made here, so no test depends on the site's own images.
def png(width: int, height: int, noise: bool = False) -> bytes:
    """A PNG file: one grey colour, or random pixels (which do not compress: a big file)."""
    import random
    import struct
    import zlib

    rng = random.Random(1)
    row = lambda: b"\x00" + (rng.randbytes(width * 3) if noise else b"\x80" * (width * 3))  # noqa: E731

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"".join(row() for _ in range(height))))
        + chunk(b"IEND", b"")
    )


# Puts an image file into docs/assets/images/ and shows it at the end of a page.
def add_image(project: Path, name: str, data: bytes, page: str, alt: str):
    (project / "docs/assets/images").mkdir(parents=True, exist_ok=True)
    (project / "docs/assets/images" / name).write_bytes(data)
    append(project / page, f"![{alt}](../assets/images/{name})")


# Direct calls ---------------------------------------------------------------------------------------------


# A page of a project copy as MkDocs reads it (front matter taken off), with the site's files.
def page_of(config: MkDocsConfig, source: str) -> tuple[Page, Files]:
    files = get_files(config)
    page = Page(None, files.get_file_from_path(source.removeprefix("docs/")), config)
    page.read_source(config)
    return page, files


# Runs one hook, as registered in mkdocs.yml, at its stage on one page of a project copy; returns what it logged
# (with its level). Stages: config (on_config), markdown (on_page_markdown), content (on_page_content of the page
# MkDocs rendered), page (on_post_page), mkdocs (MkDocs' own link check while rendering, reworded by the hook).
def run_hook(project: Path, hook: str, stage: str, source: str, caplog) -> list[tuple[int, str]]:
    config = load_config(str(project / "mkdocs.yml"))
    module = config.plugins[f"overrides/hooks/{hook}.py"]
    caplog.clear()
    with caplog.at_level(logging.INFO):
        if stage == "config":
            module.on_config(config)
        else:
            page, files = page_of(config, source)
            if stage == "markdown":
                module.on_page_markdown(page.markdown, page=page, config=config, files=files)
            elif stage == "mkdocs":
                module.on_config(config)
                page.render(config, files)
            else:
                page.render(config, files)
                if stage == "content":
                    module.on_page_content(page.content, page=page, config=config, files=files)
                else:
                    module.on_post_page(page.content, page=page, config=config)
    said = [(r.levelno, r.getMessage()) for r in caplog.records]
    if stage == "mkdocs":
        said = [(level, module.rewrite(text) or text) for level, text in said]
    return said


# The number of the first line of a project file that contains text.
def line_with(project: Path, source: str, text: str) -> int:
    lines = (project / source).read_text(encoding="utf-8").splitlines()
    return next(no for no, line in enumerate(lines, start=1) if text in line)


# One kind of mistake, and the message the hook that owns the rule must give.
@dataclass(frozen=True)
class Case:
    mutate: Callable[[Path], object]
    hook: str  # the module in overrides/hooks/ that finds the mistake
    stage: str  # see run_hook
    where: str  # the file the message names
    line: int | str | None  # the line it names: a number, a text on that line, or None (the message names none)
    says: tuple[str, ...]  # parts of the message, its [id] among them
    page: str = RTMS  # the page the hook looks at (not for stage config)


CASES = {
    "missing English page": Case(
        lambda p: (p / EN_RTMS).unlink(),
        "check_translations",
        "config",
        EN_RTMS,
        None,
        ("this page is missing. docs/nl/rtms.md exists.", "[page-missing-in-one-language]"),
    ),
    "missing Dutch page": Case(
        lambda p: (p / RTMS).unlink(),
        "check_translations",
        "config",
        RTMS,
        None,
        ("this page is missing. docs/en/rtms.md exists.", "[page-missing-in-one-language]"),
    ),
    "page not in nav": Case(
        lambda p: [shutil.copy(p / f"docs/{lang}/ect.md", p / f"docs/{lang}/extra.md") for lang in ("nl", "en")],
        "check_nav",
        "config",
        "docs/nl/extra.md",
        None,
        ("the page is not in the nav in mkdocs.yml.", "Add '- extra.md'", "[page-not-in-nav]"),
    ),
    "nav title without translation": Case(
        lambda p: edit(p / "mkdocs.yml", "  - Hulp:\n", "  - Hulp en steun:\n"),
        "check_translations",
        "config",
        "mkdocs.yml",
        None,
        ("nav title 'Hulp en steun' has no English translation.", "[nav-title-untranslated]"),
    ),
    "broken internal link": Case(
        lambda p: append(p / RTMS, "Zie [dit](bestaat-niet.md)."),
        "add_editor_output",
        "mkdocs",
        RTMS,
        "bestaat-niet.md",
        ("the link 'bestaat-niet.md' goes to a page that does not exist", "[link-to-missing-page]"),
    ),
    "missing image": Case(
        lambda p: append(p / RTMS, "![Foto](../assets/images/bestaat-niet.png)"),
        "add_editor_output",
        "mkdocs",
        RTMS,
        "bestaat-niet.png",
        ("the image '../assets/images/bestaat-niet.png' does not exist", "[image-missing]"),
    ),
    "http link": Case(
        lambda p: append(p / RTMS, "Zie [113](http://www.113.nl)."),
        "check_links",
        "content",
        RTMS,
        "http://www.113.nl",
        ("the link 'http://www.113.nl' uses http://.", "Use https://", "[link-not-encrypted]"),
    ),
    "malformed external link": Case(
        lambda p: append(p / RTMS, "Zie [113](https://113)."),
        "check_links",
        "content",
        RTMS,
        "https://113)",
        ("the link 'https://113' is not a well-formed web address.", "[link-malformed]"),
    ),
    "invalid YAML": Case(
        lambda p: edit(p / RTMS, "\ntitle:", "\ntitle: rTMS: wat is het\nx:"),
        "check_front_matter",
        "markdown",
        RTMS,
        2,
        ("not valid YAML", "[front-matter-not-yaml]"),
    ),
    "missing description": Case(
        lambda p: edit(p / RTMS, "\ndescription:", "\n#description:"),
        "check_front_matter",
        "markdown",
        RTMS,
        2,
        ("front matter key 'description' is missing or empty.", "[front-matter-key-missing]"),
    ),
    "description too long": Case(
        lambda p: replace_front(p / RTMS, "description", "x" * 170),
        "check_front_matter",
        "markdown",
        RTMS,
        3,
        ("description is 170 characters; at most 160", "[description-too-long]"),
    ),
    "impossible date": Case(
        lambda p: replace_front(p / RTMS, "reviewed", "2026-02-30"),
        "check_front_matter",
        "markdown",
        RTMS,
        4,
        ("reviewed '2026-02-30' is not a real date.", "YYYY-MM-DD", "[date-not-real]"),
    ),
    "date in wrong form": Case(
        lambda p: replace_front(p / RTMS, "next_review", "22-11-2027"),
        "check_front_matter",
        "markdown",
        RTMS,
        5,
        ("'22-11-2027'", "YYYY-MM-DD", "[date-not-real]"),
    ),
    "next review before reviewed": Case(
        lambda p: replace_front(p / RTMS, "next_review", "2026-01-01"),
        "check_front_matter",
        "markdown",
        RTMS,
        5,
        ("must come after", "[next-review-before-review]"),
    ),
    "unknown key": Case(
        lambda p: edit(p / RTMS, "\nreviewed:", "\nreveiwed: 2026-11-22\nreviewed:"),
        "check_front_matter",
        "markdown",
        RTMS,
        4,
        ("unknown front matter key 'reveiwed'.", "[front-matter-unknown-key]"),
    ),
    "clinical review without a reviewer": Case(
        lambda p: replace_front(p / RTMS, "review_type", "clinical"),
        "check_front_matter",
        "markdown",
        RTMS,
        "review_type:",
        ("reviewed_by is missing", "[reviewer-missing]"),
    ),
    "two H1": Case(
        lambda p: append(p / RTMS, "# Nog een titel"),
        "check_structure",
        "content",
        RTMS,
        "# Nog een titel",
        ("the page has 2 main headings", "[one-main-heading]"),
    ),
    "skipped heading level": Case(
        lambda p: edit(p / RTMS, "\n## ", "\n#### ", 1),
        "check_structure",
        "content",
        RTMS,
        "#### ",
        ("level 4", "skipped", "[heading-level-skipped]"),
    ),
    "empty page": Case(
        lambda p: (p / RTMS).write_text((p / RTMS).read_text().split("\n# ")[0] + "\n# Leeg\n"),
        "check_structure",
        "content",
        RTMS,
        1,
        ("the page is (almost) empty", "[page-empty]"),
    ),
    "image without alt": Case(
        lambda p: add_image(p, "x.png", png(10, 10), RTMS, ""),
        "check_images",
        "content",
        RTMS,
        "x.png",
        ("no alt text", "[image-without-alt]"),
    ),
    "remote image": Case(
        lambda p: append(p / RTMS, "![Foto](https://example.org/foto.png)"),
        "check_images",
        "content",
        RTMS,
        "foto.png",
        ("another website", "[image-from-another-site]"),
    ),
    "image file too big": Case(
        lambda p: add_image(p, "ruis.png", png(200, 200, noise=True), RTMS, "Ruis"),
        "check_images",
        "content",
        RTMS,
        "ruis.png",
        ("ruis.png", "at most 30 KiB", "[image-too-big]"),
    ),
    "embedded video": Case(
        lambda p: append(p / RTMS, '<iframe src="https://www.youtube.com/embed/x"></iframe>'),
        "check_privacy",
        "content",
        RTMS,
        "<iframe",
        ("<iframe>", "[element-not-allowed]"),
    ),
    "script": Case(
        lambda p: append(p / RTMS, '<script src="https://widget.example.org/w.js"></script>'),
        "check_privacy",
        "content",
        RTMS,
        "<script",
        ("<script>", "[element-not-allowed]"),
    ),
    "inline handler": Case(
        lambda p: append(p / RTMS, '<span onmouseover="alert(1)">x</span>'),
        "check_privacy",
        "content",
        RTMS,
        "onmouseover",
        ("script handler (onmouseover=...)", "[script-handler]"),
    ),
    "web font": Case(
        lambda p: append(p / RTMS, '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=X">'),
        "check_privacy",
        "content",
        RTMS,
        "fonts.googleapis.com",
        ("<link>", "[element-not-allowed]"),
    ),
    "tracking pixel": Case(
        lambda p: append(p / RTMS, '<img alt="" src="https://tracker.example.org/p.gif">'),
        "check_privacy",
        "content",
        RTMS,
        "tracker.example.org",
        ("loads something from another host", "[loads-from-another-host]"),
    ),
    "style loading a file": Case(
        lambda p: append(p / RTMS, '<div style="background:url(https://x.example.org/a.png)">x</div>'),
        "check_privacy",
        "content",
        RTMS,
        "url(https://x.example.org",
        ("url(", "[style-loads-a-file]"),
    ),
    "footnote without its source": Case(
        lambda p: edit(p / RTMS, "\n## ", "\nZie de bron.[^nergens]\n\n## ", 1),
        "check_footnotes",
        "markdown",
        RTMS,
        "[^nergens]",
        ("[^nergens] has no source", "[footnote-without-source]"),
    ),
    "Dutch paragraph in the English page": Case(
        lambda p: edit(
            p / EN_RTMS,
            "\n## ",
            "\nBel je huisarts als het niet goed met je gaat, ook 's avonds en in het weekend.\n\n## ",
            1,
        ),
        "check_language",
        "markdown",
        EN_RTMS,
        "Bel je huisarts",
        ("reads as Dutch", "[other-language]"),
        page=EN_RTMS,
    ),
    "figure missing in the translation": Case(
        lambda p: edit(p / EN_RTMS, "\n## ", "\nAbout 97 in 100 people.\n\n## ", 1),
        "check_translation_pairs",
        "markdown",
        EN_RTMS,
        "About 97 in 100",
        ("the figure 97 is not in docs/nl/rtms.md.", "[figure-in-one-language]"),
    ),
    "crisis link dials another number": Case(
        lambda p: edit(p / RTMS, "\n## ", "\nBel [113](tel:1131).\n\n## ", 1),
        "check_phone_numbers",
        "content",
        RTMS,
        "tel:1131",
        ("dials 1131, another number than it shows", "[phone-link-differs]"),
    ),
    "page too long for a slow phone": Case(
        lambda p: append(p / "docs/en/woordenlijst.md", made_up_words(4000)),
        "check_page_weight",
        "page",
        "docs/en/woordenlijst.md",
        None,
        ("KiB", "split it into two pages", "[page-too-heavy]"),
        page="docs/en/woordenlijst.md",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hook_names_the_mistake_with_file_and_line(project, caplog, case):
    """The hook that owns the rule reports the mistake as a warning or error (either stops the strict build),
    naming the file, the line and the message's id."""
    c = CASES[case]
    before = run_hook(project, c.hook, c.stage, c.page, caplog)
    assert not [text for level, text in before if level >= logging.WARNING], f"{case}: unchanged copy: {before}"
    c.mutate(project)
    said = [text for level, text in run_hook(project, c.hook, c.stage, c.page, caplog) if level >= logging.WARNING]
    line = line_with(project, c.where, c.line) if isinstance(c.line, str) else c.line
    prefix = f"{c.where}:{line}: " if line else f"{c.where}: "
    found = [text for text in said if text.startswith(prefix) and all(part in text for part in c.says)]
    assert found, f"{case}: no message starting '{prefix}' with {c.says}; {c.hook} said: {said}"


@pytest.mark.parametrize("mistake", ["reviewed: 2026-02-30", "title: rTMS: wat is het"])
def test_a_front_matter_mistake_does_not_crash_the_pair_check(project, caplog, mistake):
    """check_front_matter.py reports a bad date or bad YAML with its line; the pair check must not stop the build
    with a traceback over the same front matter (an editor cannot read one; the real build shows it today)."""
    key = mistake.split(":")[0]
    replace_front(project / RTMS, key, mistake.split(": ", 1)[1])
    run_hook(project, "check_translation_pairs", "markdown", RTMS, caplog)


def test_overdue_review_is_a_note_not_a_stop(project, caplog):
    for page in (RTMS, EN_RTMS):  # both languages are reviewed together
        replace_front(project / page, "reviewed", "2025-06-01")
        replace_front(project / page, "next_review", "2026-06-01")
    said = run_hook(project, "check_front_matter", "markdown", RTMS, caplog)
    assert [level for level, _ in said] == [logging.INFO], said
    assert said[0][1].startswith("REVIEW OVERDUE: docs/nl/rtms.md: review overdue since 2026-06-01."), said


def test_image_gets_its_size_and_loads_lazily(project, caplog):
    """An editor writes only ![alt](file): the build adds the image's width and height (no jumping page while
    it loads) and lazy loading (no bytes until the reader scrolls near it)."""
    add_image(project, "schema.png", png(120, 80), RTMS, "Schema van een behandeling")
    config = load_config(str(project / "mkdocs.yml"))
    page, files = page_of(config, RTMS)
    page.render(config, files)
    html = config.plugins["overrides/hooks/add_image_sizes.py"].on_page_content(
        page.content, page=page, config=config, files=files
    )
    tag = re.search(r"<img [^>]*schema\.png[^>]*>", html).group(0)
    for part in (
        'width="120"',
        'height="80"',
        'loading="lazy"',
        'decoding="async"',
        'alt="Schema van een behandeling"',
    ):
        assert part in tag, tag


def test_audit_lists_overdue_and_due_soon(tmp_path, capsys):
    import audit

    (tmp_path / "nl").mkdir()
    page = "---\ntitle: t\ndescription: d\nreviewed: {r}\nnext_review: {n}\n---\n# t\n"
    (tmp_path / "nl" / "a.md").write_text(page.format(r="2025-01-01", n="2025-12-01"))
    (tmp_path / "nl" / "b.md").write_text(page.format(r="2026-01-01", n="2026-12-10"))
    (tmp_path / "nl" / "c.md").write_text(page.format(r="2026-11-01", n="2027-11-01"))
    code = audit.audit(tmp_path, today=datetime.date(2026, 11, 22))
    out = capsys.readouterr().out
    assert code == 1
    assert "OVERDUE" in out and "a.md" in out
    assert "DUE SOON" in out and "b.md" in out
    assert "c.md" not in out
    (tmp_path / "nl" / "a.md").unlink()
    assert audit.audit(tmp_path, today=datetime.date(2026, 11, 22)) == 0


# Real strict builds ---------------------------------------------------------------------------------------

SUMMARY = re.compile(r"(\d+) error\(s\) and (\d+) warning\(s\) in all, in both languages, to fix")

# One mistake per stage at which rules run: (mistake, message start, message parts, errors, warnings); errors
# None: at least one (a missing page also empties its nav entry).
BUILDS = {
    "the site's setup": (
        lambda p: (p / EN_RTMS).unlink(),
        "docs/en/rtms.md: ",
        ("this page is missing", "[page-missing-in-one-language]"),
        None,
        None,
    ),
    "the front matter": (
        lambda p: edit(p / RTMS, "\nreviewed:", "\nreveiwed: 2026-11-22\nreviewed:"),
        "docs/nl/rtms.md:4: ",
        ("unknown front matter key 'reveiwed'", "[front-matter-unknown-key]"),
        1,
        0,
    ),
    "the page's HTML, English": (
        lambda p: append(p / EN_RTMS, '<script src="https://widget.example.org/w.js"></script>'),
        "docs/en/rtms.md:{last}: ",
        ("a <script> element is not allowed", "[element-not-allowed]"),
        2,  # the element, and what it loads from another host
        0,
    ),
    "MkDocs' own link check": (
        lambda p: append(p / RTMS, "Zie [dit](ect.md#geen-kop-zo)."),
        "docs/nl/rtms.md:{last}: ",
        ("the link 'ect.md#geen-kop-zo' goes to a heading that is not on docs/nl/ect.md", "[link-to-missing-heading]"),
        0,
        1,
    ),
}


@pytest.mark.parametrize("stage", list(BUILDS))
def test_strict_build_stops_and_names_file_and_line(project_copy, stage):
    mutate, start, parts, errors, warnings = BUILDS[stage]
    project = project_copy(re.sub(r"\W+", "-", stage))
    mutate(project)
    proc = build(project)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, f"{stage}: the build did not stop\n{output[-2000:]}"
    assert "Traceback" not in output, f"{stage}: the build crashed instead of reporting\n{output[-3000:]}"
    if "{last}" in start:  # the mistake is on the page's last line
        start = start.format(last=len((project / start.split(":")[0]).read_text(encoding="utf-8").splitlines()))
    lines = [line.split("-  ", 1)[-1] for line in output.splitlines()]
    assert [line for line in lines if line.startswith(start) and all(p in line for p in parts)], output[-3000:]
    counted = SUMMARY.search(output)
    assert counted, f"{stage}: no closing summary\n{output[-2000:]}"
    if errors is None:
        assert int(counted[1]) >= 1, counted[0]
    else:
        assert (int(counted[1]), int(counted[2])) == (errors, warnings), counted[0]


def test_unchanged_copy_builds(project_copy):
    proc = build(project_copy("unchanged"))
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert not re.search(r"^(WARNING|ERROR)", output, re.M), output
    assert re.search(r"Done: \d+ pages in Dutch and English, no problems found\.", output), output[-2000:]


# What `mkdocs serve` does after each save: reload mkdocs.yml and rebuild, in one long-running process (with
# overrides/hooks/add_serve_cache.py reusing the conversion of unchanged pages). Steps: [file, old, new] or null.
SERVE_SESSION = r"""
import json, logging, pathlib, sys
sys.argv[1:] = ["serve"]
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
handler = logging.StreamHandler(sys.stdout)
handler.setLevel(logging.WARNING)
handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
logging.getLogger("mkdocs").addHandler(handler)
for step in json.loads(pathlib.Path("steps.json").read_text()):
    if step:
        path = pathlib.Path(step[0])
        path.write_text(path.read_text(encoding="utf-8").replace(step[1], step[2]), encoding="utf-8")
    print("== build", flush=True)
    try:
        build(load_config(config_file="mkdocs.yml", site_dir="site-serve"))
        print("== ok", flush=True)
    except Abort as e:
        print("== failed", e, flush=True)
"""


# Runs a `mkdocs serve` session of rebuilds in a new process.
def serve_session(project: Path, steps: list) -> list[str]:
    """Run the steps; return what each rebuild printed (its warnings and errors, then ok or failed)."""
    import json

    (project / "steps.json").write_text(json.dumps(steps), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", SERVE_SESSION],
        cwd=project,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "SITE_URL": "http://127.0.0.1:9/"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return [part.strip() for part in proc.stdout.split("== build")[1:]]


def test_serve_rebuild_reuses_pages_without_changing_the_site(project_copy):
    """After a save, the rebuilt site is byte for byte what a clean `mkdocs build` makes."""
    project = project_copy("serve-same")
    runs = serve_session(project, [None, None])
    assert all(run.endswith("== ok") for run in runs), runs
    clean = build(project)
    assert clean.returncode == 0, clean.stderr
    served = sorted(p.relative_to(project / "site-serve") for p in (project / "site-serve").rglob("*.html"))
    built = sorted(p.relative_to(project / "site") for p in (project / "site").rglob("*.html"))
    assert served == built and len(built) > 30
    different = [
        str(p) for p in built if (project / "site" / p).read_bytes() != (project / "site-serve" / p).read_bytes()
    ]
    assert not different, f"served pages differ from a clean build: {different}"


def test_serve_keeps_reporting_a_problem_until_it_is_fixed(project_copy):
    """A broken link stops every rebuild until the editor fixes it; the reuse of pages never hides it."""
    project = project_copy("serve-problem")
    broken = [RTMS, "\n## ", "\nZie [dit](bestaat-niet.md).\n\n## "]
    fixed = [RTMS, "Zie [dit](bestaat-niet.md).", "Zie [dit](ect.md)."]
    runs = serve_session(project, [None, broken, None, [EN_RTMS, "\n## ", "\nSee [this](ect.md).\n\n## "], fixed])
    assert runs[0].endswith("== ok"), runs[0]
    for run in runs[1:4]:
        assert "== failed" in run and "nl/rtms.md" in run and "bestaat-niet.md" in run, run
    assert runs[4].endswith("== ok"), runs[4]


def test_serve_notices_a_renamed_heading_that_an_unchanged_page_links_to(project_copy):
    """Only ect.md changes, but rtms.md (reused as it was) links to the heading that is gone: still reported."""
    project = project_copy("serve-anchor")
    link = [RTMS, "\n## ", "\nZie [hoe vaak](ect.md#hoe-vaak-krijg-je-ect).\n\n## "]
    rename = ["docs/nl/ect.md", "## Hoe vaak krijg je ECT?", "## Hoe vaak krijg je de behandeling?"]
    runs = serve_session(project, [link, rename])
    assert runs[0].endswith("== ok"), runs[0]
    assert "== failed" in runs[1] and "nl/rtms.md" in runs[1] and "hoe-vaak-krijg-je-ect" in runs[1], runs[1]
