"""A clinic's name, logo, colour and contact details, from extra.clinic in the clinic's own overlay config.

Checked at build time (wrong colour contrast, bad e-mail, missing logo stop the build with a message).
The logo and a small colour stylesheet are added to the site as assets/clinic/...; the templates show the
logo in the header, the clinic's crisis line in the crisis box, and a contact block on every page.
With no extra.clinic the site stays neutral."""

import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from report import Message, logger

log = logger("clinic")
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
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def darker(hex_colour: str, factor: float = 0.8) -> str:
    return "#" + "".join(f"{int(int(hex_colour[i : i + 2], 16) * factor):02x}" for i in (1, 3, 5))


def problems(clinic: dict, config_dir: Path):
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
    if (clinic.get("logo") or colour or email or phone) and not clinic.get("name"):
        yield NO_NAME.text(where=where)


def on_config(config):
    clinic = config.extra.get("clinic") or {}
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building:
        return config
    for message in problems(clinic, Path(config.config_file_path).parent):
        log.error(f"{config.config_file_path}: {message}")
    return config


@event_priority(-110)  # after the i18n plugin has sorted the language folders (it cannot handle generated files)
def on_files(files, config):
    clinic = config.extra.get("clinic") or {}
    logo = clinic.get("logo")
    if logo:
        path = (Path(config.config_file_path).parent / str(logo)).resolve()
        if path.is_file():
            uri = f"assets/clinic/logo{path.suffix.lower()}"
            if not files.get_file_from_path(uri):
                files.append(File.generated(config, uri, abs_src_path=str(path)))
    colour = clinic.get("primary_color")
    if colour and COLOUR.match(str(colour)) and not files.get_file_from_path("assets/clinic/clinic.css"):
        css = (
            f"/* Generated from extra.clinic.primary_color by overrides/hooks/clinic.py */\n"
            f"[data-md-color-scheme] {{\n  --md-primary-fg-color: {colour};\n"
            f"  --md-primary-fg-color--dark: {darker(colour)};\n}}\n"
        )
        files.append(File.generated(config, "assets/clinic/clinic.css", content=css))
    return files
