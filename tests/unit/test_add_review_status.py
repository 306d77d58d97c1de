"""add_review_status.py: the review line's facts, and a clinic's approval only while it covers the current text."""

import datetime

import add_review_status as hook
from fakes import DOCS, config, messages, page

CLINIC = {
    "by": {"nl": "dr. A. Jansen, psychiater", "en": "Dr A. Jansen, psychiatrist"},
    "date": datetime.date(2026, 12, 1),
    "pages": ["rtms.md"],
}
META = {"reviewed": datetime.date(2026, 11, 22), "next_review": datetime.date(2027, 11, 22), "review_type": "editorial"}


def test_in_language():
    assert hook.in_language({"nl": " a ", "en": "b"}, "nl") == "a" and hook.in_language("c", "en") == "c"
    assert hook.in_language(None, "nl") == "" and hook.in_language({"nl": "a"}, "en") == ""


def test_a_clinics_approval_shows_only_while_it_covers_the_text():
    shown = hook.status(META, CLINIC, "rtms.md", "en")
    assert shown["clinical"] == {"by": "Dr A. Jansen, psychiatrist", "date": datetime.date(2026, 12, 1)}
    assert shown["kind"] == "editorial" and shown["next"] == datetime.date(2027, 11, 22)
    assert hook.status(META, CLINIC, "ect.md", "en")["clinical"] is None
    newer = hook.status(META | {"reviewed": datetime.date(2026, 12, 5)}, CLINIC, "rtms.md", "nl")
    assert newer["clinical"] is None and newer["stale_clinic_review"] == datetime.date(2026, 12, 1)
    assert hook.status(META, None, "rtms.md", "nl")["clinical"] is None
    clinical = hook.status(META | {"review_type": "clinical", "reviewed_by": "dr. B"}, None, "rtms.md", "nl")
    assert clinical["clinical"] == {"by": "dr. B", "date": datetime.date(2026, 11, 22)}


def test_the_page_gets_its_status_and_a_stale_approval_is_said_once(caplog):
    caplog.set_level("INFO")
    newer = META | {"reviewed": datetime.date(2026, 12, 5)}
    extra = {"clinic": {"clinical_review": CLINIC}}
    for lang in ("nl", "en"):
        shown = page(DOCS / lang / "rtms.md", meta=dict(newer))
        context = hook.on_page_context({}, page=shown, config=config(lang=lang, extra=extra), nav=None)
        assert context == {} and shown.meta["tp_review"]["clinical"] is None
    [message] = messages(caplog, "add_review_status")
    assert message.startswith("docs/nl/rtms.md: the clinic's clinical review (2026-12-01) is older")
    untouched = page(DOCS / "nl" / "rtms.md", meta={"title": "no review"})
    hook.on_page_context({}, page=untouched, config=config(), nav=None)
    assert "tp_review" not in untouched.meta
