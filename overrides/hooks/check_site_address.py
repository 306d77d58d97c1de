"""The public address the site is built for (site_url, from SITE_URL). It decides the canonical links, og:url,
the JSON-LD url, the hreflang links and the sitemaps, so a wrong one would send readers and search engines to
another place. There is no default: `mkdocs serve` uses its own local address, `make offline` builds without
one on purpose, and any other build without SITE_URL stops and says how to set it, instead of publishing a
local address. A clinic's overlay config sets its own site_url."""

from __future__ import annotations

from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from shared import Message, logger, outer_build

log = logger(__file__)
_command: dict[str, str] = {}
NO_ADDRESS = Message(
    "site-url-missing",
    "SITE_URL is not set, so this build does not know the address it will live at "
    "(its links for search engines and link previews would be wrong).",
    "Build for a server with its public address, for example: SITE_URL=https://zorg.example.org/info/ "
    "make build. For a copy to open from disk: make offline. To see your changes: make serve, or make check.",
)


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    _command["name"] = command


def problem(command: str, site_url: str, offline: bool) -> str | None:
    """The message for a build that would publish without its public address, or None."""
    if command == "serve" or offline or site_url:
        return None
    return NO_ADDRESS.text()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if outer_build(config):
        message = problem(_command.get("name", "build"), config.site_url or "", bool(config.extra.get("offline")))
        if message:
            log.error(f"{config.config_file_path}: {message}")
    return config
