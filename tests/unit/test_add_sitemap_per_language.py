"""add_sitemap_per_language.py: site/en/sitemap.xml lists the English pages, for Material's language switch."""

import add_sitemap_per_language as hook
from fakes import config

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>https://x.example/info/ect.html</loc></url>
<url><loc>https://x.example/info/en/ect.html</loc><xhtml:link rel="alternate" hreflang="nl" href="https://x.example/info/ect.html"/></url>
</urlset>"""


def test_the_english_sitemap_has_only_english_pages(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "sitemap.xml").write_text(SITEMAP, encoding="utf-8")
    hook.on_post_build(config=config(site_dir=str(tmp_path), building=True))
    assert not (tmp_path / "en" / "sitemap.xml").exists()  # not before the last language is built
    hook.on_post_build(config=config(site_dir=str(tmp_path), site_url="https://x.example/info/"))
    english = (tmp_path / "en" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://x.example/info/en/ect.html</loc>" in english and "info/ect.html</loc>" not in english
    assert 'hreflang="nl"' in english and (tmp_path / "sitemap.xml").read_text(encoding="utf-8") == SITEMAP
