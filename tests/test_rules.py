"""The build's guards for what matters most to a patient, called directly (milliseconds each): every rule stops the
mistake it is for, naming the line, and lets the site's honest content through. End-to-end builds that show the
file and line in a real build's output are in test_editor_checks.py."""

from pathlib import Path

import footnotes
import language_check
import phone_numbers
import placeholders
import privacy
import pytest
import translation_pairs
from conftest import DOCS, page_names

PAGE = "---\ntitle: t\nreviewed: 2026-12-01\nnext_review: 2027-12-01\nreview_type: editorial\n---\n# T\n\n{body}\n"


def pair(name: str) -> tuple[str, str]:
    return (DOCS / "nl" / name).read_text(encoding="utf-8"), (DOCS / "en" / name).read_text(encoding="utf-8")


# Footnotes ----------------------------------------------------------------------------------------------------


def test_footnote_without_source_and_source_without_use():
    text = "Eerste zin.[^a]\nTweede zin.[^b]\n\n[^a]: Bron A.\n[^c]: Bron C.\n[^d]: Bron D.\n"
    found = list(footnotes.problems(text, needs_sources=True))
    assert any(line == 2 and m.startswith("the footnote [^b] has no source") for line, m in found), found
    assert [line for line, m in found if "never referred to" in m] == [5, 6]


def test_a_page_about_treatment_needs_three_sources():
    text = "Zin.[^a]\n\n[^a]: Bron.\n"
    assert any("needs at least 3" in m for _, m in footnotes.problems(text, needs_sources=True))
    assert not list(footnotes.problems(text, needs_sources=False))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_has_its_footnotes_in_order(lang):
    import yaml
    from conftest import ROOT

    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    exempt = set(config["extra"]["checks"]["pages_without_sources"])
    for name in page_names():
        text = (DOCS / lang / name).read_text(encoding="utf-8")
        assert not list(footnotes.problems(text, needs_sources=name not in exempt)), (lang, name)


# Placeholders -------------------------------------------------------------------------------------------------


def test_placeholders_are_found_and_names_are_not():
    text = "Goed.\nTODO: bron zoeken\nLorem ipsum dolor\nDe dosis is [invullen].\nBirkenhäger TK en Todorov schreven.\n"
    assert [line for line, _ in placeholders.problems(text)] == [2, 3, 4]


# Translation pairs --------------------------------------------------------------------------------------------


def test_honest_translations_pass():
    for name in page_names():
        nl, en = pair(name)
        assert not list(translation_pairs.differences(nl, en, f"nl/{name}", f"en/{name}")), name


def test_number_formats_of_both_languages_are_the_same_figure():
    nl = PAGE.format(body="Van de 3.671 mensen knapte 37,5 % op, 1 op de 7, na 4 weken, tussen 9.00 en 21.00 uur.")
    en = PAGE.format(body="Of the 3,671 people 37.5 % improved, 1 in 7, after four weeks (4), from 9 am to 9 pm.")
    assert not list(translation_pairs.differences(nl, en, "nl/a.md", "en/a.md"))


