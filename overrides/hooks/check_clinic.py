"""A clinic's name, logo, colour and contact details (extra.clinic in the clinic's own overlay config) are checked
before the build: a colour with too little contrast for the white header text, a mistyped e-mail address or phone
number, a website without https:// or a logo that is missing, of the wrong type or too big stops the build with a
message. add_clinic_assets.py then adds the logo and the colour to the site. With no extra.clinic the site stays
neutral."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from shared import Message, logger, outer_build

log = logger(__file__)
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")
PHONE = re.compile(r"^\+?[0-9][0-9 \-]{4,18}$")
LOGO_TYPES = {".svg", ".png", ".webp", ".jpg", ".jpeg"}
MAX_LOGO_BYTES = 30 * 1024
MIN_CONTRAST = 4.5  # WCAG 2.2 AA for normal text
NOT_A_COLOUR = Message(
    "clinic-colour-invalid", "{where}.primary_color '{colour}' is not a colour.", "Write it as #RRGGBB, e.g. '#1d5e6b'."
)
LOW_CONTRAST = Message(
    "clinic-colour-contrast",
    "{where}.primary_color '{colour}' gives white header text a contrast of "
    "{ratio}:1; WCAG AA needs at least {least}:1.",
    "Choose a darker colour (e.g. '{darker}').",
)
BAD_EMAIL = Message(
    "clinic-email-invalid", "{where}.email '{email}' is not an e-mail address.", "Write it as name@example.org."
)
BAD_PHONE = Message(
    "clinic-phone-invalid",
    "{where}.phone '{phone}' is not a phone number.",
    "Use digits, spaces and dashes only, e.g. '030 123 45 67'.",
)
NOT_HTTPS = Message(
    "clinic-website-not-https",
    "{where}.website '{website}' does not start with https://.",
    "Give the address with https://.",
)
NO_LOGO = Message(
    "clinic-logo-missing",
    "{where}.logo '{logo}' does not exist (looked for {path}).",
    "Paths are relative to the config file that sets them.",
)
LOGO_TYPE = Message(
    "clinic-logo-type",
    "{where}.logo '{logo}' is not an SVG, PNG, WebP or JPEG file.",
    "Save the logo in one of those formats.",
)
BIG_LOGO = Message(
    "clinic-logo-too-big", "{where}.logo '{logo}' is {size} KiB.", "Keep it under {most} KiB for phones."
)
BAD_REPORT_ADDRESS = Message(
    "clinic-report-address-invalid",
    "{where}.report_errors '{email}' is not an e-mail address.",
    "Write the address readers may report a mistake to as name@example.org.",
)
NO_NAME = Message("clinic-name-missing", "{where}.name is empty.", "A clinic that adds its details must give its name.")


def luminance(hex_colour: str) -> float:
    """The relative luminance of a #RRGGBB colour, as WCAG defines it."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two #RRGGBB colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def darker(hex_colour: str, factor: float = 0.8) -> str:
    """The colour with each channel scaled by factor."""
    return "#" + "".join(f"{int(int(hex_colour[i : i + 2], 16) * factor):02x}" for i in (1, 3, 5))


def problems(clinic: dict, config_dir: Path) -> Iterator[str]:
    """Every problem of extra.clinic, in words a clinic's web editor can act on."""
    where = "extra.clinic"
    colour = clinic.get("primary_color")
    if colour:
        if not COLOUR.match(str(colour)):
            yield NOT_A_COLOUR.text(where=where, colour=colour)
        else:
            ratio = contrast(colour, "#ffffff")
            if ratio < MIN_CONTRAST:
                yield LOW_CONTRAST.text(
                    where=where, colour=colour, ratio=f"{ratio:.2f}", least=MIN_CONTRAST, darker=darker(colour, 0.6)
                )
    email = clinic.get("email")
    if email and not EMAIL.match(str(email)):
        yield BAD_EMAIL.text(where=where, email=email)
    report = clinic.get("report_errors")
    if report and not EMAIL.match(str(report)):
        yield BAD_REPORT_ADDRESS.text(where=where, email=report)
    phone = clinic.get("phone")
    if phone and not PHONE.match(str(phone)):
        yield BAD_PHONE.text(where=where, phone=phone)
    website = clinic.get("website")
    if website and not str(website).startswith("https://"):
        yield NOT_HTTPS.text(where=where, website=website)
    logo = clinic.get("logo")
    if logo:
        path = (config_dir / str(logo)).resolve()
        if not path.is_file():
            yield NO_LOGO.text(where=where, logo=logo, path=path)
        elif path.suffix.lower() not in LOGO_TYPES:
            yield LOGO_TYPE.text(where=where, logo=logo)
        elif path.stat().st_size > MAX_LOGO_BYTES:
            yield BIG_LOGO.text(where=where, logo=logo, size=path.stat().st_size // 1024, most=MAX_LOGO_BYTES // 1024)
    if (logo or colour or email or phone) and not clinic.get("name"):
        yield NO_NAME.text(where=where)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if outer_build(config):
        for message in problems(config.extra.get("clinic") or {}, Path(config.config_file_path).parent):
            log.error(f"{config.config_file_path}: {message}")
    return config
