"""Small stand-ins for what the hooks read of MkDocs' page, file and config, so a unit test calls a hook's functions
and events directly, in milliseconds, without a build. Only what the hooks use is there."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGE = "---\ntitle: t\nreviewed: 2026-12-01\nnext_review: 2027-12-01\nreview_type: editorial\n---\n# T\n\n{body}\n"


class Config(dict):
    """A dict whose keys also read as attributes, as MkDocsConfig's do (config.extra, config["mdx_configs"])."""

    __getattr__ = dict.__getitem__


class Plugins(dict):
    """The plugins by name, as MkDocs' PluginCollection (which also says which plugin is running)."""

    _current_plugin = None


def site_config() -> dict:
    """mkdocs.yml as plain data (its !ENV tags read as text)."""
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def language(locale: str, default: bool = False, nav_translations: dict | None = None) -> SimpleNamespace:
    """One language of the i18n plugin's settings."""
    names = {"nl": "Nederlands", "en": "English"}
    return SimpleNamespace(
        locale=locale, default=default, build=True, name=names.get(locale, locale), nav_translations=nav_translations
    )


def config(
    docs: Path = DOCS,
    lang: str = "nl",
    building: bool = False,
    languages: list | None = None,
    **values: object,
) -> Config:
    """A config for a build of `docs` in `lang`; building: inside the i18n plugin's build of another language."""
    i18n = SimpleNamespace(
        building=building, config=SimpleNamespace(languages=languages or [language("nl", True), language("en")])
    )
    return Config(
        {
            "docs_dir": str(docs),
            "site_dir": str(docs.parent / "site"),
            "config_file_path": str(docs.parent / "mkdocs.yml"),
            "site_url": "",
            "site_name": "Site",
            "nav": None,
            "theme": {"language": lang},
            "extra": {},
            "plugins": Plugins(i18n=i18n),
            "use_directory_urls": False,
            "markdown_extensions": [],
            "mdx_configs": {},
        }
        | values
    )


def page(path: Path, docs: Path = DOCS, **attributes: object) -> SimpleNamespace:
    """A page whose Markdown source is `path` (a file under `docs`)."""
    src_uri = path.relative_to(docs).as_posix()
    file = SimpleNamespace(abs_src_path=str(path), src_uri=src_uri, dest_uri=src_uri.removesuffix(".md") + ".html")
    values = {"file": file, "meta": {}, "title": None, "url": file.dest_uri, "canonical_url": None}
    return SimpleNamespace(**(values | {"is_homepage": False} | attributes))


def write_page(docs: Path, name: str, text: str) -> Path:
    """Write docs/<name> (folders made as needed) and give its path."""
    path = docs / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def messages(caplog: pytest.LogCaptureFixture, hook: str) -> list[str]:
    """What one hook logged (its logger is named after its file)."""
    return [r.getMessage() for r in caplog.records if r.name == f"mkdocs.plugins.{hook}"]
