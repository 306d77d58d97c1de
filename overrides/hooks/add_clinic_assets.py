"""A clinic's logo and colour (extra.clinic.logo and primary_color in the clinic's own overlay config) are added to
the site as assets/clinic/logo.<type> and assets/clinic/clinic.css; the templates show the logo in the header, the
clinic's crisis line in the crisis box and a contact block on every page. check_clinic.py has checked the values;
a logo that is not there or a colour that is not #RRGGBB is left out here. With no extra.clinic nothing is added."""

from __future__ import annotations

from pathlib import Path

from check_clinic import COLOUR, darker
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files


def clinic_css(colour: str) -> str:
    """The stylesheet that gives the header and links the clinic's colour."""
    return (
        f"/* Generated from extra.clinic.primary_color by overrides/hooks/add_clinic_assets.py */\n"
        f"[data-md-color-scheme] {{\n  --md-primary-fg-color: {colour};\n"
        f"  --md-primary-fg-color--dark: {darker(colour)};\n}}\n"
    )


@event_priority(-110)  # after the i18n plugin has sorted the language folders (it cannot handle generated files)
def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    clinic = config.extra.get("clinic") or {}
    logo = clinic.get("logo")
    if logo:
        path = (Path(config.config_file_path).parent / str(logo)).resolve()
        uri = f"assets/clinic/logo{path.suffix.lower()}"
        if path.is_file() and not files.get_file_from_path(uri):
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    colour = clinic.get("primary_color")
    if colour and COLOUR.match(str(colour)) and not files.get_file_from_path("assets/clinic/clinic.css"):
        files.append(File.generated(config, "assets/clinic/clinic.css", content=clinic_css(colour)))
    return files
