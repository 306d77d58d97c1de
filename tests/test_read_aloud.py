""" "Lees voor / Read aloud" (assets/js/read-aloud.js) in a real Chromium, with a controlled speechSynthesis: a fake
that offers one voice on the device and one cloud voice per language, records what is said (text, voice, lang)
and ends an utterance only when the test says so. The voices arrive late, as in Chrome (voiceschanged).
One Dutch and one English page only, to keep it fast."""

import re

import pytest
import yaml
from conftest import OUTPUT, ROOT, built_page, goto_idle, page_url, start_material
from test_browser import run_axe

# The fake. window.__speech: spoken [{text, voice, lang}], calls ["cancel", ...], voicesArrive(), finish() (ends the
# utterance being said, as the engine does at its end), now() (the text being said, or null).
FAKE_SPEECH = """
(({ voices: offered }) => {
  const spoken = [], calls = [];
  let voices = [], queue = [], current = null;
  const fire = (u, type, extra) => {
    const e = Object.assign(new Event(type), { utterance: u, charIndex: 0, name: "word" }, extra || {});
    if (typeof u["on" + type] === "function") u["on" + type](e);
    u.dispatchEvent(e);
  };
  class Utterance extends EventTarget {
    constructor(text) { super(); this.text = text; this.voice = null; this.lang = ""; this.rate = 1; this.pitch = 1; this.volume = 1; }
  }
  const synth = new EventTarget();
  const next = () => {
    current = queue.shift() || null;
    if (!current) return;
    spoken.push({ text: current.text, voice: current.voice && current.voice.name, lang: current.lang });
    fire(current, "start");
    fire(current, "boundary");
  };
  Object.assign(synth, {
    speaking: false, pending: false, paused: false, onvoiceschanged: null,
    getVoices: () => voices.slice(),
    speak: (u) => { calls.push("speak"); queue.push(u); if (!current) next(); },
    cancel: () => { calls.push("cancel"); const c = current; queue = []; current = null; if (c) fire(c, "error", { error: "interrupted" }); },
    pause: () => calls.push("pause"),
    resume: () => calls.push("resume"),
  });
  window.__speech = {
    spoken, calls,
    now: () => current && current.text,
    finish: () => { const c = current; current = null; if (c) fire(c, "end"); if (!current) next(); },
    voicesArrive: () => {
      voices = offered.map((v) => Object.assign({ voiceURI: v.name, default: false }, v));
      const e = new Event("voiceschanged");
      if (synth.onvoiceschanged) synth.onvoiceschanged(e);
      synth.dispatchEvent(e);
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
})
"""

VOICES = [
    {"name": "Lokale stem", "lang": "nl-NL", "localService": True},
    {"name": "Cloud NL", "lang": "nl-NL", "localService": False, "default": True},
    {"name": "Local voice", "lang": "en-GB", "localService": True},
    {"name": "Cloud EN", "lang": "en-US", "localService": False},
]
LOCAL = {"nl": "Lokale stem", "en": "Local voice"}
PAGES = [("nl", "rtms.md"), ("en", "ect.md")]
# The page's main text as HTML, without the control itself (whose buttons change while reading).
ARTICLE = "(() => { const a = document.querySelector('.md-content article').cloneNode(true); a.querySelector('[data-tp-ra]').remove(); return a.innerHTML; })()"
TEXT = "document.querySelector('.md-content article').textContent"
# The text of the sentence the page marks (the CSS Custom Highlight API), or null.
MARKED = (
    "(() => { const h = CSS.highlights.get('tp-ra'); return h ? [...h].map(r => r.toString()).join(' ') : null; })()"
)


