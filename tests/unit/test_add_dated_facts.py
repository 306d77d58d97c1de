"""add_dated_facts.py: [[as of YYYY-MM]] becomes its date in the reader's language; a wrong marker stops the build."""

import datetime
import re

import add_dated_facts as hook
from fakes import config, messages, page, write_page

TODAY = datetime.date(2026, 12, 1)


def test_a_marker_is_shown_in_the_readers_language():
    month = hook.MARK.search("Het eigen risico is € 385 [[as of 2026-11]].")
    assert (
        hook.render(month, "nl")
        == '<span class="tp-asof">(stand: <time datetime="2026-11">november 2026</time>)</span>'
    )
    assert (
        hook.render(month, "en") == '<span class="tp-asof">(as of <time datetime="2026-11">November 2026</time>)</span>'
    )
    day = hook.MARK.search("[[as of 2026-10-01]]")
    assert '<time datetime="2026-10-01">1 oktober 2026</time>' in hook.render(day, "nl")
    assert hook.render(hook.MARK.search("[[as of 2026-13]]"), "nl") == "[[as of 2026-13]]"  # no real date: left


def test_markers_and_near_misses_with_their_lines():
    text = "een\nBel 113 [[as of 12-2026]].\nBedrag [[stand 2026-11]].\nLater [[as of 2027-05]].\nGoed [[as of 2026-11]].\n"
    assert [(no, date) for no, _, date in hook.markers(text)] == [
        (2, None),
        (3, None),
        (4, datetime.date(2027, 5, 1)),
        (5, datetime.date(2026, 11, 1)),
    ]
    found = list(hook.problems(text, TODAY))
    assert [no for no, _ in found] == [2, 3, 4]
    assert "[[as of 2026-12]]" in found[0][1] and found[2][1].endswith("[dated-fact-in-future]")


def test_the_hook_turns_markers_into_dates_and_names_the_wrong_ones(tmp_path, caplog):
    docs = tmp_path / "docs"
    source = "# A\n\nBedrag [[as of 2026-11]].\nFout [[as of 2026-1]].\n"
    path = write_page(docs, "en/a.md", source)
    out = hook.on_page_markdown(source, page=page(path, docs), config=config(docs=docs, lang="en"), files=None)
    assert re.search(r'\(as of <time datetime="2026-11">November 2026</time>\)', out) and "[[as of 2026-1]]" in out
    assert [m.split(": ")[0] for m in messages(caplog, "add_dated_facts")] == ["docs/en/a.md:4"]
