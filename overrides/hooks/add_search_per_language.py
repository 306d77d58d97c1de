"""Per-language search index, written after the last language is built.

The search plugin writes one index with the pages of both languages. Here it is split:
  site/search/search_index.json     Dutch pages only
  site/en/search/search_index.json  English pages only (locations relative to /en/)
English pages tell Material their search base is /en/ (overrides/main.html), so search on an
English page only ever finds English pages. Each index asks only for its own language's stemmer.
The reader's own words for a page (search_terms in its front matter, e.g. "shocktherapie" on the ECT page) go
into the page's entry in a field of their own, "keywords" (mkdocs.yml gives it a boost under the search plugin's
fields): search finds the page by them, and they are never shown as page text. Footnotes are left out of the
index (data-search-exclude, a Material feature), so a page that only cites a word is not a hit for it."""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import languages, outer_build

_keywords: dict[str, str] = {}  # page URL (as in the search index before the split) -> its search_terms


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    terms = (page.meta or {}).get("search_terms")
    if isinstance(terms, list):
        _keywords[page.url] = " ".join(str(t) for t in terms)
    return html.replace('<div class="footnote">', '<div class="footnote" data-search-exclude>')


def split_search_index(
    site_dir: Path, default: str, langs: list[str], offline: bool = False, keywords: dict[str, str] | None = None
) -> None:
    """Write one search index per language from the search plugin's index of all pages, with their keywords."""
    index_file = site_dir / "search" / "search_index.json"
    data = json.loads(index_file.read_text(encoding="utf-8"))
    docs = [dict(d, keywords=keywords[d["location"]]) if d["location"] in (keywords or {}) else d for d in data["docs"]]
    others = [lang for lang in langs if lang != default]
    for lang in langs:
        if lang == default:
            mine = [d for d in docs if not any(d["location"].startswith(f"{o}/") for o in others)]
            target = index_file
        else:
            prefix = f"{lang}/"
            mine = [dict(d, location=d["location"][len(prefix) :]) for d in docs if d["location"].startswith(prefix)]
            target = site_dir / lang / "search" / "search_index.json"
        out = dict(data, docs=mine, config=dict(data["config"], lang=[lang]))
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
        target.write_text(text, encoding="utf-8")
        if offline:
            # Opened from disk, Material loads the index as a script (search_index.js) instead of fetching it.
            target.with_suffix(".js").write_text(f"var __index = {text}", encoding="utf-8")


# The i18n plugin builds the other languages inside the default language's post_build, then merges the search
# index; only after that (building is False again) this runs.
@event_priority(-110)
def on_post_build(*, config: MkDocsConfig) -> None:
    if config.plugins.get("i18n") is not None and outer_build(config):
        default, langs = languages(config)
        split_search_index(
            Path(config.site_dir), default, langs, offline=bool(config.extra.get("offline")), keywords=_keywords
        )
