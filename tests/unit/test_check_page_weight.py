"""check_page_weight.py: a page over its compressed budget stops the build; near it, or in a clinic's build, a note."""

import logging
import random
import string

import check_page_weight as hook
from fakes import DOCS, config, messages, page


def test_the_verdict_at_each_size():
    limit = hook.LIMIT
    assert hook.verdict(limit // 2, "docs/nl/a.md", clinic=False) is None
    level, text = hook.verdict(limit * 19 // 20 + 1, "docs/nl/a.md", clinic=False)
    assert level == logging.INFO and "95 % of the 14.5 KiB" in text
    level, text = hook.verdict(limit + 1, "docs/nl/a.md", clinic=False)
    assert level == logging.WARNING and text.endswith("[page-too-heavy]") and text.startswith("docs/nl/a.md: ")
    level, text = hook.verdict(limit + 1, "docs/nl/a.md", clinic=True)
    assert level == logging.INFO and "with the clinic's details" in text


def test_the_page_is_measured_as_a_server_sends_it(caplog):
    heavy = "<p>" + "".join(random.Random(1).choices(string.ascii_letters, k=30000)) + "</p>"  # compresses badly
    assert hook.compressed(heavy) > hook.LIMIT > hook.compressed("<p>kort</p>")
    shown = page(DOCS / "nl" / "rtms.md")
    assert hook.on_post_page(heavy, page=shown, config=config()) == heavy
    [message] = messages(caplog, "check_page_weight")
    assert message.startswith("docs/nl/rtms.md: this page is ")
