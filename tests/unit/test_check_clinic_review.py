"""check_clinic_review.py: a clinic's record of its clinician's approval must be complete and true."""

import datetime

import check_clinic_review as hook
from fakes import config, messages, write_page

TODAY = datetime.date(2026, 12, 1)
GOOD = {"by": {"nl": "dr. A. Jansen, psychiater", "en": "Dr A. Jansen, psychiatrist"}, "date": TODAY, "pages": "all"}


def ids(review: object) -> list[str]:
    return [m.rsplit("[", 1)[1].rstrip("]") for m in hook.clinic_review_problems(review, {"rtms.md"}, TODAY)]


def test_a_complete_record_passes_and_each_gap_is_named():
    assert ids(GOOD) == [] and ids(GOOD | {"by": "dr. A. Jansen", "pages": ["rtms.md"]}) == []
    assert ids("all") == ["clinic-review-shape"]
    assert ids(GOOD | {"by": {"nl": "dr. A. Jansen"}}) == ["clinic-reviewer-missing"]
    assert ids(GOOD | {"by": " "}) == ["clinic-reviewer-missing"]
    assert ids(GOOD | {"date": "gisteren"}) == ["clinic-review-date-invalid"]
    assert ids(GOOD | {"date": TODAY + datetime.timedelta(days=1)}) == ["clinic-review-in-future"]
    assert ids(GOOD | {"pages": []}) == ["clinic-review-pages"]
    assert ids(GOOD | {"pages": ["rtsm.md"]}) == ["clinic-review-unknown-page"]


def test_checked_once_against_the_sites_pages(tmp_path, caplog):
    docs = tmp_path / "docs"
    write_page(docs, "nl/rtms.md", "# r\n")
    extra = {"clinic": {"clinical_review": GOOD | {"pages": ["rtms.md", "ect.md"]}}}
    hook.on_config(config(docs=docs, building=True, extra=extra))
    assert messages(caplog, "check_clinic_review") == []
    hook.on_config(config(docs=docs, extra=extra))
    [message] = messages(caplog, "check_clinic_review")
    assert "names 'ect.md'" in message and message.startswith(f"{tmp_path}/mkdocs.yml: ")
    caplog.clear()
    hook.on_config(config(docs=docs, extra={"clinic": {}}))
    assert messages(caplog, "check_clinic_review") == []
