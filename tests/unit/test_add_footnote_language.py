"""add_footnote_language.py: the link back from a source speaks the page's language."""

import add_footnote_language as hook
from fakes import config, site_config

HTML = '<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">&#8617;</a>'


def test_the_back_link_is_in_the_pages_language():
    labels = site_config()["extra"]["labels"]
    for lang in ("nl", "en"):
        out = hook.on_page_content(HTML, page=None, config=config(lang=lang, extra={"labels": labels}), files=None)
        assert f'title="{labels[lang]["footnote_back"]}"' in out and "Jump back" not in out
    assert labels["nl"]["footnote_back"] != labels["en"]["footnote_back"]
