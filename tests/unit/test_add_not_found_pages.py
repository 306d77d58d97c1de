"""add_not_found_pages.py: /404.html in Dutch, /en/404.html in English, whichever language is built last."""

import add_not_found_pages as hook
from fakes import config


def test_each_language_keeps_its_own_not_found_page(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "404.html").write_text("niet gevonden")
    hook.on_post_build(config=config(site_dir=str(site), lang="nl"))
    (site / "404.html").write_text("not found")  # the English build writes the root page again
    hook.on_post_build(config=config(site_dir=str(site), lang="en"))
    assert (site / "404.html").read_text() == "niet gevonden"
    assert (site / "en" / "404.html").read_text() == "not found"


def test_a_build_without_a_not_found_page_is_left_alone(tmp_path):
    hook.on_post_build(config=config(site_dir=str(tmp_path), lang="en"))
    assert list(tmp_path.iterdir()) == []
