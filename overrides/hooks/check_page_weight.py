"""Page weight: a page must stay light enough for a slow phone connection (the performance budget of
tests/test_budget.py and PERFORMANCE.md: opening a next page costs at most 15 KiB). Nearly all of that is the page's
own HTML as the server sends it. It is measured compressed with gzip at level 5 (deploy/nginx.conf), which every
server can do; brotli, where a server has it, is about 6 % smaller, so the budget holds on any server. About 0.5 KiB
goes to response headers and the checks on cached files, so a page's compressed HTML may be at most 14.5 KiB. An
editor whose page grows past that sees it here, in `mkdocs serve` and `make build`, with the file named, before the
budget test (tests/test_budget.py) does. From 90 % of the limit a note says so. In a clinic's build (extra.clinic),
whose details add to every page, going over the limit is a note, not a stop."""

from __future__ import annotations

import gzip
import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from shared import Message, logger, source_name

log = logger(__file__)
LIMIT = 15 * 1024 - 512  # bytes of compressed HTML
NEAR = 0.9  # a note from 90 % of the limit
TOO_HEAVY = Message(
    "page-too-heavy",
    "this page is {size} when compressed; a page may be at most {limit}, so that the "
    "next page opens quickly on a slow phone connection.",
    "Shorten it, or split it into two pages (in both languages) and link them.",
)


def kib(n: int) -> str:
    """A number of bytes as the editor reads it, e.g. 14.5 KiB."""
    return f"{n / 1024:.1f} KiB"


def compressed(output: str) -> int:
    """The bytes of a page's HTML compressed as a server sends it (gzip, level 5)."""
    return len(gzip.compress(output.encode("utf-8"), compresslevel=5, mtime=0))


def verdict(size: int, name: str, clinic: bool) -> tuple[int, str] | None:
    """(log level, message) for a page of `size` compressed bytes, or None when it is well within the limit."""
    if size > LIMIT and clinic:
        # A clinic cannot change the pages, only its own details (shown on every page): tell, do not stop.
        return logging.INFO, (
            f"{name}: with the clinic's details this page is {kib(size)} compressed, over the "
            f"{kib(LIMIT)} the site keeps to. It works, but loads a little slower; shorter clinic details "
            f"(description, hours, crisis line) keep every page lighter."
        )
    if size > LIMIT:
        return logging.WARNING, f"{name}: {TOO_HEAVY.text(size=kib(size), limit=kib(LIMIT))}"
    if size > NEAR * LIMIT:
        return logging.INFO, (
            f"{name}: {kib(size)} compressed, {size * 100 // LIMIT} % of the {kib(LIMIT)} a page may be. "
            f"Before it grows much more, consider splitting it."
        )
    return None


@event_priority(-100)  # the page as it is written to disk, after every other hook
def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    found = verdict(compressed(output), source_name(page, config), bool(config.extra.get("clinic")))
    if found:
        log.log(*found)
    return output
