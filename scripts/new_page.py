"""`make page NAME=kosten TITLE_NL="Kosten en vergoeding" TITLE_EN="Costs and coverage" SECTION=Hulp`

Creates docs/nl/NAME.md and docs/en/NAME.md with valid front matter (today's review date, next review in a year,
an editorial review) and adds the page to the nav of mkdocs.yml under SECTION (a Dutch section title of the nav).
The new pages say TODO where the text goes, so the build stops until both are written: an unfinished page can
never reach a reader."""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
BODY = {
    "nl": "TODO: schrijf hier 3 tot 5 zinnen: wat is dit, en wat kun je doen? Daarna kopjes als vragen, en onderaan "
    "de bronnen. Lees editors/nl/pagina-toevoegen.md.",
    "en": "TODO: write 3 to 5 sentences here: what is this, and what can you do? Then headings as questions, and the "
    "sources at the end. See editors/en/pagina-toevoegen.md.",
}


def front_matter(title: str, today: datetime.date) -> str:
    next_year = today + datetime.timedelta(days=365)
    return (
        f'---\ntitle: "{title}"\ndescription: "TODO: one sentence of at most 160 characters for search results"\n'
        f"reviewed: {today.isoformat()}\nnext_review: {next_year.isoformat()}\nreview_type: editorial\n---\n"
    )


def add_to_nav(config: str, section: str, name: str) -> str:
    """The nav with '- name.md' as the last page of the section; the text of mkdocs.yml stays as it was otherwise."""
    lines = config.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(rf"^  - {re.escape(section)}:\s*$", line)), None)
    if start is None:
        raise SystemExit(
            f"mkdocs.yml: the nav has no section '{section}'. Use one of the Dutch section titles, "
            f"e.g. SECTION=Behandeling."
        )
    end = start + 1
    while end < len(lines) and lines[end].startswith("      - "):
        end += 1
    return "".join(lines[:end] + [f"      - {name}.md\n"] + lines[end:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", required=True)
    parser.add_argument("--title-nl", required=True)
    parser.add_argument("--title-en", required=True)
    parser.add_argument("--section", default="Over")
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    if not NAME.match(args.name):
        raise SystemExit(f"NAME '{args.name}': use lower-case words joined by '-', e.g. NAME=kosten-en-vergoeding")
    today = datetime.date.today()
    for lang in ("nl", "en"):
        page = args.root / "docs" / lang / f"{args.name}.md"
        if page.exists():
            raise SystemExit(f"{page.relative_to(args.root)} already exists.")
    config = args.root / "mkdocs.yml"
    config.write_text(add_to_nav(config.read_text(encoding="utf-8"), args.section, args.name), encoding="utf-8")
    for lang, title in (("nl", args.title_nl), ("en", args.title_en)):
        page = args.root / "docs" / lang / f"{args.name}.md"
        page.write_text(front_matter(title, today) + f"\n# {title}\n\n{BODY[lang]}\n", encoding="utf-8")
        print(f"made {page.relative_to(args.root)}")
    print(
        f"added {args.name}.md to the nav under '{args.section}'. Now write both pages; `make serve` shows what is "
        f"still missing."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