def labels(lang: str) -> dict:
    """The interface words, as mkdocs.yml gives them (BaseLoader: its !ENV tags stay plain text)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return config["extra"]["labels"][lang]


def open_page(site, new_page, lang, name, voices=VOICES, **kw):
    """The page with the fake speech; voices are offered only once voicesArrive() is called."""
    page, watch = new_page(site["url"], **kw)
    page.add_init_script(f"{FAKE_SPEECH}({{ voices: {__import__('json').dumps(voices)} }})")
    goto_idle(page, page_url(site["url"], lang, name))
    return page, watch


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main_text(site, lang, name) -> tuple[list[str], list[str], list[str]]:
    """From the built page: the headings, the paragraphs (without footnote marks), and text that must not be read
    (footnotes, the review line, the menu, the crisis banner)."""
    soup = built_page(site, lang, name)
    article = soup.select_one(".md-content article")
    for ref in article.select("sup[id^=fnref]"):
        ref.decompose()
    headings = [squash(h.get_text()) for h in article.select("h1, h2, h3")]
    paragraphs = [
        squash(p.get_text())
        for p in article.select("p")
        if not p.find_parent(class_="footnote") and not set(p.get("class", [])) & {"tp-review", "tp-report"}
    ]
    unread = [squash(p.get_text())[:40] for p in article.select(".footnote li p")[:3]]
    unread += [
        squash(soup.select_one(".tp-review").get_text())[:40],
        squash(soup.select_one(".tp-crisis").get_text())[:30],
    ]
    unread += [squash(a.get_text()) for a in soup.select(".md-nav__link") if len(squash(a.get_text())) > 12]
    read = " ".join(headings + paragraphs)
    return headings, [p for p in paragraphs if p], [u for u in unread if u and u not in read]


@pytest.mark.parametrize("lang,name", PAGES)
def test_reads_main_text_with_local_voice_and_keyboard(site, new_page, lang, name):
    words = labels(lang)
    page, watch = open_page(site, new_page, lang, name, width=360, height=800)
    # Shown before Material's script starts (on a phone it waits until the reader searches).
    assert page.evaluate("document.documentElement.dataset.tpMaterial") == "waiting"
    read = page.get_by_role("button", name=words["read_aloud"], exact=True)
    assert read.is_visible()
    text_before = page.evaluate(TEXT)

    # Reachable with Tab, pressed with Enter before the voices have arrived: it waits for them.
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == words["read_aloud"]:
            break
    else:
        pytest.fail("the read-aloud button cannot be reached with Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("__speech.spoken.length") == 0
    page.evaluate("__speech.voicesArrive()")
    page.wait_for_function("__speech.spoken.length === 1")

    # Sentence by sentence, each one marked while it is said, to the end of the page.
    steps = page.evaluate(f"""() => {{
        const steps = [];
        for (let i = 0; i < 2000 && __speech.now(); i++) {{ steps.push([__speech.now(), {MARKED}]); __speech.finish(); }}
        return steps;
    }}""")
    spoken = page.evaluate("__speech.spoken")
    wrong = [(said, marked) for said, marked in steps if squash(said) != squash(marked or "")]
    assert steps and not wrong, f"said, but another sentence (or none) marked: {wrong[:3]}"
    assert {(s["voice"], s["lang"][:2]) for s in spoken} == {(LOCAL[lang], lang)}, "not the local voice for the page"
    said = [squash(s["text"]) for s in spoken]
    whole = " ".join(said)
    headings, paragraphs, unread = main_text(site, lang, name)
    assert said[0] == headings[0], "reading starts with the page title"
    places = [said.index(h) for h in headings]
    assert places == sorted(places), "headings not read in order"
    missing = [p for p in paragraphs if p not in whole]
    assert not missing, f"paragraphs not read: {missing[:3]}"
    read_anyway = [u for u in unread if u in whole]
    assert not read_anyway, f"read what is not main text: {read_anyway}"
    # After the last sentence: back to the start, nothing marked, the page as it was.
    assert page.evaluate(MARKED) is None
    assert read.is_visible() and page.evaluate(TEXT) == text_before

    # Pause, go on and stop, with the keyboard, now with Material's script running: it works with it, too.
    # Afterwards the page is exactly as it was (Material's own changes, such as wrapping tables, are made by now).
    start_material(page)
    before = page.evaluate(ARTICLE)
    read.focus()
    page.keyboard.press("Enter")
    page.evaluate("__speech.finish()")
    second = page.evaluate("__speech.now()")
    assert page.evaluate(MARKED) == second
    pause = page.get_by_role("button", name=words["read_pause"], exact=True)
    assert pause.evaluate("b => b === document.activeElement")
    count = len(page.evaluate("__speech.spoken"))
    page.keyboard.press("Space")
    assert page.evaluate("__speech.now()") is None and page.evaluate("__speech.calls.at(-1)") == "cancel"
    resume = page.get_by_role("button", name=words["read_resume"], exact=True)
    assert resume.is_visible() and page.evaluate(MARKED) == second, "paused: the place stays marked"
    assert len(page.evaluate("__speech.spoken")) == count
    page.keyboard.press("Enter")
    assert page.evaluate("__speech.now()") == second, "going on says the paused sentence again"
    page.screenshot(path=str(OUTPUT / f"read-aloud-{lang}-reading.png"))
    violations = run_axe(page)
    assert not violations, f"axe while reading: {violations}"
    page.keyboard.press("Tab")
    stop = page.get_by_role("button", name=words["read_stop"], exact=True)
    assert stop.evaluate("b => b === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("__speech.now()") is None and page.evaluate(MARKED) is None
    assert stop.is_hidden() and read.evaluate("b => b === document.activeElement"), "focus goes back to the button"
    assert page.evaluate(ARTICLE) == before
    assert not watch.foreign and not watch.errors, (watch.foreign, watch.errors)


def test_never_speaks_without_a_local_voice_for_the_language(site, new_page):
    """Dutch page; the device has a Dutch voice only in the cloud (and an English one on the device)."""
    words = labels("nl")
    voices = [v for v in VOICES if v["name"] != LOCAL["nl"]]
    page, watch = open_page(site, new_page, "nl", PAGES[0][1], voices=voices)
    page.evaluate("__speech.voicesArrive()")
    page.get_by_role("button", name=words["read_aloud"], exact=True).click()
    status = page.get_by_role("status").filter(has_text=words["read_no_voice"])
    status.wait_for(timeout=3000)
    assert status.is_visible()
    assert page.evaluate("__speech.spoken") == [], "spoke with a cloud voice or the wrong language"
    # Voices never arrive (none on the device): it says so after a short wait, and never speaks. Pressed without a
    # real pointer or key (element.click()), so Material's script never starts: the control does not need it.
    page, watch = open_page(site, new_page, "nl", PAGES[0][1], voices=[])
    page.get_by_role("button", name=words["read_aloud"], exact=True).evaluate("b => b.click()")
    page.get_by_role("status").filter(has_text=words["read_no_voice"]).wait_for(timeout=5000)
    assert page.evaluate("__speech.spoken") == []
    assert page.evaluate("document.documentElement.dataset.tpMaterial") == "waiting"


def test_nothing_shows_without_javascript(site, new_page):
    page, watch = new_page(site["url"], java_script_enabled=False)
    goto_idle(page, page_url(site["url"], "en", PAGES[1][1]))
    box = page.locator("[data-tp-ra]")
    assert box.count() == 1 and box.bounding_box()["height"] == 0
    assert page.get_by_role("button", name=labels("en")["read_aloud"]).count() == 0


def test_text_does_not_move_when_the_control_appears(site, new_page):
    """With JavaScript the control's row is kept free from the first paint (extra.css, html.js), so the page's text
    stays where it is when the script adds the buttons (no layout shift)."""
    page, watch = new_page(site["url"], width=360, height=800)
    url = page_url(site["url"], "nl", PAGES[0][1])
    top = "document.querySelector('.md-content article h1').getBoundingClientRect().top"
    goto_idle(page, url)
    with_control = page.evaluate(top)
    page.route("**/read-aloud.js", lambda route: route.abort())
    goto_idle(page, url)
    assert page.locator("[data-tp-ra] button").count() == 0
    assert page.evaluate(top) == with_control
