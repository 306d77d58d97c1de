"""What lets a reader trust a page: the crisis route says 113 is free, each page says honestly who reviewed it,
time-sensitive facts show how current they are, and link previews and search engines get the same facts.
Unit tests call the hooks' functions directly; the rest read the built site."""

import datetime
import json
import re

import add_dated_facts
import add_page_meta
import add_review_status
import audit
import check_clinic_review
import check_front_matter
import check_site_address
import pytest
import yaml
from conftest import DOCS, built_page, page_names

TODAY = datetime.date(2026, 12, 1)


def front(lang: str, name: str) -> dict:
    return yaml.safe_load((DOCS / lang / name).read_text(encoding="utf-8").split("---")[1])


# The crisis route ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_crisis_box_puts_free_113_first_and_dials_what_it_shows(site, lang):
    for name in page_names() + ["404.md"]:
        box = built_page(site, lang, name).select_one(".tp-crisis")
        text = " ".join(box.get_text(" ", strip=True).split())
        first = box.select_one("li").get_text(" ", strip=True)
        assert first.index("113") < first.index("0800-0113"), (lang, name, first)
        if lang == "nl":
            assert "Bel gratis 113" in first and "of gratis 0800" not in text, (name, first)
            assert "Zelfmoordlijn 1813" in text
        else:
            assert "for free" in first and "from the Netherlands" in first, (name, first)
            assert "Zelfmoordlijn on 1813" in text
        for link in box.select('a[href^="tel:"]'):
            shown = re.sub(r"\D", "", link.get_text())
            assert link["href"] == f"tel:{shown}", (lang, name, link)


# Honest review status ------------------------------------------------------------------------------------------

REVIEW_LINE = {
    "nl": "Gecontroleerd door de redactie op {date} · nog niet medisch gecontroleerd · Volgende controle: {next}",
    "en": "Checked by the editors on {date} · not yet medically reviewed · Next review due: {next}",
}
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()


def long_date(d: datetime.date, lang: str) -> str:
    return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}" if lang == "nl" else f"{d.day} {d:%B} {d.year}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_says_who_reviewed_it_and_claims_no_clinical_review(site, lang):
    for name in page_names():
        meta = front(lang, name)
        assert meta["review_type"] == "editorial", (lang, name, "only editorial reviews have happened")
        line = built_page(site, lang, name).select_one(".tp-review")
        text = " ".join(line.get_text(" ", strip=True).split())
        expected = REVIEW_LINE[lang].format(
            date=long_date(meta["reviewed"], lang), next=long_date(meta["next_review"], lang)
        )
        assert text == expected, (lang, name, text)
        assert line.select_one(f'time[datetime="{meta["reviewed"].isoformat()}"]')


def test_both_languages_were_reviewed_together():
    for name in page_names():
        nl, en = front("nl", name), front("en", name)
        for key in ("reviewed", "next_review", "review_type"):
            assert nl[key] == en[key], (name, key, nl[key], en[key])


def test_clinical_review_without_reviewer_is_refused(tmp_path):
    page = tmp_path / "rtms.md"
    page.write_text(
        "---\ntitle: t\ndescription: d\nreviewed: 2026-11-01\nnext_review: 2027-11-01\n"
        "review_type: clinical\n---\n# t\n",
        encoding="utf-8",
    )
    errors, _ = check_front_matter.check(page, today=TODAY, shown="docs/nl/rtms.md")
    assert any(e.startswith("docs/nl/rtms.md:6:") and "reviewed_by is missing" in e for e in errors), errors
    page.write_text(
        page.read_text().replace(
            "review_type: clinical", "review_type: clinical\nreviewed_by: dr. A. Jansen, psychiater"
        ),
        encoding="utf-8",
    )
    assert check_front_matter.check(page, today=TODAY)[0] == []
    page.write_text(page.read_text().replace("review_type: clinical", "review_type: medical"), encoding="utf-8")
    assert any("review_type 'medical' is not known" in e for e in check_front_matter.check(page, today=TODAY)[0])


def test_clinic_review_shows_only_while_it_covers_the_current_text():
    clinic = {
        "by": {"nl": "dr. A. Jansen, psychiater", "en": "Dr A. Jansen, psychiatrist"},
        "date": datetime.date(2026, 12, 1),
        "pages": ["rtms.md"],
    }
    meta = {
        "reviewed": datetime.date(2026, 11, 22),
        "next_review": datetime.date(2027, 11, 22),
        "review_type": "editorial",
    }
    shown = add_review_status.status(meta, clinic, "rtms.md", "en")
    assert shown["clinical"] == {"by": "Dr A. Jansen, psychiatrist", "date": datetime.date(2026, 12, 1)}
    assert add_review_status.status(meta, clinic, "ect.md", "en")["clinical"] is None  # not one of the approved pages
    newer_text = dict(meta, reviewed=datetime.date(2026, 12, 5))
    assert add_review_status.status(newer_text, clinic, "rtms.md", "nl")["clinical"] is None
    assert add_review_status.status(meta, None, "rtms.md", "nl")["clinical"] is None


def test_clinic_review_config_mistakes_are_named():
    bad = {"by": "", "date": "gisteren", "pages": ["rtsm.md"]}
    messages = " ".join(check_clinic_review.clinic_review_problems(bad, {"rtms.md"}, TODAY))
    assert "by is empty" in messages and "'gisteren' is not a date" in messages and "'rtsm.md'" in messages
    good = {"by": "dr. A. Jansen", "date": TODAY, "pages": "all"}
    assert check_clinic_review.clinic_review_problems(good, {"rtms.md"}, TODAY) == []


