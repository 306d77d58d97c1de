"""What a page says about itself to machines: schema.org MedicalWebPage data (JSON-LD) for search engines and
Open Graph tags for the link preview a chat app shows when a reader shares a page. Both come from the front matter
and the review status (add_review_status.py runs first). reviewedBy is given only for a review by a named person
(clinical or lived experience), never for the editors' own check. No image: a preview image would have to be
fetched, and nothing of this site comes from another host. og:url and the JSON-LD url need a public address
(site_url): without one they are left out rather than pointing at a local address."""

from __future__ import annotations

import datetime
import json

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext
from shared import languages

OG_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def _iso(value: object) -> str | None:
    """A date as YYYY-MM-DD; None for anything else."""
    return value.isoformat() if isinstance(value, datetime.date) else None


def json_ld(page: Page, lang: str, site_name: str) -> dict:
    """The page's schema.org MedicalWebPage data."""
    review = page.meta.get("tp_review") or {}
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": page.meta.get("title") or page.title,
        "description": page.meta.get("description", ""),
        "inLanguage": lang,
        "isPartOf": {"@type": "WebSite", "name": site_name},
        "audience": {"@type": "MedicalAudience", "audienceType": "Patient"},
    }
    if page.canonical_url:
        data["url"] = page.canonical_url
    if _iso(review.get("date")):
        data["lastReviewed"] = _iso(review["date"])
    people = []
    if review.get("clinical") and review["clinical"].get("by"):
        people.append(review["clinical"]["by"])
    if review.get("kind") == "lived-experience" and review.get("by"):
        people.append(review["by"])
    if people:
        data["reviewedBy"] = [{"@type": "Person", "name": name} for name in people]
    return data


def script_safe(data: dict) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def open_graph(page: Page, lang: str, langs: list[str], site_name: str) -> list[tuple[str, str]]:
    """(property, content) of every Open Graph tag of the page."""
    tags = [
        ("og:type", "article" if not page.is_homepage else "website"),
        ("og:site_name", site_name),
        ("og:title", page.meta.get("title") or page.title or site_name),
        ("og:description", page.meta.get("description", "")),
        ("og:locale", OG_LOCALES.get(lang, lang)),
    ]
    tags += [("og:locale:alternate", OG_LOCALES.get(other, other)) for other in langs if other != lang]
    if page.canonical_url:
        tags.append(("og:url", page.canonical_url))
    return tags


def on_page_context(
    context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext:
    if page.meta:
        lang = config.theme["language"]
        context["tp_json_ld"] = script_safe(json_ld(page, lang, config.site_name))
        context["tp_open_graph"] = open_graph(page, lang, languages(config)[1], config.site_name)
    return context
