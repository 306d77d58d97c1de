"""Front matter rules: every page has title, description (max 160 characters), reviewed and next_review,
as real ISO dates in a sensible order, and says what kind of review it had (review_type: editorial, clinical or
lived-experience; a clinical or lived-experience review names who did it in reviewed_by). search_terms lists the
reader's own words for the page (see search_per_language.py). Unknown keys (typos) are reported. A page past its next_review
does not stop the build (an urgent fix must still go out); it is reported, and `make audit` lists it.

Problems are logged as errors with the file and line; mkdocs.yml sets strict: true, so the build stops."""
import datetime
import logging
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from report import source_name  # noqa: E402

log = logging.getLogger("mkdocs.plugins.front_matter")

REQUIRED = ("title", "description", "reviewed", "next_review", "review_type")
ALLOWED = set(REQUIRED) | {"hide", "search", "reviewed_by", "search_terms"}
REVIEW_TYPES = ("editorial", "clinical", "lived-experience")
MAX_DESCRIPTION = 160
EXAMPLES = {"reviewed": "reviewed: 2026-12-01", "next_review": "next_review: 2027-12-01",
            "review_type": "review_type: editorial"}
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
    for no, line in enumerate(front.splitlines(), start=2):
        if re.match(rf"^{re.escape(key)}\s*:", line):
            return no
    return 1


def parse_date(value):
    text = str(value).strip().strip("'\"")
    if not DATE_FORM.match(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def check(path: Path, today: datetime.date | None = None, shown: str | None = None):
    """Return (errors, notes) for one Markdown file. Each error is 'file:line: message'."""
    today = today or datetime.date.today()
    rel = shown or path.as_posix()
    text = path.read_text(encoding="utf-8")
    match = FRONT.match(text)
    if not match:
        return [f"{rel}:1: the page has no front matter. Start the file with a block between two '---' lines "
                f"with title, description, reviewed, next_review and review_type (see CONTRIBUTING.md)."], []
    front = match.group(1)
    try:
        meta = yaml.load(front, Loader=_StringDates) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        return [f"{rel}:{line}: the front matter is not valid YAML ({problem}). Write each line as "
                f"'key: value'; put a value with a colon in it between quotes."], []
    if not isinstance(meta, dict):
        return [f"{rel}:2: the front matter must be lines of 'key: value'."], []
    errors, notes = [], []
    for key in meta:
        if key not in ALLOWED:
            errors.append(f"{rel}:{_line_of(front, key)}: unknown front matter key '{key}'. "
                          f"Allowed keys: {', '.join(sorted(ALLOWED))}. A typo?")
    for key in REQUIRED:
        if key not in meta or meta[key] in (None, ""):
            errors.append(f"{rel}:2: front matter key '{key}' is missing or empty. "
                          f"Example: {EXAMPLES.get(key, key + ': ...')}")
    kind = meta.get("review_type")
    if kind not in (None, "") and kind not in REVIEW_TYPES:
        errors.append(f"{rel}:{_line_of(front, 'review_type')}: review_type '{kind}' is not known. Use one of: "
                      f"{', '.join(REVIEW_TYPES)} (editorial: checked by the editors against the sources).")
    if kind in ("clinical", "lived-experience") and not str(meta.get("reviewed_by") or "").strip():
        errors.append(f"{rel}:{_line_of(front, 'review_type')}: review_type is '{kind}', but reviewed_by is missing. "
                      f"Name who reviewed the page and their role (reviewed_by: dr. A. Jansen, psychiater); never "
                      f"claim a review that did not happen.")
    terms = meta.get("search_terms")
    if terms is not None and not (isinstance(terms, list) and all(isinstance(t, str) and t.strip() for t in terms)):
        errors.append(f"{rel}:{_line_of(front, 'search_terms')}: search_terms must be a list of words, e.g. "
                      f"search_terms: [shocktherapie, elektroshock]")
    desc = meta.get("description")
    if isinstance(desc, str) and len(desc) > MAX_DESCRIPTION:
        errors.append(f"{rel}:{_line_of(front, 'description')}: description is {len(desc)} characters; "
                      f"at most {MAX_DESCRIPTION} fit in a search result. Shorten it.")
    dates = {}
    for key in ("reviewed", "next_review"):
        if key in meta and meta[key] not in (None, ""):
            value = parse_date(meta[key])
            if value is None:
                errors.append(f"{rel}:{_line_of(front, key)}: {key} '{meta[key]}' is not a real date. "
                              f"Write it as YYYY-MM-DD, for example {key}: 2026-11-22")
            else:
                dates[key] = value
    reviewed, next_review = dates.get("reviewed"), dates.get("next_review")
    if reviewed:
        if reviewed > today:
            errors.append(f"{rel}:{_line_of(front, 'reviewed')}: reviewed '{reviewed}' lies in the future "
                          f"(today is {today}). Use the date the review was actually done.")
        if reviewed < EARLIEST:
            errors.append(f"{rel}:{_line_of(front, 'reviewed')}: reviewed '{reviewed}' is before {EARLIEST}; "
                          f"is the year right?")
    if reviewed and next_review:
        if next_review <= reviewed:
            errors.append(f"{rel}:{_line_of(front, 'next_review')}: next_review '{next_review}' must come after "
                          f"reviewed '{reviewed}'.")
        elif (next_review - reviewed).days > MAX_INTERVAL_DAYS:
            errors.append(f"{rel}:{_line_of(front, 'next_review')}: next_review '{next_review}' is more than a year "
                          f"after reviewed '{reviewed}'. Pages are reviewed at least once a year.")
    if next_review and next_review < today:
        notes.append(f"{rel}: review overdue since {next_review}. Check the page and update reviewed and next_review.")
    return errors, notes


def on_page_markdown(markdown, page, config, files):
    errors, notes = check(Path(page.file.abs_src_path), shown=source_name(page, config))
    for msg in errors:
        log.error(msg)
    for msg in notes:
        log.info("REVIEW OVERDUE: " + msg)
    return markdown


def audit(docs: Path, today: datetime.date | None = None, window_days: int = 30) -> int:
    """`make audit`: list pages whose review is overdue or due soon, and dated facts ([[as of ...]]) older than
    12 months; exit 1 when any review is overdue or any fact is out of date."""
    from dated_facts import stale

    today = today or datetime.date.today()
    overdue = due_soon = 0
    for path in sorted(docs.rglob("*.md")):
        if "includes" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        match = FRONT.match(text)
        meta = yaml.load(match.group(1), Loader=_StringDates) if match else {}
        due = parse_date((meta or {}).get("next_review", ""))
        if due is None:
            print(f"NO DATE   {path}: next_review is missing or not a date")
            overdue += 1
        elif due < today:
            print(f"OVERDUE   {path}: next review was due {due}")
            overdue += 1
        elif (due - today).days <= window_days:
            print(f"DUE SOON  {path}: next review due {due}")
            due_soon += 1
    old_facts = 0
    for path, line, date in stale(docs, today):
        print(f"OLD FACT  {path}:{line}: a fact dated {date:%Y-%m} is more than 12 months old; check it against its "
              f"source and update the [[as of ...]] marker")
        old_facts += 1
    print(f"{overdue} overdue, {due_soon} due within {window_days} days, {old_facts} dated facts older than "
          f"12 months (today {today}).")
    return 1 if overdue or old_facts else 0


if __name__ == "__main__":
    import sys

    args = [a for a in sys.argv[1:] if a != "--audit"]
    sys.exit(audit(Path(args[0] if args else "docs")))
