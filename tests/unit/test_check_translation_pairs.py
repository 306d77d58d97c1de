"""check_translation_pairs.py: the Dutch and English page of a pair say the same things a patient relies on."""

import check_translation_pairs as hook
from fakes import DOCS, PAGE, config, messages, page, write_page


def pair(name: str) -> tuple[str, str]:
    return (DOCS / "nl" / name).read_text(encoding="utf-8"), (DOCS / "en" / name).read_text(encoding="utf-8")


def test_honest_translations_pass():
    for path in sorted((DOCS / "nl").glob("*.md")):
        nl, en = pair(path.name)
        assert not list(hook.differences(nl, en, f"nl/{path.name}", f"en/{path.name}")), path.name


def test_number_formats_of_both_languages_are_the_same_figure():
    nl = PAGE.format(body="Van de 3.671 mensen knapte 37,5 % op, 1 op de 7, na 4 weken, tussen 9.00 en 21.00 uur.")
    en = PAGE.format(body="Of the 3,671 people 37.5 % improved, 1 in 7, after four weeks (4), from 9 am to 9 pm.")
    assert not list(hook.differences(nl, en, "nl/a.md", "en/a.md"))
    assert hook.figures("1.9.1 en 3.671 en 37,5", "nl") == {"1.9.1": 1, "3671": 1, "37.5": 1}


def test_a_dropped_figure_source_or_section_is_named():
    nl = PAGE.format(
        body="## Helpt het?\n\nOngeveer 27 van de 100 mensen.[^a]\n\n## Bijwerkingen\n\nHoofdpijn.[^b]\n\n"
        "[^a]: Reif 2023. <https://doi.org/10.1056/NEJMoa2304145>\n[^b]: EMA. <https://www.ema.europa.eu>\n"
    )
    en = PAGE.format(
        body="## Does it help?\n\nAbout 27 in 100 people.[^a]\n\n## Side effects\n\nHeadache.[^b]\n\n"
        "[^a]: Reif 2023. <https://doi.org/10.1056/NEJMoa2304145>\n[^b]: EMA. <https://www.ema.europa.eu>\n"
    )
    assert not list(hook.differences(nl, en, "docs/nl/a.md", "docs/en/a.md"))
    dropped = list(
        hook.differences(
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
        for m in hook.differences(nl, no_source, "docs/nl/a.md", "docs/en/a.md")
    )
    other_link = en.replace("https://www.ema.europa.eu", "https://www.ema.europa.eu/en")
    assert any("links to" in m for m in hook.differences(nl, other_link, "docs/nl/a.md", "docs/en/a.md"))
    no_section = en.replace("## Side effects\n\n", "")
    assert any(
        "a section is missing" in m.lower() for m in hook.differences(nl, no_section, "docs/nl/a.md", "docs/en/a.md")
    )


def test_review_dates_of_a_pair_must_agree():
    nl = PAGE.format(body="Tekst.")
    en = PAGE.format(body="Text.").replace("reviewed: 2026-12-01", "reviewed: 2026-11-01")
    assert any(
        "reviewed is 2026-12-01 in Dutch but 2026-11-01 in English" in m
        for m in hook.differences(nl, en, "nl/a.md", "en/a.md")
    )


def test_checked_once_per_pair_with_at_most_eight_messages(tmp_path, caplog):
    docs = tmp_path / "docs"
    nl = write_page(docs, "nl/a.md", PAGE.format(body=" ".join(f"{n} mensen." for n in range(11, 23))))
    en = write_page(docs, "en/a.md", PAGE.format(body="People."))
    hook.on_page_markdown("x", page=page(en, docs), config=config(docs=docs), files=None)
    assert messages(caplog, "check_translation_pairs") == []  # the Dutch page speaks for the pair
    hook.on_page_markdown("x", page=page(nl, docs), config=config(docs=docs), files=None)
    found = messages(caplog, "check_translation_pairs")
    assert len(found) == hook.MAX_MESSAGES + 1 and found[-1].endswith("[many-differences]")
    assert found[:2] == [
        f"docs/nl/a.md:9: the figure {n} is not in docs/en/a.md. A sentence may be missing or a number differ in the "
        "English page: make both say the same. [figure-in-one-language]"
        for n in (11, 12)
    ]
