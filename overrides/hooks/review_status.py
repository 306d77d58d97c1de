"""Who reviewed a page, and how: the honest review line under every page.

Front matter says what kind of review the page had (review_type: editorial, clinical or lived-experience) and, for a
clinical or lived-experience review, who did it (reviewed_by); front_matter.py checks the keys. A hosting clinic whose
clinician approved the content records it in its own overlay config, for all pages or some:

    extra:
      clinic:
        clinical_review:
          by: {nl: "dr. A. Jansen, psychiater", en: "Dr A. Jansen, psychiatrist"}
          date: 2026-12-15
          pages: all            # or a list of file names: [rtms.md, ect.md]

A clinic's approval is shown only while it is at least as recent as the page's own last review: after the text
changed, the build says the clinician must look again, and the page no longer claims the approval.
The result is page.meta["tp_review"], used by partials/review-dates.html and page_meta.py."""

from __future__ import annotations

import datetime
from pathlib import Path

from report import Message, logger, source_name

log = logger("review_status")
KINDS = ("editorial", "clinical", "lived-experience")


def _text(value, lang: str) -> str:
    """A string, or the language's entry of a {nl: ..., en: ...} mapping."""
    if isinstance(value, dict):
        value = value.get(lang, "")
    return str(value or "").strip()


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


def clinic_review_problems(review: dict, page_names: set[str], today: datetime.date) -> list[str]:
    """What is wrong with extra.clinic.clinical_review, in words a clinic's web editor can act on."""
    where = "extra.clinic.clinical_review"
    if not isinstance(review, dict):
        return [NOT_A_MAPPING.text(where=where)]
    out = []
    by = review.get("by")
    if not (isinstance(by, str) and by.strip()) and not (
        isinstance(by, dict) and all(_text(by, k) for k in ("nl", "en"))
    ):
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


def status(meta: dict, clinic_review: dict | None, name: str, lang: str) -> dict:
    """The review line's facts for one page: kind, by, date, next, and a clinic's clinical approval if it applies."""
    result = {
        "kind": meta.get("review_type", "editorial"),
        "by": _text(meta.get("reviewed_by"), lang),
        "date": meta.get("reviewed"),
        "next": meta.get("next_review"),
        "clinical": None,
    }
    if result["kind"] == "clinical":
        result["clinical"] = {"by": result["by"], "date": result["date"]}
    elif clinic_review and (clinic_review.get("pages") == "all" or name in (clinic_review.get("pages") or [])):
        date = clinic_review.get("date")
        if isinstance(date, datetime.date) and isinstance(result["date"], datetime.date) and date >= result["date"]:
            result["clinical"] = {"by": _text(clinic_review.get("by"), lang), "date": date}
        else:
            result["stale_clinic_review"] = date
    return result


def on_config(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building:
        return config
    review = (config.extra.get("clinic") or {}).get("clinical_review")
    if review is not None:
        docs = Path(config.docs_dir)
        names = {p.name for p in docs.glob("*/*.md")}
        for message in clinic_review_problems(review, names, datetime.date.today()):
            log.error(f"{config.config_file_path}: {message}")
    return config


def on_page_context(context, page, config, nav):
    if not page.meta or "reviewed" not in page.meta:
        return context
    review = (config.extra.get("clinic") or {}).get("clinical_review")
    lang = config.theme["language"]
    page.meta["tp_review"] = info = status(page.meta, review, Path(page.file.src_uri).name, lang)
    if info.get("stale_clinic_review") and lang == "nl":  # say it once, not per language
        log.info(
            f"{source_name(page, config)}: the clinic's clinical review ({info['stale_clinic_review']}) is older "
            f"than the page's last review ({info['date']}), so the page does not show it. Ask the clinician to "
            f"look at the new text and update extra.clinic.clinical_review.date."
        )
    return context
