"""check_front_matter.py: every page says what it is about, when it was reviewed and how, with the line named."""

import datetime

import check_front_matter as hook
import pytest
from fakes import DOCS, config, messages, page, write_page

TODAY = datetime.date(2026, 12, 1)
GOOD = (
    "---\ntitle: T\ndescription: D\nreviewed: 2026-11-01\nnext_review: 2027-11-01\nreview_type: editorial\n---\n# T\n"
)


def errors(tmp_path, text: str) -> list[str]:
    path = write_page(tmp_path, "nl/a.md", text)
    return hook.check(path, today=TODAY, shown="docs/nl/a.md")[0]


def test_a_good_page_passes_and_dates_are_read_strictly():
    assert hook.parse_date("2026-11-01") == datetime.date(2026, 11, 1)
    assert hook.parse_date("'2026-11-01'") == datetime.date(2026, 11, 1)
    assert hook.parse_date("2026-02-30") is None and hook.parse_date("1-11-2026") is None


@pytest.mark.parametrize(
    "change, where",
    [
        (("title: T\n", ""), "docs/nl/a.md:2: front matter key 'title' is missing"),
        (("title: T\n", "titel: T\n"), "docs/nl/a.md:2: unknown front matter key 'titel'"),
        (("review_type: editorial", "review_type: medical"), "docs/nl/a.md:6: review_type 'medical' is not known"),
        (("review_type: editorial", "review_type: clinical"), "docs/nl/a.md:6: review_type is 'clinical', but"),
        (("reviewed: 2026-11-01", "reviewed: 2026-11-31"), "docs/nl/a.md:4: reviewed '2026-11-31' is not a real"),
        (("reviewed: 2026-11-01", "reviewed: 2026-12-24"), "docs/nl/a.md:4: reviewed '2026-12-24' lies in the future"),
        (("reviewed: 2026-11-01", "reviewed: 2023-11-01"), "docs/nl/a.md:4: reviewed '2023-11-01' is before 2024"),
        (("next_review: 2027-11-01", "next_review: 2026-10-01"), "docs/nl/a.md:5: next_review '2026-10-01' must come"),
        (("next_review: 2027-11-01", "next_review: 2028-11-01"), "docs/nl/a.md:5: next_review '2028-11-01' is more"),
        (("description: D", "description: " + "d" * 161), "docs/nl/a.md:3: description is 161 characters"),
        (("title: T\n", "title: T\nsearch_terms: woord\n"), "docs/nl/a.md:3: search_terms must be a list"),
        (("title: T\n", "title: [T\n"), "docs/nl/a.md:3: the front matter is not valid YAML"),
        (("---\ntitle", "title"), "docs/nl/a.md:1: the page has no front matter"),
    ],
)
def test_each_mistake_is_named_with_its_line(tmp_path, change, where):
    assert errors(tmp_path, GOOD) == []
    found = errors(tmp_path, GOOD.replace(*change))
    assert any(e.startswith(where) for e in found), found


def test_an_overdue_review_is_a_note_not_an_error(tmp_path):
    path = write_page(tmp_path, "nl/a.md", GOOD)
    errors, notes = hook.check(path, today=datetime.date(2027, 11, 2), shown="docs/nl/a.md")
    assert errors == [] and notes == [
        "docs/nl/a.md: review overdue since 2027-11-01. Check the page and update reviewed and next_review."
    ]


def test_the_hook_logs_errors_and_notes(tmp_path, caplog):
    docs = tmp_path / "docs"
    path = write_page(docs, "nl/a.md", GOOD.replace("review_type: editorial\n", ""))
    caplog.set_level("INFO")
    assert hook.on_page_markdown("x", page=page(path, docs), config=config(docs=docs), files=None) == "x"
    [message] = messages(caplog, "check_front_matter")
    assert message.startswith("docs/nl/a.md:2: front matter key 'review_type' is missing")


def test_meta_of_reads_dates_as_text():
    assert hook.meta_of(GOOD)["reviewed"] == "2026-11-01" and hook.meta_of("# no front matter\n") is None


def test_every_page_of_the_site_passes():
    for path in sorted([*DOCS.glob("nl/*.md"), *DOCS.glob("en/*.md")]):
        assert hook.check(path)[0] == [], path