def test_a_dropped_figure_source_or_section_is_named():
    nl = PAGE.format(
        body="## Helpt het?\n\nOngeveer 27 van de 100 mensen.[^a]\n\n## Bijwerkingen\n\nHoofdpijn.[^b]\n\n"
        "[^a]: Reif 2023. <https://doi.org/10.1056/NEJMoa2304145>\n[^b]: EMA. <https://www.ema.europa.eu>\n"
    )
    en = PAGE.format(
        body="## Does it help?\n\nAbout 27 in 100 people.[^a]\n\n## Side effects\n\nHeadache.[^b]\n\n"
        "[^a]: Reif 2023. <https://doi.org/10.1056/NEJMoa2304145>\n[^b]: EMA. <https://www.ema.europa.eu>\n"
    )
    assert not list(translation_pairs.differences(nl, en, "docs/nl/a.md", "docs/en/a.md"))
    dropped = list(
        translation_pairs.differences(
            nl, en.replace("About 27 in 100 people.", "Quite a few people."), "docs/nl/a.md", "docs/en/a.md"
        )
    )
    assert {m.split(" is not")[0] for m in dropped} == {
        "docs/nl/a.md:11: the figure 27",
        "docs/nl/a.md:11: the figure 100",
    }
    no_source = en.replace("[^b]: EMA. <https://www.ema.europa.eu>\n", "").replace("Headache.[^b]", "Headache.")
    assert any(
        "the source [^b] is not in docs/en/a.md" in m
        for m in translation_pairs.differences(nl, no_source, "docs/nl/a.md", "docs/en/a.md")
    )
    other_link = en.replace("https://www.ema.europa.eu", "https://www.ema.europa.eu/en")
    assert any("links to" in m for m in translation_pairs.differences(nl, other_link, "docs/nl/a.md", "docs/en/a.md"))
    no_section = en.replace("## Side effects\n\n", "")
    assert any(
        "a section is missing" in m.lower()
        for m in translation_pairs.differences(nl, no_section, "docs/nl/a.md", "docs/en/a.md")
    )


def test_review_dates_of_a_pair_must_agree():
    nl = PAGE.format(body="Tekst.")
    en = PAGE.format(body="Text.").replace("reviewed: 2026-12-01", "reviewed: 2026-11-01")
    assert any(
        "reviewed is 2026-12-01 in Dutch but 2026-11-01 in English" in m
        for m in translation_pairs.differences(nl, en, "nl/a.md", "en/a.md")
    )


# Language -----------------------------------------------------------------------------------------------------


def test_a_paragraph_in_the_other_language_is_found():
    en = PAGE.format(
        body="This page explains what you can do when treatment has not helped enough.\n\n"
        "Bel je huisarts als het niet goed met je gaat, ook 's avonds en in het weekend.\n\n"
        "In the evening, call the huisartsenpost (out-of-hours GP service) if you need help."
    )
    assert [(line, other) for line, other, _ in language_check.problems(en, "en")] == [(11, "nl")]
    nl = PAGE.format(
        body="Bel je huisarts als het niet goed met je gaat.\n\n"
        "Call your GP when you are not doing well, also in the evening and at the weekend."
    )
    assert [other for _, other, _ in language_check.problems(nl, "nl")] == ["en"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_site_is_in_its_own_language(lang):
    for name in page_names():
        assert not list(language_check.problems((DOCS / lang / name).read_text(encoding="utf-8"), lang)), (lang, name)


# Phone numbers ------------------------------------------------------------------------------------------------

KNOWN = {"113", "08000113", "112", "1813", "0880767000"}


def test_a_phone_link_dials_what_it_shows_and_only_known_numbers():
    assert not list(phone_numbers.problems('<a href="tel:0880767000">088-0767 000</a>', KNOWN))
    wrong_digit = list(phone_numbers.problems('<a href="tel:08000131">0800-0113</a>', KNOWN))
    assert wrong_digit and "another number than it shows" in wrong_digit[0][1]
    unknown = list(phone_numbers.problems('<a href="tel:0880767001">088-0767 001</a>', KNOWN))
    assert unknown and "not one of the helplines" in unknown[0][1]
    assert list(phone_numbers.problems("<p>Bel 0900-1234567 voor hulp.</p>", KNOWN))
    assert not list(phone_numbers.problems("<p>In 2019;61(6):411-420 en 3.671 mensen, 0,5 mmol.</p>", KNOWN))
    assert phone_numbers.digits("+31 88 0767 000") == "0880767000"


# Privacy for any HTML syntax ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<IMG SRC=https://t.example/p.gif>",
        "<img src='//t.example/p.gif'>",
        '<img srcset="a.png 1x, https://t.example/b.png 2x">',
        '<div STYLE="background:URL(https://x.example/a.png)">x</div>',
        "<style>@import 'x.css'</style>",
        '<meta http-equiv="refresh" content="0;url=https://x.example">',
        '<form action="https://x.example"><input></form>',
        '<base href="https://x.example/">',
        '<svg><image href="https://x.example/a.png"/></svg>',
        "<a href=javascript:alert(1)>x</a>",
        "<p OnClick=x>y</p>",
        '<video poster="https://x.example/a.jpg"></video>',
    ],
)
def test_privacy_holds_however_the_html_is_written(html):
    assert list(privacy.problems(html)), html


