"""A sitemap per language, written after the last language is built: site/en/sitemap.xml lists the English pages.
Material reads the sitemap next to each language's pages when the language switch is used, and a missing one would
fail in the console."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from shared import languages, outer_build

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def write_language_sitemaps(site_dir: Path, site_url: str, default: str, langs: list[str]) -> None:
    """Write <lang>/sitemap.xml for every language but the default, from the site's sitemap.xml."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", "http://www.w3.org/1999/xhtml")
    tree = ET.parse(site_dir / "sitemap.xml")
    for lang in langs:
        if lang == default:
            continue
        root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
        for url in tree.getroot():
            loc = url.find(f"{{{SITEMAP_NS}}}loc")
            if loc is not None and (loc.text or "").startswith(f"{site_url}{lang}/"):
                root.append(url)
        ET.ElementTree(root).write(site_dir / lang / "sitemap.xml", encoding="utf-8", xml_declaration=True)


# After the i18n plugin has built every language (building is False again), as add_search_per_language.py.
@event_priority(-110)
def on_post_build(*, config: MkDocsConfig) -> None:
    if config.plugins.get("i18n") is not None and outer_build(config):
        default, langs = languages(config)
        write_language_sitemaps(Path(config.site_dir), config.site_url or "", default, langs)
