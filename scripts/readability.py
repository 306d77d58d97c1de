"""Readability scores for the prose of a page, offline.

Dutch: Flesch-Douma  = 206.84 - 0.77 * syllables per 100 words - 0.93 * words per sentence
English: Flesch reading ease = 206.835 - 1.015 * words/sentence - 84.6 * syllables/word
         Flesch-Kincaid grade = 0.39 * words/sentence + 11.8 * syllables/word - 15.59

Only the running prose counts: tables, footnotes, code, the page title and the
review-date line are left out. Dutch syllables come from Pyphen's Dutch
hyphenation dictionary (shipped inside the package, no download); English
syllables from a vowel-group rule, so nothing is fetched at run time.

Use as a script while writing:  python scripts/readability.py docs/nl/rtms.md [...]
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from bs4 import BeautifulSoup

if TYPE_CHECKING:
    import pyphen

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*|\d+(?:[.,]\d+)*")
SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)|\n")


def prose_from_html(html: str, citations: bool = False) -> str:
    """The readable prose of a built page (or of rendered Markdown). With citations=True (the sources page),
    list items that cite a source (they hold a web link) count as citations, like footnotes, not as prose."""
    soup = BeautifulSoup(html, "html.parser")
    root = soup.select_one("article.md-content__inner") or soup
    if citations:
        for li in root.select("li"):
            if li.select_one('a[href^="https://"]') or li.find("em"):
                li.decompose()
    for sel in [
        "table",
        ".footnote",
        "pre",
        "code",
        "h1",
        ".tp-review",
        ".tp-crisis",
        ".headerlink",
        "script",
        "style",
        "form",
        "nav",
        "sup",
    ]:
        for el in root.select(sel):
            el.decompose()
    # Every block element ends a sentence (headings and list items rarely end in a full stop).
    parts = [
        el.get_text(" ", strip=True)
        for el in root.find_all(["p", "li", "h2", "h3", "h4", "dt", "dd"])
        if not el.find(["p", "li", "ul", "ol", "dl"])
    ]
    return "\n".join(p for p in parts if p)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if WORD.search(s)]


@lru_cache(maxsize=1)
def _dutch_hyphenator() -> pyphen.Pyphen:
    import pyphen

    return pyphen.Pyphen(lang="nl_NL", left=1, right=1)


def syllables_nl(word: str) -> int:
    if word[0].isdigit():
        return max(1, len(word) // 2)
    return max(1, len(_dutch_hyphenator().positions(word.lower())) + 1)


def syllables_en(word: str) -> int:
    w = word.lower().strip("'’")
    if w[0].isdigit():
        return max(1, len(w) // 2)
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


def scores(text: str, lang: str) -> dict:
    sents = sentences(text)
    words = WORD.findall(text)
    if not words or not sents:
        return {"words": 0, "sentences": 0}
    count = syllables_nl if lang == "nl" else syllables_en
    syl = sum(count(w) for w in words)
    wps = len(words) / len(sents)
    spw = syl / len(words)
    out = {"words": len(words), "sentences": len(sents), "words_per_sentence": round(wps, 1)}
    if lang == "nl":
        out["flesch_douma"] = round(206.84 - 0.77 * spw * 100 - 0.93 * wps, 1)
    else:
        out["flesch"] = round(206.835 - 1.015 * wps - 84.6 * spw, 1)
        out["fk_grade"] = round(0.39 * wps + 11.8 * spw - 15.59, 1)
    return out


def passes(s: dict, lang: str) -> bool:
    if lang == "nl":
        return s.get("flesch_douma", 0) >= 60
    return s.get("flesch", 0) >= 60 and s.get("fk_grade", 99) <= 8


def _render_markdown(path: Path) -> str:
    import markdown

    text = re.sub(r"\A---\n.*?\n---\n", "", path.read_text(encoding="utf-8"), flags=re.S)
    return markdown.markdown(
        text, extensions=["tables", "footnotes", "attr_list", "md_in_html", "admonition", "def_list", "abbr"]
    )


if __name__ == "__main__":
    failed = False
    quiet = "--quiet" in sys.argv  # make check: only the pages that fail
    for arg in (a for a in sys.argv[1:] if a != "--quiet"):
        p = Path(arg)
        lang = "en" if "/en/" in f"/{p.as_posix()}" else "nl"
        s = scores(prose_from_html(_render_markdown(p), citations=p.name.startswith("bronnen")), lang)
        ok = passes(s, lang)
        failed |= not ok
        if not ok or not quiet:
            need = "Flesch-Douma at least 60" if lang == "nl" else "Flesch at least 60 and grade at most 8"
            print(
                f"{'ok  ' if ok else 'FAIL'} {p}: {s}"
                + ("" if ok else f" (needs {need}: shorter sentences, shorter words)")
            )
    sys.exit(1 if failed else 0)
