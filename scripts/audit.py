"""`make audit`: list pages whose review is overdue or due soon, and dated facts ([[as of ...]]) older than
12 months; exit 1 when any review is overdue or any fact is out of date. The rules it applies are the build's own
(overrides/hooks/check_front_matter.py and add_dated_facts.py); the build only notes an overdue review."""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from add_dated_facts import markers  # noqa: E402
from check_front_matter import meta_of, parse_date  # noqa: E402


def stale(docs: Path, today: datetime.date) -> Iterator[tuple[Path, int, datetime.date]]:
    """(file, line, date) of every dated-fact marker older than 12 months."""
    limit = datetime.date(today.year - 1, today.month, 1)  # checked in this month last year: not yet stale
    for path in sorted(docs.rglob("*.md")):
        for no, _, date in markers(path.read_text(encoding="utf-8")):
            if date is not None and date < limit:
                yield path, no, date


def audit(docs: Path, today: datetime.date | None = None, window_days: int = 30) -> int:
    """Print the list; 1 when any review is overdue (or has no date) or any fact is out of date, else 0."""
    today = today or datetime.date.today()
    overdue = due_soon = 0
    for path in sorted(docs.rglob("*.md")):
        if "includes" in path.parts:
            continue
        due = parse_date((meta_of(path.read_text(encoding="utf-8")) or {}).get("next_review", ""))
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
        print(
            f"OLD FACT  {path}:{line}: a fact dated {date:%Y-%m} is more than 12 months old; check it against its "
            f"source and update the [[as of ...]] marker"
        )
        old_facts += 1
    print(
        f"{overdue} overdue, {due_soon} due within {window_days} days, {old_facts} dated facts older than "
        f"12 months (today {today})."
    )
    return 1 if overdue or old_facts else 0


def main(argv: list[str] | None = None) -> int:
    """The command line: scripts/audit.py [DOCS], DOCS being docs/ by default."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="?", default="docs", type=Path, help="the folder with the pages (docs)")
    return audit(parser.parse_args(argv).docs)


if __name__ == "__main__":
    sys.exit(main())
