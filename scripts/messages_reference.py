"""`make messages`: the reference of every message the build can give an editor, made from the hooks themselves.

Each hook in overrides/hooks/ declares its messages as shared.Message(id, problem, fix) next to the rule that finds
them; this collects them into editors/messages.md. tests/test_editor_commands.py fails when that file is out of date,
so the reference never drifts from what the build says. `--check` only compares."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / "overrides" / "hooks"
TARGET = ROOT / "editors" / "messages.md"


def render() -> str:
    """The text of editors/messages.md: per hook, its summary and a table of its messages."""
    sys.path.insert(0, str(HOOKS))
    from shared import Message

    parts = [
        "# Every message of the build\n\n",
        "Made by `make messages` from the hooks in `overrides/hooks/`; do not edit by hand. Each message in the "
        "build's output ends with its id in brackets, e.g. `[footnote-without-source]`: look it up here. "
        "Words in {braces} are filled in per case (the page, the line, the word that is wrong).\n",
    ]
    for path in sorted(HOOKS.glob("*.py")):
        module = importlib.import_module(path.stem)
        messages = [value for value in vars(module).values() if isinstance(value, Message)]
        if not messages:
            continue
        summary = (module.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        parts.append(f"\n## {path.stem}\n\n{summary}\n\n| id | what is wrong | how to fix it |\n| --- | --- | --- |\n")
        for message in sorted(messages, key=lambda m: m.id):
            cells = [
                message.id,
                message.problem.replace("{{", "{").replace("}}", "}"),
                message.fix.replace("{{", "{").replace("}}", "}"),
            ]
            parts.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    """The command line: write editors/messages.md, or with --check only compare (1 when out of date)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether editors/messages.md is up to date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run make messages")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
