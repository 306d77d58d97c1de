"""add_clinic_assets.py: the clinic's logo and colour become files of the site; nothing without extra.clinic."""

import add_clinic_assets as hook
from fakes import ROOT, config
from mkdocs.structure.files import Files

EXAMPLE = ROOT / "deploy" / "example-clinic"


def test_the_colour_becomes_a_stylesheet():
    css = hook.clinic_css("#808080")
    assert "--md-primary-fg-color: #808080;" in css and "--md-primary-fg-color--dark: #666666;" in css


def test_logo_and_colour_are_added_once(tmp_path):
    clinic = {"logo": "logo.svg", "primary_color": "#5b2a55"}
    built = config(docs=tmp_path / "docs", config_file_path=str(EXAMPLE / "mkdocs.yml"), extra={"clinic": clinic})
    files = hook.on_files(Files([]), config=built)
    assert sorted(f.src_uri for f in files) == ["assets/clinic/clinic.css", "assets/clinic/logo.svg"]
    assert files.get_file_from_path("assets/clinic/logo.svg").abs_src_path == str(EXAMPLE / "logo.svg")
    assert "#5b2a55" in files.get_file_from_path("assets/clinic/clinic.css").content_string
    assert len(hook.on_files(files, config=built)) == 2  # the language's second pass adds nothing twice


def test_nothing_without_a_clinic_or_with_values_the_check_refused(tmp_path):
    built = config(docs=tmp_path / "docs", extra={})
    assert len(hook.on_files(Files([]), config=built)) == 0
    built = config(docs=tmp_path / "docs", extra={"clinic": {"logo": "missing.svg", "primary_color": "blue"}})
    assert len(hook.on_files(Files([]), config=built)) == 0
