"""A clinic's name, logo, colour and contact details, from extra.clinic in the clinic's own overlay config.

Checked at build time (wrong colour contrast, bad e-mail, missing logo stop the build with a message).
The logo and a small colour stylesheet are added to the site as assets/clinic/...; the templates show the
logo in the header, the clinic's crisis line in the crisis box, and a contact block on every page.
With no extra.clinic the site stays neutral."""
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).parent))
from report import logger  # noqa: E402

log = logger("clinic")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")
PHONE = re.compile(r"^\+?[0-9][0-9 \-]{4,18}$")
LOGO_TYPES = {".svg", ".png", ".webp", ".jpg", ".jpeg"}
MAX_LOGO_BYTES = 30 * 1024
MIN_CONTRAST = 4.5  # WCAG 2.2 AA for normal text


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def darker(hex_colour: str, factor: float = 0.8) -> str:
    return "#" + "".join(f"{int(int(hex_colour[i:i + 2], 16) * factor):02x}" for i in (1, 3, 5))


def problems(clinic: dict, config_dir: Path):
    where = "extra.clinic"
    colour = clinic.get("primary_color")
    if colour:
        if not COLOUR.match(str(colour)):
            yield f"{where}.primary_color '{colour}' is not a colour. Write it as #RRGGBB, e.g. '#1d5e6b'."
        else:
            ratio = contrast(colour, "#ffffff")
            if ratio < MIN_CONTRAST:
                yield (f"{where}.primary_color '{colour}' gives white header text a contrast of {ratio:.2f}:1; "
                       f"WCAG AA needs at least {MIN_CONTRAST}:1. Choose a darker colour (e.g. '{darker(colour, 0.6)}').")
    email = clinic.get("email")
    if email and not EMAIL.match(str(email)):
        yield f"{where}.email '{email}' is not an e-mail address (name@example.org)."
    phone = clinic.get("phone")
    if phone and not PHONE.match(str(phone)):
        yield f"{where}.phone '{phone}' is not a phone number: digits, spaces and dashes only, e.g. '030 123 45 67'."
    website = clinic.get("website")
    if website and not str(website).startswith("https://"):
        yield f"{where}.website '{website}' must start with https://"
    logo = clinic.get("logo")
    if logo:
        path = (config_dir / str(logo)).resolve()
        if not path.is_file():
            yield f"{where}.logo '{logo}' does not exist (looked for {path}; paths are relative to the config file that sets them)."
        elif path.suffix.lower() not in LOGO_TYPES:
            yield f"{where}.logo '{logo}' must be an SVG, PNG, WebP or JPEG file."
        elif path.stat().st_size > MAX_LOGO_BYTES:
            yield f"{where}.logo '{logo}' is {path.stat().st_size // 1024} KiB; keep it under {MAX_LOGO_BYTES // 1024} KiB for phones."
    if (clinic.get("logo") or colour or email or phone) and not clinic.get("name"):
        yield f"{where}.name is empty: a clinic that adds its details must give its name."


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
        css = (f"/* Generated from extra.clinic.primary_color by overrides/hooks/clinic.py */\n"
               f"[data-md-color-scheme] {{\n  --md-primary-fg-color: {colour};\n"
               f"  --md-primary-fg-color--dark: {darker(colour)};\n}}\n")
        files.append(File.generated(config, "assets/clinic/clinic.css", content=css))
    return files
