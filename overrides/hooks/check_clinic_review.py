"""A hosting clinic whose clinician approved the content records it in its own overlay config, for all pages or
some (add_review_status.py shows it in the review line of those pages):

    extra:
      clinic:
        clinical_review:
          by: {nl: "dr. A. Jansen, psychiater", en: "Dr A. Jansen, psychiatrist"}
          date: 2026-12-15
          pages: all            # or a list of file names: [rtms.md, ect.md]

A record without the clinician's name in both languages, without a real date (or with one in the future), or that
names a page that does not exist stops the build: a page must never claim a review that did not happen."""

from __future__ import annotations

import datetime
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from shared import Message, logger, outer_build

log = logger(__file__)
NOT_A_MAPPING = Message("clinic-review-shape", "{where} must have by, date and pages.", "See deploy/CLINICS.md.")
NO_CLINICIAN = Message(
    "clinic-reviewer-missing",
    "{where}.by is empty.",
    "Give the clinician's name and role, in both languages (by: {{nl: 'dr. A. Jansen, psychiater', "
    "en: 'Dr A. Jansen, psychiatrist'}}).",
)
NO_DATE = Message(
    "clinic-review-date-invalid",
    "{where}.date '{date}' is not a date.",
    "Write it as YYYY-MM-DD, the day the clinician approved the pages.",
)
FUTURE = Message(
    "clinic-review-in-future",
    "{where}.date {date} lies in the future.",
    "Use the day the clinician approved the pages.",
)
BAD_PAGES = Message(
    "clinic-review-pages",
    "{where}.pages must be 'all' or a list of page files.",
    "For example: pages: [rtms.md, ect.md]",
)
UNKNOWN_PAGE = Message(
    "clinic-review-unknown-page",
    "{where}.pages names '{page}', but there is no such page.",
    "Use file names such as rtms.md.",
)


def clinic_review_problems(review: object, page_names: set[str], today: datetime.date) -> list[str]:
    """What is wrong with extra.clinic.clinical_review, in words a clinic's web editor can act on."""
    where = "extra.clinic.clinical_review"
    if not isinstance(review, dict):
        return [NOT_A_MAPPING.text(where=where)]
    out = []
    by = review.get("by")
    named = isinstance(by, str) and by.strip()
    named_in_both = isinstance(by, dict) and all(str(by.get(lang) or "").strip() for lang in ("nl", "en"))
    if not named and not named_in_both:
        out.append(NO_CLINICIAN.text(where=where))
    date = review.get("date")
    if not isinstance(date, datetime.date):
        out.append(NO_DATE.text(where=where, date=date))
    elif date > today:
        out.append(FUTURE.text(where=where, date=date))
    pages = review.get("pages")
    if pages != "all":
        if not isinstance(pages, list) or not pages:
            out.append(BAD_PAGES.text(where=where))
        else:
            out += [UNKNOWN_PAGE.text(where=where, page=p) for p in pages if p not in page_names]
    return out


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    review = (config.extra.get("clinic") or {}).get("clinical_review")
    if review is not None and outer_build(config):
        names = {p.name for p in Path(config.docs_dir).glob("*/*.md")}
        for message in clinic_review_problems(review, names, datetime.date.today()):
            log.error(f"{config.config_file_path}: {message}")
    return config