def test_plain_links_and_local_images_are_fine():
    assert not list(privacy.problems('<a href="https://www.113.nl">113</a> <img src="../assets/a.png" alt="">'))


def test_rules_name_only_their_own_file():
    assert Path(footnotes.__file__).parent.name == "hooks"


# MkDocs' own messages in the project's voice ---------------------------------------------------------------------


def test_mkdocs_messages_name_file_line_and_fix():
    import editor_output

    editor_output._where["docs"] = DOCS
    line = next(
        no
        for no, text in enumerate((DOCS / "nl/behandelingen.md").read_text(encoding="utf-8").splitlines(), 1)
        if "rtms.md" in text
    )
    missing = editor_output.rewrite(
        "Doc file 'nl/behandelingen.md' contains a link 'rtms.md', but the target "
        "'nl/rtms.md' is not found among documentation files."
    )
    assert missing.startswith(
        f"docs/nl/behandelingen.md:{line}: the link 'rtms.md' goes to a page that does not exist"
    ), missing
    image = editor_output.rewrite(
        "Doc file 'nl/rtms.md' contains a link '../assets/images/x.png', but the target "
        "'assets/images/x.png' is not found among documentation files."
    )
    assert "the image '../assets/images/x.png' does not exist" in image and "docs/assets/images/" in image
    heading = next(h for h in editor_output.anchors("nl/ect.md") if h.startswith("hoe-"))
    anchor = editor_output.rewrite(
        f"Doc file 'nl/rtms.md' contains a link 'ect.md#{heading}x', but the doc "
        f"'nl/ect.md' does not contain an anchor '#{heading}x'."
    )
    assert anchor.startswith("docs/nl/rtms.md:") and f"probably '#{heading}'" in anchor, anchor
    assert editor_output.rewrite("Something else entirely.") is None


# make page ------------------------------------------------------------------------------------------------------


def test_make_page_creates_both_languages_in_the_nav_and_cannot_be_published_unfinished(tmp_path):
    import shutil
    import subprocess
    import sys

    from conftest import ROOT

    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    for lang in ("nl", "en"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/new_page.py"),
            "--name",
            "reizen",
            "--title-nl",
            "Reizen",
            "--title-en",
            "Travel",
            "--section",
            "Hulp",
            "--root",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    nav = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    section = nav.split("  - Hulp:\n", 1)[1].split("\n  - ", 1)[0]
    assert section.rstrip().endswith("- reizen.md"), section
    nl = (tmp_path / "docs/nl/reizen.md").read_text(encoding="utf-8")
    assert "# Reizen" in nl and "review_type: editorial" in nl
    assert list(placeholders.problems(nl)), "an unfinished page must stop the build"
    again = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/new_page.py"),
            "--name",
            "reizen",
            "--title-nl",
            "R",
            "--title-en",
            "T",
            "--root",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert again.returncode != 0 and "already exists" in again.stderr


# The reference of every message -------------------------------------------------------------------------------


def test_message_reference_is_up_to_date_and_ids_are_unique():
    import subprocess
    import sys

    from conftest import ROOT
    from report import Message

    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts/messages_reference.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    ids = [
        line.split(" | ")[0][2:]
        for line in (ROOT / "editors/messages.md").read_text().splitlines()
        if line.startswith("| ") and not line.startswith(("| id", "| ---"))
    ]
    assert len(ids) == len(set(ids)) > 50, [i for i in ids if ids.count(i) > 1]
    assert Message("x-y", "it is {what}.", "Fix {what}.").text(what="wrong") == "it is wrong. Fix wrong. [x-y]"
