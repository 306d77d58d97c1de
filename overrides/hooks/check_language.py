"""Each page is in its own language: a paragraph in the other language (Dutch left in docs/en/, English in docs/nl/)
stops the build, naming the file and line. Language identification is py3langid (langid.py's model, shipped with the
package, nothing downloaded), limited to Dutch and English. Only paragraphs of at least 8 words are judged, without
what may stay in the other language: quotes, names in brackets, glossary terms, links, source lists and footnotes.
A single Dutch word in an English sentence ("huisartsenpost") does not change the sentence's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from py3langid.langid import MODEL_FILE, LanguageIdentifier
from shared import Message, logger, source_name

log = logger(__file__)
LANGUAGES = ("nl", "en")
MIN_WORDS = 8
MIN_CONFIDENCE = 0.9
FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)
# Kept out of the judgement: footnotes and citations (list items with an address or a year: titles stay in their own
# language), abbreviation lines, links' addresses, HTML, quotes, text in brackets, markers, and Markdown punctuation.
LEAVE_OUT = [
    re.compile(r"^\[\^[^\]]*\]:.*$|^\*\[[^\]]*\]:.*$|^\s*[-*] .*(?:https?://|\b(?:19|20)\d\d\b).*$", re.M),
    re.compile(r"\]\([^)]*\)|<[^>]+>|https?://\S+|\[\[[^\]]*\]\]|\[\^[^\]]*\]"),
    re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|'[^'\n]{4,}'|\([^)\n]*\)|\*[^*\n]+\*(?!\*)"),
    re.compile(r"[#*_`|>\[\]!:=·]"),
]
WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=1)  # the model is read once, on first use
def _identifier() -> LanguageIdentifier:
    """py3langid's identifier, limited to the site's languages."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def paragraphs(markdown: str) -> Iterator[tuple[int, str]]:
    """(first line, text to judge) for each paragraph; a glossary term (the line above ':   ') is left out."""
    front = FRONT.match(markdown)
    first = markdown[: front.end()].count("\n") + 1 if front else 1
    block: list[str] = []
    start = first
    for no, line in enumerate((markdown[front.end() :] if front else markdown).split("\n") + [""], start=first):
        if line.strip():
            if not block:
                start = no
            block.append(line)
            continue
        if block:
            if len(block) > 1 and block[1].lstrip().startswith(":"):
                block = block[1:]
            text = "\n".join(block)
            for pattern in LEAVE_OUT:
                text = pattern.sub(" ", text)
            yield start, text
            block = []


def problems(markdown: str, lang: str) -> Iterator[tuple[int, str, float]]:
    """(line, other language, confidence) for each paragraph that reads as the other language."""
    for line, text in paragraphs(markdown):
        words = WORD.findall(text)
        if len(words) < MIN_WORDS:
            continue
        found, confidence = _identifier().classify(" ".join(words))
        if found != lang and confidence >= MIN_CONFIDENCE:
            yield line, found, confidence


NAMES = {"nl": "Dutch", "en": "English"}
OTHER_LANGUAGE = Message(
    "other-language",
    "this paragraph reads as {other}, but the page is {page}.",
    "Translate it (or, for a quote or a name, put it between quotes).",
)


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    source = Path(page.file.abs_src_path or "")
    lang = source.parent.name
    if lang not in LANGUAGES:
        return markdown
    for line, other, _ in problems(source.read_text(encoding="utf-8"), lang):
        log.error(f"{source_name(page, config)}:{line}: {OTHER_LANGUAGE.text(other=NAMES[other], page=NAMES[lang])}")
    return markdown
