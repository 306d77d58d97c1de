"""Front matter rules: every page has title, description (max 160 characters), reviewed and next_review,
as real ISO dates in a sensible order, and says what kind of review it had (review_type: editorial, clinical or
lived-experience; a clinical or lived-experience review names who did it in reviewed_by). search_terms lists the
reader's own words for the page (see add_search_per_language.py). Unknown keys (typos) are reported. A page past
its next_review does not stop the build (an urgent fix must still go out); it is reported, and `make audit`
(scripts/audit.py) lists it.

Problems are logged as errors with the file and line; mkdocs.yml sets strict: true, so the build stops."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from shared import Message, logger, source_name

log = logger(__file__)

REQUIRED = ("title", "description", "reviewed", "next_review", "review_type")
ALLOWED = set(REQUIRED) | {"hide", "search", "reviewed_by", "search_terms"}
REVIEW_TYPES = ("editorial", "clinical", "lived-experience")
MAX_DESCRIPTION = 160
EXAMPLES = {
    "reviewed": "reviewed: 2026-12-01",
    "next_review": "next_review: 2027-12-01",
    "review_type": "review_type: editorial",
}
DATE_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
EARLIEST = datetime.date(2024, 1, 1)
MAX_INTERVAL_DAYS = 366 + 31  # at most about a year between reviews (with a month's grace)


class _StringDates(yaml.SafeLoader):
    """Read dates as text, so a bad date is reported by us, with the file and line, not by PyYAML."""


_StringDates.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_of(front: str, key: str) -> int:
    """The line of the file on which front matter key `key` is set (1 if it is not)."""
    for no, line in enumerate(front.splitlines(), start=2):
        if re.match(rf"^{re.escape(key)}\s*:", line):
            return no
    return 1


def parse_date(value: object) -> datetime.date | None:
    """The date a front matter value gives as YYYY-MM-DD, or None when it is not one (or not a real date)."""
    text = str(value).strip().strip("'\"")
    if not DATE_FORM.match(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


NO_FRONT = Message(
    "front-matter-missing",
    "the page has no front matter.",
    "Start the file with a block between two '---' lines with title, description, reviewed, next_review "
    "and review_type (see CONTRIBUTING.md).",
)
BAD_YAML = Message(
    "front-matter-not-yaml",
    "the front matter is not valid YAML ({problem}).",
    "Write each line as 'key: value'; put a value with a colon in it between quotes.",
)
NOT_MAPPING = Message(
    "front-matter-not-keys", "the front matter must be lines of 'key: value'.", "Write one 'key: value' per line."
)
UNKNOWN_KEY = Message(
    "front-matter-unknown-key", "unknown front matter key '{key}'.", "Allowed keys: {allowed}. A typo?"
)
MISSING_KEY = Message("front-matter-key-missing", "front matter key '{key}' is missing or empty.", "Example: {example}")
UNKNOWN_REVIEW = Message(
    "review-type-unknown",
    "review_type '{kind}' is not known.",
    "Use one of: {kinds} (editorial: checked by the editors against the sources).",
)
NO_REVIEWER = Message(
    "reviewer-missing",
    "review_type is '{kind}', but reviewed_by is missing.",
    "Name who reviewed the page and their role (reviewed_by: dr. A. Jansen, psychiater); never claim a "
    "review that did not happen.",
)
BAD_TERMS = Message(
    "search-terms-not-a-list",
    "search_terms must be a list of words.",
    "For example: search_terms: [shocktherapie, elektroshock]",
)
LONG_DESCRIPTION = Message(
    "description-too-long", "description is {length} characters; at most {most} fit in a search result.", "Shorten it."
)
NOT_A_DATE = Message(
    "date-not-real", "{key} '{value}' is not a real date.", "Write it as YYYY-MM-DD, for example {key}: 2026-12-01"
)
FUTURE_REVIEW = Message(
    "review-in-future",
    "reviewed '{date}' lies in the future (today is {today}).",
    "Use the date the review was actually done.",
)
EARLY_REVIEW = Message("review-too-early", "reviewed '{date}' is before {earliest}.", "Is the year right?")
NEXT_BEFORE = Message(
    "next-review-before-review",
    "next_review '{next}' must come after reviewed '{date}'.",
    "Set next_review to a date after the review, at most a year later.",
)
NEXT_TOO_LATE = Message(
    "next-review-too-late",
    "next_review '{next}' is more than a year after reviewed '{date}'.",
    "Pages are reviewed at least once a year: choose an earlier date.",
)


def meta_of(text: str) -> dict | None:
    """The front matter of a page's Markdown, dates left as text; None when there is none. yaml.YAMLError if it is
    not valid YAML."""
    match = FRONT.match(text)
    return yaml.load(match.group(1), Loader=_StringDates) if match else None


def check(path: Path, today: datetime.date | None = None, shown: str | None = None) -> tuple[list[str], list[str]]:
    """Return (errors, notes) for one Markdown file. Each error is 'file:line: message'."""
    today = today or datetime.date.today()
    rel = shown or path.as_posix()
    text = path.read_text(encoding="utf-8")
    match = FRONT.match(text)
    if not match:
        return [f"{rel}:1: {NO_FRONT.text()}"], []
    front = match.group(1)
    try:
        meta = yaml.load(front, Loader=_StringDates) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        return [f"{rel}:{line}: {BAD_YAML.text(problem=getattr(exc, 'problem', None) or str(exc))}"], []
    if not isinstance(meta, dict):
        return [f"{rel}:2: {NOT_MAPPING.text()}"], []
    errors: list[str] = []
    notes: list[str] = []

    def error(at: str, message: Message, **values: object) -> None:
        """Record a problem on the line of front matter key `at` (line 2 when the key is not there)."""
        errors.append(f"{rel}:{_line_of(front, at) if at else 2}: {message.text(**values)}")

    for key in meta:
        if key not in ALLOWED:
            error(key, UNKNOWN_KEY, key=key, allowed=", ".join(sorted(ALLOWED)))
    for key in REQUIRED:
        if key not in meta or meta[key] in (None, ""):
            error("", MISSING_KEY, key=key, example=EXAMPLES.get(key, key + ": ..."))
    kind = meta.get("review_type")
    if kind not in (None, "") and kind not in REVIEW_TYPES:
        error("review_type", UNKNOWN_REVIEW, kind=kind, kinds=", ".join(REVIEW_TYPES))
    if kind in ("clinical", "lived-experience") and not str(meta.get("reviewed_by") or "").strip():
        error("review_type", NO_REVIEWER, kind=kind)
    terms = meta.get("search_terms")
    if terms is not None and not (isinstance(terms, list) and all(isinstance(t, str) and t.strip() for t in terms)):
        error("search_terms", BAD_TERMS)
    desc = meta.get("description")
    if isinstance(desc, str) and len(desc) > MAX_DESCRIPTION:
        error("description", LONG_DESCRIPTION, length=len(desc), most=MAX_DESCRIPTION)
    dates: dict[str, datetime.date] = {}
    for key in ("reviewed", "next_review"):
        if key in meta and meta[key] not in (None, ""):
            value = parse_date(meta[key])
            if value is None:
                error(key, NOT_A_DATE, key=key, value=meta[key])
            else:
                dates[key] = value
    reviewed, next_review = dates.get("reviewed"), dates.get("next_review")
    if reviewed:
        if reviewed > today:
            error("reviewed", FUTURE_REVIEW, date=reviewed, today=today)
        if reviewed < EARLIEST:
            error("reviewed", EARLY_REVIEW, date=reviewed, earliest=EARLIEST)
    if reviewed and next_review:
        if next_review <= reviewed:
            error("next_review", NEXT_BEFORE, next=next_review, date=reviewed)
        elif (next_review - reviewed).days > MAX_INTERVAL_DAYS:
            error("next_review", NEXT_TOO_LATE, next=next_review, date=reviewed)
    if next_review and next_review < today:
        notes.append(f"{rel}: review overdue since {next_review}. Check the page and update reviewed and next_review.")
    return errors, notes


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    errors, notes = check(Path(page.file.abs_src_path or ""), shown=source_name(page, config))
    for msg in errors:
        log.error(msg)
    for msg in notes:
        log.info("REVIEW OVERDUE: " + msg)
    return markdown
