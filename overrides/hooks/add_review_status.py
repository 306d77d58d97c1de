"""Who reviewed a page, and how: the facts of the honest review line under every page.

Front matter says what kind of review the page had (review_type: editorial, clinical or lived-experience) and, for a
clinical or lived-experience review, who did it (reviewed_by); check_front_matter.py checks the keys. A hosting
clinic's clinical approval (extra.clinic.clinical_review, checked by check_clinic_review.py) is shown only while it
is at least as recent as the page's own last review: after the text changed, the build says the clinician must look
again, and the page no longer claims the approval.
The result is page.meta["tp_review"], used by partials/review-dates.html and add_page_meta.py."""

from __future__ import annotations

import datetime
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext
from shared import logger, source_name

log = logger(__file__)


def in_language(value: object, lang: str) -> str:
    """A string, or the language's entry of a {nl: ..., en: ...} mapping."""
    if isinstance(value, dict):
        value = value.get(lang, "")
    return str(value or "").strip()


def status(meta: dict, clinic_review: dict | None, name: str, lang: str) -> dict:
    """The review line's facts for one page: kind, by, date, next, and a clinic's clinical approval if it applies."""
    result = {
        "kind": meta.get("review_type", "editorial"),
        "by": in_language(meta.get("reviewed_by"), lang),
        "date": meta.get("reviewed"),
        "next": meta.get("next_review"),
        "clinical": None,
    }
    if result["kind"] == "clinical":
        result["clinical"] = {"by": result["by"], "date": result["date"]}
    elif clinic_review and (clinic_review.get("pages") == "all" or name in (clinic_review.get("pages") or [])):
        date = clinic_review.get("date")
        if isinstance(date, datetime.date) and isinstance(result["date"], datetime.date) and date >= result["date"]:
            result["clinical"] = {"by": in_language(clinic_review.get("by"), lang), "date": date}
        else:
            result["stale_clinic_review"] = date
    return result


def on_page_context(
    context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext:
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
