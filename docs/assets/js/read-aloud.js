// "Lees voor / Read aloud": reads the page's main text (the article, without footnotes, the review line, the
// clinic box and hidden parts) with the browser's own speech, in the page's language, and marks the sentence
// being read. Only voices that run on this device (voice.localService): a cloud voice would send the text to
// another company. Needs nothing from Material, so it works before and after site.js starts Material's script.
(function () {
  var box = document.querySelector("[data-tp-ra]");
  var article = document.querySelector(".md-content article");
  if (!box || !article) return;
  // Words from mkdocs.yml (extra.labels, via partials/read-aloud.html): read, pause, resume, stop, no voice.
  var words = box.getAttribute("data-tp-ra").split("|");
  var lang = (document.documentElement.lang || "").toLowerCase().split("-")[0];
  var synth = window.speechSynthesis;
  var BLOCK = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,summary,blockquote";
  var SKIP = "[data-tp-ra],.footnote,sup[id^='fnref'],.tp-review,.tp-report,.tp-clinic,.headerlink,.md-tooltip2," +
    "svg,script,style,template,fieldset,label,button,textarea,select,[hidden],[aria-hidden='true']";
  // A sentence ends at . ! ? or … (and closing quotes or brackets), before a space and anything but a small letter
  // (or a word such as "rTMS"), so "bijv. de" or "e.g. the" stay one sentence.
  var END = /[.!?…]+["'”’)\]]*\s+(?=\P{Ll}|\p{Ll}+\p{Lu})/gu;
  var HIGHLIGHT = !!(window.Highlight && window.CSS && CSS.highlights);
  var state = "idle", sentences = [], at = 0, voice = null, current = null, marked = null;

  var main = button(words[0], toggle), stop = button(words[3], end), status = document.createElement("p");
  stop.hidden = true;
  status.className = "tp-ra__status";
  status.setAttribute("role", "status");
  box.className = "tp-ra";
  box.append(main, stop, status);
  window.addEventListener("pagehide", end);

  // A real <button> that runs `run` when pressed (Enter, Space, tap or click).
  function button(text, run) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "tp-ra__button";
    b.textContent = text;
    b.addEventListener("click", run);
    return b;
  }

  // The voice to read with: one on this device for the page's language (its default first), or null. Never a
  // voice that runs elsewhere, even when the browser offers one.
  function localVoice() {
    var found = null;
    (synth ? synth.getVoices() : []).forEach(function (v) {
      if (v.localService !== true || String(v.lang).toLowerCase().indexOf(lang) !== 0) return;
      if (!found || (v.default && !found.default)) found = v;
    });
    return found;
  }

  // The main button: read from the start, pause, or go on.
  function toggle() {
    if (state === "reading") pause();
    else if (state === "paused") speak();
    else if (state === "idle") start(true);
  }

  // Start reading with a voice on this device. Voices may still be on their way (Chrome lists them a moment after
  // the page loads): then wait for them once, briefly. No voice: say why, and say nothing aloud.
  function start(mayWait) {
    status.textContent = "";
    voice = localVoice();
    if (voice) {
      sentences = collect();
      at = 0;
      synth.cancel();
      return speak();
    }
    if (mayWait && synth && !synth.getVoices().length) {
      state = "waiting";
      var timer, arrived = function () {
        clearTimeout(timer);
        synth.removeEventListener("voiceschanged", arrived);
        if (state === "waiting") { state = "idle"; start(false); }
      };
      timer = setTimeout(arrived, 2000);
      synth.addEventListener("voiceschanged", arrived);
      return;
    }
    status.textContent = words[4];
  }

  // Say the current sentence and mark it; at its end go on with the next one, after the last one stop.
  // One utterance per sentence: Chrome cuts long ones off, and it keeps pause and the mark simple.
  function speak() {
    var sentence = sentences[at];
    if (!sentence) return end();
    var u = new SpeechSynthesisUtterance(sentence.text);
    u.voice = voice;
    u.lang = voice.lang;
    u.onend = function () { if (current === u) { at++; speak(); } };
    u.onerror = function () { if (current === u) pause(); };
    current = u;  // also keeps the utterance alive: Chrome drops the events of one that is garbage-collected
    state = "reading";
    mark(sentence);
    show();
    synth.speak(u);
  }

  // Pause: silence, but keep the place and the mark; "go on" says that sentence again from its start.
  // (speechSynthesis.pause() does not work on many Android phones, and Chrome ends a long pause by itself.)
  function pause() {
    state = "paused";
    current = null;
    synth.cancel();
    show();
  }

  // Stop (also when the reader leaves the page): silence, no mark, back to the start.
  function end() {
    var refocus = document.activeElement === stop, busy = state !== "idle";
    state = "idle";
    current = null;
    at = 0;
    if (synth && busy) synth.cancel();
    mark(null);
    show();
    if (refocus) main.focus();
  }

  // The buttons say what pressing them does now.
  function show() {
    main.textContent = words[state === "reading" ? 1 : state === "paused" ? 2 : 0];
    stop.hidden = state === "idle";
    box.setAttribute("data-state", state);
  }

  // Calls found(node, block) for each text node under root that is read: not in a skipped or hidden part.
  function textNodes(root, found) {
    var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), node, read = new Map();
    while ((node = walk.nextNode())) {
      var el = node.parentElement;
      if (!read.has(el)) read.set(el, !el.closest(SKIP) && el.getClientRects().length > 0);
      if (read.get(el)) found(node, el.closest(BLOCK) || el);
    }
  }

  // The sentences of the main text in reading order, each with its block and its place in the block's text.
  function collect() {
    var blocks = [], texts = new Map(), list = [];
    textNodes(article, function (node, block) {
      if (!texts.has(block)) { texts.set(block, ""); blocks.push(block); }
      texts.set(block, texts.get(block) + node.data);
    });
    blocks.forEach(function (block) {
      var text = texts.get(block), from = 0, m;
      END.lastIndex = 0;
      while ((m = END.exec(text))) { add(list, block, text, from, END.lastIndex); from = END.lastIndex; }
      add(list, block, text, from, text.length);
    });
    return list;
  }

  // Adds text[from:to] as a sentence, without the spaces around it, when it has a letter or a digit.
  function add(list, block, text, from, to) {
    var piece = text.slice(from, to), start = from + piece.search(/\S|$/), said = piece.trim();
    if (/[\p{L}\p{N}]/u.test(said)) {
      list.push({ block: block, start: start, end: start + said.length, text: said.replace(/\s+/g, " ") });
    }
  }

  // Marks the sentence being read (or none) and keeps it in view. The CSS Custom Highlight API leaves the page
  // itself as it is; a browser without it marks the sentence's paragraph with a class instead.
  function mark(sentence) {
    if (HIGHLIGHT) CSS.highlights.delete("tp-ra");
    if (marked) {
      marked.classList.remove("tp-ra-now");
      if (!marked.className) marked.removeAttribute("class");
      marked = null;
    }
    if (!sentence) return;
    if (HIGHLIGHT) CSS.highlights.set("tp-ra", new Highlight(range(sentence)));
    else (marked = sentence.block).classList.add("tp-ra-now");
    sentence.block.scrollIntoView({ block: "nearest" });
  }

  // The DOM range of a sentence, found again from its place in its block's text.
  function range(sentence) {
    var r = document.createRange(), pos = 0;
    textNodes(sentence.block, function (node, block) {
      if (block !== sentence.block) return;
      var next = pos + node.data.length;
      if (sentence.start >= pos && sentence.start < next) r.setStart(node, sentence.start - pos);
      if (sentence.end > pos && sentence.end <= next) r.setEnd(node, sentence.end - pos);
      pos = next;
    });
    return r;
  }
})();
