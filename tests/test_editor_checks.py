"""The editor's safety net: every kind of broken edit stops the build with a message that names the file
(and the line, where there is one). Each case copies the project to a temporary folder, makes one mistake,
builds, and checks that the build fails and says where."""

import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, made_up_words

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import front_matter  # noqa: E402


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    base = tmp_path_factory.mktemp("editor")

    def make(name):
        target = base / name
        for part in ("docs", "overrides"):
            shutil.copytree(ROOT / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
        return target

    return make


def build(project: Path):
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "SITE_URL": "http://127.0.0.1:9/"},
    )


def edit(path: Path, old: str, new: str, count: int = 1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: '{old}' not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def replace_front(path: Path, key: str, value: str):
    text = path.read_text(encoding="utf-8")
    new = re.sub(rf"^{key}:.*$", f"{key}: {value}", text, count=1, flags=re.M)
    assert new != text
    path.write_text(new, encoding="utf-8")


def append(path: Path, text: str):
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")


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


def add_image(project: Path, name: str, data: bytes, page: str, alt: str):
    (project / "docs/assets/images" / name).write_bytes(data)
    append(project / page, f"![{alt}](../assets/images/{name})")


RTMS = "docs/nl/rtms.md"
EN_RTMS = "docs/en/rtms.md"

CASES = {
    "missing English page": (lambda p: (p / EN_RTMS).unlink(), ["docs/en/rtms.md", "missing"]),
    "missing Dutch page": (lambda p: (p / RTMS).unlink(), ["docs/nl/rtms.md", "missing"]),
    "page not in nav": (
        lambda p: [
            shutil.copy(p / "docs/nl/ect.md", p / "docs/nl/extra.md"),
            shutil.copy(p / "docs/en/ect.md", p / "docs/en/extra.md"),
        ],
        ["docs/nl/extra.md", "not in the nav"],
    ),
    "nav title without translation": (
        lambda p: edit(p / "mkdocs.yml", "  - Hulp:\n", "  - Hulp en steun:\n"),
        ["mkdocs.yml", "Hulp en steun", "translation"],
    ),
    "broken internal link": (
        lambda p: append(p / RTMS, "Zie [dit](bestaat-niet.md)."),
        ["nl/rtms.md", "bestaat-niet.md"],
    ),
    "broken anchor": (lambda p: append(p / RTMS, "Zie [dit](ect.md#geen-kop-zo)."), ["nl/rtms.md", "geen-kop-zo"]),
    "http link": (
        lambda p: append(p / RTMS, "Zie [113](http://www.113.nl)."),
        ["docs/nl/rtms.md:", "http://www.113.nl", "https://"],
    ),
    "malformed external link": (
        lambda p: append(p / RTMS, "Zie [113](https://113)."),
        ["docs/nl/rtms.md:", "https://113", "well-formed"],
    ),
    "invalid YAML": (
        lambda p: edit(p / RTMS, "\ntitle:", "\ntitle: rTMS: wat is het\nx:"),
        ["docs/nl/rtms.md:", "not valid YAML"],
    ),
    "missing description": (
        lambda p: edit(p / RTMS, "\ndescription:", "\n#description:"),
        ["docs/nl/rtms.md:", "'description' is missing"],
    ),
    "description too long": (
        lambda p: replace_front(p / RTMS, "description", "x" * 170),
        ["docs/nl/rtms.md:3:", "170 characters"],
    ),
    "impossible date": (
        lambda p: replace_front(p / RTMS, "reviewed", "2026-02-30"),
        ["docs/nl/rtms.md:4:", "'2026-02-30' is not a real date", "YYYY-MM-DD"],
    ),
    "date in wrong form": (
        lambda p: replace_front(p / RTMS, "next_review", "22-11-2027"),
        ["docs/nl/rtms.md:5:", "'22-11-2027'", "YYYY-MM-DD"],
    ),
    "next review before reviewed": (
        lambda p: replace_front(p / RTMS, "next_review", "2026-01-01"),
        ["docs/nl/rtms.md:5:", "must come after"],
    ),
    "unknown key": (
        lambda p: edit(p / RTMS, "\nreviewed:", "\nreveiwed: 2026-11-22\nreviewed:"),
        ["docs/nl/rtms.md:4:", "unknown front matter key 'reveiwed'"],
    ),
    "two H1": (lambda p: append(p / RTMS, "# Nog een titel"), ["docs/nl/rtms.md:", "main headings"]),
    "skipped heading level": (
        lambda p: edit(p / RTMS, "\n## ", "\n#### ", 1),
        ["docs/nl/rtms.md:", "level 4", "skipped"],
    ),
    "empty page": (
        lambda p: (p / RTMS).write_text((p / RTMS).read_text().split("\n# ")[0] + "\n# Leeg\n"),
        ["docs/nl/rtms.md:", "empty"],
    ),
    "image without alt": (
        lambda p: [
            (p / "docs/assets/images").mkdir(parents=True, exist_ok=True),
            (p / "docs/assets/images/x.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>"),
            append(p / RTMS, "![](../assets/images/x.svg)"),
        ],
        ["docs/nl/rtms.md:", "no alt text"],
    ),
    "remote image": (
        lambda p: append(p / RTMS, "![Foto](https://example.org/foto.png)"),
        ["docs/nl/rtms.md:", "another website"],
    ),
    "missing image": (
        lambda p: append(p / RTMS, "![Foto](../assets/images/bestaat-niet.png)"),
        ["nl/rtms.md", "bestaat-niet.png"],
    ),
    "embedded video": (
        lambda p: append(p / RTMS, '<iframe src="https://www.youtube.com/embed/x"></iframe>'),
        ["docs/nl/rtms.md:", "<iframe>"],
    ),
    "script": (
        lambda p: append(p / RTMS, '<script src="https://widget.example.org/w.js"></script>'),
        ["docs/nl/rtms.md:", "<script>"],
    ),
    "inline handler": (
        lambda p: append(p / RTMS, '<span onmouseover="alert(1)">x</span>'),
        ["docs/nl/rtms.md:", "script handler"],
    ),
    "web font": (
        lambda p: append(p / RTMS, '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=X">'),
        ["docs/nl/rtms.md:", "<link>"],
    ),
    "tracking pixel": (
        lambda p: append(p / RTMS, '<img alt="" src="https://tracker.example.org/p.gif">'),
        ["docs/nl/rtms.md:", "another"],
    ),
    "style loading a file": (
        lambda p: append(p / RTMS, '<div style="background:url(https://x.example.org/a.png)">x</div>'),
        ["docs/nl/rtms.md:", "url("],
    ),
    "image file too big": (
        lambda p: add_image(p, "ruis.png", png(200, 200, noise=True), RTMS, "Ruis"),
        ["docs/nl/rtms.md:", "ruis.png", "at most 30 KiB"],
    ),
    "footnote without its source": (
        lambda p: edit(p / RTMS, "\n## ", "\nZie de bron.[^nergens]\n\n## ", 1),
        ["docs/nl/rtms.md:", "[^nergens] has no source"],
    ),
    "Dutch paragraph in the English page": (
        lambda p: edit(
            p / EN_RTMS,
            "\n## ",
            "\nBel je huisarts als het niet goed met je gaat, ook 's avonds en in het weekend.\n\n## ",
            1,
        ),
        ["docs/en/rtms.md:", "reads as Dutch"],
    ),
    "figure missing in the translation": (
        lambda p: edit(p / EN_RTMS, "\n## ", "\nAbout 97 in 100 people.\n\n## ", 1),
        ["docs/en/rtms.md:", "the figure 97 is not in docs/nl/rtms.md"],
    ),
    "crisis link dials another number": (
        lambda p: edit(p / RTMS, "\n## ", "\nBel [113](tel:1131).\n\n## ", 1),
        ["docs/nl/rtms.md:", "dials 1131, another number than it shows"],
    ),
    "clinical review without a reviewer": (
        lambda p: replace_front(p / RTMS, "review_type", "clinical"),
        ["docs/nl/rtms.md:", "reviewed_by is missing"],
    ),
    "page too long for a slow phone": (
        lambda p: append(p / "docs/en/woordenlijst.md", made_up_words(4000)),
        ["docs/en/woordenlijst.md", "KiB", "split it into two pages"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_mistake_stops_build_and_names_file(project_copy, case):
    mutate, expected = CASES[case]
    project = project_copy(re.sub(r"\W+", "-", case))
    mutate(project)
    proc = build(project)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, f"{case}: the build did not stop\n{output[-2000:]}"
    for needle in expected:
        assert needle in output, f"{case}: '{needle}' not in the build output\n{output[-3000:]}"


def test_unchanged_copy_builds(project_copy):
    proc = build(project_copy("unchanged"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not re.search(r"^(WARNING|ERROR)", proc.stdout + proc.stderr, re.M)


def test_image_gets_its_size_and_loads_lazily(project_copy):
    """An editor writes only ![alt](file): the build adds the image's width and height (no jumping page while
    it loads) and lazy loading (no bytes until the reader scrolls near it)."""
    project = project_copy("image")
    add_image(project, "schema.png", png(120, 80), RTMS, "Schema van een behandeling")
    proc = build(project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    html = (project / "site" / "rtms.html").read_text(encoding="utf-8")
    tag = re.search(r"<img [^>]*schema\.png[^>]*>", html).group(0)
    for part in (
        'width="120"',
        'height="80"',
        'loading="lazy"',
        'decoding="async"',
        'alt="Schema van een behandeling"',
    ):
        assert part in tag, tag


def test_image_sizes_are_read_from_every_kind_of_file(tmp_path):
    import struct

    import images

    files = {
        "a.png": png(31, 17),
        "a.gif": b"GIF89a" + struct.pack("<HH", 31, 17) + b"\x00" * 8,
        # JPEG: start, an APP0 segment, then the frame header with height 17 and width 31
        "a.jpg": b"\xff\xd8"
        + b"\xff\xe0"
        + struct.pack(">H", 16)
        + b"JFIF\x00"
        + b"\x00" * 9
        + b"\xff\xc0"
        + struct.pack(">HBHH", 17, 8, 17, 31)
        + b"\x03"
        + b"\x00" * 9,
        "a.webp": b"RIFF\x00\x00\x00\x00WEBPVP8X"
        + b"\x00" * 8
        + (30).to_bytes(3, "little")
        + (16).to_bytes(3, "little"),
        "a.svg": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 31 17"><rect width="1" height="1"/></svg>',
        "b.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="31px" height="17" viewBox="0 0 62 34"></svg>',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        assert images.image_size(tmp_path / name) == (31, 17), name


def test_overdue_review_warns_but_builds(project_copy):
    project = project_copy("overdue")
    for page in (RTMS, EN_RTMS):  # both languages are reviewed together
        replace_front(project / page, "reviewed", "2025-06-01")
        replace_front(project / page, "next_review", "2026-06-01")
    proc = build(project)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "REVIEW OVERDUE: docs/nl/rtms.md" in output


def test_audit_lists_overdue_and_due_soon(tmp_path, capsys):
    (tmp_path / "nl").mkdir()
    page = "---\ntitle: t\ndescription: d\nreviewed: {r}\nnext_review: {n}\n---\n# t\n"
    (tmp_path / "nl" / "a.md").write_text(page.format(r="2025-01-01", n="2025-12-01"))
    (tmp_path / "nl" / "b.md").write_text(page.format(r="2026-01-01", n="2026-12-10"))
    (tmp_path / "nl" / "c.md").write_text(page.format(r="2026-11-01", n="2027-11-01"))
    code = front_matter.audit(tmp_path, today=datetime.date(2026, 11, 22))
    out = capsys.readouterr().out
    assert code == 1
    assert "OVERDUE" in out and "a.md" in out
    assert "DUE SOON" in out and "b.md" in out
    assert "c.md" not in out
    (tmp_path / "nl" / "a.md").unlink()
    assert front_matter.audit(tmp_path, today=datetime.date(2026, 11, 22)) == 0


# What `mkdocs serve` does after each save: reload mkdocs.yml and rebuild, in one long-running process (with
# overrides/hooks/serve_cache.py reusing the conversion of unchanged pages). Steps: [file, old, new] or null.
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
