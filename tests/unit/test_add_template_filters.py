"""add_template_filters.py: dates in the reader's language and one-line Markdown for the templates."""

import datetime

import add_template_filters as hook
import jinja2


def test_long_dates_per_language():
    day = datetime.date(2026, 11, 22)
    assert hook.long_date(day, "nl") == "22 november 2026" and hook.long_date(day, "en") == "22 November 2026"
    assert hook.long_date("geen datum") == "geen datum"


def test_inline_markdown_without_its_paragraph():
    assert hook.inline_md("Bel **113** of [de huisarts](huisarts.md)") == (
        'Bel <strong>113</strong> of <a href="huisarts.md">de huisarts</a>'
    )
    assert hook.inline_md(113) == "113"


def test_the_templates_get_both_filters():
    env = hook.on_env(jinja2.Environment(), config=None, files=None)
    template = env.from_string("{{ day | long_date('en') }} {{ '*a*' | inline_md }}")
    assert template.render(day=datetime.date(2026, 1, 5)) == "5 January 2026 <em>a</em>"