# Dated facts -------------------------------------------------------------------------------------------------


def test_dated_fact_marker_is_shown_in_the_readers_language():
    mark = add_dated_facts.MARK.search("Het eigen risico is € 385 [[as of 2026-11]].")
    assert (
        add_dated_facts.render(mark, "nl")
        == '<span class="tp-asof">(stand: <time datetime="2026-11">november 2026</time>)</span>'
    )
    assert '(as of <time datetime="2026-11">November 2026</time>)' in add_dated_facts.render(mark, "en")
    day = add_dated_facts.MARK.search("[[as of 2026-10-01]]")
    assert "1 oktober 2026" in add_dated_facts.render(day, "nl")


def test_mistyped_or_future_markers_are_named_with_their_line():
    text = "regel een\nBel 113 [[as of 12-2026]].\nBedrag [[stand 2026-11]].\nLater [[as of 2027-05]].\nGoed [[as of 2026-11]].\n"
    found = list(add_dated_facts.problems(text, TODAY))
    assert [line for line, _ in found] == [2, 3, 4], found
    assert "[[as of YYYY-MM]]" in found[0][1] and "future" in found[2][1]


def test_audit_lists_dated_facts_older_than_a_year(tmp_path, capsys):
    (tmp_path / "nl").mkdir()
    head = "---\ntitle: t\ndescription: d\nreviewed: 2026-11-01\nnext_review: 2027-11-01\nreview_type: editorial\n---\n# t\n"
    (tmp_path / "nl" / "a.md").write_text(head + "Oud bedrag [[as of 2025-10]].\nNieuw [[as of 2026-11]].\n")
    assert audit.audit(tmp_path, today=TODAY) == 1
    out = capsys.readouterr().out
    old = [line for line in out.splitlines() if line.startswith("OLD FACT")]
    assert len(old) == 1 and "a.md:9:" in old[0] and "2025-10" in old[0], out
    (tmp_path / "nl" / "a.md").write_text(head + "Nieuw [[as of 2026-11]].\n")
    assert audit.audit(tmp_path, today=TODAY) == 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_time_sensitive_facts_show_their_date(site, lang):
    word = "stand:" if lang == "nl" else "as of"
    dated = {}
    for name in page_names():
        marks = built_page(site, lang, name).select(".tp-asof")
        dated[name] = len(marks)
        for mark in marks:
            assert mark.get_text().startswith(f"({word} ") and mark.select_one("time[datetime]"), (lang, name, mark)
        source = (DOCS / lang / name).read_text(encoding="utf-8")
        assert "[[as of" not in str(built_page(site, lang, name)), (lang, name, "a marker was not turned into a date")
        assert dated[name] == len(add_dated_facts.MARK.findall(source)), (lang, name)
    for name in ("hulp.md", "kosten.md", "rtms.md", "esketamine.md", "behandelingen.md"):
        assert dated[name] > 0, (lang, name, "coverage, access or phone numbers without an as-of date")


# Link previews and search engines ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_json_ld_and_open_graph_match_the_front_matter(site, lang):
    for name in page_names():
        meta = front(lang, name)
        page = built_page(site, lang, name)
        blocks = page.select('script[type="application/ld+json"]')
        assert len(blocks) == 1, (lang, name)
        data = json.loads(blocks[0].string)
        assert data["@type"] == "MedicalWebPage" and data["inLanguage"] == lang
        assert data["name"] == meta["title"] and data["description"] == meta["description"]
        assert data["lastReviewed"] == meta["reviewed"].isoformat()
        assert data["audience"]["audienceType"] == "Patient"
        assert "reviewedBy" not in data, (lang, name, "an editorial review names no reviewer")
        canonical = page.select_one('link[rel="canonical"]')["href"]
        assert data["url"] == canonical and canonical.startswith(site["url"])
        og = {tag["property"]: tag["content"] for tag in page.select("meta[property^='og:']")}
        assert og["og:title"] == meta["title"] and og["og:description"] == meta["description"]
        assert og["og:url"] == canonical
        assert og["og:locale"] == ("nl_NL" if lang == "nl" else "en_GB")
        assert og["og:locale:alternate"] == ("en_GB" if lang == "nl" else "nl_NL")
        assert not any(key.startswith("og:image") for key in og), "a preview image would come from a host"


def test_json_ld_names_a_real_reviewer_and_cannot_close_its_script():
    class Page:
        title, canonical_url = "rTMS", None
        meta = {
            "title": "rTMS </script>",
            "description": "d",
            "tp_review": {"kind": "editorial", "date": TODAY, "clinical": {"by": "dr. A. Jansen", "date": TODAY}},
        }

    data = add_page_meta.json_ld(Page, "nl", "Site")
    assert data["reviewedBy"] == [{"@type": "Person", "name": "dr. A. Jansen"}] and "url" not in data
    text = add_page_meta.script_safe(data)
    assert "</script>" not in text and json.loads(text)["name"] == "rTMS </script>"


def test_build_without_an_address_stops_but_serve_and_offline_do_not():
    assert "SITE_URL" in check_site_address.problem("build", "", offline=False)
    assert check_site_address.problem("build", "https://zorg.example.org/info/", offline=False) is None
    assert check_site_address.problem("serve", "", offline=False) is None
    assert check_site_address.problem("build", "", offline=True) is None
