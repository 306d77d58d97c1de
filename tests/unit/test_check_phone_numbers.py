"""check_phone_numbers.py: a tap-to-call link dials what it shows, and only numbers listed in mkdocs.yml."""

import check_phone_numbers as hook
from fakes import config, messages, page, site_config, write_page

KNOWN = {"113", "08000113", "112", "1813", "0880767000"}


def test_a_phone_link_dials_what_it_shows_and_only_known_numbers():
    assert not list(hook.problems('<a href="tel:0880767000">088-0767 000</a>', KNOWN))
    wrong_digit = list(hook.problems('<a href="tel:08000131">0800-0113</a>', KNOWN))
    assert wrong_digit and "another number than it shows" in wrong_digit[0][1]
    unknown = list(hook.problems('<a href="tel:0880767001">088-0767 001</a>', KNOWN))
    assert unknown and "not one of the helplines" in unknown[0][1]
    assert list(hook.problems("<p>Bel 0900-1234567 voor hulp.</p>", KNOWN))
    assert not list(hook.problems("<p>In 2019;61(6):411-420 en 3.671 mensen, 0,5 mmol.</p>", KNOWN))
    assert hook.digits("+31 88 0767 000") == "0880767000"


def test_the_listed_numbers_come_from_crisis_helplines_and_the_clinic():
    extra = {
        "helplines": [{"numbers": ["0900-0101"]}],
        "crisis": {"nl": {"lines": [{"text": "Bel [113](tel:113) of [0800-0113](tel:08000113)"}]}},
        "clinic": {"phone": "030 123 45 67"},
    }
    assert hook.known_numbers(config(extra=extra)) == {"09000101", "113", "08000113", "0301234567"}
    site = site_config()["extra"]
    assert {"113", "08000113"} <= hook.known_numbers(config(extra=site))


def test_the_hook_names_each_number_once_with_its_line(tmp_path, caplog):
    docs = tmp_path / "docs"
    path = write_page(docs, "nl/a.md", "# A\n\nBel 0900-1234567.\n\nOf 0900-1234567.\n")
    html = "<p>Bel 0900-1234567.</p><p>Of 0900-1234567.</p>"
    assert hook.on_page_content(html, page=page(path, docs), config=config(docs=docs), files=None) == html
    assert messages(caplog, "check_phone_numbers") == [
        "docs/nl/a.md:3: '0900-1234567' looks like a phone number but is not one of the helplines in mkdocs.yml "
        "(extra.helplines). Check it at its source and add it there, or correct it. [phone-like-not-listed]"
    ]
