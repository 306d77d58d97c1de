"""add_overview_form.py: the treatment overview form goes where the page has its empty div, in the page's language."""

from types import SimpleNamespace

import add_overview_form as hook
import jinja2
from fakes import DOCS, config, page

TEMPLATE = "<form>{{ config.extra.overview[lang].title }}</form>"


def built(lang: str) -> object:
    env = jinja2.Environment(loader=jinja2.DictLoader({"partials/overview-form.html": TEMPLATE}))
    extra = {"overview": {"nl": {"title": "Mijn overzicht"}, "en": {"title": "My overview"}}}
    return config(lang=lang, extra=extra, theme=SimpleNamespace(get_env=lambda: env))


def test_the_form_replaces_its_marker_in_the_pages_language():
    html = '<p>Vooraf</p><div id="tp-overview"></div>'
    out = hook.on_page_content(html, page=page(DOCS / "en" / "afspraak.md"), config=built("en"), files=None)
    assert out == "<p>Vooraf</p><form>My overview</form>"
    plain = "<p>Geen formulier</p>"
    assert hook.on_page_content(plain, page=page(DOCS / "nl" / "rtms.md"), config=built("nl"), files=None) == plain
