"""Privacy and safety of page content: nothing in a page may load from another host or run script,
whatever Markdown or HTML is pasted in (embeds, widgets, fonts, tracking pixels, inline handlers).
Plain links (<a href="https://...">) to other sites are allowed."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report import line_of, logger, source_name  # noqa: E402

log = logger("privacy")
FORBIDDEN_TAGS = ("script", "iframe", "frame", "object", "embed", "applet", "link", "meta", "base",
                  "style", "video", "audio", "source", "track", "portal", "svg")
TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)\b([^>]*)>", re.S)
HANDLER = re.compile(r"\bon[a-z]+\s*=", re.I)
URL_ATTRS = re.compile(r'\b(src|srcset|poster|data|action|formaction|background|xlink:href|ping)\s*=\s*'
                       r'("([^"]*)"|\'([^\']*)\')', re.I)
EXTERNAL = re.compile(r"(^|[\s,])(https?:)?//", re.I)
CSS_URL = re.compile(r"url\(|@import|expression\(", re.I)


def problems(html: str):
    for closing, tag, rest in TAG.findall(html):
        if closing:
            continue
        low = tag.lower()
        if low in FORBIDDEN_TAGS:
            yield f"<{low}>", f"a <{low}> element is not allowed in a page (it can load or run something)."
        if HANDLER.search(rest):
            yield HANDLER.search(rest).group(0), f"the <{low}> element has a script handler ({HANDLER.search(rest).group(0)}...)."
        for m in URL_ATTRS.finditer(rest):
            value = m.group(3) if m.group(3) is not None else m.group(4)
            if EXTERNAL.search(value) or value.strip().lower().startswith(("javascript:", "data:")):
                yield value, f"<{low} {m.group(1)}=\"{value}\"> loads something from another host."
        href = re.search(r'\bhref\s*=\s*["\']\s*javascript:', rest, re.I)
        if href:
            yield "javascript:", "a link runs script (javascript:)."
        style = re.search(r'\bstyle\s*=\s*("([^"]*)"|\'([^\']*)\')', rest, re.I)
        if style and CSS_URL.search(style.group(0)):
            yield "url(", f"an inline style on <{low}> loads a file (url(...) / @import)."


def on_page_content(html, page, config, files):
    name = source_name(page, config)
    for needle, message in problems(html):
        log.error(f"{name}:{line_of(page, needle)}: {message} Pages may not load anything from other "
                  f"websites or run scripts (privacy of readers). Use a plain link instead: [text](https://...).")
    return html
