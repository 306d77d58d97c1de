"""`mkdocs serve` only: an editor sees a mistake where they look, in the browser preview.

`make serve` runs the preview without strict mode (--no-strict), so a save with a problem still gives a fresh site
instead of a stale page and a server that seems stuck. Every warning and error of the rebuild is collected here and
shown at the top of the pages: in full (file, line, what is wrong, how to fix it) on the page that has the problem,
and as a short notice with links on every other page. The box is in the page's language and goes away on the next
reload after the fix. `make build`, `make check` and CI stay strict: there the same problem stops the build, and
this box never appears in a real build."""

from __future__ import annotations

import html
import logging
import re
import sys
import types
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from shared import outer_build

SERVING = sys.argv[1:2] == ["serve"]
# A problem names its page as docs/nl/rtms.md (our rules) or 'nl/rtms.md' (MkDocs' own messages).
PAGE_NAME = re.compile(r"(?:docs/)?\b(nl|en)/([\w./-]+?\.md)\b")

# The hooks are loaded anew on every rebuild; what was collected lives on in a module of its own.
STORE = sys.modules.setdefault("_tp_preview_problems", types.ModuleType("_tp_preview_problems"))
if not hasattr(STORE, "problems"):
    STORE.problems = []

    class _Collect(logging.Handler):
        """Keeps every warning and error of the rebuild."""

        def emit(self, record: logging.LogRecord) -> None:
            STORE.problems.append((record.levelname, record.getMessage()))

    if SERVING:
        logging.getLogger("mkdocs").addHandler(_Collect(logging.WARNING))


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if SERVING and outer_build(config):
        STORE.problems.clear()  # a new rebuild: the first language's pass starts it
    return config


def _pages_of(message: str) -> set[str]:
    """The pages a problem names, as 'nl/rtms.md'."""
    return {f"{lang}/{name}" for lang, name in PAGE_NAME.findall(message)}


def box(page_key: str, problems: list[tuple[str, str]], labels: dict[str, str], root: str, pages: set[str]) -> str:
    """The preview box for one built page ('nl/rtms.md'), or '' when the site has no problem."""
    if not problems:
        return ""
    mine = [(level, text) for level, text in problems if page_key in _pages_of(text)]
    others = sorted(({p for _, text in problems for p in _pages_of(text)} & pages) - {page_key})
    general = [(level, text) for level, text in problems if not _pages_of(text)]
    items = "".join(
        f"<li><strong>{html.escape(level.lower())}</strong>: {html.escape(text)}</li>" for level, text in mine + general
    )
    links = ", ".join(
        f'<a href="{root}{"" if p.startswith("nl/") else "en/"}{Path(p.split("/", 1)[1]).with_suffix(".html")}">'
        f"{html.escape(p)}</a>"
        for p in others
    )
    parts = [
        f"<p><strong>{html.escape(labels['preview_title'] if mine or general else labels['preview_elsewhere'])}</strong></p>"
    ]
    if items:
        parts.append(f"<ul>{items}</ul>")
    if others:
        parts.append(f"<p>{html.escape(labels['preview_other'])} {links}</p>")
    parts.append(f"<p>{html.escape(labels['preview_note'])}</p>")
    style = (
        "position:relative;z-index:10;margin:0;padding:.6rem 1rem;background:#fff3cd;color:#3b2a00;"
        "border-bottom:4px solid #b45309;font:15px/1.45 system-ui,sans-serif"
    )
    return f'<div class="tp-preview-problems" role="alert" style="{style}">{"".join(parts)}</div>'


@event_priority(-200)  # after the per-language search and 404 steps: the final site
def on_post_build(*, config: MkDocsConfig) -> None:
    if not SERVING or not outer_build(config) or not STORE.problems:
        return
    site = Path(config.site_dir)
    labels = config.extra["labels"]
    pages = {p.relative_to(Path(config.docs_dir)).as_posix() for p in Path(config.docs_dir).glob("*/*.md")}
    for path in site.rglob("*.html"):
        relative = path.relative_to(site).as_posix()
        lang = "en" if relative.startswith("en/") else "nl"
        name = relative[3:] if lang == "en" else relative
        root = "../" * relative.count("/")
        text = path.read_text(encoding="utf-8")
        inserted = box(f"{lang}/{Path(name).with_suffix('.md')}", STORE.problems, labels[lang], root, pages)
        path.write_text(
            re.sub(r"(<body[^>]*>)", lambda m, box=inserted: m.group(1) + box, text, count=1), encoding="utf-8"
        )
