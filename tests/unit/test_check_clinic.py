"""check_clinic.py: a clinic's details that would harm readers (unreadable header, wrong contact) stop the build."""

import check_clinic as hook
from fakes import ROOT, config, messages

EXAMPLE = ROOT / "deploy" / "example-clinic"


def ids(clinic: dict, folder=EXAMPLE) -> list[str]:
    return [message.rsplit("[", 1)[1].rstrip("]") for message in hook.problems(clinic, folder)]


def test_contrast_is_wcags():
    assert round(hook.contrast("#000000", "#ffffff"), 1) == 21.0
    assert hook.contrast("#777777", "#ffffff") < hook.MIN_CONTRAST < hook.contrast("#1d5e6b", "#ffffff")
    assert hook.darker("#808080") == "#666666"


def test_the_example_clinic_passes_and_each_mistake_is_named(tmp_path):
    good = {"name": "Kliniek", "primary_color": "#1d5e6b", "email": "a@b.nl", "phone": "030 123 45 67"}
    assert ids(good | {"logo": "logo.svg", "website": "https://x.nl", "report_errors": "r@b.nl"}) == []
    assert ids(good | {"primary_color": "blue"}) == ["clinic-colour-invalid"]
    low = list(hook.problems(good | {"primary_color": "#88aacc"}, EXAMPLE))
    assert len(low) == 1 and "(e.g. '#51667a')" in low[0] and "[clinic-colour-contrast]" in low[0]
    assert ids(good | {"email": "a@b"}) == ["clinic-email-invalid"]
    assert ids(good | {"report_errors": "nee"}) == ["clinic-report-address-invalid"]
    assert ids(good | {"phone": "bel ons"}) == ["clinic-phone-invalid"]
    assert ids(good | {"website": "http://x.nl"}) == ["clinic-website-not-https"]
    assert ids(good | {"logo": "missing.svg"}) == ["clinic-logo-missing"]
    (tmp_path / "logo.gif").write_bytes(b"GIF89a")
    (tmp_path / "big.png").write_bytes(b"\0" * (hook.MAX_LOGO_BYTES + 1))
    assert ids(good | {"logo": "logo.gif"}, tmp_path) == ["clinic-logo-type"]
    assert ids(good | {"logo": "big.png"}, tmp_path) == ["clinic-logo-too-big"]
    assert ids({"phone": "030 123 45 67"}) == ["clinic-name-missing"]
    assert ids({}) == []


def test_checked_once_with_the_config_named(caplog):
    clinic = {"extra": {"clinic": {"name": "K", "email": "nee"}}}
    hook.on_config(config(building=True, **clinic))
    assert messages(caplog, "check_clinic") == []
    hook.on_config(config(**clinic))
    [message] = messages(caplog, "check_clinic")
    assert "mkdocs.yml: extra.clinic.email 'nee'" in message
